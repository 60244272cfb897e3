// Every screen passes axe-core's automated WCAG checks (names, roles, contrast, structure),
// and the main flows work from the keyboard alone.
import { test, expect } from "./fixtures.js";
import { openLibrary, createReview, addPerson, openTab, addMoment, saved, expectNoViolations } from "./helpers.js";

test("the library, setup, timeline and import screens have no axe violations", async ({ page }) => {
  await openLibrary(page);
  await expectNoViolations(page, "the empty library");
  await createReview(page, "Accessible review");
  await addPerson(page, "Ana", "Incident commander");
  await saved(page);
  await expectNoViolations(page, "setup");
  await openTab(page, "Timeline");
  await addMoment(page, { date: "2026-03-14", time: "09:00", text: "Alert fires" });
  await page.getByRole("group", { name: "Edit moment" }).getByRole("button", { name: "Add evidence" }).click();
  await expectNoViolations(page, "the timeline with an open editor");
  await page.getByRole("button", { name: "Paste transcript" }).click();
  const paste = page.getByRole("dialog", { name: "Paste transcript" });
  await paste.getByRole("textbox", { name: "Transcript" }).fill("09:00 Ana: hello\n09:01 Ben: hi");
  await paste.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("dialog", { name: "Preview of the transcript" })).toBeVisible();
  await expectNoViolations(page, "the import preview");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("link", { name: "All reviews" }).click();
  await expect(page.getByRole("list", { name: "Reviews" })).toBeVisible();
  await expectNoViolations(page, "the library with a review");
});

test("a review can be created and its timeline typed from the keyboard alone", async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "New review" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeFocused();
  await page.keyboard.type("Keyboard only");
  await openTab(page, "Timeline");
  // Exactly: Setup's summary is described as "What happened, as plainly as possible", and on
  // a loaded machine the Timeline's part may still be arriving.
  const what = page.getByRole("textbox", { name: "What happened", exact: true });
  await what.focus();
  await page.keyboard.type("09:00 Alert fires");
  await page.keyboard.press("Enter");
  await page.keyboard.type("09:05");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Ana acknowledges");
  await page.keyboard.press("Enter");
  const items = page.getByRole("list", { name: "Timeline" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText("Ana acknowledges");
});
