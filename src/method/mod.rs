//! The facilitation method as data and pure functions: moment kinds (and the cues that suggest
//! one for an imported line), phases, the question bank, the language guard, the hindsight rule,
//! the meeting clock, and interviews before the meeting. See `shared/method.md` for the method
//! itself.

pub mod citations;
pub mod clock;
pub mod gaps;
pub mod hindsight;
pub mod interviews;
pub mod kind_cues;
pub mod kinds;
pub mod language;
pub mod phases;
pub mod picture;
pub mod placement;
pub mod questions;
pub mod walk;
