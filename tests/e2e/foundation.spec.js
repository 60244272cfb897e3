// The foundation: reviews live in local storage, survive closing the browser, travel as JSON,
// and nothing is ever lost or overwritten silently.
import { test, expect, launchProfile } from "./fixtures.js";
import {
  openLibrary,
  createReview,
  addPerson,
  openTab,
  addMoment,
  timelineItems,
  download,
  importFile,
  saved,
  fetchElsewhereIsBlocked,
  fillStorage,
  freeStorage,
} from "./helpers.js";
import { mkdtemp, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

async function fillReview(page) {
  await createReview(page, "Checkout errors during the sale");
  const zone = page.getByRole("combobox", { name: "Display time zone" });
  await zone.fill("Europe/Lisbon");
  await zone.press("Enter");
  await page.getByRole("textbox", { name: "Incident start date" }).fill("2026-03-14");
  await page.getByRole("textbox", { name: "Incident start time" }).fill("09:10");
  await page.getByRole("textbox", { name: "Incident start time" }).press("Tab");
  await page.getByRole("textbox", { name: "Summary" }).fill("Checkout failed for some customers.");
  await page.getByRole("textbox", { name: "Impact" }).fill("About 4% of orders failed.");
  await addPerson(page, "Ana Souza", "Incident commander");
  await addPerson(page, "Ben O'Neill", "Subject expert");
  await openTab(page, "Timeline");
  await addMoment(page, { date: "2026-03-14", time: "09:12", text: "Error-rate alert fires" });
  await addMoment(page, { date: "2026-03-14", time: "08:55", text: "Schema migration starts" });
  await addMoment(page, { date: "2026-03-15", time: "00:03", text: "Decision to roll back" });
  await saved(page);
}

test("a review with details, people and a timeline survives closing the browser", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tunnel-profile-"));
  let { context, problems } = await launchProfile(dir);
  let page = await context.newPage();
  await openLibrary(page);
  await fillReview(page);
  await context.close();
  expect(problems).toEqual([]);

  ({ context, problems } = await launchProfile(dir));
  page = await context.newPage();
  await openLibrary(page);
  const row = page.getByRole("listitem", { name: "Checkout errors during the sale" });
  await expect(row).toContainText("3 moments");
  await row.getByRole("link", { name: "Checkout errors during the sale" }).click();
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue(
    "Checkout failed for some customers.",
  );
  await expect(page.getByRole("combobox", { name: "Display time zone" })).toHaveValue("Europe/Lisbon");
  await expect(page.getByRole("textbox", { name: "Incident start time" })).toHaveValue("09:10");
  const people = page.getByRole("list", { name: "People" }).getByRole("listitem");
  await expect(people).toHaveCount(2);
  await expect(people.first().getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Ana Souza");
  await openTab(page, "Timeline");
  const items = timelineItems(page);
  await expect(items).toHaveCount(3);
  // Time order, with dates because the review spans two days (Lisbon is UTC+0 in March).
  await expect(items.nth(0)).toContainText("Sat 14 Mar 2026, 08:55");
  await expect(items.nth(0)).toContainText("Schema migration starts");
  await expect(items.nth(1)).toContainText("09:12");
  await expect(items.nth(2)).toContainText("Sun 15 Mar 2026, 00:03");
  await context.close();
  expect(problems).toEqual([]);
});

test("export then import into a fresh profile gives the same review", async ({ page, browser }) => {
  await openLibrary(page);
  await fillReview(page);
  const exported = await download(page, "Export review");
  expect(exported.name).toBe("2026-03-14-checkout-errors-during-the-sale.tunnel.json");
  const original = JSON.parse(exported.text);
  expect(original.format).toBe("tunnel-review");
  expect(original.schema_version).toBe(1);

  const fresh = await browser.newContext();
  const problems = (await import("./fixtures.js")).watch(fresh);
  const other = await fresh.newPage();
  await openLibrary(other);
  await expect(other.getByRole("listitem")).toHaveCount(0);
  await importFile(other, exported.path);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Checkout errors during the sale");
  await expect(other).toHaveURL(new RegExp(`#/review/${original.review.id}$`));
  const again = JSON.parse((await download(other, "Export review")).text);
  expect(again.review).toEqual(original.review);
  await fresh.close();
  expect(problems).toEqual([]);
});

test("closing the tab right after typing loses nothing", async ({ context, page }) => {
  await openLibrary(page);
  await createReview(page, "Typed at the last second");
  await saved(page);
  const url = page.url();
  await page.getByRole("textbox", { name: "Summary" }).pressSequentially("Words typed just before closing");
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(reopened.getByRole("textbox", { name: "Summary" })).toHaveValue(
    "Words typed just before closing",
  );
});

/** A review exported, then edited ("Edited after the export"); leaves the page in the library. */
async function exportedThenEdited(page) {
  await openLibrary(page);
  await fillReview(page);
  const exported = await download(page, "Export review");
  await openTab(page, "Setup");
  await page.getByRole("textbox", { name: "Summary" }).fill("Edited after the export");
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  return exported;
}

test("undoing a replace never writes over what another window saved since: the old copy is downloaded instead", async ({ context, page }) => {
  const exported = await exportedThenEdited(page);
  await importFile(page, exported.path);
  await page.getByRole("dialog").getByRole("button", { name: "Replace it" }).click();
  const undo = page.getByRole("status").getByRole("button", { name: "Undo" });
  await expect(undo).toBeVisible();

  // Another window opens the file's copy and edits it.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole("link", { name: "Checkout errors during the sale", exact: true }).click();
  await other.getByRole("textbox", { name: "Summary" }).fill("Written in the other window");
  await saved(other);

  const [earlier] = await Promise.all([page.waitForEvent("download"), undo.click()]);
  await expect(page.getByRole("status").filter({ hasText: "was changed since, in another window: it was not put back" })).toBeVisible();
  expect(JSON.parse(await readFile(await earlier.path(), "utf8")).review.summary).toBe("Edited after the export");
  await page.getByRole("link", { name: "Checkout errors during the sale", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Written in the other window");
});

test("importing a review that is already here asks, and never overwrites silently", async ({ page }) => {
  const exported = await exportedThenEdited(page);

  await importFile(page, exported.path);
  const dialog = page.getByRole("dialog", { name: "This review is already in this browser" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("newer than the file");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("list", { name: "Reviews" }).getByRole("listitem")).toHaveCount(1);

  await importFile(page, exported.path);
  await page.getByRole("dialog").getByRole("button", { name: "Keep both" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Checkout errors during the sale (imported)",
  );
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue(
    "Checkout failed for some customers.",
  );
  await page.getByRole("link", { name: "All reviews" }).click();
  await expect(page.getByRole("list", { name: "Reviews" }).getByRole("listitem")).toHaveCount(2);

  // Replacing stays in the library and can be undone there.
  const openTheReview = () =>
    page.getByRole("link", { name: "Checkout errors during the sale", exact: true }).click();
  const summary = page.getByRole("textbox", { name: "Summary" });
  await importFile(page, exported.path);
  await page.getByRole("dialog").getByRole("button", { name: "Replace it" }).click();
  const replaced = page
    .getByRole("status")
    .filter({ hasText: "Replaced \u201cCheckout errors during the sale\u201d with the file's copy." });
  await replaced.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await openTheReview();
  await expect(summary).toHaveValue("Edited after the export");

  // Once another page is open, the undo is gone: putting the old copy back under an open
  // review would be saved over.
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, exported.path);
  await page.getByRole("dialog").getByRole("button", { name: "Replace it" }).click();
  await expect(replaced.getByRole("button", { name: "Undo" })).toBeVisible();
  await openTheReview();
  await expect(summary).toHaveValue("Checkout failed for some customers.");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
});

for (const [file, message] of [
  ["syntax.json", "not valid JSON: expected `,` or `}` at line 7, column 5"],
  ["newer-version.json", "newer version of Tunnel (schema version 2)"],
  ["not-tunnel.json", "not a Tunnel review"],
]) {
  test(`a bad file (${file}) gets a clear message and changes nothing`, async ({ page }) => {
    await openLibrary(page);
    await importFile(page, `tests/fixtures/bad/${file}`);
    const dialog = page.getByRole("dialog", { name: "The file could not be imported" });
    await expect(dialog).toContainText(message);
    await expect(dialog).toContainText("Nothing was imported");
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect(page.getByRole("list", { name: "Reviews" })).toHaveCount(0);
  });
}

test("a file with a value of the wrong kind is imported without it, and the value kept in a note", async ({ page }) => {
  await openLibrary(page);
  await importFile(page, "tests/fixtures/bad/wrong-type.json");
  const dialog = page.getByRole("dialog", { name: "The file could not be imported" });
  await expect(dialog).toContainText("review.moments[1].people: expected a list, found the text");
  await expect(dialog).toContainText("Nothing has been imported yet");
  // Cancel changes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("list", { name: "Reviews" })).toHaveCount(0);
  await importFile(page, "tests/fixtures/bad/wrong-type.json");
  await dialog.getByRole("button", { name: "Import without them" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 value that could not be read was left out (review.moments[1].people)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Details", level: 2 })).toBeVisible();
  // The value is where the facilitator reads the moment's notes: the walk-through.
  await openTab(page, "Walk-through");
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(page.getByRole("textbox", { name: "Facilitator notes" })).toHaveValue(
    /^Left out when the file was read, at review\.moments\[1\]\.people: expected a list, found the text .*\. As written: Ana$/,
  );
});

test("a file that does not say when its review was last edited is listed by when it was exported", async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), "tunnel-undated-"));
  const path = join(dir, "undated.tunnel.json");
  await writeFile(path, JSON.stringify({
    format: "tunnel-review", schema_version: 1, app_version: "other tool", exported_at: "2026-03-15T10:00:00Z",
    review: { id: "r-undated", title: "Written elsewhere" },
  }));
  await openLibrary(page);
  await importFile(page, path);
  await page.getByRole("link", { name: "All reviews" }).click();
  const row = page.getByRole("listitem", { name: "Written elsewhere" });
  await expect(row).toContainText("15 Mar 2026");
  await expect(row).not.toContainText("1970");
  // Imported again, the same: the dialog tells it by its export too, and does not call the
  // copy here newer.
  await importFile(page, path);
  const dialog = page.getByRole("dialog", { name: "This review is already in this browser" });
  await expect(dialog).toContainText("15 Mar 2026");
  await expect(dialog).not.toContainText("1970");
  await expect(dialog).not.toContainText("newer than the file");
  await dialog.getByRole("button", { name: "Cancel" }).click();
});

test("every note is shown: a moment's second note in the walk-through, and notes on the whole review in Setup", async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), "tunnel-notes-"));
  const path = join(dir, "notes.tunnel.json");
  await writeFile(path, JSON.stringify({
    format: "tunnel-review", schema_version: 1, app_version: "test",
    review: {
      id: "r-notes", title: "Notes everywhere", time_zone: "UTC",
      moments: [{ id: "m1", at: "2026-03-14T09:00:00Z", kind: "signal", description: "Alert fires" }],
      notes: [
        { id: "n1", moment: "m1", kind: "note", text: "The facilitator's own note" },
        { id: "n2", moment: "m1", kind: "note", text: "Ben wrote in their worksheet (what they saw): the graph" },
        { id: "n3", kind: "note", text: "Ana answered \u201cWho paged you?\u201d: the bot did" },
      ],
    },
  }));
  await openLibrary(page);
  await importFile(page, path);
  const notes = page.getByRole("region", { name: "Notes on the whole review" });
  await expect(notes.getByRole("textbox", { name: "Note" })).toHaveValue("Ana answered \u201cWho paged you?\u201d: the bot did");
  await notes.getByRole("button", { name: "Remove note" }).click();
  await expect(notes.getByRole("textbox", { name: "Note" })).toHaveCount(0);
  await page.getByRole("status").filter({ hasText: "Removed the note" }).getByRole("button", { name: "Undo" }).click();
  await expect(notes.getByRole("textbox", { name: "Note" })).toHaveValue(/the bot did$/);
  await notes.getByRole("button", { name: "Add a note" }).click();
  await expect(notes.getByRole("textbox", { name: "Note" }).last()).toBeFocused();
  await page.keyboard.type("Ask about the pager rota");
  await saved(page);
  await openTab(page, "Walk-through");
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await expect(page.getByRole("textbox", { name: "Facilitator notes" })).toHaveValue("The facilitator's own note");
  await expect(page.getByRole("textbox", { name: "Note", exact: true })).toHaveValue(/the graph$/);
  await openTab(page, "Setup");
  await expect(notes.getByRole("textbox", { name: "Note" })).toHaveCount(2);
  await expect(notes.getByRole("textbox", { name: "Note" }).last()).toHaveValue("Ask about the pager rota");
});

