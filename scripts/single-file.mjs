// Writes the whole app as one self-contained HTML file from a release build: the CSS, the
// JavaScript and the wasm (base64) inline, and the worker bundle started from a blob address,
// under a Content-Security-Policy that allows exactly those inline parts (by their SHA-256) and
// blob workers, and nothing else: no request to anywhere, not even to the file's own folder. It opens from disk (file://); reviews live in that browser's local storage.
// Usage: node scripts/single-file.mjs [dist] [dist-single/tunnel.html]
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const dist = process.argv[2] || "dist";
const out = process.argv[3] || "dist-single/tunnel.html";
const read = (name) => readFileSync(join(dist, name));
const css = readdirSync(dist)
  .filter((name) => name.endsWith(".css"))
  .sort()
  .map((name) => read(name).toString("utf8"))
  .join("\n");
// The parts loaded on first use (scripts/build-app.sh): their loader, __wasm_split.js, fetches
// each part's wasm from beside it; here it takes the part from the page instead. tunnel.js and
// the loader import each other, so the loader's code goes first and tunnel.js's imports of it
// become one object.
const splitImport = 'import { initSync } from "./tunnel.js";';
let split = read("__wasm_split.js").toString("utf8");
if (!split.startsWith(splitImport)) throw new Error("single-file: __wasm_split.js no longer starts as expected");
const partNames = [];
split = split
  .replace(splitImport, "")
  .replace(/fetch\(new URL\("\.\/([a-z0-9_]+)\.wasm", import\.meta\.url\)\)/g, (_, name) => {
    partNames.push(name);
    return `Promise.resolve(partResponse(${JSON.stringify(name)}))`;
  });
const splitExports = [];
split = split.replace(/^export const ([A-Za-z0-9_]+) =/gm, (_, name) => {
  splitExports.push(name);
  return `const ${name} =`;
});
if (/^\s*(import|export)\s/m.test(split) || split.includes("import.meta") || partNames.length === 0) {
  throw new Error("single-file: __wasm_split.js has module syntax this script does not know how to remove");
}
const parts = Object.fromEntries(partNames.map((name) => [name, read(`${name}.wasm`).toString("base64")]));
const splitCode = `const wasmParts = ${JSON.stringify(parts)};
const partResponse = (name) => {
  const text = atob(wasmParts[name]);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Response(bytes, { headers: { "content-type": "application/wasm" } });
};
${split}
const wasmSplit = { ${splitExports.join(", ")} };
`;
let js = read("tunnel.js")
  .toString("utf8")
  .replace(/^import \* as (import\d+) from "\.\/__wasm_split\.js";?$/gm, "const $1 = wasmSplit;");
if (/^\s*import\s/m.test(js)) {
  // wasm-bindgen snippets would be separate files; the app has none, and must not grow one
  // without this script learning to inline it.
  throw new Error("single-file: tunnel.js imports another file; inline it first");
}
js = splitCode + js;
const wasm = read("tunnel_bg.wasm").toString("base64");
// The worker bundle (the importers) runs from a blob address made by the page: its code and its
// wasm go inside the worker's own script, which static/worker-start.js is the model of.
const workerModule = read("worker.js").toString("utf8");
if (/^\s*import\s/m.test(workerModule)) throw new Error("single-file: worker.js imports another file");
const workerStart = read("worker-start.js").toString("utf8");
const importLine = 'import startBundle, { answer } from "./worker.js";';
const wasmLine = 'const bundleWasm = "./worker_bg.wasm";';
if (!workerStart.includes(importLine) || !workerStart.includes(wasmLine)) {
  throw new Error("single-file: worker-start.js no longer has the lines this script replaces");
}
// A page opened from disk may start a classic worker from a blob address but not a module
// worker, so the module's exports become plain declarations.
const workerClassic = workerModule
  .replace(/^export \{[^}]*\};?[ \t]*$/gm, "")
  .replace(/^export (?=(async )?function |class |const |let )/gm, "")
  .replaceAll("import.meta.url", "self.location.href");
if (/^\s*export\s/m.test(workerClassic) || workerClassic.includes("import.meta")) {
  throw new Error("single-file: worker.js has module syntax this script does not know how to remove");
}
const workerSource = workerStart
  .replace(importLine, () => `${workerClassic}\nconst startBundle = __wbg_init;`)
  .replace(
    wasmLine,
    () => `const bundleWasm = Uint8Array.from(atob(${JSON.stringify(read("worker_bg.wasm").toString("base64"))}), (c) => c.charCodeAt(0));`,
  );
const icon = read("favicon.svg").toString("base64");
// The bundle's own module code, then the start: the wasm comes from the page, not a URL.
const script = `${read("draw.js").toString("utf8")}
${js}
window.tunnelWorkerUrl = URL.createObjectURL(
  new Blob([${JSON.stringify(workerSource)}], { type: "text/javascript" }),
);
{
  const note = (error) => {
    const element = document.getElementById("boot-error");
    if (element) {
      element.hidden = false;
      element.textContent = "Tunnel could not start in this browser: " + error;
    }
  };
  try {
    const text = atob(${JSON.stringify(wasm)});
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    __wbg_init({ module_or_path: bytes }).catch(note);
  } catch (error) {
    note(error);
  }
}
`;
if (!/async function __wbg_init\(/.test(js)) {
  throw new Error("single-file: tunnel.js has no __wbg_init; wasm-bindgen's output changed");
}
const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src data: blob:",
  "worker-src blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
// "</script" or "</style" inside the inlined code would end the element early.
for (const [name, text] of [["script", script], ["css", css]]) {
  if (/<\/(script|style)/i.test(text)) throw new Error(`single-file: the ${name} contains a closing tag`);
}
const html = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="referrer" content="no-referrer">
    <title>Tunnel</title>
    <link rel="icon" href="data:image/svg+xml;base64,${icon}">
    <style>${css}</style>
    <script type="module">${script}</script>
  </head>
  <body>
    <noscript>Tunnel runs in your browser and needs JavaScript and WebAssembly enabled.</noscript>
    <p id="boot-error" role="alert" hidden></p>
  </body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`single-file: wrote ${out} (${(html.length / 1000).toFixed(0)} KB)`);
