//! The bundle of the walk-through console.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::meeting();
}
