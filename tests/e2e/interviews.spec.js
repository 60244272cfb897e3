// Before the meeting: interview plans, each person's point of view, interview notes, and what
// is said off the record staying in the facilitator's review.
import { chromium } from "@playwright/test";
import { test, expect, LAUNCH_ARGS } from "./fixtures.js";
import { download, expectNoViolations, importFile, saved } from "./helpers.js";
import { pathToFileURL } from "node:url";
import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const REVIEW = {
  format: "tunnel-review",
  schema_version: 1,
  app_version: "test",
  revision: 1,
  review: {
    id: "r-int",
    title: "Checkout latency",
    time_zone: "UTC",
    incident_start: "2026-03-14T09:00:00Z",
    incident_end: "2026-03-14T10:30:00Z",
    people: [
      { id: "ana", name: "Ana Souza", role: "incident_commander", present: true },
      { id: "ben", name: "Ben Lee", role: "subject_expert", present: true },
    ],
    moments: [
      { id: "m1", at: "2026-03-14T09:00:00Z", kind: "signal", description: "Checkout error alert fires", people: ["ana"] },
      {
        id: "m2",
        at: "2026-03-14T09:05:00Z",
        kind: "hypothesis",
        description: "Ben looks at the lock graph",
        people: ["ana", "ben"],
        evidence: [
          { id: "e1", kind: "quote", text: "lock waits 40 s", seen: "during_incident" },
          { id: "e2", kind: "note", text: "AFTERWARDS the migration log", seen: "found_afterwards" },
        ],
      },
      { id: "m3", at: "2026-03-14T09:40:00Z", kind: "decision", description: "Rollback decided", people: ["ben"] },
    ],
    session: { phase: "open", walked: [], time_box_minutes: 60 },
  },
};

/** The responder's side: the downloaded worksheet opened from disk in a browser of its own,
 *  filled in by `fill`, and the answers it saves. */
async function answerWorksheet(sheet, fill) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: LAUNCH_ARGS });
  try {
    const sheetPage = await (await browser.newContext({ acceptDownloads: true })).newPage();
    // Saved under its own name, as the responder would keep it.
    const file = `${sheet.path}-${sheet.name}`;
    await copyFile(sheet.path, file);
    await sheetPage.goto(pathToFileURL(file).href);
    await fill(sheetPage);
    return await download(sheetPage, "Save my answers");
  } finally {
    await browser.close();
  }
}

async function openInterviews(page, review = REVIEW) {
  await page.goto("/");
  await page.evaluate((env) => {
    localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env));
    localStorage.setItem(`tunnel:revision:${env.review.id}`, "1");
  }, review);
  await page.goto("about:blank");
  await page.goto("/#/review/r-int");
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Interviews" }).click();
  await expect(page.getByRole("heading", { name: "Interviews", level: 2 })).toBeVisible();
}

