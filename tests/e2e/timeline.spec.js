// Timeline reconstruction: fast keyboard entry, imports from what responders left behind,
// filters, gaps and evidence.
import { test, expect } from "./fixtures.js";
import {
  openLibrary,
  createReview,
  addPerson,
  openTab,
  addMoment,
  timelineItems,
  download,
  saved,
  expectNoViolations,
} from "./helpers.js";
import { readFile, writeFile, mkdtemp, mkdir, copyFile, open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

async function newReviewOnTimeline(page, title, zone = "Europe/Berlin") {
  await openLibrary(page);
  await createReview(page, title);
  const zoneBox = page.getByRole("combobox", { name: "Display time zone" });
  await zoneBox.fill(zone);
  await zoneBox.press("Enter");
  await saved(page);
  await openTab(page, "Timeline");
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
}

async function pasteTranscript(page, text, date) {
  await page.getByRole("button", { name: "Paste transcript" }).click();
  const dialog = page.getByRole("dialog", { name: "Paste transcript" });
  await dialog.getByRole("textbox", { name: "Transcript" }).fill(text);
  await dialog.getByLabel("Date of the first message").fill(date);
  await dialog.getByRole("button", { name: "Preview" }).click();
  return page.getByRole("dialog", { name: /^Preview of/ });
}

test("a long preview shows its lines a page at a time, and a line's choices stay as more are shown", async ({ page }) => {
  await newReviewOnTimeline(page, "A long chat");
  const text = Array.from({ length: 450 }, (_, i) => `${String(9 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")} Ana: line ${i}`).join("\n");
  const preview = await pasteTranscript(page, text, "2026-03-14");
  const lines = preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem");
  await expect(lines).toHaveCount(200);
  await expect(lines.last()).toContainText("line 199");
  await preview.getByRole("combobox", { name: "Kind of 09:00 Ana: line 0" }).selectOption("decision");
  await preview.getByRole("checkbox", { name: "09:01 Ana: line 1" }).uncheck();
  await preview.getByRole("button", { name: "Show 200 more" }).click();
  await expect(lines).toHaveCount(400);
  await preview.getByRole("button", { name: "Show 50 more" }).click();
  await expect(lines).toHaveCount(450);
  await expect(lines.last()).toContainText("line 449");
  await expect(preview.getByRole("button", { name: /^Show \d+ more$/ })).toHaveCount(0);
  // The rows drawn first kept what was chosen on them.
  await expect(preview.getByRole("combobox", { name: "Kind of 09:00 Ana: line 0" })).toHaveValue("decision");
  await expect(preview.getByRole("checkbox", { name: "09:01 Ana: line 1" })).not.toBeChecked();
  await expect(preview.getByText("449 of 450 selected")).toBeVisible();
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 449 moments" })).toBeVisible();
  await expect(timelineItems(page)).toHaveCount(449);
  await expect(timelineItems(page).first()).toContainText("Decision");
});

test("a zone's name after a time is not part of the name, and the preview says it was not read", async ({ page }) => {
  await newReviewOnTimeline(page, "Zones in the chat");
  const preview = await pasteTranscript(page, "09:43 PST ben: rolled back\n09:44 PST ben: errors falling", "2026-03-14");
  await expect(preview.getByRole("checkbox", { name: "09:43 ben: rolled back" })).toBeChecked();
  await expect(preview).toContainText("Times written with PST (2 lines, from line 1) are read in the review's time zone");
  await expect(preview.getByRole("combobox", { name: "\u201cPST ben\u201d is" })).toHaveCount(0);
});

test("a pasted 30-line transcript becomes 28 kept moments, in order, across midnight", async ({ page }) => {
  await newReviewOnTimeline(page, "Late-night checkout latency");
  const transcript = await readFile("tests/fixtures/transcripts/late-night-30.txt", "utf8");
  const preview = await pasteTranscript(page, transcript, "2026-03-14");
  const lines = preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem");
  await expect(lines).toHaveCount(30);
  await expect(preview.getByText("30 of 30 selected")).toBeVisible();
  // Every recognised line starts selected; keep 28 of them.
  await preview.getByRole("checkbox", { name: /has joined the channel/ }).uncheck();
  await preview.getByRole("checkbox", { name: /sorry, wrong window/ }).uncheck();
  await expect(preview.getByText("28 of 30 selected")).toBeVisible();
  await expect(preview.getByRole("combobox", { name: "\u201cPriya Natarajan\u201d is" })).toHaveValue("new");
  await preview.getByRole("button", { name: "Add selected moments" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Added 28 moments and 3 new people" })).toBeVisible();
  const items = timelineItems(page);
  await expect(items).toHaveCount(28);
  // Berlin is UTC+1 in March; the review spans two days, so dates are shown.
  await expect(items.first()).toContainText("Sat 14 Mar 2026, 23:31");
  await expect(items.first()).toContainText("PagerDuty just paged me");
  await expect(items.nth(6)).toContainText("23:40");
  await expect(items.last()).toContainText("Sun 15 Mar 2026, 00:20");
  await expect(items.last()).toContainText("resolving the incident");
  const times = await items.locator("time").allTextContents();
  expect(times).toEqual([...times].sort());
  await openTab(page, "Setup");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(3);
});

test("a paste is taken back in one step with Undo, the people it added with it", async ({ page }) => {
  await newReviewOnTimeline(page, "A wrong paste");
  const transcript = await readFile("tests/fixtures/transcripts/late-night-30.txt", "utf8");
  const preview = await pasteTranscript(page, transcript, "2026-03-14");
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  const added = page.getByRole("status").filter({ hasText: "Added 30 moments and 3 new people" });
  await expect(added).toBeVisible();
  await expect(timelineItems(page)).toHaveCount(30);
  await added.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Took back the 30 imported moments." })).toBeVisible();
  await expect(timelineItems(page)).toHaveCount(0);
  await openTab(page, "Setup");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(0);
});

test("a Slack copy with names on their own lines and date lines, and a facilitator's approximate notes", async ({ page }) => {
  await newReviewOnTimeline(page, "Weekend queue backlog", "UTC");
  const copied = [
    "Saturday, March 14th",
    "Priya Natarajan",
    "  11:58 PM",
    "queue depth is climbing",
    "Sunday, March 15th",
    "Tom Becker",
    "  12:04 AM",
    "draining by hand",
    "12:05",
    "done",
    "~12:30 AM everyone agrees it is over",
  ].join("\n");
  const preview = await pasteTranscript(page, copied, "2026-01-01");
  await expect(preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem")).toHaveCount(4);
  await expect(preview.getByRole("combobox", { name: "\u201cPriya Natarajan\u201d is" })).toHaveValue("new");
  await expect(preview.getByRole("combobox", { name: "\u201cTom Becker\u201d is" })).toHaveValue("new");
  await preview.getByRole("button", { name: "Add selected moments" }).click();

  const items = timelineItems(page);
  await expect(items).toHaveCount(4);
  // The date lines, not the anchor, give the days.
  await expect(items.first()).toContainText("Sat 14 Mar 2026, 23:58");
  await expect(items.first()).toContainText("queue depth is climbing");
  await expect(items.nth(1)).toContainText("Sun 15 Mar 2026, 00:04");
  await expect(items.nth(2)).toContainText("done");
  await expect(items.last()).toContainText("about");
  await expect(items.last()).toContainText("00:30");
  await openTab(page, "Setup");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(2);
});

test("a day of a Slack export picked twice (the channel exported into two folders) is offered once", async ({ page }) => {
  await newReviewOnTimeline(page, "Slack picked twice", "UTC");
  await page.getByRole("button", { name: "Import Slack export" }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import Slack export" }).getByRole("button", { name: "Choose files" }).click(),
  ]);
  const day = await readFile("tests/fixtures/slack/incidents/2026-03-14.json");
  const users = await readFile("tests/fixtures/slack/users.json");
  await chooser.setFiles([
    { name: "2026-03-14.json", mimeType: "application/json", buffer: day },
    { name: "2026-03-14.json", mimeType: "application/json", buffer: day },
    { name: "users.json", mimeType: "application/json", buffer: users },
  ]);
  const preview = page.getByRole("dialog", { name: "Preview of the Slack export" });
  // The day holds 7 messages: each comes twice, the second time unticked and marked.
  await expect(preview.getByText("14 moments found, 0 lines skipped. Every new line starts selected", { exact: false })).toBeVisible();
  await expect(preview.getByText("7 repeat a line above, at the same time, from the same sender, with the same words, and start unticked.", { exact: false })).toBeVisible();
  await expect(preview.getByText("7 of 14 selected")).toBeVisible();
  await expect(preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem")).toHaveCount(14);
  await expect(preview.getByText("repeats a line above", { exact: true })).toHaveCount(7);
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(7);
});

test("a Slack export picked as a folder: one channel is read at once; of several, the channel and its days are chosen", async ({ page }) => {
  await newReviewOnTimeline(page, "Slack folder", "UTC");
  const pickFolder = async (folder) => {
    await page.getByRole("button", { name: "Import Slack export" }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("dialog", { name: "Import Slack export" }).getByRole("button", { name: "Choose the export's folder" }).click(),
    ]);
    await chooser.setFiles(folder);
  };
  // The fixture's export: users.json beside one channel's folder, read with names at once.
  await pickFolder("tests/fixtures/slack");
  const preview = page.getByRole("dialog", { name: "Preview of the Slack export" });
  await expect(preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem")).toHaveCount(9);
  await expect(preview.getByRole("list", { name: "Moments to add" })).toContainText("Priya Natarajan");
  await preview.getByRole("button", { name: "Cancel" }).click();

  // A whole export: two channels, the lists at its top, something else left in it.
  const root = await mkdtemp(join(tmpdir(), "tunnel-slack-"));
  const exported = join(root, "Acme Slack export");
  await mkdir(join(exported, "incidents"), { recursive: true });
  await mkdir(join(exported, "general"), { recursive: true });
  await copyFile("tests/fixtures/slack/users.json", join(exported, "users.json"));
  for (const day of ["2026-03-14", "2026-03-15"]) {
    await copyFile(`tests/fixtures/slack/incidents/${day}.json`, join(exported, "incidents", `${day}.json`));
  }
  await writeFile(join(exported, "general", "2026-03-10.json"), JSON.stringify([{ type: "message", ts: "1773137000.000100", user: "U01PRIYA", text: "lunch anyone?" }]));
  await writeFile(join(exported, "README.txt"), "exported for the review");
  await pickFolder(exported);
  const choose = page.getByRole("dialog", { name: "Import Slack export" });
  const channel = choose.getByRole("combobox", { name: "Channel" });
  await expect(channel.getByRole("option")).toHaveText(["#general (1 day, 2026-03-10)", "#incidents (2 days, 2026-03-14 to 2026-03-15)"]);
  await channel.selectOption({ label: "#incidents (2 days, 2026-03-14 to 2026-03-15)" });
  const first = choose.getByRole("textbox", { name: "First day", exact: true });
  const last = choose.getByRole("textbox", { name: "Last day", exact: true });
  await expect(first).toHaveValue("2026-03-14");
  await expect(last).toHaveValue("2026-03-15");
  // Days the channel has none of are said so, and nothing is read.
  await first.fill("2026-03-20");
  await last.fill("2026-03-21");
  await choose.getByRole("button", { name: "Read these days" }).click();
  await expect(choose.getByRole("status")).toHaveText("#incidents has no day file from 2026-03-20 to 2026-03-21: its days are 2026-03-14 to 2026-03-15.");
  await last.fill("2026-03-14");
  await choose.getByRole("button", { name: "Read these days" }).click();
  await expect(choose.getByRole("status")).toHaveText("The first day, 2026-03-20, is after the last, 2026-03-14.");
  await first.fill("2026-03-14");
  await last.fill("2026-03-14");
  await choose.getByRole("button", { name: "Read these days" }).click();
  // The 14th alone (7 messages), names from the export's users.json, nothing of #general.
  const items = preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem");
  await expect(items).toHaveCount(7);
  await expect(preview.getByRole("list", { name: "Moments to add" })).toContainText("Priya Natarajan");
  await expect(preview.getByRole("list", { name: "Moments to add" })).not.toContainText("lunch anyone");
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(7);

  // A folder with no day files is refused with what to choose instead.
  const empty = join(root, "photos");
  await mkdir(empty);
  await writeFile(join(empty, "cat.json"), "{}");
  await pickFolder(empty);
  const refused = page.getByRole("dialog", { name: "The file could not be read" });
  await expect(refused).toContainText("\u201cphotos\u201d holds no Slack day files");
  await refused.getByRole("button", { name: "Cancel" }).click();
  await expect(timelineItems(page)).toHaveCount(7);
});

test("a Slack export of two day files imports with names, and noise can be left out", async ({ page }) => {
  await newReviewOnTimeline(page, "Slack import", "UTC");
  await page.getByRole("button", { name: "Import Slack export" }).click();
  const choose = page.getByRole("dialog", { name: "Import Slack export" });
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    choose.getByRole("button", { name: "Choose files" }).click(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([
    "tests/fixtures/slack/incidents/2026-03-15.json",
    "tests/fixtures/slack/incidents/2026-03-14.json",
    "tests/fixtures/slack/users.json",
  ]);
  const preview = page.getByRole("dialog", { name: "Preview of the Slack export" });
  await expect(preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem")).toHaveCount(9);
  await preview.getByRole("button", { name: "Leave out joins, leaves and bots" }).click();
  await expect(preview.getByText("6 of 9 selected")).toBeVisible();
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  const items = timelineItems(page);
  await expect(items).toHaveCount(6);
  await expect(items.first()).toContainText("23:12");
  await expect(items.first()).toContainText("p99 at 4s");
  await expect(items.first()).toContainText("Priya Natarajan");
  await expect(items.nth(2)).toContainText("left a lock behind & we lost an hour");
  await expect(items.last()).toContainText("Sun 15 Mar 2026, 00:03");

  // The same export again: what the timeline holds starts unticked, and is marked.
  await page.getByRole("button", { name: "Import Slack export" }).click();
  const [again] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import Slack export" }).getByRole("button", { name: "Choose files" }).click(),
  ]);
  await again.setFiles(["tests/fixtures/slack/incidents/2026-03-15.json", "tests/fixtures/slack/incidents/2026-03-14.json", "tests/fixtures/slack/users.json"]);
  await expect(preview.getByText("6 are already on the timeline, at the same time with the same words, and start unticked.")).toBeVisible();
  await expect(preview.getByText("3 of 9 selected")).toBeVisible();
  await expect(preview.getByText("already on the timeline", { exact: true })).toHaveCount(6);
  await preview.getByRole("button", { name: "Leave out joins, leaves and bots" }).click();
  await expect(preview.getByText("0 of 9 selected")).toBeVisible();

  // A zip, as Slack sends the export, is named before it is read.
  await preview.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Import Slack export" }).click();
  const [zip] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import Slack export" }).getByRole("button", { name: "Choose files" }).click(),
  ]);
  await zip.setFiles({ name: "slack-export.zip", mimeType: "application/zip", buffer: Buffer.from("PK\u0003\u0004") });
  const refused = page.getByRole("dialog", { name: "The file could not be read" });
  await expect(refused).toContainText("\u201cslack-export.zip\u201d is an archive. Unpack the Slack export first");
  await refused.getByRole("button", { name: "Cancel" }).click();
  await expect(items).toHaveCount(6);

  // A JSON file of another kind: said plainly, with why.
  await page.getByRole("button", { name: "Import Slack export" }).click();
  const [other] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import Slack export" }).getByRole("button", { name: "Choose files" }).click(),
  ]);
  await other.setFiles({ name: "settings.json", mimeType: "application/json", buffer: Buffer.from('{"not": "slack"}') });
  await expect(preview).toContainText("No moment could be read from what was given");
  await expect(preview.getByRole("list", { name: "Skipped lines" })).toContainText("not a Slack day file");
  await expect(preview.getByRole("list", { name: "Skipped lines" })).toBeVisible();
  await preview.getByRole("button", { name: "Cancel" }).click();
  await expect(items).toHaveCount(6);
});

