// After the walk: the synthesis screen, opportunities from the parking lot, the pulse, and the
// reports (Markdown, self-contained HTML, print, pseudonymised sharing).
import { test, expect, watch } from "./fixtures.js";
import { download, expectNoViolations, importFile, openLibrary, openTab, saved } from "./helpers.js";
import { copyFile } from "node:fs/promises";

const HOSTILE = `<script>window.__pwned = 1</script></style><img src=x onerror="window.__pwned = 2">`;

const REVIEW = {
  format: "tunnel-review",
  schema_version: 1,
  app_version: "test",
  revision: 1,
  review: {
    id: "r-syn",
    title: "Checkout latency",
    time_zone: "UTC",
    incident_start: "2026-03-14T09:00:00Z",
    incident_end: "2026-03-14T10:30:00Z",
    summary: `Checkout slowed for 90 minutes. ${HOSTILE}`,
    people: [
      { id: "ana", name: "Ana Souza", role: "incident_commander", present: true },
      { id: "ben", name: "Ben Lee", role: "subject_expert", present: true },
    ],
    moments: [
      {
        id: "m1",
        at: "2026-03-14T09:00:00Z",
        kind: "signal",
        description: "Checkout error alert fires | not a | table",
        people: ["ana"],
        evidence: [{ id: "e1", kind: "link", text: "javascript:alert(1)", seen: "during_incident" }],
      },
      { id: "m2", at: "2026-03-14T09:05:00Z", kind: "hypothesis", description: "Ana suspects the deploy", people: ["ana", "ben"] },
      { id: "m3", at: "2026-03-14T09:40:00Z", kind: "decision", description: "Rollback of checkout", people: ["ben"] },
    ],
    accounts: [
      {
        id: "a1",
        moment: "m2",
        person: "ben",
        saw: "Lock waits on the database; Ana asked me to look.",
        believed: "# A migration, not the deploy",
        did: "Checked the migration log.",
      },
    ],
    parking_lot: [
      { id: "i1", text: "Lock waits on the checkout dashboard", created_at: "2026-03-14T11:00:00Z" },
      { id: "i2", text: "Freeze migrations during sales", created_at: "2026-03-14T11:05:00Z" },
    ],
    session: { phase: "synthesise", walked: ["m1", "m2", "m3"], time_box_minutes: 60 },
  },
};

async function openSynthesis(page, review = REVIEW) {
  await page.goto("/");
  await page.evaluate((env) => {
    localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env));
    localStorage.setItem(`tunnel:revision:${env.review.id}`, "1");
  }, review);
  await page.goto("about:blank");
  await page.goto("/#/review/r-syn/synthesis");
  await expect(page.getByRole("heading", { name: "Synthesis", level: 2 })).toBeVisible();
}

/** Adds an item to a synthesis section and types its text; returns the item's group. */
async function addFinding(page, section, button, text) {
  const region = page.getByRole("region", { name: section });
  await region.getByRole("button", { name: button }).click();
  const box = region.getByRole("textbox", { name: section }).last();
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
  return region.getByRole("group", { name: section }).last();
}

async function cite(item, option) {
  const picker = item.getByRole("combobox", { name: "Moment or account to cite" });
  if ((await picker.count()) === 0) await item.getByRole("button", { name: "Cite a moment or account" }).click();
  await picker.selectOption({ label: option });
  await item.getByRole("button", { name: "Add citation" }).click();
}

