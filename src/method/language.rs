//! The language guard: counterfactual and blaming wording in what the facilitator types, each
//! with a reframe that brings the review back inside the tunnel. It never blocks or changes the
//! text; the facilitator can dismiss any single occurrence.

use crate::model::{AccountField, Dismissal, Id, Review};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// A path not taken, seen from hindsight: "should have", "failed to".
    Counterfactual,
    /// A verdict: "careless", "human error", "obviously".
    Judgement,
    /// A question that puts a person on trial: "why did you".
    WhyYou,
}

/// One flagged phrase in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule that matched, lowercase ("should have").
    pub rule: &'static str,
    /// The words as written.
    pub phrase: String,
    /// Byte range in the checked text.
    pub start: usize,
    pub end: usize,
    /// Which occurrence of this rule in the text it is, from 0 (for dismissing just this one).
    pub occurrence: u32,
    pub category: Category,
    pub reframe: &'static str,
}

const HINDSIGHT: &str = "This looks at a path that was not taken, from after the outcome. Ask \
    instead: what did they know then, and what made the path they took the sensible one at the time?";
const UNSEEN: &str = "This describes what did not happen, seen from hindsight. Ask: where was \
    their attention, and what made this cue hard to see at the time?";
const VERDICT: &str = "A verdict ends the inquiry. Ask: what might lead any responder in that \
    position to do the same?";
const EASY: &str = "It is easy only in hindsight. Ask the room: is that obvious to everyone \
    here? What made it hard at the time?";
const ONE_CAUSE: &str = "Incidents rarely have one cause. Ask: which conditions had to line up, \
    and which pressures and trade-offs existed before?";
const WHY_YOU: &str = "A why-you question puts a person on trial. Ask: what made that the \
    sensible move at the time?";

/// A phrase to flag: lowercase words separated by single spaces.
struct Rule {
    phrase: &'static str,
    category: Category,
    reframe: &'static str,
}

const fn rule(phrase: &'static str, category: Category, reframe: &'static str) -> Rule {
    Rule {
        phrase,
        category,
        reframe,
    }
}

use Category::*;

/// Longer rules first, so that "should not have" is one finding, not two.
const RULES: &[Rule] = &[
    rule("should not have", Counterfactual, HINDSIGHT),
    rule("ought to have", Counterfactual, HINDSIGHT),
    rule("did not notice", Counterfactual, UNSEEN),
    rule("should have", Counterfactual, HINDSIGHT),
    rule("shouldn't have", Counterfactual, HINDSIGHT),
    rule("could have", Counterfactual, HINDSIGHT),
    rule("would have", Counterfactual, HINDSIGHT),
    rule("should've", Counterfactual, HINDSIGHT),
    rule("could've", Counterfactual, HINDSIGHT),
    rule("would've", Counterfactual, HINDSIGHT),
    rule("if only", Counterfactual, HINDSIGHT),
    rule("failed to", Counterfactual, UNSEEN),
    rule("didn't notice", Counterfactual, UNSEEN),
    rule("forgot to", Counterfactual, UNSEEN),
    rule("neglected", Counterfactual, UNSEEN),
    rule("missed", Counterfactual, UNSEEN),
    rule("human error", Judgement, VERDICT),
    rule("root cause", Judgement, ONE_CAUSE),
    rule("careless", Judgement, VERDICT),
    rule("carelessly", Judgement, VERDICT),
    rule("sloppy", Judgement, VERDICT),
    rule("negligent", Judgement, VERDICT),
    rule("negligence", Judgement, VERDICT),
    rule("mistake", Judgement, VERDICT),
    rule("mistakes", Judgement, VERDICT),
    rule("fault", Judgement, VERDICT),
    rule("blame", Judgement, VERDICT),
    rule("blamed", Judgement, VERDICT),
    rule("obviously", Judgement, EASY),
    rule("clearly", Judgement, EASY),
    rule("simply", Judgement, EASY),
    rule("just", Judgement, EASY),
    rule("why did you", WhyYou, WHY_YOU),
    rule("why didn't you", WhyYou, WHY_YOU),
    rule("why would you", WhyYou, WHY_YOU),
    rule("why did he", WhyYou, WHY_YOU),
    rule("why did she", WhyYou, WHY_YOU),
    rule("why did they", WhyYou, WHY_YOU),
    rule("why didn't he", WhyYou, WHY_YOU),
    rule("why didn't she", WhyYou, WHY_YOU),
    rule("why didn't they", WhyYou, WHY_YOU),
];

