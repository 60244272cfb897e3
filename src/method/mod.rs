//! The facilitation method as data and pure functions: moment kinds and phases, the question
//! bank, the language guard, the hindsight rule and the meeting clock. See `shared/method.md` for the method itself.

pub mod clock;
pub mod gaps;
pub mod hindsight;
pub mod kinds;
pub mod language;
pub mod phases;
pub mod questions;
pub mod walk;
