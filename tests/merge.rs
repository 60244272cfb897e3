//! The journal and the three-way merge, against the real review format: the units cover every
//! field of a stored review, and merging two windows' edits loses nothing either side wrote.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{at, sample_review};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use tunnel::io::envelope::{read_value, Envelope};
use tunnel::io::following::{save_check, FollowedReview, Saved};
use tunnel::io::journal::{describe, Journal, Unit, FIXED, GROUPS};
use tunnel::io::merge::{Conflict, Seg, Side};
use tunnel::method::hindsight::{room_view, RoomMoment, RoomView};
use tunnel::model::*;

fn stored(review: &Review) -> Value {
    let envelope = Envelope::for_storage(review.clone(), 1, at("2026-03-20T10:00:00Z"));
    envelope.to_value()
}

fn review_value(review: &Review) -> Value {
    stored(review)["review"].clone()
}

fn all_units(review: &Review) -> Vec<Unit> {
    let mut units: Vec<Unit> = GROUPS.iter().map(|(unit, _)| unit.clone()).collect();
    units.extend(review.moments.iter().map(|m| Unit::Moment(m.id.clone())));
    units.extend(review.accounts.iter().map(|a| Unit::Account(a.id.clone())));
    units
}

/// How many accounts a stored review keeps for `moment`.
fn accounts_of(value: &Value, moment: &str) -> usize {
    value["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["moment"] == moment)
        .count()
}

/// The sample review with the fields that came after the v1 fixture set too, so that every
/// key of a stored review is present.
fn with_every_field() -> Review {
    let mut review = sample_review();
    review.questions = vec![tunnel::model::QueuedQuestion {
        id: tunnel::model::Id::from("q-1"),
        person: tunnel::model::Id::from("p-ana"),
        text: "What did the quiet channel mean?".into(),
        asked: false,
    }];
    review.suggestions = vec![tunnel::model::Suggestion {
        id: tunnel::model::Id::from("s-1"),
        person: tunnel::model::Id::from("p-ben"),
        kind: tunnel::model::SuggestionKind::Remembered,
        moment: None,
        when: "09:20".into(),
        text: "Restarted the replica.".into(),
        settled: true,
    }];
    review.merged = vec!["r-sample:p-ben:1@2026-03-16T10:00:00Z".into()];
    review
}

/// Walks the real serialised review: every key belongs to exactly one unit, or is fixed.
#[test]
fn the_units_cover_every_field_of_a_stored_review_once() {
    let value = review_value(&with_every_field());
    let mut claimed: Vec<&str> = GROUPS
        .iter()
        .flat_map(|(_, keys)| keys.iter().copied())
        .collect();
    claimed.extend(FIXED);
    claimed.extend(["moments", "accounts"]);
    let unique: BTreeSet<&str> = claimed.iter().copied().collect();
    assert_eq!(unique.len(), claimed.len(), "a key is in two units");
    let keys: BTreeSet<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, unique);
}

/// The text a window journals for a unit is exactly the unit's part of the stored review, so a
/// unit nobody touched never looks changed.
#[test]
fn a_units_journal_text_is_its_part_of_the_stored_review() {
    let review = with_every_field();
    let value = review_value(&review);
    for unit in all_units(&review) {
        let text: Value = serde_json::from_str(&unit.text_in(&review)).unwrap();
        assert_eq!(Some(text), unit.value_in(&value), "{unit:?}");
    }
    assert_eq!(Unit::Moment(Id::from("nowhere")).text_in(&review), "null");
}

#[test]
fn a_journal_round_trips_through_its_text() {
    let review = sample_review();
    let mut journal = Journal::new(review.id.clone(), 7);
    let mut edited = review.clone();
    edited.moments[0].description = "Edited \"quoted\" \u{2028} text".into();
    let unit = Unit::Moment(edited.moments[0].id.clone());
    journal.record(
        unit.clone(),
        Some(unit.text_in(&review)),
        unit.text_in(&edited),
    );
    assert_eq!(Journal::parse(&journal.to_text()), Some(journal.clone()));
    let mut value = review_value(&review);
    assert!(journal
        .merge_into(&mut value, 2, Side::Mine, &edited)
        .is_empty());
    assert_eq!(value, review_value(&edited));
}

/// A stored journal is read only when every part of it is what `to_text` writes: a damaged
/// one (a hand edit) is refused whole, never half-read.
#[test]
fn a_damaged_journal_is_refused_whole() {
    let review = sample_review();
    let mut journal = Journal::new(review.id.clone(), 7);
    let unit = Unit::Moment(review.moments[0].id.clone());
    journal.record(unit.clone(), Some("null".into()), unit.text_in(&review));
    let good = journal.to_text();
    assert_eq!(Journal::parse(&good), Some(journal.clone()));
    // Written by another hand, with spaces and lines: read all the same.
    let spaced = good.replace(",", ", ").replace("[[", "[\n  [");
    let reread = Journal::parse(&spaced).expect("a journal with spaces reads");
    assert_eq!(reread.revision, 7);
    assert_eq!(reread.read_units().map(|u| u.len()), Some(1));
    let moment = format!("\"moment:{}\"", review.moments[0].id);
    for damaged in [
        good.replace("\"revision\":7", "\"revision\":-7"),
        good.replace("\"revision\":7", "\"revision\":\"7\""),
        good.replace(&format!("\"review\":\"{}\"", review.id), "\"review\":7"),
        good.replace(&moment, "\"nothing:1\""),
        good.replace(&format!("[{moment},null,"), &format!("[{moment},")),
        good.replace(
            &format!("[{moment},null,"),
            &format!("[{moment},null,null,"),
        ),
        good.replace("\"conflicts\":[]", "\"conflicts\":[{\"path\":7}]"),
        good.replace("\"entries\":[", "\"entries\":{"),
        good[..good.len() - 2].to_string(),
        format!("{good} 7"),
    ] {
        assert_ne!(damaged, good, "the damage was made");
        assert_eq!(Journal::parse(&damaged), None, "{damaged}");
    }
}

