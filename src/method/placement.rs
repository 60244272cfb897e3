//! Times where they belong: the date a time typed without one belongs on, and the moments that
//! look as if they landed on the wrong day (a typed "23:41" put on the next day, a chat log
//! dated from the day it was exported), each with the day it most likely belongs to.

use crate::model::time::{
    approximate_mark, from_local, parse_clock, split_leading_time, to_local, wall_clock, Date,
    Instant, TimeOfDay, WallClock, ZoneOffsets,
};
use crate::model::{Id, Review};
use std::collections::HashMap;

/// How far from the others a moment must be, outside the incident's window, before it is
/// offered a move: nearer than this is more likely a slow start or a long tail than a wrong day.
pub const FAR_MS: i64 = 3 * 60 * 60 * 1000;
/// How many days either way a moment may be moved.
const DAYS_EITHER_WAY: i64 = 3;

fn distance(at: Instant, (from, to): (Instant, Instant)) -> i64 {
    if at < from {
        from.millis() - at.millis()
    } else if at > to {
        at.millis() - to.millis()
    } else {
        0
    }
}

fn shifted(date: Date, days: i64) -> Date {
    Date::from_days_since_epoch(date.days_since_epoch() + days)
}

/// Where a time typed without a date goes: on the date, among the days around the incident, that
/// puts it nearest the incident's window; between dates equally near (an incident over several
/// days), the one nearest a moment already recorded. `None` when the review has no window yet.
pub fn place_time(review: &Review, time: TimeOfDay, zones: &dyn ZoneOffsets) -> Option<Instant> {
    let window = review.incident_span()?;
    let zone = &review.time_zone;
    let first = to_local(window.0, zone, zones).date;
    let last = to_local(window.1, zone, zones).date;
    let days = last.days_since_epoch() - first.days_since_epoch();
    let nearest_moment = |at: Instant| {
        review
            .moments
            .iter()
            .map(|m| (m.at.millis() - at.millis()).abs())
            .min()
            .unwrap_or(0)
    };
    (-1..=days.min(60) + 1)
        .filter_map(|k| from_local(shifted(first, k), time, zone, zones))
        .min_by_key(|&at| (distance(at, window), nearest_moment(at)))
}

/// Where a moment added without a time goes: a minute after the last one, so that it ends the
/// timeline; at the incident's start when there is none yet; else at `now`, to the minute.
pub fn new_moment_at(review: &Review, now: Instant) -> Instant {
    review
        .moments
        .iter()
        .map(|m| m.at)
        .max()
        .map(|last| last.plus_minutes(1))
        .or(review.incident_start)
        .unwrap_or_else(|| now.plus_millis(-now.millis().rem_euclid(60_000)))
}

/// A line of quick entry read: when, what, and the day chosen for it when no date was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickLine {
    pub at: Instant,
    pub description: String,
    /// The day a time typed without a date was put on (`place_time`).
    pub placed: Option<Date>,
    /// The time was marked as an estimate ("~10:20").
    pub approximate: bool,
    /// No time was given or could be read: the moment goes after the last one, its place in
    /// the order all that is known.
    pub order_only: bool,
    /// What to tell the person about where the moment went: the day chosen for it, a time
    /// the clocks skipped that day, or one they showed twice.
    pub said: Option<String>,
}

