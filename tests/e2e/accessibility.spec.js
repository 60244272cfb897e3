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

test("on a laptop, the library's and Setup's rows keep their parts side by side", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openLibrary(page);
  await createReview(page, "Side by side");
  await addPerson(page, "Ana", "Incident commander");
  const person = page.getByRole("list", { name: "People" }).getByRole("listitem").first();
  const name = await person.getByRole("textbox", { name: "Name", exact: true }).boundingBox();
  const role = await person.getByRole("combobox", { name: "Role at the time" }).boundingBox();
  expect(Math.abs(role.y - name.y)).toBeLessThan(8);
  expect(role.x).toBeGreaterThan(name.x + name.width);
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  const row = page.getByRole("list", { name: "Reviews" }).getByRole("listitem", { name: "Side by side" });
  const title = await row.getByRole("link", { name: "Side by side" }).boundingBox();
  const remove = await row.getByRole("button", { name: "Delete review" }).boundingBox();
  expect(remove.x).toBeGreaterThan(title.x + title.width);
  expect(remove.y).toBeLessThan(title.y + title.height + 40);
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
  // The focus stays in the line, empty: the next one, its time first, goes on there.
  await page.keyboard.type("09:05 Ana acknowledges");
  await page.keyboard.press("Enter");
  const items = page.getByRole("list", { name: "Timeline" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText("Ana acknowledges");
});

test("the focus is never left at the top of the page by an import dialog or a notice that goes", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Focus kept");
  await openTab(page, "Timeline");
  const opener = page.getByRole("button", { name: "Paste transcript" });
  // Escape, then Cancel: back on the button that opened the dialog.
  for (const close of [() => page.keyboard.press("Escape"), () => page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click()]) {
    await opener.click();
    await expect(page.getByRole("dialog", { name: "Paste transcript" })).toBeVisible();
    await close();
    await expect(opener).toBeFocused();
  }
  // The preview takes the place of the pasted text: the focus goes into it.
  await opener.click();
  const paste = page.getByRole("dialog", { name: "Paste transcript" });
  await paste.getByRole("textbox", { name: "Transcript" }).fill("09:00 Ana: hello\n09:01 Ben: hi");
  await paste.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("dialog", { name: "Preview of the transcript" });
  await expect(preview.getByRole("button", { name: "Select all" })).toBeFocused();
  await preview.getByRole("button", { name: /^Add/ }).click();
  await expect(page.getByRole("list", { name: "Timeline" }).getByRole("listitem")).toHaveCount(2);
  await expect(opener).toBeFocused();
  // A notice dismissed gives the focus back where the person was before going into it.
  const notice = page.getByRole("status").filter({ hasText: "Added" });
  await expect(notice).toBeVisible();
  const dismiss = page.getByRole("button", { name: "Dismiss message" });
  await dismiss.focus();
  await page.keyboard.press("Enter");
  await expect(dismiss).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test("what takes the focus in the walk-through is not hidden under its bar, and narrow screens reflow", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Under the bar");
  await addPerson(page, "Ana", "Incident commander");
  await openTab(page, "Timeline");
  for (let i = 0; i < 6; i++) await addMoment(page, { date: "2026-03-14", time: `09:0${i}`, text: `Moment ${i} ` + "words ".repeat(60) });
  await openTab(page, "Walk-through");
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("combobox", { name: "Add an account for" }).selectOption({ label: "Ana" });
  const cues = page.getByRole("textbox", { name: "Cues" }).first();
  await expect(cues).toBeVisible();
  // Scrolled away, then reached with the keyboard ("a": the next responder's first empty
  // question): in view below the bar that stays on top.
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: "instant" }));
  await page.keyboard.press("Escape");
  await page.keyboard.press("a");
  await expect(cues).toBeFocused();
  const [barBottom, top] = await Promise.all([
    page.locator(".walk-bar").evaluate((bar) => bar.getBoundingClientRect().bottom),
    cues.evaluate((box) => box.getBoundingClientRect().top),
  ]);
  expect(top).toBeGreaterThanOrEqual(barBottom);
  // 320 px wide (400% zoom): the accounts fit the window, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.locator("article.account").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