/// Fields of a newer version inside a record survive a journal folded into it.
#[test]
fn folding_keeps_fields_this_version_does_not_know() {
    let review = sample_review();
    let mut value = review_value(&review);
    value["moments"][0]["confidence"] = Value::from("high");
    let mut edited = review.clone();
    edited.moments[0].description = "Changed".into();
    let unit = Unit::Moment(review.moments[0].id.clone());
    let mut journal = Journal::new(review.id.clone(), 1);
    journal.record(
        unit.clone(),
        Some(unit.text_in(&review)),
        unit.text_in(&edited),
    );
    journal.merge_into(&mut value, 2, Side::Mine, &edited);
    assert_eq!(value["moments"][0]["confidence"], "high");
    assert_eq!(value["moments"][0]["description"], "Changed");
}

/// One window removes a moment (and so its accounts) while the other changes the moment: the
/// removal is asked about, and so is each account's, so that keeping the other window's moment
/// can keep its accounts too.
#[test]
fn removing_a_moment_the_other_window_changed_asks_about_its_accounts_too() {
    let base = sample_review();
    let moment = base.accounts[0].moment.clone();
    let accounts: Vec<Id> = base
        .accounts
        .iter()
        .filter(|a| a.moment == moment)
        .map(|a| a.id.clone())
        .collect();
    assert!(!accounts.is_empty());
    let mut mine = base.clone();
    mine.remove_moment(&moment);
    let mut theirs = base.clone();
    theirs
        .moments
        .iter_mut()
        .find(|m| m.id == moment)
        .unwrap()
        .description = "Theirs".into();
    for prefer in [Side::Mine, Side::Theirs] {
        let mut journal = journal_between(&base, &mine);
        let mut value = review_value(&theirs);
        let conflicts = journal.merge_into(&mut value, 2, prefer, &mine);
        let paths: Vec<&Vec<Seg>> = conflicts.iter().map(|c| &c.path).collect();
        assert!(paths.contains(&&vec![
            Seg::Key("moments".into()),
            Seg::Id(moment.to_string())
        ]));
        for account in &accounts {
            assert!(
                paths.contains(&&vec![
                    Seg::Key("accounts".into()),
                    Seg::Id(account.to_string())
                ]),
                "{account} asked about"
            );
        }
        let kept = accounts_of(&value, moment.as_str());
        assert_eq!(
            kept,
            if prefer == Side::Theirs {
                accounts.len()
            } else {
                0
            }
        );
        // Described from the other window's copy, since this window no longer has them.
        let about_account = conflicts
            .iter()
            .find(|c| c.path[0] == Seg::Key("accounts".into()));
        let words = describe(about_account.unwrap(), &mine);
        assert!(
            words.contains("Ana Souza") && words.contains("a moment removed in this window"),
            "{words}"
        );
        let about_moment = conflicts
            .iter()
            .find(|c| c.path.len() == 2 && c.path[0] == Seg::Key("moments".into()));
        assert!(describe(about_moment.unwrap(), &mine).contains("Theirs"));
    }
}

/// The same from the other side: this window changed the moment, the other removed it with its
/// accounts. This window's journal holds only the moment, yet keeping it keeps its accounts.
#[test]
fn keeping_a_moment_the_other_window_removed_keeps_its_accounts() {
    let base = sample_review();
    let moment = base.accounts[0].moment.clone();
    let accounts = base.accounts.iter().filter(|a| a.moment == moment).count();
    let mut mine = base.clone();
    mine.moments
        .iter_mut()
        .find(|m| m.id == moment)
        .unwrap()
        .description = "Mine".into();
    let mut theirs = base.clone();
    theirs.remove_moment(&moment);
    let mut journal = journal_between(&base, &mine);
    let mut value = review_value(&theirs);
    let conflicts = journal.merge_into(&mut value, 2, Side::Mine, &mine);
    let about_accounts = conflicts
        .iter()
        .filter(|c| c.path[0] == Seg::Key("accounts".into()) && c.theirs.is_none())
        .count();
    assert_eq!(about_accounts, accounts);
    let kept = accounts_of(&value, moment.as_str());
    assert_eq!(
        kept, accounts,
        "kept with the moment, and in the journal to be saved"
    );
    assert_eq!(
        journal
            .units()
            .filter(|u| matches!(u, Unit::Account(_)))
            .count(),
        accounts
    );
}

