// The JSON Schema in docs/ describes what Tunnel writes: every fixture and a fresh export from
// the app validate against it, and a strict copy (no undeclared fields) proves the schema
// declares every field the app writes.
import { test, expect } from "./fixtures.js";
import { openLibrary, createReview, addPerson, openTab, addMoment, download, saved } from "./helpers.js";
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync, readdirSync } from "node:fs";

const schema = JSON.parse(readFileSync("docs/envelope.schema.json", "utf8"));

/** The schema with additionalProperties: false on every object definition. */
function strict(node) {
  if (Array.isArray(node)) return node.map(strict);
  if (node && typeof node === "object") {
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strict(v)]));
    if (copy.type === "object" && copy.properties) copy.additionalProperties = false;
    return copy;
  }
  return node;
}

const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);
const validateStrict = new Ajv2020({ allErrors: true }).compile(strict(schema));

function check(document, name) {
  expect(validate(document), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  expect(validateStrict(document), `${name} (strict): ${ajv.errorsText(validateStrict.errors)}`).toBe(true);
}

test("every released fixture validates against the schema", () => {
  for (const version of readdirSync("tests/fixtures").filter((d) => /^v\d+$/.test(d))) {
    for (const file of readdirSync(`tests/fixtures/${version}`)) {
      check(JSON.parse(readFileSync(`tests/fixtures/${version}/${file}`, "utf8")), file);
    }
  }
});

test("the schema rejects what Tunnel would refuse", () => {
  const good = JSON.parse(readFileSync("tests/fixtures/v1/full-review.tunnel.json", "utf8"));
  const bad = structuredClone(good);
  bad.review.moments[0].precision = "roughly";
  expect(validate(bad)).toBe(false);
  const extra = structuredClone(good);
  extra.review.moments[0].undeclared = true;
  expect(validate(extra)).toBe(true);
  expect(validateStrict(extra)).toBe(false);
  const newer = structuredClone(good);
  newer.schema_version = 2;
  expect(validate(newer)).toBe(false);
});

test("a file exported from the app validates against the schema", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Schema check");
  await addPerson(page, "Ana", "Responder");
  await page.getByRole("textbox", { name: "Chat names" }).fill("ana.s, Ana (SRE)");
  await page.getByRole("textbox", { name: "Chat names" }).press("Tab");
  await openTab(page, "Timeline");
  await addMoment(page, { date: "2026-03-14", time: "10:00", text: "Something happened" });
  await saved(page);
  const exported = await download(page, "Export review");
  const document = JSON.parse(exported.text);
  expect(document.review.people[0].handles).toEqual(["ana.s", "Ana (SRE)"]);
  check(document, exported.name);
});
