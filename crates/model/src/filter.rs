//! Narrowing the timeline to some kinds, one person, or a search.

use super::{Id, Moment, MomentKind, Review};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineFilter {
    /// Kinds to show; empty means every kind.
    pub kinds: Vec<MomentKind>,
    pub person: Option<Id>,
    /// Words that must all appear (in the description, evidence, or people's names).
    pub search: String,
}

impl TimelineFilter {
    pub fn is_active(&self) -> bool {
        !self.kinds.is_empty() || self.person.is_some() || !self.search.trim().is_empty()
    }

    /// `fold` lowercases text: the browser passes its own (Unicode-aware) lowercasing, so that
    /// the wasm carries no case tables; native code passes `str::to_lowercase`.
    pub fn matches(&self, moment: &Moment, review: &Review, fold: &dyn Fn(&str) -> String) -> bool {
        self.matcher(fold)(moment, review)
    }

    /// [`TimelineFilter::matches`] for many moments: the search's words folded once, not once
    /// a moment (at 5,000 moments, a trip to the page's lowercasing each).
    pub fn matcher<'a>(
        &'a self,
        fold: &'a dyn Fn(&str) -> String,
    ) -> impl Fn(&Moment, &Review) -> bool + 'a {
        let words = self.words(fold);
        move |moment, review| {
            if !self.kinds.is_empty() && !self.kinds.contains(&moment.kind) {
                return false;
            }
            if let Some(person) = &self.person {
                if !moment.people.contains(person) {
                    return false;
                }
            }
            if words.is_empty() {
                return true;
            }
            let mut haystack = fold(&moment.description);
            for evidence in &moment.evidence {
                haystack.push(' ');
                haystack.push_str(&fold(&evidence.text));
            }
            for person in moment.people.iter().filter_map(|p| review.person(p)) {
                haystack.push(' ');
                haystack.push_str(&fold(&person.name));
            }
            words.iter().all(|w| haystack.contains(w.as_str()))
        }
    }

    /// The search's words, folded as `matches` folds them.
    pub fn words(&self, fold: &dyn Fn(&str) -> String) -> Vec<String> {
        self.search.split_whitespace().map(fold).collect()
    }
}

/// Where the folded `words` occur in `text`: merged byte ranges of `text`, in order, for
/// highlighting. Nothing when folding changed the number of characters (a few letters lowercase
/// to two), where a place in the folded text says nothing certain about the original.
pub fn found_in(text: &str, words: &[String], fold: &dyn Fn(&str) -> String) -> Vec<Range<usize>> {
    if words.iter().all(String::is_empty) {
        return Vec::new();
    }
    let folded = fold(text);
    let starts =
        |s: &str| -> Vec<usize> { s.char_indices().map(|(i, _)| i).chain([s.len()]).collect() };
    let (original, in_folded) = (starts(text), starts(&folded));
    if original.len() != in_folded.len() {
        return Vec::new();
    }
    // Marks characters found, then reads off the runs: no sorting and merging of ranges.
    let mut found = vec![false; original.len() - 1];
    for word in words.iter().filter(|w| !w.is_empty()) {
        for (at, _) in folded.match_indices(word.as_str()) {
            let from = in_folded.partition_point(|&i| i < at);
            let to = in_folded.partition_point(|&i| i < at + word.len());
            found[from..to].iter_mut().for_each(|f| *f = true);
        }
    }
    let mut runs = Vec::new();
    let mut start = None;
    for (i, &on) in found.iter().chain([&false]).enumerate() {
        match (on, start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                runs.push(original[from]..original[i]);
                start = None;
            }
            _ => {}
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Evidence, Person};

    fn review() -> Review {
        Review {
            people: vec![Person {
                id: Id::from("p"),
                name: "Ana Souza".into(),
                ..Person::default()
            }],
            moments: vec![
                Moment {
                    id: Id::from("a"),
                    kind: MomentKind::Signal,
                    description: "Checkout alert fires".into(),
                    people: vec![Id::from("p")],
                    ..Moment::default()
                },
                Moment {
                    id: Id::from("b"),
                    kind: MomentKind::Decision,
                    description: "Roll back".into(),
                    evidence: vec![Evidence {
                        text: "Deploy log".into(),
                        ..Evidence::default()
                    }],
                    ..Moment::default()
                },
            ],
            ..Review::default()
        }
    }

    fn shown(filter: &TimelineFilter) -> Vec<&'static str> {
        let review = review();
        review
            .moments
            .iter()
            .filter(|m| filter.matches(m, &review, &str::to_lowercase))
            .map(|m| if m.id.as_str() == "a" { "a" } else { "b" })
            .collect()
    }

    #[test]
    fn filters_by_kind_person_and_words() {
        assert_eq!(shown(&TimelineFilter::default()), ["a", "b"]);
        let by_kind = TimelineFilter {
            kinds: vec![MomentKind::Decision],
            ..TimelineFilter::default()
        };
        assert_eq!(shown(&by_kind), ["b"]);
        let by_person = TimelineFilter {
            person: Some(Id::from("p")),
            ..TimelineFilter::default()
        };
        assert_eq!(shown(&by_person), ["a"]);
        let by_words = TimelineFilter {
            search: "  DEPLOY  log ".into(),
            ..TimelineFilter::default()
        };
        assert_eq!(shown(&by_words), ["b"]);
        let by_name = TimelineFilter {
            search: "souza alert".into(),
            ..TimelineFilter::default()
        };
        assert_eq!(shown(&by_name), ["a"]);
        assert!(by_name.is_active());
        assert!(!TimelineFilter::default().is_active());
    }

    #[test]
    fn what_was_found_is_placed_in_the_original_text() {
        let fold = |s: &str| s.to_lowercase();
        let words = TimelineFilter {
            search: "LATENCY  ana".into(),
            ..TimelineFilter::default()
        }
        .words(&fold);
        let text = "Ana sees latency; Banana latency";
        let found: Vec<&str> = found_in(text, &words, &fold)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["Ana", "latency", "ana", "latency"]);
        // Accented letters keep their places; overlapping words merge.
        let text = "Émile rolled back";
        let words = vec!["émile".to_string(), "mile r".to_string()];
        let found: Vec<&str> = found_in(text, &words, &fold)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["Émile r"]);
        // A fold that changes the length gives no places rather than wrong ones.
        assert!(found_in("İstanbul", &["stan".into()], &fold).is_empty());
        assert!(found_in("anything", &[], &fold).is_empty());
    }
}
