//! The hindsight rule: what the room may see while the walk-through is at a moment.
//!
//! At moment N the shared screen shows moments up to N and, of their evidence, only what was
//! seen during the incident. Later moments, the incident's end and evidence found afterwards
//! stay hidden; the facilitator's notes and the parking lot are never shown unless chosen.
//! The presenter view renders only a [`RoomView`], so this function decides everything it can
//! show.

use super::phases::GROUND_RULES;
use crate::model::{
    Evidence, Id, Instant, Moment, MomentKind, Phase, Precision, Review, Seen, Session,
};
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// How a piece of evidence added now starts. While the walk-through is at a moment the room
/// may be watching, and would read the text as it is typed: new evidence then starts as found
/// afterwards, and reaches the room only when the facilitator says it was seen during the
/// incident. (A walk left at a moment counts too: whether the shared screen is open is not
/// known here, and the safe side is the one that hides.)
pub fn seen_when_added(session: &Session) -> Seen {
    if session.phase == Phase::Walk && session.current.is_some() {
        Seen::FoundAfterwards
    } else {
        Seen::DuringIncident
    }
}

/// One moment as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomMoment {
    pub id: Id,
    pub at: Instant,
    pub precision: Precision,
    pub kind: MomentKind,
    pub description: String,
    pub people: Vec<String>,
    /// Only evidence seen during the incident.
    pub evidence: Vec<Evidence>,
    pub pivot: bool,
}

/// One responder's account of the current moment, as shown to the room when chosen.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct RoomAccount {
    pub person: String,
    /// Each filled field: its family's name and the text.
    pub answers: Vec<(&'static str, String)>,
}

/// Everything the shared screen may show.
#[derive(Debug, Clone, PartialEq, Hash, Default)]
pub struct RoomView {
    pub title: String,
    pub time_zone: String,
    /// The moment the walk is at.
    pub current: Option<Arc<RoomMoment>>,
    /// The moments before it, in time order. Shared with the views before it where they were
    /// built once ([`BuiltMoments`]): copying, comparing and dropping 2,000 of them took a
    /// step's time at 2,000 moments.
    pub earlier: Vec<Arc<RoomMoment>>,
    /// 1-based position of the current moment, 0 before the walk starts. Not the number of
    /// moments: how many are still to come is something the room does not know yet.
    pub position: usize,
    pub prompt: String,
    pub accounts: Vec<RoomAccount>,
    pub rules: Option<&'static [&'static str]>,
    pub parking_lot: Vec<String>,
    /// The meeting clock's state, when the facilitator shows it (its fields only).
    pub clock: Option<Session>,
    /// The walk is somewhere the facilitator has not yet chosen to show ([`held_view`]).
    pub held: bool,
}

/// What the room may see now.
pub fn room_view(review: &Review) -> RoomView {
    view_at(review, true, &mut BuiltMoments::default())
}

/// The room's moments built for one review, by the moment's place in `review.moments`, kept
/// by a window that follows the review (`io::following`) for as long as the review's moments
/// and people stay as they were: a step of the walk changes neither, and then builds only the
/// moment it reaches. The window forgets them whenever anything they are built from may have
/// changed.
#[derive(Debug, Default)]
pub struct BuiltMoments(Vec<Option<Arc<RoomMoment>>>);

impl BuiltMoments {
    /// The review's moments or people may have changed: build every moment again.
    pub fn forget(&mut self) {
        self.0.clear();
    }
}

/// [`room_view`], with moments built for an earlier view of the same moments and people.
pub fn room_view_reusing(review: &Review, built: &mut BuiltMoments) -> RoomView {
    view_at(review, true, built)
}

/// What a shared screen opened on its own (a bookmark, a tab the browser restored) shows of a
/// walk left past its first moment with the clock stopped: no moment, until the facilitator
/// chooses where the room starts (`walk::resumed_at`, asked when the console opens it) or the
/// meeting goes on.
pub fn held_view(review: &Review) -> RoomView {
    view_at(review, false, &mut BuiltMoments::default())
}

