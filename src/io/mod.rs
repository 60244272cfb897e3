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
pub mod handles;
pub mod html_report;
pub mod import;
pub mod journal;
pub mod json;
pub mod library;
pub mod links;
pub mod markdown;
pub mod merge;
pub mod packed;
pub mod pseudonym;
pub mod reading;
pub mod report;
pub mod slack;
pub mod transcript;
pub mod work;
pub mod worksheet;
