//! Merging a responder's answers: over random pairs of what the facilitator holds and what the
//! responder wrote, with random choices, no field of either side is lost unless the facilitator
//! chose to drop it, and merging the same answers again changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tunnel::io::answers::{apply, plan, Choice, Response};
use tunnel::model::{Account, AccountField, Id, Moment, Person, Review};

const FIELDS: [AccountField; 3] = [AccountField::Saw, AccountField::Believed, AccountField::Did];
const MOMENTS: [&str; 3] = ["m1", "m2", "m3"];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-c]{1,3}( [a-c]{1,3})?"]
}

/// Nine texts each: one per moment and field.
fn texts() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(text(), 9)
}

fn choice() -> impl Strategy<Value = Choice> {
    prop_oneof![Just(Choice::Theirs), Just(Choice::Mine), Just(Choice::Both)]
}

fn review(mine: &[String]) -> Review {
    let mut review = Review {
        id: Id::from("r-1"),
        people: vec![Person {
            id: Id::from("ben"),
            name: "Ben Lee".into(),
            ..Person::default()
        }],
        moments: MOMENTS
            .iter()
            .map(|m| Moment {
                id: Id::from(*m),
                ..Moment::default()
            })
            .collect(),
        ..Review::default()
    };
    for (m, moment) in MOMENTS.iter().enumerate() {
        let mut account = Account {
            id: Id(format!("a-{moment}")),
            moment: Id::from(*moment),
            person: Id::from("ben"),
            ..Account::default()
        };
        for (f, field) in FIELDS.iter().enumerate() {
            *account.field_mut(*field) = mine[m * 3 + f].clone();
        }
        if !account.is_blank() {
            review.accounts.push(account);
        }
    }
    review
}

fn response(theirs: &[String], saved_at: &str) -> Response {
    let mut values = Vec::new();
    for (m, moment) in MOMENTS.iter().enumerate() {
        for (f, field) in FIELDS.iter().enumerate() {
            let text = &theirs[m * 3 + f];
            if !text.is_empty() {
                values.push((format!("account:{moment}:{}", field.key()), text.clone()));
            }
        }
    }
    Response {
        worksheet: "r-1:ben:1".into(),
        review: Id::from("r-1"),
        person: Id::from("ben"),
        saved_at: saved_at.into(),
        values,
        ..Response::default()
    }
}

fn field_of(review: &Review, moment: &str, field: AccountField) -> String {
    review
        .accounts
        .iter()
        .find(|a| a.moment.as_str() == moment && a.person.as_str() == "ben")
        .map(|a| a.field(field).clone())
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_field_is_lost_and_merging_again_changes_nothing(
        mine in texts(),
        theirs in texts(),
        choices in proptest::collection::vec(choice(), 9),
    ) {
        let mut merged = review(&mine);
        let response = response(&theirs, "2026-03-16T10:00:00Z");
        let planned = plan(&merged, &response).unwrap();
        let mut n = 0;
        let mut ids = |prefix: &str| { n += 1; Id(format!("{prefix}-{n}")) };
        apply(&mut merged, &response, &planned, &choices, &mut ids);
        for (m, moment) in MOMENTS.iter().enumerate() {
            for (f, field) in FIELDS.iter().enumerate() {
                let (before, told) = (&mine[m * 3 + f], &theirs[m * 3 + f]);
                let after = field_of(&merged, moment, *field);
                let conflict = planned.conflicts.iter().position(|c| c.moment.as_str() == *moment && c.field == *field);
                let choice = conflict.map(|i| choices[i]);
                if !before.is_empty() && choice != Some(Choice::Theirs) {
                    prop_assert!(after.contains(before.as_str()), "{moment} {field:?}: mine {before:?} lost in {after:?}");
                }
                if !told.is_empty() && choice != Some(Choice::Mine) {
                    prop_assert!(after.contains(told.as_str()), "{moment} {field:?}: theirs {told:?} lost in {after:?}");
                }
                if told.is_empty() {
                    prop_assert_eq!(&after, before, "untouched where they wrote nothing");
                }
            }
        }
        // The same file again: refused, nothing changes.
        let snapshot = merged.clone();
        prop_assert!(plan(&merged, &response).is_err());
        prop_assert_eq!(&merged, &snapshot);
        // The same answers saved again later: nothing new, and only the choices kept as mine
        // are asked again.
        let later = response_with_time(&theirs);
        let again = plan(&merged, &later).unwrap();
        prop_assert!(again.added.is_empty());
        for conflict in &again.conflicts {
            let first = planned.conflicts.iter().position(|c| c.moment == conflict.moment && c.field == conflict.field);
            prop_assert_eq!(first.map(|i| choices[i]), Some(Choice::Mine));
        }
    }
}

fn response_with_time(theirs: &[String]) -> Response {
    response(theirs, "2026-03-17T10:00:00Z")
}
