// Starts the part of Tunnel the address needs. Tunnel ships one wasm bundle per phase of the
// method, so that no page downloads the code of the others (docs/development.md). The same
// mapping is Route::bundle in src/route.rs; an end-to-end test checks that they agree.
function bundleFor(hash) {
  if (/^#\/present\//.test(hash)) return "present";
  const review = /^#\/review\/[^/]+(?:\/([a-z]+))?/.exec(hash);
  if (!review) return "tunnel";
  switch (review[1]) {
    case "timeline":
      return "timeline";
    case "import":
      return "import";
    case "walk":
      return "meeting";
    case "synthesis":
      return "synthesis";
    case "report":
      return "report";
    default:
      return "setup";
  }
}

const bundle = bundleFor(location.hash);
document.documentElement.dataset.bundle = bundle;
import(`./${bundle}.js`)
  .then(({ default: init }) => init({ module_or_path: `./${bundle}_bg.wasm` }))
  .catch((error) => {
    const note = document.getElementById("boot-error");
    if (note) {
      note.hidden = false;
      note.textContent = "Tunnel could not start in this browser: " + error;
    }
  });
