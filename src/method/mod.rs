//! The facilitation method as data and pure functions: moment kinds and phases, the question
//! bank, the language guard and the hindsight rule. See `shared/method.md` for the method itself.

pub mod gaps;
pub mod hindsight;
pub mod kinds;
pub mod language;
pub mod phases;
pub mod questions;
pub mod walk;
