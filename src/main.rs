//! The library bundle, the first page of Tunnel. Natively there is nothing to run: `cargo test`
//! tests the library crate.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tunnel::ui::bundles::library();
}
