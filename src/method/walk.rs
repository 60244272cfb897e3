//! Walking the tunnel: moving through the moments in time order, who is asked at each one, and
//! how far the meeting has come.

use crate::method::questions::Stage;
use crate::method::{clock, phases};
use crate::model::time::{moment_time_label, ZoneOffsets};
use crate::model::{Account, Id, Instant, MomentKind, Phase, Review, ReviewStatus};
use std::collections::HashSet;

/// The session of `file` replacing this browser's copy, whose session is `here`: the file's
/// (its walked moments, clock, time box), but the room stays where it is. The shared screen
/// follows the stored walk, and a file whose walk is elsewhere would move the room to moments
/// it has not reached, with their question and accounts. So the moment, the phase and what the
/// shared screen shows are this browser's (a moment the file does not hold: not started).
pub fn session_on_replace(here: &crate::model::Session, file: &Review) -> crate::model::Session {
    let mut session = file.session.clone();
    session.current = here
        .current
        .clone()
        .filter(|id| file.moments.iter().any(|m| &m.id == id));
    session.phase = here.phase;
    session.prompt.clone_from(&here.prompt);
    session.show_accounts = here.show_accounts;
    session.show_rules = here.show_rules;
    session.show_parking_lot = here.show_parking_lot;
    session.show_clock = here.show_clock;
    session
}

/// The position of the current moment in timeline order.
pub fn position(review: &Review) -> Option<usize> {
    let current = review.session.current.as_ref()?;
    review
        .timeline_order()
        .iter()
        .position(|&i| &review.moments[i].id == current)
}

/// The moments the shared screen shows for the first time when the walk moves to `target`:
/// those after the walk's moment up to `target`, in timeline order ("so far" lists them all).
/// None when it moves back.
pub fn first_shown_by_moving(review: &Review, target: &Id) -> Vec<Id> {
    let order = review.timeline_order();
    let Some(to) = order.iter().position(|&i| &review.moments[i].id == target) else {
        return Vec::new();
    };
    let from = position(review).map_or(0, |at| at + 1);
    order
        .get(from..=to)
        .unwrap_or_default()
        .iter()
        .map(|&i| review.moments[i].id.clone())
        .collect()
}

/// The moments the shared screen shows with the walk where it is: every one up to the walk's.
pub fn shown_now(review: &Review) -> Vec<Id> {
    let order = review.timeline_order();
    let upto = position(review).map_or(0, |at| at + 1);
    order[..upto.min(order.len())]
        .iter()
        .map(|&i| review.moments[i].id.clone())
        .collect()
}

/// The moment after the current one (the first when the walk has not started).
pub fn next(review: &Review) -> Option<Id> {
    let order = review.timeline_order();
    let target = match position(review) {
        Some(at) => order.get(at + 1)?,
        None => order.first()?,
    };
    Some(review.moments[*target].id.clone())
}

/// The moment before the current one.
pub fn previous(review: &Review) -> Option<Id> {
    let order = review.timeline_order();
    let at = position(review)?.checked_sub(1)?;
    Some(review.moments[order[at]].id.clone())
}

/// The first moment in time order, where a walk-through starts.
pub fn first(review: &Review) -> Option<Id> {
    let order = review.timeline_order();
    Some(review.moments[*order.first()?].id.clone())
}

/// Where the shared screen would open, when the walk is past its first moment and the meeting
/// clock is not running: the position (1-based) and the number of moments. A walk left there
/// by a rehearsal or an earlier sitting (whose clock was stopped when the review was opened
/// again, `clock::settle`) is shown to the room only when the facilitator chooses it; a
/// meeting under way reopens its shared screen where it is.
pub fn resumed_at(review: &Review) -> Option<(usize, usize)> {
    let at = position(review)?;
    (at > 0 && !clock::running(&review.session)).then_some((at + 1, review.moments.len()))
}

/// Where the walk's moment went when moments' times changed: its places (0-based) before and
/// after, when it moved. The shared screen then shows another set of moments before it.
pub fn moved(before: Option<usize>, review: &Review) -> Option<(usize, usize)> {
    let after = position(review)?;
    before.filter(|&b| b != after).map(|b| (b, after))
}

