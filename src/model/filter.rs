//! Narrowing the timeline to some kinds, one person, or a search.

use super::{Id, Moment, MomentKind, Review};

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
        if !self.kinds.is_empty() && !self.kinds.contains(&moment.kind) {
            return false;
        }
        if let Some(person) = &self.person {
            if !moment.people.contains(person) {
                return false;
            }
        }
        let words: Vec<String> = self.search.split_whitespace().map(fold).collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Person};

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
}
