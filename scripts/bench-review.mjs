// The benchmark's reviews and its plain-JS baseline, shared by scripts/bench.mjs and
// scripts/compare.mjs.

const kinds = ["ordinary_work", "signal", "observation", "hypothesis", "decision", "action", "communication", "handoff", "external", "impact_change"];

/** A review envelope with `moments` moments and `accountsPer` accounts per moment. */
export function review(id, moments, accountsPer) {
  const start = Date.parse("2026-03-14T08:00:00Z");
  const people = Array.from({ length: 8 }, (_, i) => ({ id: `p-${i}`, name: `Person ${i}`, role: "responder", team: "", present: true }));
  const list = Array.from({ length: moments }, (_, i) => ({
    id: `m-${i}`,
    at: new Date(start + i * 37_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    precision: "exact",
    kind: kinds[i % kinds.length],
    description: `Moment ${i}: checkout latency observed on node ${i % 17}, looking at the dashboard`,
    people: [`p-${i % 8}`, `p-${(i + 3) % 8}`],
    evidence: i % 5 === 0 ? [{ id: `e-${i}`, kind: "quote", text: `p99 at ${i % 9}s`, seen: "during_incident" }] : [],
    pivot: i % 50 === 0,
  }));
  const accounts = [];
  for (let i = 0; i < moments; i++) {
    for (let a = 0; a < accountsPer; a++) {
      accounts.push({
        id: `a-${i}-${a}`, moment: `m-${i}`, person: `p-${(i + a) % 8}`,
        saw: "The latency graph going up", believed: "A bad deploy", goal: "Restore checkout",
      });
    }
  }
  return {
    format: "tunnel-review", schema_version: 1, schema_minor: 0, app_version: "bench",
    revision: 1,
    review: {
      id, title: `Benchmark ${moments}`, status: "preparing", time_zone: "UTC",
      created_at: "2026-03-14T08:00:00Z", updated_at: "2026-03-14T08:00:00Z",
      people, moments: list, accounts, session: { phase: "prepare", walked: [], time_box_minutes: 60 },
    },
  };
}

/** A fresh page at `origin` holding only the app's stylesheet: no app, no service worker. The
 *  plain-JS baseline (`plainTime`) is measured in it. */
export async function openPlainPage(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(`${origin}/plain.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
      body: '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/main.css"></head><body></body></html>',
    }),
  );
  await page.goto(`${origin}/plain.html`);
  return page;
}

/** The plain-JS baseline: the same markup put on `page` (which already has the app's
 *  stylesheet) by one parse, one insertion and one layout (ms). */
export function plainTime(page, markup) {
  return page.evaluate((html) => {
    const t0 = performance.now();
    const holder = document.createElement("div");
    holder.innerHTML = html;
    document.body.append(holder);
    document.body.offsetHeight;
    return performance.now() - t0;
  }, markup);
}

/** Clicks the open review's "Timeline" tab in `page` and gives the ms until the timeline's
 *  heading (its first screenful comes with it), and then every one of its `n` rows, is on the
 *  page and laid out. A MutationObserver sees each the moment it is inserted: a timer polling
 *  for them waited behind the frame the browser drew in the meantime (about 13 ms at 2,000
 *  rows, measured against this), which the plain page's figure never includes. */
export function switchToTimeline(page, n) {
  return page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const link = [...document.querySelectorAll('nav[aria-label="Review sections"] a')].find((a) => a.textContent === "Timeline");
        let first;
        const rows = () => {
          const list = document.querySelector('ol[aria-label="Timeline"]');
          return list && list.childElementCount >= n ? list.querySelectorAll(":scope > li").length : 0;
        };
        const t0 = performance.now();
        const seen = new MutationObserver(() => {
          if (first === undefined && document.getElementById("timeline-heading")) {
            document.body.offsetHeight;
            first = performance.now() - t0;
          }
          if (first !== undefined && rows() >= n) {
            seen.disconnect();
            document.body.offsetHeight;
            resolve({ first, all: performance.now() - t0 });
          }
        });
        seen.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    n,
  );
}
