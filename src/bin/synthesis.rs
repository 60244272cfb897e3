//! The bundle of the synthesis: what the room learned, opportunities, the pulse.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::synthesis();
}