test("a stored review that cannot be read does not stop the app", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Still fine");
  await saved(page);
  await page.evaluate(() => localStorage.setItem("tunnel:review:r-broken", '{"format": "tunnel-review", oops'));
  await page.goto("/");
  const problem = page.getByRole("listitem", { name: "Damaged review \u201cr-broken\u201d" });
  await expect(problem).toContainText("Damaged: Tunnel cannot read it.");
  await expect(problem).toContainText("line 1, column 29");
  await expect(page.getByRole("listitem", { name: "Still fine" })).toBeVisible();
  const raw = await download(page, "Download stored text", problem);
  expect(raw.text).toBe('{"format": "tunnel-review", oops');
  // One wrong value in a readable text: it is named by its title.
  await page.evaluate(() =>
    localStorage.setItem(
      "tunnel:review:r-wrong",
      JSON.stringify({ format: "tunnel-review", schema_version: 1, review: { id: "r-wrong", title: "Checkout outage", moments: [{ at: 12345 }] } }),
    ),
  );
  await page.goto("/");
  await expect(page.getByRole("listitem", { name: "Damaged review \u201cCheckout outage\u201d" })).toContainText("review.moments[0].at");
  // Opening it directly says the same and offers the same way out.
  await page.goto("/#/review/r-broken");
  await expect(page.getByRole("alert")).toContainText("could not be read");
});

