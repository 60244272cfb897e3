//! Silent gaps between moments: a gap invites the question "what was happening here?".
//!
//! A silence is judged against the incident's own rhythm, not a fixed length: in an incident
//! where something was recorded every minute, seven quiet minutes stand out; in one recorded
//! every twenty minutes, they do not.

use crate::model::time::duration_label;
use crate::model::{Id, Moment, Review};
use std::collections::{HashMap, HashSet};

/// A silence shorter than this never stands out, however busy the incident was.
pub const FLOOR_MS: i64 = 5 * 60 * 1000;
/// A silence of this length always stands out, however slow the incident was.
pub const CEILING_MS: i64 = 15 * 60 * 1000;
/// A silence stands out when it is this many times the median interval between moments.
pub const RHYTHM_FACTOR: i64 = 3;

/// How long a silence must last to stand out among moments at these times (milliseconds, in
/// order): several times the median interval, between the floor and the ceiling.
pub fn notable_after(times: &[i64]) -> i64 {
    let mut intervals: Vec<i64> = times.windows(2).map(|w| (w[1] - w[0]).max(0)).collect();
    if intervals.is_empty() {
        return CEILING_MS;
    }
    intervals.sort_unstable();
    let median = intervals[(intervals.len() - 1) / 2];
    median
        .saturating_mul(RHYTHM_FACTOR)
        .clamp(FLOOR_MS, CEILING_MS)
}

/// The silences that stand out among moments at these times, in order: for each moment, the
/// length of the silence before it when it stands out. The first moment has none.
pub fn notable_silences(times: &[i64]) -> Vec<Option<i64>> {
    let threshold = notable_after(times);
    std::iter::once(None)
        .chain(times.windows(2).map(|w| {
            let silence = w[1] - w[0];
            (silence >= threshold).then_some(silence)
        }))
        .take(times.len())
        .collect()
}

/// The silences that stand out before the moments shown, by moment: between consecutive
/// moments of `shown` (a filtered timeline), or of the whole timeline.
pub fn notable_before(review: &Review, shown: Option<&HashSet<Id>>) -> HashMap<Id, i64> {
    let moments: Vec<&Moment> = review
        .timeline_order()
        .into_iter()
        .map(|i| &review.moments[i])
        .filter(|m| shown.is_none_or(|shown| shown.contains(&m.id)))
        .collect();
    let times: Vec<i64> = moments.iter().map(|m| m.at.millis()).collect();
    moments
        .into_iter()
        .zip(notable_silences(&times))
        .filter_map(|(m, silence)| Some((m.id.clone(), silence?)))
        .collect()
}

/// The words shown for a silence that stands out. `filtered`: moments between may be hidden,
/// so the silence is only between the moments shown, and nothing can be said of what was
/// recorded.
pub fn describe(ms: i64, filtered: bool) -> String {
    if filtered {
        format!("{} after the previous moment shown", duration_label(ms))
    } else {
        format!(
            "{} with nothing recorded: what was happening here?",
            duration_label(ms)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    fn minutes(list: &[i64]) -> Vec<i64> {
        list.iter().map(|m| m * MIN).collect()
    }

    #[test]
    fn a_busy_incident_makes_a_few_quiet_minutes_stand_out() {
        // Something every one to two minutes, then silences of six and eight minutes.
        let times = minutes(&[0, 1, 2, 4, 5, 11, 12, 13, 21, 22]);
        let silences = notable_silences(&times);
        assert_eq!(silences.len(), times.len());
        let standing_out: Vec<usize> = (0..times.len())
            .filter(|&i| silences[i].is_some())
            .collect();
        assert_eq!(standing_out, vec![5, 8]);
        assert_eq!(silences[5], Some(6 * MIN));
    }

    #[test]
    fn a_slow_incident_does_not_flag_its_usual_pace() {
        // Every ten minutes or so: twelve quiet minutes are its ordinary rhythm.
        let times = minutes(&[0, 10, 22, 31, 41, 53, 64]);
        assert!(notable_silences(&times).iter().all(Option::is_none));
    }

    #[test]
    fn the_floor_and_the_ceiling_hold() {
        // Messages in the same minute give a median of zero: the floor still applies.
        let times = minutes(&[0, 0, 0, 0, 4, 9]);
        assert_eq!(notable_after(&times), FLOOR_MS);
        assert_eq!(notable_silences(&times)[5], Some(5 * MIN));
        assert_eq!(notable_silences(&times)[4], None);
        // Hours between moments: a silence of the ceiling's length still stands out.
        let slow = minutes(&[0, 120, 240, 360, 375]);
        assert_eq!(notable_after(&slow), CEILING_MS);
        assert_eq!(notable_silences(&slow)[4], Some(15 * MIN));
    }

    #[test]
    fn few_moments_are_judged_by_the_ceiling() {
        assert_eq!(notable_silences(&[]), Vec::<Option<i64>>::new());
        assert_eq!(notable_silences(&[0]), vec![None]);
        assert_eq!(
            notable_silences(&minutes(&[0, 5, 50])),
            vec![None, None, Some(45 * MIN)]
        );
    }

    #[test]
    fn a_filtered_timeline_is_judged_between_the_moments_shown() {
        use crate::model::{Instant, Moment};
        let moment = |id: &str, minute: i64| Moment {
            id: Id::from(id),
            at: Instant::from_millis(minute * MIN).unwrap(),
            ..Moment::default()
        };
        let review = Review {
            moments: vec![
                moment("c", 20),
                moment("a", 0),
                moment("b", 1),
                moment("d", 21),
            ],
            ..Review::default()
        };
        let whole = notable_before(&review, None);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole.get(&Id::from("c")), Some(&(19 * MIN)));
        // Only b and d shown: the first shown has no silence before it, whatever is hidden.
        let shown = HashSet::from([Id::from("b"), Id::from("d")]);
        let filtered = notable_before(&review, Some(&shown));
        assert_eq!(filtered.get(&Id::from("d")), Some(&(20 * MIN)));
        assert_eq!(filtered.get(&Id::from("b")), None);
    }

    #[test]
    fn words_say_whether_the_moments_between_are_hidden() {
        assert_eq!(
            describe(65 * MIN, false),
            "1 h 5 min with nothing recorded: what was happening here?"
        );
        assert_eq!(
            describe(8 * MIN, true),
            "8 min after the previous moment shown"
        );
    }
}
