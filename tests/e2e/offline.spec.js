// Offline and one file: after one visit the app opens with the network off (the service
// worker's copy), a new version takes over only when nothing unsaved would be lost, and the
// one-file build works opened from disk with no request anywhere.
import { test, expect, LAUNCH_ARGS } from "./fixtures.js";
import { chromium } from "@playwright/test";
import {
  openLibrary,
  createReview,
  openTab,
  addMoment,
  download,
  saved,
  timelineItems,
  fetchElsewhereIsBlocked,
  fillStorage,
  freeStorage,
} from "./helpers.js";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

async function controlled(page) {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
      message: "the service worker controls the page",
    })
    .toBe(true);
}

test("after one visit the app opens and works with the network off", async ({ context, page }) => {
  await openLibrary(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("button", { name: "New review" })).toBeVisible();
  await createReview(page, "Written on a plane");
  await openTab(page, "Timeline");
  await addMoment(page, { time: "09:12", text: "Alert fires" });
  await saved(page);
  // The importers' worker bundle was precached too.
  await page.getByRole("button", { name: "Paste transcript" }).click();
  const paste = page.getByRole("dialog", { name: "Paste transcript" });
  await paste.getByRole("textbox", { name: "Transcript" }).fill("09:14 Ana: looking at the dashboard");
  await paste.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("dialog", { name: /^Preview of/ }).getByRole("button", { name: "Add selected moments" }).click();
  await expect(timelineItems(page)).toHaveCount(2);
  await saved(page);
  await openTab(page, "Walk-through");
  await expect(page.getByRole("heading", { name: "Walk-through", level: 2 })).toBeVisible();
  // A deep link opened fresh while offline is the same one page.
  const timeline = page.url().replace(/\/walk$/, "/timeline");
  await page.goto(timeline);
  await expect(timelineItems(page)).toHaveCount(2);
  await context.setOffline(false);
});

// Every tab but the timeline, the shared screen and what the timeline opens (the editor, the
// picture) are parts fetched on first use (src/ui/parts.rs). Without the offline copy, a part
// whose file cannot be fetched must say so, lose nothing, and load when asked again.
test.describe("a part of the app that cannot be fetched", () => {
  test.use({ serviceWorkers: "block" });
  test.beforeEach(() => {
    test.info().annotations.push({
      type: "expected-console",
      description: "Failed to (load resource|fetch)|net::ERR_FAILED",
    });
  });

  test("says so, leaves the rest working, and loads once it can", async ({ context, page }) => {
    await context.route("**/split_screens.wasm", (route) => route.abort());
    await openLibrary(page);
    await createReview(page, "On a train");
    await openTab(page, "Timeline");
    await addMoment(page, { time: "09:12", text: "Alert fires" });
    await saved(page);
    await openTab(page, "Walk-through");
    await expect(page.getByRole("alert").filter({ hasText: "This part of Tunnel could not be loaded" })).toBeVisible();
    await openTab(page, "Timeline");
    await expect(timelineItems(page)).toHaveCount(1);
    await context.unroute("**/split_screens.wasm");
    await openTab(page, "Walk-through");
    await expect(page.getByRole("heading", { name: "Walk-through", level: 2 })).toBeVisible();
    await expect(page.getByText("This part of Tunnel could not be loaded")).toHaveCount(0);
  });

  test("the timeline's own part (its picture) says so too, and the tabs still work", async ({ context, page }) => {
    await context.route("**/split_timeline_extras.wasm", (route) => route.abort());
    await openLibrary(page);
    await createReview(page, "On a train");
    await openTab(page, "Timeline");
    const picture = page.getByRole("button", { name: "Picture of the incident" });
    await picture.click();
    await expect(page.getByRole("alert").filter({ hasText: "This part of Tunnel could not be loaded" })).toBeVisible();
    await openTab(page, "Walk-through");
    await expect(page.getByRole("heading", { name: "Walk-through", level: 2 })).toBeVisible();
    await openTab(page, "Timeline");
    await context.unroute("**/split_timeline_extras.wasm");
    await picture.click();
    await expect(page.getByRole("figure", { name: "Incident picture" })).toBeVisible();
    await expect(page.getByText("This part of Tunnel could not be loaded")).toHaveCount(0);
    await addMoment(page, { time: "09:12", text: "Alert fires" });
    await saved(page);
    await expect(timelineItems(page)).toHaveCount(1);
  });
});

