//! Tunnel's one app: the library, every screen of a review and the shared screen. Natively there
//! is nothing to run: `cargo test` tests the library crate.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::app::mount();
}
