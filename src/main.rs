//! The browser entry point. Natively there is nothing to run: `cargo test` tests the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::mount();
}
