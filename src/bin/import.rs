//! The bundle of the import page: transcripts, Slack exports and CSV files.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::import();
}