test("a damaged review is marked in the library, and deleting it offers its text and an undo", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Listed, then damaged");
  await page.getByRole("textbox", { name: "Summary" }).fill("Words that must not vanish quietly.");
  await saved(page);
  const id = new URL(page.url()).hash.split("/")[2];
  await page.getByRole("link", { name: "All reviews" }).click();
  const healthy = page.getByRole("listitem", { name: "Listed, then damaged" });
  await expect(healthy).toContainText(/Stored: \d+ KB/);
  await expect(page.getByText(/Reviews in this browser take \d+ KB of the 10.5 MB a browser keeps/)).toBeVisible();
  // Tunnel asked the browser to keep its storage, and says what the browser answered.
  await expect(page.getByText(/The browser (agreed to keep them|has not agreed to keep them for good)/)).toBeVisible();
  // The stored text is cut short behind the library's back (a disk error, a hand edit).
  const before = await page.evaluate((id) => {
    const key = `tunnel:review:${id}`;
    const text = localStorage.getItem(key);
    localStorage.setItem(key, text.slice(0, Math.floor(text.length / 2)));
    return localStorage.getItem(key);
  }, id);
  await page.reload();
  const damaged = page.getByRole("listitem", { name: `Damaged review \u201c${id}\u201d` });
  await expect(damaged).toContainText("Damaged: Tunnel cannot read it.");
  await expect(healthy).toHaveCount(0);
  await damaged.getByRole("button", { name: "Delete review" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this damaged review?" });
  const offered = await download(page, "Download stored text", dialog);
  expect(offered.text).toBe(before);
  await dialog.getByRole("button", { name: "Delete it" }).click();
  await expect(damaged).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(damaged).toBeVisible();
  expect(await page.evaluate((id) => localStorage.getItem(`tunnel:review:${id}`), id)).toBe(before);
});

test("a full storage keeps editing in memory, says so, and damages nothing", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Filling up");
  await page.getByRole("textbox", { name: "Summary" }).fill("Saved before the storage filled up.");
  await saved(page);
  const before = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("tunnel:review:")).map((k) => localStorage.getItem(k)),
  );
  // Fill the origin's quota with other data.
  await page.evaluate(() => {
    const chunk = "x".repeat(512 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        break;
      }
    }
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try {
        localStorage.setItem(`filler-small-${size}`, "y".repeat(size));
      } catch {}
    }
  });
  const summary = page.getByRole("textbox", { name: "Summary" });
  await summary.fill("Saved before the storage filled up. And this does not fit any more.");
  const alert = page.getByRole("alert").filter({ hasText: "storage for Tunnel is full" });
  await expect(alert).toBeVisible();
  // A room following on the shared screen stops with what was saved: the facilitator is told.
  await expect(alert).toContainText("The shared screen shows only what is saved");
  await expect(page.getByText("Not saved: storage full")).toBeVisible();
  await expect(summary).toHaveValue(/does not fit any more/);
  const after = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("tunnel:review:")).map((k) => localStorage.getItem(k)),
  );
  expect(after).toEqual(before);
  const rescued = await download(page, "Export now", alert);
  expect(JSON.parse(rescued.text).review.summary).toContain("does not fit any more");
  // Leaving the review would drop the edit: the app asks, and Stay keeps it.
  const review = page.url();
  await page.getByRole("link", { name: "All reviews" }).click();
  const leaving = page.getByRole("dialog", { name: "Leave without your latest changes?" });
  await expect(leaving).toBeVisible();
  await expect(page).toHaveURL(review);
  await leaving.getByRole("button", { name: "Stay" }).click();
  await expect(leaving).toHaveCount(0);
  await expect(page).toHaveURL(review);
  await expect(summary).toHaveValue(/does not fit any more/);
  // Other tabs of the same review are fine: the review stays open.
  await openTab(page, "Timeline");
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await openTab(page, "Setup");
  await expect(summary).toHaveValue(/does not fit any more/);
  // Closing the page now would lose the edit: the browser asks first, and staying keeps it.
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  await expect(summary).toHaveValue(/does not fit any more/);
  // Space freed elsewhere: saving resumes by itself, without another edit.
  await freeStorage(page);
  await expect(page.getByText("All changes saved")).toBeVisible({ timeout: 10_000 });
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue(/does not fit any more/);
});

