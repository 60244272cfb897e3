//! The meeting clock: meeting time only. It runs from the moment the meeting starts (its first
//! phase after preparing, or the walk), can be paused, and keeps each phase's start so that
//! the phase's share of the time box can be shown. Wall time between sittings never counts: a
//! clock left running when the facilitator went away is stopped at the review's last change
//! when the review is opened again (`settle`).

use crate::model::{Instant, Phase, PhaseTime, Session};

/// The longest meeting time box, in minutes: what the console lets a facilitator set, and what
/// reading a file allows.
pub const MAX_TIME_BOX_MINUTES: u32 = 24 * 60;

/// A time box as typed: whole minutes, "90" or "90 min"; what is wrong otherwise, for the field.
pub fn read_time_box(text: &str) -> Result<u32, String> {
    let text = text.trim();
    let number = ["minutes", "minute", "mins", "min", "m"]
        .iter()
        .find_map(|unit| text.strip_suffix(unit))
        .unwrap_or(text)
        .trim();
    match number.parse::<u32>() {
        Ok(0) => Err("A time box of 0 minutes leaves no time: give at least 1.".into()),
        Ok(minutes) if minutes <= MAX_TIME_BOX_MINUTES => Ok(minutes),
        Ok(_) => Err(format!(
            "A time box is at most {MAX_TIME_BOX_MINUTES} minutes (a day)."
        )),
        Err(_) => Err(format!(
            "\u{201c}{}\u{201d} is not a whole number of minutes, like 90.",
            text.chars().take(20).collect::<String>()
        )),
    }
}

/// A running clock whose review has not changed for this long is taken to have been left
/// behind (the console closed, the meeting over) rather than to be timing a meeting.
pub const LEFT_BEHIND_MINUTES: i64 = 20;

fn seconds_between(from: Instant, to: Instant) -> u32 {
    u32::try_from((to.millis() - from.millis()).max(0) / 1000).unwrap_or(u32::MAX)
}

/// Meeting seconds so far.
pub fn elapsed(session: &Session, now: Instant) -> u32 {
    session.clock_seconds.saturating_add(
        session
            .clock_since
            .map_or(0, |since| seconds_between(since, now)),
    )
}

pub fn running(session: &Session) -> bool {
    session.clock_since.is_some()
}

/// Starts or resumes the clock (nothing if it runs).
pub fn start(session: &mut Session, now: Instant) {
    session.clock_since.get_or_insert(now);
}

/// Stops the clock at `at`, keeping what it counted.
pub fn pause(session: &mut Session, at: Instant) {
    session.clock_seconds = elapsed(session, at);
    session.clock_since = None;
}

/// The meeting moves to `phase` at `now`: the time spent in the phase it leaves is kept, and
/// the new phase's time goes on from what it had before (the clock starts with it when the
/// phase is one of the meeting's).
pub fn enter_phase(session: &mut Session, phase: Phase, now: Instant) {
    let stint = elapsed(session, now).saturating_sub(session.phase_from_seconds);
    if stint > 0 {
        let left = session.phase;
        match session.phase_spent.iter_mut().find(|t| t.phase == left) {
            Some(spent) => spent.seconds = spent.seconds.saturating_add(stint),
            None => session.phase_spent.push(PhaseTime {
                phase: left,
                seconds: stint,
            }),
        }
    }
    session.phase = phase;
    if phase != Phase::Prepare {
        start(session, now);
    }
    session.phase_from_seconds = elapsed(session, now);
}

/// Meeting seconds spent in `phase` before the meeting last entered it.
fn spent_before(session: &Session, phase: Phase) -> u32 {
    session
        .phase_spent
        .iter()
        .filter(|t| t.phase == phase)
        .fold(0, |sum, t| sum.saturating_add(t.seconds))
}