/// How many moments an addition put before the one the walk is at (`before`: its place before
/// the addition): the shared screen shows them once the walk has been to them.
pub fn added_before(before: Option<usize>, review: &Review) -> usize {
    moved(before, review).map_or(0, |(from, to)| to.saturating_sub(from))
}

/// The moment the trouble was noticed: the first signal or observation in timeline order, or
/// else the incident's start.
pub fn detected_at(review: &Review) -> Option<Instant> {
    review
        .moments
        .iter()
        .filter(|m| matches!(m.kind, MomentKind::Signal | MomentKind::Observation))
        .map(|m| m.at)
        .min()
        .or(review.incident_start)
}

/// Where `moment` stands against detection and the end of the impact, for the questions that
/// open it (`questions::starters`). A moment at the instant of detection belongs to the response.
pub fn stage_of(review: &Review, moment: &Id) -> Stage {
    let Some(at) = review.moment(moment).map(|m| m.at) else {
        return Stage::Response;
    };
    if detected_at(review).is_some_and(|d| at < d) {
        Stage::BeforeDetection
    } else if review.incident_end.is_some_and(|end| at > end) {
        Stage::AfterImpact
    } else {
        Stage::Response
    }
}

/// Moves the walk to `target`: the walk starts (and its clock) if it had not, and the moment
/// counts as walked.
/// Returns the review's status before, when moving into the walk changed it (`phases::set_phase`).
pub fn go_to(review: &mut Review, target: &Id, now: Instant) -> Option<ReviewStatus> {
    review.moment(target)?;
    let status_before = phases::set_phase(review, Phase::Walk, now);
    let session = &mut review.session;
    session.started_at.get_or_insert(now);
    session.current = Some(target.clone());
    if !session.walked.contains(target) {
        session.walked.push(target.clone());
    }
    // A new moment, a new question: the room should not keep seeing the last one.
    session.prompt.clear();
    status_before
}

/// Who is asked at a moment: the people involved in it, the people on the response at that
/// time (by their joined and left times), and anyone who already gave an account of it.
/// `accounts` are the moment's accounts (the store keeps them by moment; any other account
/// is passed over).
pub fn responders_at<'a>(
    review: &Review,
    moment: &Id,
    accounts: impl IntoIterator<Item = &'a Account>,
) -> Vec<Id> {
    let Some(m) = review.moment(moment) else {
        return Vec::new();
    };
    let on_duty = review
        .people
        .iter()
        .filter(|p| p.joined.is_some_and(|j| j <= m.at) && p.left.is_none_or(|l| m.at <= l));
    let with_account = accounts
        .into_iter()
        .filter(|a| &a.moment == moment)
        .filter_map(|a| review.person(&a.person));
    let mut ids: Vec<Id> = Vec::new();
    for id in m
        .people
        .iter()
        .cloned()
        .chain(on_duty.map(|p| p.id.clone()))
        .chain(with_account.map(|p| p.id.clone()))
    {
        if !ids.contains(&id) && review.person(&id).is_some() {
            ids.push(id);
        }
    }
    ids
}

/// How far the meeting has come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// 1-based position of the current moment; 0 before the walk starts.
    pub position: usize,
    pub total: usize,
    pub walked: usize,
    /// Moments nobody has given an account of yet.
    pub without_account: usize,
    /// The current moment's number on the shared screen (`RoomView::position`): it counts the
    /// moments the room was walked through, so it differs after a jump, or a moment moved or
    /// added before this one.
    pub on_shared_screen: usize,
}

/// Where the walk stands, given the moments `heard` (`moments_heard`). A step of the walk
/// changes the position and the walked moments, not who has been heard: the console keeps
/// `heard` from one edit to the next, so that a step does not read every account.
pub fn progress(review: &Review, heard: &HashSet<Id>) -> Progress {
    let moments: HashSet<&Id> = review.moments.iter().map(|m| &m.id).collect();
    let order = review.timeline_order();
    let at = review
        .session
        .current
        .as_ref()
        .and_then(|current| order.iter().position(|&i| &review.moments[i].id == current));
    Progress {
        position: at.map_or(0, |p| p + 1),
        on_shared_screen: at.map_or(0, |at| {
            super::hindsight::walked_before(review, &order, at).count() + 1
        }),
        total: review.moments.len(),
        walked: review
            .session
            .walked
            .iter()
            .collect::<HashSet<_>>()
            .intersection(&moments)
            .count(),
        without_account: review
            .moments
            .iter()
            .filter(|m| !heard.contains(&m.id))
            .count(),
    }
}