test("leaving a review whose edits cannot be saved goes ahead only when asked to", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Leaving anyway");
  const summary = page.getByRole("textbox", { name: "Summary" });
  await summary.fill("Saved part.");
  await saved(page);
  await fillStorage(page);
  await summary.fill("Saved part. Unsaved part that does not fit.");
  await expect(page.getByText("Not saved: storage full")).toBeVisible();
  await page.getByRole("link", { name: "All reviews" }).click();
  const leaving = page.getByRole("dialog", { name: "Leave without your latest changes?" });
  await leaving.getByRole("button", { name: "Leave anyway" }).click();
  await expect(page.getByRole("listitem", { name: "Leaving anyway" })).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
  // What was saved is there; the unsaved part was given up, as chosen.
  await page.getByRole("listitem", { name: "Leaving anyway" }).getByRole("link").first().click();
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Saved part.");
});

test("a page with everything saved closes without asking", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Nothing pending");
  await page.getByRole("textbox", { name: "Summary" }).fill("Saved.");
  await saved(page);
  let asked = false;
  page.on("dialog", async (dialog) => {
    asked = true;
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(false);
});

test("without local storage the app still works and says nothing will be kept", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The user denied storage", "SecurityError");
      },
    });
  });
  await openLibrary(page);
  await expect(page.getByRole("alert").filter({ hasText: "does not let Tunnel keep anything" })).toBeVisible();
  await createReview(page, "Only in memory");
  await expect(page.getByText("Not saved: this browser keeps nothing")).toBeVisible();
  await page.getByRole("link", { name: "All reviews" }).click();
  await expect(page.getByRole("listitem", { name: "Only in memory" })).toBeVisible();
});

