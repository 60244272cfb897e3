// Tunnel's service worker: keeps a copy of the app (and nothing else) so that it opens with no
// network after the first visit. It serves the app's own files only; reviews never pass
// through it (they live in local storage). A new version installs beside the old one and waits
// until the page asks it to take over, which the page does only when no edit would be lost.
//
// The two values below are written by scripts/stamp-build.mjs after each build.
const VERSION = "dev";
const FILES = ["./", "index.html"];

const CACHE = `tunnel-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" })))),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("tunnel-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Every address of the app is the one page: its fragment says where the person is.
  const key = request.mode === "navigate" ? new URL("index.html", self.registration.scope).href : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