/** Fills a whole synthesis the way a facilitator does after the walk. */
async function fillSynthesis(page) {
  const surprise = await addFinding(page, "Surprises", "Add surprise", "The migration took a table lock");
  await cite(surprise, "09:05 · Ana suspects the deploy (Ben Lee's account)");
  await cite(surprise, "09:40 · Rollback of checkout");
  await addFinding(page, "Themes", "Add theme", "Deploy-shaped expectations");
  await addFinding(page, "Contributing conditions", "Add condition", "Sale traffic met a weekend migration window");
  const helped = await addFinding(page, "What helped", "Add what helped", "Ben happened to be online");
  await helped.getByRole("combobox", { name: "What kind of help" }).selectOption({ label: "Luck" });
  await addFinding(page, "Risks revealed", "Add risk", "Migrations are invisible on dashboards");
  await addFinding(page, "Process and coordination", "Add observation", "Paging databases took ten minutes");

  const opportunities = page.getByRole("region", { name: "Opportunities" });
  const waiting = opportunities.getByRole("list", { name: "Waiting in the parking lot" });
  await waiting.getByRole("button", { name: "Make an opportunity of “Lock waits on the checkout dashboard”" }).click();
  const first = opportunities.getByRole("group", { name: "Opportunity: Lock waits on the checkout dashboard" });
  await expect(first.getByRole("textbox", { name: "Opportunity" })).toBeFocused();
  await first.getByRole("textbox", { name: "Owner" }).fill("Databases");
  await first.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Detect" });
  await first.getByRole("textbox", { name: "Due" }).fill("2026-04-01");
  await first.getByRole("combobox", { name: "Status" }).selectOption({ label: "Committed" });

  await waiting.getByRole("button", { name: "Make an opportunity of “Freeze migrations during sales”" }).click();
  await expect(waiting.getByRole("listitem")).toHaveCount(0);
  const second = opportunities.getByRole("group", { name: "Opportunity: Freeze migrations during sales" });
  await second.getByRole("combobox", { name: "Status" }).selectOption({ label: "Decided not to do" });
  // It moved to the other list; the focus went with it.
  await expect(second.getByRole("combobox", { name: "Status" })).toBeFocused();
  await second.getByRole("textbox", { name: "Why not" }).fill("It would move the risk to Monday");

  const pulse = page.getByRole("region", { name: "Was it worth it?" });
  await pulse.getByRole("textbox", { name: "People in the review" }).fill("8");
  await pulse.getByRole("textbox", { name: "Learned something that changes their work" }).fill("6");
  await pulse.getByRole("textbox", { name: "Would come to another review" }).fill("7");
  await pulse.getByRole("textbox", { name: "Would come to another review" }).press("Tab");
  await saved(page);
}

test("Back pressed while typing in a box that commits when left keeps what was typed", async ({ page }) => {
  await openSynthesis(page);
  await openTab(page, "Setup");
  await openTab(page, "Synthesis");
  const pulse = page.getByRole("region", { name: "Was it worth it?" });
  await pulse.getByRole("textbox", { name: "People in the review" }).fill("9");
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Details", level: 2 })).toBeVisible();
  await page.getByRole("combobox", { name: "Display time zone" }).fill("Europe/Lisbon");
  await page.goForward();
  await expect(pulse.getByRole("textbox", { name: "People in the review" })).toHaveValue("9");
  // A count that cannot be read is said beside its box, and the count stays as it was.
  const people = pulse.getByRole("textbox", { name: "People in the review" });
  await people.fill("twelve");
  await people.press("Tab");
  await expect(people).toHaveAttribute("aria-invalid", "true");
  await expect(pulse).toContainText("Enter a whole number of people, or leave it empty; the count stays as it was.");
  await openTab(page, "Setup");
  await expect(page.getByRole("combobox", { name: "Display time zone" })).toHaveValue("Europe/Lisbon");
  await openTab(page, "Synthesis");
  await expect(people).toHaveValue("9");
  await people.fill("12 people");
  await people.press("Tab");
  await expect(people).toHaveValue("12");
});