/// Verbs after which "just" minimises an action ("just restart it"); "just" before anything
/// else ("just after 10:00", "just a blip") is not a judgement.
const ACTIONS: &[&str] = &[
    "restart",
    "restarted",
    "reboot",
    "rebooted",
    "roll",
    "rolled",
    "revert",
    "reverted",
    "run",
    "ran",
    "rerun",
    "check",
    "checked",
    "look",
    "looked",
    "read",
    "do",
    "did",
    "use",
    "used",
    "ask",
    "asked",
    "add",
    "added",
    "fix",
    "fixed",
    "turn",
    "turned",
    "switch",
    "switched",
    "redeploy",
    "redeployed",
    "deploy",
    "deployed",
    "scale",
    "scaled",
    "kill",
    "killed",
    "delete",
    "deleted",
    "remove",
    "removed",
    "apply",
    "applied",
    "update",
    "updated",
    "upgrade",
    "click",
    "clicked",
    "follow",
    "followed",
    "wait",
    "waited",
    "page",
    "paged",
    "call",
    "called",
    "tell",
    "told",
    "ignore",
    "ignored",
    "skip",
    "skipped",
    "copy",
    "paste",
    "type",
    "open",
    "opened",
    "close",
    "closed",
    "stop",
    "stopped",
    "start",
    "started",
    "flip",
    "flipped",
    "push",
    "pushed",
    "merge",
    "merged",
    "retry",
    "retried",
    "refresh",
    "reload",
    "increase",
    "bump",
    "drop",
    "dropped",
    "clear",
    "cleared",
    "flush",
    "purge",
    "failover",
    "move",
    "moved",
    "have",
    "had",
    "say",
    "said",
    "ping",
    "pinged",
    "escalate",
    "escalated",
];

/// Words after "fault" that make it technical ("fault tolerance"), not a verdict.
const TECHNICAL_FAULT: &[&str] = &[
    "tolerance",
    "tolerant",
    "injection",
    "domain",
    "domains",
    "line",
    "isolation",
    "detection",
    "code",
    "codes",
    "handler",
    "handling",
];