/// Reads quick entry's date and time boxes and its line of text: a time at the start of the
/// text ("10:15 alert fired") counts when the time box is empty, "~" before either marks an
/// estimate, a time without a date goes on the day nearest the incident (or `now`'s day when
/// the review has no window yet), and no time at all puts the moment at the end
/// (`new_moment_at`). `Err` says what to fix.
pub fn quick_line(
    review: &Review,
    (date, time, typed): (&str, &str, &str),
    now: Instant,
    zones: &dyn ZoneOffsets,
) -> Result<QuickLine, &'static str> {
    // "~10:20" in the time box, or "~10:20 rollback started" with the box empty: an estimate.
    let (approximate, time) = approximate_mark(time.trim());
    let (approximate, typed) = match approximate_mark(typed.trim_start()) {
        (true, rest) if time.is_empty() && split_leading_time(rest).is_some() => (true, rest),
        _ => (approximate, typed),
    };
    let (time, text) = match (time.trim(), split_leading_time(typed)) {
        ("", Some((time, rest))) => (Some(time), rest.to_string()),
        ("", None) => (None, typed.trim().to_string()),
        (time, _) => (
            Some(parse_clock(time).ok_or("Enter the time as HH:MM, for example 09:42.")?),
            typed.trim().to_string(),
        ),
    };
    if text.is_empty() || (time.is_none() && parse_clock(&text).is_some()) {
        return Err("Type what happened, then press Enter.");
    }
    let date = match date.trim() {
        "" => None,
        date => Some(Date::parse_iso(date).ok_or("Enter a date as YYYY-MM-DD.")?),
    };
    let zone = &review.time_zone;
    let (at, placed) = match (time, date) {
        (Some(time), Some(date)) => (from_local(date, time, zone, zones), None),
        (Some(time), None) => match place_time(review, time, zones) {
            Some(at) => (Some(at), Some(to_local(at, zone, zones).date)),
            None => (
                from_local(to_local(now, zone, zones).date, time, zone, zones),
                None,
            ),
        },
        (None, _) => (None, None),
    };
    let at = at.unwrap_or_else(|| new_moment_at(review, now));
    let mut said: Vec<String> = Vec::new();
    if time.is_none() {
        // "0930 alert", "at 09:20 Ana pages Ben", "25:10 typo": said, not silently made a
        // moment at a time nobody wrote.
        said.push(
            "No time was read (a time goes first, as in \u{201c}09:42 alert fires\u{201d}, or \
             in the Time box): the moment is placed after the last one and marked order only."
                .to_string(),
        );
    }
    if let Some(day) = placed {
        said.push(format!(
            "Placed on {}, the day nearest the incident.",
            day.human()
        ));
    }
    if let Some(time) = time {
        let day = date
            .or(placed)
            .unwrap_or_else(|| to_local(at, zone, zones).date);
        said.extend(clock_change_said(day, time, at, zone, zones));
    }
    Ok(QuickLine {
        at,
        description: text,
        placed,
        approximate,
        order_only: time.is_none(),
        said: (!said.is_empty()).then(|| said.join(" ")),
    })
}

/// What to tell the person who typed `time` on `day` in `zone`, recorded as `at`, when the
/// clocks changed over it: a time that did not happen (recorded an hour on), or one that
/// happened twice (recorded as the first). Said wherever a time is typed, so that a moment
/// does not move past the next one without a word.
pub fn clock_change_said(
    day: Date,
    time: TimeOfDay,
    at: Instant,
    zone: &str,
    zones: &dyn ZoneOffsets,
) -> Option<String> {
    match wall_clock(day, time, zone, zones) {
        WallClock::Once => None,
        WallClock::Never => Some(format!(
            "{} did not happen on {} in {zone}: the clocks went forward. It is recorded as {}.",
            time.hh_mm(),
            day.human(),
            to_local(at, zone, zones).time.hh_mm()
        )),
        WallClock::Twice => Some(format!(
            "{} happened twice on {} in {zone}: the clocks went back. It is recorded as the \
             first of the two.",
            time.hh_mm(),
            day.human()
        )),
    }
}

/// A moment that looks as if it landed on the wrong day, and the day it most likely belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misplaced {
    /// The same wall-clock time on the day nearest the others.
    pub move_to: Instant,
    /// Whether it lies after the incident's end (else before its start, or apart from the rest).
    pub after_end: bool,
}

