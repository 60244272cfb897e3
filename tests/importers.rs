//! Importers: realistic fixtures, an exact CSV round trip, and properties that hold for any
//! input (no panics; every line accounted for; original times kept).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{at, sample_review};
use proptest::prelude::*;
use tunnel::io::import::{self, NameChoice, Preview};
use tunnel::io::transcript::{self, Stamp};
use tunnel::io::{csv, slack};
use tunnel::model::time::{Date, FixedOffset, Utc};
use tunnel::model::{Evidence, IdGen, Moment};

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/{path}")).expect("fixture")
}

fn march(day: u8) -> Date {
    Date::new(2026, 3, day).unwrap()
}

#[test]
fn a_real_30_line_transcript_becomes_30_messages_across_midnight() {
    let parsed = transcript::parse(&fixture("transcripts/late-night-30.txt"), march(14));
    assert!(parsed.skipped.is_empty(), "{:?}", parsed.skipped);
    assert_eq!(parsed.messages.len(), 30);
    let preview = import::from_transcript(parsed);
    assert_eq!(
        preview.names(),
        ["Priya Natarajan", "Tom Becker", "Lena 🚒 Okafor"]
    );
    assert_eq!(
        preview.candidates[6].noise.as_deref(),
        Some("join or leave")
    );
    let choices = import::propose_people(&preview, &[]);
    let mut keep = vec![true; 30];
    keep[6] = false;
    keep[7] = false;
    let added = import::build(
        &preview,
        &keep,
        &choices,
        "Europe/Berlin",
        &FixedOffset(60),
        &mut IdGen::new(1),
    );
    assert_eq!(added.moments.len(), 28);
    assert_eq!(added.people.len(), 3);
    // 23:31 Berlin (UTC+1) on 14 March, and 00:20 on the 15th after midnight.
    assert_eq!(added.moments[0].at, at("2026-03-14T22:31:00Z"));
    assert_eq!(added.moments[27].at, at("2026-03-14T23:20:00Z"));
    let times: Vec<_> = added.moments.iter().map(|m| m.at).collect();
    assert!(times.windows(2).all(|w| w[0] < w[1]), "in time order");
}

#[test]
fn a_slack_copy_with_quoted_log_lines_and_a_time_in_a_message_stays_a_slack_copy() {
    let parsed = transcript::parse(
        &fixture("transcripts/slack-copy-with-log-lines.txt"),
        march(14),
    );
    let read: Vec<(&str, String)> = parsed
        .messages
        .iter()
        .map(|m| match m.stamp {
            Stamp::Local(date, time) => (m.name.as_str(), format!("{date} {}", time.hh_mm())),
            Stamp::Exact(_) => (m.name.as_str(), String::new()),
        })
        .collect();
    assert_eq!(
        read,
        [
            ("Priya Natarajan", "2026-03-14 23:52".to_string()),
            ("Tom Becker", "2026-03-14 23:53".to_string()),
            ("Tom Becker", "2026-03-14 23:54".to_string()),
            ("Priya Natarajan", "2026-03-14 23:58".to_string()),
            ("Priya Natarajan", "2026-03-15 00:03".to_string()),
            ("Lena Okafor", "2026-03-15 00:05".to_string()),
            ("Tom Becker", "2026-03-15 00:20".to_string()),
            ("Priya Natarajan", "2026-03-15 01:15".to_string()),
        ]
    );
    // The quoted log stays in the message it was pasted into, and Slack's own lines are out.
    assert!(parsed.messages[3]
        .text
        .contains("2026-03-14 23:57:02,001 WARN retrying"));
    assert_eq!(
        parsed.messages[2].text,
        "nothing deployed since 6pm per #deploys"
    );
    assert_eq!(parsed.messages[6].text, "renice'd the export to 19");
}

#[test]
fn a_slack_export_of_two_days_reads_in_order_with_names() {
    let day1 = fixture("slack/incidents/2026-03-14.json");
    let day2 = fixture("slack/incidents/2026-03-15.json");
    let users = fixture("slack/users.json");
    let preview = slack::parse(&[
        slack::File {
            name: "incidents/2026-03-15.json",
            text: &day2,
        },
        slack::File {
            name: "incidents/2026-03-14.json",
            text: &day1,
        },
        slack::File {
            name: "users.json",
            text: &users,
        },
    ]);
    assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);
    assert_eq!(preview.candidates.len(), 9);
    assert_eq!(preview.candidates[0].names, ["PagerDuty"]);
    assert_eq!(preview.candidates[0].noise.as_deref(), Some("bot"));
    assert_eq!(
        preview.candidates[1].noise.as_deref(),
        Some("join or leave")
    );
    assert_eq!(preview.candidates[2].names, ["Priya Natarajan"]);
    assert!(preview.candidates[2]
        .text
        .contains("checkout dashboard (https://grafana.example.com/d/checkout)"));
    assert!(preview.candidates[4]
        .text
        .contains("left a lock behind & we lost an hour"));
    assert_eq!(
        preview.candidates[5].text,
        "let's wait 5 more minutes @Tom Becker"
    );
    assert_eq!(
        preview.candidates[6].names,
        ["Lena Okafor"],
        "from user_profile"
    );
    assert!(preview.candidates[6]
        .text
        .ends_with("[file: Payments errors]"));
    // Slack's "1773532980.000700" is 0.7 ms past the second: kept to the millisecond.
    assert_eq!(
        preview.candidates[7].stamp,
        Stamp::Exact(at("2026-03-15T00:03:00.001Z"))
    );
    assert_eq!(
        preview.candidates[8].noise.as_deref(),
        Some("join or leave")
    );
}