test("the local server compresses and lets the browser revalidate", async ({ request }) => {
  const first = await request.get("/tunnel_bg.wasm", { headers: { "Accept-Encoding": "gzip" } });
  expect(first.status()).toBe(200);
  expect(first.headers()["content-encoding"]).toBe("gzip");
  expect(first.headers()["cache-control"]).toBe("no-cache");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/tunnel_bg.wasm", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
  expect((await manifest.json()).start_url).toBe("./");
  const worker = await (await request.get("/sw.js")).text();
  expect(worker, "the build stamped the service worker").not.toContain('const VERSION = "dev"');
  expect(worker).toContain("tunnel_bg.wasm");
});

test("the one-file build opened from disk creates a review, reloads and exports it", async () => {
  const file = resolve("dist-single/tunnel.html");
  expect(existsSync(file), "node scripts/single-file.mjs ran before the tests").toBe(true);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const problems = [];
    context.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("blob:")) {
        problems.push(`request: ${url}`);
      }
    });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(file).href);
    await expect(page.getByRole("button", { name: "New review" })).toBeVisible();
    await createReview(page, "Mailed to a colleague");
    await openTab(page, "Timeline");
    await addMoment(page, { time: "10:05", text: "Checkout errors start" });
    await saved(page);
    // The importers run in the worker bundle, started here from a blob address.
    await page.getByRole("button", { name: "Paste transcript" }).click();
    const paste = page.getByRole("dialog", { name: "Paste transcript" });
    await paste.getByRole("textbox", { name: "Transcript" }).fill("10:07 Ana: rolling back\n10:09 Ben: errors falling");
    await paste.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("dialog", { name: /^Preview of/ }).getByRole("button", { name: "Add selected moments" }).click();
    await expect(timelineItems(page)).toHaveCount(3);
    await saved(page);
    await page.reload();
    await expect(timelineItems(page)).toHaveCount(3);
    // The report is written in the worker too.
    await openTab(page, "Report");
    const preview = page.getByRole("article", { name: "Report preview" });
    await expect(preview.getByRole("heading", { name: "Mailed to a colleague", level: 1 })).toBeVisible();
    await expect(preview).toContainText("rolling back");
    const markdown = await download(page, "Download Markdown");
    expect(markdown.text).toContain("errors falling");
    const exported = JSON.parse((await download(page, "Export review")).text);
    expect(exported.review.title).toBe("Mailed to a colleague");
    expect(exported.review.moments.map((m) => m.description)).toEqual([
      "Checkout errors start",
      "rolling back",
      "errors falling",
    ]);
    // The page may fetch nothing: its policy allows no origin at all.
    expect(await fetchElsewhereIsBlocked(page)).toBe(true);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(problems.filter((p) => !/Content Security Policy|example\.com/.test(p))).toEqual([]);
  } finally {
    await browser.close();
  }
});

/** A copy of the build on a server of its own, so that a test can publish a "new version"
 *  (`publishNext`), and a browser of its own. */
async function ownCopy(port) {
  const dir = mkdtempSync(join(tmpdir(), "tunnel-update-"));
  cpSync("dist", dir, { recursive: true });
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn("node", ["scripts/serve.mjs", String(port), dir], { stdio: "ignore" });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: LAUNCH_ARGS });
  await expect.poll(() => fetch(origin + "/").then((r) => r.status, () => 0)).toBe(200);
  const publishNext = () => {
    const worker = join(dir, "sw.js");
    writeFileSync(worker, readFileSync(worker, "utf8").replace(/^const VERSION = .*;$/m, 'const VERSION = "next";'));
  };
  const close = async () => {
    await browser.close();
    server.kill();
  };
  return { origin, browser, publishNext, close };
}