/// A fingerprint of all that decides what a shared screen shows of `review`: the room's view,
/// the view held back ([`held_view`]) and which of the two a screen opened on its own shows.
/// A window saving
/// during the walk stores it beside the review, so that a shared screen can pass over a save
/// that changes nothing it shows (an account typed while accounts are not shown) without
/// reading the whole review again. Equal fingerprints of two reviews mean equal screens; a
/// screen that cannot tell reads the review.
pub fn room_digest(review: &Review) -> u64 {
    use std::hash::DefaultHasher;
    let mut hasher = DefaultHasher::new();
    // The moments hashed where they are: building 2,000 of them to hash them, then dropping
    // them, took most of each save's fingerprint during the walk.
    let (view, shown) = view_without_moments(review, true);
    view.hash(&mut hasher);
    for index in shown
        .iter()
        .flat_map(|(current, earlier)| earlier.iter().chain([current]))
    {
        hash_room_moment(review, *index, &mut hasher);
    }
    held_view(review).hash(&mut hasher);
    super::walk::resumed_at(review).is_some().hash(&mut hasher);
    hasher.finish()
}

/// Whether every moment `drawn` shows (its moment and those before it) is also in `now`: then
/// a part of the screen drawn from `drawn` (the picture, the timeline so far) tells the room
/// nothing that `now` does not, and may catch up with `now` once its moment is on the screen (a
/// step forward). A step back, a jump back, or a moment whose time moved it past the walk is
/// not: such a part must change in the same frame as the moment, or the room would see a
/// moment that is later than the one at hand.
///
/// A moment must also read in `now` as `drawn` has it: a description reworded to take out
/// something the room should not read, or a person renamed, changes at once everywhere.
pub fn shows_no_more(drawn: &RoomView, now: &RoomView) -> bool {
    if drawn.time_zone != now.time_zone {
        return false;
    }
    // A step forward, the usual case, is told without a map of every moment: the moments
    // drawn are the first moments now, the same ones (built once, `BuiltMoments`).
    let (drawn_count, now_count) = (moments_in(drawn), moments_in(now));
    let same_start = drawn
        .earlier
        .iter()
        .chain(&drawn.current)
        .zip(now.earlier.iter().chain(&now.current))
        .all(|(was, is)| Arc::ptr_eq(was, is));
    if same_start && drawn_count <= now_count {
        return true;
    }
    let in_now: HashMap<&Id, &Arc<RoomMoment>> = now
        .earlier
        .iter()
        .chain(&now.current)
        .map(|m| (&m.id, m))
        .collect();
    drawn
        .earlier
        .iter()
        .chain(&drawn.current)
        .all(|m| in_now.get(&m.id).is_some_and(|there| *there == m))
}

fn moments_in(view: &RoomView) -> usize {
    view.earlier.len() + usize::from(view.current.is_some())
}

/// The moments before the walk's one (`at` in `order`, the timeline order) that the walk has
/// been through, as indexes in `review.moments`: a moment whose time was changed to before it,
/// or that was added before it, or that a jump passed over, has not been on the shared screen,
/// and a mistyped time must not put a later moment there. The room numbers its moment by them.
pub fn walked_before<'a>(
    review: &'a Review,
    order: &'a [usize],
    at: usize,
) -> impl Iterator<Item = usize> + 'a {
    let walked: HashSet<&Id> = review.session.walked.iter().collect();
    order[..at]
        .iter()
        .copied()
        .filter(move |&i| walked.contains(&review.moments[i].id))
}

fn view_at(review: &Review, at_walk: bool, built: &mut BuiltMoments) -> RoomView {
    let (mut view, shown) = view_without_moments(review, at_walk);
    built.0.resize(review.moments.len(), None);
    // A moment built for another at this place (a caller that did not forget them when the
    // moments changed) is built again: the room never sees one moment in another's place.
    let mut shared = |index: usize| match &built.0[index] {
        Some(moment) if moment.id == review.moments[index].id => moment.clone(),
        _ => {
            let moment = Arc::new(room_moment(review, index));
            built.0[index] = Some(moment.clone());
            moment
        }
    };
    if let Some((current, earlier)) = shown {
        view.current = Some(shared(current));
        view.earlier = earlier.into_iter().map(shared).collect();
    }
    view
}