/// The moments that lie outside the incident's window (or, with no start and end recorded,
/// far from all the other moments) where moving them by whole days brings them nearer.
pub fn misplaced(review: &Review, zones: &dyn ZoneOffsets) -> HashMap<Id, Misplaced> {
    let known = match (review.incident_start, review.incident_end) {
        (Some(start), Some(end)) => Some((start, end.max(start))),
        _ => None,
    };
    // Without a window, each moment is judged against the span of the others: the two
    // earliest and two latest times give that span for every moment in one pass.
    let (mut low, mut high) = ([Instant::MAX; 2], [Instant::MIN; 2]);
    for at in review.moments.iter().map(|m| m.at) {
        if at < low[1] {
            low = if at < low[0] {
                [at, low[0]]
            } else {
                [low[0], at]
            };
        }
        if at > high[1] {
            high = if at > high[0] {
                [at, high[0]]
            } else {
                [high[0], at]
            };
        }
    }
    let enough = review.moments.len() >= 3;
    let others = |at: Instant| -> Option<(Instant, Instant)> {
        let first = if at == low[0] { low[1] } else { low[0] };
        let last = if at == high[0] { high[1] } else { high[0] };
        enough.then_some((first, last))
    };
    let zone = &review.time_zone;
    review
        .moments
        .iter()
        .filter_map(|moment| {
            let window = known.or_else(|| others(moment.at))?;
            let away = distance(moment.at, window);
            if away == 0 || (known.is_none() && away < FAR_MS) {
                return None;
            }
            let local = to_local(moment.at, zone, zones);
            let best = (-DAYS_EITHER_WAY..=DAYS_EITHER_WAY)
                .filter(|&k| k != 0)
                .filter_map(|k| from_local(shifted(local.date, k), local.time, zone, zones))
                .min_by_key(|&at| distance(at, window))?;
            (distance(best, window) < away).then(|| {
                let after_end = moment.at > window.1;
                (
                    moment.id.clone(),
                    Misplaced {
                        move_to: best,
                        after_end,
                    },
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::{Utc, ZoneOffsets};
    use crate::model::Moment;

    fn at(text: &str) -> Instant {
        Instant::parse_rfc3339(text).unwrap()
    }

    fn clock(text: &str) -> TimeOfDay {
        TimeOfDay::parse(text).unwrap()
    }

    fn review(window: Option<(&str, &str)>, moments: &[&str]) -> Review {
        Review {
            time_zone: "Test/Zone".into(),
            incident_start: window.map(|w| at(w.0)),
            incident_end: window.map(|w| at(w.1)),
            moments: moments
                .iter()
                .enumerate()
                .map(|(i, t)| Moment {
                    id: Id(format!("m{i}")),
                    at: at(t),
                    ..Moment::default()
                })
                .collect(),
            ..Review::default()
        }
    }

    fn quick(r: &Review, date: &str, time: &str, typed: &str) -> Result<QuickLine, &'static str> {
        quick_line(r, (date, time, typed), at("2026-09-01T12:34:56Z"), &Utc)
    }

    #[test]
    fn quick_entry_reads_a_time_at_the_start_of_the_line_or_in_its_box() {
        let r = review(Some(("2026-07-14T22:00:00Z", "2026-07-14T23:55:00Z")), &[]);
        let line = quick(&r, "", "", "23:41 alert fires").unwrap();
        assert_eq!(line.at, at("2026-07-14T23:41:00Z"));
        assert_eq!(line.description, "alert fires");
        assert_eq!(line.placed, Date::parse_iso("2026-07-14"));
        assert!(!line.approximate);
        // The box wins over a time in the text, which then stays text.
        let line = quick(&r, "", "22:10", "23:41 alert fires").unwrap();
        assert_eq!(line.at, at("2026-07-14T22:10:00Z"));
        assert_eq!(line.description, "23:41 alert fires");
        // A date typed puts it on that day, with nothing to say about where it went.
        let line = quick(&r, "2026-07-20", "09:05", "paged Ben").unwrap();
        assert_eq!((line.at, line.placed), (at("2026-07-20T09:05:00Z"), None));
    }

    #[test]
    fn a_line_whose_time_cannot_be_read_is_said_and_marked_order_only() {
        let r = review(Some(("2026-07-14T09:00:00Z", "2026-07-14T11:00:00Z")), &[]);
        for typed in [
            "0930 alert fired", "25:10 typo hour", "at 09:20 Ana pages Ben", "no time",
        ] {
            let line = quick(&r, "", "", typed).unwrap();
            assert!(line.order_only, "{typed}");
            assert_eq!(line.description, typed);
            assert!(
                line.said
                    .as_deref()
                    .is_some_and(|s| s.contains("No time was read")),
                "{typed}"
            );
        }
        let read = quick(&r, "", "", "09:30 alert fired").unwrap();
        assert!(!read.order_only);
        assert!(!quick(&r, "", "09:30", "alert fired").unwrap().order_only);
    }

    #[test]
    fn quick_entry_marks_an_estimate_in_the_box_or_the_line() {
        let r = review(Some(("2026-07-14T09:00:00Z", "2026-07-14T11:00:00Z")), &[]);
        let line = quick(&r, "", "", "~10:20 rollback started").unwrap();
        assert!(line.approximate);
        assert_eq!(line.at, at("2026-07-14T10:20:00Z"));
        assert_eq!(line.description, "rollback started");
        assert!(quick(&r, "", "~ 10:20", "rollback").unwrap().approximate);
        // A "~" before text that holds no time is text.
        let line = quick(&r, "", "", "~ a guess").unwrap();
        assert!(!line.approximate);
        assert_eq!(line.description, "~ a guess");
    }

    #[test]
    fn quick_entry_says_what_to_fix() {
        let r = review(Some(("2026-07-14T09:00:00Z", "2026-07-14T11:00:00Z")), &[]);
        assert_eq!(
            quick(&r, "", "25:00", "x"),
            Err("Enter the time as HH:MM, for example 09:42.")
        );
        assert_eq!(
            quick(&r, "", "10:00", "  "),
            Err("Type what happened, then press Enter.")
        );
        assert_eq!(
            quick(&r, "", "", "10:00"),
            Err("Type what happened, then press Enter.")
        );
        assert_eq!(
            quick(&r, "14/07/2026", "10:00", "x"),
            Err("Enter a date as YYYY-MM-DD.")
        );
    }

    #[test]
    fn a_moment_without_a_time_goes_at_the_end() {
        let now = at("2026-09-01T12:34:56Z");
        // After the last moment, whatever the order they were recorded in.
        let r = review(None, &["2026-03-14T10:00:00Z", "2026-03-14T09:00:00Z"]);
        assert_eq!(new_moment_at(&r, now), at("2026-03-14T10:01:00Z"));
        assert_eq!(
            quick(&r, "", "", "more").unwrap().at,
            at("2026-03-14T10:01:00Z")
        );
        // At the incident's start when nothing is recorded yet, else now, to the minute.
        let r = review(Some(("2026-03-14T08:00:00Z", "2026-03-14T11:00:00Z")), &[]);
        assert_eq!(
            quick(&r, "", "", "first").unwrap().at,
            at("2026-03-14T08:00:00Z")
        );
        let r = review(None, &[]);
        assert_eq!(new_moment_at(&r, now), at("2026-09-01T12:34:00Z"));
        // A time with no window to place it near goes on today.
        let line = quick(&r, "", "09:15", "x").unwrap();
        assert_eq!((line.at, line.placed), (at("2026-09-01T09:15:00Z"), None));
    }

    #[test]
    fn a_late_evening_time_goes_on_the_incidents_day_not_the_day_after() {
        // The incident ran 22:00 to 23:55 and the last moment recorded is after midnight.
        let r = review(
            Some(("2026-07-14T22:00:00Z", "2026-07-14T23:55:00Z")),
            &["2026-07-14T22:05:00Z", "2026-07-15T00:30:00Z"],
        );
        assert_eq!(
            place_time(&r, clock("23:41"), &Utc),
            Some(at("2026-07-14T23:41:00Z"))
        );
        // Just after midnight belongs to the next day, close to the end.
        assert_eq!(
            place_time(&r, clock("00:10"), &Utc),
            Some(at("2026-07-15T00:10:00Z"))
        );
        // Midday is nearer the start of the same evening than the end of the night before.
        assert_eq!(
            place_time(&r, clock("12:00"), &Utc),
            Some(at("2026-07-14T12:00:00Z"))
        );
    }

    #[test]
    fn over_several_days_a_time_goes_near_the_moments_recorded() {
        let r = review(
            Some(("2026-07-14T08:00:00Z", "2026-07-17T18:00:00Z")),
            &["2026-07-16T09:00:00Z", "2026-07-16T09:30:00Z"],
        );
        assert_eq!(
            place_time(&r, clock("09:40"), &Utc),
            Some(at("2026-07-16T09:40:00Z"))
        );
    }

    #[test]
    fn without_start_and_end_the_moments_are_the_window() {
        let r = review(None, &["2026-03-14T09:00:00Z", "2026-03-14T10:00:00Z"]);
        assert_eq!(
            place_time(&r, clock("09:30"), &Utc),
            Some(at("2026-03-14T09:30:00Z"))
        );
        assert_eq!(place_time(&review(None, &[]), clock("09:30"), &Utc), None);
    }

    #[test]
    fn a_start_alone_places_times_before_any_moment_is_recorded() {
        // The start is known and nothing is recorded yet: the first time typed goes on its day.
        let mut r = review(None, &[]);
        r.incident_start = Some(at("2026-07-14T22:00:00Z"));
        assert_eq!(
            place_time(&r, clock("22:10"), &Utc),
            Some(at("2026-07-14T22:10:00Z"))
        );
        // Once moments run past midnight, the window runs from the start to the last of them.
        r.moments = review(None, &["2026-07-15T01:30:00Z"]).moments;
        assert_eq!(
            place_time(&r, clock("01:00"), &Utc),
            Some(at("2026-07-15T01:00:00Z"))
        );
    }

    /// A zone that springs forward at 2026-03-29T01:00Z from +01:00 to +02:00.
    struct SpringForward;
    impl ZoneOffsets for SpringForward {
        fn offset_minutes(&self, _: &str, at: Instant) -> Option<i32> {
            Some(if at < super::tests::at("2026-03-29T01:00:00Z") {
                60
            } else {
                120
            })
        }
    }

    #[test]
    fn quick_entry_says_when_the_clocks_skipped_the_time_typed() {
        let r = review(Some(("2026-03-28T22:00:00Z", "2026-03-29T03:00:00Z")), &[]);
        let line = quick_line(
            &r,
            ("2026-03-29", "02:30", "failover"),
            at("2026-09-01T12:00:00Z"),
            &SpringForward,
        )
        .unwrap();
        let said = line.said.unwrap_or_default();
        assert!(
            said.starts_with("02:30 did not happen on Sun 29 Mar 2026")
                && said.ends_with("recorded as 03:30."),
            "{said}"
        );
        let line = quick_line(
            &r,
            ("", "", "04:30 recovered"),
            at("2026-09-01T12:00:00Z"),
            &SpringForward,
        )
        .unwrap();
        assert_eq!(
            line.said.as_deref(),
            Some("Placed on Sun 29 Mar 2026, the day nearest the incident.")
        );
    }

    #[test]
    fn the_wall_clock_holds_across_a_change_to_summer_time() {
        // 23:00 on the 28th (+01:00) to 05:00 on the 29th (+02:00), local time.
        let r = review(Some(("2026-03-28T22:00:00Z", "2026-03-29T03:00:00Z")), &[]);
        // 04:30 local on the 29th is 02:30Z; on the 28th it would be 03:30Z, a day off.
        assert_eq!(
            place_time(&r, clock("04:30"), &SpringForward),
            Some(at("2026-03-29T02:30:00Z"))
        );
        assert_eq!(
            place_time(&r, clock("23:30"), &SpringForward),
            Some(at("2026-03-28T22:30:00Z"))
        );
        // A moment typed a day late (23:30 on the 29th, +02:00) keeps its wall-clock time when
        // moved back over the change: 23:30 on the 28th is 22:30Z, not 21:30Z.
        let late = review(
            Some(("2026-03-28T22:00:00Z", "2026-03-29T03:00:00Z")),
            &["2026-03-29T21:30:00Z"],
        );
        let found = misplaced(&late, &SpringForward);
        assert_eq!(found[&Id::from("m0")].move_to, at("2026-03-28T22:30:00Z"));
    }

    #[test]
    fn a_moment_a_day_after_the_end_is_marked_with_its_day() {
        let r = review(
            Some(("2026-07-14T22:00:00Z", "2026-07-14T23:55:00Z")),
            &[
                "2026-07-14T21:30:00Z", // ordinary work before: no day fits better
                "2026-07-14T22:10:00Z", "2026-07-15T23:41:00Z", // typed on the wrong day
            ],
        );
        let found = misplaced(&r, &Utc);
        assert_eq!(found.len(), 1);
        let wrong = &found[&Id::from("m2")];
        assert_eq!(wrong.move_to, at("2026-07-14T23:41:00Z"));
        assert!(wrong.after_end);
    }

    #[test]
    fn without_a_window_only_a_moment_far_from_the_rest_is_marked() {
        let r = review(
            None,
            &[
                "2026-03-14T09:00:00Z", "2026-03-14T09:20:00Z", "2026-03-14T10:05:00Z",
                "2026-03-13T09:10:00Z", // a day early
                "2026-03-14T11:30:00Z", // a slow tail: near enough
            ],
        );
        let found = misplaced(&r, &Utc);
        assert_eq!(found.keys().collect::<Vec<_>>(), vec![&Id::from("m3")]);
        assert_eq!(found[&Id::from("m3")].move_to, at("2026-03-14T09:10:00Z"));
        assert!(!found[&Id::from("m3")].after_end);
        // A long incident over two days is left alone.
        let long = review(
            None,
            &[
                "2026-03-14T20:00:00Z", "2026-03-15T02:00:00Z", "2026-03-15T08:00:00Z",
            ],
        );
        assert!(misplaced(&long, &Utc).is_empty());
    }
}
