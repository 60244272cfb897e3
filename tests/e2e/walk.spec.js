// Walking the tunnel: the console, the presenter view on the shared screen, the hindsight rule
// and the language guard.
import { test, expect } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { download, openTab, saved } from "./helpers.js";

const REVIEW = {
  format: "tunnel-review",
  schema_version: 1,
  app_version: "test",
  revision: 1,
  review: {
    id: "r-walk",
    title: "Checkout latency",
    time_zone: "UTC",
    incident_start: "2026-03-14T09:00:00Z",
    incident_end: "2026-03-14T10:30:00Z",
    people: [
      { id: "ana", name: "Ana Souza", role: "incident_commander", present: true },
      { id: "ben", name: "Ben Lee", role: "subject_expert", present: true },
    ],
    moments: [
      {
        id: "m1",
        at: "2026-03-14T09:00:00Z",
        kind: "signal",
        description: "Checkout error alert fires",
        people: ["ana"],
        evidence: [
          { id: "e1", kind: "quote", text: "5xx rate above 5%", seen: "during_incident" },
          { id: "e2", kind: "note", text: "AFTERWARDS the lock table showed the cause", seen: "found_afterwards" },
        ],
      },
      { id: "m2", at: "2026-03-14T09:05:00Z", kind: "hypothesis", description: "Ana suspects the deploy", people: ["ana", "ben"] },
      { id: "m3", at: "2026-03-14T09:40:00Z", kind: "decision", description: "LATER the rollback decision", people: ["ben"] },
    ],
    notes: [{ id: "n1", moment: "m1", kind: "note", text: "PRIVATE ask Ana about the quiet channel" }],
    parking_lot: [{ id: "i0", text: "PARKED earlier idea", created_at: "2026-03-14T11:00:00Z" }],
    session: { phase: "open", walked: [], time_box_minutes: 60 },
  },
};

async function seed(page, review = REVIEW) {
  await page.goto("/");
  await page.evaluate((env) => {
    localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env));
    localStorage.setItem(`tunnel:revision:${env.review.id}`, "1");
  }, review);
}

async function openConsole(page, review = REVIEW) {
  await seed(page, review);
  // A fresh load: a bare hash change would race the library's own reload into the console.
  await page.goto("about:blank");
  await page.goto("/#/review/r-walk/walk");
  await expect(page.getByRole("heading", { name: "Walk-through", level: 2 })).toBeVisible();
}

/** Opens the shared screen; `choice` answers where it starts, asked when the walk is past its
 *  first moment. */
async function openPresenter(context, page, choice) {
  const open = page.getByRole("button", { name: "Open presenter view" });
  let click = () => open.click();
  if (choice) {
    await open.click();
    const asked = page.getByRole("dialog", { name: "Where should the shared screen start?" });
    click = () => asked.getByRole("button", { name: choice }).click();
  }
  const [presenter] = await Promise.all([context.waitForEvent("page"), click()]);
  await expect(presenter.getByRole("region", { name: "Current moment" })).toBeVisible();
  return presenter;
}

const forbidden = ["LATER", "AFTERWARDS", "PRIVATE", "PARKED", "10:30"];

/** The shared screen's picture is a still image: the marks that look alike are one path, each
 *  mark a move to its place ("M") and its shape. Each path's class with how many marks it draws. */
function stillMarks(presenter) {
  return presenter
    .getByRole("img", { name: "Incident picture" })
    .locator(".pic-marks path")
    .evaluateAll((paths) => paths.map((p) => [p.getAttribute("class"), p.getAttribute("d").split("M").length - 1]));
}

async function expectNothingLater(presenter) {
  const text = await presenter.locator("body").innerText();
  // The markup too: a picture's titles and names are not in the visible text.
  const markup = await presenter.locator("body").innerHTML();
  for (const word of forbidden) {
    expect(text, `the shared screen shows "${word}"`).not.toContain(word);
    expect(markup, `the shared screen's markup holds "${word}"`).not.toContain(word);
  }
}

test("the presenter follows the console within a second and never shows what was not known then", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  // A window of its own, to put on the projector: a popup shows no toolbar.
  expect(await presenter.evaluate(() => window.toolbar.visible)).toBe(false);
  const current = presenter.getByRole("region", { name: "Current moment" });
  await expect(current).toContainText("The walk-through has not started yet.");
  await expectNothingLater(presenter);

  await page.getByRole("button", { name: "Start walk-through" }).click();
  await expect(current).toContainText("Checkout error alert fires", { timeout: 1000 });
  await expect(current).toContainText("5xx rate above 5%");
  await expect.poll(() => stillMarks(presenter)).toEqual([["pic-mark kind-signal", 1]]);
  await expectNothingLater(presenter);

  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(current).toContainText("Ana suspects the deploy", { timeout: 1000 });
  await expect(presenter.getByRole("region", { name: "The timeline so far" })).toContainText("Checkout error alert fires");
  // The picture so far: one mark per moment up to this one (a signal, then a hypothesis),
  // and nothing after it (the decision).
  const picture = presenter.getByRole("img", { name: "Incident picture" });
  await expect.poll(() => stillMarks(presenter)).toEqual([["pic-mark kind-signal", 1], ["pic-mark kind-hypothesis hollow", 1]]);
  await expect(picture.locator(".pic-incident")).toHaveCount(0);
  await expectNothingLater(presenter);

  // The facilitator peeks ahead: the console shows it, clearly; the shared screen does not.
  await page.getByRole("checkbox", { name: /Peek ahead/ }).check();
  const peek = page.getByRole("complementary", { name: "Peeking ahead" });
  await expect(peek).toContainText("LATER the rollback decision");
  await expect(peek).toContainText("Only you see this");
  await page.waitForTimeout(500);
  await expectNothingLater(presenter);

  await page.getByRole("button", { name: "Previous moment" }).click();
  await expect(current).toContainText("Checkout error alert fires", { timeout: 1000 });
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("AFTERWARDS", { timeout: 1000 });
  await expectNothingLater(presenter);
});

