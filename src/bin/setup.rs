//! The bundle of a review's setup: its details and people.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::setup();
}