/// A word with its byte range, lowercased for matching.
struct Word {
    start: usize,
    end: usize,
    lower: String,
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let in_word = c.is_ascii_alphanumeric() || c == '\'' || c == '\u{2019}';
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let raw = &text[s..i];
                let lower = raw
                    .replace('\u{2019}', "'")
                    .trim_matches('\'')
                    .to_ascii_lowercase();
                if !lower.is_empty() {
                    out.push(Word {
                        start: s,
                        end: i,
                        lower,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Every flagged phrase in `text`, in order.
pub fn check(text: &str) -> Vec<Finding> {
    let words = words(text);
    let mut findings: Vec<Finding> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let matched = RULES.iter().find_map(|r| {
            let length = r.phrase.split(' ').count();
            let fits = length <= words.len() - i
                && r.phrase
                    .split(' ')
                    .zip(&words[i..])
                    .all(|(w, word)| w == word.lower)
                && applies(r, &words, i, length);
            fits.then_some((r, length))
        });
        match matched {
            Some((r, length)) => {
                let last = &words[i + length - 1];
                let occurrence = findings.iter().filter(|f| f.rule == r.phrase).count() as u32;
                findings.push(Finding {
                    rule: r.phrase,
                    phrase: text[words[i].start..last.end].to_string(),
                    start: words[i].start,
                    end: last.end,
                    occurrence,
                    category: r.category,
                    reframe: r.reframe,
                });
                i += length;
            }
            None => i += 1,
        }
    }
    findings
}

/// Words after "should have" that make it a plan ("we should have a runbook"), not a look back
/// at what someone did.
const POSSESSION: &[&str] = &[
    "a", "an", "the", "some", "any", "more", "less", "fewer", "no", "our", "their", "your", "my",
    "his", "her", "its", "this", "that", "these", "those", "enough", "better", "one", "two",
];

/// Context rules: "just" only before an action, "fault" not in technical phrases, "should
/// have" not when it means to own something.
fn applies(rule: &Rule, words: &[Word], at: usize, length: usize) -> bool {
    let next = words.get(at + length).map(|w| w.lower.as_str());
    match rule.phrase {
        "just" => next.is_some_and(|n| ACTIONS.contains(&n)),
        "fault" => !next.is_some_and(|n| TECHNICAL_FAULT.contains(&n)),
        "should have" | "could have" | "would have" | "shouldn't have" | "should not have" => {
            !next.is_some_and(|n| POSSESSION.contains(&n))
        }
        _ => true,
    }
}

/// The findings of `text` that were not dismissed in the field named `field`.
pub fn open_findings(text: &str, field: &str, dismissed: &[Dismissal]) -> Vec<Finding> {
    check(text)
        .into_iter()
        .filter(|f| !is_dismissed(f, field, dismissed))
        .collect()
}

pub fn is_dismissed(finding: &Finding, field: &str, dismissed: &[Dismissal]) -> bool {
    dismissed
        .iter()
        .any(|d| d.field == field && d.phrase == finding.rule && d.occurrence == finding.occurrence)
}

/// The dismissal that hides `finding` in `field`.
pub fn dismissal(finding: &Finding, field: &str) -> Dismissal {
    Dismissal {
        field: field.to_string(),
        phrase: finding.rule.to_string(),
        occurrence: finding.occurrence,
    }
}

/// A text of the review the guard reads, by where it lives. Its `name` is the key its
/// dismissals are kept under (in files too, so the names never change).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TextRef {
    Summary,
    Impact,
    Account(Id, AccountField),
    /// A facilitator's note.
    Note(Id),
    /// A question queued for a person.
    Question(Id),
    /// A synthesis finding.
    Finding(Id),
    /// An opportunity's reason for being declined.
    Opportunity(Id),
}

impl TextRef {
    pub fn name(&self) -> String {
        match self {
            TextRef::Summary => "summary".to_string(),
            TextRef::Impact => "impact".to_string(),
            TextRef::Account(id, field) => account_field_name(id, *field),
            TextRef::Note(id) => format!("note:{id}"),
            TextRef::Question(id) => format!("question:{id}"),
            TextRef::Finding(id) => format!("finding:{id}"),
            TextRef::Opportunity(id) => format!("opportunity:{id}"),
        }
    }

    /// The text as it is now, or `None` when it no longer exists.
    pub fn text<'a>(&self, review: &'a Review) -> Option<&'a str> {
        let text = match self {
            TextRef::Summary => &review.summary,
            TextRef::Impact => &review.impact,
            TextRef::Account(id, field) => {
                review.accounts.iter().find(|a| &a.id == id)?.field(*field)
            }
            TextRef::Note(id) => &review.notes.iter().find(|n| &n.id == id)?.text,
            TextRef::Question(id) => &review.questions.iter().find(|q| &q.id == id)?.text,
            TextRef::Finding(id) => &review.synthesis.all().find(|f| &f.id == id)?.text,
            TextRef::Opportunity(id) => {
                &review
                    .opportunities
                    .iter()
                    .find(|o| &o.id == id)?
                    .decline_reason
            }
        };
        Some(text)
    }