test("a Slack user's display name finds the person the review knows, asking when it is only a part", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Slack display names");
  // The review knows her as "Priya N"; Slack's real name is "Priya Natarajan", her display
  // name "priya". Tom Becker is new to the review.
  await addPerson(page, "Priya N");
  await saved(page);
  await openTab(page, "Timeline");
  await page.getByRole("button", { name: "Import Slack export" }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import Slack export" }).getByRole("button", { name: "Choose files" }).click(),
  ]);
  await chooser.setFiles([
    "tests/fixtures/slack/incidents/2026-03-14.json",
    "tests/fixtures/slack/incidents/2026-03-15.json",
    "tests/fixtures/slack/users.json",
  ]);
  const preview = page.getByRole("dialog", { name: "Preview of the Slack export" });
  // Her display name fits "Priya N" only by first name, while her real name says more: asked,
  // with her as the one who fits, and adding waits for the answer.
  const priya = preview.getByRole("combobox", { name: "\u201cPriya Natarajan\u201d is" });
  await expect(priya.locator("option:checked")).toHaveText("Who is this? 1 person fits");
  await expect(preview.getByText("Also called priya in the export")).toBeVisible();
  await expect(preview.getByRole("button", { name: "Add selected moments" })).toBeDisabled();
  await priya.selectOption({ label: "Priya N" });
  await expect(preview.getByRole("combobox", { name: "\u201cTom Becker\u201d is" }).locator("option:checked")).toHaveText(
    "A new person",
  );
  await preview.getByRole("button", { name: "Leave out joins, leaves and bots" }).click();
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page).first()).toContainText("Priya N");
  await openTab(page, "Setup");
  const people = page.getByRole("list", { name: "People" }).getByRole("listitem");
  // Nobody for PagerDuty, whose lines were left out.
  await expect(people).toHaveCount(3);
  await expect(people.nth(0).getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Priya N");
  // The answer is kept, so that the next export finds her unasked.
  await expect(people.nth(0).getByRole("textbox", { name: "Chat names" })).toHaveValue("Priya Natarajan");
  await expect(people.nth(1).getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Tom Becker");
  await expect(people.nth(2).getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Lena Okafor");
  // "tomb" and "tom" find Tom Becker by his name already: no chat name is added.
  await expect(people.nth(1).getByRole("textbox", { name: "Chat names" })).toHaveValue("");
});

test("a CSV export imported into a new review gives the same timeline", async ({ page }) => {
  await newReviewOnTimeline(page, "CSV source");
  await page.getByRole("button", { name: "Paste transcript" }).click();
  await page.getByRole("dialog").getByRole("textbox", { name: "Transcript" }).fill(
    '09:00 Ana Souza: deploy of "checkout", v2\n09:05 Ben: alert, p99 > 2s\n   second line\n10:10 Ana Souza: =SUM(1,2) rolled back',
  );
  await page.getByRole("dialog").getByLabel("Date of the first message").fill("2026-03-14");
  await page.getByRole("dialog").getByRole("button", { name: "Preview" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(3);
  const first = timelineItems(page).first();
  await first.getByRole("button", { name: "Edit" }).click();
  await first.getByRole("combobox", { name: "Kind" }).selectOption("action");
  await first.getByRole("checkbox", { name: "Decision point or pivot" }).check();
  await first.getByRole("button", { name: "Add evidence" }).click();
  await first.getByRole("combobox", { name: "Evidence kind" }).selectOption("link");
  await first.getByRole("textbox", { name: "Quote, note or link text" }).fill("Deploy log");
  await first.getByRole("textbox", { name: "Address (http, https or mailto)" }).fill("https://ci.example.com/runs/1");
  await saved(page);
  const exported = await download(page, "Export CSV");
  expect(exported.name).toMatch(/\.timeline\.csv$/);
  expect(exported.text).toContain("'=SUM(1,2)");

  await page.getByRole("link", { name: "All reviews" }).click();
  await createReview(page, "CSV target");
  await openTab(page, "Timeline");
  await page.getByRole("button", { name: "Import CSV" }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import CSV" }).getByRole("button", { name: "Choose a file" }).click(),
  ]);
  await chooser.setFiles(exported.path);
  const preview = page.getByRole("dialog", { name: "Preview of the CSV file" });
  await expect(preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem")).toHaveCount(3);
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(3);
  const again = await download(page, "Export CSV");
  expect(again.text).toBe(exported.text);
});

test("a spreadsheet of times without dates goes on the date given, past midnight to the next", async ({ page }) => {
  await newReviewOnTimeline(page, "Times only", "UTC");
  const dir = await mkdtemp(join(tmpdir(), "tunnel-csv-"));
  const path = join(dir, "kept-during-the-incident.csv");
  await writeFile(path, "Time,Event\n23:40,Alert fires\n23:55,Paged the database on-call\n00:20,Rolled back\n");
  await page.getByRole("button", { name: "Import CSV" }).click();
  const dialog = page.getByRole("dialog", { name: "Import CSV" });
  await dialog.getByLabel("Date of the first time without a date").fill("2026-03-14");
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    dialog.getByRole("button", { name: "Choose a file" }).click(),
  ]);
  await chooser.setFiles(path);
  const preview = page.getByRole("dialog", { name: "Preview of the CSV file" });
  await expect(preview.getByRole("list", { name: "Moments to add" }).getByRole("listitem")).toHaveCount(3);
  await expect(preview).toContainText("3 rows give a time of day and no date");
  await expect(preview).toContainText("The first is on Sat 14 Mar 2026");
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(3);
  await expect(timelineItems(page).first()).toContainText("Sat 14 Mar 2026, 23:40");
  await expect(timelineItems(page).last()).toContainText("Sun 15 Mar 2026, 00:20");
});

test("a CSV file that is not a timeline gets a clear message and adds nothing", async ({ page }) => {
  await newReviewOnTimeline(page, "Bad CSV");
  const dir = await mkdtemp(join(tmpdir(), "tunnel-csv-"));
  const path = join(dir, "people.csv");
  await writeFile(path, "name,email\nAna,ana@example.com\n");
  await page.getByRole("button", { name: "Import CSV" }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import CSV" }).getByRole("button", { name: "Choose a file" }).click(),
  ]);
  await chooser.setFiles(path);
  const failed = page.getByRole("dialog", { name: "The file could not be read" });
  await expect(failed).toContainText('at least "time" and "description"');
  // A wrong pick far too large to be a timeline is refused before it is read.
  const huge = join(dir, "disk-image.csv");
  const handle = await open(huge, "w");
  await handle.truncate(51 * 1024 * 1024);
  await handle.close();
  await failed.getByRole("button", { name: "Choose another file" }).click();
  const [again] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("dialog", { name: "Import CSV" }).getByRole("button", { name: "Choose a file" }).click(),
  ]);
  await again.setFiles(huge);
  await expect(failed).toContainText("disk-image.csv is 51 MB; Tunnel reads files up to 50 MB.");
  await failed.getByRole("button", { name: "Cancel" }).click();
  // Back on the timeline (a page load into its bundle): the list is there, and still empty.
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await expect(page.getByText("0 moments")).toBeVisible();
  await expect(timelineItems(page)).toHaveCount(0);
});