/// Two consoles moved the walk at once: the meeting follows the one moved last, nobody is asked,
/// and every moment either walked through stays walked.
#[test]
fn two_consoles_moving_the_walk_follow_the_later_move_without_asking() {
    let mut base = sample_review();
    let ids: Vec<Id> = base.moments.iter().map(|m| m.id.clone()).collect();
    base.session.current = Some(ids[0].clone());
    base.session.walked = vec![ids[0].clone()];
    let step = |review: &Review, to: usize, question: &str| {
        let mut review = review.clone();
        review.session.phase = Phase::Walk;
        review.session.current = Some(ids[to].clone());
        review.session.walked.push(ids[to].clone());
        review.session.prompt = question.into();
        review
    };
    let mine = step(&base, 1, "What did you see?");
    for (saved_there, mine_wins) in [
        ("2026-03-20T10:00:05Z", true),
        ("2026-03-20T10:00:20Z", false),
    ] {
        let mut theirs = step(&base, 2, "What were you trying to do?");
        theirs.session.show_rules = true;
        theirs.updated_at = at(saved_there);
        let mut journal = journal_between(&base, &mine);
        journal.at = at("2026-03-20T10:00:10Z").millis();
        let mut value = review_value(&theirs);
        let conflicts = journal.merge_into(&mut value, 2, Side::Mine, &mine);
        assert!(conflicts.is_empty(), "{conflicts:?}");
        assert!(journal.conflicts.is_empty());
        let later = if mine_wins { &mine } else { &theirs };
        let session = &value["session"];
        assert_eq!(
            session["current"],
            later.session.current.as_ref().unwrap().as_str()
        );
        assert_eq!(session["prompt"], later.session.prompt.as_str());
        // Changed on one side only: kept as any field is.
        assert_eq!(session["show_rules"], true);
        let walked: Vec<&str> = session["walked"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert!(walked.contains(&ids[1].as_str()) && walked.contains(&ids[2].as_str()));
        // The journal now says what was merged: folding it again changes nothing.
        let mut again = value.clone();
        assert!(journal
            .clone()
            .merge_into(&mut again, 3, Side::Mine, &mine)
            .is_empty());
        assert_eq!(again, value);
    }
    // A person's words in the meeting (a note) changed differently are still asked about.
    let mut mine = base.clone();
    mine.notes[0].text = "mine".into();
    let mut theirs = base.clone();
    theirs.notes[0].text = "theirs".into();
    let mut journal = journal_between(&base, &mine);
    let mut value = review_value(&theirs);
    assert_eq!(
        journal.merge_into(&mut value, 2, Side::Mine, &mine).len(),
        1
    );
}

#[derive(Debug, Clone)]
enum Edit {
    Title(String),
    Summary(String),
    Description(usize, String),
    AccountField(usize, usize, String),
    AddMoment(String),
    RemoveMoment(usize),
    TogglePerson(usize, usize),
    AddNote(String),
    Pivot(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let text = "[a-z ]{0,6}";
    prop_oneof![
        text.prop_map(Edit::Title),
        text.prop_map(Edit::Summary),
        (0..8usize, text).prop_map(|(i, t)| Edit::Description(i, t)),
        (0..8usize, 0..4usize, text).prop_map(|(i, f, t)| Edit::AccountField(i, f, t)),
        text.prop_map(Edit::AddMoment),
        (0..8usize).prop_map(Edit::RemoveMoment),
        (0..8usize, 0..4usize).prop_map(|(i, p)| Edit::TogglePerson(i, p)),
        text.prop_map(Edit::AddNote),
        (0..8usize).prop_map(Edit::Pivot),
    ]
}

fn apply(review: &mut Review, edits: &[Edit], side: &str) {
    for (n, edit) in edits.iter().enumerate() {
        let moments = review.moments.len();
        let pick = |i: usize| (moments > 0).then(|| i % moments);
        match edit {
            Edit::Title(t) => review.title = t.clone(),
            Edit::Summary(t) => review.summary = t.clone(),
            Edit::Description(i, t) => {
                if let Some(i) = pick(*i) {
                    review.moments[i].description = t.clone();
                }
            }
            Edit::AccountField(i, f, t) => {
                let count = review.accounts.len();
                if count > 0 {
                    let account = &mut review.accounts[i % count];
                    let field = match f {
                        0 => &mut account.saw,
                        1 => &mut account.believed,
                        2 => &mut account.goal,
                        _ => &mut account.unclear,
                    };
                    *field = t.clone();
                }
            }
            Edit::AddMoment(t) => review.moments.push(Moment {
                id: Id(format!("{side}-{n}")),
                at: at("2026-03-14T09:30:00Z"),
                description: t.clone(),
                ..Moment::default()
            }),
            Edit::RemoveMoment(i) => {
                if let Some(i) = pick(*i) {
                    let id = review.moments[i].id.clone();
                    review.remove_moment(&id);
                }
            }
            Edit::TogglePerson(i, p) => {
                if let (Some(i), false) = (pick(*i), review.people.is_empty()) {
                    let person = review.people[p % review.people.len()].id.clone();
                    let people = &mut review.moments[i].people;
                    match people.iter().position(|x| x == &person) {
                        Some(at) => drop(people.remove(at)),
                        None => people.push(person),
                    }
                }
            }
            Edit::AddNote(t) => review.notes.push(Note {
                id: Id(format!("{side}-note-{n}")),
                text: t.clone(),
                ..Note::default()
            }),
            Edit::Pivot(i) => {
                if let Some(i) = pick(*i) {
                    review.moments[i].pivot = !review.moments[i].pivot;
                }
            }
        }
    }
}

/// The journal a window would have written for going from `base` to `edited`.
fn journal_between(base: &Review, edited: &Review) -> Journal {
    let mut units: BTreeSet<Unit> = all_units(base).into_iter().collect();
    units.extend(all_units(edited));
    let mut journal = Journal::new(base.id.clone(), 1);
    for unit in units {
        let (before, after) = (unit.text_in(base), unit.text_in(edited));
        if before != after {
            journal.record(unit, Some(before), after);
        }
    }
    Journal::parse(&journal.to_text()).expect("a journal reads back")
}

/// Every field as a path: records in lists by id, with an "exists" leaf per record; plain
/// lists as one leaf.
fn leaves(value: &Value, path: &mut Vec<Seg>, out: &mut BTreeMap<Vec<Seg>, Value>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                path.push(Seg::Key(key.clone()));
                leaves(v, path, out);
                path.pop();
            }
        }
        Value::Array(list) if list.iter().all(|v| v.get("id").is_some()) && !list.is_empty() => {
            for v in list {
                path.push(Seg::Id(v["id"].as_str().unwrap().to_string()));
                path.push(Seg::Key("#exists".into()));
                out.insert(path.clone(), Value::Bool(true));
                path.pop();
                leaves(v, path, out);
                path.pop();
            }
        }
        other => {
            out.insert(path.clone(), other.clone());
        }
    }
}

