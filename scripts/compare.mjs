// Compares two builds of the app on the figure that swings most on a busy machine: the
// 2,000-moment timeline, from the Walk-through tab to every row drawn, against plain JS putting
// the same markup on the page with the same CSS (as scripts/bench.mjs measures it). The two
// builds are served side by side and measured in turn, round after round, in one browser, so
// that a slow spell of the machine falls on both; it prints each build's medians and the median
// of the rounds' own differences. Prints figures, asserts nothing.
// Usage: node scripts/compare.mjs BEFORE_DIST AFTER_DIST [--rounds 9]
//   e.g. trunk build --release --dist /tmp/before (on the old commit), then again on the new.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { LAUNCH_ARGS } from "../playwright.config.js";
import { openPlainPage, plainTime, review, switchToTimeline } from "./bench-review.mjs";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = Math.max(1, roundsAt >= 0 ? Number(args[roundsAt + 1]) : 9);
const dists = args.filter((a, i) => !a.startsWith("--") && (roundsAt < 0 || i !== roundsAt + 1));
if (dists.length !== 2) {
  console.error("usage: node scripts/compare.mjs BEFORE_DIST AFTER_DIST [--rounds 9]");
  process.exit(2);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ports = [8193, 8194];
const servers = dists.map((dist, i) => spawn("node", ["scripts/serve.mjs", String(ports[i]), dist], { stdio: "ignore" }));
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: LAUNCH_ARGS });
const large = review("bench-2000", 2000, 5);
const pages = [];
for (const port of ports) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate((env) => {
    localStorage.clear();
    localStorage.setItem(`tunnel:review:${env.review.id}`, JSON.stringify(env));
    localStorage.setItem(`tunnel:revision:${env.review.id}`, "1");
  }, large);
  pages.push(page);
}

/** One round on build `i`: the switch to the timeline, then the plain page. */
async function round(i) {
  const page = pages[i];
  const origin = `http://127.0.0.1:${ports[i]}`;
  await page.goto("about:blank");
  await page.goto(`${origin}/#/review/bench-2000/walk`);
  await page.getByRole("heading", { name: "Walk-through", level: 2 }).waitFor();
  // The parts the page fetches in the background are left to arrive.
  await page.waitForTimeout(1500);
  const { all: app } = await switchToTimeline(page, 2000);
  const markup = await page.evaluate(() => document.querySelector("main").outerHTML);
  const plainPage = await openPlainPage(browser, origin);
  const plain = await plainTime(plainPage, markup);
  await plainPage.close();
  return { app, plain, ratio: app / plain };
}

const results = [[], []];
for (let r = 0; r < rounds; r++) {
  // Each round starts with the other build, so that neither always goes first.
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const i of order) results[i].push(await round(i));
}
await browser.close();
servers.forEach((s) => s.kill());

const fmt = (v) => v.toFixed(1);
console.log(`the 2,000-moment timeline from the Walk-through tab to every row drawn, ${rounds} rounds each, in turn`);
dists.forEach((dist, i) => {
  const rs = results[i];
  console.log(`  ${i === 0 ? "before" : "after "} ${dist}`);
  console.log(`    every row drawn (ms): median ${fmt(median(rs.map((x) => x.app)))}, rounds ${rs.map((x) => x.app.toFixed(0)).join(" ")}`);
  console.log(`    plain JS (ms): median ${fmt(median(rs.map((x) => x.plain)))}; app / plain JS (budget 2): median ${median(rs.map((x) => x.ratio)).toFixed(2)}, range ${Math.min(...rs.map((x) => x.ratio)).toFixed(2)}–${Math.max(...rs.map((x) => x.ratio)).toFixed(2)}`);
});
const differences = results[1].map((after, r) => after.app - results[0][r].app);
console.log(`  after − before, each round's (ms): median ${fmt(median(differences))}, ${differences.filter((d) => d < 0).length} of ${rounds} rounds faster`);