test("the address keeps the place through reloads and the back button", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Where am I");
  await openTab(page, "Timeline");
  await expect(page).toHaveURL(/#\/review\/r-[0-9a-f]+\/timeline$/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Where am I");
  await page.goBack();
  await expect(page.getByRole("button", { name: "New review" })).toBeVisible();
});

test("Setup with many people draws a few rows first and then every one, in order, and offers the browser's zones", async ({ page }) => {
  const people = Array.from({ length: 80 }, (_, i) => ({ id: `p${i}`, name: `Responder ${i}`, role: "responder", present: true }));
  const env = { format: "tunnel-review", schema_version: 1, app_version: "test", revision: 1, review: { id: "r-crowd", title: "A crowded channel", time_zone: "UTC", people } };
  await page.goto("/");
  await page.evaluate((env) => {
    localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env));
    localStorage.setItem(`tunnel:revision:${env.review.id}`, "1");
  }, env);
  // How many rows the list had in the first frame after it appeared.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const list = document.querySelector('ul[aria-label="People"]');
      if (!list) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        window.peopleInFirstFrame = list.childElementCount;
        window.zonesInFirstFrame = document.querySelectorAll("#known-zones option").length;
      });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("about:blank");
  await page.goto("/#/review/r-crowd");
  const rows = page.getByRole("list", { name: "People" }).getByRole("listitem");
  await expect(rows).toHaveCount(80);
  // A few rows in the first frame (twelve and the zones made its task 57 to 81 ms), not all.
  const first = await page.evaluate(() => window.peopleInFirstFrame);
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(12);
  expect(await page.evaluate(() => window.zonesInFirstFrame)).toBe(0);
  const names = await rows.evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
  expect(names).toEqual(people.map((p) => p.name));
  // The zones come after the first frame, and all of them: the field suggests from them.
  await expect(page.locator('datalist#known-zones > option[value="Europe/Lisbon"]')).toHaveCount(1);
  expect(await page.locator("datalist#known-zones > option").count()).toBeGreaterThan(300);
  const zone = page.getByRole("combobox", { name: "Display time zone" });
  await expect(zone).toHaveAttribute("list", "known-zones");
  // A person added to the list drawn whole: the keys typed at once go into their name.
  await page.getByRole("button", { name: "Add person" }).click();
  await page.keyboard.type("Late joiner");
  await expect(rows).toHaveCount(81);
  await expect(rows.last().getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Late joiner");
});

