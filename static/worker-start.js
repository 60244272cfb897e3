// Starts the worker bundle (src/bin/worker.rs) inside a web worker and answers the app's
// requests with it: a request in, its answer out, matched by id (src/ui/worker.rs sends them).
// scripts/single-file.mjs inlines this file: keep the first two statements as they are, and
// keep names here distinct from those of the generated worker.js.
import startBundle, { answer } from "./worker.js";
const bundleWasm = "./worker_bg.wasm";

const bundleReady = startBundle({ module_or_path: bundleWasm });
self.onmessage = async ({ data }) => {
  let reply;
  try {
    await bundleReady;
    reply = answer(data.request);
  } catch (error) {
    reply = JSON.stringify({ error: `the helper stopped (${error})` });
  }
  self.postMessage({ id: data.id, reply });
};
