//! Two copies of one review brought together: a co-facilitator's notes, or a copy taken to
//! another machine and back. There is no common base to compare with, so the rule is union:
//! a record or a field that only one copy has is kept, a field only one copy filled in is
//! filled in, and the same field written differently in both is the facilitator's choice.
//! Nothing is removed, since without a base a removal cannot be told from an addition.

use super::merge::{self, Conflict, Seg, Side};
use super::reading;
use crate::model::Review;
use serde_json::Value;

/// The lists of records whose additions the summary counts, with their names.
const LISTS: [(&str, &str, &str); 8] = [
    ("people", "person", "people"),
    ("moments", "moment", "moments"),
    ("accounts", "account", "accounts"),
    ("notes", "note", "notes"),
    ("parking_lot", "parked idea", "parked ideas"),
    ("questions", "queued question", "queued questions"),
    ("suggestions", "suggestion", "suggestions"),
    ("opportunities", "opportunity", "opportunities"),
];

/// The two copies together, before the facilitator's choices.
#[derive(Debug, Clone, PartialEq)]
pub struct Combined {
    /// The merged review as JSON, holding this browser's value wherever a choice is open.
    pub value: Value,
    /// Fields written differently in both copies.
    pub conflicts: Vec<Conflict>,
    /// What the file adds, in words ("2 moments", "1 note").
    pub added: Vec<String>,
    /// Fields empty here that the file fills in.
    pub filled: usize,
}

