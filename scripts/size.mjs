// Prints the release bundle's files with raw and gzip sizes, and each page's first download:
// index.html, loader.js and the CSS, plus the one wasm bundle (and its JS) that the page's
// address starts. Exits non-zero when any first download is over the budget.
// Usage: node scripts/size.mjs [dist] [--budget-kb 250]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "dist";
const budgetIndex = process.argv.indexOf("--budget-kb");
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : 250;

const files = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return [name, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
    }),
);
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log("file".padEnd(24) + "raw KB".padStart(8) + "gzip KB".padStart(9));
for (const [name, size] of Object.entries(files).sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(name.padEnd(24) + kb(size.raw) + " " + kb(size.gzip));
}

const shared = ["index.html", "loader.js", ...Object.keys(files).filter((n) => n.endsWith(".css"))];
const bundles = Object.keys(files)
  .filter((n) => n.endsWith("_bg.wasm"))
  .map((n) => n.replace(/_bg\.wasm$/, ""));
let worst = 0;
console.log("\nfirst download per page (html + loader + css + the page's bundle, gzip):");
for (const bundle of bundles) {
  const parts = [...shared, `${bundle}.js`, `${bundle}_bg.wasm`];
  const total = parts.reduce((sum, name) => sum + (files[name]?.gzip ?? 0), 0);
  worst = Math.max(worst, total);
  console.log(`  ${bundle.padEnd(10)} ${(total / 1000).toFixed(1)} KB`);
}
console.log(`largest first download: ${(worst / 1000).toFixed(1)} KB gzip (budget ${budgetKb} KB, aim 150 KB)`);
if (worst > budgetKb * 1000) {
  console.error(`size: over budget by ${((worst - budgetKb * 1000) / 1000).toFixed(1)} KB`);
  process.exit(1);
}
