//! How often the import's suggested kind is the kind a person gave the line, on transcripts
//! labelled by hand (`tests/fixtures/transcripts/kinds-labelled.tsv`: kind, the line as
//! "HH:MM Author: text", source). Run with `--nocapture` to see the figures; the test holds
//! them so that they cannot fall.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use tunnel::io::import::suggested_kind;
use tunnel::model::MomentKind;

/// How the suggestions did: (right, all) overall and per labelled kind, and the lines wrong.
#[derive(Default)]
struct Score {
    overall: (usize, usize),
    per_kind: BTreeMap<String, (usize, usize)>,
    wrong: Vec<String>,
}

fn score(tsv: &str) -> Score {
    let Score {
        mut overall,
        mut per_kind,
        mut wrong,
    } = Score::default();
    for row in tsv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = row.split('\t').collect();
        let (label, line) = (cells[0], cells[1]);
        let expected = MomentKind::from_key(label).unwrap_or_else(|| panic!("kind {label:?}"));
        // "HH:MM Author: text"
        let rest = line.split_once(' ').map_or("", |(_, rest)| rest);
        let (author, text) = rest.split_once(": ").unwrap_or(("", rest));
        let (got, _) = suggested_kind(text, author);
        let tally = per_kind.entry(label.to_string()).or_default();
        tally.1 += 1;
        overall.1 += 1;
        if got == expected {
            tally.0 += 1;
            overall.0 += 1;
        } else {
            wrong.push(format!("{label} <- {}: {line}", got.key()));
        }
    }
    Score {
        overall,
        per_kind,
        wrong,
    }
}

#[test]
fn suggested_kinds_match_hand_labels() {
    let tsv = std::fs::read_to_string("tests/fixtures/transcripts/kinds-labelled.tsv").unwrap();
    let Score {
        overall: (right, all),
        per_kind,
        wrong,
    } = score(&tsv);
    println!(
        "suggested kinds: {right} of {all} right ({:.2})",
        right as f64 / all as f64
    );
    for (kind, (r, a)) in &per_kind {
        println!("  {kind:<15} {r:>3} of {a:>3}");
    }
    for line in &wrong {
        println!("  wrong: {line}");
    }
    assert!(all >= 60, "{all} labelled lines");
    // Raise this when the suggestions improve.
    assert!(right * 100 >= all * FLOOR_PERCENT, "{right} of {all}");
}

const FLOOR_PERCENT: usize = 72;
