//! Getting reviews in and out: the versioned JSON envelope, the library index, reports and
//! importers.
//!
//! Everything here is pure: text in, text or model out, tested natively with fixture files.

pub mod answers;
pub mod calibration;
pub mod carry;
pub mod copies;
pub mod csv;
pub mod envelope;
pub mod following;
pub mod handles;
pub mod html_report;
pub mod import;
pub mod journal;
pub mod library;
pub mod links;
pub mod markdown;
pub mod merge;
pub mod packed;
pub mod pseudonym;
pub mod report;
pub mod report_parts;
pub mod slack;
pub mod transcript;
pub mod work;
pub mod worksheet;

// The parser and the reader live in the `tunnel-read` crate (built for speed, not size); they
// are io's all the same.
pub use tunnel_read::{json, reading};
