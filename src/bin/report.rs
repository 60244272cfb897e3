//! The bundle of the report: Markdown, HTML, JSON and print.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::report();
}