test("a new version waits for the person, and never takes over with edits it cannot save", async () => {
  const { origin, browser, publishNext, close } = await ownCopy(8124);
  try {
    const context = await browser.newContext({ baseURL: origin });
    const problems = [];
    context.on("request", (r) => r.url().startsWith(origin) || problems.push(`request: ${r.url()}`));
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await openLibrary(page);
    await controlled(page);
    await createReview(page, "Kept through an update");
    const summary = page.getByRole("textbox", { name: "Summary" });
    await summary.fill("Written before the update");
    await saved(page);

    publishNext();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.getByRole("status").filter({ hasText: "A new version of Tunnel is ready" });
    await expect(banner).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r.waiting)))).toBe(true);

    // With storage full, the edit cannot be saved: updating must wait and say why.
    await fillStorage(page);
    await summary.fill("Written before the update, and more that does not fit");
    await expect(page.getByText("Not saved: storage full")).toBeVisible();
    await banner.getByRole("button", { name: "Update now" }).click();
    await expect(page.getByText("The update waits")).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r.waiting)))).toBe(true);
    await expect(summary).toHaveValue(/does not fit/);

    // Room again: the edit saves, and the update goes ahead with a reload that keeps it.
    await freeStorage(page);
    await summary.fill("Written before the update, and saved");
    await saved(page);
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Update now" }).click()]);
    await expect(summary).toHaveValue("Written before the update, and saved");
    await expect(banner).toHaveCount(0);
    const version = await page.evaluate(() =>
      caches.keys().then((keys) => keys.filter((k) => k.startsWith("tunnel-"))),
    );
    expect(version).toEqual(["tunnel-next"]);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test("a new version taken in one window is followed by the others: a console at its next screen, the shared screen at once, and no banner for the room", async () => {
  const { origin, browser, publishNext, close } = await ownCopy(8125);
  try {
    const context = await browser.newContext({ baseURL: origin });
    const problems = [];
    context.on("page", (p) => p.on("pageerror", (e) => problems.push(`page error: ${e.message}`)));
    const page = await context.newPage();
    await openLibrary(page);
    await controlled(page);
    await createReview(page, "Two windows, one update");
    await saved(page);
    await openTab(page, "Walk-through");
    const [presenter] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("button", { name: "Open presenter view" }).click(),
    ]);
    await expect(presenter.getByRole("region", { name: "Current moment" })).toBeVisible();
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByRole("heading", { name: "Walk-through", level: 2 })).toBeVisible();

    publishNext();
    await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const ready = (p) => p.getByRole("status").filter({ hasText: "A new version of Tunnel is ready" });
    await expect(ready(other)).toBeVisible();
    await expect(ready(page)).toBeVisible();
    // The room is never shown the question.
    await expect(ready(presenter)).toHaveCount(0);

    const presenterReloads = presenter.waitForEvent("load");
    await Promise.all([other.waitForEvent("load"), ready(other).getByRole("button", { name: "Update now" }).click()]);
    await presenterReloads;
    await expect(presenter.getByRole("region", { name: "Current moment" })).toBeVisible();
    await expect(presenter.getByRole("status").filter({ hasText: "Tunnel" })).toHaveCount(0);
    // The console that did not ask says so, and goes to its next screen by loading the new
    // version.
    await expect(page.getByRole("status").filter({ hasText: "Tunnel was updated in another window" })).toBeVisible();
    await Promise.all([page.waitForEvent("load"), page.getByRole("link", { name: "Timeline" }).click()]);
    await expect(page.getByRole("heading", { name: "Timeline", level: 2 })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "updated in another window" })).toHaveCount(0);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