/// The room's view without its moments, and which moments it shows: the current one and those
/// before it, as indexes in `review.moments` (`None` before the walk starts).
fn view_without_moments(review: &Review, at_walk: bool) -> (RoomView, Option<(usize, Vec<usize>)>) {
    let order = review.timeline_order();
    let session = &review.session;
    let position = session
        .current
        .as_ref()
        .filter(|_| at_walk)
        .and_then(|id| order.iter().position(|&i| &review.moments[i].id == id));
    let shown = position.map(|at| {
        (
            order[at],
            walked_before(review, &order, at).collect::<Vec<_>>(),
        )
    });
    let accounts = match (&shown, session.show_accounts) {
        (Some((current, _)), true) => accounts_of(review, &review.moments[*current].id),
        _ => Vec::new(),
    };
    let view = RoomView {
        title: review.title.clone(),
        time_zone: review.time_zone.clone(),
        // Counted among what the room has seen: a place in the whole timeline would tell it
        // how many moments were moved or added before this one.
        position: shown.as_ref().map_or(0, |(_, earlier)| earlier.len() + 1),
        prompt: if at_walk {
            session.prompt.clone()
        } else {
            String::new()
        },
        held: !at_walk,
        accounts,
        rules: session.show_rules.then_some(&GROUND_RULES[..]),
        parking_lot: if session.show_parking_lot {
            let walked: HashSet<&Id> = session.walked.iter().collect();
            parked_by_now(review, &order, position, &walked)
        } else {
            Vec::new()
        },
        clock: session.show_clock.then(|| Session {
            phase: session.phase,
            time_box_minutes: session.time_box_minutes,
            clock_seconds: session.clock_seconds,
            clock_since: session.clock_since,
            phase_from_seconds: session.phase_from_seconds,
            phase_spent: session.phase_spent.clone(),
            ..Session::default()
        }),
        current: None,
        earlier: Vec::new(),
    };
    (view, shown)
}

/// Moment `index` of `review` as the room sees it: only evidence seen during the incident.
fn room_moment(review: &Review, index: usize) -> RoomMoment {
    let moment = &review.moments[index];
    RoomMoment {
        id: moment.id.clone(),
        at: moment.at,
        precision: moment.precision,
        kind: moment.kind,
        description: moment.description.clone(),
        people: room_people(review, moment).collect(),
        evidence: room_evidence(moment).cloned().collect(),
        pivot: moment.pivot,
    }
}

/// What [`room_moment`] builds, hashed from the review without building it: the same hash
/// as the built moment's own (`Hash for RoomMoment`), through [`hash_moment`].
fn hash_room_moment(review: &Review, index: usize, state: &mut impl Hasher) {
    let moment = &review.moments[index];
    let fixed = (&moment.id, moment.at, moment.precision, moment.kind);
    let people: Vec<String> = room_people(review, moment).collect();
    let words = (moment.description.as_str(), moment.pivot);
    hash_moment(state, fixed, &people, room_evidence(moment), words);
}

/// Every field of a room's moment names itself here, so that a field added to [`RoomMoment`]
/// cannot be left out of the room's fingerprint ([`room_digest`]) without failing to compile.
impl Hash for RoomMoment {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let RoomMoment {
            id,
            at,
            precision,
            kind,
            description,
            people,
            evidence,
            pivot,
        } = self;
        let fixed = (id, *at, *precision, *kind);
        hash_moment(state, fixed, people, evidence.iter(), (description, *pivot));
    }
}

/// One room moment's hash, from its parts borrowed; each list's length goes before it.
fn hash_moment<'a>(
    state: &mut impl Hasher,
    fixed: (&Id, Instant, Precision, MomentKind),
    people: &[String],
    evidence: impl Iterator<Item = &'a Evidence> + Clone,
    (description, pivot): (&str, bool),
) {
    fixed.hash(state);
    people.hash(state);
    state.write_usize(evidence.clone().count());
    evidence.for_each(|e| e.hash(state));
    (description, pivot).hash(state);
}

