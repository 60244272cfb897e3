// Before the meeting: interview plans, each person's point of view, interview notes, and what
// is said off the record staying in the facilitator's review.
import { test, expect } from "./fixtures.js";
import { download, expectNoViolations, saved } from "./helpers.js";

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

async function openInterviews(page) {
  await page.goto("/");
  await page.evaluate((env) => {
    localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env));
    localStorage.setItem(`tunnel:revision:${env.review.id}`, "1");
  }, REVIEW);
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
});
