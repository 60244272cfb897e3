// Starts Tunnel: one wasm bundle holds the whole app, and it routes by the address itself.
// A file of its own rather than an inline script, so the Content-Security-Policy needs no hash.
import("./tunnel.js")
  .then(({ default: init }) => init({ module_or_path: "./tunnel_bg.wasm" }))
  .catch((error) => {
    const note = document.getElementById("boot-error");
    if (note) {
      note.hidden = false;
      note.textContent = "Tunnel could not start in this browser: " + error;
    }
  });

// The offline copy (static/sw.js). When a new version has installed, the app is told with the
// event "tunnel-update-ready" (and data-update="ready" on <html>, in case the app starts
// later); the app shows "a new version is ready" and, once nothing unsaved would be lost,
// answers with "tunnel-update-apply", and only then does the new version take over and the
// page reload.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker
    .register("sw.js")
    .then((registration) => {
      const ready = () => {
        document.documentElement.dataset.update = "ready";
        window.dispatchEvent(new Event("tunnel-update-ready"));
      };
      if (registration.waiting && navigator.serviceWorker.controller) ready();
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) ready();
        });
      });
      window.addEventListener("tunnel-update-apply", () => {
        if (!registration.waiting) return;
        navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
        registration.waiting.postMessage("take-over");
      });
    })
    .catch(() => {
      // Without a service worker Tunnel still works; it just needs the network to open.
    });
}
