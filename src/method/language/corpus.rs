//! Scoring the guard on a labelled corpus (`tests/fixtures/language-corpus.tsv`): recall on
//! the blaming sentences, false flags on the neutral ones, overall and per category. The
//! `language-figures` command prints it; native tests hold the figures.

use std::collections::BTreeMap;

/// One labelled sentence.
#[derive(Debug, Clone)]
pub struct Row {
    pub blame: bool,
    pub category: String,
    /// "dev" or "held-out": rules were written looking at dev rows only.
    pub split: String,
    pub sentence: String,
    pub source: String,
}

/// Reads the corpus: a header, then tab-separated label, category, split, sentence, source.
pub fn rows(tsv: &str) -> Result<Vec<Row>, String> {
    tsv.lines()
        .skip(1)
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            let [label, category, split, sentence, source] = cells[..] else {
                return Err(format!(
                    "line {}: expected 5 cells, found {}",
                    n + 2,
                    cells.len()
                ));
            };
            let blame = match label {
                "blame" => true,
                "neutral" => false,
                other => return Err(format!("line {}: label {other:?}", n + 2)),
            };
            Ok(Row {
                blame,
                category: category.to_string(),
                split: split.to_string(),
                sentence: sentence.to_string(),
                source: source.to_string(),
            })
        })
        .collect()
}

/// How many of a group were flagged.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    pub flagged: usize,
    pub total: usize,
}

impl Tally {
    pub fn share(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.flagged as f64 / self.total as f64
        }
    }
}

/// The figures: blaming sentences flagged (recall) and neutral ones flagged (false flags),
/// overall, per split and per category.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub recall: Tally,
    pub false_flags: Tally,
    /// (label, split) → tally.
    pub by_split: BTreeMap<(bool, String), Tally>,
    /// (label, category) → tally.
    pub by_category: BTreeMap<(bool, String), Tally>,
    /// Rows scored wrongly: blaming ones missed, neutral ones flagged.
    pub wrong: Vec<Row>,
}

pub fn score(rows: &[Row]) -> Score {
    let mut score = Score::default();
    for row in rows {
        let flagged = !super::check(&row.sentence).is_empty();
        let overall = if row.blame {
            &mut score.recall
        } else {
            &mut score.false_flags
        };
        for tally in [
            overall,
            score
                .by_split
                .entry((row.blame, row.split.clone()))
                .or_default(),
            score
                .by_category
                .entry((row.blame, row.category.clone()))
                .or_default(),
        ] {
            tally.total += 1;
            tally.flagged += usize::from(flagged);
        }
        if flagged != row.blame {
            score.wrong.push(row.clone());
        }
    }
    score
}
