//! The language guard over a whole review: where its texts are, and the notes it lists.

mod common;

use common::sample_review;
use std::collections::HashSet;
use tunnel::method::language::{self, text_fields, Counter, TextRef};
use tunnel::model::{Id, QueuedQuestion};

fn review_with_every_text() -> tunnel::model::Review {
    let mut review = sample_review();
    review.questions = vec![QueuedQuestion {
        id: Id::from("q-1"),
        person: Id::from("p-ana"),
        text: "Why didn't you page the database team?".into(),
        asked: false,
    }];
    review
}

/// Every text the guard reads can be found again, and changed, by its reference; the names
/// under which dismissals are kept are unique.
#[test]
fn every_guarded_text_is_read_and_written_through_its_reference() {
    let review = review_with_every_text();
    let fields = text_fields(&review);
    let kinds: HashSet<_> = fields
        .iter()
        .map(|(r, _)| std::mem::discriminant(r))
        .collect();
    assert_eq!(kinds.len(), 7, "every kind of text is in the sample");
    let names: HashSet<String> = fields.iter().map(|(r, _)| r.name()).collect();
    assert_eq!(names.len(), fields.len());
    let numbers = language::moment_numbers(&review);
    for (text_ref, text) in &fields {
        assert_eq!(text_ref.text(&review), Some(*text), "{text_ref:?}");
        assert!(!text_ref.place(&review, &numbers).is_empty());
        let mut changed = review.clone();
        *text_ref.text_mut(&mut changed).expect("writable") = "changed".into();
        assert_eq!(text_ref.text(&changed), Some("changed"));
        for (other, text) in fields.iter().filter(|(r, _)| r != text_ref) {
            assert_eq!(other.text(&changed), Some(*text), "{other:?} changed too");
        }
    }
    let gone = TextRef::Note(Id::from("no-such-note"));
    assert_eq!(gone.text(&review), None);
}

#[test]
fn the_counter_lists_the_open_notes_with_their_places() {
    let mut review = review_with_every_text();
    review.summary = "Checkout failed. Obviously the on-call was careless.".into();
    let mut counter = Counter::default();
    let (open, _) = counter.count(&review, usize::MAX).expect("complete");
    assert_eq!(counter.open().len(), open);
    let numbers = language::moment_numbers(&review);
    let places: Vec<String> = counter
        .open()
        .iter()
        .map(|n| n.text.place(&review, &numbers))
        .collect();
    assert!(places.contains(&"Summary".to_string()), "{places:?}");
    assert!(
        places.contains(&"Question for Ana Souza".to_string()),
        "{places:?}"
    );
    // Dismissing one takes it off the list, and only that one.
    let first = counter.open()[0].clone();
    review
        .language
        .dismissed
        .push(language::dismissal(&first.finding, &first.text.name()));
    counter.count(&review, usize::MAX).expect("complete");
    assert_eq!(counter.open().len(), open - 1);
    assert!(!counter.open().contains(&first));
}

#[test]
fn a_finding_is_read_in_its_sentence() {
    let text =
        "The deploy went out at 10:02. Obviously the on-call was careless! Then it rolled back.";
    let found = language::check(text);
    let careless = found.iter().find(|f| f.phrase == "careless").unwrap();
    assert_eq!(
        language::sentence_around(text, careless, 200),
        "Obviously the on-call was careless!"
    );
    let long = format!("{} careless {}", "word ".repeat(100), "word ".repeat(100));
    let found = language::check(&long);
    let cut = language::sentence_around(&long, &found[0], 40);
    assert!(
        cut.starts_with('\u{2026}') && cut.ends_with('\u{2026}'),
        "{cut}"
    );
    assert!(cut.contains("careless") && cut.len() < 60, "{cut}");
}
