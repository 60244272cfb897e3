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
// page reload. When another window has made the new version take over, this one is told with
// "tunnel-update-taken" (data-update="taken"): the parts it has not loaded yet would now come
// from the new version, which its own code cannot run, so it reloads as soon as that loses
// nothing (ui::update).
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  // The first visit's copy taking control of this page is not a new version.
  let controlled = Boolean(navigator.serviceWorker.controller);
  let asked = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (asked) return location.reload();
    const was = controlled;
    controlled = true;
    if (!was) return;
    document.documentElement.dataset.update = "taken";
    window.dispatchEvent(new Event("tunnel-update-taken"));
  });
  navigator.serviceWorker
    .register("sw.js")
    .then((registration) => {
      const ready = () => {
        if (document.documentElement.dataset.update === "taken") return;
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
        if (document.documentElement.dataset.update === "taken") return location.reload();
        if (!registration.waiting) return;
        asked = true;
        registration.waiting.postMessage("take-over");
      });
    })
    .catch(() => {
      // Without a service worker Tunnel still works; it just needs the network to open.
    });
}