test("the library lists reviews newest first and can rename, duplicate and delete with undo", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "First review");
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  await createReview(page, "Second review");
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  const rows = page.getByRole("list", { name: "Reviews" }).getByRole("listitem");
  await expect(rows.nth(0)).toContainText("Second review");
  await expect(rows.nth(1)).toContainText("First review");

  const first = page.getByRole("listitem", { name: "First review" });
  // Escape cancels a rename, as it does a dialog.
  await first.getByRole("button", { name: "Rename" }).click();
  await first.getByRole("textbox", { name: "New title" }).fill("Not this");
  await first.getByRole("textbox", { name: "New title" }).press("Escape");
  await expect(first.getByRole("textbox", { name: "New title" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "First review" })).toBeFocused();
  await first.getByRole("button", { name: "Rename" }).click();
  // A blank title is refused; the form stays.
  await first.getByRole("textbox", { name: "New title" }).fill("   ");
  await first.getByRole("textbox", { name: "New title" }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Type the new title" })).toBeVisible();
  await expect(first.getByRole("textbox", { name: "New title" })).toBeVisible();
  await first.getByRole("textbox", { name: "New title" }).fill("First review, renamed");
  await first.getByRole("textbox", { name: "New title" }).press("Enter");
  await expect(page.getByRole("listitem", { name: "First review, renamed" })).toBeVisible();
  // The focus goes back to the review, not to the page.
  await expect(page.getByRole("link", { name: "First review, renamed" })).toBeFocused();

  await page.getByRole("listitem", { name: "Second review" }).getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("listitem", { name: "Second review (copy)" })).toBeVisible();
  await expect(rows).toHaveCount(3);

  // Found by every word of the title, whatever its case; listed in the order chosen.
  const find = page.getByRole("search", { name: "Find a review" });
  await find.getByRole("textbox", { name: "Find by title" }).fill("SECOND copy");
  await expect(rows).toHaveCount(1);
  await expect(find.getByRole("status")).toHaveText("1 of 3 reviews");
  await find.getByRole("textbox", { name: "Find by title" }).fill("kafka");
  await expect(rows).toHaveCount(0);
  await expect(find.getByRole("status")).toHaveText("No review's title holds what is typed.");
  await find.getByRole("textbox", { name: "Find by title" }).fill("");
  await find.getByRole("combobox", { name: "Order" }).selectOption({ label: "Title" });
  await expect(rows.getByRole("heading", { level: 2 })).toHaveText(["First review, renamed", "Second review", "Second review (copy)"]);
  // The order chosen outlives a reload of the window.
  await page.reload();
  await expect(find.getByRole("combobox", { name: "Order" })).toHaveValue("title");
  await expect(rows.getByRole("heading", { level: 2 })).toHaveText(["First review, renamed", "Second review", "Second review (copy)"]);
  await find.getByRole("combobox", { name: "Order" }).selectOption({ label: "Last edited" });

  // Deleting asks first; Cancel keeps it.
  const second = page.getByRole("listitem", { name: "Second review", exact: true });
  await second.getByRole("button", { name: "Delete review" }).click();
  const asked = page.getByRole("dialog", { name: "Delete this review?" });
  await expect(asked).toContainText("\u201cSecond review\u201d will be removed from this browser.");
  await asked.getByRole("button", { name: "Cancel" }).click();
  await expect(asked).toHaveCount(0);
  await expect(rows).toHaveCount(3);
  await expect(second.getByRole("button", { name: "Delete review" })).toBeFocused();
  await second.getByRole("button", { name: "Delete review" }).click();
  await asked.getByRole("button", { name: "Delete it" }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("listitem", { name: "Second review", exact: true })).toBeVisible();
});

test("a notice closes once it has been read, but not while the pointer or the focus is on it", async ({ page }) => {
  await page.clock.install();
  await openLibrary(page);
  await createReview(page, "Kept a while");
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  const row = page.getByRole("listitem", { name: "Kept a while", exact: true });
  await row.getByRole("button", { name: "Duplicate" }).click();
  const created = page.getByRole("status").filter({ hasText: "Created" });
  await expect(created).toContainText("Kept a while (copy)");
  await page.clock.runFor(5_000);
  await expect(created).toContainText("Kept a while (copy)");
  await page.clock.runFor(4_000);
  await expect(created).toHaveCount(0);

  // A notice with Undo stays longer: 20 seconds at least.
  const newReview = page.getByRole("button", { name: "New review" });
  await row.getByRole("button", { name: "Delete review" }).click();
  await page.getByRole("dialog", { name: "Delete this review?" }).getByRole("button", { name: "Delete it" }).click();
  const undo = page.getByRole("status").getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await newReview.focus();
  await page.clock.runFor(15_000);
  await expect(undo).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(undo).toHaveCount(0);

  // And as long as the focus is on it.
  const copy = page.getByRole("listitem", { name: "Kept a while (copy)", exact: true });
  await copy.getByRole("button", { name: "Delete review" }).click();
  await page.getByRole("dialog", { name: "Delete this review?" }).getByRole("button", { name: "Delete it" }).click();
  await expect(undo).toBeFocused();
  await page.clock.runFor(60_000);
  await expect(undo).toBeVisible();
  await newReview.focus();
  await page.clock.runFor(4_000);
  await expect(undo).toHaveCount(0);
});