/// The names of a moment's people, as the room reads them.
fn room_people<'a>(review: &'a Review, moment: &'a Moment) -> impl Iterator<Item = String> + 'a {
    moment
        .people
        .iter()
        .filter_map(|p| review.person(p))
        .map(|p| p.display_name())
}

/// A moment's evidence that the room may see: what was seen during the incident.
fn room_evidence(moment: &Moment) -> impl Iterator<Item = &Evidence> + Clone {
    moment
        .evidence
        .iter()
        .filter(|e| e.seen == Seen::DuringIncident)
}

/// The parked ideas the room may see at the walk's place (`position` in `order`): those parked
/// at it or at a moment before it that was walked, and those tied to no moment. An idea parked
/// at a later moment names what came later.
fn parked_by_now(
    review: &Review,
    order: &[usize],
    position: Option<usize>,
    walked: &HashSet<&Id>,
) -> Vec<String> {
    let place: HashMap<&Id, usize> = order
        .iter()
        .enumerate()
        .map(|(place, &i)| (&review.moments[i].id, place))
        .collect();
    review
        .parking_lot
        .iter()
        .filter(|idea| match &idea.moment {
            None => true,
            Some(moment) => position.is_some_and(|now| {
                place
                    .get(moment)
                    .is_some_and(|&p| p == now || (p < now && walked.contains(moment)))
            }),
        })
        .map(|idea| idea.text.clone())
        .collect()
}