    /// The text to change it, or `None` when it no longer exists.
    pub fn text_mut<'a>(&self, review: &'a mut Review) -> Option<&'a mut String> {
        let text = match self {
            TextRef::Summary => &mut review.summary,
            TextRef::Impact => &mut review.impact,
            TextRef::Account(id, field) => review
                .accounts
                .iter_mut()
                .find(|a| &a.id == id)?
                .field_mut(*field),
            TextRef::Note(id) => &mut review.notes.iter_mut().find(|n| &n.id == id)?.text,
            TextRef::Question(id) => &mut review.questions.iter_mut().find(|q| &q.id == id)?.text,
            TextRef::Finding(id) => &mut review.synthesis.all_mut().find(|f| &f.id == id)?.text,
            TextRef::Opportunity(id) => {
                &mut review
                    .opportunities
                    .iter_mut()
                    .find(|o| &o.id == id)?
                    .decline_reason
            }
        };
        Some(text)
    }

    /// Where the text is, said for a person: "Moment 12, Priya Raman: What did you believe was
    /// happening?". `moments` numbers the moments in timeline order (`moment_numbers`).
    pub fn place(&self, review: &Review, moments: &HashMap<Id, usize>) -> String {
        let who = |person: &Id| {
            review
                .person(person)
                .map(|p| p.display_name())
                .unwrap_or_else(|| "someone no longer in the review".to_string())
        };
        match self {
            TextRef::Summary => "Summary".to_string(),
            TextRef::Impact => "Impact".to_string(),
            TextRef::Account(id, field) => {
                let question = crate::method::questions::family_of(*field).name;
                match review.accounts.iter().find(|a| &a.id == id) {
                    Some(account) => {
                        let number = moments.get(&account.moment).map_or(0, |n| n + 1);
                        format!("Moment {number}, {}: {question}", who(&account.person))
                    }
                    None => format!("An account: {question}"),
                }
            }
            TextRef::Note(id) => match review.notes.iter().find(|n| &n.id == id) {
                Some(note) => match note.moment.as_ref().and_then(|m| moments.get(m)) {
                    Some(n) => format!("Facilitator note at moment {}", n + 1),
                    None => "Facilitator note".to_string(),
                },
                None => "Facilitator note".to_string(),
            },
            TextRef::Question(id) => match review.questions.iter().find(|q| &q.id == id) {
                Some(question) => format!("Question for {}", who(&question.person)),
                None => "Queued question".to_string(),
            },
            TextRef::Finding(_) => "Synthesis finding".to_string(),
            TextRef::Opportunity(id) => match review.opportunities.iter().find(|o| &o.id == id) {
                Some(o) => format!("Why \u{201c}{}\u{201d} was declined", o.title),
                None => "Why an opportunity was declined".to_string(),
            },
        }
    }
}

/// Each moment's place in timeline order, from 0.
pub fn moment_numbers(review: &Review) -> HashMap<Id, usize> {
    review
        .timeline_order()
        .into_iter()
        .enumerate()
        .map(|(n, i)| (review.moments[i].id.clone(), n))
        .collect()
}

/// Every non-empty text of a review the guard reads. Empty ones are skipped before anything is
/// made for them: a review of 10,000 accounts has 140,000 answer fields, most of them empty.
pub fn text_fields(review: &Review) -> Vec<(TextRef, &str)> {
    let mut fields = vec![
        (TextRef::Summary, review.summary.as_str()),
        (TextRef::Impact, review.impact.as_str()),
    ];
    for account in &review.accounts {
        for field in AccountField::ALL {
            let text = account.field(field);
            if !text.is_empty() {
                fields.push((TextRef::Account(account.id.clone(), field), text.as_str()));
            }
        }
    }
    for note in &review.notes {
        fields.push((TextRef::Note(note.id.clone()), note.text.as_str()));
    }
    for question in &review.questions {
        fields.push((
            TextRef::Question(question.id.clone()),
            question.text.as_str(),
        ));
    }
    for finding in review.synthesis.all() {
        fields.push((TextRef::Finding(finding.id.clone()), finding.text.as_str()));
    }
    for opportunity in &review.opportunities {
        fields.push((
            TextRef::Opportunity(opportunity.id.clone()),
            opportunity.decline_reason.as_str(),
        ));
    }
    fields.retain(|(_, text)| !text.is_empty());
    fields
}

/// The name under which an account field's dismissals are kept.
pub fn account_field_name(account: &crate::model::Id, field: AccountField) -> String {
    format!("account:{account}:{}", field.key())
}

/// An open language note in one of a moment's accounts: whose account, which question, and
/// what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenNote {
    pub person: Id,
    pub field: AccountField,
    pub finding: Finding,
}

/// The open (not dismissed) notes in the accounts of `moment`, account by account and question
/// by question: what the console lists, and asks about before the room sees the accounts.
pub fn open_at_moment(review: &Review, moment: &Id) -> Vec<OpenNote> {
    let dismissed = &review.language.dismissed;
    review
        .accounts
        .iter()
        .filter(|a| &a.moment == moment)
        .flat_map(|account| {
            AccountField::ALL.into_iter().flat_map(move |field| {
                let name = account_field_name(&account.id, field);
                open_findings(account.field(field), &name, dismissed)
                    .into_iter()
                    .map(move |finding| OpenNote {
                        person: account.person.clone(),
                        field,
                        finding,
                    })
            })
        })
        .collect()
}

/// How many flagged phrases the review holds, and how many of them were dismissed.
pub fn count(review: &Review) -> (usize, usize) {
    Counter::default()
        .count(review, usize::MAX)
        .unwrap_or_default()
}

