//! The worker bundle: the importers (transcripts, Slack exports, CSV files) and the report
//! writers with the pseudonymiser, run in a web worker so that the app's first download does
//! not carry them and long work does not freeze the page (see `io::work`).
//! `static/worker-start.js` starts it; the app's side is `ui::worker`.

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn answer(request: &str) -> String {
    use tunnel::ui::browser::{fold_letters, IntlZones};
    let platform = tunnel::io::work::Platform {
        zones: &IntlZones,
        fold_letters: &fold_letters,
    };
    tunnel::io::work::answer(request, &platform)
}

fn main() {}