/// The moments someone has given a (non-blank) account of.
pub fn moments_heard(review: &Review) -> HashSet<Id> {
    review
        .accounts
        .iter()
        .filter(|a| !a.is_blank())
        .map(|a| a.moment.clone())
        .collect()
}

/// Where a parked idea came from, for the parking lot: " (from 09:42 · the moment's first
/// 60 characters)", or nothing when it was parked outside the walk or its moment is gone.
pub fn parked_from(review: &Review, moment: Option<&Id>, zones: &dyn ZoneOffsets) -> String {
    moment
        .and_then(|m| review.moment(m))
        .map(|m| {
            let when = moment_time_label(m.at, m.precision, &review.time_zone, zones, false);
            let text: String = m.description.chars().take(60).collect();
            format!(" (from {when} · {text})")
        })
        .unwrap_or_default()
}

/// "Jump to moment": each moment's label in timeline order, before its marks
/// (`jump_list`). Labels change with the timeline, marks with each step.
pub fn jump_labels(review: &Review, zones: &dyn ZoneOffsets) -> Vec<(Id, String)> {
    let with_dates = review.spans_days(zones);
    review
        .timeline_order()
        .into_iter()
        .map(|i| {
            let m = &review.moments[i];
            let when = moment_time_label(m.at, m.precision, &review.time_zone, zones, with_dates);
            let text: String = m.description.chars().take(60).collect();
            (m.id.clone(), format!("{when} · {text}"))
        })
        .collect()
}

