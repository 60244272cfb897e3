// Prints the release build's files with raw and gzip sizes, and the app's first download.
// Exits non-zero when the first download is over the budget.
// Usage: node scripts/size.mjs [dist] [--budget-kb 400]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "dist";
const budgetIndex = process.argv.indexOf("--budget-kb");
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : 400;

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

// What the browser fetches to show the first screen: the page, its starter, the drawer of rows
// and marks, the CSS, the app's main part (its JS, the loader of the other parts it imports, and its
// wasm) and the manifest.
// The service worker, the icon, the other parts (src/ui/parts.rs) and the worker come after.
const first = [
  "index.html",
  "loader.js",
  "draw.js",
  ...Object.keys(files).filter((n) => n.endsWith(".css")),
  "tunnel.js",
  "__wasm_split.js",
  "tunnel_bg.wasm",
  "manifest.webmanifest",
];
const missing = first.filter((name) => !files[name]);
if (missing.length) {
  console.error(`size: ${missing.join(", ")} missing from ${dir}`);
  process.exit(1);
}
const total = first.reduce((sum, name) => sum + files[name].gzip, 0);
console.log(`\nfirst download of the app (${first.join(" + ")}), gzip: ${(total / 1000).toFixed(1)} KB (budget ${budgetKb} KB, aim 300 KB)`);
const later = (test) => Object.keys(files).filter(test).reduce((sum, name) => sum + files[name].gzip, 0);
const parts = later((n) => /^(split|chunk)_.*\.wasm$/.test(n));
const worker = later((n) => n.startsWith("worker"));
console.log(`then, in the background once a review is open: the other parts, gzip: ${(parts / 1000).toFixed(1)} KB`);
console.log(`and on the first import or report: the worker bundle, gzip: ${(worker / 1000).toFixed(1)} KB`);
if (total > budgetKb * 1000) {
  console.error(`size: over budget by ${((total - budgetKb * 1000) / 1000).toFixed(1)} KB`);
  process.exit(1);
}
