//! The browser side of persistence: local storage (or memory when the browser refuses it),
//! the reviews kept there, and autosave with its cross-window revision check.

pub mod autosave;
pub mod backend;
pub mod reviews;

use crate::model::Instant;

/// The current time, from the browser's clock.
pub fn now() -> Instant {
    Instant::from_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A seed for id generation; ids need uniqueness, not secrecy.
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let low = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (high << 32) ^ low ^ js_sys::Date::now() as u64
}