/// The moment fields a CSV carries (ids and sources are not part of the timeline).
fn comparable(
    moment: &Moment,
    review: &tunnel::model::Review,
) -> (
    String,
    String,
    String,
    String,
    Vec<String>,
    Vec<Evidence>,
    bool,
) {
    let mut evidence = moment.evidence.clone();
    for e in &mut evidence {
        e.id = Default::default();
    }
    (
        moment.at.to_rfc3339(),
        moment.precision.key().into(),
        moment.kind.key().into(),
        moment.description.clone(),
        moment
            .people
            .iter()
            .map(|p| review.person(p).unwrap().name.clone())
            .collect(),
        evidence,
        moment.pivot,
    )
}

#[test]
fn csv_export_then_import_into_a_new_review_gives_the_same_timeline() {
    let original = sample_review();
    let text = csv::export(&original);
    let preview = csv::parse(&text, march(14)).unwrap();
    assert!(preview.skipped.is_empty());
    let mut fresh = tunnel::model::Review::default();
    let choices = import::propose_people(&preview, &fresh.people);
    assert!(choices.iter().all(|(_, c)| *c == NameChoice::New));
    let added = import::build(
        &preview,
        &vec![true; preview.candidates.len()],
        &choices,
        "UTC",
        &Utc,
        &mut IdGen::new(9),
    );
    fresh.people = added.people;
    fresh.moments = added.moments;
    let before: Vec<_> = original
        .timeline_order()
        .into_iter()
        .map(|i| comparable(&original.moments[i], &original))
        .collect();
    let after: Vec<_> = fresh
        .timeline_order()
        .into_iter()
        .map(|i| comparable(&fresh.moments[i], &fresh))
        .collect();
    assert_eq!(after, before);
    // And exporting the new review gives the same file.
    assert_eq!(csv::export(&fresh), text);
}

fn total_lines(text: &str) -> usize {
    text.lines().count()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn transcripts_never_panic_and_account_for_every_line(text in "\\PC*(\n\\PC*){0,20}") {
        let parsed = transcript::parse(&text, march(14));
        prop_assert!(parsed.messages.len() + parsed.skipped.len() <= total_lines(&text));
        let lines: Vec<usize> = parsed.messages.iter().map(|m| m.line).collect();
        prop_assert!(lines.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn chat_shaped_text_never_panics(lines in proptest::collection::vec(
        ("[0-2]?[0-9]:[0-5][0-9]( ?[AaPp][Mm])?", "[ <\\[@*]?", "\\PC{0,12}", "[:>\\] ]?", "\\PC{0,30}"), 0..40)) {
        let text: String = lines.iter().map(|(t, a, n, b, m)| format!("{t} {a}{n}{b} {m}\n")).collect();
        let parsed = transcript::parse(&text, march(14));
        for message in &parsed.messages {
            if let Stamp::Local(date, _) = message.stamp {
                prop_assert!(date >= march(14));
            }
        }
    }

    #[test]
    fn slack_and_teams_shaped_text_never_panics(lines in proptest::collection::vec(prop_oneof![
        "[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?",
        " *[0-9]{1,2}:[0-5][0-9]( [AP]M)?",
        "\\[[0-9]{1,2}:[0-5][0-9]( [AP]M)?\\]( [A-Z][a-z]{1,6})?",
        "(Monday|Sat), (March|Dec) [0-9]{1,2}(th|st)?",
        "(:[a-z_+]{1,6}: ?[0-9]?){1,3}",
        "[0-9]{1,2}( replies)?",
        "\\PC{0,40}",
    ], 0..40)) {
        let text = lines.join("\n");
        let parsed = transcript::parse(&text, march(14));
        prop_assert!(parsed.messages.len() + parsed.skipped.len() <= total_lines(&text));
        let mut seen: Vec<usize> = parsed.messages.iter().map(|m| m.line)
            .chain(parsed.skipped.iter().map(|s| s.line)).collect();
        let count = seen.len();
        seen.sort_unstable();
        seen.dedup();
        prop_assert_eq!(seen.len(), count, "a line is both a message and skipped, or twice");
    }

    #[test]
    fn slack_files_never_panic(text in "\\PC*", json in "\\[(\\{\"ts\": ?\"[0-9.e-]{0,20}\", ?\"text\": ?\"\\PC{0,20}\", ?\"user\": ?\"[A-Z0-9]{0,4}\"\\},?){0,5}\\]") {
        let _ = slack::parse(&[slack::File { name: "a.json", text: &text }]);
        let _ = slack::parse(&[slack::File { name: "b.json", text: &json }, slack::File { name: "users.json", text: &text }]);
    }

    #[test]
    fn csv_never_panics(text in "(\\PC|[\",;\r\n]){0,400}") {
        if let Ok(preview) = csv::parse(&text, march(14)) {
            let Preview { candidates, skipped, .. } = preview;
            prop_assert!(candidates.len() + skipped.len() <= text.len());
        }
    }

    #[test]
    fn csv_cells_round_trip(cells in proptest::collection::vec("(\\PC|[\",;\r\n])*", 1..6)) {
        let mut text = String::new();
        let line: Vec<String> = cells.iter().map(|c| c.replace('\r', "")).collect();
        for c in &line {
            text.push('"');
            text.push_str(&c.replace('"', "\"\""));
            text.push_str("\",");
        }
        text.push_str("end\r\n");
        let rows = csv::rows(&text);
        if line.iter().any(|c| !c.trim().is_empty()) {
            let mut expected = line.clone();
            expected.push("end".into());
            prop_assert_eq!(&rows[0].1, &expected);
        }
    }
}
