//! Reading JSON into the review document: `json`, a parser whose tree borrows the text, and
//! `reading`, the hand-written reader that names the path of any wrong value. The app re-exports
//! both as `tunnel::io::json` and `tunnel::io::reading`.
//!
//! A crate of its own only so that it can be built for speed (opt-level "s") while the app is
//! built for size ("z"; `[profile.release.package.tunnel-read]` in the root Cargo.toml). A review opened at
//! its own address is read before the wasm engine has optimised anything, so the read costs
//! what its instructions cost, and most of them run here (see docs/development.md).

pub mod json;
pub mod reading;