/// Opening a review whose clock was left running long ago: stop it at the last change, so
/// that a meeting resumed the next day does not count the night. Returns whether it stopped.
pub fn settle(session: &mut Session, last_change: Instant, now: Instant) -> bool {
    let left_behind =
        running(session) && now.millis() - last_change.millis() > LEFT_BEHIND_MINUTES * 60_000;
    if left_behind {
        let at = session
            .clock_since
            .map_or(last_change, |s| s.max(last_change));
        pause(session, at);
    }
    left_behind
}

/// Each phase's share of the meeting's time box, in minutes: after the Etsy debriefing guide,
/// which gives the walk through the timeline about 35 to 40 of 60 minutes.
pub fn phase_box_minutes(phase: Phase, time_box_minutes: u32) -> u32 {
    let percent = match phase {
        Phase::Prepare => 0,
        Phase::Open | Phase::Close => 5,
        Phase::AgreeTimeline | Phase::Synthesise | Phase::Opportunities => 10,
        Phase::Walk => 60,
    };
    // In u64: a time box read from a file can be any u32.
    u32::try_from((u64::from(time_box_minutes) * percent + 50) / 100).unwrap_or(u32::MAX)
}

/// What the clock shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub elapsed: u32,
    pub running: bool,
    pub phase: Phase,
    pub phase_elapsed: u32,
    pub phase_box_minutes: u32,
    pub time_box_minutes: u32,
}

pub fn reading(session: &Session, now: Instant) -> Reading {
    let elapsed = elapsed(session, now);
    Reading {
        elapsed,
        running: running(session),
        phase: session.phase,
        phase_elapsed: spent_before(session, session.phase)
            .saturating_add(elapsed.saturating_sub(session.phase_from_seconds)),
        phase_box_minutes: phase_box_minutes(session.phase, session.time_box_minutes),
        time_box_minutes: session.time_box_minutes,
    }
}

