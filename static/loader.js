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