/// The review's language notes counted again and again (as people type) without checking every
/// text each time: it remembers each field's findings and re-checks only texts that changed, at
/// most `budget` of them per call, so a large first count can be spread over several tasks.
/// Checking all 30,000 texts of a 10,000-account review took 164 ms natively.
#[derive(Debug, Default)]
pub struct Counter {
    /// Per field name: a hash of the text last checked, and its findings.
    checked: HashMap<String, (u64, Vec<Finding>)>,
    /// The open notes as of the last complete count, in the review's order.
    open: Vec<ReviewNote>,
}

/// An open language note anywhere in the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewNote {
    pub text: TextRef,
    pub finding: Finding,
}

impl Counter {
    /// (open, dismissed) notes, or `None` when texts were left to check: call again.
    pub fn count(&mut self, review: &Review, budget: usize) -> Option<(usize, usize)> {
        let dismissed = &review.language.dismissed;
        let mut left = budget;
        let mut complete = true;
        let mut open = Vec::new();
        let mut closed = 0;
        for (text_ref, text) in text_fields(review) {
            let name = text_ref.name();
            let digest = digest(text);
            let known = self.checked.get(&name).is_some_and(|(d, _)| *d == digest);
            if !known {
                if left == 0 {
                    complete = false;
                    continue;
                }
                left -= 1;
                self.checked.insert(name.clone(), (digest, check(text)));
            }
            for finding in self.checked.get(&name).map_or(&[][..], |(_, f)| f) {
                if is_dismissed(finding, &name, dismissed) {
                    closed += 1;
                } else if complete {
                    open.push(ReviewNote {
                        text: text_ref.clone(),
                        finding: finding.clone(),
                    });
                }
            }
        }
        if !complete {
            return None;
        }
        let counts = (open.len(), closed);
        self.open = open;
        Some(counts)
    }

    /// The open notes found by the last complete count, text by text in the review's order.
    pub fn open(&self) -> &[ReviewNote] {
        &self.open
    }
}

/// The sentence around a finding, for reading it out of its field: at most about `room` bytes,
/// cut at word boundaries with an ellipsis where it was cut.
pub fn sentence_around(text: &str, finding: &Finding, room: usize) -> String {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text[..finding.start].rfind(ends).map_or(0, |i| i + 1);
    let end = text[finding.end..]
        .find(ends)
        .map_or(text.len(), |i| finding.end + i + 1);
    let mut from = start;
    let mut to = end;
    // Too long: keep the words nearest the finding.
    if to - from > room {
        let half = room.saturating_sub(finding.end - finding.start) / 2;
        from = from.max(finding.start.saturating_sub(half));
        to = to.min(finding.end + half);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        while !text.is_char_boundary(to) {
            to += 1;
        }
    }
    let mut out = String::new();
    if from > start {
        out.push('\u{2026}');
    }
    out.push_str(text[from..to].trim());
    if to < end {
        out.push('\u{2026}');
    }
    out
}