/// Brings `theirs` (the file) into `mine` (this browser's copy).
pub fn combine(mine: &Review, theirs: &Review) -> Combined {
    let (m, mut t) = (review_value(mine), review_value(theirs));
    // The meeting goes on where it is in this browser: its phase, its moment and what the
    // shared screen shows. The shared screen follows the stored walk, and a file's walk further
    // on (filled in where this one has not started) would show the room moments not reached.
    if let Some(file) = t.as_object_mut() {
        match m.get("session") {
            Some(session) => file.insert("session".into(), session.clone()),
            None => file.remove("session"),
        };
    }
    let merged = merge::merge(None, Some(&m), Some(&t), Side::Mine);
    let mut value = merged.value.unwrap_or(m.clone());
    let mut conflicts = Vec::new();
    let mut filled = 0;
    for conflict in merged.conflicts {
        let blank = |v: &Option<Value>| match v {
            None | Some(Value::Null) => true,
            Some(Value::String(s)) => s.trim().is_empty(),
            Some(Value::Array(a)) => a.is_empty(),
            _ => false,
        };
        let last_key = conflict.path.last().and_then(|seg| match seg {
            Seg::Key(key) => Some(key.as_str()),
            Seg::Id(_) => None,
        });
        if matches!(last_key, Some("updated_at" | "created_at")) {
            // Bookkeeping, not content: this copy's stays, and saving stamps it anyway.
        } else if blank(&conflict.mine) {
            merge::set_at(&mut value, &conflict.path, conflict.theirs.clone());
            filled += 1;
        } else if !blank(&conflict.theirs) {
            conflicts.push(conflict);
        }
    }
    // A record both copies hold leaves out what is at its default here ("consent": false is
    // not written), so the merge took the file's value silently: a `true` there is a choice.
    absent_here(
        &m,
        &t,
        &mut Vec::new(),
        &mut value,
        &mut conflicts,
        &mut filled,
    );

    let ids = |v: &Value, list: &str| -> Vec<String> {
        v.get(list)
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| i.get("id").and_then(Value::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let added = LISTS
        .iter()
        .filter_map(|(list, one, many)| {
            let here = ids(&m, list);
            let new = ids(&t, list).iter().filter(|id| !here.contains(id)).count();
            match new {
                0 => None,
                1 => Some(format!("1 {one}")),
                n => Some(format!("{n} {many}")),
            }
        })
        .collect();
    Combined {
        value,
        conflicts,
        added,
        filled,
    }
}

/// Walks the records both copies hold for keys only the file has.
fn absent_here(
    mine: &Value,
    theirs: &Value,
    path: &mut Vec<Seg>,
    merged: &mut Value,
    conflicts: &mut Vec<Conflict>,
    filled: &mut usize,
) {
    match (mine, theirs) {
        (Value::Object(m), Value::Object(t)) => {
            for (key, value) in t {
                path.push(Seg::Key(key.clone()));
                match m.get(key) {
                    Some(here) => absent_here(here, value, path, merged, conflicts, filled),
                    None if *value == Value::Bool(true) => {
                        merge::set_at(merged, path, Some(Value::Bool(false)));
                        conflicts.push(Conflict {
                            path: path.clone(),
                            base: None,
                            mine: Some(Value::Bool(false)),
                            theirs: Some(value.clone()),
                        });
                    }
                    // A record part left out here as a whole ("interview" when it is all defaults).
                    None if value.is_object() => {
                        let empty = Value::Object(Default::default());
                        absent_here(&empty, value, path, merged, conflicts, filled);
                    }
                    None => *filled += 1,
                }
                path.pop();
            }
        }
        (Value::Array(m), Value::Array(t)) => {
            for value in t {
                let Some(id) = value.get("id").and_then(Value::as_str) else {
                    continue;
                };
                let here = m
                    .iter()
                    .find(|v| v.get("id").and_then(Value::as_str) == Some(id));
                if let Some(here) = here {
                    path.push(Seg::Id(id.to_string()));
                    absent_here(here, value, path, merged, conflicts, filled);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

/// The merged review with `choices[i]` for `combined.conflicts[i]` (a missing one keeps this
/// browser's value).
pub fn resolve(combined: &Combined, choices: &[Side]) -> Result<Review, String> {
    let mut value = combined.value.clone();
    for (conflict, choice) in combined.conflicts.iter().zip(choices) {
        if *choice == Side::Theirs {
            merge::set_at(&mut value, &conflict.path, conflict.theirs.clone());
        }
    }
    super::json::read_value(&value, |review| reading::review(review, "review".into()))
        .map_err(|wrong| format!("{}: {}", wrong.path, wrong.detail))
}

fn review_value(review: &Review) -> Value {
    serde_json::to_value(review).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn review() -> Review {
        Review {
            id: Id::from("r-1"),
            title: "Checkout".into(),
            moments: vec![Moment {
                id: Id::from("m1"),
                description: "Alert".into(),
                ..Moment::default()
            }],
            ..Review::default()
        }
    }

    #[test]
    fn what_either_copy_added_is_kept_and_a_field_written_twice_is_a_choice() {
        let mine = {
            let mut r = review();
            r.title = "Checkout errors".into();
            r.notes.push(Note {
                id: Id::from("n-mine"),
                text: "mine".into(),
                ..Note::default()
            });
            r
        };
        let theirs = {
            let mut r = review();
            r.title = "Checkout outage".into();
            r.summary = "Filled in by the co-facilitator".into();
            r.moments.push(Moment {
                id: Id::from("m2"),
                description: "Rollback".into(),
                ..Moment::default()
            });
            r.moments[0].description = "Alert fires".into();
            r
        };
        let combined = combine(&mine, &theirs);
        assert_eq!(combined.added, ["1 moment"]);
        assert_eq!(combined.filled, 1, "the summary was empty here");
        assert_eq!(combined.conflicts.len(), 2, "{:?}", combined.conflicts);
        let kept = resolve(&combined, &[Side::Mine, Side::Mine]).unwrap();
        assert_eq!(kept.title, "Checkout errors");
        assert_eq!(kept.summary, "Filled in by the co-facilitator");
        assert_eq!(kept.moments.len(), 2);
        assert_eq!(kept.notes.len(), 1, "nothing of mine goes");
        let taken = resolve(&combined, &[Side::Theirs, Side::Theirs]).unwrap();
        assert_eq!(taken.title, "Checkout outage");
        assert_eq!(taken.moments[0].description, "Alert fires");
        // Together again: nothing new, and only what was kept as mine still differs.
        let again = combine(&kept, &theirs);
        assert!(again.added.is_empty() && again.filled == 0);
        assert_eq!(again.conflicts.len(), 2);
        let same = combine(&taken, &theirs);
        assert!(same.conflicts.is_empty() && same.added.is_empty());
    }

    #[test]
    fn the_meeting_stays_where_it_is_here_whatever_the_file_walked() {
        let mine = review();
        let mut theirs = review();
        theirs.moments.push(Moment {
            id: Id::from("m2"),
            description: "LATER rollback".into(),
            ..Moment::default()
        });
        theirs.session.current = Some(Id::from("m2"));
        theirs.session.walked = vec![Id::from("m1"), Id::from("m2")];
        theirs.session.prompt = "LATER question".into();
        theirs.session.show_accounts = true;
        let combined = combine(&mine, &theirs);
        assert!(combined.conflicts.is_empty(), "{:?}", combined.conflicts);
        assert_eq!(combined.filled, 0);
        let merged = resolve(&combined, &[]).unwrap();
        assert_eq!(merged.session, mine.session);
        assert_eq!(merged.moments.len(), 2, "the file's moment still comes in");
    }

    #[test]
    fn a_yes_only_the_file_says_is_asked_not_taken() {
        let person = |consent: bool| Person {
            id: Id::from("ben"),
            interview: Interview {
                consent,
                ..Interview::default()
            },
            ..Person::default()
        };
        let mut mine = review();
        mine.people.push(person(false));
        let mut theirs = review();
        theirs.people.push(person(true));
        let combined = combine(&mine, &theirs);
        assert_eq!(combined.conflicts.len(), 1, "{:?}", combined.conflicts);
        assert!(
            !resolve(&combined, &[Side::Mine]).unwrap().people[0]
                .interview
                .consent
        );
        assert!(
            resolve(&combined, &[Side::Theirs]).unwrap().people[0]
                .interview
                .consent
        );
    }
}
