//! The bundle of a review's timeline.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::timeline();
}