test("quick entry: a time and a line, Enter, and the next one", async ({ page }) => {
  await newReviewOnTimeline(page, "Quick entry", "UTC");
  const entry = page.getByRole("form", { name: "Quick entry" });
  await entry.getByRole("textbox", { name: "Quick entry date" }).fill("2026-03-14");
  await entry.getByRole("textbox", { name: "What happened" }).fill("10:15 Checkout alert fires");
  await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  // Back in the box typed in, empty: the next line, its time at its start, goes on there.
  await expect(entry.getByRole("textbox", { name: "What happened" })).toBeFocused();
  await expect(entry.getByRole("textbox", { name: "What happened" })).toHaveValue("");
  await page.keyboard.type("10:07 Pager acknowledged");
  await page.keyboard.press("Enter");
  await expect(entry.getByRole("textbox", { name: "What happened" })).toBeFocused();
  // Enter in the time box leaves the focus there, for the next time.
  await entry.getByRole("textbox", { name: "Quick entry time" }).fill("10:10");
  await entry.getByRole("textbox", { name: "What happened" }).fill("Cache warmed");
  await entry.getByRole("textbox", { name: "Quick entry time" }).press("Enter");
  await expect(entry.getByRole("textbox", { name: "Quick entry time" })).toBeFocused();
  await page.keyboard.type("10:20");
  await page.keyboard.press("Tab");
  await entry.getByRole("combobox", { name: "Quick entry kind" }).selectOption("decision");
  await entry.getByRole("textbox", { name: "What happened" }).fill("Roll back the deploy");
  await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  await entry.getByRole("textbox", { name: "What happened" }).fill("10:05 Deploy finished");
  await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  const items = timelineItems(page);
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText("10:05");
  await expect(items.nth(0)).toContainText("Deploy finished");
  await expect(items.nth(1)).toContainText("Pager acknowledged");
  await expect(items.nth(2)).toContainText("Cache warmed");
  await expect(items.nth(4)).toContainText("Decision");
  await expect(page.getByRole("listitem", { name: "10:20, Decision: Roll back the deploy" })).toBeVisible();
  await entry.getByRole("textbox", { name: "Quick entry time" }).fill("25:99");
  await entry.getByRole("textbox", { name: "What happened" }).fill("nonsense time");
  await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  await expect(entry.getByText("Enter the time as HH:MM")).toBeVisible();
  await expect(items).toHaveCount(5);
  // "~" marks a time as an estimate, in the line as in a pasted transcript.
  await entry.getByRole("textbox", { name: "Quick entry time" }).fill("");
  await entry.getByRole("textbox", { name: "What happened" }).fill("~10:25 Traffic shifted");
  await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  await expect(page.getByRole("listitem", { name: /^about 10:25, .*: Traffic shifted$/ })).toBeVisible();
});

test("filters by kind, person and words always say how many moments are hidden", async ({ page }) => {
  await newReviewOnTimeline(page, "Filters", "UTC");
  await openTab(page, "Setup");
  await addPerson(page, "Ana", "Responder");
  await openTab(page, "Timeline");
  const entry = page.getByRole("form", { name: "Quick entry" });
  await entry.getByRole("textbox", { name: "Quick entry date" }).fill("2026-03-14");
  for (const line of ["09:00 Alert fires", "09:10 Ana restarts the worker", "09:20 Latency back to normal"]) {
    await entry.getByRole("textbox", { name: "What happened" }).fill(line);
    await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  }
  const second = timelineItems(page).nth(1);
  await second.getByRole("button", { name: "Edit" }).click();
  await second.getByRole("checkbox", { name: "Ana", exact: true }).check();
  await second.getByRole("combobox", { name: "Kind" }).selectOption("action");
  await second.getByRole("button", { name: "Done" }).click();

  const filters = page.getByRole("group", { name: "Filter the timeline" });
  // Kinds and people are folded away; the search is always at hand.
  await expect(filters.getByRole("checkbox", { name: /Action/ })).toBeHidden();
  await filters.getByRole("button", { name: "More filters" }).click();
  await expect(filters.getByRole("button", { name: "More filters" })).toHaveAttribute("aria-expanded", "true");
  await filters.getByRole("checkbox", { name: /Action/ }).check();
  await expect(filters.getByRole("button", { name: "More filters (1 on)" })).toBeVisible();
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "Showing 1 of 3 moments: 2 hidden by the filter." })).toBeVisible();
  await filters.getByRole("checkbox", { name: /Action/ }).uncheck();
  await filters.getByRole("combobox", { name: "Person" }).selectOption({ label: "Ana" });
  await expect(timelineItems(page)).toHaveCount(1);
  await filters.getByRole("combobox", { name: "Person" }).selectOption({ label: "Anyone" });
  await filters.getByRole("textbox", { name: "Search the timeline" }).fill("LATENCY normal");
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(timelineItems(page).first()).toContainText("Latency back to normal");
  await filters.getByRole("button", { name: "Show all moments" }).click();
  await expect(timelineItems(page)).toHaveCount(3);
  await expect(page.getByText(/hidden by the filter/)).toHaveCount(0);
});

