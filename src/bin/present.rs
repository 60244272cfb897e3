//! The bundle of the shared screen (read-only).

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::present();
}