test("a synthesis is filled, cites the timeline, and is still there days later", async ({ page }) => {
  await openSynthesis(page);
  // The whole-review questions of method.md prompt each section.
  await expect(page.getByRole("region", { name: "Surprises" })).toContainText("?");
  await fillSynthesis(page);

  // Items waiting to be decided stay apart from the ones decided against.
  const opportunities = page.getByRole("region", { name: "Opportunities" });
  const order = await opportunities.getByRole("group").evaluateAll((groups) => groups.map((g) => g.getAttribute("aria-label")));
  expect(order).toEqual(["Opportunity: Lock waits on the checkout dashboard", "Opportunity: Freeze migrations during sales"]);
  await expect(opportunities.getByRole("heading", { name: "Decided not to do, and why" })).toBeVisible();

  // A follow-up session later: a fresh load shows everything as it was left.
  await page.goto("about:blank");
  await page.goto("/#/review/r-syn/synthesis");
  const surprises = page.getByRole("region", { name: "Surprises" });
  await expect(surprises.getByRole("textbox", { name: "Surprises" })).toHaveValue("The migration took a table lock");
  const cited = surprises.getByRole("list", { name: "Cited" }).getByRole("link");
  await expect(cited).toHaveText(["09:05 · Ana suspects the deploy (Ben Lee's account)", "09:40 · Rollback of checkout"]);
  await expect(page.getByRole("region", { name: "Was it worth it?" }).getByRole("textbox", { name: "Learned something that changes their work" })).toHaveValue("6");
  await expect(page.getByRole("textbox", { name: "Why not" })).toHaveValue("It would move the risk to Monday");

  // A citation is a link into the timeline, to the moment it rests on, opened.
  await expect(cited.first()).toHaveAttribute("href", "#/review/r-syn/timeline/m2");
  await cited.first().click();
  await expect(page).toHaveURL(/#\/review\/r-syn\/timeline\/m2$/);
  const editor = page.getByRole("group", { name: "Edit moment" });
  await expect(editor).toHaveCount(1);
  await expect(editor.getByRole("textbox", { name: "Description" })).toHaveValue("Ana suspects the deploy");
  await expect(editor).toBeInViewport();

  // Removing a citation keeps the item.
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Synthesis", level: 2 })).toBeVisible();
  const region = page.getByRole("region", { name: "Surprises" });
  await region.getByRole("button", { name: "Remove citation of 09:40 · Rollback of checkout" }).click();
  await expect(region.getByRole("list", { name: "Cited" }).getByRole("link")).toHaveCount(1);
  await expect(region.getByRole("textbox", { name: "Surprises" })).toHaveValue("The migration took a table lock");
  // The button went with its citation: the focus is on the item's text, not lost.
  await expect(region.getByRole("textbox", { name: "Surprises" })).toBeFocused();
});

test("citing from the keyboard: passing over the choices cites nothing until asked", async ({ page }) => {
  await openSynthesis(page);
  const item = await addFinding(page, "Themes", "Add theme", "Deploy-shaped expectations");
  const choice = item.getByRole("combobox", { name: "Moment or account to cite" });
  // The choices are drawn once asked for; the focus goes to them.
  await expect(choice).toHaveCount(0);
  await item.getByRole("button", { name: "Cite a moment or account" }).focus();
  await page.keyboard.press("Enter");
  await expect(choice).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(item.getByRole("list", { name: "Cited" }).getByRole("link")).toHaveCount(0);
  await page.keyboard.press("Tab");
  await expect(item.getByRole("button", { name: "Add citation" })).toBeFocused();
  await page.keyboard.press("Enter");
  const cited = item.getByRole("list", { name: "Cited" }).getByRole("link");
  // Three steps down from the placeholder: the alert, the deploy moment, Ben's account of it.
  await expect(cited).toHaveText(["09:05 · Ana suspects the deploy (Ben Lee's account)"]);
  // The choice clears, so that the same moment is not cited twice by accident.
  await expect(choice).toHaveValue("");
  await item.getByRole("button", { name: "Add citation" }).click();
  await expect(cited).toHaveCount(1);
  // Done citing: Escape puts the picker away and the focus back on the button that opened it,
  // as "Done citing" does.
  await choice.focus();
  await page.keyboard.press("Escape");
  await expect(choice).toHaveCount(0);
  const open = item.getByRole("button", { name: "Cite a moment or account" });
  await expect(open).toBeFocused();
  await page.keyboard.press("Enter");
  await item.getByRole("button", { name: "Done citing" }).click();
  await expect(choice).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(cited).toHaveCount(1);
});

test("a removed item or opportunity comes back with Undo, citations and all, the focus on Undo and then on what came back", async ({ page }) => {
  await openSynthesis(page);
  const item = await addFinding(page, "Themes", "Add theme", "Deploy-shaped expectations");
  await cite(item, "09:40 · Rollback of checkout");
  await addFinding(page, "Themes", "Add theme", "Quiet channels");
  const themes = page.getByRole("region", { name: "Themes" });
  // (`item` is the section's last group, which is now the second.)
  await themes.getByRole("group", { name: "Themes" }).first().getByRole("button", { name: "Remove item" }).click();
  await expect(themes.getByRole("textbox", { name: "Themes" })).toHaveCount(1);
  // As for every removal, the focus goes to Undo: Enter there brings the item back (on the
  // section's "Add", it added an empty item).
  const notice = page.getByRole("status").filter({ hasText: "Removed \u201cDeploy-shaped expectations\u201d." });
  await expect(notice.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Restored the item." })).toBeVisible();
  const boxes = themes.getByRole("textbox", { name: "Themes" });
  await expect(boxes.nth(0)).toBeFocused();
  await expect(boxes).toHaveCount(2);
  await expect(boxes.nth(0)).toHaveValue("Deploy-shaped expectations");
  await expect(boxes.nth(1)).toHaveValue("Quiet channels");
  await expect(themes.getByRole("group", { name: "Themes" }).first().getByRole("list", { name: "Cited" }).getByRole("link")).toHaveText(["09:40 · Rollback of checkout"]);

  const opportunities = page.getByRole("region", { name: "Opportunities" });
  await opportunities.getByRole("button", { name: "Add opportunity" }).click();
  await page.keyboard.type("Lock waits on the dashboard");
  const opportunity = opportunities.getByRole("group", { name: "Opportunity: Lock waits on the dashboard" });
  await opportunity.getByRole("textbox", { name: "Owner" }).fill("Databases");
  await opportunity.getByRole("button", { name: "Remove opportunity" }).click();
  await expect(opportunity).toHaveCount(0);
  await expect(page.getByRole("status").getByRole("button", { name: "Undo" })).toBeFocused();
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(opportunity.getByRole("textbox", { name: "Owner" })).toHaveValue("Databases");
  await expect(opportunity.getByRole("textbox", { name: "Opportunity" })).toBeFocused();
});

test("the synthesis and report screens have no axe violations", async ({ page }) => {
  await openSynthesis(page);
  await fillSynthesis(page);
  await expectNoViolations(page, "the filled synthesis");
  await openTab(page, "Report");
  await expect(page.getByRole("article", { name: "Report preview" })).toBeVisible();
  await expectNoViolations(page, "the report");
});

test("the language guard watches synthesis text", async ({ page }) => {
  await openSynthesis(page);
  await addFinding(page, "Themes", "Add theme", "Ben should have paged databases sooner");
  const notes = page.getByRole("region", { name: "Themes" }).getByRole("list", { name: "Language notes" });
  await expect(notes).toContainText("should have");
  // A long paste is not drawn note by note: the first 30, and how many more.
  const pasted = Array.from({ length: 45 }, (_, i) => `Ben should have paged team ${i} sooner.`).join(" ");
  await page.getByRole("region", { name: "Themes" }).getByRole("textbox", { name: "Themes" }).last().fill(pasted);
  await expect(notes.getByRole("listitem")).toHaveCount(31);
  await expect(notes.getByRole("listitem").last()).toHaveText("15 more language notes in this text: reword or dismiss these first.");
});

test("the language guard watches an opportunity's title and details, and the report counts them", async ({ page }) => {
  await openSynthesis(page);
  const opportunities = page.getByRole("region", { name: "Opportunities" });
  await opportunities.getByRole("button", { name: "Add opportunity" }).click();
  await page.keyboard.type("Retrain Ben, who was careless");
  const opportunity = opportunities.getByRole("group", { name: "Opportunity: Retrain Ben, who was careless" });
  await expect(opportunity.getByRole("list", { name: "Language notes" }).first()).toContainText("careless");
  await opportunity.getByRole("textbox", { name: "Details" }).fill("Ben should have known better.");
  await expect(opportunity.getByRole("list", { name: "Language notes" }).last()).toContainText("should have");
  await saved(page);
  await openTab(page, "Report");
  await expect(page.getByText(/Language notes in this review: [2-9] open/)).toBeVisible();
  await page.getByText("Review the open language notes").click();
  await expect(page.getByText("An opportunity's title", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("Details of the opportunity \u201cRetrain Ben, who was careless\u201d", { exact: false }).first()).toBeVisible();
});

test("both reports download, the HTML report is inert and comes back as the identical review", async ({ page, context, browser }, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openSynthesis(page);
  await fillSynthesis(page);
  await openTab(page, "Report");
  const preview = page.getByRole("article", { name: "Report preview" });
  await expect(preview.getByRole("heading", { name: "Checkout latency", level: 1 })).toBeVisible();
  for (const heading of ["Summary", "Impact", "People and roles", "Timeline", "Surprises", "Themes", "Contributing conditions", "What helped", "Opportunities"]) {
    await expect(preview.getByRole("heading", { name: heading, exact: true }), heading).toBeVisible();
  }
  await expect(preview).toContainText(HOSTILE);

  await page.getByRole("button", { name: "Copy Markdown" }).click();
  await expect(page.getByText("The Markdown report is on the clipboard.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const markdown = await download(page, "Download Markdown");
  expect(markdown.name).toBe("2026-03-14-checkout-latency.md");
  expect(markdown.text).toBe(copied);
  for (const text of ["# Checkout latency", "## Surprises", "The migration took a table lock", "Databases", "It would move the risk to Monday", "Checked the migration log."]) {
    expect(markdown.text).toContain(text);
  }
  // User text cannot open a heading or split a table row.
  expect(markdown.text).not.toMatch(/^# A migration/m);
  expect(markdown.text).toContain("Checkout error alert fires \\| not a \\| table");

  const html = await download(page, "Download HTML report");
  expect(html.name).toBe("2026-03-14-checkout-latency.report.html");
  const exported = JSON.parse((await download(page, "Export review")).text);

  // Opened from disk with scripts off, the report reads fully and nothing in it runs or loads.
  // (Chromium types a file on disk by its name, so it keeps the name it was downloaded as.)
  const onDisk = testInfo.outputPath(html.name);
  await copyFile(html.path, onDisk);
  const disk = await browser.newContext({ javaScriptEnabled: false });
  const requests = [];
  disk.on("request", (request) => {
    if (!request.url().startsWith("file:")) requests.push(request.url());
  });
  const reader = await disk.newPage();
  await reader.goto(`file://${onDisk}`);
  await expect(reader.getByRole("heading", { name: "Checkout latency", level: 1 })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Surprises" })).toBeVisible();
  await expect(reader.locator("body")).toContainText(HOSTILE);
  await expect(reader.getByRole("link", { name: "javascript:alert(1)" })).toHaveCount(0);
  await disk.close();
  // The same file with scripts on: the hostile text is still only text.
  const scripted = await browser.newContext();
  const scriptedPage = await scripted.newPage();
  await scriptedPage.goto(`file://${onDisk}`);
  await expect(scriptedPage.getByRole("heading", { name: "Surprises" })).toBeVisible();
  expect(await scriptedPage.evaluate(() => window.__pwned)).toBeUndefined();
  await scripted.close();
  expect(requests).toEqual([]);

  // Imported into a fresh profile, the HTML report gives back the identical review.
  const fresh = await browser.newContext();
  const problems = watch(fresh);
  const other = await fresh.newPage();
  await openLibrary(other);
  await importFile(other, html.path);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Checkout latency");
  const again = JSON.parse((await download(other, "Export review")).text);
  // A copy for others, with an id of its own: the review it was made from is never replaced.
  expect(again.review).toEqual({ ...exported.review, id: `${exported.review.id}-shared` });
  expect(again.review.synthesis.surprises[0].citations).toEqual([
    { moment: "m2", account: "a1" },
    { moment: "m3" },
  ]);
  await fresh.close();
  expect(problems).toEqual([]);
});

test("shared beyond the team, no real name is left in any format", async ({ page }) => {
  // Someone whose name is not ASCII, written in other cases in free text.
  const review = structuredClone(REVIEW);
  review.review.people.push({ id: "zoe", name: "Zoë Ärlig", role: "observer", present: false });
  review.review.summary += " ZOË ÄRLIG watched the graphs; ärlig agreed.";
  // The same name with its accents written as combining marks (as macOS and some chat exports
  // write them), and without them, as chat often does.
  review.review.summary += " Zoe\u0308 A\u0308rlig and zoe paged.";
  // A name made of ordinary words: replaced where it is written as a name, and the words left
  // where they are words.
  review.review.people.push({ id: "will", name: "Will Page", role: "responder", present: true });
  review.review.summary += " The alert will page the on-call; Will Page acked and @will confirmed.";
  await openSynthesis(page, review);
  await fillSynthesis(page);
  await openTab(page, "Report");
  const preview = page.getByRole("article", { name: "Report preview" });
  await expect(preview).toContainText("Ana Souza");
  const wordsNote = page.getByText("\u201cWill\u201d, \u201cPage\u201d: also ordinary words.");
  await expect(wordsNote).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Replace names with pseudonyms" }).check();
  await expect(preview).not.toContainText("Ana Souza");
  await expect(preview).toContainText("Incident commander A");
  await expect(wordsNote).toBeVisible();

  const files = [
    await download(page, "Download Markdown"),
    await download(page, "Download HTML report"),
    await download(page, "Download JSON"),
  ];
  expect(files.map((f) => f.name)).toEqual([
    "2026-03-14-review.pseudonymised.md",
    "2026-03-14-review.pseudonymised.report.html",
    "2026-03-14-review.pseudonymised.shared.tunnel.json",
  ]);
  for (const file of files) {
    // Names in free text too: "Ana suspects the deploy", "Ben happened to be online".
    expect(file.text, file.name).not.toMatch(/\b(Ana|Souza|Ben|Lee)\b/);
    expect(file.text, file.name).not.toMatch(/zoë|ärlig/iu);
    expect(file.text, file.name).toContain("Observer A watched the graphs; Observer A agreed.");
    expect(file.text, file.name).toContain("Observer A and Observer A paged.");
    expect(file.text.normalize("NFD").replace(/\p{M}/gu, ""), file.name).not.toMatch(/zoe|arlig/i);
    expect(file.text, file.name).toContain("Subject expert A");
    expect(file.text, file.name).toContain("The alert will page the on-call; Responder A acked and @Responder A confirmed.");
  }
  const json = JSON.parse(files[2].text);
  expect(json.review.people.map((p) => p.name)).toEqual(["Incident commander A", "Subject expert A", "Observer A", "Responder A"]);

  // The open review itself keeps its names.
  await page.getByRole("checkbox", { name: "Replace names with pseudonyms" }).uncheck();
  await expect(preview).toContainText("Ana Souza");
});

test("without a clipboard, Copy Markdown says so and points to the download", async ({ page }) => {
  // What a browser does on a page that is neither https nor localhost.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await openSynthesis(page);
  await openTab(page, "Report");
  await expect(page.getByRole("article", { name: "Report preview" })).toBeVisible();
  await page.getByRole("button", { name: "Copy Markdown" }).click();
  await expect(page.getByText("Could not copy: this page may not use the clipboard")).toBeVisible();
  await expect(page.getByText("Use Download Markdown instead.")).toBeVisible();
  // The app carries on.
  await page.getByRole("checkbox", { name: "Replace names with pseudonyms" }).check();
  await expect(page.getByRole("article", { name: "Report preview" })).not.toContainText("Ana Souza");
});

test("printing gives the report alone", async ({ page }) => {
  await openSynthesis(page);
  await openTab(page, "Report");
  // The report is its own page: the stub must go into it, not into the synthesis page it replaces.
  await expect(page.getByRole("article", { name: "Report preview" })).toBeVisible();
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  await page.getByRole("button", { name: "Print report" }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article", { name: "Report preview" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Review sections" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print report" })).toBeHidden();
  await expect(page.getByRole("checkbox", { name: "Replace names with pseudonyms" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("button", { name: "Print report" })).toBeVisible();
});

test("a long report fills in slices, once, and printing waits for all of it", async ({ page }) => {
  // 1,500 moments with an account each: many slices of the preview, which take a while to fill.
  const long = structuredClone(REVIEW);
  long.review.id = "r-long";
  long.review.moments = Array.from({ length: 1500 }, (_, i) => ({
    id: `lm${i}`,
    at: new Date(Date.parse("2026-03-14T09:00:00Z") + i * 60_000).toISOString(),
    kind: "observation",
    description: `Long moment number ${i} ends here`,
    people: ["ben"],
  }));
  long.review.accounts = long.review.moments.map((m, i) => ({ id: `la${i}`, moment: m.id, person: "ben", saw: `Ben saw thing ${i} then` }));
  await page.goto("/");
  await page.evaluate((env) => localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env)), long);
  await page.goto("about:blank");
  await page.addInitScript(() => {
    const has = (text) => document.querySelector("article")?.textContent.includes(text) ?? false;
    window.print = () => (window.__printed = { first: has("Ben saw thing 0 then"), last: has("Ben saw thing 1499 then") });
    // Presses Print the moment the report starts to show, before the next slice can follow.
    new MutationObserver((_, observer) => {
      if (!has("Long moment number 0 ends here")) return;
      observer.disconnect();
      window.__filledAtClick = has("Ben saw thing 1499 then");
      [...document.querySelectorAll("button")].find((b) => b.textContent === "Print report").click();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto("/#/review/r-long/report");
  const preview = page.getByRole("article", { name: "Report preview" });
  await expect.poll(() => page.evaluate(() => window.__printed)).toEqual({ first: true, last: true });
  expect(await page.evaluate(() => window.__filledAtClick)).toBe(false);
  await expect(preview.getByText("Ben saw thing 1250 then")).toHaveCount(1);

  // A rebuilt report replaces the old one instead of adding to it. Filling 1,500 moments a
  // slice per task took 5 to 10 s on a loaded two-core machine: what is checked here is what
  // ends up on the page, not how fast.
  await page.getByRole("checkbox", { name: "Replace names with pseudonyms" }).check();
  await expect(preview).toContainText("Subject expert A saw thing 1499 then", { timeout: 30_000 });

  // The browser's own Print (Ctrl+P) while the report is still filling: the whole report is on
  // the page within the event's microtasks, before any further slice could be added by a task.
  const whole = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const article = document.querySelector("article");
        const has = (text) => article.textContent.includes(text);
        const observer = new MutationObserver(async () => {
          if (!has("Ben saw thing 0 then")) return;
          observer.disconnect();
          const before = has("Ben saw thing 1499 then");
          window.dispatchEvent(new Event("beforeprint"));
          for (let i = 0; i < 200 && !has("Ben saw thing 1499 then"); i++) await Promise.resolve();
          resolve({ before, after: has("Ben saw thing 1499 then") });
        });
        observer.observe(article, { subtree: true, childList: true, characterData: true });
        const label = [...document.querySelectorAll("label")].find((l) => l.textContent.includes("Replace names with pseudonyms"));
        label.control.click();
      }),
  );
  expect(whole).toEqual({ before: false, after: true });
  await page.getByRole("checkbox", { name: "Replace names with pseudonyms" }).check();
  await expect(preview).toContainText("Subject expert A saw thing 1499 then", { timeout: 30_000 });
  await expect(preview.getByText("Subject expert A saw thing 1250 then")).toHaveCount(1);
  await expect(preview).not.toContainText("Ben saw thing");
});

test("a long timeline in the report comes in pieces whose columns line up, every moment once and in order", async ({ page }) => {
  // 1,200 moments: the report's timeline is one table of 1,200 rows, which the screen cuts into
  // tables of a few hundred rows each, so that a piece is made and laid out in a task.
  const long = structuredClone(REVIEW);
  long.review.id = "r-cut";
  long.review.moments = Array.from({ length: 1200 }, (_, i) => ({
    id: `cm${i}`,
    at: new Date(Date.parse("2026-03-14T09:00:00Z") + i * 61_000).toISOString(),
    kind: i % 7 === 0 ? "communication" : "observation",
    description: `Cut moment ${i} described here`,
    people: ["ben"],
  }));
  await page.goto("/");
  await page.evaluate((env) => localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env)), long);
  await page.goto("/#/review/r-cut/report");
  const preview = page.getByRole("article", { name: "Report preview" });
  await expect(preview.getByRole("heading", { name: "Opportunities" })).toBeVisible({ timeout: 30_000 });
  const pieces = preview.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "What happened" }) });
  const count = await pieces.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const described = [];
  const columns = [];
  for (let k = 0; k < count; k++) {
    const piece = pieces.nth(k);
    await piece.scrollIntoViewIfNeeded();
    expect(await piece.getByRole("columnheader").allTextContents()).toEqual(["When", "Kind", "What happened", "People"]);
    described.push(...(await piece.getByRole("row").evaluateAll((rows) => rows.slice(1).map((r) => r.cells[2].textContent))));
    columns.push(await piece.getByRole("columnheader").evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().left) + ":" + Math.round(c.getBoundingClientRect().width))));
  }
  expect(described).toEqual(long.review.moments.map((m) => m.description));
  // Every piece has the same columns, and a time or a kind is not broken across lines.
  expect(new Set(columns.map(String)).size).toBe(1);
  // (Row 8 is moment 7, a communication: the longest word of the kinds.)
  const rows = pieces.first().getByRole("row");
  for (const cell of [rows.nth(1).getByRole("cell").nth(0), rows.nth(8).getByRole("cell").nth(1)]) {
    const lines = await cell.evaluate((c) => {
      const range = document.createRange();
      range.selectNodeContents(c);
      return range.getClientRects().length;
    });
    expect(lines, await cell.textContent()).toBe(1);
  }
});