fn digest(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<&'static str> {
        check(text).into_iter().map(|f| f.rule).collect()
    }

    #[test]
    fn flags_counterfactuals_judgements_and_why_you() {
        let cases: &[(&str, &[&str])] = &[
            ("She should have restarted the service.", &["should have"]),
            (
                "I really feel like I should have done that evac sooner",
                &["should have"],
            ),
            (
                "We could've paged earlier; it would have helped",
                &["could've", "would have"],
            ),
            ("He failed to notice the alert", &["failed to"]),
            (
                "They didn\u{2019}t notice the second graph",
                &["didn't notice"],
            ),
            ("If only we had looked at the disk", &["if only"]),
            ("A careless, sloppy change", &["careless", "sloppy"]),
            (
                "The root cause was human error",
                &["root cause", "human error"],
            ),
            ("Obviously the DNS was wrong", &["obviously"]),
            ("Why did you roll back?", &["why did you"]),
            ("Why didn't they page Ben?", &["why didn't they"]),
            ("you could just restart it", &["just"]),
            ("It was his mistake and his fault", &["mistake", "fault"]),
            ("SHOULD HAVE known", &["should have"]),
            ("she should not have waited", &["should not have"]),
            ("it would have been caught", &["would have"]),
        ];
        for (text, expected) in cases {
            assert_eq!(rules(text), *expected, "{text}");
        }
    }

    #[test]
    fn leaves_ordinary_sentences_alone() {
        for text in [
            "Restarted the service at 10:02.",
            "Just after 10:00 the alert fired.",
            "It was just a blip on the graph.",
            "The shoulder of the graph flattened",
            "fault tolerance kicked in",
            "We looked at justified log lines",
            "Why the graph looked flat is unclear",
            "We should have a runbook for this",
            "Checkout could have more than one region",
            "",
        ] {
            assert!(check(text).is_empty(), "{text}: {:?}", rules(text));
        }
    }

    #[test]
    fn findings_point_at_the_words_and_count_occurrences() {
        let text = "Should have, should have, SHOULD HAVE";
        let found = check(text);
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[2].start..found[2].end], "SHOULD HAVE");
        assert_eq!(found[2].phrase, "SHOULD HAVE");
        assert_eq!(
            found.iter().map(|f| f.occurrence).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        assert!(found[0].reframe.contains("sensible"));
    }

    #[test]
    fn a_dismissed_occurrence_stays_dismissed_and_only_that_one() {
        let text = "should have, should have";
        let found = check(text);
        let dismissed = vec![dismissal(&found[1], "summary")];
        let open = open_findings(text, "summary", &dismissed);
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].occurrence, 0);
        assert_eq!(open_findings(text, "impact", &dismissed).len(), 2);
    }

    #[test]
    fn counts_across_the_review() {
        let mut review = Review {
            summary: "The root cause was obvious.".into(),
            impact: "Obviously bad".into(),
            ..Review::default()
        };
        assert_eq!(count(&review), (2, 0));
        let found = check(&review.impact);
        review
            .language
            .dismissed
            .push(dismissal(&found[0], "impact"));
        assert_eq!(count(&review), (1, 1));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "\u{2019}\u{2019}",
            "'",
            "why",
            "just",
            "ü should have ü",
            "\u{0}should\u{0}have",
        ] {
            let _ = check(text);
        }
        assert_eq!(rules("ü should have ü"), ["should have"]);
    }

    #[test]
    fn the_counter_rechecks_only_changed_texts_and_agrees_with_a_full_count() {
        use crate::model::{Account, Id};
        let mut review = Review {
            summary: "Someone should have checked. It was careless.".into(),
            ..Review::default()
        };
        for i in 0..5 {
            review.accounts.push(Account {
                id: Id(format!("a{i}")),
                saw: format!("the graph {i}; obviously wrong"),
                ..Account::default()
            });
        }
        let mut counter = Counter::default();
        // Six texts: two calls of budget 4 finish it, the first does not.
        assert_eq!(counter.count(&review, 4), None);
        let full = counter.count(&review, 4).expect("finished");
        assert_eq!(full, count(&review));
        assert!(full.0 >= 7, "{full:?}");
        // Nothing changed: nothing to check.
        assert_eq!(counter.count(&review, 0), Some(full));
        // One text changed: it alone is checked again.
        review.accounts[2].saw = "the graph".into();
        assert_eq!(counter.count(&review, 0), None);
        let after = counter.count(&review, 1).expect("one text to check");
        assert_eq!(after, count(&review));
        assert_eq!(after.0, full.0 - 1);
    }

    #[test]
    fn open_notes_of_a_moment_leave_out_dismissed_ones_and_other_moments() {
        use crate::model::Account;
        let account = |id: &str, moment: &str, person: &str, sensible: &str| Account {
            id: Id::from(id),
            moment: Id::from(moment),
            person: Id::from(person),
            sensible: sensible.into(),
            ..Account::default()
        };
        let mut review = Review {
            accounts: vec![
                account(
                    "a1",
                    "m1",
                    "ana",
                    "I should have paged sooner; obviously a deploy",
                ),
                account("a2", "m2", "ben", "We should have known"),
                account("a3", "m1", "ben", "Plain words"),
            ],
            ..Review::default()
        };
        let notes = open_at_moment(&review, &Id::from("m1"));
        assert_eq!(notes.len(), 2);
        assert!(notes
            .iter()
            .all(|n| n.person == Id::from("ana") && n.field == AccountField::Sensible));
        let first = notes[0].finding.clone();
        review.language.dismissed.push(dismissal(
            &first,
            &account_field_name(&Id::from("a1"), AccountField::Sensible),
        ));
        assert_eq!(open_at_moment(&review, &Id::from("m1")).len(), 1);
    }
}