test("evidence links open only for safe addresses, and the hindsight flag shows", async ({ page }) => {
  await newReviewOnTimeline(page, "Evidence", "UTC");
  await addMoment(page, { date: "2026-03-14", time: "09:00", text: "Dashboard looked normal" });
  const item = timelineItems(page).first();
  await item.getByRole("button", { name: "Add evidence" }).click();
  await item.getByRole("combobox", { name: "Evidence kind" }).selectOption("link");
  await item.getByRole("textbox", { name: "Quote, note or link text" }).fill("Checkout dashboard");
  await item.getByRole("textbox", { name: "Address (http, https or mailto)" }).fill("https://grafana.example.com/d/1");
  await item.getByRole("button", { name: "Add evidence" }).click();
  const second = item.getByRole("group", { name: "Piece of evidence" }).nth(1);
  await second.getByRole("combobox", { name: "Evidence kind" }).selectOption("link");
  await second.getByRole("textbox", { name: "Quote, note or link text" }).fill("Sneaky");
  await second.getByRole("textbox", { name: "Address (http, https or mailto)" }).fill("javascript:alert(1)");
  await expect(second.getByText("Only http, https and mailto addresses open as links")).toBeVisible();
  await second.getByRole("combobox", { name: "When it was known" }).selectOption("found_afterwards");
  await item.getByRole("button", { name: "Done" }).click();
  // A later moment with no evidence, drawn after the one with it.
  await addMoment(page, { date: "2026-03-14", time: "09:05", text: "Rollback starts" });
  await page.getByRole("listitem", { name: /Rollback starts$/ }).getByRole("button", { name: "Done" }).click();
  const link = item.getByRole("link", { name: "Checkout dashboard" });
  await expect(link).toHaveAttribute("href", "https://grafana.example.com/d/1");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(item.getByRole("link", { name: /Sneaky/ })).toHaveCount(0);
  await expect(item).toContainText("Sneaky (javascript:alert(1)) (found afterwards)");
  // Drawn again with the rows (a row drawn with its evidence, not given it afterwards), and
  // the row after it as it was.
  await saved(page);
  await page.reload();
  await expect(timelineItems(page)).toHaveCount(2);
  const later = page.getByRole("listitem", { name: /^09:05, .*: Rollback starts$/ });
  await expect(later).toBeVisible();
  await expect(later.getByRole("checkbox", { name: /^Select 09:05 Rollback starts/ })).toBeVisible();
  await expect(later).not.toContainText("Link:");
  const again = timelineItems(page).first();
  await expect(again.getByRole("link", { name: "Checkout dashboard" })).toHaveAttribute("href", "https://grafana.example.com/d/1");
  await expect(again.getByRole("link", { name: "Checkout dashboard" })).toHaveAttribute("target", "_blank");
  await expect(again.getByRole("link", { name: /Sneaky/ })).toHaveCount(0);
  await expect(again).toContainText("Link: Checkout dashboard");
  await expect(again).toContainText("Sneaky (javascript:alert(1)) (found afterwards)");
});

test("long silent gaps are asked about, and deletes can be undone", async ({ page }) => {
  await newReviewOnTimeline(page, "Gaps", "UTC");
  const entry = page.getByRole("form", { name: "Quick entry" });
  await entry.getByRole("textbox", { name: "Quick entry date" }).fill("2026-03-14");
  for (const line of ["09:00 Alert fires", "09:05 Ana looks at the graph", "09:50 Rollback starts"]) {
    await entry.getByRole("textbox", { name: "What happened" }).fill(line);
    await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  }
  const items = timelineItems(page);
  // Five minutes is this incident's rhythm; forty-five is not.
  await expect(items.nth(2)).toContainText("45 min with nothing recorded: what was happening here?");
  await expect(items.nth(1)).not.toContainText("later");
  await expect(items.nth(1)).not.toContainText("nothing recorded");

  await items.nth(1).getByRole("button", { name: "Edit" }).click();
  await items.nth(1).getByRole("button", { name: "Delete moment" }).click();
  await expect(items).toHaveCount(2);
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(1)).toContainText("Ana looks at the graph");
  // The moment is back open, with the focus in its description, not on the notice.
  await expect(items.nth(1).getByRole("textbox", { name: "Description" })).toBeFocused();
  await expect(items.nth(1).getByRole("textbox", { name: "Description" })).toHaveValue("Ana looks at the graph");

  await items.nth(0).getByRole("button", { name: "Edit" }).click();
  await items.nth(0).getByRole("button", { name: "Delete moment" }).click();
  await expect(items).toHaveCount(2);
  await page.getByRole("heading", { name: "Timeline", level: 2 }).click();
  await page.keyboard.press("Control+z");
  await expect(items).toHaveCount(3);
});

test("people can be added on the fly, and times follow the chosen zone", async ({ page }) => {
  await newReviewOnTimeline(page, "Zones", "UTC");
  await addMoment(page, { date: "2026-03-14", time: "23:30", text: "Late alert" });
  const item = timelineItems(page).first();
  await item.getByRole("textbox", { name: "New person" }).fill("Dana 🔥");
  await item.getByRole("button", { name: "Add and link" }).click();
  await expect(item.getByRole("checkbox", { name: "Dana 🔥" })).toBeChecked();
  await item.getByRole("button", { name: "Done" }).click();
  await expect(item).toContainText("Dana 🔥");
  await saved(page);
  await openTab(page, "Setup");
  const zone = page.getByRole("combobox", { name: "Display time zone" });
  await zone.fill("Asia/Kolkata");
  await zone.press("Enter");
  await openTab(page, "Timeline");
  // 23:30 UTC is 05:00 the next day in Kolkata (UTC+05:30).
  await expect(timelineItems(page).first()).toContainText("05:00");
  await expect(page.getByText("Times are in Asia/Kolkata (UTC+05:30)")).toBeVisible();
});

test.describe("without the worker bundle", () => {
  // No service worker, so that the request for the worker's script really reaches the network.
  test.use({ serviceWorkers: "block" });

  test("an import whose helper cannot start says so and keeps the pasted text", async ({ page }) => {
    test.info().annotations.push({ type: "expected-console", description: "worker-start|Failed to load|ERR_" });
    await page.route("**/worker-start.js", (route) => route.abort());
    await newReviewOnTimeline(page, "No helper");
    await page.getByRole("button", { name: "Paste transcript" }).click();
    const dialog = page.getByRole("dialog", { name: "Paste transcript" });
    await dialog.getByRole("textbox", { name: "Transcript" }).fill("09:41 Ana: checkout is slow");
    await dialog.getByRole("button", { name: "Preview" }).click();
    await expect(dialog.getByText(/the helper could not run/)).toBeVisible();
    await expect(dialog.getByRole("textbox", { name: "Transcript" })).toHaveValue("09:41 Ana: checkout is slow");
    await expect(dialog.getByRole("button", { name: "Preview" })).toBeEnabled();
    // Once it can load, the same dialog goes on.
    await page.unroute("**/worker-start.js");
    await dialog.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("dialog", { name: /^Preview of/ })).toBeVisible();
  });
});

test.describe("before the editor's part has arrived", () => {
  // No service worker, so that the request for the editor's part really reaches the network.
  test.use({ serviceWorkers: "block" });

  test("what is typed after \"Add moment\" starts the new moment's description, not lost on the button", async ({ page }) => {
    const held = [];
    await page.route("**/split_timeline_extras.wasm", (route) => held.push(route));
    await newReviewOnTimeline(page, "Typed ahead");
    const add = page.getByRole("button", { name: "Add moment" });
    await add.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => held.length).toBeGreaterThan(0);
    // Typed while the part is on its way: a mistake mended, a paste, a second Enter that adds
    // nothing.
    await page.keyboard.type("Disk fulx");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("l on db-2");
    const pasted = await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      const paste = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      document.activeElement.dispatchEvent(paste);
      return paste.defaultPrevented;
    }, " (alert at 09:14)");
    expect(pasted).toBe(true);
    // A paste into a field is that field's, as its keys are.
    const search = page.getByRole("group", { name: "Filter the timeline" }).getByRole("textbox", { name: "Search the timeline" });
    const left = await search.evaluate((field) => {
      const data = new DataTransfer();
      data.setData("text/plain", "db-2");
      const paste = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      field.dispatchEvent(paste);
      return !paste.defaultPrevented;
    });
    expect(left).toBe(true);
    await add.focus();
    await page.keyboard.press("Enter");
    await expect(add).toBeFocused();
    for (const route of held) await route.continue();
    await page.unroute("**/split_timeline_extras.wasm");
    const description = page.getByRole("group", { name: "Edit moment" }).getByRole("textbox", { name: "Description" });
    await expect(description).toHaveValue("Disk full on db-2 (alert at 09:14)");
    await expect(description).toBeFocused();
    await page.keyboard.type(", paged Ana");
    await expect(description).toHaveValue("Disk full on db-2 (alert at 09:14), paged Ana");
    await expect(timelineItems(page)).toHaveCount(1);
  });

  test("the timeline left before the editor's part arrives adds nothing, shows what was typed, and keeps no more keys", async ({ page }) => {
    const held = [];
    await page.route("**/split_timeline_extras.wasm", (route) => held.push(route));
    await newReviewOnTimeline(page, "Left while adding");
    await page.getByRole("button", { name: "Add moment" }).click();
    await page.keyboard.type("Ana pages Ben");
    await openTab(page, "Setup");
    await expect(page.getByRole("status").filter({ hasText: "No moment was added" })).toContainText("\u201cAna pages Ben\u201d");
    // Keys go where they are typed again.
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await title.fill("Left while adding");
    await title.press("End");
    await page.keyboard.type(" (again)");
    await expect(title).toHaveValue("Left while adding (again)");
    for (const route of held) await route.continue();
    await page.unroute("**/split_timeline_extras.wasm");
    await openTab(page, "Timeline");
    await expect(timelineItems(page)).toHaveCount(0);
  });
});