fn leaf_map(value: &Value) -> BTreeMap<Vec<Seg>, Value> {
    let mut out = BTreeMap::new();
    leaves(value, &mut Vec::new(), &mut out);
    out
}

fn plain_items(value: Option<&Value>) -> Vec<Value> {
    value.and_then(Value::as_array).cloned().unwrap_or_default()
}

/// Checks that nothing either side wrote is lost: a field changed on one side has that side's
/// value, and a field changed differently on both sides is a conflict holding both values.
fn check_nothing_lost(
    base: &Value,
    mine: &Value,
    theirs: &Value,
    result: &Value,
    conflicts: &[Conflict],
) {
    let (b, m, t, r) = (
        leaf_map(base),
        leaf_map(mine),
        leaf_map(theirs),
        leaf_map(result),
    );
    let paths: BTreeSet<&Vec<Seg>> = b.keys().chain(m.keys()).chain(t.keys()).collect();
    for path in paths {
        let (bv, mv, tv, rv) = (b.get(path), m.get(path), t.get(path), r.get(path));
        let conflict = conflicts.iter().find(|c| path.starts_with(&c.path));
        if let Some(conflict) = conflict {
            // Both sides' values are kept in the conflict for the person to choose from.
            let rest = &path[conflict.path.len()..];
            let inside = |side: &Option<Value>| {
                side.as_ref().and_then(|v| {
                    let mut here = v;
                    for seg in rest {
                        here = match seg {
                            Seg::Key(k) if k == "#exists" => return Some(Value::Bool(true)),
                            Seg::Key(k) => here.get(k.as_str())?,
                            Seg::Id(id) => {
                                here.as_array()?.iter().find(|x| x["id"] == id.as_str())?
                            }
                        };
                    }
                    Some(here.clone())
                })
            };
            let is_list = mv.or(tv).is_some_and(Value::is_array);
            if !is_list {
                assert_eq!(inside(&conflict.mine).as_ref(), mv, "mine kept at {path:?}");
                assert_eq!(
                    inside(&conflict.theirs).as_ref(),
                    tv,
                    "theirs kept at {path:?}"
                );
            }
            continue;
        }
        let is_list = [bv, mv, tv].iter().any(|v| v.is_some_and(Value::is_array));
        if is_list {
            let (bi, mi, ti, ri) = (
                plain_items(bv),
                plain_items(mv),
                plain_items(tv),
                plain_items(rv),
            );
            for item in mi.iter().chain(&ti).filter(|i| !bi.contains(i)) {
                assert!(ri.contains(item), "added {item} kept at {path:?}");
            }
            for item in bi.iter().filter(|i| !mi.contains(i) || !ti.contains(i)) {
                assert!(!ri.contains(item), "removed {item} gone at {path:?}");
            }
            continue;
        }
        let meetings_place = path.first() == Some(&Seg::Key("session".into()));
        if mv != bv && tv != bv && mv != tv && meetings_place {
            // The meeting's place follows one console's move, without asking.
            assert!(rv == mv || rv == tv, "one side's move at {path:?}");
        } else if mv != bv && tv != bv && mv != tv {
            panic!("changed on both sides without a conflict at {path:?}");
        } else if mv != bv {
            assert_eq!(rv, mv, "mine kept at {path:?}");
        } else if tv != bv {
            assert_eq!(rv, tv, "theirs kept at {path:?}");
        } else {
            assert_eq!(rv, bv, "untouched at {path:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Two windows edit one review; one saves, the other folds its journal into what was saved.
    #[test]
    fn merging_two_windows_loses_nothing_either_wrote(
        mine_edits in proptest::collection::vec(edit(), 0..8),
        their_edits in proptest::collection::vec(edit(), 0..8),
        prefer_mine in any::<bool>(),
    ) {
        let base = sample_review();
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        apply(&mut mine, &mine_edits, "mine");
        apply(&mut theirs, &their_edits, "theirs");
        let mut journal = journal_between(&base, &mine);
        let mut stored_value = stored(&theirs);
        let prefer = if prefer_mine { Side::Mine } else { Side::Theirs };
        let conflicts = journal.merge_into(&mut stored_value["review"], 2, prefer, &mine);
        check_nothing_lost(
            &review_value(&base),
            &review_value(&mine),
            &review_value(&theirs),
            &stored_value["review"],
            &conflicts,
        );
        // What is merged is a review this version reads.
        let read = read_value(stored_value.clone(), &mut IdGen::new(1));
        prop_assert!(read.is_ok(), "{:?}", read.err());
        if mine_edits.is_empty() {
            prop_assert!(conflicts.is_empty());
        }
        // The conflicts outlive a reload, and the journal now speaks of what was merged.
        prop_assert_eq!(&journal.conflicts, &conflicts);
        let reread = Journal::parse(&journal.to_text()).expect("a journal reads back");
        prop_assert_eq!(&reread, &journal);
        let mut again = stored_value["review"].clone();
        prop_assert!(reread.clone().merge_into(&mut again, 3, prefer, &mine).is_empty());
        prop_assert_eq!(&again, &stored_value["review"]);
    }
}

/// The other window removed a moment with its accounts while this window wrote in them: the
/// accounts are described as removed over there, and shown as their fields, not as JSON.
#[test]
fn an_account_the_other_window_removed_is_said_so_and_shown_as_fields() {
    let base = sample_review();
    let account = base.accounts[0].clone();
    let mut mine = base.clone();
    mine.moments.retain(|m| m.id != account.moment);
    let conflict = tunnel::io::merge::Conflict {
        path: vec![Seg::Key("accounts".into()), Seg::Id(account.id.to_string())],
        base: None,
        mine: Some(serde_json::to_value(&account).unwrap()),
        theirs: None,
    };
    let words = describe(&conflict, &mine);
    assert!(
        words.contains("a moment removed in the other window"),
        "{words}"
    );
    let text = tunnel::io::journal::shown(&conflict, &conflict.mine);
    assert!(!text.contains('{') && !text.contains("\"id\""), "{text}");
    assert!(text.contains(&format!("Cues: {}", account.saw)), "{text}");
}

/// Stored keys are shown by the names the screens give them, in a field and in a record.
#[test]
fn a_conflict_shows_stored_keys_by_their_names() {
    let key = |k: &str| Seg::Key(k.into());
    let id = |i: &str| Seg::Id(i.into());
    let field = |path: Vec<Seg>, mine: &str| Conflict {
        path,
        base: None,
        mine: Some(Value::String(mine.into())),
        theirs: None,
    };
    let shown = |c: &Conflict| tunnel::io::journal::shown(c, &c.mine);
    let seen = field(
        vec![
            key("moments"),
            id("m1"),
            key("evidence"),
            id("e1"),
            key("seen"),
        ],
        "found_afterwards",
    );
    assert_eq!(shown(&seen), "Found afterwards");
    let kind = field(vec![key("moments"), id("m1"), key("kind")], "impact_change");
    assert_eq!(shown(&kind), MomentKind::ImpactChange.label());
    let status = field(vec![key("status")], "in_meeting");
    assert_eq!(shown(&status), ReviewStatus::InMeeting.label());
    // Free text that happens to be a key stays as written.
    let source = field(vec![key("moments"), id("m1"), key("source")], "interview");
    assert_eq!(shown(&source), "interview");
    let account = Conflict {
        path: vec![key("accounts"), id("a1")],
        base: None,
        mine: Some(serde_json::json!({ "id": "a1", "source": "interview", "saw": "The graph" })),
        theirs: None,
    };
    let text = shown(&account);
    assert!(text.contains("Source: Interview"), "{text}");
}

/// A person's field written differently says whose it is, not only "People › Name".
#[test]
fn a_conflict_in_a_persons_field_names_the_person() {
    let review = sample_review();
    let person = &review.people[1];
    let conflict = tunnel::io::merge::Conflict {
        path: vec![
            Seg::Key("people".into()),
            Seg::Id(person.id.to_string()),
            Seg::Key("team".into()),
        ],
        base: None,
        mine: Some("Databases".into()),
        theirs: Some("Storage".into()),
    };
    let words = describe(&conflict, &review);
    assert_eq!(words, format!("{} in People: Team", person.display_name()));
}

// Following a journal: the shared screen's copy of the review (`io::following`).

/// Every unit's text, read and put into a review that has none of it, gives the review back:
/// `Unit::put_read` knows every field of every group in `GROUPS`.
#[test]
fn every_unit_put_into_an_empty_review_gives_the_review_back() {
    let full = with_every_field();
    let mut empty = Review {
        id: full.id.clone(),
        created_at: full.created_at,
        updated_at: full.updated_at,
        ..Review::default()
    };
    for unit in all_units(&full) {
        let read = unit.read(&unit.text_in(&full));
        assert!(read.is_some(), "{unit:?} reads");
        unit.put_read(&mut empty, read.unwrap());
    }
    assert_eq!(empty, full);
    // And `null` takes a record away.
    let gone = Unit::Moment(full.moments[0].id.clone());
    gone.put_read(&mut empty, gone.read("null").unwrap());
    assert_eq!(empty.moments.len(), full.moments.len() - 1);
}

/// A journal whose text does not read (a hand edit) changes nothing.
#[test]
fn a_journal_that_does_not_read_changes_nothing() {
    let review = sample_review();
    let mut journal = Journal::new(review.id.clone(), 1);
    let moment = Unit::Moment(review.moments[0].id.clone());
    journal.record(
        Unit::Details,
        Some(Unit::Details.text_in(&review)),
        r#"{"title":"Renamed"}"#.into(),
    );
    journal.record(
        moment.clone(),
        Some(moment.text_in(&review)),
        r#"{"id":"m-1","at":"not a time"}"#.into(),
    );
    let mut copy = review.clone();
    assert!(!journal.apply_to(&mut copy));
    assert_eq!(copy, review);
    // A record's text naming another record is not taken either.
    assert!(moment
        .read(r#"{"id":"m-2","at":"2026-03-14T09:00:00Z"}"#)
        .is_none());
    assert!(Unit::Meeting.read("[1,2]").is_none());
}

fn walking(mut review: Review) -> Review {
    review.session.walked = vec![review.moments[0].id.clone()];
    review.session.current = Some(review.moments[0].id.clone());
    review
}

fn step(review: &mut Review, to: usize) {
    let id = review.moments[to].id.clone();
    review.session.walked.push(id.clone());
    review.session.current = Some(id);
}

fn journal_text(base: &Review, edited: &Review) -> String {
    journal_between(base, edited).to_text()
}

/// A stand-in for the room's fingerprint: the walk's place.
fn room(review: &Review) -> u64 {
    review.session.walked.len() as u64
}

fn followed(saved: Saved) -> u64 {
    match saved {
        Saved::Followed { check } => check,
        Saved::Unknown => panic!("not followed"),
    }
}

#[test]
fn a_step_journalled_is_followed_and_the_next_save_of_its_window_is_the_copy() {
    let stored = walking(sample_review());
    let mut copy = FollowedReview::new(stored.clone(), 1);
    // Words typed while the room is not shown them wait for the save.
    let mut console = stored.clone();
    console.accounts[0].saw = "typed, not shown".into();
    assert!(!copy.journal("w-1", Some(&journal_text(&stored, &console)), false));
    assert_eq!(copy.review(), &stored);
    // A step moves the room: the whole journal goes in, the words typed before it too.
    step(&mut console, 1);
    assert!(copy.journal("w-1", Some(&journal_text(&stored, &console)), false));
    assert_eq!(copy.review(), &console);
    // The same journal again changes nothing.
    assert!(!copy.journal("w-1", Some(&journal_text(&stored, &console)), false));
    // Typed after the step: not followed, but in the save that follows, with the check of
    // the journal that save folded in.
    console.moments[1].description = "typed after the step".into();
    let last = journal_text(&stored, &console);
    assert!(!copy.journal("w-1", Some(&last), false));
    assert_eq!(
        copy.saved(2, Some("w-1"), room),
        Saved::Followed {
            check: save_check(room(&console), &last)
        }
    );
    assert_eq!(copy.review(), &console);
    assert_eq!(copy.revision(), 2);
    // The window's journal of the next revision is followed from there.
    let saved = console.clone();
    step(&mut console, 2);
    let mut journal = journal_between(&saved, &console);
    journal.revision = 2;
    assert!(copy.journal("w-1", Some(&journal.to_text()), false));
    assert_eq!(copy.review().session.current, console.session.current);
}

/// The moment `id` as `view` shows it, current or earlier.
fn shown_moment(view: &RoomView, id: &Id) -> Arc<RoomMoment> {
    view.earlier
        .iter()
        .chain(&view.current)
        .find(|m| &m.id == id)
        .cloned()
        .expect("the room sees the moment")
}

/// The copy builds each moment the room sees once and shares it with the next view while the
/// copy's moments and people stay the same (a step); whatever changes them, journalled or
/// saved, has every moment built again. Either way the view is the one worked out afresh.
#[test]
fn the_copys_room_view_is_built_afresh_whenever_its_moments_or_people_change() {
    let stored = walking(sample_review());
    let first_id = stored.moments[0].id.clone();
    let mut copy = FollowedReview::new(stored.clone(), 1);
    let first = copy.room_view();
    assert_eq!(first, room_view(copy.review()));
    // A step: the moment shown before is the same one, not built again.
    let mut console = stored.clone();
    step(&mut console, 1);
    assert!(copy.journal("w-1", Some(&journal_text(&stored, &console)), false));
    let second = copy.room_view();
    assert_eq!(second, room_view(copy.review()));
    assert!(Arc::ptr_eq(
        &shown_moment(&first, &first_id),
        &shown_moment(&second, &first_id)
    ));
    // A moment reworded in the journal of the next step: the room reads the new words.
    console.moments[0].description = "Reworded before the room read it".into();
    step(&mut console, 2);
    assert!(copy.journal("w-1", Some(&journal_text(&stored, &console)), false));
    let third = copy.room_view();
    assert_eq!(third, room_view(copy.review()));
    assert_eq!(
        shown_moment(&third, &first_id).description,
        "Reworded before the room read it"
    );
    // Reworded again with no step: it waits for the save, which puts it in.
    console.moments[0].description = "Reworded once more".into();
    assert!(!copy.journal("w-1", Some(&journal_text(&stored, &console)), false));
    assert_eq!(copy.room_view(), third);
    // Saved: the copy is that save. Then a person renamed as the walk goes back a moment.
    followed(copy.saved(2, Some("w-1"), room));
    assert_eq!(copy.room_view(), room_view(copy.review()));
    assert_eq!(
        shown_moment(&copy.room_view(), &first_id).description,
        "Reworded once more"
    );
    let saved = console.clone();
    let ben = console
        .people
        .iter()
        .position(|p| p.id == Id::from("p-ben"))
        .unwrap();
    console.people[ben].name = "Benedict".into();
    console.session.current = Some(console.moments[1].id.clone());
    let mut journal = journal_between(&saved, &console);
    journal.revision = 2;
    assert!(copy.journal("w-1", Some(&journal.to_text()), false));
    let fourth = copy.room_view();
    assert_eq!(fourth, room_view(copy.review()));
    assert!(shown_moment(&fourth, &first_id)
        .people
        .contains(&"Benedict".to_string()));
    // Read again: built again from what was read.
    let mut read = console.clone();
    read.moments[0].description = "As read from storage".into();
    copy.read_again(read, 2);
    let fifth = copy.room_view();
    assert_eq!(fifth, room_view(copy.review()));
    assert_eq!(
        shown_moment(&fifth, &first_id).description,
        "As read from storage"
    );
}

/// The room's moments are built from the moments and the people alone: that is what lets the
/// shared screen's copy keep them while anything else goes in (`FollowedReview::put` forgets
/// them only for those two). Every other unit, changed wholesale, leaves every moment the room
/// sees reading as it did.
#[test]
fn only_the_moments_and_the_people_make_the_rooms_moments() {
    let review = walking(with_every_field());
    let mut other = review.clone();
    other.title = "Another title".into();
    other.time_zone = "Asia/Tokyo".into();
    other.summary = "Another summary".into();
    other.incident_start = Some(at("2026-03-14T08:00:00Z"));
    other.incident_end = Some(at("2026-03-14T12:00:00Z"));
    other.session.show_accounts = true;
    other.session.show_rules = true;
    other.session.show_parking_lot = true;
    other.session.prompt = "What did you see?".into();
    for account in &mut other.accounts {
        account.saw = "Something else entirely".into();
    }
    for note in &mut other.notes {
        note.text = "Another note".into();
    }
    let seen = |view: &RoomView| -> Vec<Arc<RoomMoment>> {
        view.earlier.iter().chain(&view.current).cloned().collect()
    };
    let before = seen(&room_view(&review));
    assert!(!before.is_empty());
    for unit in all_units(&review)
        .into_iter()
        .filter(|u| !matches!(u, Unit::Moment(_) | Unit::People))
    {
        let mut changed = review.clone();
        unit.put_read(&mut changed, unit.read(&unit.text_in(&other)).unwrap());
        for moment in seen(&room_view(&changed)) {
            if let Some(was) = before.iter().find(|m| m.id == moment.id) {
                assert_eq!(was, &moment, "{unit:?}");
            }
        }
    }
    // The two that do: a moment reworded, a person renamed.
    for unit in [Unit::Moment(review.moments[0].id.clone()), Unit::People] {
        let mut edited = review.clone();
        edited.moments[0].description = "Reworded".into();
        for person in &mut edited.people {
            person.name = format!("{} Renamed", person.name);
        }
        let mut changed = review.clone();
        unit.put_read(&mut changed, unit.read(&unit.text_in(&edited)).unwrap());
        assert_ne!(seen(&room_view(&changed)), before, "{unit:?}");
    }
}

#[test]
fn a_save_the_copy_cannot_account_for_is_read() {
    let stored = walking(sample_review());
    let mut stepped = stored.clone();
    step(&mut stepped, 1);
    let text = journal_text(&stored, &stepped);
    // Another window's save, a save that skipped a revision, one that names no window.
    for (revision, writer) in [
        (2, Some("w-2")),
        (3, Some("w-1")),
        (2, None),
        (1, Some("w-1")),
    ] {
        let mut copy = FollowedReview::new(stored.clone(), 1);
        assert!(copy.journal("w-1", Some(&text), false));
        assert_eq!(
            copy.saved(revision, writer, room),
            Saved::Unknown,
            "{revision} {writer:?}"
        );
    }
    // A save by a window whose journal the copy never saw.
    let mut copy = FollowedReview::new(stored.clone(), 1);
    assert_eq!(copy.saved(2, Some("w-1"), room), Saved::Unknown);
    // A revision number at the end of the range.
    let mut copy = FollowedReview::new(stored.clone(), u64::MAX);
    assert_eq!(copy.saved(0, Some("w-1"), room), Saved::Unknown);
    // A journal of another revision, or of another review, or removed, is not followed.
    let mut copy = FollowedReview::new(stored.clone(), 5);
    assert!(!copy.journal("w-1", Some(&text), false));
    let mut elsewhere = journal_between(&stored, &stepped);
    elsewhere.review = Id::from("another");
    let mut copy = FollowedReview::new(stored.clone(), 1);
    assert!(!copy.journal("w-1", Some(&elsewhere.to_text()), false));
    assert!(!copy.journal("w-1", Some("{damaged"), false));
    assert!(!copy.journal("w-1", None, false));
    assert_eq!(copy.review(), &stored);
}

/// A window whose journal of revision 1 failed to be written (storage full) saves revision 2
/// from the text the copy never saw: the check the save stores tells the copy it is not it.
#[test]
fn a_save_of_another_text_of_the_journal_has_another_check() {
    let stored = walking(sample_review());
    let mut console = stored.clone();
    step(&mut console, 1);
    let seen = journal_text(&stored, &console);
    let mut copy = FollowedReview::new(stored.clone(), 1);
    assert!(copy.journal("w-1", Some(&seen), false));
    console.moments[2].description.push_str(" (corrected)");
    let written = journal_text(&stored, &console);
    let check = followed(copy.saved(2, Some("w-1"), room));
    assert_ne!(check, save_check(room(&console), &written));
}

/// Handed over, then seen again in storage, a window's journals arrive twice and out of order
/// (handed A, handed B, stored A, stored B): the late copies are not taken, and the room does
/// not go back to A.
#[test]
fn a_journal_seen_in_storage_after_being_handed_over_is_not_taken_again() {
    let stored = walking(sample_review());
    let mut a = stored.clone();
    step(&mut a, 1);
    let mut b = a.clone();
    step(&mut b, 2);
    let (text_a, text_b) = (journal_text(&stored, &a), journal_text(&stored, &b));
    let mut copy = FollowedReview::new(stored.clone(), 1);
    assert!(copy.journal("w-1", Some(&text_a), true));
    assert!(copy.journal("w-1", Some(&text_b), true));
    assert!(!copy.journal("w-1", Some(&text_a), false));
    assert!(!copy.journal("w-1", Some(&text_b), false));
    assert_eq!(copy.review().session.current, b.session.current);
}

/// Another window's journal carries that window's walk (a note typed in a second tab holds the
/// session as it was read): with the console's journal in the copy, it is not taken, and the
/// console's save is still followed.
#[test]
fn only_one_windows_journal_goes_into_the_copy() {
    let stored = walking(sample_review());
    let mut console = stored.clone();
    step(&mut console, 1);
    let mut other = stored.clone();
    other.session.show_parking_lot = true;
    other.parking_lot.push(ParkedIdea::default());
    let mut copy = FollowedReview::new(stored.clone(), 1);
    assert!(copy.journal("w-1", Some(&journal_text(&stored, &console)), false));
    assert!(!copy.journal("w-2", Some(&journal_text(&stored, &other)), false));
    assert_eq!(copy.review(), &console);
    followed(copy.saved(2, Some("w-1"), room));
    // The other window's save then is another window's: read.
    assert_eq!(copy.saved(3, Some("w-2"), room), Saved::Unknown);
}

/// A step handed over before the save of the revision it is of was seen waits for that save,
/// then goes in; a read of the review keeps a step held of the revision read.
#[test]
fn a_step_of_the_next_revision_goes_in_with_the_save_or_after_a_read() {
    let stored = walking(sample_review());
    let mut console = stored.clone();
    step(&mut console, 1);
    let first = journal_text(&stored, &console);
    let saved = console.clone();
    step(&mut console, 2);
    let mut next = journal_between(&saved, &console);
    next.revision = 2;
    let next = next.to_text();
    let mut copy = FollowedReview::new(stored.clone(), 1);
    assert!(copy.journal("w-1", Some(&first), true));
    assert!(
        !copy.journal("w-1", Some(&next), true),
        "of revision 2: waits"
    );
    followed(copy.saved(2, Some("w-1"), room));
    assert_eq!(copy.review().session.current, console.session.current);
    // Read again at revision 2 (another window's save, a wake): the step stays.
    assert!(copy.read_again(saved.clone(), 2));
    assert_eq!(copy.review().session.current, console.session.current);
}

/// Typing in a parked idea while the parking lot is not shown does not move the room.
#[test]
fn a_parked_idea_typed_while_the_lot_is_hidden_waits_for_the_save() {
    let stored = walking(sample_review());
    let mut console = stored.clone();
    console.session.show_parking_lot = false;
    let stored = console.clone();
    console.parking_lot.push(ParkedIdea {
        text: "typed".into(),
        ..ParkedIdea::default()
    });
    let mut copy = FollowedReview::new(stored.clone(), 1);
    assert!(!copy.journal("w-1", Some(&journal_text(&stored, &console)), true));
    console.session.show_parking_lot = true;
    assert!(copy.journal("w-1", Some(&journal_text(&stored, &console)), true));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever a window edited, its journal put into the review it started from is its review.
    #[test]
    fn a_journal_put_into_its_revision_gives_its_windows_review(
        edits in proptest::collection::vec(edit(), 0..10),
    ) {
        let base = sample_review();
        let mut edited = base.clone();
        apply(&mut edited, &edits, "mine");
        let mut copy = base.clone();
        prop_assert!(journal_between(&base, &edited).apply_to(&mut copy));
        prop_assert_eq!(leaf_map(&review_value(&copy)), leaf_map(&review_value(&edited)));
    }
}