test("a notice that something could not be done stays until dismissed", async ({ page }) => {
  await page.clock.install();
  await openLibrary(page);
  await createReview(page, "Full up");
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  await fillStorage(page);
  await page.getByRole("listitem", { name: "Full up", exact: true }).getByRole("button", { name: "Duplicate" }).click();
  const problem = page.getByRole("status").filter({ hasText: "Could not duplicate the review" });
  await expect(problem).toBeVisible();
  await page.getByRole("button", { name: "New review" }).focus();
  await page.clock.runFor(120_000);
  await expect(problem).toBeVisible();
  await problem.getByRole("button", { name: "Dismiss message" }).click();
  await expect(problem).toHaveCount(0);
  await freeStorage(page);
});

test("add moment puts the keyboard in its description, and moments show in time order", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Keyboard first");
  await openTab(page, "Timeline");
  await page.getByRole("button", { name: "Add moment" }).click();
  await expect(page.getByRole("textbox", { name: "Description" })).toBeFocused();
  await page.keyboard.type("Typed straight away");
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(timelineItems(page).first()).toContainText("Typed straight away");
  await expect(page.getByRole("listitem", { name: /Typed straight away/ })).toBeVisible();
});

test("user and imported text is only ever shown as text", async ({ page }) => {
  await openLibrary(page);
  const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
  await createReview(page, hostile);
  await page.getByRole("textbox", { name: "Summary" }).fill(hostile);
  await saved(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostile);
  await page.getByRole("link", { name: "All reviews" }).click();
  await expect(page.getByRole("link", { name: hostile })).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator("img[src=x], script:not([src])").count()).toBe(0);
});

test("the page forbids inline scripts and other origins", async ({ page }) => {
  test.info().annotations.push({ type: "expected-console", description: "Content Security Policy" });
  const response = await page.goto("/");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain("default-src 'self'");
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(meta).not.toContain("unsafe-inline");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(await fetchElsewhereIsBlocked(page)).toBe(true);
});

