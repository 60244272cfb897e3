// Run at the end of scripts/build-app.sh (after every Trunk build): writes into the service
// worker the list of the app's files and a version made from their contents, so that a new
// build is a new offline copy and an unchanged build is not.
// Usage (by hand): node scripts/stamp-build.mjs <directory>
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || "dist";
const worker = join(dir, "sw.js");
const files = readdirSync(dir)
  .filter((name) => name !== "sw.js" && statSync(join(dir, name)).isFile())
  .sort();
const hash = createHash("sha256");
for (const name of files) hash.update(name).update(readFileSync(join(dir, name)));
const version = hash.digest("hex").slice(0, 16);
const text = readFileSync(worker, "utf8")
  .replace(/^const VERSION = .*;$/m, `const VERSION = ${JSON.stringify(version)};`)
  .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(["./", ...files])};`);
if (!text.includes(version)) {
  console.error("stamp-build: sw.js has no VERSION line to stamp");
  process.exit(1);
}
writeFileSync(worker, text);
console.log(`stamp-build: service worker version ${version}, ${files.length} files`);
