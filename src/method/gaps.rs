//! Silent gaps between moments: a gap invites the question "what was happening here?".

use crate::model::time::duration_label;

/// How much a gap between two consecutive moments should stand out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Under a minute: not worth showing.
    None,
    /// Shown quietly: "12 min later".
    Quiet,
    /// Fifteen minutes or more: shown as a question to the room.
    Long,
}

/// A gap of at least this long stands out.
pub const LONG_GAP_MS: i64 = 15 * 60 * 1000;

pub fn classify(ms: i64) -> Gap {
    match ms {
        ms if ms < 60_000 => Gap::None,
        ms if ms < LONG_GAP_MS => Gap::Quiet,
        _ => Gap::Long,
    }
}

/// The words shown for a gap, or nothing when it is too short to show.
pub fn describe(ms: i64) -> Option<String> {
    match classify(ms) {
        Gap::None => None,
        Gap::Quiet => Some(format!("{} later", duration_label(ms))),
        Gap::Long => Some(format!(
            "{} with nothing recorded: what was happening here?",
            duration_label(ms)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_are_quiet_until_they_are_long() {
        assert_eq!(describe(30_000), None);
        assert_eq!(describe(12 * 60_000).as_deref(), Some("12 min later"));
        assert_eq!(classify(LONG_GAP_MS), Gap::Long);
        assert_eq!(
            describe(65 * 60_000).as_deref(),
            Some("1 h 5 min with nothing recorded: what was happening here?")
        );
    }
}