test("every phase is one click away in the same page, and back and forward retrace the steps", async ({ page }) => {
  await openLibrary(page);
  // A value on `window` survives only if no page load happens on the way.
  await page.evaluate(() => (window.__samePage = "still here"));
  let loads = 0;
  page.on("load", () => loads++);
  await createReview(page, "One app");
  await page.getByRole("textbox", { name: "Summary" }).fill("Typed, then straight to the timeline");
  await openTab(page, "Timeline");
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await page.getByRole("button", { name: "Import CSV" }).click();
  await expect(page.getByRole("dialog", { name: "Import CSV" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  const visited = [];
  for (const tab of ["Interviews", "Walk-through", "Synthesis", "Report", "Timeline", "Setup"]) {
    await openTab(page, tab);
    const heading = tab === "Setup" ? "Details" : tab;
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
    visited.push(page.url());
  }
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Typed, then straight to the timeline");
  await page.getByRole("link", { name: "All reviews" }).click();
  await expect(page.getByRole("listitem", { name: "One app" })).toBeVisible();
  // Back and forward walk the same steps without a page load either.
  await page.goBack();
  await expect(page).toHaveURL(visited[5]);
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Typed, then straight to the timeline");
  await page.goBack();
  await expect(page).toHaveURL(visited[4]);
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Report", level: 2 })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  expect(await page.evaluate(() => window.__samePage)).toBe("still here");
  expect(loads).toBe(0);
});

test("every address opens its screen directly, and a malformed one says not found", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Deep links");
  await expect(page).toHaveURL(/#\/review\/r-[0-9a-f]+$/);
  const id = /#\/review\/([^/]+)$/.exec(page.url())[1];
  await saved(page);
  const screens = [
    [`#/review/${id}`, { role: "heading", name: "Details" }],
    [`#review/${id}/walk`, { role: "heading", name: "Walk-through" }],
    [`#/review/${id}/timeline`, { role: "heading", name: "Timeline" }],
    [`#/review/${id}/timeline/`, { role: "heading", name: "Timeline" }],
    [`#/review/${id}/import`, { role: "heading", name: "Paste transcript" }],
    [`#/review/${id}/import/slack`, { role: "heading", name: "Import Slack export" }],
    [`#/review/${id}/import/csv`, { role: "heading", name: "Import CSV" }],
    [`#/review/${id}/walk`, { role: "heading", name: "Walk-through" }],
    [`#/review/${id}/interviews`, { role: "heading", name: "Interviews" }],
    [`#/review/${id}/synthesis`, { role: "heading", name: "Synthesis" }],
    [`#/review/${id}/report`, { role: "heading", name: "Report" }],
    [`#/present/${id}`, { text: "Deep links" }],
    ["#/", { role: "button", name: "New review" }],
    ["", { role: "button", name: "New review" }],
  ];
  for (const [hash, target] of screens) {
    await page.goto("/" + hash);
    const shown = target.text
      ? page.getByText(target.text, { exact: true })
      : page.getByRole(target.role, { name: target.name });
    await expect(shown.first(), hash).toBeVisible();
    await expect(page.getByRole("heading", { name: "Not found" }), hash).toHaveCount(0);
  }
  for (const hash of [
    "#/nothing",
    `#/review/${id}/bogus`,
    `#/review/${id}/import/fax`,
    "#/review/",
    "#/present",
    `#/review/${id}/walk/extra`,
    "#%%%",
  ]) {
    await page.goto("/" + hash);
    await expect(page.getByRole("heading", { name: "Not found" }), hash).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Not found" }), hash).toBeVisible();
    await page.getByRole("link", { name: "Go to the library" }).click();
    await expect(page.getByRole("listitem", { name: "Deep links" })).toBeVisible();
  }
  // A well-formed address of a review that is not here says so, with the way back.
  await page.goto("/#/review/r-nowhere/timeline");
  const missing = page.getByRole("alert", { name: "Review not in this browser" });
  await expect(missing).toContainText("This review is not in this browser");
  await expect(missing).toContainText("import it from the library");
  // Not offered as damaged: nothing is stored to download or delete.
  await expect(page.getByRole("button", { name: "Download stored text" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete review" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Back to the library" })).toBeVisible();
});

test("a time being typed is kept when another window saves, and a reload keeps one typed and not yet left", async ({ context, page }) => {
  await openLibrary(page);
  await createReview(page, "Typed times");
  await page.getByRole("textbox", { name: "Incident start date" }).fill("2026-03-14");
  const start = page.getByRole("textbox", { name: "Incident start time" });
  await start.fill("09:00");
  await start.press("Tab");
  await saved(page);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole("textbox", { name: "Incident start time" })).toHaveValue("09:00");
  // Typing here, half done, while the other window saves a change.
  await start.click();
  await page.keyboard.type("08:4");
  await other.getByRole("textbox", { name: "Title", exact: true }).fill("Typed times, retitled");
  await saved(other);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Typed times, retitled");
  await expect(start).toHaveValue("08:4");
  await page.keyboard.type("5");
  await start.press("Tab");
  await expect(start).toHaveValue("08:45");
  await saved(page);
  // A date half typed while the other window saves: a date box reads as empty until it is
  // whole, and setting it then would clear the parts already there.
  const startDate = page.getByRole("textbox", { name: "Incident start date" });
  await startDate.focus();
  await page.keyboard.press("Backspace");
  expect(await startDate.evaluate((e) => e.validity.badInput)).toBe(true);
  await other.getByRole("textbox", { name: "Title", exact: true }).fill("Typed times, again");
  await saved(other);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Typed times, again");
  expect(await startDate.evaluate((e) => e.validity.badInput)).toBe(true);
  await page.keyboard.type("04");
  await startDate.press("Tab");
  await expect(startDate).toHaveValue("2026-04-14");
  await expect(start).toHaveValue("08:45");
  await saved(page);
  // Typed, not left, and the page reloaded: kept.
  await page.getByRole("textbox", { name: "Incident end date" }).fill("2026-03-14");
  const end = page.getByRole("textbox", { name: "Incident end time" });
  await end.click();
  await page.keyboard.type("10:45");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Incident end time" })).toHaveValue("10:45");
  await expect(page.getByRole("textbox", { name: "Incident start time" })).toHaveValue("08:45");
});

test("a review deleted from its own page comes back with Undo, and the dialog's first button is the safe one", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Deleted by accident");
  await page.getByRole("textbox", { name: "Summary" }).fill("Words worth keeping");
  await page.getByRole("banner").getByRole("button", { name: "Delete review" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this review?" });
  await expect(dialog.getByRole("button", { name: "Export review" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete it" }).click();
  await expect(page.getByRole("list", { name: "Reviews" }).getByRole("listitem")).toHaveCount(0);
  const undo = page.getByRole("status").getByRole("button", { name: "Undo" });
  await undo.click();
  const row = page.getByRole("listitem", { name: "Deleted by accident", exact: true });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: "Deleted by accident" }).click();
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Words worth keeping");
});

test("a copy of a copy counts on instead of adding “(copy)” again", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Kept");
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  const row = (name) => page.getByRole("listitem", { name, exact: true });
  await row("Kept").getByRole("button", { name: "Duplicate" }).click();
  await expect(row("Kept (copy)")).toBeVisible();
  await row("Kept (copy)").getByRole("button", { name: "Duplicate" }).click();
  await expect(row("Kept (copy 2)")).toBeVisible();
  await row("Kept").getByRole("button", { name: "Duplicate" }).click();
  await expect(row("Kept (copy 3)")).toBeVisible();
  await expect(page.getByRole("list", { name: "Reviews" }).getByRole("listitem")).toHaveCount(4);
});