/// The accounts of `moment`, each with what was said on the record (an account told wholly off
/// the record is not shown at all).
fn accounts_of(review: &Review, moment: &Id) -> Vec<RoomAccount> {
    review
        .accounts
        .iter()
        .filter(|a| &a.moment == moment)
        .filter_map(|a| {
            let answers: Vec<_> = crate::model::AccountField::ALL
                .iter()
                .filter(|&&f| !a.field(f).trim().is_empty() && !a.is_off_record(f))
                .map(|&f| (super::questions::family_of(f).name, a.field(f).clone()))
                .collect();
            (!answers.is_empty()).then(|| RoomAccount {
                person: review
                    .person(&a.person)
                    .map(|p| p.display_name())
                    .unwrap_or_default(),
                answers,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Account, Evidence, Moment, ParkedIdea, Person};

    fn review() -> Review {
        let moment = |id: &str, minute: i64, text: &str| Moment {
            id: Id::from(id),
            at: Instant::from_millis(minute * 60_000).unwrap(),
            description: text.into(),
            ..Moment::default()
        };
        let mut m2 = moment("m2", 2, "Ana sees the error graph");
        m2.evidence = vec![
            Evidence {
                text: "graph at 10:02".into(),
                seen: Seen::DuringIncident,
                ..Evidence::default()
            },
            Evidence {
                text: "LATER: the lock table".into(),
                seen: Seen::FoundAfterwards,
                ..Evidence::default()
            },
        ];
        Review {
            title: "Checkout".into(),
            people: vec![Person {
                id: Id::from("ana"),
                name: "Ana".into(),
                ..Person::default()
            }],
            incident_end: Some(Instant::from_millis(99 * 60_000).unwrap()),
            moments: vec![
                moment("m3", 3, "LATER: the rollback fixes it"),
                moment("m1", 1, "Deploy starts"),
                m2,
            ],
            accounts: vec![
                Account {
                    id: Id::from("a2"),
                    moment: Id::from("m2"),
                    person: Id::from("ana"),
                    saw: "the error graph".into(),
                    ..Account::default()
                },
                Account {
                    id: Id::from("a3"),
                    moment: Id::from("m3"),
                    person: Id::from("ana"),
                    saw: "LATER: relief".into(),
                    ..Account::default()
                },
            ],
            notes: vec![crate::model::Note {
                text: "PRIVATE note".into(),
                moment: Some(Id::from("m2")),
                ..Default::default()
            }],
            parking_lot: vec![ParkedIdea {
                text: "PARKED: add a lock alert".into(),
                ..Default::default()
            }],
            ..Review::default()
        }
    }

    /// The walk taken to `id` one moment at a time, as "Next moment" does.
    fn walk_to(review: &mut Review, id: &str) {
        for i in review.timeline_order() {
            let moment = review.moments[i].id.clone();
            crate::method::walk::go_to(review, &moment, Instant::default());
            if moment.as_str() == id {
                return;
            }
        }
    }

    #[test]
    fn a_step_forward_shows_no_more_than_the_next_view_and_a_step_back_does() {
        let mut review = review();
        walk_to(&mut review, "m2");
        let at_m2 = room_view(&review);
        crate::method::walk::go_to(&mut review, &Id::from("m3"), Instant::default());
        let at_m3 = room_view(&review);
        // Forward: what was drawn at m2 (m1, m2) is all in the view at m3.
        assert!(shows_no_more(&at_m2, &at_m3));
        assert!(shows_no_more(&at_m3, &at_m3));
        // Back: the view at m3 holds m3, which the room at m2 must not see.
        assert!(!shows_no_more(&at_m3, &at_m2));
        // A moment moved past the walk leaves the view: what showed it may not linger.
        crate::method::walk::go_to(&mut review, &Id::from("m2"), Instant::default());
        let back_at_m2 = room_view(&review);
        review.moments[1].at = Instant::from_millis(50 * 60_000).unwrap();
        let m1_moved = room_view(&review);
        assert!(shows_no_more(&m1_moved, &back_at_m2));
        assert!(!shows_no_more(&back_at_m2, &m1_moved));
        // Before the walk starts nothing is shown, which is in every view.
        let nothing = RoomView {
            time_zone: at_m2.time_zone.clone(),
            ..RoomView::default()
        };
        assert!(shows_no_more(&nothing, &at_m2));
        // A moment reworded, as the room has it, changes at once.
        let mut reworded = review.clone();
        reworded.moments[2].description = "Ana sees the error graph (reworded)".into();
        assert!(shows_no_more(&m1_moved, &room_view(&review)));
        assert!(!shows_no_more(&m1_moved, &room_view(&reworded)));
    }

    /// The shared screen's views share their moments (`BuiltMoments`), and a step forward is
    /// then told by the moments' places alone: the answers must be those of the views built
    /// apart.
    #[test]
    fn views_sharing_their_moments_are_told_apart_as_views_built_apart() {
        let mut review = review();
        let mut built = BuiltMoments::default();
        // Each view twice: sharing its moments with the others, and built on its own.
        let mut both = |review: &Review| (room_view_reusing(review, &mut built), room_view(review));
        walk_to(&mut review, "m1");
        let at_m1 = both(&review);
        crate::method::walk::go_to(&mut review, &Id::from("m2"), Instant::default());
        let at_m2 = both(&review);
        crate::method::walk::go_to(&mut review, &Id::from("m3"), Instant::default());
        let at_m3 = both(&review);
        // A jump back to m1 after m3: the same moments, fewer of them.
        crate::method::walk::go_to(&mut review, &Id::from("m1"), Instant::default());
        let back = both(&review);
        assert!(Arc::ptr_eq(
            at_m2.0.current.as_ref().unwrap(),
            at_m3.0.earlier.last().unwrap()
        ));
        let views = [&at_m1, &at_m2, &at_m3, &back];
        for drawn in views {
            for now in views {
                assert_eq!(
                    shows_no_more(&drawn.0, &now.0),
                    shows_no_more(&drawn.1, &now.1),
                    "{:?} then {:?}",
                    drawn.1.current.as_ref().map(|m| &m.id),
                    now.1.current.as_ref().map(|m| &m.id),
                );
            }
        }
        assert!(shows_no_more(&at_m1.0, &at_m3.0) && !shows_no_more(&at_m3.0, &at_m2.0));
        assert!(!shows_no_more(&at_m3.0, &back.0) && shows_no_more(&back.0, &at_m3.0));
        // Another zone reads every time again.
        let mut zoned = at_m3.0.clone();
        zoned.time_zone = "Asia/Tokyo".into();
        assert!(!shows_no_more(&at_m2.0, &zoned));
    }

    #[test]
    fn a_moment_the_walk_has_not_been_through_stays_off_the_shared_screen() {
        let mut review = review();
        review.session.show_parking_lot = true;
        review.parking_lot.push(ParkedIdea {
            text: "LATER idea at the rollback".into(),
            moment: Some(Id::from("m3")),
            ..Default::default()
        });
        walk_to(&mut review, "m1");
        // A mistyped time puts the last moment before the walk's one: the room does not see it.
        review.moments[0].at = Instant::from_millis(0).unwrap();
        let view = room_view(&review);
        assert!(view.earlier.is_empty(), "{view:?}");
        assert_eq!(view.position, 1);
        assert!(!everything_shown(&view).contains("LATER"), "{view:?}");
        // Deleting the later moment does not put its idea before the room either.
        let mut deleted = self::review();
        deleted.session.show_parking_lot = true;
        deleted.parking_lot.push(ParkedIdea {
            text: "LATER idea at the rollback".into(),
            moment: Some(Id::from("m3")),
            ..Default::default()
        });
        deleted.moments.push(Moment {
            id: Id::from("m4"),
            at: Instant::from_millis(4 * 60_000).unwrap(),
            ..Moment::default()
        });
        walk_to(&mut deleted, "m2");
        deleted.remove_moment(&Id::from("m3")).unwrap();
        assert!(!everything_shown(&room_view(&deleted)).contains("LATER"));
        // Deleting the walk's own moment goes back to one the room has seen, not to a moment
        // whose time was changed to before it.
        let mut back = self::review();
        walk_to(&mut back, "m2");
        back.moments[0].at = Instant::from_millis(90_000).unwrap();
        back.remove_moment(&Id::from("m2")).unwrap();
        assert_eq!(back.session.current, Some(Id::from("m1")));
        assert!(!everything_shown(&room_view(&back)).contains("LATER"));
        // Nor does a jump show the moments it passed over.
        let mut review = self::review();
        crate::method::walk::go_to(&mut review, &Id::from("m3"), Instant::default());
        let view = room_view(&review);
        assert!(view.earlier.is_empty());
        assert_eq!(view.position, 1);
        // Walked back to, a moment is seen, and stays in what the room has seen.
        crate::method::walk::go_to(&mut review, &Id::from("m1"), Instant::default());
        crate::method::walk::go_to(&mut review, &Id::from("m3"), Instant::default());
        let view = room_view(&review);
        assert_eq!(view.earlier.len(), 1);
        assert_eq!(view.earlier[0].description, "Deploy starts");
        assert_eq!(view.position, 2);
    }

    fn everything_shown(view: &RoomView) -> String {
        format!("{view:?}")
    }

    #[test]
    fn shows_only_moments_up_to_the_current_one_and_evidence_seen_then() {
        let mut review = review();
        walk_to(&mut review, "m2");
        review.session.show_accounts = true;
        let view = room_view(&review);
        assert_eq!(view.position, 2);
        assert_eq!(
            view.current.as_ref().unwrap().description,
            "Ana sees the error graph"
        );
        assert_eq!(view.earlier.len(), 1);
        assert_eq!(view.earlier[0].description, "Deploy starts");
        let shown = everything_shown(&view);
        assert!(!shown.contains("LATER"), "{shown}");
        assert!(!shown.contains("PRIVATE"));
        assert!(!shown.contains("PARKED"));
        assert!(shown.contains("graph at 10:02"));
        assert_eq!(view.accounts.len(), 1);
        assert_eq!(
            view.accounts[0].answers,
            [("Cues", "the error graph".to_string())]
        );
    }

    #[test]
    fn the_room_sees_the_same_whatever_is_still_to_come() {
        // Not even how many moments there are: a count tells the room how much is left.
        let mut review = review();
        walk_to(&mut review, "m2");
        review.session.show_accounts = true;
        review.session.show_parking_lot = true;
        let mut fewer = review.clone();
        fewer.moments.retain(|m| !m.description.contains("LATER"));
        assert!(fewer.moments.len() < review.moments.len());
        assert_eq!(room_view(&review), room_view(&fewer));
    }

    #[test]
    fn a_held_view_shows_no_moment_and_no_question() {
        let mut review = review();
        walk_to(&mut review, "m3");
        review.session.prompt = "LATER question".into();
        review.session.show_parking_lot = true;
        let held = held_view(&review);
        assert!(held.held && held.current.is_none() && held.earlier.is_empty());
        assert_eq!(held.position, 0);
        let shown = everything_shown(&held);
        assert!(!shown.contains("LATER"), "{shown}");
        assert!(!room_view(&review).held);
    }

    #[test]
    fn what_was_said_off_the_record_never_reaches_the_room() {
        let mut review = review();
        walk_to(&mut review, "m2");
        review.session.show_accounts = true;
        review.accounts[0].believed = "OFFREC it was my change".into();
        review.accounts[0].set_off_record(crate::model::AccountField::Believed, true);
        let view = room_view(&review);
        assert!(!everything_shown(&view).contains("OFFREC"));
        assert_eq!(view.accounts[0].answers.len(), 1, "the rest is still shown");
        review.accounts[0].set_off_record(crate::model::AccountField::Saw, true);
        let view = room_view(&review);
        assert!(view.accounts.is_empty(), "nothing left to attribute");
    }

    #[test]
    fn accounts_rules_and_parking_lot_only_when_chosen() {
        let mut review = review();
        walk_to(&mut review, "m2");
        let quiet = room_view(&review);
        assert!(quiet.accounts.is_empty() && quiet.rules.is_none() && quiet.parking_lot.is_empty());
        review.session.show_rules = true;
        review.session.show_parking_lot = true;
        let shown = room_view(&review);
        assert!(shown.rules.is_some());
        assert_eq!(shown.parking_lot, ["PARKED: add a lock alert"]);
        // An idea parked at a later moment names what came later: not shown until the walk
        // gets there. One parked at this moment or before is.
        for (moment, text) in [
            ("m3", "LATER idea"),
            ("m2", "idea here"),
            ("m1", "idea before"),
        ] {
            review.parking_lot.push(ParkedIdea {
                text: text.into(),
                moment: Some(Id::from(moment)),
                ..Default::default()
            });
        }
        let shown = room_view(&review);
        assert_eq!(
            shown.parking_lot,
            ["PARKED: add a lock alert", "idea here", "idea before"]
        );
        walk_to(&mut review, "m3");
        assert_eq!(room_view(&review).parking_lot.len(), 4);
        // Before the walk starts, only ideas tied to no moment.
        review.session.current = None;
        assert_eq!(room_view(&review).parking_lot, ["PARKED: add a lock alert"]);
    }

    /// The fingerprint hashes the moments without building them: it must be what hashing the
    /// built view gives, moment by moment through `RoomMoment`'s own `Hash` (which names every
    /// field), wherever the walk is and whatever it shows.
    #[test]
    fn the_rooms_fingerprint_is_the_built_views_hash() {
        use std::hash::DefaultHasher;
        let by_building = |review: &Review| {
            let mut hasher = DefaultHasher::new();
            let full = room_view(review);
            let bare = RoomView {
                current: None,
                earlier: Vec::new(),
                ..full.clone()
            };
            bare.hash(&mut hasher);
            full.earlier
                .iter()
                .chain(&full.current)
                .for_each(|m| m.hash(&mut hasher));
            held_view(review).hash(&mut hasher);
            crate::method::walk::resumed_at(review)
                .is_some()
                .hash(&mut hasher);
            hasher.finish()
        };
        let mut review = review();
        review.moments[2].people = vec![Id::from("ana"), Id::from("nobody")];
        assert_eq!(
            room_digest(&review),
            by_building(&review),
            "before the walk"
        );
        for at in ["m1", "m2", "m3"] {
            walk_to(&mut review, at);
            assert_eq!(room_digest(&review), by_building(&review), "at {at}");
        }
        review.session.show_accounts = true;
        review.moments[2].pivot = true;
        assert_eq!(room_digest(&review), by_building(&review), "accounts shown");
    }

    #[test]
    fn the_rooms_fingerprint_changes_with_what_the_room_sees_and_only_with_it() {
        let mut review = review();
        review.moments[2].people = vec![Id::from("ana")];
        walk_to(&mut review, "m2");
        let first = room_digest(&review);
        let same = |review: &Review| room_digest(review) == first;
        // What the room does not see: an account while accounts are hidden, a private note,
        // a later moment, evidence found afterwards.
        let mut quiet = review.clone();
        quiet.accounts[0].saw.push_str(" and the pager");
        quiet.notes[0].text.push_str(" more");
        quiet.moments[0].description.push_str(" (LATER still)");
        quiet.moments[2].evidence[1].text.push_str(" more");
        assert!(same(&quiet));
        // What it does see, each on its own.
        type Change = (&'static str, fn(&mut Review));
        let changes: [Change; 12] = [
            ("the moment's words", |r| r.moments[2].description.push('!')),
            ("the moment's kind", |r| {
                r.moments[2].kind = MomentKind::Decision
            }),
            ("the moment marked a pivot", |r| r.moments[2].pivot = true),
            ("an earlier moment's people", |r| {
                r.moments[1].people = vec![Id::from("ana")]
            }),
            ("evidence found afterwards said seen then", |r| {
                r.moments[2].evidence[1].seen = Seen::DuringIncident
            }),
            ("an earlier moment's time", |r| {
                r.moments[1].at = Instant::from_millis(30_000).unwrap()
            }),
            ("evidence seen then", |r| {
                r.moments[2].evidence[0].text.push('!')
            }),
            ("the question", |r| {
                r.session.prompt = "What did you see?".into()
            }),
            ("accounts shown", |r| r.session.show_accounts = true),
            ("a person's name", |r| r.people[0].name = "Ana S.".into()),
            ("the next moment", |r| walk_to(r, "m3")),
            // Not shown (the clock is not on the screen), but a screen opened on its own
            // holds back a walk whose clock is stopped.
            ("the clock stopped or started", |r| {
                r.session.clock_since = match r.session.clock_since {
                    Some(_) => None,
                    None => Some(Instant::from_millis(1).unwrap()),
                }
            }),
        ];
        for (what, change) in changes {
            let mut changed = review.clone();
            change(&mut changed);
            assert!(!same(&changed), "{what}");
        }
        review.session.show_accounts = true;
        let shown = room_digest(&review);
        review.accounts[0].saw.push_str(" and the pager");
        assert_ne!(
            room_digest(&review),
            shown,
            "an account while accounts are shown"
        );
    }

    #[test]
    fn before_the_walk_starts_nothing_of_the_timeline_shows() {
        let view = room_view(&review());
        assert!(view.current.is_none() && view.earlier.is_empty());
        assert_eq!(view.position, 0);
        assert!(!everything_shown(&view).contains("LATER"));
    }

    #[test]
    fn evidence_added_during_the_walk_waits_to_be_said_seen_then() {
        let mut review = review();
        assert_eq!(seen_when_added(&review.session), Seen::DuringIncident);
        walk_to(&mut review, "m2");
        review.session.phase = Phase::Synthesise;
        assert_eq!(seen_when_added(&review.session), Seen::DuringIncident);
        review.session.phase = Phase::Walk;
        let seen = seen_when_added(&review.session);
        assert_eq!(seen, Seen::FoundAfterwards);
        // Being typed into the current moment: not on the shared screen.
        review.moments[2].evidence.push(Evidence {
            text: "TYPED the rollback fixed it".into(),
            seen,
            ..Evidence::default()
        });
        assert!(!everything_shown(&room_view(&review)).contains("TYPED"));
        review.moments[2].evidence[2].seen = Seen::DuringIncident;
        assert!(everything_shown(&room_view(&review)).contains("TYPED"));
    }

    #[test]
    fn at_the_last_moment_everything_before_is_visible() {
        let mut review = review();
        walk_to(&mut review, "m3");
        let view = room_view(&review);
        assert_eq!(view.earlier.len(), 2);
        assert!(
            !everything_shown(&view).contains("lock table"),
            "found afterwards stays hidden"
        );
    }
}