/// "Jump to moment": the `labels` marked walked (✓) or not heard yet ("no account yet").
pub fn jump_list(labels: &[(Id, String)], walked: &[Id], heard: &HashSet<Id>) -> Vec<(Id, String)> {
    let walked: HashSet<&Id> = walked.iter().collect();
    labels
        .iter()
        .map(|(id, label)| {
            let mark = if walked.contains(id) { "✓ " } else { "" };
            let missing = if heard.contains(id) {
                ""
            } else {
                " (no account yet)"
            };
            (id.clone(), format!("{mark}{label}{missing}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Moment, Person};

    fn at(minute: i64) -> Instant {
        Instant::from_millis(minute * 60_000).unwrap()
    }

    fn review() -> Review {
        let moment = |id: &str, minute: i64, people: &[&str]| Moment {
            id: Id::from(id),
            at: at(minute),
            people: people.iter().map(|p| Id::from(*p)).collect(),
            ..Moment::default()
        };
        let person = |id: &str, joined: Option<i64>, left: Option<i64>| Person {
            id: Id::from(id),
            name: id.to_uppercase(),
            joined: joined.map(at),
            left: left.map(at),
            ..Person::default()
        };
        Review {
            people: vec![
                person("ana", None, None),
                person("ben", Some(5), Some(20)),
                person("cy", None, None),
            ],
            moments: vec![
                moment("b", 10, &["ana"]),
                moment("a", 1, &[]),
                moment("c", 30, &["ana"]),
            ],
            accounts: vec![Account {
                id: Id::from("acc"),
                moment: Id::from("c"),
                person: Id::from("cy"),
                saw: "the dashboard".into(),
                ..Account::default()
            }],
            ..Review::default()
        }
    }

    #[test]
    fn a_replacing_file_keeps_the_room_where_it_is_and_brings_the_rest() {
        let mut here = review().session;
        here.current = Some(Id::from("a"));
        here.phase = Phase::Walk;
        let mut file = review();
        file.session.current = Some(Id::from("c"));
        file.session.walked = vec![Id::from("a"), Id::from("b"), Id::from("c")];
        file.session.prompt = "LATER question".into();
        file.session.show_accounts = true;
        file.session.clock_seconds = 600;
        file.session.phase = Phase::Synthesise;
        let kept = session_on_replace(&here, &file);
        assert_eq!(kept.current, here.current);
        assert_eq!(
            (kept.phase, kept.prompt.as_str(), kept.show_accounts),
            (Phase::Walk, "", false)
        );
        assert_eq!((kept.walked.len(), kept.clock_seconds), (3, 600));
        // A moment the file does not hold: the walk has not started.
        here.current = Some(Id::from("gone"));
        assert_eq!(session_on_replace(&here, &file).current, None);
    }

    #[test]
    fn a_move_shows_the_room_the_moments_up_to_its_target_once() {
        // In time order: a (1), b (10), c (30).
        let mut review = review();
        let id = |s: &str| Id::from(s);
        assert_eq!(first_shown_by_moving(&review, &id("b")), [id("a"), id("b")]);
        assert!(shown_now(&review).is_empty());
        review.session.current = Some(id("a"));
        assert_eq!(first_shown_by_moving(&review, &id("c")), [id("b"), id("c")]);
        review.session.current = Some(id("b"));
        assert!(first_shown_by_moving(&review, &id("a")).is_empty());
        assert_eq!(shown_now(&review), [id("a"), id("b")]);
        assert!(first_shown_by_moving(&review, &id("gone")).is_empty());
    }

    #[test]
    fn steps_through_the_moments_in_time_order() {
        let mut review = review();
        assert_eq!(previous(&review), None);
        let first = next(&review).unwrap();
        assert_eq!(first, Id::from("a"));
        go_to(&mut review, &first, at(100));
        assert_eq!(review.session.phase, Phase::Walk);
        assert_eq!(next(&review), Some(Id::from("b")));
        go_to(&mut review, &Id::from("c"), at(103));
        assert_eq!(next(&review), None);
        assert_eq!(previous(&review), Some(Id::from("b")));
        assert_eq!(
            review.session.started_at,
            Some(at(100)),
            "the clock starts once"
        );
        assert_eq!(review.session.walked, [Id::from("a"), Id::from("c")]);
        go_to(&mut review, &Id::from("nope"), at(104));
        assert_eq!(review.session.current, Some(Id::from("c")));
    }

    #[test]
    fn a_walk_left_past_its_first_moment_is_told_before_the_room_sees_it() {
        let mut review = review();
        assert_eq!(first(&review), Some(Id::from("a")));
        assert_eq!(resumed_at(&review), None, "not started");
        go_to(&mut review, &Id::from("a"), at(100));
        assert_eq!(resumed_at(&review), None, "at the first moment");
        go_to(&mut review, &Id::from("c"), at(101));
        // The meeting is under way: its shared screen reopens where it is.
        clock::start(&mut review.session, at(101));
        assert_eq!(resumed_at(&review), None);
        // Left behind, its clock stopped: asked.
        clock::pause(&mut review.session, at(102));
        assert_eq!(resumed_at(&review), Some((3, 3)));
        assert_eq!(first(&Review::default()), None);
        // A new time moving the walk's moment.
        let before = position(&review);
        assert_eq!(moved(before, &review), None);
        review.moments[2].at = at(0);
        assert_eq!(moved(before, &review), Some((2, 0)));
        assert_eq!(
            added_before(before, &review),
            0,
            "moved back, nothing added"
        );
        // Moments added before it, and one after.
        review.moments[2].at = at(30);
        let before = position(&review);
        for (id, minute) in [("x", 2), ("y", 20), ("z", 500)] {
            review.moments.push(Moment {
                id: Id::from(id),
                at: at(minute),
                ..Moment::default()
            });
        }
        assert_eq!(added_before(before, &review), 2);
        assert_eq!(added_before(None, &review), 0);
    }

    #[test]
    fn asks_the_people_involved_on_duty_or_already_heard() {
        let mut review = review();
        let asked = |r: &Review, m: &str| responders_at(r, &Id::from(m), &r.accounts);
        assert_eq!(asked(&review, "a"), Vec::<Id>::new());
        assert_eq!(asked(&review, "b"), [Id::from("ana"), Id::from("ben")]);
        assert_eq!(asked(&review, "c"), [Id::from("ana"), Id::from("cy")]);
        // Whoever gave an account is asked too; another moment's account is passed over.
        review.accounts.push(Account {
            id: Id::from("told"),
            moment: Id::from("b"),
            person: Id::from("cy"),
            ..Account::default()
        });
        assert_eq!(asked(&review, "a"), Vec::<Id>::new());
        assert_eq!(
            asked(&review, "b"),
            [Id::from("ana"), Id::from("ben"), Id::from("cy")]
        );
    }

    #[test]
    fn progress_counts_walked_moments_and_missing_accounts() {
        let mut review = review();
        go_to(&mut review, &Id::from("a"), at(100));
        go_to(&mut review, &Id::from("b"), at(110));
        let p = progress(&review, &moments_heard(&review));
        assert_eq!(
            (p.position, p.total, p.walked, p.without_account),
            (2, 3, 2, 2)
        );
        assert_eq!(p.on_shared_screen, 2);
    }

    #[test]
    fn the_console_knows_the_number_the_shared_screen_shows() {
        use crate::method::hindsight::room_view;
        let mut review = review();
        let number = |r: &Review| progress(r, &HashSet::new()).on_shared_screen;
        assert_eq!((number(&review), room_view(&review).position), (0, 0));
        // A jump from the first moment to the third passes over the second.
        go_to(&mut review, &Id::from("a"), at(100));
        go_to(&mut review, &Id::from("c"), at(110));
        let p = progress(&review, &HashSet::new());
        assert_eq!((p.position, p.on_shared_screen), (3, 2));
        assert_eq!(room_view(&review).position, 2);
        // The moment at hand moved before every other: first in the timeline and on the screen.
        let c = review
            .moments
            .iter()
            .position(|m| m.id.as_str() == "c")
            .unwrap();
        let first = review.moments.iter().map(|m| m.at.millis()).min().unwrap();
        review.moments[c].at = Instant::from_millis(first - 60_000).unwrap();
        let p = progress(&review, &HashSet::new());
        assert_eq!((p.position, p.on_shared_screen), (1, 1));
        assert_eq!(room_view(&review).position, 1);
    }

    #[test]
    fn the_jump_list_marks_walked_moments_and_moments_nobody_spoke_to() {
        let mut review = review();
        review.time_zone = "UTC".into();
        go_to(&mut review, &Id::from("b"), at(110));
        // A blank account does not count as heard.
        review.accounts.push(Account {
            id: Id::from("blank"),
            moment: Id::from("a"),
            person: Id::from("ana"),
            ..Account::default()
        });
        let labels = jump_labels(&review, &crate::model::time::Utc);
        let list = jump_list(&labels, &review.session.walked, &moments_heard(&review));
        let ids: Vec<&str> = list.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert!(list[0].1.ends_with(" (no account yet)"), "{}", list[0].1);
        assert!(list[1].1.starts_with("✓ "), "{}", list[1].1);
        assert!(list[1].1.ends_with(" (no account yet)"));
        assert!(!list[2].1.starts_with("✓ ") && !list[2].1.ends_with(" (no account yet)"));
        // A walked id whose moment was deleted is not counted.
        review.session.walked.push(Id::from("gone"));
        assert_eq!(progress(&review, &moments_heard(&review)).walked, 1);
    }

    #[test]
    fn a_moment_is_before_detection_until_the_first_signal_then_in_the_response() {
        let mut r = review();
        for m in &mut r.moments {
            m.kind = MomentKind::OrdinaryWork;
        }
        // No signal and no start: everything is the response.
        assert_eq!(stage_of(&r, &Id::from("b")), Stage::Response);
        r.moments[1].kind = MomentKind::Signal; // "a", at minute 1
        r.incident_end = Some(at(12));
        let stage = |r: &Review, id: &str| stage_of(r, &Id::from(id));
        assert_eq!(detected_at(&r), Some(at(1)));
        assert_eq!(stage(&r, "a"), Stage::Response);
        assert_eq!(stage(&r, "b"), Stage::Response);
        assert_eq!(stage(&r, "c"), Stage::AfterImpact);
        r.moments[1].at = at(11);
        assert_eq!(stage(&r, "b"), Stage::BeforeDetection);
        // Without any signal, the incident's start stands in for detection.
        r.moments[1].kind = MomentKind::Action;
        r.incident_start = Some(at(3));
        assert_eq!(detected_at(&r), Some(at(3)));
        assert_eq!(stage(&r, "a"), Stage::Response);
    }
}
