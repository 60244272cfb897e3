//! The worker bundle: the importers of transcripts, Slack exports and CSV files, run in a web
//! worker so that the app's first download does not carry them and a long transcript is read
//! without freezing the page (see `io::work`). `static/worker-start.js` starts it; the app's
//! side is `ui::worker`.

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn answer(request: &str) -> String {
    tunnel::io::work::answer(request)
}

fn main() {}