test("chat handles are matched to the review's people by first name, initials, e-mail or chat name, a handle that fits two people asks, and the answer is remembered", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Handles");
  for (const name of ["Priya Raman", "Dana Okafor", "Marcus Lee", "Tom Becker", "Ana Souza", "Ana Lima"]) {
    await addPerson(page, name, "Responder");
  }
  // Dana's Slack display name looks nothing like her name.
  const person = (name) => page.getByRole("list", { name: "People" }).getByRole("listitem", { name });
  await person("Dana Okafor").getByRole("textbox", { name: "Chat names" }).fill("firefly, dee.o");
  await person("Dana Okafor").getByRole("textbox", { name: "Chat names" }).press("Tab");
  await saved(page);
  await openTab(page, "Timeline");
  const preview = await pasteTranscript(
    page,
    [
      "23:41 priya: checkout p99 is climbing",
      "23:43 dana: looking at the db",
      "23:44 MLee: rolling back the deploy",
      "23:44 firefly: restarting the pods",
      "23:45 tom.becker@example.com: posting status",
      "23:47 ana: paging the vendor",
      "23:48 pagerbot: ALERT resolved",
    ].join("\n"),
    "2026-07-14",
  );
  const choice = (handle) => preview.getByRole("combobox", { name: `\u201c${handle}\u201d is` });
  for (const [handle, name] of [["priya", "Priya Raman"], ["dana", "Dana Okafor"], ["MLee", "Marcus Lee"], ["tom.becker@example.com", "Tom Becker"], ["firefly", "Dana Okafor"]]) {
    await expect(choice(handle).locator("option:checked")).toHaveText(new RegExp(name));
  }
  await expect(choice("pagerbot")).toHaveValue("new");
  // "ana" fits two people: the preview asks, and adding waits for the answer.
  await expect(choice("ana").locator("option:checked")).toHaveText("Who is this? 2 people fit");
  const add = preview.getByRole("button", { name: "Add selected moments" });
  await expect(add).toBeDisabled();
  await expect(preview.getByRole("status").filter({ hasText: "Say who \u201cana\u201d is before adding" })).toBeVisible();
  await choice("ana").selectOption({ label: "Ana Lima" });
  await choice("pagerbot").selectOption({ label: "Nobody (do not link)" });
  await add.click();
  // No duplicates: only the six people entered in Setup.
  await expect(page.getByRole("status").filter({ hasText: "Added 7 moments and 0 new people" })).toBeVisible();
  await expect(timelineItems(page).filter({ hasText: "restarting the pods" })).toContainText("Dana Okafor");
  await openTab(page, "Setup");
  await expect(page.getByRole("list", { name: "People" }).getByRole("listitem")).toHaveCount(6);
  // The answer for "ana" is kept as Ana Lima's chat name, and the next paste does not ask again;
  // "dana", found by first name without asking, is not kept (a second Dana must still ask).
  await expect(person("Ana Lima").getByRole("textbox", { name: "Chat names" })).toHaveValue("ana");
  await expect(person("Ana Souza").getByRole("textbox", { name: "Chat names" })).toHaveValue("");
  await expect(person("Dana Okafor").getByRole("textbox", { name: "Chat names" })).toHaveValue("firefly, dee.o");
  await openTab(page, "Timeline");
  const again = await pasteTranscript(page, "00:05 ana: vendor confirmed", "2026-07-15");
  await expect(again.getByRole("combobox", { name: "\u201cana\u201d is" }).locator("option:checked")).toHaveText(/Ana Lima/);
});

test("imported lines come with a suggested kind from their words, marked, and changed from the keyboard before adding", async ({ page }) => {
  await newReviewOnTimeline(page, "Kinds on import");
  const transcript = await readFile("tests/fixtures/transcripts/late-night-30.txt", "utf8");
  const preview = await pasteTranscript(page, transcript, "2026-03-14");
  const kindOf = (words) => preview.getByRole("combobox", { name: new RegExp(`^Kind of .*${words}`) });
  await expect(kindOf("PagerDuty just paged me")).toHaveValue("signal");
  await expect(kindOf("could be the batch export")).toHaveValue("hypothesis");
  await expect(kindOf("do that")).toHaveValue("decision");
  await expect(kindOf("done, renice'd to 19")).toHaveValue("action");
  await expect(kindOf("post an update on the status page")).toHaveValue("communication");
  await expect(kindOf("error rate on payments dropped")).toHaveValue("impact_change");
  const line = (words) => preview.getByRole("listitem").filter({ hasText: words });
  await expect(line("could be the batch export").getByText("suggested")).toBeVisible();
  await expectNoViolations(page, "the import preview with kinds");
  // Two kinds changed with the keyboard alone: focus the choice, arrow to the next kind.
  const careful = kindOf("careful, the DB has max_connections");
  const before = await careful.inputValue();
  await careful.focus();
  await page.keyboard.press("ArrowDown");
  await expect(careful).not.toHaveValue(before);
  const chosen = await careful.inputValue();
  await expect(line("careful, the DB has max_connections").getByText("suggested")).toHaveCount(0);
  const sorry = kindOf("sorry, wrong window");
  await sorry.focus();
  await page.keyboard.press("Home");
  await expect(sorry).toHaveValue("ordinary_work");
  await preview.getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(30);
  const item = (words) => timelineItems(page).filter({ hasText: words });
  await expect(item("could be the batch export")).toContainText("Hypothesis");
  await expect(item("PagerDuty just paged me")).toContainText("Signal or alert");
  await expect(item("sorry, wrong window")).toContainText("Ordinary work");
  await expect(item("careful, the DB has max_connections")).toContainText(
    { signal: "Signal or alert", observation: "Observation", hypothesis: "Hypothesis", decision: "Decision", action: "Action", communication: "Communication", handoff: "Hand-off or escalation", external: "External event", impact_change: "Impact change", ordinary_work: "Ordinary work" }[chosen],
  );
});

test("the zone's label gives the offset in force on the incident's dates, not today's", async ({ page }) => {
  await page.clock.setFixedTime(Date.parse("2026-12-01T12:00:00Z"));
  await newReviewOnTimeline(page, "Summer incident", "America/New_York");
  // December: New York is at UTC-05:00; a July incident was at UTC-04:00.
  await expect(page.getByText("Times are in America/New_York (UTC-05:00)")).toBeVisible();
  await addMoment(page, { date: "2026-07-14", time: "23:41", text: "Checkout p99 climbing" });
  await expect(page.getByText("Times are in America/New_York (UTC-04:00)")).toBeVisible();
  await expect(timelineItems(page).first()).toContainText("23:41");
});

test("picking a date leaves the time empty until one is typed, and a focused time is replaced by what is typed", async ({ page }) => {
  await openLibrary(page);
  await createReview(page, "Joined times");
  await addPerson(page, "Priya Raman", "Responder");
  const row = page.getByRole("list", { name: "People" }).getByRole("listitem").last();
  const date = row.getByRole("textbox", { name: "Joined the response date" });
  const time = row.getByRole("textbox", { name: "Joined the response time" });
  await date.fill("2026-07-14");
  // Committed on Enter, as when left.
  await date.press("Enter");
  // No 00:00 filled in: the time stays empty and the field says what is missing.
  await expect(time).toHaveValue("");
  await expect(row.getByText("Enter a time too.")).toBeVisible();
  await time.click();
  await page.keyboard.type("23:50");
  await time.press("Tab");
  await expect(time).toHaveValue("23:50");
  await expect(row.getByText("Enter a time too.")).toHaveCount(0);
  // Focusing a filled time selects it: typing replaces it.
  await time.focus();
  await page.keyboard.type("23:55");
  await time.press("Tab");
  await expect(time).toHaveValue("23:55");
});

/** A review stored as a file would hold it, opened on its timeline. */
async function openStored(page, review) {
  const env = { format: "tunnel-review", schema_version: 1, app_version: "test", revision: 1, review };
  await page.goto("/");
  await page.evaluate((env) => {
    localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env));
    localStorage.setItem(`tunnel:revision:${env.review.id}`, "1");
  }, env);
  await page.goto(`/#/review/${review.id}/timeline`);
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
}

