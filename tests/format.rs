//! The review file format: fixtures of every released version stay readable forever, export
//! then import gives back the same review, and bad files get clear messages, never a panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sample_review;
use std::path::Path;
use tunnel::io::envelope::{
    export_json, read_bytes, read_bytes_mending, read_str, read_value, ReadError,
};
use tunnel::model::{
    AccountField, AccountSource, Id, IdGen, Instant, Interview, InterviewStatus, Phase, PhaseTime,
    QueuedQuestion,
};

fn ids() -> IdGen {
    IdGen::new(42)
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(Path::new("tests/fixtures").join(path)).expect("fixture")
}

/// The v1 fixture must always read as the sample review. Regenerate it only when adding a new
/// fixture version, never to make this test pass: `UPDATE_FIXTURES=1 cargo test --test format`.
#[test]
fn the_v1_fixture_reads_as_the_sample_review() {
    let path = Path::new("tests/fixtures/v1/full-review.tunnel.json");
    if std::env::var("UPDATE_FIXTURES").is_ok() && !path.exists() {
        let text = export_json(
            &sample_review(),
            Instant::parse_rfc3339("2026-03-16T13:00:00Z").unwrap(),
        );
        std::fs::write(path, text + "\n").unwrap();
    }
    let read = read_str(&fixture("v1/full-review.tunnel.json"), &mut ids()).unwrap();
    assert!(read.repairs.is_empty(), "{:?}", read.repairs);
    assert_eq!(read.from_version, 1);
    assert_eq!(read.envelope.review, sample_review());
}

#[test]
fn export_then_import_gives_the_same_review_field_for_field() {
    let review = sample_review();
    let text = export_json(&review, Instant::default());
    let read = read_str(&text, &mut ids()).unwrap();
    assert_eq!(read.envelope.review, review);
    // And the second generation is byte-identical to the first.
    assert_eq!(export_json(&read.envelope.review, Instant::default()), text);
}

#[test]
fn the_meeting_clock_and_the_question_queue_round_trip() {
    let mut review = sample_review();
    let session = &mut review.session;
    session.clock_seconds = 2_340;
    session.clock_since = Instant::parse_rfc3339("2026-03-16T10:45:00Z");
    session.phase_from_seconds = 2_100;
    session.phase_spent = vec![PhaseTime {
        phase: Phase::Walk,
        seconds: 1_200,
    }];
    session.show_clock = true;
    review.questions = vec![QueuedQuestion {
        id: Id::from("q-1"),
        person: Id::from("p-ana"),
        text: "What did the quiet channel mean to you?".into(),
        asked: true,
    }];
    let text = export_json(&review, Instant::default());
    assert!(text.contains("\"clock_since\"") && text.contains("\"questions\""));
    let read = read_str(&text, &mut ids()).unwrap();
    assert_eq!(read.envelope.review, review);
}

#[test]
fn what_the_language_guard_was_taught_round_trips() {
    let mut review = sample_review();
    review.language.not_blame = vec!["failed to".into()];
    review.language.watch = vec!["cowboy deploy".into(), "yolo".into()];
    let text = export_json(&review, Instant::default());
    assert!(text.contains("\"not_blame\"") && text.contains("\"watch\""));
    let read = read_str(&text, &mut ids()).unwrap();
    assert_eq!(read.envelope.review, review);
    // Untaught, the lists are left out of the file.
    let plain = export_json(&sample_review(), Instant::default());
    assert!(!plain.contains("\"not_blame\"") && !plain.contains("\"watch\""));
}

#[test]
fn interview_plans_and_where_accounts_were_told_round_trip() {
    let mut review = sample_review();
    review.people[1].interview = Interview {
        status: InterviewStatus::Done,
        why: "Ran the migration; may feel blamed.".into(),
        order: Some(1),
        date: "2026-03-16".into(),
        consent: true,
    };
    review.accounts[1].source = AccountSource::Interview;
    review.accounts[1].set_off_record(AccountField::Believed, true);
    let text = export_json(&review, Instant::default());
    assert!(text.contains("\"interview\"") && text.contains("\"off_record\""));
    let read = read_str(&text, &mut ids()).unwrap();
    assert_eq!(read.envelope.review, review);
    // Left out when there is nothing to say.
    let plain = export_json(&sample_review(), Instant::default());
    assert!(!plain.contains("\"interview\"") && !plain.contains("\"off_record\""));
    // A field name that is not an answer field is an error with its place.
    let mut bad: serde_json::Value = serde_json::from_str(&text).unwrap();
    bad["review"]["accounts"][1]["off_record"][0] = "feelings".into();
    let bad = bad.to_string();
    let error = read_str(&bad, &mut ids()).unwrap_err().to_string();
    assert!(error.contains("accounts[1].off_record[0]"), "{error}");
}

