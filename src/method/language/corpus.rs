//! Scoring the guard on a labelled corpus (`tests/fixtures/language-corpus.tsv`): recall on
//! the blaming sentences, false flags on the neutral ones, overall and per category. The
//! `language-figures` command prints it; native tests hold the figures.

use super::Category;
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
    /// Blaming sentences flagged with a finding of the kind their label names (`fits`), of
    /// those flagged: the reframe offered is then the one that answers them.
    pub fitting: Tally,
    /// The same per category.
    pub fitting_by_category: BTreeMap<String, Tally>,
    /// Rows scored wrongly: blaming ones missed, neutral ones flagged.
    pub wrong: Vec<Row>,
    /// Blaming rows flagged, but with no finding of the kind their label names.
    pub misfits: Vec<Row>,
}

/// Whether a finding of `found` answers a sentence labelled `category`: its reframe is the
/// one written for that kind of blame. A person named as the cause (`blame-other`) is
/// answered by a verdict's, an omission's, a path-not-taken's or a why-you question's, not
/// by self-blame's or a minimiser's.
pub fn fits(category: &str, found: Category) -> bool {
    use Category::*;
    match category {
        "counterfactual" => found == Counterfactual,
        "omission-by-person" => matches!(found, Omission | Counterfactual),
        "why-question" => found == WhyQuestion,
        "verdict" => found == Verdict,
        "minimiser" => found == Minimiser,
        "distancing" => found == Distancing,
        "self-blame" => found == SelfBlame,
        "blame-other" => matches!(found, Verdict | Omission | Counterfactual | WhyQuestion),
        _ => false,
    }
}

pub fn score(rows: &[Row]) -> Score {
    let mut score = Score::default();
    for row in rows {
        let found = super::check(&row.sentence);
        let flagged = !found.is_empty();
        if flagged && row.blame {
            let fit = found.iter().any(|f| fits(&row.category, f.category));
            for tally in [
                &mut score.fitting,
                score
                    .fitting_by_category
                    .entry(row.category.clone())
                    .or_default(),
            ] {
                tally.total += 1;
                tally.flagged += usize::from(fit);
            }
            if !fit {
                score.misfits.push(row.clone());
            }
        }
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