test("a walk left past its first moment reaches the room only when the facilitator chooses it", async ({ context, page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  // The rehearsal over, its clock stopped (as it is when a review left running is opened
  // again): another sitting opens the console where the rehearsal left the walk.
  await page.getByRole("button", { name: "Pause meeting clock" }).click();
  await saved(page);
  await page.reload();
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("LATER the rollback decision");
  const open = page.getByRole("button", { name: "Open presenter view" });
  await open.click();
  const asked = page.getByRole("dialog", { name: "Where should the shared screen start?" });
  await expect(asked).toContainText("The walk-through is at moment 3 of 3.");
  // The safe answer has the focus; Escape opens nothing and gives the focus back.
  await expect(asked.getByRole("button", { name: "Start from the first moment" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(asked).toHaveCount(0);
  await expect(open).toBeFocused();
  expect(context.pages()).toHaveLength(1);
  // Opened on its own (a bookmark, a tab the browser restored), the shared screen waits.
  const direct = await context.newPage();
  await direct.goto("/#/present/r-walk");
  await expect(direct.getByRole("region", { name: "Current moment" })).toContainText("Waiting for the facilitator");
  await expectNothingLater(direct);
  await direct.close();
  const presenter = await openPresenter(context, page, "Start from the first moment");
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await expectNothingLater(presenter);
});

test("evidence added during the walk reaches the room only once marked as seen then, and a removal is undone from the keyboard", async ({ context, page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const presenter = await openPresenter(context, page);
  const shared = presenter.getByRole("region", { name: "Current moment" });
  await expect(shared).toContainText("Checkout error alert fires");
  await openTab(page, "Timeline");
  const row = page.getByRole("listitem", { name: /Checkout error alert fires/ });
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status").filter({ hasText: "new evidence starts as \u201cFound afterwards\u201d" })).toBeVisible();
  const added = row.getByRole("group", { name: "Piece of evidence" }).last();
  await expect(added.getByRole("combobox", { name: "When it was known" })).toHaveValue("found_afterwards");
  // The cursor is in its text box: typed there, it is saved and still not on the shared screen.
  await page.keyboard.type("Typed in the meeting");
  await expect(added.getByRole("textbox", { name: "Quote, note or link text" })).toHaveValue("Typed in the meeting");
  await saved(page);
  await page.waitForTimeout(500);
  await expect(presenter.locator("body")).not.toContainText("Typed in the meeting");
  await added.getByRole("combobox", { name: "When it was known" }).selectOption("during_incident");
  await expect(shared).toContainText("Typed in the meeting", { timeout: 1500 });

  // Removing it says so with an undo, which has the focus at once.
  await added.getByRole("button", { name: "Remove evidence" }).click();
  await expect(shared).not.toContainText("Typed in the meeting", { timeout: 1500 });
  await expect(page.getByRole("status").filter({ hasText: "Removed the evidence \u201cTyped in the meeting\u201d." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("group", { name: "Piece of evidence" })).toHaveCount(3);
  await expect(row.getByRole("group", { name: "Piece of evidence" }).last().getByRole("textbox", { name: "Quote, note or link text" })).toHaveValue("Typed in the meeting");
  await expect(page.getByRole("status").filter({ hasText: "Restored the evidence." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Dismiss message" })).toBeFocused();

  // A new time that moves the walk's moment past another says so.
  const time = row.getByRole("group", { name: "Edit moment" }).getByRole("textbox", { name: "Moment time" });
  await time.fill("09:30");
  await time.press("Tab");
  await expect(page.getByRole("status").filter({ hasText: "moves from place 1 to place 2" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "moves from place 1 to place 2" })).toContainText(
    "The shared screen shows only the moments walked through before it.",
  );
  // The moment now before it was never walked: the room does not see it, though the presenter
  // has had time to follow (a mistyped time must not show the room a later moment).
  await presenter.waitForTimeout(1500);
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await expect(presenter.locator("body")).not.toContainText("Ana suspects the deploy");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(time).toHaveValue("09:00");
  await expect(presenter.getByRole("region", { name: "The timeline so far" })).not.toContainText("Ana suspects the deploy", { timeout: 1500 });
  await expectNothingLater(presenter);
});

test("removing a person takes their accounts only until Undo, which the keyboard reaches at once", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await page.getByRole("article", { name: /Ben Lee/ }).getByRole("textbox", { name: "Sensemaking" }).fill("The migration holding a lock");
  await saved(page);
  await openTab(page, "Setup");
  const benRow = page.getByRole("listitem", { name: "Ben Lee" });
  await benRow.getByText("Questions to ask Ben Lee").click();
  await benRow.getByRole("textbox", { name: "Question for later" }).fill("What did the lock graph show?");
  await benRow.getByRole("button", { name: "Add to queue" }).click();
  await page.getByRole("button", { name: "Remove Ben Lee" }).click();
  const removed = "Removed Ben Lee, their account and a question for them.";
  await expect(page.getByRole("status").filter({ hasText: removed })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Ben Lee" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  // Nothing of his is left put to no one while he is gone.
  await saved(page);
  const without = JSON.parse((await download(page, "Export review")).text);
  expect(without.review.questions ?? []).toEqual([]);
  await page.getByRole("button", { name: "Undo" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Restored Ben Lee, their account and a question for them." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Ben Lee" })).toBeVisible();
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  expect(exported.review.accounts.map((a) => [a.person, a.believed])).toEqual([["ben", "The migration holding a lock"]]);
  expect(exported.review.moments[1].people).toEqual(["ana", "ben"]);
  expect(exported.review.questions.map((q) => [q.person, q.text])).toEqual([["ben", "What did the lock graph show?"]]);
  // Another tab of the same review keeps the undo: through the Timeline to the Synthesis.
  await page.getByRole("button", { name: "Remove Ben Lee" }).click();
  await openTab(page, "Timeline");
  await openTab(page, "Synthesis");
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored Ben Lee" })).toBeVisible();
  await openTab(page, "Setup");
  await expect(page.getByRole("button", { name: "Remove Ben Lee" })).toBeVisible();
  // Leaving the review takes the undo away with it: it would write to a review no longer open.
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.getByRole("button", { name: "Remove Ben Lee" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await page.getByRole("link", { name: "All reviews" }).click();
  await expect(page.getByRole("button", { name: "New review" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: removed })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a drop-down that acts (question on the shared screen, an account, the phase) waits for Enter when browsed by arrow keys", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  // Arrowing through the questions puts none of them on the room's screen; Escape goes back.
  const question = page.getByRole("combobox", { name: "Question on the shared screen" });
  await question.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.waitForTimeout(800);
  await expect(presenter.getByRole("region", { name: "Question" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(question).toHaveValue("");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(presenter.getByRole("region", { name: "Question" })).toBeVisible({ timeout: 1500 });
  // An account is added on Enter, not on the arrow, and the focus goes into it.
  const add = page.getByRole("combobox", { name: "Add an account for" });
  await add.focus();
  await page.keyboard.press("ArrowDown");
  await page.waitForTimeout(300);
  await expect(page.getByRole("article", { name: /Ben Lee/ })).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: /Ben Lee/ }).getByRole("textbox", { name: "Cues" })).toBeFocused();
  // The phase browsed and left is the phase it was.
  const phase = page.getByRole("combobox", { name: "Meeting phase" });
  const was = await phase.inputValue();
  await phase.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await expect(phase).toHaveValue(was);
});

test("the shared screen shows the question, the accounts, the rules and the parking lot only when chosen", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("checkbox", { name: "Show the ground rules on the shared screen" }).check();
  await expect(presenter.getByRole("region", { name: "Ground rules" })).toContainText("how and what, not why and who", { timeout: 1000 });
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const ana = page.getByRole("article", { name: /Ana Souza/ });
  await ana.getByRole("textbox", { name: "Cues" }).fill("The error graph on the big screen");
  await page
    .getByRole("combobox", { name: "Question on the shared screen" })
    .selectOption({ label: "Cues: What was in front of you right then: a screen, a channel, the pager, someone's words?" });
  await expect(presenter.getByRole("region", { name: "Question" })).toContainText("What was in front of you right then", { timeout: 1000 });
  await expect(presenter.getByRole("region", { name: "Accounts" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Show this moment's accounts on the shared screen" }).check();
  await expect(presenter.getByRole("region", { name: "Accounts" })).toContainText("The error graph on the big screen", { timeout: 1500 });
  await expect(presenter.getByRole("region", { name: "Parking lot" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Show the parking lot on the shared screen" }).check();
  await expect(presenter.getByRole("region", { name: "Parking lot" })).toContainText("PARKED earlier idea", { timeout: 1000 });
  await expect(presenter.locator("body")).not.toContainText("PRIVATE");
  // Nobody in the room can scroll: all that was chosen fits a small projector's window, drawn
  // smaller (the timeline so far, last, may run past the bottom).
  await presenter.setViewportSize({ width: 800, height: 600 });
  for (const shown of ["Current moment", "Ground rules", "Question", "Accounts", "Parking lot"]) {
    await expect(presenter.getByRole("region", { name: shown })).toBeInViewport({ ratio: 1 });
  }
  // Drawn smaller, but not the timeline so far, which each step tried would lay out again
  // (every moment walked).
  const fitted = await presenter.evaluate(() => {
    const main = document.querySelector("main");
    const soFar = () => getComputedStyle(document.querySelector('[aria-label="The timeline so far"]')).fontSize;
    const [fit, atFit] = [main.dataset.fit, soFar()];
    main.dataset.fit = "0";
    const atNone = soFar();
    main.dataset.fit = fit;
    return { fit, atFit, atNone };
  });
  expect(Number(fitted.fit)).toBeGreaterThan(0);
  expect(fitted.atFit).toBe(fitted.atNone);

  // An idea parked at a later moment names what came later: back at the first moment, the
  // room does not see it; at its moment, it does.
  await page.getByRole("heading", { name: "Walk-through", level: 2 }).click();
  await page.keyboard.press("n");
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("LATER the rollback decision");
  await page.keyboard.press("i");
  await page.keyboard.type("LATER idea from the third moment");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await expect(presenter.getByRole("region", { name: "Parking lot" })).toContainText("LATER idea from the third moment", { timeout: 1500 });
  await page.getByRole("heading", { name: "Walk-through", level: 2 }).click();
  await page.keyboard.press("p");
  await page.keyboard.press("p");
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires", { timeout: 1500 });
  await expect(presenter.getByRole("region", { name: "Parking lot" })).toContainText("PARKED earlier idea");
  await expect(presenter.getByRole("region", { name: "Parking lot" })).not.toContainText("LATER idea");
});

test("the shared screen reads the review only for saves that change what it shows", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires", { timeout: 1500 });
  const reads = () => presenter.evaluate(() => performance.getEntriesByName("tunnel: the shared screen reads the review").length);
  const revision = () => page.evaluate(() => localStorage.getItem("tunnel:revision:r-walk"));
  await expect.poll(revision).not.toBeNull();
  const [readsBefore, revisionBefore] = [await reads(), await revision()];
  // An account typed while accounts are not shown: saved, and nothing to show.
  await page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" }).fill("The error graph on the big screen");
  await expect.poll(revision).not.toBe(revisionBefore);
  await presenter.waitForTimeout(500);
  expect(await reads()).toBe(readsBefore);
  // Shown, it is read and drawn; and so is the account typed next.
  await page.getByRole("checkbox", { name: "Show this moment's accounts on the shared screen" }).check();
  await expect(presenter.getByRole("region", { name: "Accounts" })).toContainText("The error graph on the big screen", { timeout: 1500 });
  await page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" }).fill("The error graph, then the pager");
  await expect(presenter.getByRole("region", { name: "Accounts" })).toContainText("then the pager", { timeout: 1500 });
  // A change made outside the walk carries no fingerprint: the screen reads it.
  const readsThere = await reads();
  await page.getByRole("link", { name: "Timeline" }).click();
  const row = page.getByRole("listitem", { name: /Checkout error alert fires/ });
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("textbox", { name: "Description" }).fill("Checkout error alert fires, page sent");
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("page sent", { timeout: 2000 });
  expect(await reads()).toBeGreaterThan(readsThere);
  expect(await page.evaluate(() => localStorage.getItem("tunnel:room:r-walk"))).toBeNull();
});

test("a step reaches the shared screen from the console's journal, before its save, reading nothing", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const current = presenter.getByRole("region", { name: "Current moment" });
  await expect(current).toContainText("Checkout error alert fires", { timeout: 1500 });
  const reads = () => presenter.evaluate(() => performance.getEntriesByName("tunnel: the shared screen reads the review").length);
  const revision = () => page.evaluate(() => localStorage.getItem("tunnel:revision:r-walk"));
  await expect.poll(revision).not.toBe("1");
  await presenter.waitForTimeout(300);
  const readsBefore = await reads();
  // Watches for `words` on the screen: the stored revision when they show, and whether any
  // text the room may not see showed meanwhile.
  const watchFor = (words) =>
    presenter.evaluate((words) => {
      window.shown = new Promise((resolve) => {
        const watch = new MutationObserver(() => {
          const main = document.querySelector("main")?.textContent ?? "";
          if (/AFTERWARDS|PRIVATE/.test(main)) window.leaked = main;
          if (document.querySelector('[aria-label="Current moment"]')?.textContent.includes(words)) {
            watch.disconnect();
            resolve(localStorage.getItem("tunnel:revision:r-walk"));
          }
        });
        watch.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, words);
  for (const words of ["Ana suspects the deploy", "LATER the rollback decision"]) {
    const before = await revision();
    await watchFor(words);
    await page.getByRole("button", { name: "Next moment" }).click();
    expect(await presenter.evaluate(() => window.shown), "shown before the step was saved").toBe(before);
    await expect.poll(revision).not.toBe(before);
    await presenter.waitForTimeout(300);
    expect(await reads(), "the review was not read again").toBe(readsBefore);
  }
  expect(await presenter.evaluate(() => window.leaked)).toBeUndefined();
  await expect(presenter.getByRole("main")).not.toContainText("AFTERWARDS");
  await expect(presenter.getByRole("main")).not.toContainText("PRIVATE");
  // The console hands its journal to the window it opened, besides storing it.
  await presenter.evaluate(() => addEventListener("message", (e) => (window.handed = [...(window.handed ?? []), e.data[0]])));
  // A step back too. At no frame after it does the picture show more moments than those up
  // to the one at hand: the picture and the timeline so far catch up with a step forward a
  // frame late, never with a step back.
  await presenter.evaluate(() => {
    window.tooMany = [];
    const marks = () => [...document.querySelectorAll(".pic-marks path")].reduce((n, p) => n + p.getAttribute("d").split("M").length - 1, 0);
    const check = () => {
      const at = document.querySelector('[aria-label="Current moment"]')?.textContent ?? "";
      if (at.includes("Ana suspects the deploy") && marks() > 2) window.tooMany.push(marks());
      if (!window.stopChecking) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.getByRole("button", { name: "Previous moment" }).click();
  await expect(current).toContainText("Ana suspects the deploy", { timeout: 1000 });
  await expect(presenter.getByRole("main")).not.toContainText("LATER the rollback decision");
  await presenter.waitForTimeout(300);
  expect(await presenter.evaluate(() => ((window.stopChecking = true), window.tooMany)), "frames showing a later moment").toEqual([]);
  // And forward again: the picture catches up.
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(current).toContainText("LATER the rollback decision", { timeout: 1000 });
  await expect.poll(async () => (await stillMarks(presenter)).reduce((sum, [, marks]) => sum + marks, 0)).toBe(3);
  expect(await presenter.evaluate(() => window.handed)).toContainEqual(expect.stringMatching(/^tunnel:journal:r-walk:/));
});

test("both windows recover after a reload, and the presenter never writes", async ({ context, page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  // A meeting under way (its clock running) reopens its shared screen where it is.
  const presenter = await openPresenter(context, page);
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  const revision = () => page.evaluate(() => localStorage.getItem("tunnel:revision:r-walk"));
  const before = await revision();
  await presenter.reload();
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  await presenter.getByRole("button", { name: "Dark theme" }).click();
  await expect(presenter.getByRole("button", { name: "Light theme" })).toBeVisible();
  expect(await revision()).toBe(before);
  // The theme chosen stays chosen when the shared screen's window is reloaded.
  await presenter.reload();
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  await expect(presenter.getByRole("button", { name: "Light theme" })).toBeVisible();
  await expect(presenter.locator("main.presenter")).toHaveClass(/\bdark\b/);
  expect(await revision()).toBe(before);
  await page.reload();
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText("LATER the rollback decision", { timeout: 1000 });
});

test("two consoles moving the walk at the same moment agree on where it is, asking no one", async ({ context, page }) => {
  await openConsole(page, {
    ...REVIEW,
    review: { ...REVIEW.review, session: { phase: "walk", walked: ["m1", "m2"], current: "m2", time_box_minutes: 60 } },
  });
  const presenter = await openPresenter(context, page, "Open at moment 2");
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("heading", { name: "Walk-through", level: 2 })).toBeVisible();
  const where = (p) => p.getByRole("region", { name: "Current moment" }).first();
  await expect(where(other)).toContainText("Ana suspects the deploy");
  // Each window presses at one agreed instant: both moves are made before either is saved.
  const pressAt = (p, button, when) =>
    p.evaluate(
      ([button, when]) => {
        const target = document.querySelector(`button[aria-label="${button}"]`);
        setTimeout(() => target.click(), Math.max(0, when - Date.now()));
      },
      [button, when],
    );
  const when = (await page.evaluate(() => Date.now())) + 300;
  await Promise.all([pressAt(page, "Next moment", when), pressAt(other, "Previous moment", when)]);
  await page.waitForTimeout(2000);
  for (const console_ of [page, other]) {
    await expect(console_.getByRole("region", { name: "Changed in two windows" })).toHaveCount(0);
    await expect(console_.getByText("All changes saved")).toBeVisible();
  }
  const shown = (await where(page).innerText()).includes("LATER") ? "LATER the rollback decision" : "Checkout error alert fires";
  await expect(where(other)).toContainText(shown);
  await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText(shown);
});

test("two accounts of one moment are kept side by side, and both survive", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  const ana = page.getByRole("article", { name: /Ana Souza/ });
  const ben = page.getByRole("article", { name: /Ben Lee/ });
  await ana.getByRole("textbox", { name: "Sensemaking" }).fill("A bad deploy of checkout");
  await ben.getByRole("textbox", { name: "Sensemaking" }).fill("The migration holding a lock");
  // One question at a time: the other families, the hypothetical last, are one press away.
  await expect(ben.getByRole("textbox", { name: /Hypotheticals/ })).toBeHidden();
  await ben.getByRole("button", { name: "All questions" }).click();
  await ben.getByRole("textbox", { name: /Hypotheticals \(hypothetical: ask only after the account\)/ }).fill("A dashboard of locks");
  await saved(page);
  await page.reload();
  await expect(page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Sensemaking" })).toHaveValue("A bad deploy of checkout");
  await expect(page.getByRole("article", { name: /Ben Lee/ }).getByRole("textbox", { name: "Sensemaking" })).toHaveValue("The migration holding a lock");
  const exported = JSON.parse((await download(page, "Export review")).text);
  const accounts = exported.review.accounts.filter((a) => a.moment === "m2");
  expect(accounts.map((a) => [a.person, a.believed]).sort()).toEqual([
    ["ana", "A bad deploy of checkout"],
    ["ben", "The migration holding a lock"],
  ]);
  await expect(page.getByRole("status").filter({ hasText: /Moment 2 of 3 · 2 walked · 2 without an account yet/ })).toBeVisible();
});

test("a responder asked at the next moment keeps a panel that shows that moment's account, questions and notes", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const ana = page.getByRole("article", { name: /Ana Souza/ });
  const cues = ana.getByRole("textbox", { name: "Cues" });
  const notes = ana.getByRole("list", { name: "Language notes", exact: true });
  const all = ana.getByRole("button", { name: "All questions" });
  const hypothetical = ana.getByRole("textbox", { name: /Hypotheticals/ });
  await cues.fill("At the alert she should have seen the second graph");
  await page.keyboard.press("Escape");
  await expect(notes).toContainText("should have");
  await all.click();
  await expect(hypothetical).toBeVisible();
  // The next moment asks Ana again: her panel shows its account, none of the last one's.
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  await expect(cues).toHaveValue("");
  // At once, not when a pause in typing would have let the guard read the field again.
  await expect(notes).toHaveCount(0, { timeout: 200 });
  await expect(page.getByRole("list", { name: "Open language notes" })).toHaveCount(0);
  await expect(all).toHaveAttribute("aria-expanded", "false");
  await expect(hypothetical).toBeHidden();
  await cues.fill("The deploy graph");
  await page.keyboard.press("Escape");
  await page.keyboard.press("p");
  await expect(cues).toHaveValue("At the alert she should have seen the second graph");
  await expect(notes).toContainText("should have");
  await page.keyboard.press("n");
  await expect(cues).toHaveValue("The deploy graph");
  // The third moment does not ask Ana: her panel goes.
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("LATER the rollback decision");
  await expect(ana).toHaveCount(0);
  await expect(page.getByRole("article", { name: /Ben Lee/ })).toBeVisible();
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  const told = exported.review.accounts.filter((a) => a.person === "ana").map((a) => [a.moment, a.saw]);
  expect(told.sort()).toEqual([
    ["m1", "At the alert she should have seen the second graph"],
    ["m2", "The deploy graph"],
  ]);
});

test("a parked idea keeps the moment it came from", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await page.getByRole("heading", { name: "Walk-through", level: 2 }).click();
  await page.keyboard.press("i");
  await expect(page.getByRole("textbox", { name: "Idea to park" })).toBeFocused();
  await page.keyboard.type("Show deploys on the checkout dashboard");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("LATER the rollback decision");
  const parked = page.getByRole("group", { name: "Parked idea: Show deploys on the checkout dashboard" });
  await expect(parked).toContainText("(from 09:05 · Ana suspects the deploy)");
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  const idea = exported.review.parking_lot.find((i) => i.text === "Show deploys on the checkout dashboard");
  expect(idea.moment).toBe("m2");
});

test("parked ideas are edited, reordered and removed from the console, and keep their moment", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await page.getByRole("textbox", { name: "Idea to park" }).fill("Show deploys");
  await page.getByRole("button", { name: "Park idea" }).click();
  const rows = page.getByRole("list", { name: "Parked ideas" }).getByRole("group");
  await expect(rows).toHaveCount(2);
  await page.getByRole("group", { name: "Parked idea: Show deploys" }).getByRole("textbox", { name: "Idea" })
    .fill("Show deploys and migrations on the checkout dashboard");
  const edited = page.getByRole("group", { name: "Parked idea: Show deploys and migrations on the checkout dashboard" });
  await expect(edited).toContainText("(from 09:05 · Ana suspects the deploy)");
  await edited.getByRole("button", { name: "Move up" }).click();
  await expect(rows.first()).toHaveAccessibleName("Parked idea: Show deploys and migrations on the checkout dashboard");
  await expect(edited.getByRole("button", { name: "Move up" })).toBeFocused();
  await page.getByRole("group", { name: "Parked idea: PARKED earlier idea" }).getByRole("button", { name: "Remove" }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole("status").filter({ hasText: "Removed the parked idea" }).getByRole("button", { name: "Undo" }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.last()).toHaveAccessibleName("Parked idea: PARKED earlier idea");
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  expect(exported.review.parking_lot.map((i) => [i.text, i.moment ?? null])).toEqual([
    ["Show deploys and migrations on the checkout dashboard", "m2"],
    ["PARKED earlier idea", null],
  ]);
  // An idea half typed is still there after a look at another phase.
  await page.getByRole("textbox", { name: "Idea to park" }).fill("Alert on lock");
  const tabs = page.getByRole("navigation", { name: "Review sections" });
  await tabs.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
  await tabs.getByRole("link", { name: "Walk-through" }).click();
  await expect(page.getByRole("textbox", { name: "Idea to park" })).toHaveValue("Alert on lock");
});

test("a keyboard-only walk of five moments with two accounts, a question shown and a parked idea", async ({ context, page }) => {
  const five = structuredClone(REVIEW);
  five.review.moments = [1, 2, 3, 4, 5].map((n) => ({
    id: `k${n}`,
    at: `2026-03-14T09:0${n}:00Z`,
    kind: n === 1 ? "signal" : "action",
    description: `Step ${n} of the response`,
    people: ["ana", "ben"],
  }));
  five.review.notes = [];
  await openConsole(page, five);
  await page.evaluate(() => {
    window.__mouse = 0;
    window.__keys = 0;
    for (const type of ["mousedown", "mouseup", "click", "pointerdown"]) {
      addEventListener(type, (e) => { if (e.isTrusted && e.detail > 0) window.__mouse++; }, true);
    }
    addEventListener("keydown", () => window.__keys++, true);
  });
  const current = page.getByRole("region", { name: "Current moment" });
  const ana = page.getByRole("article", { name: /Ana Souza/ });
  const ben = page.getByRole("article", { name: /Ben Lee/ });
  await page.keyboard.press("n");
  await expect(current).toContainText("Step 1 of the response");
  await expect(current).toBeFocused();
  // "a": the first responder's first empty question, then the next responder's.
  await page.keyboard.press("a");
  await expect(ana.getByRole("textbox", { name: "Cues" })).toBeFocused();
  await page.keyboard.type("The pager and the error graph");
  // From inside the answer, Ctrl+Enter shows the question it answers; the answer keeps the
  // focus and its words ("s" there is a letter).
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("combobox", { name: "Question on the shared screen" }))
    .toHaveValue(/What was in front of you right then/);
  await expect(ana.getByRole("textbox", { name: "Cues" })).toBeFocused();
  await expect(ana.getByRole("textbox", { name: "Cues" })).toHaveValue("The pager and the error graph");
  await page.keyboard.press("Escape");
  await page.keyboard.press("a");
  await expect(ben.getByRole("textbox", { name: "Cues" })).toBeFocused();
  await page.keyboard.type("Lock waits");
  await page.keyboard.press("Escape");
  // "q" asks Ben the next question: the core first (what he believed).
  await page.keyboard.press("q");
  await expect(ben.getByRole("textbox", { name: "Sensemaking" })).toBeFocused();
  await page.keyboard.type("The migration");
  await page.keyboard.press("Escape");
  await page.keyboard.press("s");
  await expect(page.getByRole("combobox", { name: "Question on the shared screen" }))
    .toHaveValue(/how would you have briefed them/);
  await page.keyboard.press("i");
  await page.keyboard.type("Show lock waits on the dashboard");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  for (const n of [2, 3, 4, 5]) {
    await page.keyboard.press("n");
    await expect(current).toContainText(`Step ${n} of the response`);
    await expect(current).toBeFocused();
  }
  await saved(page);
  expect(await page.evaluate(() => window.__mouse)).toBe(0);
  const keys = await page.evaluate(() => window.__keys);
  test.info().annotations.push({ type: "keystrokes", description: String(keys) });
  console.log(`keyboard walk: ${keys} keystrokes, typing included`);
  const exported = JSON.parse((await download(page, "Export review")).text);
  const k1 = exported.review.accounts.filter((a) => a.moment === "k1").map((a) => [a.person, a.saw, a.believed ?? ""]).sort();
  expect(k1).toEqual([["ana", "The pager and the error graph", ""], ["ben", "Lock waits", "The migration"]]);
  expect(exported.review.parking_lot.find((i) => i.text === "Show lock waits on the dashboard").moment).toBe("k1");
  expect(exported.review.session.current).toBe("k5");
});

test("at 1366x768 and 1280x720 the current moment and the first question need no scrolling", async ({ page }) => {
  for (const [width, height] of [[1366, 768], [1280, 720]]) {
    await page.setViewportSize({ width, height });
    await openConsole(page);
    await page.getByRole("button", { name: "Start walk-through" }).click();
    await page.getByRole("button", { name: "Next moment" }).click();
    await page.getByRole("button", { name: "Dismiss message" }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const moment = page.getByRole("region", { name: "Current moment" }).getByText("Ana suspects the deploy");
    const first = page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" });
    for (const [what, locator] of [["the current moment", moment], ["the first question", first]]) {
      const box = await locator.boundingBox();
      expect(box.y + box.height, `${what} at ${width}x${height} ends at ${Math.round(box.y + box.height)} px`).toBeLessThanOrEqual(height);
    }
    // Navigation, phase, clock and presenter are one compact bar: two rows at most.
    const controls = [
      page.getByRole("button", { name: "Previous moment" }),
      page.getByRole("button", { name: "Next moment" }),
      page.getByRole("combobox", { name: "Jump to moment" }),
      page.getByRole("combobox", { name: "Meeting phase" }),
      page.getByRole("timer", { name: "Meeting clock" }),
      page.getByRole("button", { name: "Open presenter view" }),
      page.getByRole("button", { name: "Keyboard shortcuts" }),
    ];
    const middles = [];
    for (const control of controls) {
      const box = await control.boundingBox();
      middles.push(box.y + box.height / 2);
    }
    middles.sort((a, b) => a - b);
    const rows = 1 + middles.filter((y, i) => i > 0 && y - middles[i - 1] > 15).length;
    expect(rows, `the bar's rows at ${width}x${height}: ${middles.map(Math.round)}`).toBeLessThanOrEqual(2);
    // The bar stays in view when the page scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.getByRole("button", { name: "Next moment" })).toBeInViewport();
    await expect(page.getByRole("timer", { name: "Meeting clock" })).toBeInViewport();
  }
});

test("a question queued for a person while preparing comes up at their moments, and more can be queued in the walk", async ({ context, page }) => {
  await openConsole(page);
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Setup" }).click();
  const benRow = page.getByRole("listitem", { name: "Ben Lee" });
  await benRow.getByText("Questions to ask Ben Lee").click();
  await benRow.getByRole("textbox", { name: "Question for later" }).fill("What did the lock graph look like to you?");
  await benRow.getByRole("button", { name: "Add to queue" }).click();
  await expect(benRow.getByRole("list", { name: "Questions for Ben Lee" })).toContainText("What did the lock graph look like to you?");
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Walk-through" }).click();
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  // Ben is not part of the first moment: his question waits.
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await expect(page.getByRole("list", { name: "Questions for Ben Lee" })).toHaveCount(0);
  await page.getByRole("button", { name: "Next moment" }).click();
  const ben = page.getByRole("article", { name: /Ben Lee/ });
  await expect(ben.getByRole("list", { name: "Questions for Ben Lee" })).toContainText("What did the lock graph look like to you?");
  await page.getByRole("checkbox", { name: "Show this moment's accounts on the shared screen" }).check();
  const ana = page.getByRole("article", { name: /Ana Souza/ });
  await ana.getByRole("textbox", { name: "Question for later" }).fill("Who else was in the channel?");
  await ana.getByRole("button", { name: "Add to queue" }).click();
  await expect(ana.getByRole("list", { name: "Questions for Ana Souza" })).toContainText("Who else was in the channel?");
  await ben.getByRole("button", { name: "Asked: What did the lock graph look like to you?" }).click();
  await expect(ben.getByRole("list", { name: "Questions for Ben Lee" }).getByRole("listitem")).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(presenter.locator("body")).not.toContainText("Who else was in the channel?");
  await expect(presenter.locator("body")).not.toContainText("lock graph");
  await saved(page);
  const exported = JSON.parse((await download(page, "Export review")).text);
  expect(exported.review.questions.map((q) => [q.person, q.text, q.asked ?? false])).toEqual([
    ["ben", "What did the lock graph look like to you?", true],
    ["ana", "Who else was in the channel?", false],
  ]);
});

test("keyboard shortcuts move the walk and are listed in a help overlay", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("heading", { name: "Walk-through", level: 2 }).click();
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  await page.keyboard.press("p");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Next moment");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.keyboard.press("j");
  await expect(page.getByRole("combobox", { name: "Jump to moment" })).toBeFocused();
  const jump = page.getByRole("combobox", { name: "Jump to moment" });
  // Walked moments are ticked; moments nobody has spoken to yet say so.
  await expect(jump.getByRole("option", { name: "✓ 09:05 · Ana suspects the deploy (no account yet)" })).toHaveCount(1);
  await jump.selectOption({ label: "09:40 · LATER the rollback decision (no account yet)" });
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("LATER the rollback decision");
  // Typing in a field never moves the walk.
  const cues = page.getByRole("article", { name: /Ben Lee/ }).getByRole("textbox", { name: "Cues" });
  await cues.click();
  await page.keyboard.type("pn");
  await expect(cues).toHaveValue("pn");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("LATER the rollback decision");
});

test("after a jump the console says which number the shared screen gives the moment", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const progress = page.getByRole("status").filter({ hasText: /walked/ });
  await expect(progress).toContainText("Moment 1 of 3 ·");
  await page.getByRole("combobox", { name: "Jump to moment" }).selectOption({ label: "09:40 · LATER the rollback decision (no account yet)" });
  // The room has seen two moments: the one passed over is not counted there.
  await expect(progress).toContainText("Moment 3 of 3 (2 on the shared screen)");
  await expect(presenter.getByText("Moment 2", { exact: true })).toBeVisible({ timeout: 2000 });
});

test("browsing the jump list with the arrow keys never changes what the presenter shows", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  const shared = presenter.getByRole("region", { name: "Current moment" });
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await expect(shared).toContainText("Checkout error alert fires", { timeout: 1000 });
  const jump = page.getByRole("combobox", { name: "Jump to moment" });
  await jump.focus();
  // Every press changes the closed list's value; none of them may move the walk.
  for (const key of ["ArrowDown", "ArrowDown", "ArrowUp", "ArrowDown", "End"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
    await expectNothingLater(presenter);
    await expect(shared).toContainText("Checkout error alert fires");
  }
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await page.waitForTimeout(800);
  await expectNothingLater(presenter);
  // Escape puts the list back on the moment the walk is at; Enter goes where it was browsed to.
  // Said in a live region, so that a screen reader hears it as it appears.
  const notThere = page.getByRole("status").filter({ hasText: "Not there yet: Enter goes there, Esc goes back." });
  await expect(notThere).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  await expect(jump).toHaveValue("m1");
  await expect(notThere).toHaveCount(0);
  await jump.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  await expect(shared).toContainText("Ana suspects the deploy", { timeout: 1000 });
  // Leaving the list after browsing goes nowhere either.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await expect(jump).toHaveValue("m2");
  await page.waitForTimeout(500);
  await expect(shared).toContainText("Ana suspects the deploy");
  await expectNothingLater(presenter);
});

test("shortcuts work while a checkbox or a button has the focus", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("checkbox", { name: /Peek ahead/ }).focus();
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await page.getByRole("checkbox", { name: "Show the ground rules on the shared screen" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Ana suspects the deploy");
  await page.getByRole("button", { name: "Open presenter view" }).focus();
  await page.keyboard.press("p");
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
});

test("the status follows the meeting with an undo, and starters fit the moment", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Status: In the meeting (was Preparing)." });
  await expect(notice).toBeVisible();
  // A signal at detection opens with how we found out.
  const current = page.getByRole("region", { name: "Current moment" });
  await expect(current).toContainText("How did we find out?");
  await notice.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  // A decision during the response asks about the options, not about fixes.
  await expect(current).toContainText("LATER the rollback decision");
  await expect(current).toContainText("Which options were on the table?");
  await expect(current).not.toContainText("Which fixes were considered?");
  // The synthesis is done in the meeting; its close leaves the follow-up.
  await page.getByRole("combobox", { name: "Meeting phase" }).selectOption({ label: "Synthesise" });
  await expect(page.getByRole("status").filter({ hasText: "Status: In the meeting (was Preparing)." })).toBeVisible();
  await page.getByRole("combobox", { name: "Meeting phase" }).selectOption({ label: "Close" });
  await expect(page.getByRole("status").filter({ hasText: "Status: Follow-up (was In the meeting)." })).toBeVisible();
  await saved(page);
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Setup" }).click();
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("follow_up");
});

test("the meeting clock counts meeting time only, pauses, survives a reload and the next day, and shows on the shared screen", async ({ context, page }) => {
  const t0 = Date.parse("2026-03-20T09:00:00Z");
  const at = (minutes) => page.clock.setFixedTime(t0 + minutes * 60_000);
  await at(0);
  await openConsole(page);
  const timer = page.getByRole("timer", { name: "Meeting clock" });
  await expect(timer).toHaveText("Meeting 0:00 of 60 min · Open the meeting 0:00 of 3 min (paused)");
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await at(5);
  await expect(timer).toHaveText("Meeting 5:00 of 60 min · Walk the tunnel 5:00 of 36 min");
  await page.getByRole("button", { name: "Pause meeting clock" }).click();
  await at(15);
  await expect(timer).toHaveText("Meeting 5:00 of 60 min · Walk the tunnel 5:00 of 36 min (paused)");
  await saved(page);
  await page.reload();
  await expect(timer).toHaveText("Meeting 5:00 of 60 min · Walk the tunnel 5:00 of 36 min (paused)");
  await page.getByRole("button", { name: "Resume meeting clock" }).click();
  await at(17);
  await expect(timer).toContainText("Meeting 7:00 of 60 min");
  await page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" }).fill("the alert email");
  await saved(page);
  // The next morning the console opens again: the clock was left running, and the night is
  // not meeting time.
  await at(24 * 60);
  await page.reload();
  await expect(timer).toHaveText("Meeting 7:00 of 60 min · Walk the tunnel 7:00 of 36 min (paused)");
  await expect(page.getByRole("status").filter({ hasText: "The meeting clock was left running" })).toBeVisible();
  // Stopped in storage too, where the shared screen, opened on its own, reads it: opened
  // again, the review has nothing left to settle.
  await saved(page);
  await page.reload();
  await expect(timer).toHaveText("Meeting 7:00 of 60 min · Walk the tunnel 7:00 of 36 min (paused)");
  await expect(page.getByRole("status").filter({ hasText: "The meeting clock was left running" })).toHaveCount(0);
  await page.getByRole("button", { name: "Resume meeting clock" }).click();
  await at(24 * 60 + 31);
  await expect(timer).toHaveText("Meeting 38:00 of 60 min · Walk the tunnel 38:00 of 36 min, 2 min over");
  // On the shared screen only when chosen.
  const presenter = await openPresenter(context, page);
  await expect(presenter.getByRole("timer", { name: "Meeting clock" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Show the meeting clock on the shared screen" }).check();
  await expect(presenter.getByRole("timer", { name: "Meeting clock" })).toContainText("Meeting 38:00 of 60 min", { timeout: 2000 });
});

test("a meeting clock running for more than 20 minutes keeps running when the facilitator steps out to the Timeline and back", async ({ page }) => {
  const t0 = Date.parse("2026-03-20T09:00:00Z");
  const at = (minutes) => page.clock.setFixedTime(t0 + minutes * 60_000);
  await at(0);
  await openConsole(page);
  const timer = page.getByRole("timer", { name: "Meeting clock" });
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await at(40);
  await page.getByRole("button", { name: "Next moment" }).click();
  await saved(page);
  // Only the console's screen changes: the review stays open, and its last change is the save
  // a moment ago, not the time it was opened.
  await openTab(page, "Timeline");
  await openTab(page, "Walk-through");
  await at(41);
  await expect(timer).toHaveText("Meeting 41:00 of 60 min · Walk the tunnel 41:00 of 36 min, 5 min over");
  await expect(page.getByRole("status").filter({ hasText: "The meeting clock was left running" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Pause meeting clock" })).toBeVisible();
});

test("the language guard marks blame and hindsight, suggests a reframe, and can be dismissed", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const cues = page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" });
  await cues.fill("Just after 10:00 I restarted the service");
  await expect(page.getByRole("list", { name: "Language notes", exact: true })).toHaveCount(0);
  await cues.fill("I should have restarted the service; obviously it was the deploy");
  const notes = page.getByRole("list", { name: "Language notes", exact: true });
  await expect(notes.getByRole("listitem")).toHaveCount(2);
  await expect(notes.getByRole("listitem").first()).toContainText("should have");
  // Said of oneself, it gets the answer self-blame needs.
  await expect(notes.getByRole("listitem").first()).toContainText("This is self-blame");
  await notes.getByRole("button", { name: "Dismiss \u201cobviously\u201d" }).click();
  await expect(notes.getByRole("listitem")).toHaveCount(1);
  await expect(cues).toHaveValue("I should have restarted the service; obviously it was the deploy");
  await expect(page.getByText("Language notes in this review: 1 open, 1 dismissed.")).toBeVisible();
  const facilitator = page.getByRole("textbox", { name: "Facilitator notes" });
  await facilitator.fill("Why did you wait?");
  await expect(page.getByRole("list", { name: "Language notes", exact: true }).last().getByRole("listitem")).toContainText("Why did you");
});

test("the guard reads the room's own register: sarcasm in chat, a side declared clear, and a harm that did not happen", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const cues = page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" });
  const notes = page.getByRole("list", { name: "Language notes", exact: true });
  // A near miss told as it stood is not a path someone failed to take; the thanks after it,
  // marked as sarcasm, is a verdict on the team.
  await cues.fill("That edge case would've caused a full outage. big thanks to the db team for another fun weekend /s");
  await expect(notes.getByRole("listitem")).toHaveCount(1);
  await expect(notes.getByRole("listitem").first()).toContainText("team");
  await expect(notes.getByRole("listitem").first()).toContainText("A verdict ends the inquiry");
  await cues.fill("The outage was not our fault; the upstream provider dropped the route.");
  await expect(notes.getByRole("listitem")).toHaveCount(1);
  await expect(notes.getByRole("listitem").first()).toContainText("not our fault");
  await expect(notes.getByRole("listitem").first()).toContainText("Comparing with how others would have done it");
});

test("language notes stay after the field is left, are listed for the moment, and are asked about before the room sees the accounts", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const ana = page.getByRole("article", { name: /Ana Souza/ });
  const cues = ana.getByRole("textbox", { name: "Cues" });
  await cues.fill("She should have seen the second graph");
  await page.keyboard.press("Escape");
  await expect(cues).not.toBeFocused();
  // Out of the field, onto the moment, not the top of the page.
  await expect(page.getByRole("region", { name: "Current moment" }).first()).toBeFocused();
  await expect(ana.getByRole("list", { name: "Language notes", exact: true })).toContainText("should have");
  const open = page.getByRole("list", { name: "Open language notes" });
  const note = open.getByRole("button", { name: "\u201cshould have\u201d in Ana Souza\u2019s Cues" });
  await note.click();
  await expect(cues).toBeFocused();
  await page.keyboard.press("Escape");
  const show = page.getByRole("checkbox", { name: "Show this moment's accounts on the shared screen" });
  await show.click();
  const dialog = page.getByRole("dialog", { name: "Language notes are still open" });
  await expect(dialog).toContainText("1 open language note");
  await dialog.getByRole("button", { name: "Review them first" }).click();
  await expect(show).not.toBeChecked();
  await expect(note).toBeFocused();
  await page.waitForTimeout(500);
  await expect(presenter.getByText("She should have seen the second graph")).toHaveCount(0);
  await show.click();
  await page.getByRole("dialog", { name: "Language notes are still open" }).getByRole("button", { name: "Show them anyway" }).click();
  await expect(show).toBeChecked();
  await expect(presenter.getByText("She should have seen the second graph")).toBeVisible({ timeout: 2000 });
  // The shared screen shows the words, never the notes about them.
  await expect(presenter.getByRole("list", { name: /language notes/i })).toHaveCount(0);
  await expect(presenter.locator("body")).not.toContainText("sensible one at the time");
});

test("two consoles editing different fields of one account both keep their words", async ({ context, page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await saved(page);
  const other = await context.newPage();
  await other.goto("/#/review/r-walk/walk");
  await expect(other.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  const account = (p) => p.getByRole("article", { name: /Ana Souza/ });
  await Promise.all([
    account(page).getByRole("textbox", { name: "Cues" }).fill("From console A"),
    account(other).getByRole("textbox", { name: "Sensemaking" }).fill("From console B"),
  ]);
  for (const p of [page, other]) {
    await expect(account(p).getByRole("textbox", { name: "Cues" })).toHaveValue("From console A");
    await expect(account(p).getByRole("textbox", { name: "Sensemaking" })).toHaveValue("From console B");
    await saved(p);
  }
});

test("an account given in another console counts in this console's progress, jump list and language count", async ({ context, page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const progress = page.getByRole("status").filter({ hasText: /Moment 1 of 3/ });
  await expect(progress).toContainText("1 walked · 3 without an account yet");
  await saved(page);
  // Well after this console's own edits have settled: only the other console's save is new.
  await page.waitForTimeout(1500);
  const other = await context.newPage();
  await other.goto("/#/review/r-walk/walk");
  await other.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" }).fill("The error alert, which she should have seen");
  await saved(other);
  await expect(progress).toContainText("1 walked · 2 without an account yet");
  const first = page.getByRole("combobox", { name: "Jump to moment" }).locator("option").first();
  await expect(first).not.toContainText("no account yet");
  // The review's language count follows the other console's words too.
  await expect(page.getByText(/Language notes in this review/)).toContainText("1 open");
});

test("the console and the shared screen have no axe violations", async ({ context, page }) => {
  const pivoted = structuredClone(REVIEW);
  pivoted.review.moments[2].pivot = true;
  await openConsole(page, pivoted);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const presenter = await openPresenter(context, page);
  for (const [p, where] of [[page, "console"], [presenter, "presenter"]]) {
    const results = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target).slice(0, 2)}`)).toEqual([]);
  }
  await presenter.getByRole("button", { name: "Dark theme" }).click();
  // Every kind's marker on the dark theme: a signal, a hypothesis and a decision in turn.
  for (const description of ["Checkout error alert fires", "Ana suspects the deploy", "LATER the rollback decision"]) {
    await expect(presenter.getByRole("region", { name: "Current moment" })).toContainText(description, { timeout: 1000 });
    const dark = await new AxeBuilder({ page: presenter }).withTags(["wcag2aa"]).analyze();
    expect(dark.violations.map((v) => `${description}: ${v.id} ${v.nodes.map((n) => n.target).slice(0, 2)}`)).toEqual([]);
    await page.getByRole("button", { name: "Next moment" }).click();
  }
  // The pivot marker is as large as the kind beside it.
  const sizes = await presenter.locator(".room-current .room-when").evaluate((line) => [
    getComputedStyle(line.querySelector(".kind")).fontSize,
    getComputedStyle(line.querySelector(".moment-tags")).fontSize,
  ]);
  expect(sizes[1]).toBe(sizes[0]);
});

// A 1920x1080 screen in a meeting room, and a 1280x720 projector: the current moment fits
// without scrolling and stays large enough for the back of the room (two thirds the size on
// the smaller screen).
for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`on a ${width}x${height} shared screen the current moment needs no scrolling, however long it is`, async ({ context, page }) => {
    const sentence = "The checkout service returned errors for some customers while the payment dashboard looked healthy. ";
    const scale = height / 1080;
    for (const length of [90, 400, 1500]) {
      const review = structuredClone(REVIEW);
      const moment = review.review.moments[0];
      moment.description = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
      moment.people = ["ana", "ben"];
      moment.evidence = [0, 1, 2, 3].map((i) => ({
        id: `q${i}`,
        kind: "quote",
        text: `p99 latency at 4.2 s on checkout-api, error budget burning 14 times too fast, lock waits climbing (${i})`,
        seen: "during_incident",
      }));
      await openConsole(page, review);
      const presenter = await openPresenter(context, page);
      await presenter.setViewportSize({ width, height });
      await page.getByRole("button", { name: "Start walk-through" }).click();
      await page.getByRole("checkbox", { name: "Show the meeting clock on the shared screen" }).check();
      await expect(presenter.getByRole("timer", { name: "Meeting clock" })).toBeVisible({ timeout: 2000 });
      const current = presenter.getByRole("region", { name: "Current moment" });
      await expect(current).toContainText(moment.description.slice(-40), { timeout: 1000 });
      const box = await current.boundingBox();
      expect(box.y + box.height, `${length} characters`).toBeLessThanOrEqual(height);
      // Still large type for the back of the room.
      const size = await current.getByText(moment.description.slice(0, 60)).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size, `${length} characters`).toBeGreaterThanOrEqual((length < 160 ? 48 : 24) * scale);
      await presenter.close();
    }
  });
}

test("before a report is written the open language notes are listed with their places, and can be reworded or dismissed there", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.summary = "Checkout failed for 40 minutes. Obviously the on-call was careless.";
  review.review.accounts = [{ id: "a1", moment: "m2", person: "ana", saw: "I should have seen the second graph" }];
  await openConsole(page, review);
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Report" }).click();
  await expect(page.getByText("Language notes in this review: 3 open, 0 dismissed.")).toBeVisible();
  // Writing a file with notes open asks first; "Write it anyway" writes it.
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      await page.getByRole("button", { name: "Download JSON", exact: true }).click();
      await page.getByRole("dialog", { name: "Language notes are still open" }).getByRole("button", { name: "Write it anyway" }).click();
    })(),
  ]);
  expect(file.suggestedFilename()).toMatch(/json$/);
  // Asked once per visit: a reload asks again, and "Review them first" leads to the list.
  await page.reload();
  await expect(page.getByText("Language notes in this review: 3 open, 0 dismissed.")).toBeVisible();
  await page.getByRole("button", { name: "Download Markdown", exact: true }).click();
  await page.getByRole("dialog", { name: "Language notes are still open" }).getByRole("button", { name: "Review them first" }).click();
  const list = page.getByRole("list", { name: "Open language notes" });
  await expect(list).toBeVisible();
  await expect(page.getByText("Review the open language notes")).toBeFocused();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const summary = list.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Summary" }) }).first();
  await expect(summary).toContainText("Obviously the on-call was careless.");
  const account = list.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Moment 2, Ana Souza: Cues" }) }).first();
  await expect(account).toContainText("should have");
  // Dismissed in place.
  await summary.getByRole("button", { name: "Dismiss \u201cObviously\u201d" }).click();
  await expect(page.getByText("Language notes in this review: 2 open, 1 dismissed.")).toBeVisible();
  // Reworded in place: the field's own words change, and the note goes with its phrase.
  await account.getByRole("button", { name: "Reword: Moment 2, Ana Souza: Cues" }).click();
  const words = page.getByRole("textbox", { name: "Moment 2, Ana Souza: Cues" });
  await expect(words).toHaveValue("I should have seen the second graph");
  await words.fill("I saw the first graph; the second was on another tab");
  await page.getByRole("button", { name: "Done rewording" }).click();
  await expect(page.getByText("Language notes in this review: 1 open, 1 dismissed.")).toBeVisible();
  await expect(list.getByRole("heading")).toHaveText(["Summary"]);
  await summary.getByRole("button", { name: "Dismiss \u201ccareless\u201d" }).click();
  await expect(page.getByText("Language notes in this review: 0 open, 2 dismissed.")).toBeVisible();
  await expect(list).toHaveCount(0);
  // Nothing open: the file is written without a question, with the new words.
  const { text } = await download(page, "Download Markdown");
  expect(text).toContain("I saw the first graph; the second was on another tab");
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Walk-through" }).click();
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox").first()).toHaveValue("I saw the first graph; the second was on another tab");
});

test("the facilitator teaches the guard for a review: not blame here, and the team's own phrases to watch for, kept and exported", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.summary = "Marco failed to escalate. Another big bang release on a Friday.";
  await openConsole(page, review);
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Setup" }).click();
  const summary = page.getByRole("textbox", { name: "Summary" });
  await expect(summary).toHaveValue(review.review.summary);
  const notes = page.getByRole("list", { name: "Language notes", exact: true });
  await expect(notes).toContainText("failed to");
  await expect(notes).not.toContainText("big bang release");
  // "Not blame here" clears the phrase everywhere in this review, and the setup lists it.
  await notes.getByRole("button", { name: "Not blame here: \u201cfailed to\u201d" }).click();
  await expect(page.getByRole("list", { name: "Language notes", exact: true })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Not blame in this review" })).toContainText("failed to");
  // A phrase of the team's own is flagged wherever it appears.
  await page.getByRole("textbox", { name: "Phrase to watch for" }).fill("Big bang release");
  await page.getByRole("button", { name: "Watch for phrase" }).click();
  await expect(page.getByRole("list", { name: "Phrases to watch for" })).toContainText("big bang release");
  await expect(page.getByRole("list", { name: "Language notes", exact: true })).toContainText("Your team asked to watch for this phrase");
  await saved(page);
  // Kept with the review, and exported with it.
  await page.reload();
  await expect(page.getByRole("list", { name: "Language notes", exact: true })).toContainText("big bang release");
  const { text } = await download(page, "Export review");
  const exported = JSON.parse(text);
  expect(exported.review.language.not_blame).toEqual(["failed to"]);
  expect(exported.review.language.watch).toEqual(["big bang release"]);
  // Flagged again once taken off the list.
  await page.getByRole("button", { name: "Flag \u201cfailed to\u201d again" }).click();
  await expect(page.getByRole("list", { name: "Language notes", exact: true })).toContainText("failed to");
  await page.getByRole("button", { name: "Stop watching for \u201cbig bang release\u201d" }).click();
  await expect(page.getByRole("list", { name: "Language notes", exact: true })).not.toContainText("big bang release");
});

test("a time box the console cannot read is said beside the field, and the clock keeps the old one", async ({ page }) => {
  await openConsole(page);
  const box = page.getByRole("textbox", { name: "Time box (minutes)" });
  const before = await box.inputValue();
  await box.fill("1.5");
  await box.press("Tab");
  await expect(box).toHaveAccessibleDescription(`\u201c1.5\u201d is not a whole number of minutes, like 90. The time box stays at ${before} minutes.`);
  await box.fill("90 min");
  await box.press("Tab");
  await expect(box).toHaveValue("90");
  await expect(box).toHaveAccessibleDescription("Whole minutes for the whole meeting.");
});

test("a moment's description is guarded where it is written, and asked about before the room sees it", async ({ context, page }) => {
  await openConsole(page);
  // Written in the timeline, the description gets its notes under the field.
  await openTab(page, "Timeline");
  await page.getByRole("listitem", { name: /Ana suspects the deploy/ }).getByRole("button", { name: "Edit" }).click();
  const description = page.getByRole("group", { name: "Edit moment" }).getByRole("textbox", { name: "Description" });
  await description.fill("Ben forgot to check the deploy, a careless mistake");
  const notes = page.getByRole("group", { name: "Edit moment" }).getByRole("list", { name: "Language notes", exact: true });
  await expect(notes.getByRole("listitem").first()).toBeVisible();
  const count = await notes.getByRole("listitem").count();
  await saved(page);
  await openTab(page, "Walk-through");
  await expect(page.getByText(`Language notes in this review: ${count} open`)).toBeVisible();
  const presenter = await openPresenter(context, page);
  const current = presenter.getByRole("region", { name: "Current moment" });
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await expect(current).toContainText("Checkout error alert fires", { timeout: 1000 });
  // The next moment's description would reach the room as written: the console asks first.
  await page.getByRole("button", { name: "Next moment" }).click();
  const dialog = page.getByRole("dialog", { name: "Descriptions about to reach the shared screen hold language notes" });
  await expect(dialog.getByRole("list", { name: "Open notes in the descriptions" }).getByRole("listitem")).toHaveCount(count);
  await dialog.getByRole("button", { name: "Stay here" }).click();
  await expect(dialog).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(current).toContainText("Checkout error alert fires");
  await expect(presenter.getByText("careless")).toHaveCount(0);
  // The keyboard's "next" asks the same.
  await page.keyboard.press("n");
  await dialog.getByRole("button", { name: "Show them as written" }).click();
  await expect(current).toContainText("Ben forgot to check the deploy", { timeout: 1000 });
  // Chosen once, it is not asked again in this window.
  await page.getByRole("button", { name: "Previous moment" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(current).toContainText("Ben forgot to check the deploy", { timeout: 1000 });
});

test("a phrase noted twice gets two Dismiss buttons told apart, and a dismissal stays with its sentence", async ({ page }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const cues = page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" });
  const notes = page.getByRole("list", { name: "Language notes", exact: true });
  await cues.fill("Ben should have paged. I should have waited.");
  await expect(notes.getByRole("listitem")).toHaveCount(2);
  await expect(notes.getByRole("button", { name: "Dismiss \u201cshould have\u201d (1 of 2)" })).toBeVisible();
  await notes.getByRole("button", { name: "Dismiss \u201cshould have\u201d (2 of 2)" }).click();
  await expect(notes.getByRole("button", { name: "Dismiss \u201cshould have\u201d", exact: true })).toBeVisible();
  // The first sentence goes: the dismissed one stays dismissed, and no other takes its place.
  await cues.fill("I should have waited.");
  await expect(notes).toHaveCount(0);
  await expect(page.getByText("Language notes in this review: 0 open, 1 dismissed.")).toBeVisible();
  // Another sentence before it is read as new.
  await cues.fill("Cy should have asked. I should have waited.");
  await expect(notes.getByRole("listitem")).toHaveCount(1);
});

test("a parked idea taken up as an opportunity says so in the console's parking lot", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.opportunities = [{ id: "o1", title: "Canary the checkout deploys", kind: "prevent", status: "proposed", parked: "i0" }];
  await openConsole(page, review);
  const idea = page.getByRole("group", { name: "Parked idea: PARKED earlier idea" });
  await expect(idea).toContainText("Taken up as the opportunity \u201cCanary the checkout deploys\u201d.");
  await page.getByRole("textbox", { name: "Idea to park" }).fill("Alert on lock waits");
  await page.getByRole("button", { name: "Park idea" }).click();
  await expect(page.getByRole("group", { name: "Parked idea: Alert on lock waits" })).not.toContainText("Taken up");
});

test("coming back to the Walk-through from another tab after 21 minutes without an edit goes on with the meeting", async ({ page }) => {
  await page.clock.install({ time: Date.parse("2026-03-20T09:00:00Z") });
  await openConsole(page);
  await page.getByRole("button", { name: "Start meeting clock" }).click();
  await saved(page);
  await openTab(page, "Setup");
  // No edit for 21 minutes, then back to the meeting through its tab: the meeting went on
  // (only a review opened again is settled, as the test of the next day shows), and nothing
  // stops.
  await page.clock.fastForward("21:00");
  await openTab(page, "Walk-through");
  await expect(page.getByRole("timer", { name: "Meeting clock" })).toContainText("Meeting 21:");
  await expect(page.getByRole("button", { name: "Pause meeting clock" })).toBeVisible();
  await expect(page.getByText("Tunnel stopped because of a bug")).toHaveCount(0);
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(page.getByRole("region", { name: "Current moment" })).toBeVisible();
});

test("the jump list shows where the walk is when the console asked first and the facilitator stayed", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.moments[1].description = "Ben forgot to check the deploy, a careless mistake";
  await openConsole(page, review);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const jump = page.getByRole("combobox", { name: "Jump to moment" });
  const walkAt = () => jump.evaluate((select) => select.selectedOptions[0]?.textContent ?? "");
  await expect.poll(walkAt).toContain("Checkout error alert fires");
  await jump.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Descriptions about to reach the shared screen hold language notes" });
  await dialog.getByRole("button", { name: "Stay here" }).click();
  await expect(page.getByRole("region", { name: "Current moment" })).toContainText("Checkout error alert fires");
  await expect.poll(walkAt).toContain("Checkout error alert fires");
});

test("stepping with the accounts shown onto a moment whose accounts hold open language notes takes them off the shared screen", async ({ context, page }) => {
  const review = structuredClone(REVIEW);
  review.review.accounts = [
    { id: "a3", moment: "m3", person: "ben", saw: "Ana should have checked the dashboard, a careless mistake" },
  ];
  await openConsole(page, review);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const show = page.getByRole("checkbox", { name: "Show this moment's accounts on the shared screen" });
  await show.check();
  await expect(show).toBeChecked();
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(show).toBeChecked();
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "hold open language notes" })).toBeVisible();
  await expect(show).not.toBeChecked();
  await expect(presenter.getByText("LATER the rollback decision", { exact: true })).toBeVisible({ timeout: 2000 });
  await page.waitForTimeout(800);
  await expect(presenter.locator("body")).not.toContainText("careless");
  // Ticking the box asks, as it always does.
  await show.click();
  const asked = page.getByRole("dialog", { name: "Language notes are still open" });
  await asked.getByRole("button", { name: "Review them first" }).click();
  // At the last moment, Next says so rather than doing nothing.
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This is the last moment" })).toBeVisible();
});

test("deleting the walk's moment from the Timeline moves the walk back one, and Undo brings the moment back without moving the room", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  const current = presenter.getByRole("region", { name: "Current moment" });
  await expect(current).toContainText("Ana suspects the deploy", { timeout: 2000 });
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Timeline" }).click();
  const row = page.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({ hasText: "Ana suspects the deploy" });
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("button", { name: "Delete moment" }).click();
  // The room goes back to the moment it saw before, not to a meeting "not started".
  await expect(current).toContainText("Checkout error alert fires", { timeout: 2000 });
  await expect(presenter.locator("body")).not.toContainText("has not started");
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(row).toHaveCount(1);
  // The undo puts the moment back; the walk goes to it when the facilitator moves it there.
  await page.waitForTimeout(800);
  await expect(current).toContainText("Checkout error alert fires");
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Walk-through" }).click();
  await page.getByRole("button", { name: "Next moment" }).click();
  await expect(current).toContainText("Ana suspects the deploy", { timeout: 2000 });
  await expectNothingLater(presenter);
});

test("on the Timeline an arrow key on 'When it was known' only browses: evidence found afterwards reaches the room on Enter alone", async ({ context, page }) => {
  await openConsole(page);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const current = presenter.getByRole("region", { name: "Current moment" });
  await expect(current).toContainText("Checkout error alert fires", { timeout: 2000 });
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Timeline" }).click();
  const row = page.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({ hasText: "Checkout error alert fires" });
  await row.getByRole("button", { name: "Edit" }).click();
  // The second piece: "AFTERWARDS the lock table showed the cause".
  const seen = row.getByRole("group", { name: "Piece of evidence" }).nth(1).getByRole("combobox", { name: "When it was known" });
  await expect(seen).toHaveValue("found_afterwards");
  // Passing over "seen during the incident" and leaving changes nothing; while it is only
  // browsed, the row says so where all can see.
  const notChosen = row.getByText("Not chosen yet: Enter chooses it, Esc or leaving goes back.");
  await expect(notChosen).toHaveCount(0);
  await seen.focus();
  await page.keyboard.press("ArrowUp");
  await expect(notChosen).toBeVisible();
  await page.waitForTimeout(800);
  await expectNothingLater(presenter);
  await page.keyboard.press("Tab");
  await expect(seen).toHaveValue("found_afterwards");
  await expect(notChosen).toHaveCount(0);
  // Escape puts the browsed value back too.
  await seen.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Escape");
  await expect(seen).toHaveValue("found_afterwards");
  await page.waitForTimeout(800);
  await expectNothingLater(presenter);
  // Enter chooses it: the facilitator meant it, and the room sees the evidence.
  await seen.focus();
  await page.keyboard.press("ArrowUp");
  await expect(notChosen).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(seen).toHaveValue("during_incident");
  await expect(notChosen).toHaveCount(0);
  await expect(current).toContainText("AFTERWARDS the lock table", { timeout: 2000 });
});

/** Whether `latin`, at the end of right-to-left words, is drawn to their left, as it reads
 *  from right to left (the page's left-to-right drew part of it on either side). */
function drawnRightToLeft(locator, arabic, latin) {
  return locator.evaluate((element, [arabic, latin]) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent;
      if (!text.includes(arabic + " " + latin)) continue;
      const box = (word) => {
        const range = document.createRange();
        const at = text.indexOf(word);
        range.setStart(walker.currentNode, at);
        range.setEnd(walker.currentNode, at + word.length);
        return range.getBoundingClientRect();
      };
      return box(latin).right <= box(arabic).left + 1;
    }
    return null;
  }, [arabic, latin]);
}

test("right-to-left words ending in Latin letters read in their own order on the console, the shared screen and the Timeline", async ({ context, page }) => {
  const review = structuredClone(REVIEW);
  const arabic = "التنبيه الأول";
  review.review.moments[0].description = `${arabic} 5xx`;
  review.review.moments[0].evidence[0].text = `${arabic} 5xx`;
  await openConsole(page, review);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const current = presenter.getByRole("region", { name: "Current moment" });
  await expect(current).toContainText(arabic, { timeout: 2000 });
  expect(await drawnRightToLeft(current.locator(".room-description"), arabic, "5xx")).toBe(true);
  expect(await drawnRightToLeft(current.getByRole("list", { name: "What could be seen then" }), arabic, "5xx")).toBe(true);
  const console_ = page.getByRole("region", { name: "Current moment" });
  expect(await drawnRightToLeft(console_.locator(".moment-big"), arabic, "5xx")).toBe(true);
  expect(await drawnRightToLeft(console_.getByRole("list", { name: "Evidence" }), arabic, "5xx")).toBe(true);
  await page.getByRole("button", { name: "Next moment" }).click();
  const soFar = presenter.getByRole("region", { name: "The timeline so far" });
  await expect(soFar).toContainText(arabic, { timeout: 2000 });
  expect(await drawnRightToLeft(soFar, arabic, "5xx")).toBe(true);
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("link", { name: "Timeline" }).click();
  const row = page.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({ hasText: arabic });
  expect(await drawnRightToLeft(row.locator(".moment-description"), arabic, "5xx")).toBe(true);
  expect(await drawnRightToLeft(row.locator(".evidence").filter({ hasText: arabic }), arabic, "5xx")).toBe(true);
  // And in the HTML report, whoever reads it.
  await openTab(page, "Report");
  const { text } = await download(page, "Download HTML report");
  const report = await context.newPage();
  await report.setContent(text);
  const cell = report.getByRole("cell").filter({ hasText: arabic }).first();
  expect(await drawnRightToLeft(cell, arabic, "5xx")).toBe(true);
  await report.close();
});

test("a long walk lists the latest sixty earlier moments on the shared screen, latest first, counts the rest, and shows nothing after", async ({ context, page }) => {
  const review = structuredClone(REVIEW);
  review.review.moments = Array.from({ length: 90 }, (_, i) => ({
    id: `s${i + 1}`,
    at: new Date(Date.UTC(2026, 2, 14, 9, i)).toISOString(),
    kind: "observation",
    description: i < 80 ? `Step ${i + 1} seen` : `LATER step ${i + 1}`,
    people: ["ana"],
  }));
  review.review.notes = [];
  review.review.session = { phase: "walk", walked: review.review.moments.slice(0, 79).map((m) => m.id), current: "s79", time_box_minutes: 60 };
  await openConsole(page, review);
  const presenter = await openPresenter(context, page, /Open at moment/);
  await page.getByRole("button", { name: "Next moment" }).click();
  const current = presenter.getByRole("region", { name: "Current moment" });
  await expect(current).toContainText("Step 80 seen", { timeout: 2000 });
  // The list of moments, not the picture's legend.
  const soFar = presenter.getByRole("region", { name: "The timeline so far" });
  const lines = soFar.locator("ol").getByRole("listitem");
  await expect(lines).toHaveCount(60);
  // The list catches up with a step forward a frame after the moment itself.
  await expect(lines.first()).toContainText("Step 79 seen");
  const words = await lines.evaluateAll((items) => items.map((li) => li.querySelector("bdi").textContent));
  expect(words).toEqual(Array.from({ length: 60 }, (_, i) => `Step ${79 - i} seen`));
  await expect(soFar).toContainText("and 19 earlier moments, marked in the picture above");
  // Every moment walked is still marked in the picture: the 79 before and the one at hand.
  await expect.poll(async () => (await stillMarks(presenter)).reduce((sum, [, marks]) => sum + marks, 0)).toBe(80);
  // A step back: one line fewer, so one fewer only counted.
  await page.getByRole("button", { name: "Previous moment" }).click();
  await expect(current).toContainText("Step 79 seen", { timeout: 2000 });
  await expect(soFar).toContainText("and 18 earlier moments, marked in the picture above");
  await expect(lines.first()).toContainText("Step 78 seen");
  await expectNothingLater(presenter);
});

test("a word longer than the screen breaks instead of widening the console or the shared screen", async ({ context, page }) => {
  const review = structuredClone(REVIEW);
  const token = "x".repeat(400);
  review.review.title = `Checkout ${token}`;
  review.review.moments[0].description = `Alert fires: ${token}`;
  review.review.moments[0].evidence[0].text = `trace ${token}`;
  review.review.accounts = [{ id: "a1", moment: "m1", person: "ana", saw: `The graph ${token}` }];
  await openConsole(page, review);
  const presenter = await openPresenter(context, page);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  await page.getByRole("checkbox", { name: "Show this moment's accounts on the shared screen" }).check();
  await expect(presenter.getByText(`The graph ${token}`)).toBeVisible({ timeout: 2000 });
  for (const [where, p] of [["console", page], ["shared screen", presenter]]) {
    const [scroll, width] = await p.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll, `${where} is no wider than its window`).toBeLessThanOrEqual(width);
  }
  // Broken over its lines without kerning, in the fields too: with kerning, a long word was
  // shaped again for every line (a 4 MB one took 40 s to lay out).
  const kerning = await page.getByRole("article", { name: /Ana Souza/ }).getByRole("textbox", { name: "Cues" })
    .evaluate((box) => [getComputedStyle(box).fontKerning, getComputedStyle(document.body).fontKerning]);
  expect(kerning).toEqual(["none", "none"]);
});

test("a right-to-left mark left open in a name does not turn the role after it around", async ({ page }) => {
  const review = structuredClone(REVIEW);
  review.review.people[0].name = "Ana \u202eSouza";
  await openConsole(page, review);
  await page.getByRole("button", { name: "Start walk-through" }).click();
  const heading = page.getByRole("article", { name: /Incident commander/ }).getByRole("heading", { level: 3 });
  // The name is isolated from the role written after it: in a <bdi> here, and, wherever a
  // name is written, in a first-strong isolate (U+2068 ... U+2069) that closes what it opened.
  await expect(heading.locator("bdi")).toHaveText("\u2068Ana \u202eSouza\u2069");
  await expect(heading).toHaveText("\u2068Ana \u202eSouza\u2069 (Incident commander)");
});