/// "1:05:09" or "12:04".
pub fn clock_text(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

impl Reading {
    /// Whether the current phase has used its share of the time box: a gentle cue, nothing more.
    pub fn phase_over(&self) -> bool {
        self.phase_box_minutes > 0 && u64::from(self.phase_elapsed) > self.phase_box_seconds()
    }

    fn phase_box_seconds(&self) -> u64 {
        u64::from(self.phase_box_minutes) * 60
    }

    /// "Meeting 12:04 of 60 min · Walk the tunnel 8:10 of 36 min", with "(paused)" when it is.
    pub fn text(&self) -> String {
        let mut text = format!(
            "Meeting {} of {} min",
            clock_text(self.elapsed),
            self.time_box_minutes
        );
        if self.phase_box_minutes > 0 {
            text += &format!(
                " · {} {} of {} min",
                self.phase.label(),
                clock_text(self.phase_elapsed),
                self.phase_box_minutes
            );
            if self.phase_over() {
                text += &format!(
                    ", {} min over",
                    (u64::from(self.phase_elapsed) - self.phase_box_seconds()).div_ceil(60)
                );
            }
        }
        if !self.running {
            text += " (paused)";
        }
        text
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_time_box_is_whole_minutes_and_anything_else_is_said() {
        use super::read_time_box;
        assert_eq!(read_time_box(" 90 "), Ok(90));
        assert_eq!(read_time_box("90 min"), Ok(90));
        assert_eq!(read_time_box("45minutes"), Ok(45));
        for wrong in ["1.5", "-5", "ninety", "", "0", "99999"] {
            assert!(read_time_box(wrong).is_err(), "{wrong}");
        }
        assert!(read_time_box("1.5").unwrap_err().contains("whole number"));
    }

    use super::*;

    fn at(seconds: i64) -> Instant {
        Instant::from_millis(seconds * 1000).unwrap()
    }

    fn meeting() -> Session {
        Session {
            time_box_minutes: 60,
            ..Session::default()
        }
    }

    #[test]
    fn counts_meeting_time_only_and_pauses() {
        let mut s = meeting();
        assert_eq!(elapsed(&s, at(500)), 0);
        enter_phase(&mut s, Phase::Open, at(100));
        assert_eq!(elapsed(&s, at(400)), 300);
        pause(&mut s, at(400));
        assert_eq!(elapsed(&s, at(4_000)), 300);
        start(&mut s, at(4_000));
        assert_eq!(elapsed(&s, at(4_060)), 360);
        enter_phase(&mut s, Phase::Walk, at(4_060));
        let r = reading(&s, at(4_060 + 37 * 60));
        assert_eq!(r.phase_elapsed, 37 * 60);
        assert_eq!(r.phase_box_minutes, 36);
        assert!(r.phase_over());
        assert_eq!(
            r.text(),
            "Meeting 43:00 of 60 min · Walk the tunnel 37:00 of 36 min, 1 min over"
        );
    }

    /// The walk left for a look at the opportunities and taken up again goes on from the
    /// time it had, so its share of the time box is not given twice.
    #[test]
    fn a_phase_returned_to_goes_on_from_its_time() {
        let mut s = meeting();
        enter_phase(&mut s, Phase::Walk, at(0));
        enter_phase(&mut s, Phase::Opportunities, at(20 * 60));
        assert_eq!(reading(&s, at(25 * 60)).phase_elapsed, 5 * 60);
        enter_phase(&mut s, Phase::Walk, at(25 * 60));
        let r = reading(&s, at(42 * 60));
        assert_eq!(r.phase_elapsed, 37 * 60);
        assert!(r.phase_over());
        // A pause counts for no phase.
        pause(&mut s, at(42 * 60));
        enter_phase(&mut s, Phase::Opportunities, at(50 * 60));
        assert_eq!(reading(&s, at(51 * 60)).phase_elapsed, 6 * 60);
        enter_phase(&mut s, Phase::Walk, at(51 * 60));
        assert_eq!(reading(&s, at(51 * 60)).phase_elapsed, 37 * 60);
        assert_eq!(
            reading(&s, at(51 * 60)).text(),
            "Meeting 43:00 of 60 min · Walk the tunnel 37:00 of 36 min, 1 min over"
        );
    }

    #[test]
    fn any_time_box_and_clock_a_file_may_hold_reads_without_overflowing() {
        let s = Session {
            phase: Phase::Walk,
            time_box_minutes: u32::MAX,
            clock_seconds: u32::MAX,
            phase_from_seconds: 0,
            ..Session::default()
        };
        let r = reading(&s, at(10));
        assert_eq!(r.phase_box_minutes, 2_576_980_377);
        assert!(!r.phase_over());
        assert!(r
            .text()
            .starts_with("Meeting 1193046:28:15 of 4294967295 min"));
    }

    #[test]
    fn preparing_starts_no_clock() {
        let mut s = meeting();
        enter_phase(&mut s, Phase::Prepare, at(10));
        assert!(!running(&s));
        assert_eq!(
            reading(&s, at(99)).text(),
            "Meeting 0:00 of 60 min (paused)"
        );
    }

    #[test]
    fn a_clock_left_running_overnight_stops_at_the_last_change() {
        let mut s = meeting();
        enter_phase(&mut s, Phase::Walk, at(0));
        let last_change = at(25 * 60);
        let next_day = at(24 * 3600);
        assert!(settle(&mut s, last_change, next_day));
        assert_eq!(elapsed(&s, next_day), 25 * 60);
        assert!(!running(&s));
        // A short break is meeting time: nothing to settle.
        start(&mut s, at(90_000));
        assert!(!settle(&mut s, at(90_000), at(90_000 + 10 * 60)));
        assert!(running(&s));
    }

    #[test]
    fn phase_boxes_share_the_time_box_and_texts_read_well() {
        let total: u32 = crate::method::phases::MEETING
            .iter()
            .map(|&p| phase_box_minutes(p, 60))
            .sum();
        assert_eq!(total, 60);
        assert_eq!(clock_text(3909), "1:05:09");
        assert_eq!(clock_text(724), "12:04");
    }
}