test("deleting a cited moment or removing a cited person takes their citations, and Undo puts them back", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.synthesis = {
    themes: [{ id: "f1", text: "Deploy-shaped expectations", citations: [{ moment: "m1" }, { moment: "m2", account: "a1" }, { moment: "m3" }] }],
  };
  await openSynthesis(page, review);
  const themes = page.getByRole("region", { name: "Themes" });
  const cited = themes.getByRole("list", { name: "Cited" }).getByRole("link");
  await expect(cited).toHaveText(["09:00 · Checkout error alert fires | not a | table", "09:05 · Ana suspects the deploy (Ben Lee's account)", "09:40 · Rollback of checkout"]);

  // The moment goes, and its citation with it: none is left naming nothing.
  await page.goto("/#/review/r-syn/timeline/m3");
  await page.getByRole("group", { name: "Edit moment" }).getByRole("button", { name: "Delete moment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted the moment \u201cRollback of checkout\u201d and the finding's citation of it." })).toBeVisible();
  await openTab(page, "Synthesis");
  await expect(cited).toHaveText(["09:00 · Checkout error alert fires | not a | table", "09:05 · Ana suspects the deploy (Ben Lee's account)"]);
  await expect(themes.getByRole("button", { name: "Remove citation of ", exact: true })).toHaveCount(0);

  // So does a person, with the citation of their account.
  await openTab(page, "Setup");
  await page.getByRole("button", { name: "Remove Ben Lee" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed Ben Lee, their account and a finding's citation of their account." })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await openTab(page, "Synthesis");
  await expect(cited).toHaveText(["09:00 · Checkout error alert fires | not a | table", "09:05 · Ana suspects the deploy (Ben Lee's account)"]);
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  expect(exported.review.synthesis.themes[0].citations).toEqual([{ moment: "m1" }, { moment: "m2", account: "a1" }]);

  // A moment with an account goes with it, and the notice says so.
  await page.goto("/#/review/r-syn/timeline/m2");
  await page.getByRole("group", { name: "Edit moment" }).getByRole("button", { name: "Delete moment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted the moment \u201cAna suspects the deploy\u201d, its account and the finding's citation of it." })).toBeVisible();
});