test("interviews are planned per person, notes are taken with consent, and off the record stays in the review", async ({ context, page }) => {
  await openInterviews(page);
  const ben = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  await ben.getByRole("combobox", { name: "Interview status" }).selectOption({ label: "Planned" });
  const order = ben.getByRole("spinbutton", { name: "Order" });
  await order.fill("1");
  await order.press("Enter");
  await ben.getByRole("textbox", { name: "Date" }).fill("2026-03-16");
  await ben.getByRole("textbox", { name: "Why this person" }).fill("Ran the migration; may feel blamed.");
  // First in the order now.
  await expect(page.getByRole("list", { name: "Interview order" }).getByRole("region").first()).toHaveAccessibleName(
    "Ben Lee (Subject expert)",
  );

  // A follow-up question goes to his queue for the meeting.
  await ben.getByRole("textbox", { name: "Question for later" }).fill("What did the lock graph tell you then?");
  await ben.getByRole("button", { name: "Add to queue" }).click();
  await expect(ben.getByRole("list", { name: "Questions for Ben Lee" })).toContainText("What did the lock graph tell you then?");

  // His point of view: his moments only, and only what could be seen then.
  await ben.getByRole("button", { name: "Point of view of Ben Lee" }).click();
  const view = ben.getByRole("list", { name: "Point of view of Ben Lee" });
  await expect(view.getByRole("listitem")).toHaveCount(2);
  await expect(view).toContainText("Ben looks at the lock graph");
  await expect(view).toContainText("lock waits 40 s");
  await expect(view).not.toContainText("AFTERWARDS");
  await expect(view).not.toContainText("Checkout error alert fires");

  // Notes only with consent.
  await expect(ben.getByRole("button", { name: "Interview notes at 09:05" })).toHaveCount(0);
  await ben.getByRole("checkbox", { name: "Agreed to notes" }).check();
  await ben.getByRole("button", { name: "Interview notes at 09:05" }).click();
  const first = view.getByRole("listitem").first();
  await first.getByRole("textbox", { name: "Cues" }).fill("ONRECORD the lock graph was climbing");
  await first.getByRole("textbox", { name: "Sensemaking" }).fill("OFFRECORD I thought my migration did it");
  await first.getByRole("checkbox", { name: "Sensemaking: off the record" }).check();
  await expect(first).toContainText("Told in: Interview");
  await saved(page);
  await expectNoViolations(page, "interviews");

  // Kept after a reload, in the facilitator's own export.
  await page.reload();
  const benAgain = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  await expect(benAgain.getByRole("combobox", { name: "Interview status" })).toHaveValue("planned");
  await expect(benAgain.getByRole("spinbutton", { name: "Order" })).toHaveValue("1");
  await expect(benAgain.getByRole("textbox", { name: "Why this person" })).toHaveValue("Ran the migration; may feel blamed.");
  const own = JSON.parse((await download(page, "Export review")).text);
  const account = own.review.accounts.find((a) => a.person === "ben" && a.moment === "m2");
  expect(account.source).toBe("interview");
  expect(account.off_record).toEqual(["believed"]);
  expect(account.believed).toContain("OFFRECORD");
  expect(own.review.people.find((p) => p.id === "ben").interview).toEqual({
    status: "planned",
    why: "Ran the migration; may feel blamed.",
    order: 1,
    date: "2026-03-16",
    consent: true,
  });

  // The shared screen shows what was said on the record, never the rest.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Walk-through" }).click();
  const [presenter] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: "Open presenter view" }).click(),
  ]);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  // The facilitator sees what was said off the record, marked as such.
  await expect(page.getByRole("article", { name: /Ben Lee/ })).toContainText("Off the record: never on the shared screen");
  await page.getByRole("checkbox", { name: "Show this moment's accounts on the shared screen" }).check();
  await expect(presenter.getByRole("region", { name: "Accounts" })).toContainText("ONRECORD", { timeout: 1500 });
  expect(await presenter.locator("body").innerHTML()).not.toContain("OFFRECORD");

  // Every file for others leaves it out, pseudonymised or not.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Report" }).click();
  await expect(page.getByRole("article", { name: "Report preview" })).toContainText("ONRECORD");
  await expect(page.getByRole("article", { name: "Report preview" })).not.toContainText("OFFRECORD");
  for (const button of ["Download Markdown", "Download HTML report", "Download JSON"]) {
    const { text } = await download(page, button);
    expect(text, button).toContain("ONRECORD");
    expect(text, button).not.toContain("OFFRECORD");
  }
  await page.getByRole("checkbox", { name: "Replace names with pseudonyms" }).check();
  const { text } = await download(page, "Download JSON");
  expect(text).not.toContain("OFFRECORD");
  expect(text).not.toContain("Ran the migration");

  // The calibration draft, for the participants: written after the language guard has asked.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Interviews" }).click();
  const benAgain2 = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  await benAgain2.getByRole("button", { name: "Point of view of Ben Lee" }).click();
  await benAgain2.getByRole("button", { name: "Interview notes at 09:05" }).click();
  await benAgain2
    .getByRole("list", { name: "Point of view of Ben Lee" })
    .getByRole("listitem")
    .first()
    .getByRole("textbox", { name: "Goals and trade-offs" })
    .fill("Ana should have paged the database team sooner.");
  await saved(page);
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Report" }).click();
  await page.getByRole("button", { name: "Export calibration draft" }).click();
  const asked = page.getByRole("dialog", { name: "Language notes are still open" });
  await expect(asked).toBeVisible();
  const draft = await download(page, "Write it anyway", asked);
  expect(draft.name).toMatch(/calibration\.html$/);
  expect(draft.text).toContain("Calibration draft: Checkout latency");
  expect(draft.text).toContain("Points of view");
  expect(draft.text).toContain("ONRECORD the lock graph was climbing");
  expect(draft.text).toContain("What is missing?");
  for (const secret of ["OFFRECORD", "Ran the migration", "What did the lock graph tell you then?", "tunnel-review"]) {
    expect(draft.text, secret).not.toContain(secret);
  }
  const markdown = await download(page, "Calibration draft as Markdown");
  expect(markdown.text).toContain("## Points of view");
  expect(markdown.text).not.toContain("OFFRECORD");
});

