// Starts the app. A separate file instead of an inline script, so that the page's
// Content-Security-Policy can forbid every inline script.
import init from "./tunnel.js";

init({ module_or_path: "./tunnel_bg.wasm" }).catch((error) => {
  const note = document.getElementById("boot-error");
  if (note) {
    note.hidden = false;
    note.textContent = "Tunnel could not start in this browser: " + error;
  }
});
