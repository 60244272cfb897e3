//! Tunnel: blameless post-incident reviews in the browser.
//!
//! The pure core (`model`, `method`, `io`) is plain Rust, tested natively with `cargo test`.
//! The browser edge (`storage`, `ui`) exists only when compiling to wasm.

pub mod io;
pub mod method;
pub use tunnel_model as model;
pub mod route;
#[cfg(target_arch = "wasm32")]
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