test("a worksheet opened from disk in a fresh browser comes back as answers that merge into the review", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.accounts = [
    { id: "a-ben", moment: "m2", person: "ben", saw: "the graph, from the interview" },
    { id: "a-ana", moment: "m2", person: "ana", saw: "ANAACCOUNT the alert" },
  ];
  review.review.notes = [{ id: "n1", moment: "m2", kind: "note", text: "FACILITATORNOTE ask Ben" }];
  review.review.questions = [{ id: "q1", person: "ben", text: "Who else was on the call?" }];
  await openInterviews(page, review);
  const ben = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  const sheet = await download(page, "Export worksheet", ben);
  expect(sheet.name).toMatch(/worksheet-ben-lee\.html$/);
  for (const marker of ["ANAACCOUNT", "FACILITATORNOTE", "AFTERWARDS"]) expect(sheet.text).not.toContain(marker);

  // The responder: a fresh browser with a profile of its own on disk, as a person's browser
  // has (a private window's storage for files opened from disk did not always outlive a
  // reload on a busy machine), the file opened from disk, nothing installed.
  const profile = await mkdtemp(join(tmpdir(), "tunnel-responder-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: LAUNCH_ARGS,
    acceptDownloads: true,
  });
  let answers;
  try {
    const problems = [];
    context.on("request", (r) => {
      if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`);
    });
    const sheetPage = await context.newPage();
    sheetPage.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    sheetPage.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // Saved under its own name, as the responder would keep it.
    const file = `${sheet.path}-${sheet.name}`;
    await copyFile(sheet.path, file);
    await sheetPage.goto(pathToFileURL(file).href);
    await expect(sheetPage.getByRole("heading", { name: "Your account: Checkout latency" })).toBeVisible();
    const lockGraph = sheetPage.getByRole("listitem").filter({ hasText: "Ben looks at the lock graph" });
    await expect(lockGraph.getByRole("textbox", { name: /What was in front of you/ })).toHaveValue("the graph, from the interview");
    await lockGraph.getByRole("textbox", { name: /What was in front of you/ }).fill("WORKSHEET the lock graph climbing");
    await lockGraph.getByRole("textbox", { name: /how would you have briefed them/ }).fill("WORKSHEET the migration held a lock");
    const rollback = sheetPage.getByRole("listitem").filter({ hasText: "Rollback decided" });
    await rollback.getByRole("combobox", { name: /Is this moment right/ }).selectOption({ label: "Out of order" });
    await rollback.getByRole("textbox", { name: /What would you correct/ }).fill("it came before the page");
    await sheetPage.getByRole("button", { name: "Add a moment I remember" }).click();
    await sheetPage.getByRole("textbox", { name: /When, as you remember it/ }).fill("09:20");
    await sheetPage.getByRole("textbox", { name: /What happened/ }).fill("I restarted the replica");
    // A second one, removed again: the focus goes to the one before, not to the top.
    await sheetPage.getByRole("button", { name: "Add a moment I remember" }).click();
    await sheetPage.getByRole("button", { name: "Remove remembered moment 2" }).press("Enter");
    await expect(sheetPage.getByRole("button", { name: "Remove remembered moment 1" })).toBeFocused();
    await sheetPage.getByRole("textbox", { name: "Who else was on the call?" }).fill("Dana from payments");
    // Kept as typed: a reload brings everything back.
    await expect(sheetPage.getByRole("status")).toContainText("Kept in this browser");
    await sheetPage.reload();
    await expect(sheetPage.getByRole("textbox", { name: /What happened/ })).toHaveValue("I restarted the replica");
    answers = await download(sheetPage, "Save my answers");
    expect(answers.name).toBe("ben-lee-answers.json");
    // Downloads go with the context: kept where the responder would keep them.
    const kept = join(profile, answers.name);
    await copyFile(answers.path, kept);
    answers = { ...answers, path: kept };
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }

  // The facilitator imports the answers with the usual "Import review".
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, answers.path);
  const dialog = page.getByRole("dialog", { name: "Merge answers" });
  await expect(dialog).toContainText("1 that differ");
  await dialog.getByRole("group", { name: /Cues/ }).getByRole("radio", { name: "Take the worksheet's" }).check();
  await dialog.getByRole("button", { name: "Merge" }).press("Enter");
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  // The merge opened the review: its heading has the focus, not the page's body.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const suggestions = page.getByRole("list", { name: "Suggestions from responders" });
  await expect(suggestions.getByRole("listitem")).toHaveCount(2);
  // Rejected by mistake, a suggestion comes back with Undo.
  await suggestions.getByRole("button", { name: /^Reject: Ben Lee, This is out of order/ }).click();
  await expect(suggestions.getByRole("listitem")).toHaveCount(1);
  await page.getByRole("status").filter({ hasText: "Rejected: Ben Lee" }).getByRole("button", { name: "Undo" }).click();
  await expect(suggestions.getByRole("listitem")).toHaveCount(2);
  await suggestions.getByRole("button", { name: "Accept: Ben Lee, A moment they remember (09:20): \u201cI restarted the replica\u201d" }).press("Enter");
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("I restarted the replica");
  // Each answered suggestion hands the focus on: to the next, then to quick entry.
  const outOfOrder = suggestions.getByRole("button", { name: /^Accept: Ben Lee, This is out of order/ });
  await expect(outOfOrder).toBeFocused();
  await outOfOrder.press("Enter");
  await expect(page.getByRole("list", { name: "Suggestions from responders" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Quick entry time" })).toBeFocused();
  await saved(page);

  // The account is in the walk-through and in the report.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Walk-through" }).click();
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  const benAccount = page.getByRole("article", { name: /Ben Lee/ });
  await expect(benAccount.getByRole("textbox", { name: "Cues" })).toHaveValue("WORKSHEET the lock graph climbing");
  await expect(benAccount.getByRole("textbox", { name: "Sensemaking" })).toHaveValue("WORKSHEET the migration held a lock");
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Report" }).click();
  await expect(page.getByRole("article", { name: "Report preview" })).toContainText("WORKSHEET the migration held a lock");
  await saved(page);

  // The same answers again change nothing; answers for a review not here are refused.
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, answers.path);
  const refused = page.getByRole("dialog", { name: "The file could not be imported" });
  await expect(refused).toContainText("already merged");
  await refused.getByRole("button", { name: "OK" }).press("Enter");
  await expect(page.getByRole("button", { name: "Import review" })).toBeFocused();

  // A later save of the same worksheet holds everything typed so far: what was accepted is
  // not suggested again.
  const later = JSON.parse(answers.text);
  later.saved_at = "2099-01-01T00:00:00.000Z";
  const laterPath = answers.path + "-later.json";
  await writeFile(laterPath, JSON.stringify(later));
  await importFile(page, laterPath);
  await page.getByRole("dialog", { name: "Merge answers" }).getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("I restarted the replica")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Suggestions from responders" })).toHaveCount(0);
  await page.getByRole("link", { name: "All reviews" }).click();

  const exported = JSON.parse(answers.text);
  exported.review = "r-elsewhere";
  exported.title = "Another incident";
  const elsewhere = answers.path + "-elsewhere.json";
  await writeFile(elsewhere, JSON.stringify(exported));
  await importFile(page, elsewhere);
  await expect(page.getByRole("dialog", { name: "The file could not be imported" })).toContainText(
    "a review that is not in this browser",
  );
  await page.getByRole("dialog", { name: "The file could not be imported" }).getByRole("button", { name: "OK" }).click();

  // Answers of someone removed and added again (a new id): the facilitator says whose they are.
  const readded = JSON.parse(answers.text);
  readded.person = "ben-before";
  readded.saved_at = "2099-02-01T00:00:00.000Z";
  const readdedPath = answers.path + "-readded.json";
  await writeFile(readdedPath, JSON.stringify(readded));
  await importFile(page, readdedPath);
  const whose = page.getByRole("dialog", { name: "Whose answers are these?" });
  await expect(whose).toContainText("no longer in");
  // The file is named, and nobody is chosen for the facilitator: merging waits for a choice.
  await expect(whose).toContainText(readdedPath.split("/").pop());
  await expect(whose.getByRole("combobox", { name: "Their answers are from" })).toHaveValue("");
  await expect(whose.getByRole("button", { name: "Merge as theirs" })).toBeDisabled();
  await whose.getByRole("combobox", { name: "Their answers are from" }).selectOption({ label: "Ben Lee" });
  await whose.getByRole("button", { name: "Merge as theirs" }).click();
  await expect(page.getByRole("dialog", { name: "Merge answers" })).toContainText("Ben Lee's answers");
});

test("an earlier answer cleared in the worksheet comes back taken back, and the facilitator chooses", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.accounts = [{ id: "a-ben", moment: "m2", person: "ben", saw: "the graph, from the interview" }];
  await openInterviews(page, review);
  const sheet = await download(page, "Export worksheet", page.getByRole("region", { name: "Ben Lee (Subject expert)" }));
  const answers = await answerWorksheet(sheet, async (sheetPage) => {
    const cues = sheetPage.getByRole("listitem").filter({ hasText: "Ben looks at the lock graph" }).getByRole("textbox", { name: /What was in front of you/ });
    await expect(cues).toHaveValue("the graph, from the interview");
    await cues.fill("");
  });
  expect(Object.values(JSON.parse(answers.text).values)).toEqual([""]);
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, answers.path);
  const dialog = page.getByRole("dialog", { name: "Merge answers" });
  const group = dialog.getByRole("group", { name: /Cues/ });
  await expect(group).toContainText("cleared: they took this answer back");
  // Kept unless the facilitator chooses to clear it.
  await expect(group.getByRole("radio", { name: "Keep the review's" })).toBeChecked();
  await expect(group.getByRole("radio", { name: "Keep both" })).toHaveCount(0);
  await group.getByRole("radio", { name: "Clear it, as the worksheet did" }).check();
  await dialog.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  expect(exported.review.accounts.find((a) => a.id === "a-ben").saw ?? "").toBe("");
});

test("without the incident's end, the screen warns that worksheets show what came after it", async ({ page }) => {
  const open = structuredClone(REVIEW);
  delete open.review.incident_end;
  await openInterviews(page, open);
  const warning = page.getByRole("note").filter({ hasText: "The incident\u2019s end is not set" });
  await expect(warning).toBeVisible();
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Setup" }).click();
  await page.getByRole("textbox", { name: "Incident end date" }).fill("2026-03-14");
  await page.getByRole("textbox", { name: "Incident end date" }).press("Tab");
  await page.getByRole("textbox", { name: "Incident end time" }).fill("10:30");
  await page.getByRole("textbox", { name: "Incident end time" }).press("Tab");
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Interviews" }).click();
  await expect(page.getByRole("heading", { name: "Interviews", level: 2 })).toBeVisible();
  await expect(warning).toHaveCount(0);
});

test("an answer sent in one save and cleared before the next comes back taken back", async ({ page }) => {
  await openInterviews(page);
  const sheet = await download(page, "Export worksheet", page.getByRole("region", { name: "Ben Lee (Subject expert)" }));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: LAUNCH_ARGS });
  let first;
  let second;
  try {
    const sheetPage = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const file = `${sheet.path}-${sheet.name}`;
    await copyFile(sheet.path, file);
    await sheetPage.goto(pathToFileURL(file).href);
    const cues = sheetPage.getByRole("listitem").filter({ hasText: "Ben looks at the lock graph" }).getByRole("textbox", { name: /What was in front of you/ });
    await cues.fill("REGRET the graph I misread");
    first = await download(sheetPage, "Save my answers");
    // Later, in the same browser (after a reload, as a responder comes back to it).
    await sheetPage.reload();
    await expect(cues).toHaveValue("REGRET the graph I misread");
    await cues.fill("");
    second = await download(sheetPage, "Save my answers");
  } finally {
    await browser.close();
  }
  expect(Object.values(JSON.parse(second.text).values)).toEqual([""]);
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, first.path);
  await page.getByRole("dialog", { name: "Merge answers" }).getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, second.path);
  const dialog = page.getByRole("dialog", { name: "Merge answers" });
  await expect(dialog.getByRole("group", { name: /Cues/ })).toContainText("cleared: they took this answer back");
});

test("a co-facilitator's copy of the review merges in: additions kept, a field written twice chosen", async ({ page }) => {
  await openInterviews(page);
  await saved(page);
  const copy = JSON.parse((await download(page, "Export review")).text);
  copy.review.title = "Checkout latency, second look";
  copy.review.summary = "Written by the co-facilitator";
  copy.review.moments.push({ id: "m9", at: "2026-03-14T09:50:00Z", kind: "action", description: "COPY rollback finished", people: ["ben"] });
  const file = join(await mkdtemp(join(tmpdir(), "tunnel-copy-")), "copy.tunnel.json");
  await writeFile(file, JSON.stringify(copy));
  // Meanwhile, here: the title changed too.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Setup" }).click();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Checkout latency (draft)");
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  // Left with Escape, the second dialog gives the focus back to what opened the first.
  await importFile(page, file);
  await page.getByRole("dialog", { name: "This review is already in this browser" }).getByRole("button", { name: "Merge the two" }).press("Enter");
  await page.getByRole("dialog", { name: "Merge the two copies" }).press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import review" })).toBeFocused();
  await importFile(page, file);
  await page.getByRole("dialog", { name: "This review is already in this browser" }).getByRole("button", { name: "Merge the two" }).click();
  const dialog = page.getByRole("dialog", { name: "Merge the two copies" });
  await expect(dialog).toContainText("The file adds 1 moment");
  await expect(dialog).toContainText("fills in 1 field");
  await dialog.getByRole("group", { name: /Title/ }).getByRole("radio", { name: "Take the file's" }).check();
  await dialog.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Checkout latency, second look");
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Written by the co-facilitator");
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("COPY rollback finished");
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Ben looks at the lock graph");
});

test("an interview order that cannot be read is said, and the order stays", async ({ page }) => {
  await openInterviews(page);
  const ben = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  const order = ben.getByRole("spinbutton", { name: "Order" });
  await order.fill("2");
  await order.press("Tab");
  await order.fill("1.5");
  await order.press("Tab");
  await expect(ben).toContainText("Enter a whole number from 1, or leave it empty; the order stays as it was.");
  // Marked as wrong, and named by its label alone; the message describes it.
  await expect(ben.getByRole("spinbutton", { name: "Order", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(order).toHaveAccessibleDescription("Enter a whole number from 1, or leave it empty; the order stays as it was.");
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  expect(exported.review.people.find((p) => p.id === "ben").interview.order).toBe(2);
  await order.fill("3");
  await order.press("Tab");
  await expect(ben).not.toContainText("Enter a whole number");
  await expect(order).not.toHaveAttribute("aria-invalid", "true");
});

test("answers from a pseudonymised worksheet name whom the worksheet named, whoever left since", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.people = [
    { id: "ana", name: "Ana Souza", role: "incident_commander", present: true },
    { id: "cara", name: "Cara Diaz", role: "subject_expert", present: true },
    { id: "dev", name: "Dev Rao", role: "subject_expert", present: true },
    { id: "ben", name: "Ben Lee", role: "responder", present: true },
  ];
  review.review.moments[1].people = ["ana", "ben"];
  await openInterviews(page, review);
  await page.getByRole("checkbox", { name: "Worksheets use pseudonyms for everyone else" }).check();
  const sheet = await download(page, "Export worksheet", page.getByRole("region", { name: "Ben Lee (Responder)" }));
  expect(sheet.text).not.toContain("Cara Diaz");

  const answers = await answerWorksheet(sheet, async (sheetPage) => {
    await sheetPage
      .getByRole("listitem")
      .filter({ hasText: "looks at the lock graph" })
      .getByRole("textbox", { name: /What was in front of you/ })
      .fill("Subject expert A showed me the graph, Subject expert B agreed");
  });

  // Cara (the first subject expert when the worksheet was made) leaves the review.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Setup" }).click();
  await page.getByRole("button", { name: "Remove Cara Diaz" }).click();
  await saved(page);
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, answers.path);
  const dialog = page.getByRole("dialog", { name: "Merge answers" });
  await expect(dialog).toContainText("Subject expert A is no longer in the review");
  await dialog.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Report" }).click();
  const report = page.getByRole("article", { name: "Report preview" });
  await expect(report).toContainText("Subject expert A showed me the graph, Dev Rao agreed");
});

test("the report's JSON imported back is a review of its own, never offered to replace the full one", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.notes = [{ id: "n1", moment: "m2", kind: "note", text: "FACILITATORNOTE ask Ben" }];
  review.review.questions = [{ id: "q1", person: "ben", text: "Who else was on the call?" }];
  await openInterviews(page, review);
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Report" }).click();
  const shared = await download(page, "Download JSON");
  expect(shared.name).toBe("2026-03-14-checkout-latency.shared.tunnel.json");
  expect(shared.text).not.toContain("FACILITATORNOTE");
  await page.getByRole("link", { name: "All reviews" }).click();
  await importFile(page, shared.path);
  await expect(page.getByRole("status").filter({ hasText: "It is a copy made for others" })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "This review is already in this browser" })).toHaveCount(0);
  // The full review is still there, notes and all.
  await page.getByRole("link", { name: "All reviews" }).click();
  await expect(page.getByRole("link", { name: "Checkout latency" })).toHaveCount(2);
  const stored = await page.evaluate(() => localStorage.getItem("tunnel:review:r-int"));
  expect(stored).not.toBeNull();
});

test("consent withdrawn: the notes go off the record, stay at hand, and Undo gives consent back", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.people[1].interview = { status: "done", consent: true };
  review.review.accounts = [{ id: "a-ben", moment: "m2", person: "ben", source: "interview", saw: "INTERVIEWNOTE the lock graph" }];
  await openInterviews(page, review);
  const ben = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  await ben.getByRole("checkbox", { name: "Agreed to notes" }).uncheck();
  await expect(
    page.getByRole("status").filter({ hasText: "Ben Lee no longer agrees to notes" }),
  ).toContainText("what the interview notes say at 1 moment is now off the record.");
  // Still at hand for the facilitator, marked off the record.
  await ben.getByRole("button", { name: "Point of view of Ben Lee" }).click();
  await ben.getByRole("button", { name: "Interview notes at 09:05" }).click();
  await expect(ben.getByRole("textbox", { name: "Cues" })).toHaveValue("INTERVIEWNOTE the lock graph");
  await expect(ben.getByRole("checkbox", { name: "Cues: off the record" })).toBeChecked();
  // Written without consent, a new answer is off the record at once.
  await ben.getByRole("textbox", { name: "Goals and trade-offs" }).fill("NEWNOTE keep checkout up");
  await expect(ben.getByRole("checkbox", { name: "Goals and trade-offs: off the record" })).toBeChecked();
  await saved(page);
  // No longer in anything for others.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Report" }).click();
  await expect(page.getByRole("article", { name: "Report preview" })).toContainText("Ben looks at the lock graph");
  await expect(page.getByRole("article", { name: "Report preview" })).not.toContainText("INTERVIEWNOTE");
  await expect(page.getByRole("article", { name: "Report preview" })).not.toContainText("NEWNOTE");
  // Consent given again and withdrawn again, then undone: the notes back on the record.
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Interviews" }).click();
  const benAgain = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  await benAgain.getByRole("checkbox", { name: "Agreed to notes" }).check();
  await benAgain.getByRole("button", { name: "Point of view of Ben Lee" }).click();
  await benAgain.getByRole("button", { name: "Interview notes at 09:05" }).click();
  await benAgain.getByRole("checkbox", { name: "Cues: off the record" }).uncheck();
  await benAgain.getByRole("checkbox", { name: "Agreed to notes" }).uncheck();
  await expect(benAgain.getByRole("checkbox", { name: "Cues: off the record" })).toBeChecked();
  await page.getByRole("status").filter({ hasText: "no longer agrees to notes" }).getByRole("button", { name: "Undo" }).click();
  await expect(benAgain.getByRole("checkbox", { name: "Agreed to notes" })).toBeChecked();
  await expect(benAgain.getByRole("checkbox", { name: "Cues: off the record" })).not.toBeChecked();
});

test("the focus stays where the person was when a card moves or a question is marked asked", async ({ page }) => {
  await openInterviews(page);
  const ben = page.getByRole("region", { name: "Ben Lee (Subject expert)" });
  // The card moves to the top of the order: its field keeps the focus.
  const order = ben.getByRole("spinbutton", { name: "Order" });
  await order.fill("1");
  await order.press("Enter");
  await expect(page.getByRole("list", { name: "Interview order" }).getByRole("region").first()).toHaveAccessibleName("Ben Lee (Subject expert)");
  await expect(order).toBeFocused();
  // Marked asked, a question leaves: the focus goes to the next one, then to the field.
  const draft = ben.getByRole("textbox", { name: "Question for later" });
  for (const question of ["Who else was on the call?", "What did the graph show?"]) {
    await draft.fill(question);
    await draft.press("Enter");
  }
  await ben.getByRole("button", { name: "Asked: Who else was on the call?" }).press("Enter");
  await expect(ben.getByRole("button", { name: "Asked: What did the graph show?" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(ben.getByRole("button", { name: /^Asked:/ })).toHaveCount(0);
  await expect(draft).toBeFocused();
  // A press by mistake is undone.
  await page.getByRole("status").filter({ hasText: "Marked asked" }).getByRole("button", { name: "Undo" }).click();
  await expect(ben.getByRole("button", { name: "Asked: What did the graph show?" })).toBeVisible();
  // A question is changed in place: Enter keeps the change, Escape puts it back.
  await ben.getByRole("button", { name: "Edit: What did the graph show?" }).click();
  const editing = ben.getByRole("textbox", { name: "Question", exact: true });
  await expect(editing).toBeFocused();
  await editing.fill("What did the lock graph show?");
  await editing.press("Enter");
  await expect(ben.getByRole("button", { name: "Edit: What did the lock graph show?" })).toBeFocused();
  await page.keyboard.press("Enter");
  await editing.fill("Something else");
  await editing.press("Escape");
  await expect(ben.getByRole("button", { name: "Edit: What did the lock graph show?" })).toBeFocused();
  // Removed, with Undo.
  await ben.getByRole("button", { name: "Remove: What did the lock graph show?" }).press("Enter");
  await expect(ben.getByRole("button", { name: /^Asked:/ })).toHaveCount(0);
  await expect(draft).toBeFocused();
  await page.getByRole("status").filter({ hasText: "Removed the question" }).getByRole("button", { name: "Undo" }).click();
  await expect(ben.getByRole("button", { name: "Asked: What did the lock graph show?" })).toBeVisible();
  // A question half typed survives a reload.
  await draft.fill("Who paged you");
  await page.reload();
  await expect(page.getByRole("region", { name: "Ben Lee (Subject expert)" }).getByRole("textbox", { name: "Question for later" })).toHaveValue("Who paged you");
});

test("pseudonyms chosen for worksheets and for the report stay chosen across screens and reloads", async ({ page }) => {
  await openInterviews(page);
  const tab = (name) => page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name }).click();
  const worksheets = page.getByRole("checkbox", { name: "Worksheets use pseudonyms for everyone else" });
  await worksheets.check();
  await tab("Timeline");
  await tab("Interviews");
  await expect(worksheets).toBeChecked();
  await page.reload();
  await expect(worksheets).toBeChecked();
  await tab("Report");
  const report = page.getByRole("checkbox", { name: "Replace names with pseudonyms" });
  await report.check();
  await tab("Timeline");
  await tab("Report");
  await expect(report).toBeChecked();
  await report.uncheck();
  await page.reload();
  await expect(report).not.toBeChecked();
});