const minute = (start, n) => new Date(Date.parse(start) + n * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");

test("a focused row changes kind with one key, and selected rows change together", async ({ page }) => {
  const lines = ["Alert fires", "Ana opens the dashboard", "Ben checks the deploy", "Latency back to normal"];
  await openStored(page, {
    id: "r-keys", title: "Kinds by keyboard", time_zone: "UTC",
    moments: lines.map((description, i) => ({ id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation", description })),
  });
  const row = (name) => page.getByRole("listitem", { name });
  // The selection is the app's: the browser does not save the boxes' state on each change of
  // address (at 2,000 rows, 15 ms added to every switch away from the Timeline).
  await expect(page.getByRole("checkbox", { name: /^Select 09:0/ })).toHaveCount(4);
  for (const box of await page.getByRole("checkbox", { name: /^Select 09:0/ }).all())
    await expect(box).toHaveAttribute("autocomplete", "off");
  await page.getByRole("checkbox", { name: "Select 09:00 Alert fires" }).focus();
  await page.keyboard.press("2");
  await expect(row("09:00, Signal or alert: Alert fires")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Kind set to Signal or alert." })).toBeVisible();

  // Down the column of checkboxes: select one, then another on the way with Shift.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("checkbox", { name: "Select 09:01 Ana opens the dashboard" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Shift+ArrowDown");
  await expect(page.getByRole("checkbox", { name: "Select 09:02 Ben checks the deploy" })).toBeFocused();
  const bar = page.getByRole("group", { name: "Selected moments" });
  await expect(bar).toContainText("2 moments selected");
  await page.keyboard.press("6");
  await expect(row("09:01, Action: Ana opens the dashboard")).toBeVisible();
  await expect(row("09:02, Action: Ben checks the deploy")).toBeVisible();
  await expect(row("09:03, Observation: Latency back to normal")).toBeVisible();
  await expect(row("09:00, Signal or alert: Alert fires")).toBeVisible();

  // One undo puts both back: Ctrl+Z, away from a text field, does what the notice offers.
  await page.keyboard.press("Control+z");
  await expect(row("09:01, Observation: Ana opens the dashboard")).toBeVisible();
  await expect(row("09:02, Observation: Ben checks the deploy")).toBeVisible();

  // The bar's own choice does the same for a mouse.
  await bar.getByRole("combobox", { name: "Kind of the selected moments" }).selectOption("handoff");
  await expect(row("09:01, Hand-off or escalation: Ana opens the dashboard")).toBeVisible();
  await expect(row("09:02, Hand-off or escalation: Ben checks the deploy")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Kind of 2 moments set to Hand-off or escalation." })).toBeVisible();
  // The count is of the moments chosen: those that had the kind already are said, not lost.
  const latency = page.getByRole("checkbox", { name: "Select 09:03 Latency back to normal" });
  await latency.click();
  await expect(bar).toContainText("3 moments selected");
  await bar.getByRole("combobox", { name: "Kind of the selected moments" }).selectOption("handoff");
  await expect(row("09:03, Hand-off or escalation: Latency back to normal")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Kind of 1 of the 3 moments set to Hand-off or escalation; the other 2 were already." })).toBeVisible();
  await latency.click();
  await expect(bar).toContainText("2 moments selected");
  await page.keyboard.press("Control+z");
  await expect(row("09:03, Observation: Latency back to normal")).toBeVisible();
  // A choice that changes nothing says so.
  await bar.getByRole("combobox", { name: "Kind of the selected moments" }).selectOption("handoff");
  await expect(page.getByRole("status").filter({ hasText: "All 2 moments are already Hand-off or escalation." })).toBeVisible();
  await expect(row("09:01, Hand-off or escalation: Ana opens the dashboard")).toBeVisible();

  // A key on a row outside the selection changes that row only.
  await page.getByRole("checkbox", { name: "Select 09:03 Latency back to normal" }).focus();
  await page.keyboard.press("0");
  await expect(row("09:03, Impact change: Latency back to normal")).toBeVisible();
  await expect(row("09:01, Hand-off or escalation: Ana opens the dashboard")).toBeVisible();

  // Escape clears the selection; Shift+click selects a range.
  await page.keyboard.press("Escape");
  await expect(bar).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Select 09:00 Alert fires" }).click();
  await page.getByRole("checkbox", { name: "Select 09:03 Latency back to normal" }).click({ modifiers: ["Shift"] });
  await expect(bar).toContainText("4 moments selected");
  await expect(page.getByRole("checkbox", { name: /^Select 09:0/, checked: true })).toHaveCount(4);
  // Shift+click on a ticked box keeps the range selected, and its box ticked.
  await page.getByRole("checkbox", { name: "Select 09:01 Ana opens the dashboard" }).click({ modifiers: ["Shift"] });
  await expect(bar).toContainText("4 moments selected");
  await expect(page.getByRole("checkbox", { name: /^Select 09:0/, checked: true })).toHaveCount(4);

  // The keys are listed in the timeline's shortcut help.
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help.getByRole("definition").filter({ hasText: "Decision" })).toBeVisible();
  await expect(help.getByRole("term").filter({ hasText: /^5$/ })).toBeVisible();
  await expectNoViolations(page, "timeline with a selection and its shortcut help");
  await help.getByRole("button", { name: "Close" }).click();

  await saved(page);
  await page.reload();
  await expect(row("09:01, Hand-off or escalation: Ana opens the dashboard")).toBeVisible();
  await expect(row("09:03, Impact change: Latency back to normal")).toBeVisible();

  // The selected moments deleted together, and put back together with one Undo.
  await page.getByRole("checkbox", { name: "Select 09:01 Ana opens the dashboard" }).click();
  await page.getByRole("checkbox", { name: "Select 09:02 Ben checks the deploy" }).click({ modifiers: ["Shift"] });
  await bar.getByRole("button", { name: "Delete the selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(2);
  const undo = page.getByRole("status").filter({ hasText: "Deleted 2 moments." }).getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(timelineItems(page)).toHaveCount(4);
  await expect(row("09:01, Hand-off or escalation: Ana opens the dashboard")).toBeVisible();
  // Clearing the selection leaves the focus on the list, not at the top of the page.
  await page.getByRole("checkbox", { name: "Select 09:00 Alert fires" }).click();
  await bar.getByRole("button", { name: "Clear selection" }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeFocused();
});

test("rows follow their moments: a new time moves one row, and a ticked row and an open editor stay through moves and filters", async ({ page }) => {
  const lines = ["Alert fires", "Ana opens the dashboard", "Ben checks the deploy", "Latency back to normal"];
  await openStored(page, {
    id: "r-rows", title: "Rows that follow", time_zone: "UTC",
    moments: lines.map((description, i) => ({ id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation", description })),
  });
  const names = () => timelineItems(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("aria-label")));
  await page.getByRole("checkbox", { name: "Select 09:02 Ben checks the deploy" }).check();
  // Count the rows put into the list from here on: a row that moves is put in once.
  await page.getByRole("list", { name: "Timeline" }).evaluate((list) => {
    window.rowsPut = 0;
    new MutationObserver((changes) => { for (const c of changes) window.rowsPut += c.addedNodes.length; })
      .observe(list, { childList: true });
  });
  const first = page.getByRole("listitem", { name: "09:00, Observation: Alert fires" });
  await first.getByRole("button", { name: "Edit" }).click();
  const editor = page.getByRole("group", { name: "Edit moment" });
  await editor.getByRole("textbox", { name: "Moment time" }).fill("09:10");
  await editor.getByRole("textbox", { name: "Moment time" }).press("Tab");
  await expect.poll(names).toEqual([
    "09:01, Observation: Ana opens the dashboard",
    "09:02, Observation: Ben checks the deploy",
    "09:03, Observation: Latency back to normal",
    "09:10, Observation: Alert fires",
  ]);
  expect(await page.evaluate(() => window.rowsPut)).toBe(1);
  // The focus stays where Tab took it, in the moved row's editor.
  const focusedRow = () => page.evaluate(() => document.activeElement.closest("li")?.getAttribute("aria-label") ?? null);
  await expect.poll(focusedRow).toBe("09:10, Observation: Alert fires");
  // The moved row kept its open editor, and the ticked row its tick.
  const moved = page.getByRole("listitem", { name: "09:10, Observation: Alert fires" });
  await expect(moved.getByRole("group", { name: "Edit moment" })).toBeVisible();
  await expect(moved.getByRole("button", { name: "Done" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("checkbox", { name: "Select 09:02 Ben checks the deploy" })).toBeChecked();

  // A search hides rows and brings them back in their places, as they were.
  const search = page.getByRole("group", { name: "Filter the timeline" }).getByRole("textbox", { name: "Search the timeline" });
  await search.fill("alert");
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(moved.locator("mark")).toHaveText("Alert");
  await search.fill("");
  await expect.poll(names).toEqual([
    "09:01, Observation: Ana opens the dashboard",
    "09:02, Observation: Ben checks the deploy",
    "09:03, Observation: Latency back to normal",
    "09:10, Observation: Alert fires",
  ]);
  await expect(moved.locator("mark")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Select 09:02 Ben checks the deploy" })).toBeChecked();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(1);
  await expect(moved.getByRole("group", { name: "Edit moment" })).toBeVisible();
  // Closing the editor takes it off the page; typing in a row's editor changes its summary.
  await moved.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("group", { name: "Edit moment" })).toHaveCount(0);
  await expect(moved.getByRole("button", { name: "Edit" })).toHaveAttribute("aria-expanded", "false");
  const ben = page.getByRole("listitem", { name: "09:02, Observation: Ben checks the deploy" });
  await ben.getByRole("button", { name: "Edit" }).click();
  await ben.getByRole("textbox", { name: "Description" }).fill("Ben rolls back the deploy");
  await expect(page.getByRole("listitem", { name: "09:02, Observation: Ben rolls back the deploy" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Select 09:02 Ben rolls back the deploy" })).toBeChecked();
});

test("under a search, a moment being edited or just added stays until its editor is closed, and no key typed is lost", async ({ page }) => {
  const lines = ["Alert fires", "Ana suspects the deploy", "Ben rolls back", "Latency back to normal"];
  await openStored(page, {
    id: "r-filtered", title: "Edited under a search", time_zone: "UTC",
    moments: lines.map((description, i) => ({ id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation", description })),
  });
  const search = page.getByRole("group", { name: "Filter the timeline" }).getByRole("textbox", { name: "Search the timeline" });
  await search.fill("deploy");
  await expect(timelineItems(page)).toHaveCount(1);
  await timelineItems(page).first().getByRole("button", { name: "Edit" }).click();
  const description = page.getByRole("group", { name: "Edit moment" }).getByRole("textbox", { name: "Description" });
  await description.press("End");
  // The first Backspace makes the words stop matching the search: the row stays.
  for (let i = 0; i < 6; i++) await description.press("Backspace");
  await page.keyboard.type("config push, per Ben");
  await expect(description).toHaveValue("Ana suspects the config push, per Ben");
  await expect(description).toBeFocused();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(timelineItems(page)).toHaveCount(0);
  // The row went with the focus on its button: the focus is on the search that hid it.
  await expect(search).toBeFocused();
  // A moment added under the search is shown, blank, with the focus in its words.
  await page.getByRole("button", { name: "Add moment" }).click();
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(description).toBeFocused();
  await page.keyboard.type("Ben restarts the pool");
  await search.fill("");
  await expect(timelineItems(page)).toHaveCount(5);
  await expect(timelineItems(page).filter({ hasText: "Ben restarts the pool" })).toHaveCount(1);
  await expect(timelineItems(page).filter({ hasText: "config push, per Ben" })).toHaveCount(1);
});

test("a date typed part by part is committed once, when left: the moment does not jump about while it is typed", async ({ page }) => {
  const lines = ["Alert fires", "Ana opens the dashboard", "Ben checks the deploy", "Latency back to normal"];
  await openStored(page, {
    id: "r-typed-date", title: "Typed dates", time_zone: "UTC",
    moments: lines.map((description, i) => ({ id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation", description })),
  });
  const names = () => timelineItems(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("aria-label")));
  const before = await names();
  const last = page.getByRole("listitem", { name: "09:03, Observation: Latency back to normal" });
  await last.getByRole("button", { name: "Edit" }).click();
  const editor = last.getByRole("group", { name: "Edit moment" });
  const date = editor.getByRole("textbox", { name: "Moment date" });
  await date.focus();
  await page.keyboard.press("ArrowRight");
  // "1" alone is the 1st of March: were it committed, the moment would go first.
  await page.keyboard.type("1");
  await page.waitForTimeout(300);
  expect(await names()).toEqual(before);
  await page.keyboard.type("5");
  await expect(date).toHaveValue("2026-03-15");
  expect(await names()).toEqual(before);
  // (Tab moves between the date's parts; Enter or leaving the box commits it.)
  await date.press("Enter");
  await saved(page);
  await page.reload();
  const moved = timelineItems(page).filter({ hasText: "Latency back to normal" });
  await moved.getByRole("button", { name: "Edit" }).click();
  await expect(moved.getByRole("textbox", { name: "Moment date" })).toHaveValue("2026-03-15");
  await expect(moved.getByRole("textbox", { name: "Moment time" })).toHaveValue("09:03");
});

test("a time typed in the moment editor over a change of the clocks says how it was recorded", async ({ page }) => {
  await openStored(page, {
    id: "r-clocks", title: "Clocks change", time_zone: "Europe/Berlin",
    moments: [
      { id: "m0", at: "2026-03-29T00:30:00Z", kind: "observation", description: "Before the change" },
      { id: "m1", at: "2026-03-29T01:10:00Z", kind: "observation", description: "After the change" },
    ],
  });
  const row = timelineItems(page).filter({ hasText: "Before the change" });
  await row.getByRole("button", { name: "Edit" }).click();
  const editor = row.getByRole("group", { name: "Edit moment" });
  const time = editor.getByRole("textbox", { name: "Moment time" });
  // 02:30 did not happen in Berlin that night: recorded an hour on, after the 03:10 moment.
  await time.fill("02:30");
  await time.press("Tab");
  await expect(editor.getByRole("status").filter({ hasText: "clocks" })).toHaveText("02:30 did not happen on Sun 29 Mar 2026 in Europe/Berlin: the clocks went forward. It is recorded as 03:30.");
  await expect(time).toHaveValue("03:30");
  // A time that happened once: nothing to say.
  await time.fill("01:45");
  await time.press("Tab");
  await expect(editor.getByRole("status").filter({ hasText: "clocks" })).toHaveCount(0);
});

test("rows drawn together each show their own words, whatever the script", async ({ page }) => {
  // The rows of one batch send their words to the page as one string, cut there by length:
  // a length counted wrongly for any script would shift every later row's words.
  const words = ["Ana sees the 🚀 graph climb", "Jörg réessaie « le déploiement »", "数据库 的 延迟 上升",
    "שרת הנתונים לא מגיב", "e\u0301 combining, and 𝄞 music", "<b>not markup</b> & \"quotes\"", "plain ASCII words"];
  const moments = Array.from({ length: 130 }, (_, i) => ({
    id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation",
    description: `${i} ${words[i % words.length]}`, people: i % 3 === 0 ? ["p1"] : [], pivot: i % 10 === 0,
  }));
  await openStored(page, {
    id: "r-scripts", title: "Every script", time_zone: "UTC",
    people: [{ id: "p1", name: "Zoë 🙂 Ørsted", role: "responder", team: "", present: true }], moments,
  });
  await expect(timelineItems(page)).toHaveCount(130);
  const shown = await timelineItems(page).evaluateAll((rows) => rows.map((row) => ({
    name: row.getAttribute("aria-label"),
    select: row.querySelector("input").getAttribute("aria-label"),
    description: row.querySelector(".moment-description").textContent,
    people: row.querySelector(".moment-people").textContent,
    tags: row.querySelector(".moment-tags").textContent,
    id: row.dataset.moment,
  })));
  const time = (i) => minute("2026-03-14T09:00:00Z", i).slice(11, 16);
  expect(shown).toEqual(moments.map((m, i) => ({
    name: `${time(i)}, Observation: ${m.description}`,
    select: `Select ${time(i)} ${[...m.description].slice(0, 60).join("")}`,
    description: m.description,
    people: i % 3 === 0 ? "Zoë 🙂 Ørsted" : "",
    tags: i % 10 === 0 ? "⚑ Pivot" : "",
    id: m.id,
  })));
  // The last row, found as a person would find it.
  const last = page.getByRole("listitem", { name: "11:09, Observation: 129 שרת הנתונים לא מגיב" });
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole("checkbox", { name: "Select 11:09 129 שרת הנתונים לא מגיב" })).toBeVisible();
});

test("a search on a long timeline marks the rows in view at once and the others soon after, and the newest search wins", async ({ page }) => {
  // Every row shows the search's words, but a key typed must not wait for all of them: the
  // rows in view take it in the same task, the others in tasks of their own.
  const moments = Array.from({ length: 600 }, (_, i) => ({
    id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation",
    description: `${i} checkout latency on node ${i % 7}, rollback considered`,
  }));
  await openStored(page, { id: "r-long-search", title: "A long search", time_zone: "UTC", moments });
  const items = timelineItems(page);
  await expect(items).toHaveCount(600);
  await page.getByRole("listitem", { name: /^13:00, Observation: 240 checkout/ }).scrollIntoViewIfNeeded();
  const search = page.getByRole("group", { name: "Filter the timeline" }).getByRole("textbox", { name: "Search the timeline" });
  const atOnce = await search.evaluate(async (input) => {
    input.value = "checkout";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    // The app's reactive updates run as microtasks; no task can run before this reads.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const marked = (id) => document.querySelector(`li[data-moment="${id}"] mark`)?.textContent ?? null;
    return { inView: marked("m240"), first: marked("m0"), last: marked("m599") };
  });
  expect(atOnce).toEqual({ inView: "checkout", first: null, last: null });
  const marks = page.locator('ol[aria-label="Timeline"] mark');
  await expect(marks).toHaveCount(600);
  // Two searches in quick succession: every row ends with the second one's word.
  await search.evaluate(async (input) => {
    for (const value of ["latency", "rollback"]) {
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
  });
  const words = () => marks.evaluateAll((all) => [...new Set(all.map((m) => m.textContent))].join() + ` ${all.length}`);
  await expect.poll(words).toBe("rollback 600");
  await expect(items).toHaveCount(600);
  await search.fill("");
  await expect(marks).toHaveCount(0);
  await expect(items.filter({ hasText: "599 checkout latency" })).toHaveCount(1);
});

test("rows a filter brings back come a batch at a time, around the rows kept on the page, and the focus stays", async ({ page }) => {
  const moments = Array.from({ length: 600 }, (_, i) => ({
    id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation", description: `row ${i} of the long incident`,
  }));
  await openStored(page, { id: "r-filter-back", title: "Filtered and back", time_zone: "UTC", moments });
  const items = timelineItems(page);
  await expect(items).toHaveCount(600);
  const search = page.getByRole("group", { name: "Filter the timeline" }).getByRole("textbox", { name: "Search the timeline" });
  await search.fill("300");
  await expect(items).toHaveCount(1);
  const kept = page.getByRole("listitem", { name: "14:00, Observation: row 300 of the long incident" });
  await kept.getByRole("button", { name: "Edit" }).click();
  const description = kept.getByRole("textbox", { name: "Description" });
  await description.focus();
  await kept.evaluate((li) => { li.dataset.kept = "yes"; });
  const atOnce = await search.evaluate(async (input) => {
    input.value = "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return document.querySelectorAll('ol[aria-label="Timeline"] > li').length;
  });
  // The first rows at once, the rest in tasks of their own: not all 600 in the key's task.
  expect(atOnce).toBeGreaterThan(1);
  expect(atOnce).toBeLessThan(600);
  await expect(items).toHaveCount(600);
  const names = await items.evaluateAll((rows) => rows.map((row) => row.getAttribute("aria-label")));
  expect(names).toEqual(moments.map((m, i) => `${minute("2026-03-14T09:00:00Z", i).slice(11, 16)}, Observation: ${m.description}`));
  // The row kept on the page is the same row, its editor open and its field still focused.
  await expect(page.locator('li[data-kept="yes"]')).toHaveCount(1);
  await expect(description).toBeFocused();
  await expect(kept.getByRole("group", { name: "Edit moment" })).toBeVisible();
});

test("a link to one moment of a long timeline opens it in view, draws the rows down to it first and the rest soon after", async ({ page }) => {
  const moments = Array.from({ length: 600 }, (_, i) => ({
    id: `m${i}`, at: minute("2026-03-14T09:00:00Z", i), kind: "observation", description: `row ${i} of the long incident`,
  }));
  await openStored(page, { id: "r-deep-link", title: "Linked into", time_zone: "UTC", moments });
  // How many rows the list had in the first frame after it appeared.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const list = document.querySelector('ol[aria-label="Timeline"]');
      if (!list) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.rowsInFirstFrame = list.childElementCount; });
    }).observe(document, { childList: true, subtree: true });
  });
  // Opened as a page, the way a link from a report or a bookmark opens it.
  await page.goto("about:blank");
  await page.goto("/#/review/r-deep-link/timeline/m450");
  const linked = page.getByRole("listitem", { name: "16:30, Observation: row 450 of the long incident" });
  await expect(linked.getByRole("group", { name: "Edit moment" })).toBeInViewport();
  await expect(linked.getByRole("textbox", { name: "Description" })).toHaveValue("row 450 of the long incident");
  const first = await page.evaluate(() => window.rowsInFirstFrame);
  expect(first).toBeGreaterThan(450);
  expect(first).toBeLessThan(600);
  const items = timelineItems(page);
  await expect(items).toHaveCount(600);
  const names = await items.evaluateAll((rows) => rows.map((row) => row.getAttribute("aria-label")));
  expect(names).toEqual(moments.map((m, i) => `${minute("2026-03-14T09:00:00Z", i).slice(11, 16)}, Observation: ${m.description}`));
  await expect(linked.getByRole("group", { name: "Edit moment" })).toBeInViewport();
});

test("a time typed without a date goes on the incident's day, and a moment on the wrong day is offered its day", async ({ page }) => {
  await openStored(page, {
    id: "r-days", title: "Late night", time_zone: "UTC",
    incident_start: "2026-07-14T22:00:00Z", incident_end: "2026-07-14T23:55:00Z",
    moments: [
      { id: "m1", at: "2026-07-14T22:05:00Z", kind: "signal", description: "Checkout alert fires" },
      { id: "m2", at: "2026-07-15T00:30:00Z", kind: "observation", description: "Error rate back to baseline" },
      { id: "m3", at: "2026-07-15T23:20:00Z", kind: "action", description: "Restart the payment workers" },
    ],
    // The walk-through is at the recovery, so a move past it changes what the room sees.
    session: { phase: "walk", current: "m2", walked: ["m1", "m2"] },
  });
  // The last moment is on the 15th; 23:41 belongs on the 14th, inside the incident.
  const entry = page.getByRole("form", { name: "Quick entry" });
  await expect(entry.getByRole("textbox", { name: "Quick entry date" })).toHaveValue("");
  await entry.getByRole("textbox", { name: "What happened" }).fill("23:41 Checkout p99 climbing");
  await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  await expect(entry.getByText("Placed on Tue 14 Jul 2026, the day nearest the incident.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "It comes before the moment the walk-through is at: the shared screen shows it once the walk-through has been to it." })).toBeVisible();
  await expect(page.getByRole("listitem", { name: /Tue 14 Jul 2026, 23:41, Observation: Checkout p99 climbing/ })).toBeVisible();

  // A moment a day after the end is marked, with its likely day one click away.
  const wrong = page.getByRole("listitem", { name: /Restart the payment workers/ });
  await expect(wrong).toContainText("After the incident ended");
  await wrong.getByRole("button", { name: "Move to Tue 14 Jul 2026, 23:20" }).click();
  // It now comes before the walk's moment, which the notice says: the room would see it.
  await expect(page.getByRole("status").filter({
    hasText: "Moved to Tue 14 Jul 2026, 23:20. With this time, the moment the walk-through is at moves from place 3 to place 4",
  })).toBeVisible();
  const moved = page.getByRole("listitem", { name: /Tue 14 Jul 2026, 23:20, Action: Restart the payment workers/ });
  await expect(moved).toBeVisible();
  await expect(moved).not.toContainText("After the incident ended");
  await expect(moved.getByRole("button", { name: /^Move to/ })).toHaveCount(0);
  // Half an hour after the end is a tail, not a wrong day: marked, with nothing to move.
  const tail = page.getByRole("listitem", { name: /Error rate back to baseline/ });
  await expect(tail).toContainText("After the incident ended");
  await expect(tail.getByRole("button", { name: /^Move to/ })).toHaveCount(0);
  // The move can be undone.
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("listitem", { name: /Wed 15 Jul 2026, 23:20, Action: Restart the payment workers/ })).toBeVisible();
  // A date typed in the field is kept.
  await entry.getByRole("textbox", { name: "Quick entry date" }).fill("2026-07-16");
  await entry.getByRole("textbox", { name: "What happened" }).fill("09:00 Follow-up call");
  await entry.getByRole("textbox", { name: "What happened" }).press("Enter");
  await expect(page.getByRole("listitem", { name: /Thu 16 Jul 2026, 09:00, Observation: Follow-up call/ })).toBeVisible();
});

test("the timeline shows twelve moments on a laptop, asks about silences long for this incident, and marks what the search found", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const texts = ["Checkout error alert fires", "Priya opens the latency dashboard", "Maybe the deploy is the cause", "Decision: roll back checkout", "Rolling back checkout to v142", "Posting a status page update", "Paging the database on-call"];
  const kinds = ["signal", "observation", "hypothesis", "decision", "action", "communication", "handoff"];
  // Something every one to three minutes, and an eight-minute silence every sixth moment.
  let at = Date.parse("2026-07-14T09:00:00Z");
  const moments = Array.from({ length: 40 }, (_, i) => {
    at += (i % 6 === 5 ? 8 : 1 + (i % 3)) * 60_000;
    return { id: `m${i}`, at: new Date(at).toISOString().replace(/\.\d{3}Z$/, "Z"), kind: kinds[i % 7], description: texts[i % 7], people: [i % 2 ? "ana" : "ben"] };
  });
  await openStored(page, {
    id: "r-dense", title: "Checkout latency", time_zone: "UTC",
    people: [{ id: "ana", name: "Ana Souza", role: "incident_commander", present: true }, { id: "ben", name: "Ben Lee", role: "subject_expert", present: true }],
    moments,
  });
  const items = timelineItems(page);
  await expect(items).toHaveCount(40);
  const fullyVisible = await items.evaluateAll((rows) =>
    rows.filter((row) => { const box = row.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; }).length);
  expect(fullyVisible).toBeGreaterThanOrEqual(12);
  // Eight quiet minutes stand out in an incident recorded every minute or two.
  await expect(items.nth(5)).toContainText("8 min with nothing recorded: what was happening here?");
  await expect(page.getByText("with nothing recorded")).toHaveCount(6);
  await expect(page.getByText(/min later/)).toHaveCount(0);

  // Searching: the rows shown are judged among themselves, and the words are marked.
  const filters = page.getByRole("group", { name: "Filter the timeline" });
  await filters.getByRole("textbox", { name: "Search the timeline" }).fill("ROLLING");
  await expect(items).toHaveCount(6);
  await expect(page.getByText("with nothing recorded")).toHaveCount(0);
  await expect(items.first().locator(".gap")).toHaveCount(0);
  await expect(items.first().locator("mark")).toHaveText("Rolling");
  await expect(page.locator("mark")).toHaveCount(6);
  await filters.getByRole("textbox", { name: "Search the timeline" }).fill("");
  await expect(items).toHaveCount(40);
  await expect(page.locator("mark")).toHaveCount(0);
});

test("the picture of the incident: one mark per moment, reached by keyboard, zoomed, and drawn in the HTML report", async ({ page }) => {
  const lines = [
    ["2026-03-14T09:00:00Z", "signal", ["ana"], "Checkout alert fires"],
    ["2026-03-14T09:02:00Z", "observation", ["ben", "ana"], "Ben sees p99 at 4 s"],
    ["2026-03-14T09:04:00Z", "impact_change", [], "Checkout fails for 5% of orders"],
    ["2026-03-14T09:30:00Z", "decision", ["ana"], "Roll back the deploy"],
    ["2026-03-14T09:33:00Z", "action", ["ben"], "Rollback finished"],
    ["2026-03-15T00:10:00Z", "communication", ["ana"], "Status page closed"],
  ];
  await openStored(page, {
    id: "r-pic", title: "Checkout latency", time_zone: "UTC",
    incident_start: "2026-03-14T08:58:00Z", incident_end: "2026-03-15T00:10:00Z",
    people: [{ id: "ana", name: "Ana Souza", role: "incident_commander", present: true }, { id: "ben", name: "Ben Lee", role: "subject_expert", present: true }],
    moments: lines.map(([at, kind, people, description], i) => ({ id: `m${i}`, at, kind, people, description, pivot: i === 3 })),
  });
  const toggle = page.getByRole("button", { name: "Picture of the incident" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  const picture = page.getByRole("figure", { name: "Incident picture" });
  const marks = picture.getByRole("button", { name: /^(Sat|Sun) 1[45] Mar 2026/ });
  await expect(marks).toHaveCount(6);
  await expect(picture.getByRole("button", { name: "Sat 14 Mar 2026 09:02, Observation: Ben sees p99 at 4 s" })).toBeVisible();
  // Lanes for the people, a day boundary, the incident and its impact as bands, the pivot.
  await expect(picture.getByText("Ana Souza", { exact: true })).toBeVisible();
  await expect(picture.getByText("No one named")).toBeVisible();
  await expect(picture.getByText("Sun 15 Mar 2026", { exact: true })).toBeVisible();
  await expect(picture.locator(".pic-incident")).toHaveCount(1);
  await expect(picture.locator(".pic-impact")).toHaveCount(1);
  await expect(picture.locator(".pic-pivot")).toHaveCount(1);
  await expectNoViolations(page, "timeline with its picture");

  // One tab stop: the first mark; the arrows move along, Enter opens the moment.
  await toggle.focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    if (await marks.first().evaluate((el) => el === document.activeElement)) break;
  }
  await expect(marks.first()).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(marks.nth(2)).toBeFocused();
  // What the focus (or the pointer) is on is said in words under the picture.
  await expect(picture.getByText("Sat 14 Mar 2026 09:04, Impact change: Checkout fails for 5% of orders", { exact: true })).toBeVisible();
  await page.keyboard.press("End");
  await expect(marks.nth(5)).toBeFocused();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const editor = page.getByRole("group", { name: "Edit moment" });
  await expect(editor).toHaveCount(1);
  await expect(editor.getByRole("textbox", { name: "Description" })).toHaveValue("Ben sees p99 at 4 s");
  await expect(editor.getByRole("textbox", { name: "Description" })).toBeFocused();
  // Words typed reach the picture once typing pauses, not on every key.
  await page.keyboard.type(" climbing");
  await expect(picture.getByRole("button", { name: "Sat 14 Mar 2026 09:02, Observation: Ben sees p99 at 4 s climbing" })).toBeVisible();

  // Zoom in: the marks outside the view are counted, not drawn; the whole incident comes back.
  const view = picture.getByRole("group", { name: "Picture view" });
  await view.getByRole("button", { name: "Zoom in" }).click();
  await view.getByRole("button", { name: "Zoom in" }).click();
  await expect(view).toContainText("outside the view");
  expect(await marks.count()).toBeLessThan(6);
  await view.getByRole("button", { name: "Whole incident" }).click();
  await expect(marks).toHaveCount(6);
  // From the keyboard too: + zooms in and the focus stays in the picture.
  await marks.first().focus();
  await page.keyboard.press("+");
  await expect(view).toContainText("outside the view");
  await expect(marks.first()).toBeFocused();
  await view.getByRole("button", { name: "Whole incident" }).click();

  // The HTML report draws the same picture as a still image, with no script.
  await openTab(page, "Report");
  const { text } = await download(page, "Download HTML report");
  const svg = text.slice(text.indexOf('<svg xmlns="http://www.w3.org/2000/svg" class="incident-picture" role="img" aria-label="Incident picture"'));
  expect(svg.length).toBeGreaterThan(100);
  const drawing = svg.slice(0, svg.indexOf("</svg>"));
  expect(drawing.match(/<path class="pic-mark/g)).toHaveLength(6);
  expect(drawing).toContain("<title>Sat 14 Mar 2026 09:30, Decision, pivot: Roll back the deploy (Ana Souza)</title>");
  expect(text.match(/<script/g)).toHaveLength(1);
});
