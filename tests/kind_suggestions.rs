//! How often the import's suggested kind is the kind a person gave the line, on transcripts
//! labelled by hand (kind, the line as "HH:MM Author: text", source): `kinds-labelled.tsv`,
//! labelled while the cues were written; `kinds-heldout.tsv`, `kinds-blind2.tsv` and
//! `kinds-blind3.tsv`, labelled from public incident reports by someone who had not seen the
//! cues. The held-out set was tuned on after its first score; the other two are still blind
//! (no cue changed for their lines). Run with `--nocapture` to see the figures; the tests hold
//! them so that they cannot fall. A new set is scored once before any cue is changed for it.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use tunnel::io::import::{settle_kinds, suggested_kind};
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
    // Each source's lines in order, as an import sees them: a line's kind can depend on what
    // came before (work before the first signal is ordinary work).
    let rows: Vec<Vec<&str>> = tsv
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|row| row.split('\t').collect())
        .collect();
    let mut suggested: Vec<(MomentKind, Option<String>)> = rows
        .iter()
        .map(|cells| {
            // "HH:MM Author: text"
            let rest = cells[1].split_once(' ').map_or("", |(_, rest)| rest);
            let (author, text) = rest.split_once(": ").unwrap_or(("", rest));
            suggested_kind(text, author)
        })
        .collect();
    let mut start = 0;
    while start < rows.len() {
        let source = rows[start].get(2);
        let end = start
            + rows[start..]
                .iter()
                .take_while(|r| r.get(2) == source)
                .count();
        settle_kinds(suggested[start..end].iter_mut().map(|(k, s)| (k, s)));
        start = end;
    }
    for (cells, (got, _)) in rows.iter().zip(suggested) {
        let (label, line) = (cells[0], cells[1]);
        let expected = MomentKind::from_key(label).unwrap_or_else(|| panic!("kind {label:?}"));
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

/// Prints the figures for one labelled file and checks them against a floor.
fn check(file: &str, floor_percent: usize) {
    let tsv = std::fs::read_to_string(format!("tests/fixtures/transcripts/{file}")).unwrap();
    let Score {
        overall: (right, all),
        per_kind,
        wrong,
    } = score(&tsv);
    println!(
        "{file}: suggested kinds {right} of {all} right ({:.2})",
        right as f64 / all as f64
    );
    for (kind, (r, a)) in &per_kind {
        println!("  {kind:<15} {r:>3} of {a:>3}");
    }
    for line in &wrong {
        println!("  wrong: {line}");
    }
    assert!(all >= 60, "{all} labelled lines");
    // Raise the floors when the suggestions improve.
    assert!(right * 100 >= all * floor_percent, "{right} of {all}");
}

#[test]
fn suggested_kinds_match_hand_labels() {
    check("kinds-labelled.tsv", 73);
}

#[test]
fn suggested_kinds_match_blind_labels() {
    // Blind when first measured (0.37 with the first cues); the cues were then revised against
    // its mistakes, so it is blind no longer.
    check("kinds-heldout.tsv", 75);
    // Blind: scored after the revision, and no cue was changed for its lines since (0.31 with
    // the first cues, 0.46 after).
    check("kinds-blind2.tsv", 45);
    check("kinds-blind3.tsv", 38);
}
