// Serves the built app (dist/) on 127.0.0.1 only, with the same Content-Security-Policy as the
// page's meta tag sent as a header too (so that frame-ancestors also applies). Text and wasm go
// out gzip-compressed; every file carries an ETag and "no-cache", so a browser asks each time
// and gets a 304 when nothing changed (file names carry no hash). The service worker (sw.js)
// keeps the offline copy.
// Usage: node scripts/serve.mjs [port] [directory]
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const port = Number(process.argv[2] || process.env.PORT || 8080);
const root = resolve(process.argv[3] || "dist");
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};
const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest"]);
// Compressed bodies and ETags, by path and modification time, so a rebuild is picked up.
const prepared = new Map();
const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  const file = normalize(join(root, path === "/" ? "index.html" : path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    const key = `${file}:${info.mtimeMs}`;
    let ready = prepared.get(key);
    if (!ready) {
      const body = await readFile(file);
      ready = {
        body,
        gzip: compressible.has(extname(file)) ? gzipSync(body, { level: 9 }) : null,
        etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
      };
      prepared.set(key, ready);
    }
    const headers = {
      "Content-Type": types[extname(file)] || "application/octet-stream",
      "Content-Security-Policy": csp,
      "Cache-Control": "no-cache",
      ETag: ready.etag,
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      // Cross-origin isolation: nothing of another origin may load or open this page, and the
      // page may measure its own memory (the benchmark does).
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    };
    if (request.headers["if-none-match"] === ready.etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const gzip = ready.gzip && /\bgzip\b/.test(request.headers["accept-encoding"] || "");
    if (gzip) headers["Content-Encoding"] = "gzip";
    const body = gzip ? ready.gzip : ready.body;
    headers["Content-Length"] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  } catch {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Tunnel is served at http://127.0.0.1:${port}/ (Ctrl+C stops it)`);
});