#[test]
fn malformed_files_say_what_is_wrong_and_where() {
    let cases = [
        ("bad/syntax.json", "line 7, column 5"),
        ("bad/not-tunnel.json", "not a Tunnel review"),
        (
            "bad/newer-version.json",
            "newer version of Tunnel (schema version 2)",
        ),
        ("bad/wrong-type.json", "review.moments[1].people"),
        ("bad/no-version.json", "no usable \"schema_version\""),
        ("bad/array.json", "it is not an object"),
        ("bad/truncated.json", "EOF while parsing"),
    ];
    for (file, expected) in cases {
        let error = read_str(&fixture(file), &mut ids()).unwrap_err();
        let message = error.to_string();
        assert!(message.contains(expected), "{file}: {message}");
    }
}

#[test]
fn the_newer_version_message_promises_nothing_was_read() {
    let error = read_str(&fixture("bad/newer-version.json"), &mut ids()).unwrap_err();
    assert_eq!(error, ReadError::NewerVersion { found: 2 });
    assert!(error.to_string().contains("Nothing was imported"));
}

/// A file's bytes with a few flipped, dropped or duplicated, from a fixed seed.
fn mutations(count: usize) -> impl Iterator<Item = Vec<u8>> {
    let original = fixture("v1/full-review.tunnel.json").into_bytes();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count).map(move |_| {
        let mut bytes = original.clone();
        for _ in 0..(next() % 4 + 1) {
            let at = (next() as usize) % bytes.len();
            match next() % 4 {
                0 => bytes[at] = (next() % 256) as u8,
                1 => drop(bytes.remove(at)),
                2 => bytes.insert(at, bytes[at]),
                _ => bytes[at] = b"{}[],:\"0123456789"[(next() % 17) as usize],
            }
        }
        bytes
    })
}

/// Every damaged copy that is refused for a wrong value is read when the wrong values may be
/// left out, and what was left out is in the review's notes.
#[test]
fn every_file_refused_for_a_wrong_value_is_read_leaving_it_out() {
    let mut mended = 0;
    for bytes in mutations(4000) {
        if !matches!(
            read_bytes(&bytes, &mut ids()),
            Err(ReadError::Invalid { .. })
        ) {
            continue;
        }
        let read = read_bytes_mending(&bytes, &mut ids())
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&bytes)));
        assert!(read
            .envelope
            .review
            .notes
            .iter()
            .any(|n| n.text.starts_with("Left out when the file was read")));
        mended += 1;
    }
    assert!(mended > 50, "only {mended} files had a wrong value");
}

/// `read_str` reads most files from a tree that borrows the text (`io::json`), and the rest
/// through serde_json's `Value` (`read_value`). Both must give the same review, or the same
/// message, for every file: the fixtures, the bad ones, and thousands of damaged copies.
#[test]
fn the_fast_reading_agrees_with_serde_json_on_every_file() {
    let mut texts: Vec<String> = [
        "v1/full-review.tunnel.json",
        "bad/array.json",
        "bad/newer-version.json",
        "bad/no-version.json",
        "bad/not-tunnel.json",
        "bad/wrong-type.json",
    ]
    .iter()
    .map(|path| fixture(path))
    .collect();
    texts.push(export_json(&sample_review(), Instant::default()));
    texts.extend(mutations(4000).filter_map(|bytes| String::from_utf8(bytes).ok()));
    let mut compared = 0;
    for text in &texts {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
            continue;
        };
        compared += 1;
        assert_eq!(
            read_str(text, &mut ids()),
            read_value(value, &mut ids()),
            "{text}"
        );
    }
    assert!(compared > 1000, "only {compared} files compared");
}

/// Deterministic mutation fuzzing: flip, drop and duplicate bytes of a real file. Reading may
/// fail, but never panic, and never return a review with dangling references.
#[test]
fn mutated_files_never_panic() {
    let mut accepted = 0;
    for bytes in mutations(3000) {
        if let Ok(read) = read_bytes(&bytes, &mut ids()) {
            accepted += 1;
            let review = read.envelope.review;
            for moment in &review.moments {
                assert!(moment.people.iter().all(|p| review.person(p).is_some()));
            }
            for account in &review.accounts {
                assert!(review.moment(&account.moment).is_some());
            }
        }
    }
    // Some mutations only touch text and must still read.
    assert!(
        accepted > 100,
        "only {accepted} mutated files were readable"
    );
}
