// Prints the release bundle's files with raw and gzip sizes and the total first download
// (wasm + JS + CSS, gzip). Exits non-zero when that total is over the budget.
// Usage: node scripts/size.mjs [dist] [--budget-kb 250]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "dist";
const budgetIndex = process.argv.indexOf("--budget-kb");
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : 250;
const firstDownload = new Set([".wasm", ".js", ".css", ".html"]);

const rows = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isFile())
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log("file".padEnd(24) + "raw KB".padStart(8) + "gzip KB".padStart(9));
for (const row of rows) console.log(row.name.padEnd(24) + kb(row.raw) + " " + kb(row.gzip));
const counted = rows.filter((r) => firstDownload.has(extname(r.name)));
const total = counted.reduce((sum, r) => sum + r.gzip, 0);
const totalRaw = counted.reduce((sum, r) => sum + r.raw, 0);
console.log(
  `first download (html + wasm + js + css): ${(totalRaw / 1000).toFixed(1)} KB raw, ` +
    `${(total / 1000).toFixed(1)} KB gzip (budget ${budgetKb} KB, aim 150 KB)`,
);
if (total > budgetKb * 1000) {
  console.error(`size: over budget by ${((total - budgetKb * 1000) / 1000).toFixed(1)} KB`);
  process.exit(1);
}
