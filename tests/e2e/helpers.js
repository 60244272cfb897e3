// Steps a facilitator takes, written once for every test; elements are found by role and name.
import { expect } from "./fixtures.js";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";

/** Opens the library on a clean slate. */
export async function openLibrary(page) {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "New review" })).toBeVisible();
}

/** Creates a review from the library and gives it a title; leaves the page on its setup. */
export async function createReview(page, title) {
  await page.getByRole("button", { name: "New review" }).click();
  const titleBox = page.getByRole("textbox", { name: "Title", exact: true });
  await expect(titleBox).toBeFocused();
  // Empty, so that what is typed at once is the title.
  await expect(titleBox).toHaveValue("");
  await titleBox.fill(title);
}

export async function setZone(page, zone) {
  const box = page.getByRole("textbox", { name: "Display time zone" });
  await box.fill(zone);
  await box.press("Enter");
  await box.blur();
}

export async function addPerson(page, name, role) {
  await page.getByRole("button", { name: "Add person" }).click();
  const people = page.getByRole("list", { name: "People" }).getByRole("listitem");
  const row = people.last();
  await row.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  if (role) await row.getByRole("combobox", { name: "Role at the time" }).selectOption({ label: role });
}

export async function openTab(page, name) {
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name }).click();
}

/** Adds a moment through the "Add moment" button and types into it. */
export async function addMoment(page, { date, time, text }) {
  await page.getByRole("button", { name: "Add moment" }).click();
  await page.keyboard.type(text);
  const editor = page.getByRole("group", { name: "Edit moment" }).last();
  if (date) {
    await editor.getByRole("textbox", { name: "Moment date" }).fill(date);
    // A date is committed when left, as a person leaves it.
    await editor.getByRole("textbox", { name: "Moment date" }).press("Tab");
  }
  if (time) {
    await editor.getByRole("textbox", { name: "Moment time" }).fill(time);
    await editor.getByRole("textbox", { name: "Moment time" }).press("Tab");
  }
}

export function timelineItems(page) {
  return page.getByRole("list", { name: "Timeline" }).getByRole("listitem");
}

/** Clicks a button that downloads a file; returns the file's text and suggested name. */
export async function download(page, buttonName, scope = page) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    scope.getByRole("button", { name: buttonName, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8"), path };
}

/** Picks a file in the import dialog behind "Import review". */
export async function importFile(page, path) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Import review" }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Waits until the review says everything is saved. */
export async function saved(page) {
  await expect(page.getByText("All changes saved")).toBeVisible();
}

/** Fails with the list of axe-core's WCAG 2.1 A/AA violations on the page as it is. */
export async function expectNoViolations(page, where) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
  // Safari and WebKit drop the list role of a list shown without markers unless it says it is
  // one (role="list"); every such list on the page says so.
  const unsaid = await page.evaluate(() =>
    [...document.querySelectorAll("ul, ol")]
      .filter((list) => getComputedStyle(list).listStyleType === "none" && list.getAttribute("role") !== "list")
      .map((list) => list.getAttribute("aria-label") || list.className || list.tagName),
  );
  expect(unsaid, `lists without markers that do not say they are lists, on ${where}`).toEqual([]);
}

/** True when the page cannot fetch from another origin (its Content-Security-Policy). */
export async function fetchElsewhereIsBlocked(page) {
  return page.evaluate(async () => {
    try {
      await fetch("https://example.com/");
      return false;
    } catch {
      return true;
    }
  });
}

/** Fills the origin's local storage to the last byte with keys of its own ("filler-..."). */
export async function fillStorage(page) {
  await page.evaluate(() => {
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${size}-${i}`, "x".repeat(size));
        } catch {
          break;
        }
      }
    }
  });
}

/** Removes what `fillStorage` (or any "filler-" key) took. */
export async function freeStorage(page) {
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("filler-"))
      .forEach((k) => localStorage.removeItem(k)),
  );
}
