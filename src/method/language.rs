//! The language guard: counterfactual and blaming wording in what the facilitator types, each
//! with a reframe that brings the review back inside the tunnel. It never blocks or changes the
//! text; the facilitator can dismiss any single occurrence.

use crate::model::{Account, AccountField, Dismissal, Id, IdMap, LanguageLog, Review};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};

pub mod corpus;
mod lexicon;
mod rules;
mod sentences;

/// What kind of blame or hindsight a finding is. Each gets its own reframe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// A path not taken, seen from hindsight: "should have", "if only".
    Counterfactual,
    /// What a person did not do: "never opened the runbook", "failed to", "forgot".
    Omission,
    /// A question that puts a person on trial: "why did you", "who was responsible".
    WhyQuestion,
    /// A judgement of a person or their work: "careless", "human error", "Sergei broke it".
    Verdict,
    /// Hindsight making it look easy: "just restart it", "obviously", "a simple fix".
    Minimiser,
    /// Comparison with how others would have done: "a competent engineer would have".
    Distancing,
    /// The writer blaming themselves: "my fault", "I should have".
    SelfBlame,
    /// A phrase the facilitator asked to watch for in this review.
    Watched,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Counterfactual,
        Category::Omission,
        Category::WhyQuestion,
        Category::Verdict,
        Category::Minimiser,
        Category::Distancing,
        Category::SelfBlame,
        Category::Watched,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Counterfactual => "counterfactual",
            Category::Omission => "omission by a person",
            Category::WhyQuestion => "why-you question",
            Category::Verdict => "verdict",
            Category::Minimiser => "minimiser",
            Category::Distancing => "distancing",
            Category::SelfBlame => "self-blame",
            Category::Watched => "a phrase to watch",
        }
    }
}

/// One flagged phrase in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The words as matched, lowercase with plain apostrophes: what dismissals name.
    pub rule: String,
    /// The words as written.
    pub phrase: String,
    /// Byte range in the checked text.
    pub start: usize,
    pub end: usize,
    /// Which occurrence of this rule in the text it is, from 0.
    pub occurrence: u32,
    /// The sentence it is in, as a dismissal keeps it (`sentence_key`).
    pub sentence: String,
    pub category: Category,
    pub reframe: &'static str,
}

const WATCHED: &str = "Your team asked to watch for this phrase in this review. Ask: what did \
    they know then, and what made their path the sensible one at the time?";

/// Every flagged phrase in `text`, in order.
pub fn check(text: &str) -> Vec<Finding> {
    check_taught(text, &LanguageLog::default())
}

/// Every flagged phrase in `text`, with what the facilitator taught the guard for this review:
/// phrases that are not blame here, and phrases of the team's own to watch for.
pub fn check_taught(text: &str, taught: &LanguageLog) -> Vec<Finding> {
    check_knowing(text, taught, &People::default())
}

/// The names a review's people go by, one word each ("Ana Souza" is "ana" and "souza"). A
/// capital is the only sign of a name the guard has in a text alone, and chat drops it: "lena
/// never opened the runbook" and "why didn't sam page anyone?" blame a person only the review
/// knows is one. Such a word is read as a person wherever it stands, in any case.
///
/// A name that is also an everyday word ("Will", "May", "Bill", "Dev") is left out: in lower
/// case it stays the word ("the retry will never succeed"), and written with a capital it is a
/// name as any capitalised word is, as without a review.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct People {
    /// Lowercase (ASCII, as the guard folds case), sorted, without repeats.
    words: Vec<String>,
}

impl People {
    /// From names and handles as people write them: "Ana Souza", "pri", "@rphlo", "Priya
    /// (SRE)", "praman@example.com" (the part before the "@").
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> People {
        let mut words: Vec<String> = Vec::new();
        for name in names {
            // Made plain as sentences' words are: "O’Neill" is found in "o'neill".
            let name: String = name.as_ref().chars().map(sentences::plain_lower).collect();
            let name = name.trim().trim_start_matches('@');
            let name = name.split('@').next().unwrap_or_default();
            let parts = name.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '-')));
            for part in parts {
                let word = part.trim_matches(|c| matches!(c, '\'' | '-')).to_string();
                // A letter alone ("J. Doe") or a number is no name to find in a sentence.
                if word.chars().filter(|c| c.is_alphabetic()).count() < 2
                    || word.chars().any(|c| c.is_ascii_digit())
                    || lexicon::is_everyday_word(&word)
                {
                    continue;
                }
                words.push(word);
            }
        }
        words.sort();
        words.dedup();
        People { words }
    }

    /// The names and handles of the review's people.
    pub fn of(review: &Review) -> People {
        People::new(
            review
                .people
                .iter()
                .flat_map(|p| std::iter::once(&p.name).chain(&p.handles)),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The names one of `self` and `other` has and the other has not.
    fn differing<'a>(&'a self, other: &'a People) -> Vec<&'a str> {
        let missing_from = |from: &'a [String], words: &'a People| {
            from.iter()
                .filter(move |w| words.words.binary_search(w).is_err())
                .map(String::as_str)
        };
        missing_from(&self.words, other)
            .chain(missing_from(&other.words, self))
            .collect()
    }

    /// Whether `text` may hold one of `names` where the guard would find it (`People::knows`):
    /// read as sentences' words are, a name inside a longer word counts too. Never false for a
    /// text whose findings a change of those names could change.
    fn may_be_in(names: &[&str], text: &str) -> bool {
        if names.is_empty() {
            return false;
        }
        let plain: String = text.chars().map(sentences::plain_lower).collect();
        names.iter().any(|name| plain.contains(name))
    }

    /// Whether `lower` (a word as the guard reads it, possessive or not) is one of the names.
    fn knows(&self, lower: &str) -> bool {
        let bare = lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix('\''))
            .unwrap_or(lower);
        self.words
            .binary_search_by(|w| w.as_str().cmp(bare))
            .is_ok()
    }

    /// Marks the names in `sentence` as people, and as a capital would (a speaker's label, a
    /// name before a verb).
    fn mark(&self, sentence: &mut sentences::Sentence) {
        for word in &mut sentence.words {
            if self.knows(&word.lower) {
                word.known = true;
                word.capital = true;
            }
        }
    }
}

/// Every flagged phrase in `text`, knowing the review's people (`People`) besides what the
/// facilitator taught the guard.
pub fn check_knowing(text: &str, taught: &LanguageLog, people: &People) -> Vec<Finding> {
    let mut spans: Vec<(usize, usize, Category, &'static str)> = Vec::new();
    // "Who paged the database team? It was Ben.": a name that answers a plain question.
    let mut answering = false;
    for mut sentence in sentences::sentences(text) {
        if !people.is_empty() {
            people.mark(&mut sentence);
        }
        let hits = rules::read(&sentence);
        let quiet = hits.is_empty();
        for hit in hits {
            if answering && rules::names_the_one_who_did_it(&sentence, &hit) {
                continue;
            }
            let words = &sentence.words;
            spans.push((
                words[hit.from].start, words[hit.to].end, hit.category, hit.reframe,
            ));
        }
        answering = quiet && rules::asks_who_did_plain_work(&sentence);
    }
    // Case is folded for ASCII letters only, here and in every word the guard reads: its word
    // lists are ASCII, byte ranges stay put, and the wasm carries no Unicode case tables.
    let haystack = text.to_ascii_lowercase();
    let taught_spans = |phrase: &str| -> Vec<(usize, usize)> {
        let needle = phrase.trim().to_ascii_lowercase();
        if needle.is_empty() {
            return Vec::new();
        }
        // A finding's rule writes a curly apostrophe straight ("shouldn't"), and so may a
        // person typing a phrase: either form of the text is found.
        let curly = needle.replace('\'', "\u{2019}");
        let straight = needle.replace('\u{2019}', "'");
        let mut forms = vec![straight];
        if curly != forms[0] {
            forms.push(curly);
        }
        forms
            .iter()
            .flat_map(|needle| haystack.match_indices(needle.as_str()))
            .map(|(at, m)| (at, at + m.len()))
            .filter(|&(from, to)| {
                let before = text[..from].chars().next_back();
                let after = text[to..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .collect()
    };
    let not_blame: Vec<(usize, usize)> = taught
        .not_blame
        .iter()
        .flat_map(|p| taught_spans(p))
        .collect();
    spans.retain(|&(from, to, _, _)| !not_blame.iter().any(|&(a, b)| a <= from && to <= b));
    // A phrase the team asked to watch for is named as such, over whatever else it overlaps,
    // unless the guard flagged those words already (alone or within more): its note says more
    // ("should have" is a counterfactual, and keeps its reframe).
    for phrase in &taught.watch {
        for (from, to) in taught_spans(phrase) {
            let said = spans
                .iter()
                .any(|&(a, b, category, _)| category != Category::Watched && a <= from && to <= b);
            if said {
                continue;
            }
            spans.retain(|&(a, b, category, _)| {
                category == Category::Watched || !(a < to && from < b)
            });
            if !spans.iter().any(|&(a, b, _, _)| a < to && from < b) {
                spans.push((from, to, Category::Watched, WATCHED));
            }
        }
    }
    spans.sort_by_key(|&(from, _, _, _)| from);
    let mut findings: Vec<Finding> = Vec::new();
    for (start, end, category, reframe) in spans {
        let phrase = text[start..end].to_string();
        let rule = phrase.replace('\u{2019}', "'").to_ascii_lowercase();
        let occurrence = findings.iter().filter(|f| f.rule == rule).count() as u32;
        findings.push(Finding {
            rule,
            phrase,
            start,
            end,
            occurrence,
            sentence: sentence_key(text, start, end),
            category,
            reframe,
        });
    }
    findings
}

/// The findings of `text` that were not dismissed in the field named `field`.
pub fn open_findings(text: &str, field: &str, log: &LanguageLog) -> Vec<Finding> {
    open_findings_knowing(text, field, log, &People::default())
}

/// The same, knowing the review's people.
pub fn open_findings_knowing(
    text: &str,
    field: &str,
    log: &LanguageLog,
    people: &People,
) -> Vec<Finding> {
    check_knowing(text, log, people)
        .into_iter()
        .filter(|f| !is_dismissed(f, field, &log.dismissed))
        .collect()
}

/// The open findings of `text`, a field of `review` named `field`, read with all the review
/// knows: what the facilitator taught, its dismissals, and its people's names.
pub fn open_in_field(review: &Review, text: &str, field: &str) -> Vec<Finding> {
    open_findings_knowing(text, field, &review.language, &People::of(review))
}

/// Whether `finding` was dismissed in `field`: in its sentence, wherever that sentence now is
/// in the field (counting occurrences let a dismissal move to another, never reviewed, when
/// text before it was deleted), or by its occurrence in a dismissal older than sentences.
pub fn is_dismissed(finding: &Finding, field: &str, dismissed: &[Dismissal]) -> bool {
    dismissed.iter().any(|d| {
        d.field == field
            && d.phrase == finding.rule
            && if d.sentence.is_empty() {
                d.occurrence == finding.occurrence
            } else {
                d.sentence == finding.sentence
            }
    })
}

/// The dismissal that hides `finding` in `field`.
pub fn dismissal(finding: &Finding, field: &str) -> Dismissal {
    Dismissal {
        field: field.to_string(),
        phrase: finding.rule.to_string(),
        occurrence: finding.occurrence,
        sentence: finding.sentence.clone(),
    }
}

/// The sentence around bytes `start..end` of `text`, lowercase (ASCII, as the guard folds
/// case) with plain apostrophes and single spaces: a dismissal's sentence, so that spacing or
/// capitals changed elsewhere do not undo it.
pub fn sentence_key(text: &str, start: usize, end: usize) -> String {
    let (from, to) = sentence_bounds(text, start, end);
    let mut key = String::with_capacity(to - from);
    for word in text[from..to].split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().map(|c| {
            if c == '\u{2019}' {
                '\''
            } else {
                c.to_ascii_lowercase()
            }
        }));
    }
    key
}

/// The byte range of the sentence that holds `start..end`: from after the last end of a
/// sentence before it to the next one after it, that end included.
fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = text[..start].rfind(ends).map_or(0, |i| i + 1);
    let to = text[end..].find(ends).map_or(text.len(), |i| end + i + 1);
    (from, to)
}

/// A text of the review the guard reads, by where it lives. Its `name` is the key its
/// dismissals are kept under (in files too, so the names never change).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TextRef {
    Summary,
    Impact,
    /// A moment's description: the shared screen shows it when the walk reaches the moment.
    Moment(Id),
    Account(Id, AccountField),
    /// A facilitator's note.
    Note(Id),
    /// A question queued for a person.
    Question(Id),
    /// A synthesis finding.
    Finding(Id),
    /// An opportunity's reason for being declined.
    Opportunity(Id),
    /// An opportunity's title.
    OpportunityTitle(Id),
    /// An opportunity's details.
    OpportunityDetails(Id),
    /// Why a person is to be interviewed, by the person's id.
    Interview(Id),
}

impl TextRef {
    pub fn name(&self) -> String {
        match self {
            TextRef::Summary => "summary".to_string(),
            TextRef::Impact => "impact".to_string(),
            TextRef::Moment(id) => description_name(id),
            TextRef::Account(id, field) => account_field_name(id, *field),
            TextRef::Note(id) => format!("note:{id}"),
            TextRef::Question(id) => format!("question:{id}"),
            TextRef::Finding(id) => format!("finding:{id}"),
            TextRef::Opportunity(id) => format!("opportunity:{id}"),
            TextRef::OpportunityTitle(id) => format!("opportunity-title:{id}"),
            TextRef::OpportunityDetails(id) => format!("opportunity-details:{id}"),
            TextRef::Interview(id) => format!("interview:{id}"),
        }
    }

    /// The text as it is now, or `None` when it no longer exists.
    pub fn text<'a>(&self, review: &'a Review) -> Option<&'a str> {
        let text = match self {
            TextRef::Summary => &review.summary,
            TextRef::Impact => &review.impact,
            TextRef::Moment(id) => &review.moments.iter().find(|m| &m.id == id)?.description,
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
            TextRef::OpportunityTitle(id) => {
                &review.opportunities.iter().find(|o| &o.id == id)?.title
            }
            TextRef::OpportunityDetails(id) => {
                &review
                    .opportunities
                    .iter()
                    .find(|o| &o.id == id)?
                    .description
            }
            TextRef::Interview(id) => &review.person(id)?.interview.why,
        };
        Some(text)
    }

    /// The text to change it, or `None` when it no longer exists.
    pub fn text_mut<'a>(&self, review: &'a mut Review) -> Option<&'a mut String> {
        let text = match self {
            TextRef::Summary => &mut review.summary,
            TextRef::Impact => &mut review.impact,
            TextRef::Moment(id) => {
                &mut review.moments.iter_mut().find(|m| &m.id == id)?.description
            }
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
            TextRef::OpportunityTitle(id) => {
                &mut review.opportunities.iter_mut().find(|o| &o.id == id)?.title
            }
            TextRef::OpportunityDetails(id) => {
                &mut review
                    .opportunities
                    .iter_mut()
                    .find(|o| &o.id == id)?
                    .description
            }
            TextRef::Interview(id) => {
                &mut review
                    .people
                    .iter_mut()
                    .find(|p| &p.id == id)?
                    .interview
                    .why
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
            TextRef::Moment(id) => match moments.get(id) {
                Some(n) => format!("Moment {}: its description", n + 1),
                None => "A moment's description".to_string(),
            },
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
            TextRef::OpportunityTitle(_) => "An opportunity's title".to_string(),
            TextRef::OpportunityDetails(id) => {
                match review.opportunities.iter().find(|o| &o.id == id) {
                    Some(o) => format!("Details of the opportunity \u{201c}{}\u{201d}", o.title),
                    None => "An opportunity's details".to_string(),
                }
            }
            TextRef::Interview(id) => format!("Why interview {}", who(id)),
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
    texts_from(review, Place::default())
        .map(|(_, text_ref, text)| (text_ref, text))
        .collect()
}

/// Where a text lies in `text_fields` order: its section, the item in it, and an account's
/// field. A count in slices keeps the place it stopped at, so that the next slice starts there
/// and pays for its own texts only: building the whole list for each slice cost 2 ms natively
/// at 10,000 accounts, and 20 to 70 ms per slice in the browser, where slices were to take 10.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Place {
    section: usize,
    item: usize,
    field: usize,
}

/// The review's texts that are not empty, from `from` on, in `text_fields` order.
fn texts_from(review: &Review, from: Place) -> impl Iterator<Item = (Place, TextRef, &str)> {
    // The first item of `section` to read, or none when `from` is past it.
    let first = move |section: usize| match from.section.cmp(&section) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Equal => from.item,
        std::cmp::Ordering::Greater => usize::MAX,
    };
    let place = |section, item| Place {
        section,
        item,
        field: 0,
    };
    let heads = [
        (TextRef::Summary, review.summary.as_str()),
        (TextRef::Impact, review.impact.as_str()),
    ];
    let heads = heads
        .into_iter()
        .enumerate()
        .skip(first(0))
        .map(move |(item, (text_ref, text))| (place(0, item), text_ref, text));
    let start = first(ACCOUNTS).min(review.accounts.len());
    let accounts = review.accounts[start..]
        .iter()
        .enumerate()
        .flat_map(move |(k, account)| {
            let item = start + k;
            let first_field = if from.section == ACCOUNTS && item == from.item {
                from.field
            } else {
                0
            };
            AccountField::ALL
                .into_iter()
                .enumerate()
                .skip(first_field)
                .filter(move |&(_, field)| !account.field(field).is_empty())
                .map(move |(field_at, field)| {
                    (
                        Place {
                            section: ACCOUNTS,
                            item,
                            field: field_at,
                        },
                        TextRef::Account(account.id.clone(), field),
                        account.field(field).as_str(),
                    )
                })
        });
    // The sections of one text per item, each from the item `from` points at.
    fn section<'r, T: 'r>(
        number: usize,
        first: usize,
        items: impl Iterator<Item = &'r T> + 'r,
        text: impl Fn(&'r T) -> (TextRef, &'r str) + 'r,
    ) -> impl Iterator<Item = (Place, TextRef, &'r str)> + 'r {
        items.enumerate().skip(first).map(move |(item, it)| {
            let (text_ref, text) = text(it);
            let place = Place {
                section: number,
                item,
                field: 0,
            };
            (place, text_ref, text)
        })
    }
    let moments = section(1, first(1), review.moments.iter(), |m| {
        (TextRef::Moment(m.id.clone()), m.description.as_str())
    });
    let notes = section(3, first(3), review.notes.iter(), |n| {
        (TextRef::Note(n.id.clone()), n.text.as_str())
    });
    let questions = section(4, first(4), review.questions.iter(), |q| {
        (TextRef::Question(q.id.clone()), q.text.as_str())
    });
    let findings = section(5, first(5), review.synthesis.all(), |f| {
        (TextRef::Finding(f.id.clone()), f.text.as_str())
    });
    let opportunities = section(6, first(6), review.opportunities.iter(), |o| {
        (
            TextRef::Opportunity(o.id.clone()),
            o.decline_reason.as_str(),
        )
    });
    let interviews = section(7, first(7), review.people.iter(), |p| {
        (TextRef::Interview(p.id.clone()), p.interview.why.as_str())
    });
    let titles = section(8, first(8), review.opportunities.iter(), |o| {
        (TextRef::OpportunityTitle(o.id.clone()), o.title.as_str())
    });
    let details = section(9, first(9), review.opportunities.iter(), |o| {
        (
            TextRef::OpportunityDetails(o.id.clone()),
            o.description.as_str(),
        )
    });
    heads
        .chain(moments)
        .chain(accounts)
        .chain(notes)
        .chain(questions)
        .chain(findings)
        .chain(opportunities)
        .chain(interviews)
        .chain(titles)
        .chain(details)
        .filter(|(_, _, text)| !text.is_empty())
}

/// The section of `texts_from` that holds the accounts, field by field.
const ACCOUNTS: usize = 2;

/// The name under which a moment description's dismissals are kept.
pub fn description_name(moment: &Id) -> String {
    format!("moment:{moment}")
}

/// The open (not dismissed) notes in a moment's description, which the shared screen shows as
/// written once the walk reaches the moment.
pub fn open_in_description(review: &Review, moment: &Id) -> Vec<Finding> {
    open_in_description_knowing(review, moment, &People::of(review))
}

fn open_in_description_knowing(review: &Review, moment: &Id, people: &People) -> Vec<Finding> {
    match review.moments.iter().find(|m| &m.id == moment) {
        Some(m) => {
            let name = description_name(moment);
            open_findings_knowing(&m.description, &name, &review.language, people)
        }
        None => Vec::new(),
    }
}

/// The open notes in the descriptions of `moments`, each with its moment, in that order.
pub fn open_in_descriptions(review: &Review, moments: &[Id]) -> Vec<(Id, Finding)> {
    // The people once for all the moments: a walk may show thousands.
    let people = People::of(review);
    moments
        .iter()
        .flat_map(|id| {
            open_in_description_knowing(review, id, &people)
                .into_iter()
                .map(move |f| (id.clone(), f))
        })
        .collect()
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
/// `accounts` are the moment's accounts (the store keeps them by moment; any other account is
/// passed over).
pub fn open_at_moment<'a>(
    review: &Review,
    moment: &Id,
    accounts: impl IntoIterator<Item = &'a Account>,
) -> Vec<OpenNote> {
    let log = &review.language;
    let people = &People::of(review);
    accounts
        .into_iter()
        .filter(|a| &a.moment == moment)
        .flat_map(|account| {
            AccountField::ALL.into_iter().flat_map(move |field| {
                let name = account_field_name(&account.id, field);
                open_findings_knowing(account.field(field), &name, log, people)
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

/// What checking `text` costs in a count's budget: its length, and a little more for what
/// every check does. A budget in texts let a slice sized by short texts take as many long ones
/// (natively, 22 µs for a 12-character text, 1.6 ms for a 2,000-character one).
pub fn check_cost(text: &str) -> usize {
    CHECK_OVERHEAD + text.len()
}

/// What a check costs besides its text, in characters: a 12-character text took as long as 28
/// characters of a long text (0.79 µs a character natively).
const CHECK_OVERHEAD: usize = 16;

/// The review's language notes counted again and again (as people type) without checking every
/// text each time: it remembers each field's findings and re-checks only texts that changed,
/// as long as `budget` lasts (`check_cost` each), so a large first count can be spread over
/// several tasks. Checking all 30,000 texts of a 10,000-account review took 164 ms natively.
#[derive(Debug, Default)]
pub struct Counter {
    /// Per text: a hash of the text last checked, and its findings.
    checked: IdMap<TextRef, (u64, Vec<Finding>)>,
    /// A hash of what the guard was taught when those were found: new teaching checks again.
    taught: u64,
    /// The review's people as of this count.
    people: People,
    /// The open notes as of the last complete count, in the review's order.
    open: Vec<ReviewNote>,
    /// Where a count that ran out of budget stopped.
    resume_at: Option<Place>,
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
        let people = People::of(review);
        let taught = digest(&(&review.language.not_blame, &review.language.watch));
        if taught != self.taught {
            self.checked.clear();
            self.taught = taught;
            self.resume_at = None;
        } else if people != self.people {
            // A text's findings read the people only through the names it holds
            // (`People::mark`), so a name added, changed or removed checks again the texts that
            // may hold it, not all of them: renaming one person of a 10,000-account review
            // checked all its 30,000 texts again.
            let changed = people.differing(&self.people);
            for (_, text_ref, text) in texts_from(review, Place::default()) {
                if People::may_be_in(&changed, text) {
                    self.checked.remove(&text_ref);
                }
            }
        }
        self.people = people;
        let mut left = budget;
        // A count that ran out of budget goes on from where it stopped: the texts before that
        // were checked by the calls before, so each call of a large first count pays for its
        // own texts, not for a walk over the whole review. The tally below still reads every
        // text, and checks one that changed behind the cursor.
        if let Some(at) = self.resume_at {
            for (place, text_ref, text) in texts_from(review, at) {
                if !self.check_if_changed(&text_ref, text, review, &mut left) {
                    self.resume_at = Some(place);
                    return None;
                }
            }
        }
        let dismissed = &review.language.dismissed;
        let mut open = Vec::new();
        let mut closed = 0;
        for (place, text_ref, text) in texts_from(review, Place::default()) {
            if !self.check_if_changed(&text_ref, text, review, &mut left) {
                self.resume_at = Some(place);
                return None;
            }
            let findings = self.checked.get(&text_ref).map_or(&[][..], |(_, f)| f);
            if findings.is_empty() {
                continue;
            }
            // Dismissals are kept by the text's name, made only for a text with findings.
            let name = text_ref.name();
            for finding in findings {
                if is_dismissed(finding, &name, dismissed) {
                    closed += 1;
                } else {
                    open.push(ReviewNote {
                        text: text_ref.clone(),
                        finding: finding.clone(),
                    });
                }
            }
        }
        self.resume_at = None;
        let counts = (open.len(), closed);
        self.open = open;
        Some(counts)
    }

    /// True once the findings of `text_ref` are known: checked now if its text changed and
    /// some of `left` remains (the last check may take more than remains), false if not.
    fn check_if_changed(
        &mut self,
        text_ref: &TextRef,
        text: &str,
        review: &Review,
        left: &mut usize,
    ) -> bool {
        // The map's own hasher: the hash only has to tell texts apart while this counter lives.
        let digest = self.checked.hasher().hash_one(text);
        if self
            .checked
            .get(text_ref)
            .is_some_and(|(d, _)| *d == digest)
        {
            return true;
        }
        if *left == 0 {
            return false;
        }
        *left = left.saturating_sub(check_cost(text));
        let found = check_knowing(text, &review.language, &self.people);
        self.checked.insert(text_ref.clone(), (digest, found));
        true
    }

    /// The open notes found by the last complete count, text by text in the review's order.
    pub fn open(&self) -> &[ReviewNote] {
        &self.open
    }

    /// The same notes gathered by the text they are in.
    pub fn open_by_text(&self) -> Vec<(TextRef, Vec<Finding>)> {
        let mut texts: Vec<(TextRef, Vec<Finding>)> = Vec::new();
        for note in &self.open {
            match texts.last_mut() {
                Some((text, findings)) if *text == note.text => findings.push(note.finding.clone()),
                _ => texts.push((note.text.clone(), vec![note.finding.clone()])),
            }
        }
        texts
    }
}

/// The sentence around a finding, for reading it out of its field: at most about `room` bytes,
/// cut at word boundaries with an ellipsis where it was cut.
pub fn sentence_around(text: &str, finding: &Finding, room: usize) -> String {
    let (start, end) = sentence_bounds(text, finding.start, finding.end);
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

fn digest(text: &impl Hash) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories(text: &str) -> Vec<Category> {
        check(text).into_iter().map(|f| f.category).collect()
    }

    /// Sentences written for these tests (not from the corpus): each must give exactly one
    /// finding of `category`, and the neutral ones none.
    fn expect(category: Category, flagged: &[&str], neutral: &[&str]) {
        for text in flagged {
            let found = categories(text);
            assert!(
                found.contains(&category),
                "{text:?} should be {category:?}, found {:?}",
                check(text)
            );
        }
        for text in neutral {
            assert!(
                check(text).is_empty(),
                "{text:?} is not blame: {:?}",
                check(text)
            );
        }
    }

    /// A dismissal stays with the sentence it was made in: text deleted before it does not move
    /// it to another occurrence, and a sentence reworded is read again.
    #[test]
    fn a_dismissal_follows_its_sentence() {
        let mut log = LanguageLog::default();
        let text = "Ana should have paged. Ben should have waited.";
        let found = check(text);
        assert_eq!(found.len(), 2, "{found:?}");
        log.dismissed.push(dismissal(&found[1], "summary"));
        let open = |text: &str, log: &LanguageLog| -> Vec<String> {
            open_findings(text, "summary", log)
                .iter()
                .map(|f| sentence_around(text, f, 80))
                .collect()
        };
        assert_eq!(open(text, &log), ["Ana should have paged."]);
        // The first sentence deleted: the dismissed one is still dismissed, and a new one is not.
        assert!(open("Ben should have waited.", &log).is_empty());
        // Spacing and capitals changed are the same sentence.
        assert_eq!(
            open("Ben  SHOULD have waited. Cy should have asked.", &log),
            ["Cy should have asked."]
        );
        // Reworded, the sentence is read again.
        assert_eq!(
            open("Ben should have waited longer.", &log),
            ["Ben should have waited longer."]
        );
        // In another field it was never dismissed.
        assert_eq!(open_findings(text, "impact", &log).len(), 2);
        // A dismissal made before sentences were kept goes by its occurrence, as it did.
        let older = LanguageLog {
            dismissed: vec![Dismissal {
                sentence: String::new(),
                ..dismissal(&found[1], "summary")
            }],
            ..LanguageLog::default()
        };
        assert_eq!(open(text, &older), ["Ana should have paged."]);
        assert_eq!(
            open("Ben should have waited.", &older),
            ["Ben should have waited."]
        );
    }

    #[test]
    fn counterfactuals_are_paths_not_taken_by_people() {
        expect(
            Category::Counterfactual,
            &[
                "She should have restarted the service.",
                "They could've paged the database team earlier.",
                "The on-call should never have merged it on a Friday.",
                "If only the DBA had looked at the disk graph.",
                "What could we have done differently?",
                "Had the team rolled back at once, the outage would have ended sooner.",
                "Ana spent ten minutes on the dashboard instead of just reading the alert.",
                "This outage could have been avoided entirely.",
            ],
            &[
                "We should have a runbook for this.",
                "Checkout could have more than one region.",
                "What would have helped most at this moment?",
                "The retry job passed when it shouldn't have.",
                "The queue was drained slower than it should have been.",
                "None of us in that room would have done it differently.",
                "It would have failed anyway, with or without the patch.",
                "As luck would have it, the replica was current.",
                "We talked about what we could have done better, as a team.",
                "All you would have to do is type the number shown.",
            ],
        );
    }

    /// "Should have" of a thing tells what it was built to do; of a person, a path not taken.
    /// The thing need not be a word the guard knows: a noun phrase that names nobody will do.
    #[test]
    fn what_a_thing_should_have_done_is_not_a_path_not_taken() {
        expect(
            Category::Counterfactual,
            &[
                "The reviewer should have caught it.",
                "The night shift should have escalated sooner.",
                "The business should have listened to the engineers.",
                "The driver should have contacted the signaller.",
                "The one behind the wheel should not have been in the left lane.",
                "The plane should never have been flown with both gauges out.",
                "A senior engineer should have reviewed it.",
            ],
            &[
                "The dynamic brakes should have slowed the train.",
                "The axle counter should have reset after the train cleared the section.",
                "Its watchdog should have restarted the process.",
                "It should have stopped earlier.",
                "Some rule should have prevented this.",
            ],
        );
    }

    /// "No engineer", like "nobody", names no one in particular and still tells what people
    /// did not do; those served and those missing are not told off.
    #[test]
    fn no_one_in_a_role_did_it() {
        expect(
            Category::Omission,
            &[
                "No engineer reviewed the migration before it ran.",
                "No other reviewer checked the second file.",
                "No operator noticed the pressure rising.",
            ],
            &[
                "With no admins to renew the certs, the sites went dark.",
                "No engineer was paged because the rotation was empty.",
                "No user noticed the slowdown.",
                "No alert fired for the first ten minutes.",
            ],
        );
    }

    /// A person named as the cause after "because", however the person is named; not the
    /// one whose act ended the harm, nor those served.
    #[test]
    fn a_person_as_the_cause_after_because() {
        expect(
            Category::Verdict,
            &[
                "The database was deleted because an intern ran a drop on production.",
                "The deploy failed because someone on the platform team skipped the canary.",
                "The outage began because the new hire decided to clean up the old records.",
            ],
            &[
                "The outage ended because the on-call restarted the pods.",
                "The deploy failed because a customer sent malformed data.",
                "The delay grew because the on-call was asleep.",
            ],
        );
    }

    /// A verdict we pass on ourselves stays one beside what we will do about it; a proposal
    /// of ours is only a plan.
    #[test]
    fn our_own_verdict_beside_a_plan() {
        // The team's own verdict on itself is answered as self-blame, like the writer's.
        expect(
            Category::SelfBlame,
            &[
                "It's obvious that we dropped the ball there, and we need to do better.",
                "I dropped the ball on the handover and I will fix the checklist.",
            ],
            &["I'd suggest we make the wrong-region error impossible."],
        );
    }

    #[test]
    fn omissions_need_a_person_as_the_subject() {
        expect(
            Category::Omission,
            &[
                "Lena never opened the runbook.",
                "The on-call waited until the third page before acting.",
                "Nobody checked the replication lag that week.",
                "No one had ever tested a restore.",
                "Marco failed to escalate to the storage team.",
                "The reviewer missed the second migration.",
                "They forgot to drain the node first.",
                "He pushed the change without testing it.",
                "Neither engineer monitored the queue depth.",
                "We didn't have a rollback plan.",
            ],
            &[
                "The probe failed to connect to the cache.",
                "The health check never checked the disk.",
                "We didn't know the replica was behind.",
                "I didn't realize the graph was cached.",
                "You can never plan for every failure.",
                "An individual's action should never be considered a cause.",
                "I'll never forget that night.",
                "Don't forget to bring the timeline.",
            ],
        );
    }

    /// "..., yet failed to": a second act of the subject named before, joined by "yet" as by
    /// "but"; a thing's second act stays the thing's.
    #[test]
    fn an_omission_after_yet_is_the_first_subjects() {
        expect(
            Category::Omission,
            &[
                "Priya saw the disk warning, yet failed to open a ticket.",
                "The vendor knew about the expiry, yet never renewed the certificate.",
                "The night shift read the handover, yet did not check the backups.",
            ],
            &[
                "The replica caught up, yet failed to serve reads for an hour.",
                "The cron job ran on time, yet never rotated the logs.",
                "The alert fired twice, yet the dashboard stayed green.",
            ],
        );
    }

    /// A sign meant for people "missed" or "ignored" in the passive is someone's omission, with
    /// or without the one named; done by a system, denied, or told as how the system works, not.
    #[test]
    fn omissions_told_in_the_passive() {
        expect(
            Category::Omission,
            &[
                "The alert was missed.",
                "Several warnings were ignored during the handover.",
                "The early warnings went unheeded.",
                "The second graph was overlooked by the on-call.",
                "The pages were missed by Priya.",
            ],
            &[
                "The health check was ignored by the load balancer.",
                "No alerts were missed.",
                "The deadline was missed.",
                "If the page is missed, it escalates to the secondary.",
                "Was the alert missed?",
                "The retry was ignored by the client library.",
            ],
        );
    }

    #[test]
    fn mishaps_charge_a_person_and_spare_a_system() {
        expect(
            Category::Verdict,
            &[
                "The power company \"accidentally\" turned off the power.",
                "The on-call restarted the wrong node.",
                "Two contractors were fooling around in the rack room and tripped over a cable.",
                "The outage was more luck than good management.",
                "Three failed restores is not just a run of bad luck.",
                "That one is on them.",
                "Oh well, the intern happened.",
                "This was a basic level fail.",
                "There is no acceptable reason for that delay.",
            ],
            &[
                "The deploy bot accidentally restarted every pod.",
                "An admin accidentally deleted the production folder.",
                "I mistakenly ran the script against production.",
                "The job picked the wrong image.",
                "The access was granted to the juniors by mistake.",
                "The next step is on us.",
                "The alert was on them for an hour before anyone saw it.",
                "The problem is they had no way to see the lag.",
                "Priya happened to be online.",
                "We were lucky that the replica was current.",
                "A customer bypassed the rate limiter with a new client.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "He pushed the config without thinking.",
                "Executives, not understanding the cost, cut the budget.",
                "They don't seem to understand that disks fail.",
            ],
            &[
                "I didn't understand why the queue kept growing.",
                "The job ran without checking the lock.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "It was not entirely my fault, but I pressed the button.",
                "I have a habit of touching things I shouldn't.",
            ],
            &["It was not my fault."],
        );
        expect(
            Category::Distancing,
            &[
                "I told you so.",
                "I've been preaching this for years.",
                "It's not our problem, it's the network.",
            ],
            &["I've been saying for weeks that we need a staging cluster."],
        );
        expect(
            Category::WhyQuestion,
            &["Why is it that we knew about it and did nothing?"],
            &["Why is it that the queue grows at night?"],
        );
    }

    #[test]
    fn charges_punishment_and_character_are_blame_and_their_innocent_twins_are_not() {
        let flagged = [
            "Ben pushed untested code to production.",
            "They cut corners on the migration.",
            "She took a shortcut through the runbook.",
            "The on-call was not paying attention.",
            "What were they thinking?",
            "A lack of care brought the site down.",
            "Despite being told twice, he restarted the primary.",
            "He should be held accountable.",
            "The intern was let go.",
            "The outage was because of him.",
            "It was a failure on his part.",
            "If she had been paying attention, the page would have been answered.",
            "He is the reason the site went down.",
            "Because of Ben we lost a day of data.",
            "Typical Dave.",
            "He couldn't be bothered to check.",
            "He has no business touching prod.",
            "She can't do her job.",
            "Heads will roll for this.",
            "Somebody will take the fall.",
            "He yolo'd the migration.",
            "Whose idea was it to deploy on a Friday?",
            "It was a config error by Ben.",
            "Ben's change broke checkout.",
            "This is on Ben.",
            "He keeps breaking the build.",
            "Human error was the cause.",
            "Why didn't you check the replica?",
            "Sarah deleted the wrong bucket.",
            "Marco never ran the integration suite.",
        ];
        for text in flagged {
            assert!(!check(text).is_empty(), "{text:?} should be flagged");
        }
        let neutral = [
            "The pipeline deployed an untested build.",
            "We should stop shipping untested migrations.",
            "A lack of training made the alert hard to read.",
            "What were you thinking at that moment?",
            "Despite the warning banner, the job ran.",
            "Although we asked the vendor, no reply came.",
            "The delay was due to the vendor.",
            "The fix landed because of Priya.",
            "It was a lot of work on their part.",
            "The reason is the cache.",
            "The reason we paged him was the disk.",
            "Typical morning.",
            "Thanks to Priya the fix landed.",
            "Thanks to Priya we recovered the lost data.",
            "Because of Priya we recovered the lost data.",
            "Priya is the reason we caught it in time.",
            "The downtime stayed under a minute because of her.",
            "The real problem was Kafka.",
            "Classic Kubernetes.",
            "Then Christmas happened, and the rota thinned.",
            "Responders can't do their job when the dashboards are down.",
            "Although the on-call had asked for a second reviewer, the change went out.",
            "Despite having asked the vendor twice, we got no answer.",
            "A lack of common tooling slowed the handover.",
            "The weak link was the single DNS resolver.",
            "We found untested code paths in the failover script.",
            "It was not at all his fault.",
            "I asked if he had been paged yet.",
            "What was the delay due to?",
            "Typical.",
            "Whose idea should we try first?",
            "The error by the load balancer was transient.",
            "Ben's change fixed checkout.",
            "The vendor's change broke checkout.",
            "The next round is on Ben.",
            "The cache keeps crashing.",
            "The alert was on Ben's phone.",
            "Human error is where the inquiry starts, not where it ends.",
            "Saying she should have known is easy afterwards.",
            "Anyone could have made the same mistake.",
            "We don't ask why you restarted it; we ask what made restarting it sensible.",
            "We'll learn why the alert didn't reach us.",
            "Any error by an operator points at the design.",
            "Terraform deleted the wrong bucket.",
            "Kubernetes accidentally evicted the ingress pods.",
            "Jenkins never ran the integration suite.",
            "The script can't do its job.",
            "Nobody will take the fall for this.",
        ];
        for text in neutral {
            assert!(check(text).is_empty(), "{text:?}: {:?}", check(text));
        }
    }

    /// A why-you question quoted as someone said it to a person is blame in the room, wherever
    /// the quotation opens; a question talked about is not.
    #[test]
    fn why_you_questions_said_to_someone() {
        expect(
            Category::WhyQuestion,
            &[
                "The incident commander said, \"Why did you restart the primary?\"",
                "Then the manager snapped at me: \"Why didn't you page the DBA?\"",
            ],
            &["We stopped asking \"why did you restart it?\" and looked at the graphs."],
        );
    }

    /// A question that asks agreement with a charge reads the same after a speaker's label,
    /// as a transcript or chat log writes it; an open or plain question after one does not.
    #[test]
    fn charging_questions_after_a_speakers_label() {
        expect(
            Category::WhyQuestion,
            &[
                "Night lead: didn't anyone check the queue?",
                "Ops lead: can nobody here read a graph?",
                "Customer: did you not test the upgrade at all?",
                // A colon early in a question of its own is no label.
                "Didn't anyone notice: the queue was full?",
                "Did you not see: the disk was at 99%?",
            ],
            &[
                "Ops lead: who can take the pager tonight?",
                "Marta: were you not told about the freeze?",
                "Q: didn't the dashboard show it?",
                "Dana: did you see the alert before the page?",
            ],
        );
    }

    #[test]
    fn why_you_questions_differ_from_open_questions() {
        expect(
            Category::WhyQuestion,
            &[
                "Why did you roll back?",
                "Why didn't we fix it last quarter?",
                "Why would anyone deploy at 5 pm on a Friday?",
                "Who was responsible for the config review?",
                "Whose fault was the outage?",
                "Why was the schema change pushed to every shard at once?",
                "How could they miss the alert?",
                "Didn't anyone check the certificate date?",
                "What were you thinking?",
            ],
            &[
                "Why did the cache evict the hot keys?",
                "Why was the outage so long?",
                "How did that action make sense at the time?",
                "What signal brought you to ask for support?",
                "Why are the staging and live hostnames so similar?",
                "Who would have seen it coming?",
                "Is that obvious to everyone here?",
            ],
        );
    }

    #[test]
    fn verdicts_judge_people_and_talk_about_blame_is_left_alone() {
        expect(
            Category::Verdict,
            &[
                "It was a careless change.",
                "The root cause was human error.",
                "That was an unwise choice.",
                "A lapse by the operator let it through.",
                "The new hire is incompetent.",
                "Sergei broke the build.",
                "It was entirely his fault.",
                "Priya made a silly mistake with the flag.",
                "The deploy team dropped the ball.",
                "Someone thought it was a good idea to skip review.",
            ],
            &[
                "We are not here to find someone to blame.",
                "This is not incompetence.",
                "Blameless reviews look at conditions, not people.",
                "The fault tolerance layer kicked in.",
                "We don't discipline honest mistakes.",
                "It is easy to say what people should have done.",
                "The error rate rose to 4%.",
                "Avoid asking why questions; ask how instead.",
                "If a process allows this, the process is at fault.",
            ],
        );
    }

    #[test]
    fn minimisers_make_the_hard_look_easy() {
        expect(
            Category::Minimiser,
            &[
                "You could just restart it.",
                "It only needed a quick restart, really.",
                "Tom just needed to read the runbook.",
                "Obviously the DNS record was stale.",
                "It was a simple fix.",
                "All they had to do was flip the flag.",
                "Anyone can set up a backup.",
                "That is incident response 101.",
                "The answer is pretty simple.",
            ],
            &[
                "Just after 10:00 the alert fired.",
                "It was just a blip on the graph.",
                "I just did the math on the backlog.",
                "That only took a couple of hours.",
                "The backup ran, obviously taking the disk with it.",
                "Don't just take the dashboard's word for it; test restores.",
                "They were too easy to confuse for one another.",
                "Ben saw thing 101 then.",
                "Retry 101 of 200 failed at 10:02.",
            ],
        );
    }

    #[test]
    fn distancing_compares_with_others() {
        expect(
            Category::Distancing,
            &[
                "A competent engineer would have caught that.",
                "In my day we tested every restore by hand.",
                "This would never happen to our team.",
                "Any reasonable operator would have paged sooner.",
                "When I was an SRE at a bank, we tested restores monthly.",
            ],
            &[
                "Our team paged the vendor at 10:04.",
                "My team lead joined the call.",
                "A good dashboard would show the lag.",
                "At my company we canary everything.",
            ],
        );
    }

    #[test]
    fn self_blame_gets_its_own_answer() {
        expect(
            Category::SelfBlame,
            &[
                "I let everyone down.",
                "It was my fault.",
                "I should have done that evac sooner.",
                "I screwed up the migration.",
                "I forgot to drain the node.",
            ],
            &[
                "I paged the database team at 10:02.",
                "I didn't know the cache was cold.",
            ],
        );
        let reframe = check("It was my fault.")[0].reframe;
        assert_ne!(reframe, check("It was his fault.")[0].reframe);
    }

    /// Whose blame a finding is decides its answer: the writer's own ("I think I was
    /// careless"), their team's ("we dropped the ball") or someone's reported in their own
    /// words ("Priya said it was her fault") is self-blame; what the writer thinks of someone
    /// else ("I bet it was the intern", "I wonder why the release team didn't...") is not,
    /// nor is an act of someone named beside "me" ("the on-call before me").
    #[test]
    fn whose_blame_it_is_decides_its_answer() {
        let cases = [
            ("I bet it was the new intern.", Category::Verdict),
            (
                "I wonder why the release team didn't stage the rollout.",
                Category::WhyQuestion,
            ),
            (
                "I just don't understand how a change like that was pushed to every region at once.",
                Category::WhyQuestion,
            ),
            ("I'm curious why you skipped the canary.", Category::WhyQuestion),
            ("Seems to me the whole thing was a careless mess.", Category::Verdict),
            ("I think the vendor was careless.", Category::Verdict),
            ("We pay for their sloppiness.", Category::Verdict),
            ("Tom said the DBA should have paged sooner.", Category::Counterfactual),
            (
                "The on-call before me should have flagged the disk at handover.",
                Category::Counterfactual,
            ),
            ("Please tell me why nobody joined the bridge.", Category::WhyQuestion),
            ("I think I was careless.", Category::SelfBlame),
            ("I wonder why I didn't check the replica.", Category::SelfBlame),
            ("We let our customers down on Tuesday.", Category::SelfBlame),
            ("We dropped the ball on the certificate.", Category::SelfBlame),
            ("Priya said it was entirely her fault.", Category::SelfBlame),
            (
                "Tom feels he should have paged the database team sooner.",
                Category::SelfBlame,
            ),
            ("I was an idiot.", Category::SelfBlame),
            ("It was just me not paying attention.", Category::SelfBlame),
        ];
        for (text, category) in cases {
            let found = categories(text);
            let mine = found.contains(&Category::SelfBlame);
            assert!(
                found.contains(&category) && mine == (category == Category::SelfBlame),
                "{text:?} should be {category:?}, found {:?}",
                check(text)
            );
        }
    }

    /// An act said to cost a few seconds is made light; a thing's time is not. An omission
    /// asked about ("wants to know why the operator didn't...") is a why-you question.
    #[test]
    fn seconds_made_light_and_omissions_asked_about() {
        expect(
            Category::Minimiser,
            &[
                "It takes five seconds to read the banner.",
                "It would have taken him two seconds to check the region.",
                "A couple of seconds of looking at the graph would have shown it.",
            ],
            &[
                "The link came back in 43 seconds.",
                "Failover took 40 seconds.",
                "The health check runs every 5 seconds.",
                "It took 8 seconds to fail over to the replica.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "The review board wants to know why the operator didn't confirm the target.",
                "Can someone explain why the on-call failed to escalate?",
            ],
            &[
                "Nobody understands why the alert didn't fire.",
                "We still don't know why the probe didn't retry.",
            ],
        );
    }

    /// A person's act given as the cause of what went wrong, after "it was because" or "the
    /// whole thing started because" as much as after a harm named; not a thing's, nor the
    /// act that ended it.
    #[test]
    fn a_person_given_as_the_cause() {
        expect(
            Category::Verdict,
            &[
                "It was because Tom decided to skip the canary.",
                "The tests are failing because you merged before CI finished.",
                "This started because Priya added a retry to the client.",
            ],
            &[
                "It was because the cache had expired.",
                "It happened because the engineer believed the flag was off.",
                "It was because the on-call added a second replica that the outage ended.",
            ],
        );
    }

    /// Comparison with a better-qualified someone, however it is written: with a long
    /// qualifier before what they would do, with no determiner, or "with a bit of experience".
    #[test]
    fn comparison_with_the_better_qualified() {
        expect(
            Category::Distancing,
            &[
                "A qualified engineer for a system of this size would not have let it drift.",
                "Experienced operators would not have restarted both nodes at once.",
                "Any dispatcher with a bit of experience would have called it in sooner.",
            ],
            &[
                "Experienced operators joined the call at 02:10.",
                "Experienced operators know the failover order by heart.",
                "A dispatcher with ten years of experience took the next shift.",
            ],
        );
    }

    /// A wrong someone could have done and did not is praise, not a path not taken; "should
    /// have" is still one.
    #[test]
    fn a_wrong_not_done_is_not_hindsight() {
        expect(
            Category::Counterfactual,
            &["They should have told the customers at once."],
            &[
                "They could have hidden the outage, and they wrote it up in public instead.",
                "Most vendors would have kept quiet until the fix was out.",
                "She could easily have lied about the timing.",
            ],
        );
    }

    /// Sanctions, choices not to act, common knowledge, scare quotes, exasperation, a cause
    /// after "by": each with an innocent twin that shares its words.
    #[test]
    fn sanctions_choices_scare_quotes_and_their_twins() {
        let flagged = [
            ("They should be fired.", Category::Verdict),
            (
                "Whoever pushed that change should be sacked.",
                Category::Verdict,
            ),
            ("Nobody wrote a proper postmortem.", Category::Omission),
            ("She froze and did nothing.", Category::Omission),
            ("He decided not to check the logs.", Category::Omission),
            (
                "Bob had switched phones and had not reinstalled the paging app.",
                Category::Omission,
            ),
            ("They had no backup strategy in place.", Category::Omission),
            (
                "Anyone remotely serious has a staging environment.",
                Category::Distancing,
            ),
            (
                "If you were competent you'd canary it.",
                Category::Distancing,
            ),
            ("Everyone knows you test restores.", Category::Minimiser),
            (
                "The admin inappropriately restarted the primary.",
                Category::Verdict,
            ),
            ("Are these people nuts?", Category::Verdict),
            ("Sam messed his rollout up.", Category::Verdict),
            ("This was my oversight.", Category::SelfBlame),
            ("I apologize for the outage.", Category::SelfBlame),
            (
                "Whoever approved that deploy has some explaining to do.",
                Category::WhyQuestion,
            ),
            ("How on earth did that pass review?", Category::WhyQuestion),
            (
                "Why push a kernel update on a Friday?",
                Category::WhyQuestion,
            ),
            (
                "The question is why the canary wasn't used.",
                Category::WhyQuestion,
            ),
            ("The outage was caused by the new hire.", Category::Verdict),
            (
                "The vendor \"accidentally\" cut the power.",
                Category::Verdict,
            ),
            (
                "The site went down for an hour, nice job, QA.",
                Category::Verdict,
            ),
            (
                "The responsible parties will hear from us.",
                Category::WhyQuestion,
            ),
            ("This was mostly the vendor's fault.", Category::Verdict),
            ("It was my bad.", Category::SelfBlame),
            (
                "I take full responsibility for the outage.",
                Category::SelfBlame,
            ),
            (
                "We weren't careful enough with the rollout.",
                Category::Omission,
            ),
            (
                "They hadn't got around to fixing the alert.",
                Category::Omission,
            ),
            (
                "The database team failed to attend the review.",
                Category::Omission,
            ),
            ("I may be one of the culprits here.", Category::SelfBlame),
            ("The lead misjudged the load.", Category::Verdict),
            (
                "He was not exactly competent for the role.",
                Category::Verdict,
            ),
            (
                "They have people running it who have no idea how to do so.",
                Category::Verdict,
            ),
            ("It shows poor operational knowledge.", Category::Verdict),
            (
                "The build is broken because you merged before the tests finished.",
                Category::Verdict,
            ),
            ("She was foolish to dismiss the alert.", Category::Verdict),
            (
                "She was testing and forgot to drain the node.",
                Category::Omission,
            ),
            (
                "Is there a reason he didn't check the logs?",
                Category::Omission,
            ),
            ("I'm terminating you.", Category::Verdict),
            ("The real culprit was Sam.", Category::Verdict),
            (
                "That doesn't mean he shouldn't be fired.",
                Category::Verdict,
            ),
            (
                "The team decided they didn't need to test it.",
                Category::Omission,
            ),
        ];
        for (text, category) in flagged {
            let found = categories(text);
            assert!(
                found.contains(&category),
                "{text:?} should be {category:?}, found {:?}",
                check(text)
            );
        }
        for text in [
            "Nobody was fired over this.",
            "That doesn't mean anyone should be fired.",
            "He shouldn't be fired.",
            "We don't need to restart it.",
            "We do not fire people for honest mistakes.",
            "Firing the engineer would not have fixed the missing guardrail.",
            "The retry did nothing to help.",
            "Anyone can make a mistake like this.",
            "Priya decided to roll back at 14:02.",
            "The alert fired at 03:12.",
            "The webhook will be fired on every deploy.",
            "The service was fired up again at noon.",
            "Everyone knows the pager number now.",
            "The outage was caused by a combination of factors.",
            "It is easy to blame the last person who touched it.",
            "The tables shouldn't have been droppable.",
            "With the new step the next person would have it easier.",
            "Have you taken out the words \"careless\" and \"human error\"?",
            "Was there work the team chose not to do?",
            "It is a practice that ignores the system around people.",
            "If the on-call forgets the step, nothing puts it back.",
            "Nice job on the rollback, Priya.",
            "When we find 'human error', we don't stop there.",
            "Ask why the system allowed it, not who did it.",
            "Many people were quick to blame the CEO.",
            "The culprit was a stale cache entry.",
            "We had no idea the cache was cold.",
            "The log showed a fatal error at 10:02.",
            "We rolled back because Priya saw the error rate climb.",
            "The disk was not fast enough for the load.",
            // Twins found by a reviewer of the rules.
            "That's why the on-call didn't get paged.",
            "We found the culprit: a stale cache entry.",
            "The cluster's fault tolerance kicked in.",
            "That's fault injection working.",
            "I don't recall seeing the alert.",
            "Anyone who knows how the old billing cron works has left the company.",
            "The DBA was brought in by the incident commander.",
            "The cleanup job gets fired every hour.",
            "We fire the customer webhook on every deploy.",
            "Nobody experienced with the legacy system was on call that night.",
            "If they were real alerts we'd page.",
            "Sam said the traffic was crazy that night.",
            "The dashboards were a mess that nobody cleaned up.",
            "We didn't have nearly enough capacity.",
            "Whoever picked up the page first became incident commander.",
            "The ticket \"human error\" tag was removed.",
        ] {
            assert!(
                check(text).is_empty(),
                "{text:?} is not blame: {:?}",
                check(text)
            );
        }
    }

    #[test]
    fn quoted_words_and_plans_are_not_the_writers_blame() {
        expect(
            Category::Verdict,
            &[],
            &[
                "The log said \u{201c}operator error: stale lock\u{201d} at 10:02.",
                "Ana wrote \"just restart it\" in the channel.",
                "We should add a canary stage.",
                "Make sure someone owns the restore test.",
                "Add alerting for error rates above 1%.",
            ],
        );
    }

    /// Words said to someone and quoted as said are blame in the room; a quoted prompt, a
    /// question mentioned inside a sentence about asking, and a harm that only could have
    /// happened are not.
    #[test]
    fn speech_to_someone_quoted_and_harm_that_did_not_happen() {
        expect(
            Category::WhyQuestion,
            &[
                "\"Why didn't you roll it back?\" the lead asked.",
                "\u{201c}How could you let this happen?\u{201d}",
                "\"Why are they only noticing now?\" the director asked.",
            ],
            &[
                "Instead of asking \"why didn't you roll it back?\", ask what they saw.",
                "\"Why did he do that?\" is the question we learned not to ask.",
                "\"Do you want to roll back?\" the deploy tool asked.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "\"Omar, you broke the staging cluster,\" she said.",
                "Omar broke the cluster.",
            ],
            &[
                "The prompt read \"you broke nothing, retry?\" after the timeout.",
                "Omar might have taken down the cluster if the lock had not held.",
            ],
        );
        assert!(
            !categories("You could have just broken the company with that flag.")
                .contains(&Category::Verdict),
            "a harm that could have happened is not a charge"
        );
    }

    /// "Not only" adds to a charge rather than denying it; a failure or a culprit that is a
    /// person is a verdict; only people bother; "how did this go unnoticed?" is the
    /// retroactive why-didn't-we, where a plan or a question about a thing is not.
    #[test]
    fn not_only_and_how_it_went_unnoticed_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "He not only screwed up but also hid it.",
                "The failure is actually Dmitri the release manager.",
                "The culprit was the intern.",
            ],
            &[
                "He did not screw up; the deploy tool retried on its own.",
                "The failure was the disk controller.",
                "The culprit was a stale DNS record.",
            ],
        );
        expect(
            Category::Counterfactual,
            &["The on-call was supposed to page the database team."],
            &[
                "The on-call is supposed to page the database team.",
                "The job was supposed to run at 2 am.",
            ],
        );
        expect(
            Category::Verdict,
            &["Shipping it on a Friday was a brain dead decision."],
            &[],
        );
        expect(
            Category::Minimiser,
            &[
                "It was a five minute fix.",
                "It was a 2-minute job, so nobody tested it.",
                "\"Can you just restart it?\" the lead asked.",
            ],
            &[
                "It was a five minute outage.",
                "The fix took five minutes to roll out.",
                "\"Can you just restart it?\" the deploy bot asked.",
            ],
        );
        expect(
            Category::Omission,
            &["It was him not checking the logs."],
            &["They told me not to page anyone."],
        );
        expect(
            Category::SelfBlame,
            &["It was literally just me not paying enough attention."],
            &[],
        );
        expect(
            Category::Omission,
            &["They trusted that the nightly backup was fine, never bothering to test a restore."],
            &[
                "The job runs nightly, never bothering the on-call.",
                "The script never bothers to check the exit code.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "How did this go unnoticed for three weeks?",
                "How does it go unnoticed that the backups fail?",
                "Why was the disk alert overlooked?",
            ],
            &[
                "How do we make sure this does not go unnoticed again?",
                "How did the probe find the unchecked queue?",
                "What went unnoticed at that moment?",
            ],
        );
    }

    /// Stop 28's kinds of sentence, each beside a twin that must not be flagged: the inverted
    /// "had I", "we'd've" and an apostrophe typed as a backtick; a miss or a failing called
    /// big, "an oversight", "human failure", "ignorance", "in their right mind"; and the
    /// innocent "the missing index", "nothing we could have done", "understood why", haste
    /// denied ("her not panicking") and a header that gets ignored; "that someone was me",
    /// "SysAdmin 101", "for any competent engineer", "the cardinal sin"; "which could have been
    /// caught", "could it have been prevented?", "his lack of knowledge", "poor and capricious
    /// management"; and "It was Ben." answering "Who paged the database team?".
    #[test]
    fn refusals_apologies_shortcuts_and_eased_misses_with_their_twins() {
        expect(
            Category::Omission,
            &[
                "The owner declined to address the open items.",
                "The lead engineer refused to roll back.",
                "We decided not to page the database team.",
                "The nurse did not ask the patient to confirm her name.",
                "The mechanic's failure to secure the plug let the oil out.",
            ],
            &[
                "If the on-call fails to acknowledge, the page goes to the secondary.",
                "The server refused to start after the upgrade.",
                "The registry declined to accept the token.",
                "Nobody was paged because the rotation was empty.",
                "We missed nothing in the logs; the signal was not there.",
                "Forgot to mention: the replica is ten minutes behind.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "Sorry for breaking the build, reverting now.",
                "Every pager in the building went off because of me.",
            ],
            &[
                "Sorry for the delay in writing this up.",
                "What am I missing?",
                "Is there a step in the failover that we are missing?",
                "My heart skipped a beat when the graph dropped.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "You should know better than to deploy on a Friday.",
                "He should have known better.",
                "The on-call was asleep at the switch.",
                "He made a stupid change to the firewall.",
                "That was dumb, it wiped the table.",
                "Tired staff take shortcuts with the checklist.",
                "His delayed decision to fail over made it worse.",
            ],
            &[
                "We should take a shortcut through the staging queue next time.",
                "It was that stupid old router again.",
                "Blame suppresses the signal a review needs.",
                "It would be easy to bash the vendor, but they published everything.",
                "The human error framing hides the design problem.",
                "Calling this human error would stop the learning.",
            ],
        );
        expect(
            Category::Counterfactual,
            &[
                "This was entirely preventable.",
                "The outage was avoidable.",
            ],
            &[
                "Is this kind of failure preventable?",
                "Most outages like this are preventable with canaries.",
                "It was not avoidable with the tools we had.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "The on-call restarted it without looking at the queue.",
                "She deployed without asking anyone.",
            ],
            &["The disk filled up without warning."],
        );
        expect(
            Category::Distancing,
            &[
                "Unlike the payments team, we test our migrations.",
                "Real engineers read the logs first.",
                "Good SREs check the disk before restarting anything.",
                "Other teams manage to rotate their certificates on time.",
            ],
            &[
                "Unlike the old dashboard, the new one shows replica lag.",
                "Experienced engineers reviewed the change.",
                "Good engineers were on call that night.",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "It was only a one-line change to revert.",
                "The fix was literally one line.",
                "This is basic ops hygiene.",
            ],
            &[
                "We shipped a one-line fix at 14:05.",
                "We should improve basic hygiene around certificates.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "Why did the Capt. not call the tower?",
                "Why did it take two hours for the on-call to page the DBA?",
            ],
            &["Why did it take so long for the replica to catch up?"],
        );
        expect(
            Category::Minimiser,
            &["It was easy to fix."],
            &[
                "The alert was easy to miss among forty others.",
                "It's easy to forget the second region.",
                "It was obvious to me at the time that the modem was failing.",
                "Someone asked a simple question: can we roll back safely?",
                "let's just restart it and see",
                "It is easy to see now; at 02:14 the graph looked normal.",
                "Simply put, the primary is gone.",
            ],
        );
    }

    #[test]
    fn hindsight_said_outright_and_opinions_plans_and_no_ones_fault_with_their_twins() {
        // "In hindsight" says when the judging happens; it does not make a sentence about
        // judging, so what follows it is read as any other clause.
        expect(
            Category::Counterfactual,
            &["In hindsight, Priya should have paged the database team."],
            &["What looks obvious in hindsight was not obvious during the outage."],
        );
        expect(
            Category::Verdict,
            &[
                "With hindsight, the on-call was careless.",
                "The dispatcher had lost situational awareness of the queue.",
                "A brief loss of concentration by the operator let the batch run twice.",
            ],
            &[
                "The search box lost focus when the page reloaded.",
                "On loss of focus the editor saves the draft.",
                "The job failed in the nightly run.",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "In retrospect, the fix was easy.",
                "It was obvious that the replica had fallen behind.",
                "The whole outage was the result of a single typo.",
                "It was caused by one small mistake in the zone file.",
            ],
            &[
                "It was not obvious that the replica had fallen behind.",
                "Please fix a simple typo in the onboarding docs.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "Without thinking twice, the contractor ran the migration.",
                "The on-call was blamed for missing the page.",
                "That engineer failed in keeping the runbook current.",
            ],
            &[
                "Without thinking, the cron job deleted the rows.",
                "The outage was a sign of missing safeguards, not of one person.",
            ],
        );
        // What the writer believes now and what they will do are not charges.
        expect(
            Category::SelfBlame,
            &["I didn't think to check the replica lag."],
            &[
                "I don't think the cache was the cause.",
                "We do not think the deploy and the outage are related.",
                "I don't think it's fair to blame the reviewers for this.",
                "I'll simply ask the vendor for the logs.",
                "We'll just restart the workers after the freeze.",
            ],
        );
        expect(
            Category::Verdict,
            &["It was Ben's fault.", "It wasn't entirely his fault."],
            &[
                "The outage was nobody's fault.",
                "It might not be a single person's fault but a gap in the safeguards.",
            ],
        );
    }

    #[test]
    fn had_i_an_oversight_and_the_missing_index_with_their_twins() {
        expect(
            Category::Counterfactual,
            &[
                "Had I checked the queue sooner, I would have seen the backlog.",
                "If we'd read the runbook, we'd've avoided the restart.",
                "They shouldn`t have been that low in that visibility.",
            ],
            &[
                "Had I been paged for this service before that night?",
                "There was nothing we could have done at that point but wait for power.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "This was a big miss by the release team.",
                "Skipping the staged rollout was a major misstep.",
                "The major failing here was how the on-call handled the page.",
                "It was an oversight on the part of the reviewer.",
                "It was entirely a human failure.",
                "It was not ego so much as pure ignorance.",
                "Nobody in their right mind deploys on a Friday evening.",
            ],
            &[
                "The disk failure took out the primary.",
                "A big miss rate on the cache slowed every page.",
                "There was no oversight of the change window by the board.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &["Who in their right mind performs maintenance at noon on a weekday?"],
            &[],
        );
        expect(
            Category::Omission,
            &["The on-call missed the second page."],
            &[
                "We have added the missing index to the collection.",
                "A skipped step in the migration left the table locked.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "It was Ben.",
                "Who deleted the table? It was Ben.",
                "Who paged the database team? Ben did. It was Ben.",
            ],
            &[
                "Who paged the database team? It was Ben.",
                "Who noticed the alert first? It was the on-call.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "That someone was me.",
                "The delay was us.",
                "I probably made the most expensive engineering mistake of my life.",
                "I committed the cardinal sin of deploying on a Friday.",
            ],
            &["Who paged the database team? It was me."],
        );
        expect(
            Category::Minimiser,
            &[
                "Backups are like Day 1, SysAdmin 101.",
                "Staged roll-outs should be 101 for software at this scale.",
            ],
            &[
                "The request failed on Route 101 near Exit 4.",
                "We met in Room 101 to run the review.",
                "The job logged error 101 twice.",
            ],
        );
        expect(
            Category::Counterfactual,
            &[
                "It was a bug which could have been caught in review.",
                "I lost a day, which could have been avoided with better communication.",
                "Could it have been prevented with proper testing?",
                "It fixes a side effect of [1], which should have been rebased before merging.",
            ],
            &[
                "Could it have been a DNS problem?",
                "The tables shouldn't have been droppable.",
                "Github allows a change which should have been detected as a conflict.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "With his lack of knowledge of the plant controls, he could not explain it.",
                "The core issue is poor and capricious management.",
            ],
            &[
                "The lack of staged rollout procedures showed in the timeline.",
                "The job ran on a fast and reliable queue.",
            ],
        );
        expect(
            Category::Distancing,
            &["My plan was as detailed as it needed to be for any competent engineer."],
            &["The console is built for any engineer on call."],
        );
        expect(
            Category::Verdict,
            &["The team rushed the rollback."],
            &[
                "Thanks to her not panicking, the failover went smoothly.",
                "He didn't rush the rollback; he waited for the replica.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "The on-call ignored the page.",
                "He pushed the change without thinking.",
            ],
            &[
                "How does the header get ignored?",
                "You can restart it without thinking about the cache.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &["Why did the on-call not page the database team?"],
            &[
                "Over time, I understood why senior engineers said to bounce it.",
                "The timeline explained why the failover took so long.",
            ],
        );
    }

    /// Exasperation, "not that hard", "worth their salt", a speaker's own words quoted: each
    /// with a twin that shares its words and is not blame.
    #[test]
    fn disbelief_easy_talk_and_quoted_self_blame_with_their_twins() {
        expect(
            Category::WhyQuestion,
            &[
                "How could you?",
                "How could they? It was in the runbook.",
                "Did you even test it?",
                "Did anyone even read the ticket?",
            ],
            &[
                "How could you tell it was the cache?",
                "Did you see the lag at that point?",
                "Did the pager even fire?",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "It's not rocket science.",
                "Restoring a backup is not that hard.",
                "This is why you have code reviews. Duh.",
            ],
            &[
                "It is not that hard to see why it looked healthy.",
                "I obviously have no way of knowing what he saw.",
                "The science team paged us at 10:02.",
            ],
        );
        expect(
            Category::Distancing,
            &[
                "Any sysadmin worth their salt backs up first.",
                "Any engineer who has run a database would have known.",
            ],
            &[
                "Any engineer who was on call that night joined the bridge.",
                "Every responder who joined the call saw the same graph.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "We thought we had planned it all, and we were wrong.",
                "Can't believe I did that.",
                "\"I really feel like I should have done that evac sooner,\" she said.",
            ],
            &[
                "We were wrong about the cause at first, so we looked at the network.",
                "The log said \"will retry: should have connected by now\".",
            ],
        );
        expect(
            Category::Omission,
            &[
                "They didn't complete the checklist.",
                "Nobody created an alias.",
                "He allowed the certificate to expire.",
            ],
            &[
                "The job didn't complete before the deadline.",
                "The job created an alias.",
                "The certificate was allowed to expire.",
                "Allow the job to expire old keys.",
                "I don't think I can change a tagged release.",
                "We do not think that is the cause.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "He didn't think it through.",
                "They don't think they have to follow the checklist.",
                "They do not think they have to follow the checklist.",
            ],
            &[],
        );
        expect(
            Category::Minimiser,
            &["He only had to flip the flag."],
            &["The demo only had a 40% chance of showing it."],
        );
        expect(
            Category::WhyQuestion,
            &["Why wasn't the update tested first?"],
            &["Why wasn't the alert firing?"],
        );
        expect(
            Category::Counterfactual,
            &["It fixes a side effect of the change, which should have been reviewed first."],
            &["A flag that could have isolated the bug was off."],
        );
        expect(
            Category::Verdict,
            &[
                "The on-call let us down.",
                "Sam was to blame for the outage.",
                "Putting the keys in the wiki is lunacy.",
            ],
            &[
                "The alarm let us down.",
                "According to the post, the data centers were to blame.",
                "I knew at once which commit was to blame.",
                "Traditional investigation tries to find someone to blame.",
                "Trying to figure out who to blame is pointless.",
                "Hindsight makes every incident look like negligence.",
                "We have a tendency to view our own mistakes as bad luck.",
                "Of course it would be great if we could avoid them in the first place.",
            ],
        );
    }

    #[test]
    fn findings_point_at_the_words_and_count_occurrences() {
        let text = "Should have, should have, SHOULD HAVE";
        let found = check(text);
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[2].start..found[2].end], "SHOULD HAVE");
        assert_eq!(found[2].rule, "should have");
        assert_eq!(
            found.iter().map(|f| f.occurrence).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        assert!(found[0].reframe.contains("sensible"));
        // Curly apostrophes read as straight ones.
        assert_eq!(
            check("She shouldn\u{2019}t have waited.")[0].rule,
            "shouldn't have"
        );
    }

    #[test]
    fn a_dismissed_occurrence_stays_dismissed_and_only_that_one() {
        let text = "She should have looked. He should have looked.";
        let found = check(text);
        let log = LanguageLog {
            dismissed: vec![dismissal(&found[1], "summary")],
            ..LanguageLog::default()
        };
        let open = open_findings(text, "summary", &log);
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].occurrence, 0);
        assert_eq!(open_findings(text, "impact", &log).len(), 2);
    }

    #[test]
    fn taught_phrases_are_not_blame_here_or_watched_for() {
        let log = LanguageLog {
            not_blame: vec!["failed to".into(), "Just in time".into()],
            watch: vec!["cowboy deploy".into(), "Wild West".into()],
            ..LanguageLog::default()
        };
        let text =
            "Marco failed to escalate. We shipped just in time. Another cowboy deploy, wild west.";
        let found = check_taught(text, &log);
        let rules: Vec<&str> = found.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["cowboy deploy", "wild west"], "{found:?}");
        // The guard flags "cowboy" alone: the team's longer phrase is named as theirs.
        assert!(found.iter().all(|f| f.category == Category::Watched));
        // Only whole words: the phrase inside a longer word is not the phrase.
        assert!(check_taught("the wild western", &log).is_empty());
        // Untaught, the same text has its findings.
        assert!(check(text).iter().any(|f| f.rule == "failed to"));
        // Taught from a finding (its rule writes apostrophes straight), a phrase written
        // with a curly one is not flagged either.
        let log = LanguageLog {
            not_blame: vec!["shouldn't have".into()],
            ..LanguageLog::default()
        };
        let text = "She shouldn\u{2019}t have waited.";
        let found = check(text);
        assert!(
            found.iter().any(|f| f.rule == "shouldn't have"),
            "{found:?}"
        );
        assert!(check_taught(text, &log).is_empty());
        // Watched, a phrase the guard flags anyway keeps the guard's more telling note.
        let log = LanguageLog {
            watch: vec!["should have".into()],
            ..LanguageLog::default()
        };
        let text = "Ben should have rolled back sooner.";
        let untaught = check(text);
        assert!(
            untaught
                .iter()
                .any(|f| f.category == Category::Counterfactual),
            "{untaught:?}"
        );
        assert_eq!(check_taught(text, &log), untaught);
    }

    #[test]
    fn counts_across_the_review() {
        let mut review = Review {
            summary: "The root cause was human error.".into(),
            impact: "Obviously the deploy was careless.".into(),
            ..Review::default()
        };
        assert_eq!(count(&review), (3, 0));
        let found = check(&review.impact);
        review
            .language
            .dismissed
            .push(dismissal(&found[0], "impact"));
        assert_eq!(count(&review), (2, 1));
        review.language.not_blame.push("human error".into());
        assert_eq!(count(&review), (1, 1));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "\u{2019}\u{2019}",
            "'",
            "why",
            "just",
            "\u{201c}",
            "\"\"\"",
            "ü should have ü",
            "\u{0}should\u{0}have",
            "İİİ should have",
            "they éed and ñing and ßs",
            "why why why why why why why why",
            "not not not",
            "no one",
            "neither",
            "had",
            "if he had",
            "instead of",
            "it was",
            "...?!",
            "\n\n\n",
        ] {
            let _ = check(text);
        }
        assert_eq!(check("ü should have ü")[0].rule, "should have");
    }

    #[test]
    fn a_long_field_is_checked_in_well_under_a_millisecond_per_thousand_characters() {
        // The budget is 1 ms for 2,000 characters natively, in a release build; this debug
        // test only guards against a blow-up (a quadratic rule) with a generous bound.
        let text = "The on-call should have paged sooner, but nobody checked the lag and the \
            probe failed to connect. Why did you wait? Obviously a careless change. "
            .repeat(14);
        assert!(text.len() >= 2_000);
        let started = std::time::Instant::now();
        let found = check(&text);
        assert!(found.len() >= 14 * 5, "{}", found.len());
        assert!(
            started.elapsed().as_millis() < 200,
            "{:?}",
            started.elapsed()
        );
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
                saw: format!("the graph {i}; obviously it was wrong"),
                ..Account::default()
            });
        }
        let mut counter = Counter::default();
        // Six texts: two calls with enough for four finish it, the first does not.
        let four = budget_for(&review, 4);
        assert_eq!(counter.count(&review, four), None);
        let full = counter.count(&review, four).expect("finished");
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
        // New teaching checks everything again.
        review.language.watch.push("the graph".into());
        assert_eq!(counter.count(&review, 0), None);
        let taught = counter.count(&review, usize::MAX).expect("finished");
        assert_eq!(taught, count(&review));
        assert!(taught.0 > after.0);
    }

    #[test]
    fn a_name_changed_checks_again_only_the_texts_that_may_hold_it() {
        use crate::model::{Account, Id, Person};
        let mut review = Review {
            people: vec![Person {
                id: Id::from("p1"),
                name: "Lena".into(),
                ..Person::default()
            }],
            ..Review::default()
        };
        let texts = [
            "lena never opened the runbook",
            "ana never paged the database team",
            "o\u{2019}neill never answered the page",
            "the graph was flat all night",
            "the probe failed to connect to the cache",
        ];
        for (i, saw) in texts.into_iter().enumerate() {
            review.accounts.push(Account {
                id: Id(format!("a{i}")),
                saw: saw.into(),
                ..Account::default()
            });
        }
        let flagged = |counter: &Counter| {
            let mut ids: Vec<String> = counter
                .open()
                .iter()
                .filter_map(|note| match &note.text {
                    TextRef::Account(id, _) => Some(id.to_string()),
                    _ => None,
                })
                .collect();
            ids.dedup();
            ids
        };
        let mut counter = Counter::default();
        let before = counter.count(&review, usize::MAX).expect("finished");
        assert_eq!(before, count(&review));
        assert_eq!(flagged(&counter), ["a0"]);
        // Lena becomes Ana: the texts naming either are checked again, and only those.
        review.people[0].name = "Ana".into();
        assert_eq!(counter.count(&review, 0), None);
        let both = check_cost(texts[0]) + check_cost(texts[1]);
        let renamed = counter.count(&review, both).expect("two texts to check");
        assert_eq!(renamed, count(&review));
        assert_eq!(flagged(&counter), ["a1"]);
        // A name with a straight apostrophe finds the text that writes it with a curly one.
        review.people.push(Person {
            id: Id::from("p2"),
            name: "Ben O'Neill".into(),
            ..Person::default()
        });
        assert_eq!(counter.count(&review, 0), None);
        let added = counter
            .count(&review, check_cost(texts[2]))
            .expect("one text to check");
        assert_eq!(added, count(&review));
        assert_eq!(flagged(&counter), ["a1", "a2"]);
        // A person's role changes no name: nothing to check.
        review.people[1].role = crate::model::Role::parse("incident_commander");
        assert_eq!(counter.count(&review, 0), Some(added));
    }

    /// A count budget that lasts for the first `n` texts of `review`.
    fn budget_for(review: &Review, n: usize) -> usize {
        text_fields(review)
            .iter()
            .take(n)
            .map(|(_, text)| check_cost(text))
            .sum()
    }

    #[test]
    fn a_long_text_takes_as_much_of_a_count_budget_as_many_short_ones() {
        use crate::model::{Account, Id};
        let mut review = Review::default();
        let texts = ["word ".repeat(400), "a".into(), "b".into(), "c".into()];
        for (i, saw) in texts.into_iter().enumerate() {
            review.accounts.push(Account {
                id: Id(format!("a{i}")),
                saw,
                ..Account::default()
            });
        }
        let mut counter = Counter::default();
        // Enough for three short texts is used up by the long one alone.
        assert_eq!(counter.count(&review, 3 * check_cost("a")), None);
        assert_eq!(counter.count(&review, 1), None);
        assert_eq!(counter.count(&review, 1), None);
        assert_eq!(counter.count(&review, 1), Some(count(&review)));
    }

    #[test]
    fn a_count_in_slices_goes_on_where_it_stopped_and_sees_a_text_changed_behind_it() {
        use crate::model::{Account, Id};
        let mut review = Review::default();
        for i in 0..6 {
            review.accounts.push(Account {
                id: Id(format!("a{i}")),
                saw: format!("the graph {i}"),
                ..Account::default()
            });
        }
        let mut counter = Counter::default();
        assert_eq!(counter.count(&review, budget_for(&review, 4)), None);
        // Behind where it stopped, a text changes and now blames: the tally checks it.
        review.accounts[0].saw = "Obviously the on-call was careless.".into();
        let done = counter
            .count(&review, budget_for(&review, 4))
            .expect("two texts left and one changed");
        assert_eq!(done, count(&review));
        assert!(done.0 >= 2, "{done:?}");
        // Out of budget in the tally: the next call finishes it.
        review.accounts[1].saw = "It was sloppy work.".into();
        review.accounts[5].saw = "They should have known.".into();
        assert_eq!(counter.count(&review, 1), None);
        assert_eq!(counter.count(&review, 1), Some(count(&review)));
        assert_eq!(counter.count(&review, 0), Some(count(&review)));
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
                    "Ben should have paged sooner; obviously a deploy",
                ),
                account("a2", "m2", "ben", "We should have known"),
                account("a3", "m1", "ben", "Plain words"),
            ],
            ..Review::default()
        };
        let notes = open_at_moment(&review, &Id::from("m1"), &review.accounts);
        assert_eq!(notes.len(), 2);
        assert!(notes
            .iter()
            .all(|n| n.person == Id::from("ana") && n.field == AccountField::Sensible));
        let first = notes[0].finding.clone();
        review.language.dismissed.push(dismissal(
            &first,
            &account_field_name(&Id::from("a1"), AccountField::Sensible),
        ));
        assert_eq!(
            open_at_moment(&review, &Id::from("m1"), &review.accounts).len(),
            1
        );
    }

    #[test]
    fn irregular_counterfactuals_contracted_would_and_judged_attention_with_their_twins() {
        expect(
            Category::Counterfactual,
            &[
                "If Dana had read the alert properly, the rollback would have started sooner.",
                "If he had kept the old config, nothing would have broken.",
                "Honestly, we'd have caught it in minutes.",
                "She'd have seen the error if she had looked.",
            ],
            &[
                "I asked if he had read the runbook.",
                "We'd have to restart it anyway.",
                "It's unclear if she had seen the second page.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "He wasn't paying attention.",
                "The reviewer was not paying attention to the diff.",
                "Leo jumped to conclusions and restarted the wrong cluster.",
                "Ops fumbled the DNS change again.",
            ],
            &[
                "Let's not jump to conclusions.",
                "People were jumping to conclusions about the cause.",
                "The dashboard got no attention from the vendor.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "How could the on-call not see that the disk was at 99%?",
                "How could the team miss it?",
            ],
            &[
                "How could the alert not fire?",
                "How do the on-call engineers get paged?",
            ],
        );
    }

    #[test]
    fn sarcasm_habits_broken_rules_and_stepped_around_safeguards_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "Classic Dave, deploying on a Friday afternoon.",
                "Typical of the platform team to leave it undocumented.",
                "Great job breaking prod, guys.",
                "Nice work taking down checkout.",
                "It's on the DBA for not verifying the backup.",
                "He went rogue and patched the server by hand.",
                "The developer violated the change freeze.",
                "Support left us hanging for an hour.",
                "Tom can't be trusted with production access.",
                "The team should be retrained on the runbook.",
                "The operator needs retraining.",
            ],
            &[
                "A classic race condition, again.",
                "Typical of this kind of failure, the queue backed up first.",
                "Great job taking the pager at 3am.",
                "It's on the dashboard under latency.",
                "The deploy violated the change freeze because the calendar was wrong.",
                "The outage left us hanging for updates.",
                "The backups can't be trusted after the corruption.",
                "We retrained the model on last week's traffic.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "Once again the on-call slept through the page.",
                "Ana bypassed the review to save time.",
            ],
            &[
                "The service slept through the night.",
                "The deploy bypassed the canary because the flag defaulted to off.",
                "The users bypassed the login page through an old link.",
            ],
        );
    }

    #[test]
    fn a_persons_named_error_and_a_review_skipped_by_anyone_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "The root cause was Priya's misconfiguration of the load balancer.",
                "It was Priya's error.",
                "The outage was the on-call's oversight.",
            ],
            &[
                "Priya's error message was confusing.",
                "The server's error rate doubled.",
                "The customer's mistake locked their account.",
                "It wasn't Priya's mistake.",
                "Failures were once explained as people's mistakes.",
            ],
        );
        expect(
            Category::Omission,
            &["The deploy went out without anyone reviewing it."],
            &["We restarted it without anyone noticing a difference."],
        );
    }

    #[test]
    fn bad_work_whole_services_ended_and_blame_asked_in_chat_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "Kevin pushed a bad config to every region at once.",
                "The contractors wrote garbage code and we paid for it.",
                "Whoever merged this owes us all an apology.",
                "Frankly, the incident commander made a mess of the comms.",
                "Classic mistake: the new hire deployed on a Friday afternoon.",
                "It was an obvious mistake.",
                "This outage is on Marcus, plain and simple.",
                "That one was on the DBA.",
                "Sam killed the primary database by running the cleanup script.",
                "Whoever approved this change wasn't paying attention.",
            ],
            &[
                "Kevin rolled back the bad config at 11:05.",
                "The deploy tool pushed a bad build because the tag was reused.",
                "The migration made a mess of the indexes.",
                "A classic race condition between the two writers.",
                "The outage was on the status page within minutes.",
                "Sam killed the stuck query to free the lock.",
                "The cleanup job killed the long-running query at 10:42.",
                "We killed the old cluster after the migration.",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "It just needed someone to restart the pod, nothing more.",
                "It just needed a restart.",
            ],
            &["We just needed a minute to read the graph."],
        );
        expect(
            Category::Omission,
            &[
                "Nobody on the platform team bothered to read the postmortem.",
                "Whoever merged this without tests should explain.",
            ],
            &[
                "Nobody on the team was paged.",
                "Nobody at the vendor was told about the change.",
            ],
        );
        // A line of chat asks with no question mark; a heading starting "why" does not.
        expect(
            Category::WhyQuestion,
            &["lol who approved this PR", "why did you restart it"],
            &["Why we rolled back", "Who we are"],
        );
    }

    #[test]
    fn faults_made_of_people_calls_to_care_and_talk_of_a_past_place_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "The database team is always the bottleneck in these incidents.",
                "Dave is the problem.",
                "Engineers need to be more careful with production credentials.",
                "They keep making mistakes.",
                "The team made the same mistake again.",
                "The outage was the direct result of the on-call engineer's inattention.",
                "The engineer responsible has been spoken to.",
            ],
            &[
                "The database is always the bottleneck.",
                "The problem was the config.",
                "The parser needs to be more careful with escapes.",
                "Anyone could have made the same mistake.",
                "Inattentional blindness is well documented.",
                "The customer has been spoken to.",
            ],
        );
        expect(
            Category::Counterfactual,
            &["Surely someone must have noticed the disk filling up."],
            &["Surely the alert must have fired."],
        );
        expect(
            Category::Distancing,
            &["Our old team never had these problems."],
            &["Our old team used a different paging tool."],
        );
        // A choice told with its reason is what the review asks for.
        expect(
            Category::Omission,
            &["The on-call decided not to escalate."],
            &["The incident commander decided not to roll back because the schema had changed."],
        );
    }

    #[test]
    fn people_left_to_cope_and_imputed_motives_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "One man tried to fix it and left two million people in the dark.",
                "The architect left for his holiday while leaving the admin scrambling.",
                "They'll avoid declaring outages to avoid looking bad.",
                "He hid the logs to cover his back.",
                "Not only did they kill all the servers, they lost the logs too.",
            ],
            &[
                "The outage left two million people in the dark.",
                "We left the flag on overnight.",
                "We rolled back to avoid looking at two dashboards at once.",
                "Did they kill all the servers or only the primary?",
            ],
        );
        expect(
            Category::Counterfactual,
            &["These mishaps shouldn't have been allowed to happen."],
            &["The tables shouldn't have been droppable."],
        );
    }

    #[test]
    fn habits_charged_attention_judged_and_rhetorical_questions_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "This is the third time you have shipped a breaking change.",
                "That's the fourth time Dave has pushed to main.",
                "The controller was distracted and cleared two aircraft onto the same runway.",
                "Who thought removing the fallback was a good idea?",
            ],
            &[
                "This is the third time the job has failed this week.",
                "It was the second time that the pilot had flown this route.",
                "The pilot was distracted by a warning light.",
                "Who thought of adding a canary?",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "Did nobody on your team run the test suite before tagging?",
                "How do you release something this broken?",
            ],
            &[
                "Did anyone notice the alert?",
                "How do you tell a bad node from a slow one?",
            ],
        );
    }

    #[test]
    fn chat_exasperation_understatement_and_contributing_factors_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "Ugh, Dave again.",
                "pretty sure this is on the payments folks, they pushed right before it started",
                "not great that the on-call took 40 minutes to ack",
                "Poor communication by the incident commander prolonged the outage.",
                "The developer introduced the bug by not handling the null case.",
                "The team lacked basic awareness of how the failover works.",
            ],
            &[
                "dave is joining again",
                "the alert again",
                "Not great that the disk filled up overnight.",
                "Poor communication between the services made the retries worse.",
                "The refactor introduced a regression.",
                "Sam introduced the feature flag in March.",
                "The team lacked access to the dashboard.",
            ],
        );
        expect(
            Category::Omission,
            &["The change was implemented without following the change management process."],
            &["The change was made during the freeze under an approved exception."],
        );
    }

    #[test]
    fn harm_as_achievement_errors_put_on_people_and_polite_whys_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "The service engineer managed to kill power to the server room.",
                "They were shitty engineers.",
                "It was due to a deployment error by one of the engineers.",
                "If you do not know the consequences of this, you should not be working in IT.",
                "The human element is often the weakest link.",
                "The operator chose to ignore the alarm.",
                "The cause appears to have been an embarrassing oversight.",
                "There should be consequences.",
            ],
            &[
                "She managed to restore the service by 10:40.",
                "Useless logs were rotated away.",
                "It was due to an error by the load balancer.",
                "Any error by an operator points at the design.",
                "The parser chose to ignore unknown fields.",
                "The PR author feels embarrassed.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "At no point did they deploy this file to a computer they owned.",
                "None of us caught it.",
                "Failing to notice the mistake, the surgeon closed the incision.",
                "The risk was largely ignored by everyone working at the site.",
            ],
            &[
                "At no point did the alert fire.",
                "None of the alerts fired.",
                "We were hesitant to roll back as none of the changes seemed relevant.",
                "Failing to connect, the probe retried.",
                "The header was ignored by the parser.",
                "We had to skip the release because of an issue found internally.",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "All you need to do is restore it to identical hardware.",
                "It doesn't take an engineering degree to respond to what you see.",
                "It's a low bar.",
            ],
            &[
                "All we need to do now is add a canary stage.",
                "So I decided in the essence of time to just do a hard reboot.",
                "What did you just do together?",
            ],
        );
        expect(
            Category::Counterfactual,
            &["You could at least write LGTM and wait before merging."],
            &[
                "We could at least restart it now.",
                "It could quite easily have happened to me.",
                "Even then there would not have been any power to the racks.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "Is anyone actually reviewing the code before the merges?",
                "Is there a reason to add a breaking change in a patch release instead of a major one?",
            ],
            &[
                "Is anyone looking at the queue?",
                "Is there a reason the alert didn't fire?",
            ],
        );
        expect(
            Category::SelfBlame,
            &["Yeah, I jumped the gun on v1.0."],
            &["The race jumped the gun on the lock."],
        );
    }

    #[test]
    fn a_subject_carried_over_and_or_or_is_the_previous_clauses_and_a_slip_told_against_intent() {
        expect(
            Category::Verdict,
            &["The operator either missed the alarm or chose to ignore it."],
            &["They meant to shut down a few servers, but took down a large number by a typo."],
        );
        expect(
            Category::Omission,
            &["Bob had switched phones that week and had not reinstalled the paging app."],
            &["The job ran and did not check the lock."],
        );
    }

    #[test]
    fn round_nine_omissions_read_past_adverbs_and_neither_nor_but_not_what_was_done_to_someone() {
        expect(
            Category::Omission,
            &[
                "The crew did not routinely train the switchover procedure.",
                "She did not contact the physician to confirm the route.",
                "Neither the nurses nor the physician had looked at the label on the bottle.",
            ],
            &[
                "The job did not routinely reply to the health check.",
                "Neither the tests nor the linter caught the typo.",
                "We weren't notified of the issue because the alarm only covered the main site.",
                "He had not been trained on the new console.",
                "The on-call was not paged.",
            ],
        );
    }

    #[test]
    fn round_nine_verdicts_where_the_blame_sits_and_what_you_get_for_it() {
        expect(
            Category::Verdict,
            &[
                "The majority of blame lies with the operator.",
                "It was the operator's responsibility to check the signal.",
                "This is what you get for merging code that doesn't pass tests.",
                "They made a poor decision under pressure.",
            ],
            &[
                "The fix lies with the config loader.",
                "The decision was not a poor one, given what they knew.",
                "It was the scheduler's job to run the backup.",
                "It is the on-call's job to check the queue.",
                "What do you get for the upgrade?",
            ],
        );
        expect(
            Category::SelfBlame,
            &["I had made some incorrect assumptions about how the snippets worked."],
            &["The parser made some incorrect assumptions about the encoding."],
        );
    }

    /// Words that judge how people worked, with the words denied or said of nobody.
    #[test]
    fn verdict_words_of_how_people_worked() {
        expect(
            Category::Verdict,
            &[
                "The handover to the day team was disorganised.",
                "Their answer to the customers was a disgrace.",
                "It was a crass way to run the bridge call.",
                "The rollback was slapdash and nobody wrote it down.",
                "The vendor's attitude to the page was lackadaisical.",
            ],
            &[
                "Nobody on the bridge was disorganised.",
                "It was no disgrace to ask for help.",
            ],
        );
    }

    #[test]
    fn round_ten_verdicts_placed_on_people_and_their_skill() {
        expect(
            Category::Verdict,
            &[
                "This is squarely on Dave.",
                "The outage is all on the DBA.",
                "The root cause was the on-call engineer.",
                "The root cause is you have no senior engineers.",
                "They were cutting corners.",
                "The ops team was totally out of their depth.",
                "The pilot's poor airmanship led to the crash.",
                "The operator misread the gauge.",
                "The contractor had no idea what he was doing.",
                "Their QA is a joke.",
            ],
            &[
                "The next step is squarely on the roadmap.",
                "It's squarely on the dashboard.",
                "The outage is all on the status page.",
                "The root cause was the disk controller.",
                "The root cause was the on-call rotation.",
                "The cause is they could not see the queue depth.",
                "The cut corner of the rack door was sharp.",
                "The diver was out of his depth in the current.",
                "Good airmanship means scanning the instruments.",
                "The parser misread the header.",
                "A misconfigured load balancer dropped traffic.",
                "We had no idea what the system was doing.",
                "The dashboard is a joke.",
                "His answer was a joke he told to ease the tension.",
            ],
        );
        expect(
            Category::SelfBlame,
            &["That one's on me.", "I cut a few corners to ship it."],
            &["That one's on the second page."],
        );
        expect(
            Category::Counterfactual,
            &["It was trivially avoidable."],
            &["Most outages like this are avoidable with canaries."],
        );
    }

    #[test]
    fn round_ten_delays_reports_left_alone_and_the_measure_of_everyone() {
        expect(
            Category::Omission,
            &[
                "They sat on the ticket for three days.",
                "The on-call waited forty minutes before paging anyone.",
                "He waited two hours to tell anyone.",
            ],
            &[
                "The ticket sat in the queue for three days.",
                "The patch sat on the shelf for a week.",
                "We waited ten minutes for the cache to warm.",
                "We waited five minutes before retrying, as the runbook says.",
                "The job waits 30 seconds before retrying.",
                "We waited two hours to escalate, per the policy.",
                "It never slipped his mind.",
            ],
        );
        expect(
            Category::Distancing,
            &[
                "Nobody with half a brain would deploy on a Friday.",
                "In my shop this would never get past CI.",
                "At our company that wouldn't ship without a canary.",
                "Any first-year student knows not to store passwords in plain text.",
                "Every sysadmin knows you test your backups.",
            ],
            &[
                "No one with access to the console was awake.",
                "At our company we deploy on Tuesdays.",
                "Every engineer knows the escalation path now, after the drill.",
                "Every responder learns the pager setup in onboarding.",
                "Any developer would know this API is confusing.",
            ],
        );
    }

    #[test]
    fn round_ten_duties_undone_questions_aimed_and_blame_that_rests_on_someone() {
        expect(
            Category::Omission,
            &[
                "The nurse did not perform the mandatory check.",
                "The technician had not placed the required cap on the pipe.",
                "It slipped his mind.",
                "They wouldn't answer the phone.",
                "He refused to respond to the page.",
            ],
            &[
                "The job did not make the usual backup.",
                "He was not given the required training.",
                "We did not have the necessary access.",
                "The server wouldn't answer pings.",
                "The crew had not received the required briefing.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "Did you not read the question at the top of the page?",
                "Why does it take you so long to find the papers?",
                "What in the hell were you thinking?",
            ],
            &[
                "Were you not told about the change?",
                "Did you not get the page?",
                "How long does it take you to restore a backup?",
                "What were you thinking at that moment, when the second alarm went?",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "It was without question grossly negligent on their part.",
                "The responsibility rests on the managers.",
                "The captain shares some of the blame.",
                "It reflects really poorly on the safety culture of that airline.",
                "It was right above the input field, are you blind?",
            ],
            &[
                "Without doubt the network was saturated.",
                "The load falls on the primary.",
                "We share responsibility for the on-call rota as a team.",
                "The mirror reflects poorly lit corners.",
                "It reflects poorly on the process, not on the people.",
                "Was he blind to the risk, or was the risk hidden?",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "It isn't hard to do backups, just a chore.",
                "Such problems could be easily caught by testing.",
                "Plain for any doctor to see.",
            ],
            &[
                "It isn't hard to see why they chose the shortcut.",
                "It wasn't hard to restart, once we found the runbook.",
                "The logs are in plain text for anyone to read.",
                "It could not be easily caught by our tests.",
            ],
        );
    }

    #[test]
    fn round_ten_whether_witnesses_defences_and_denied_causes_are_not_charges() {
        for text in [
            "He asked Elizabeth if she had changed the backup tape this morning.",
            "It fails with an error but I fail to see why.",
            "Failures do happen: just ask NASA.",
            "Even now, I would not have done anything differently.",
            "In their place I would have done the same.",
            "Their acts were not the result of gross negligence.",
            "No one has ever been punished for stopping unsafe work.",
            "There are a lot of things a person \u{201c}could\u{201d} have done.",
        ] {
            assert!(check(text).is_empty(), "{text:?}: {:?}", check(text));
        }
        for text in [
            "People who fail to comprehend the consequences of their decisions.",
            "If she had checked the tape, we would have the data.",
            "I asked around, if he had checked the logs we would know.",
            "Have they not checked the logs?",
            "Just ask the vendor to restart it.",
            "I would never have shipped that.",
            "The outage was the result of gross negligence.",
            "He should be punished.",
        ] {
            assert!(!check(text).is_empty(), "{text:?} should be flagged");
        }
    }

    #[test]
    fn round_ten_exasperation_aimed_at_people() {
        expect(
            Category::WhyQuestion,
            &[
                "Why is it always the payments team?",
                "How many times do I have to tell you to test?",
                "Is it too much to ask that people read the alerts?",
                "Can nobody here read a graph?",
            ],
            &[
                "How many times did the job retry?",
                "How many times did you ask the vendor?",
                "Why is it always slow on Mondays?",
                "Can nobody here remember the password?",
                "How many times do we page before escalating?",
                "What happens when the disk fills?",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "The vendor screwed us over with that update.",
                "This is what happens when you let juniors deploy.",
                "You had one job.",
            ],
            &[
                "That is what happens when the disk fills: the writer blocks.",
                "The bridge was flipped over the weekend.",
            ],
        );
    }

    #[test]
    fn round_ten_the_work_made_light_and_the_writer_set_apart() {
        expect(
            Category::Minimiser,
            &[
                "Literally all you have to do is run one command.",
                "It's not like it's hard to add a health check.",
                "Even a child could read that graph.",
            ],
            &[
                "All we have to do now is restore the snapshot.",
                "Even a child could be hurt by the falling rack.",
                "Even my mom could use this app.",
                "It's not like it's hard to see why they trusted the graph.",
            ],
        );
        expect(
            Category::Distancing,
            &[
                "Where I work, nobody would get away with that.",
                "Maybe they should hire people who know Postgres.",
                "Must be nice to deploy without tests.",
            ],
            &[
                "Where I work, we use a canary stage.",
                "We will hire people who know Postgres next quarter.",
                "It must be nice to have a quiet week for once.",
            ],
        );
    }

    #[test]
    fn round_nine_cautions_inquiries_and_what_is_owned_are_not_charges() {
        for text in [
            "You can't just change the CAD system.",
            "Don't just restart it, find out why it stopped.",
            "I will check if the branch protection rules would have prevented this.",
            "Let's see whether a canary would have caught it.",
            "Why is my build failing?",
            "Why does our dashboard show two regions?",
        ] {
            assert!(check(text).is_empty(), "{text:?}: {:?}", check(text));
        }
        expect(
            Category::Minimiser,
            &["You can just restart it, it's a two-minute job."],
            &[],
        );
        expect(
            Category::Counterfactual,
            &["A canary would have caught this."],
            &[],
        );
    }

    #[test]
    fn round_nine_people_named_by_mention_doubted_dismissed_and_made_small() {
        expect(
            Category::WhyQuestion,
            &[
                "Didn't any of them imagine what would happen if the test failed?",
                "Didn't the on-call see the page?",
            ],
            &["Didn't the alert fire?", "Didn't the build pass on main?"],
        );
        expect(
            Category::Verdict,
            &[
                "It was general unprofessionalism.",
                "Most engineers don't have any idea how to ensure a backup runs.",
                "I literally fix stuff that he messes up every day.",
            ],
            &[
                "The cache messes up the ordering when two writes race.",
                "Does anyone have any idea how to read this trace?",
            ],
        );
        expect(
            Category::Minimiser,
            &["Routine tasks an intoxicated one-eyed monkey could carry off."],
            &["The monkey could not reach the banana in the experiment."],
        );
        expect(
            Category::Omission,
            &[
                "Her manager does absolutely nothing about it.",
                "Neither the on-call nor the manager checked the queue.",
            ],
            &["The flag does nothing on this platform."],
        );
        let mentioned = sentences::sentences("@rphlo force-pushed to master.");
        assert!(mentioned[0].words[0].mention && !mentioned[0].words[1].mention);
    }

    #[test]
    fn round_eleven_jobs_lost_shame_disbelief_and_habits_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "That was a resume-generating event.",
                "That's a career-limiting move.",
                "Somebody's getting a pink slip.",
                "He will be looking for a new job.",
                "Whoever did that should update their CV.",
                "I hope whoever did this got walked out.",
                "Someone needs to take responsibility for this mess.",
                "Somebody has to answer for this.",
                "They should be ashamed of how long this took.",
                "I can't believe she deployed on a Friday evening.",
                "Kevin keeps doing this, it's the third time this quarter.",
                "Our DBA is a liability.",
                "Their whole team is a mess and everyone knows it.",
                "Leadership completely failed us here.",
                "Honestly the support team overreacted and made it worse.",
                "The captain's airmanship was lacking.",
                "Their skills are inadequate.",
                "The developer shipped garbage and we paid for it.",
                "He really screwed the pooch on this one.",
                "The site went down because the engineer decided to restart the primary.",
            ],
            &[
                "I am looking for a new job.",
                "She walked out of the meeting.",
                "Please update your resume in the HR tool.",
                "The job will resume in an hour.",
                "We need to take responsibility for the rota.",
                "We take responsibility for our uptime.",
                "You should not be ashamed of asking.",
                "I can't believe how fast Sam fixed it.",
                "I can't believe she got paged again.",
                "The job keeps doing this every night.",
                "That config is a liability.",
                "The config is a mess.",
                "The disk failed us.",
                "We failed over to the replica.",
                "The retries made it worse.",
                "Our testing was inadequate.",
                "The team's monitoring was inadequate.",
                "The job wrote garbage to the log.",
                "The vendor said it would ship a fix after shipping faulty content last week.",
                "We rolled back because the on-call decided the risk was too high.",
                "Which component was at fault?",
                "I blame the timeout default, it's 30 s everywhere.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "I can't believe I deleted it.",
                "My experience was lacking.",
            ],
            &["I'm not sure what I would have done differently with what I knew then."],
        );
    }

    #[test]
    fn round_eleven_omissions_questions_and_choices_set_against_instructions() {
        expect(
            Category::Omission,
            &[
                "So the on-call just sat there while the site burned?",
                "The contractors just shrugged.",
                "He totally blanked on the failover procedure.",
                "He went ahead and deployed despite the failing tests.",
            ],
            &[
                "He did not skip the mandatory check.",
                "The queue sat there for an hour.",
                "My boss shrugged it off as a bad process.",
                "The job ran despite the failing health check.",
                "He deployed despite the failing tests, because the fix was urgent.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "Why did it take you 40 minutes to notice?",
                "Who signed off on this?",
                "Who merged that?",
            ],
            &[
                "How long did it take you to restore it?",
                "Why did it take 40 minutes to notice?",
                "Who merged the fix?",
                "Does no one have access to the dashboard?",
                "Has nobody got the password?",
            ],
        );
        expect(
            Category::Counterfactual,
            &[
                "You were supposed to be watching the dashboard.",
                "If the devs wrote tests, this would never happen.",
                "Although the crew had been trained to go around, the captain chose to continue.",
                "Despite the fact that Sue had told him to wait, he decided to deploy.",
            ],
            &[
                "The dashboard was supposed to be showing the new region.",
                "If the job retried, this would never happen.",
                "If we had a canary, this would never happen.",
                "Although the runbook said to wait, the script proceeded.",
                "Although we were told the window closed at six, the team decided to finish.",
            ],
        );
        expect(
            Category::Minimiser,
            &["Rolling back is a single command, not exactly hard."],
            &["Rolling back took a single command, and it worked."],
        );
    }

    #[test]
    fn round_eleven_passive_verdicts_our_own_set_apart_and_reasons_in_the_work() {
        expect(
            Category::Verdict,
            &[
                "We were let down by the network team again.",
                "The rollout was rushed by a manager who wanted it out before the holidays.",
                "The whole thing was a comedy of errors by the platform team.",
            ],
            &[
                "We were let down by the vendor.",
                "The release was rushed through by the deadline.",
                "The request was hurried by the load balancer.",
            ],
        );
        expect(
            Category::Omission,
            &[
                "The DBA ran the script without double-checking the target.",
                "He skipped the tests because he was in a hurry.",
            ],
            &["The job ran without double-checking anything, by design."],
        );
        expect(
            Category::WhyQuestion,
            &["Were you even on the call?"],
            &["Were you on the call?"],
        );
        expect(
            Category::Distancing,
            &["Our ops people would never make that kind of mistake."],
            &["Our dashboards would never show that."],
        );
        expect(
            Category::SelfBlame,
            &["I skipped the canary because I was in a hurry."],
            &["I skipped the canary because the pipeline marked it optional for config changes."],
        );
    }

    #[test]
    fn round_eleven_disclaimers_attitudes_and_the_same_seat() {
        expect(
            Category::Counterfactual,
            &["I'm not blaming anyone, but Tom should have checked."],
            &[
                "I'm not blaming anyone; the check was not in the runbook.",
                "Whoever was on call would have faced the same alert storm.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "People need to start taking alerts seriously.",
                "It's a people problem, not a tooling problem.",
                "He's just not cut out for on-call.",
                "Mistakes were made, mostly by the night shift.",
            ],
            &[
                "We take the alert seriously when it pages twice.",
                "It's not a people problem; the tooling hid the queue.",
                "The cable was cut out of the old rack.",
                "Mistakes were made by the scheduler.",
            ],
        );
        expect(
            Category::Omission,
            &["It took them forever to even acknowledge the page."],
            &["It took the cache forever to warm up."],
        );
    }

    #[test]
    fn round_eleven_called_to_account_idioms_of_the_job_and_expectations() {
        expect(
            Category::Verdict,
            &[
                "Whoever set that timeout to five seconds should explain themselves.",
                "Our QA process is a rubber stamp and everybody knows it.",
                "Honestly, the contractor was out of his league.",
                "The SRE on duty was sleeping on the job.",
                "Frankly, I expected better from a senior engineer.",
                "They're lucky nobody lost their job over this.",
            ],
            &[
                "The system should explain itself in the logs.",
                "The cat was sleeping on the keyboard.",
                "I expected better latency from the new cluster.",
                "We were lucky the job ran twice.",
                "I was lucky to get a seat on the bridge.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &["How many times do we need to tell people to use the staging cluster?"],
            &["How many times do we need to retry before paging?"],
        );
    }
    #[test]
    fn round_twelve_culprits_sought_punishment_and_fault_placed_with_their_twins() {
        expect(
            Category::WhyQuestion,
            &[
                "Who okayed shipping this at 6pm on a Friday?",
                "We need to find out who disabled the disk alert.",
                "The review should establish who authorised the firewall change.",
                "So who exactly was supposed to be watching the backlog?",
                "Who hired this guy?",
                "How is it possible that nobody saw the error rate climbing?",
                "Leadership wants to know who is accountable.",
            ],
            &[
                "Who okayed the fix?",
                "Who was paged first?",
                "Who hired the contractors for the migration?",
                "How is it possible that the cache served stale data?",
                "Sam, who decided to roll back, walked us through it.",
                "We're not looking for whose fault it was.",
                "That's partly why I assumed it was the network.",
            ],
        );
        expect(
            Category::Verdict,
            &[
                "Someone is definitely getting a written warning for this.",
                "I'd recommend disciplinary action for the engineer involved.",
                "He should face the consequences.",
                "Somebody needs to lose their admin access over this.",
                "Let's pull Marta off the rotation until she's retrained.",
                "The nurse involved has been suspended.",
                "The root of it lay with the platform team; the failure lay with them.",
                "Blame for the outage rests squarely with the vendor's engineers.",
                "Responsibility for the outage rests solely with the third-party hosting provider.",
                "I somewhat blame the organisers for not closing the gate.",
                "Cause: Omar's edit to the routing table.",
                "Did she lack the nerve to call it?",
                "He doesn't have the backbone to push back on sales.",
                "Serious negligence on the part of the site manager.",
                "A weak manager signed it off.",
                "That was such a junior move.",
                "The firefighters (and I use the term loosely) had no ladder.",
            ],
            &[
                "The compiler printed a warning.",
                "The account was suspended after the card expired.",
                "We took the node off the rotation.",
                "We lose access to the bastion when the VPN drops.",
                "The decision lies with the incident commander.",
                "Responsibility for the rota lies with the team lead.",
                "Cause: a stale cache entry on node 4.",
                "The operator lacked the training to recognise the alarm.",
                "The signal was weak.",
                "We hired a junior engineer last month.",
                "Security patches applied to the mail servers caused the restart.",
                "He was removing a useless empty directory.",
                "Blame rarely fixes anything.",
            ],
        );
    }

    #[test]
    fn round_twelve_omissions_minimisers_and_distancing_with_their_twins() {
        expect(
            Category::Omission,
            &[
                "The Charge Nurse (CN) failed to check the wristband.",
                "The contractor had taken no precautions on the roof.",
                "The vendor made no attempt to warn us.",
                "She merged it without letting anyone know.",
                "The patch was applied by the on-call engineer without the required sign-off.",
                "The patch was applied by the night shift without the required sign-off.",
                "The on-call let the page ring out.",
                "He put off the certificate renewal for far too long.",
            ],
            &[
                "The job took no time at all.",
                "A traffic shift took no time at all.",
                "The system takes no action when the queue is full.",
                "The job ran without letting anyone know.",
                "He did not think it was necessary to call the tower.",
                "Tell me when it crashes, otherwise I might miss it.",
                "We should make the banner impossible to miss.",
                "The release was delayed too long by the build queue.",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "All she really needed to do was read the banner.",
                "The answer was staring them in the face.",
                "The cause was readily apparent from the graphs.",
                "It's not complicated, you roll back first.",
            ],
            &[
                "The setup is not complicated: two nodes and a proxy.",
                "Restarting felt safe because it's easy to undo.",
                "It's easy to lose track of handovers at 7am.",
            ],
        );
        expect(
            Category::Distancing,
            &[
                "We followed the process, unlike the payments team.",
                "I always check the region first, unlike some people.",
                "Only an idiot would deploy during the freeze.",
            ],
            &[
                "Unlike the old dashboard, the new one shows p99.",
                "Only a person with admin rights could restart it.",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "All Priya needed to do was open the history.",
                "All the pilot had to do was read the gauge.",
            ],
            &["All the logs showed was a timeout."],
        );
    }

    #[test]
    fn round_twelve_work_condemned_praise_that_mocks_and_the_one_responsible() {
        expect(
            Category::Verdict,
            &[
                "The vendor's patch was garbage.",
                "That rollout was a total shambles.",
                "Forgetting the region is embarrassing for someone at her level.",
                "Her response fell far below the standard we expect.",
                "That was not a smart way to clear the queue.",
                "Great job, Mo, really nailed it this time.",
                "Wow, you really outdid yourself.",
            ],
            &[
                "The data was garbage after the import.",
                "Polling is not a smart way to detect lag.",
                "Great job, Mo, the failover was spotless.",
                "Latency stayed below the threshold all night.",
                "Uptime fell below the standard in the contract.",
            ],
        );
        expect(
            Category::WhyQuestion,
            &[
                "Action will be taken with the individual responsible.",
                "We all know who to thank for this mess.",
                "How did nobody notice the disk filling up?",
            ],
            &[
                "The engineer responsible for the database joined the call.",
                "We know who to thank for the quick restore.",
                "How did the disk fill up so fast?",
            ],
        );
    }

    #[test]
    fn round_twelve_self_blame_and_what_systems_were_built_to_do() {
        expect(
            Category::SelfBlame,
            &[
                "Yeah, I blew it.",
                "As the lead, I failed my team that night.",
                "I let the whole team down.",
                "That was a total brain-fart on my part.",
                "I'll take the blame for the expired certificate.",
                "Responsibility for the outage lies with me.",
                "I mis-clicked and deleted the wrong bucket.",
                "I made some bad judgements that night.",
            ],
            &[
                "I did everything I could have done to restore it.",
                "I could have used a second pair of eyes at that hour.",
                "What would have helped me most is one list of the flags.",
                "I wonder what a newer teammate would have made of that graph.",
            ],
        );
        expect(
            Category::Counterfactual,
            &[
                "\u{201c}You should have been watching the queue,\u{201d} she said.",
                "A canary could have caught this.",
                "The bug should have been caught in review.",
                "He should have waited for backup.",
            ],
            &[
                "The cron job should have retried, but retries were off in that config.",
                "The dashboard would have shown the lag, but the panel defaulted to a day.",
                "At peak hour it would have been far worse.",
                "Q: what made reverting look riskier, when it would have meant a second migration?",
            ],
        );
    }

    #[test]
    fn round_twenty_a_person_judged_by_how_they_work() {
        expect(
            Category::Verdict,
            &[
                "Some clumsy technician knocked the patch panel loose.",
                "The trigger-happy operator paged the whole company at once.",
                "They left badly trained admins alone with the primary.",
                "Honestly the under-trained crew never stood a chance of getting it right.",
            ],
            &[
                "Nobody on that shift was a clumsy engineer.",
                "The clumsy dashboard hid the replica lag.",
                "Untrained staff covered the night shift, and the runbook assumed training.",
                "The model was poorly trained on last year's traffic.",
            ],
        );
    }

    #[test]
    fn round_thirteen_fault_laid_at_a_door_and_people_judged_with_their_twins() {
        expect(
            Category::Verdict,
            &[
                "Honestly this one is all on Priyanka.",
                "Root cause: Tobias, as far as anyone can tell.",
                "Cause: Mirela restarted the primary during the backup.",
                "The delay lay squarely with the facilities contractor.",
                "Ownership of the outage rests with the data team.",
                "Again the billing team has cost us a whole day.",
                "The shift lead was not up to handling a ward that busy.",
                "Our dispatcher that night was indecisive.",
                "I am disappointed in the attitude shown by the night crew.",
                "Half the new hires don't have a clue about the change process.",
                "Some of these contractors are a danger to everyone on site.",
                "Those are the most useless people I have worked with.",
                "The failure was an error made by the relief operator.",
                "We inherited a mess that the last vendor created.",
                "Managers here will always throw the juniors under the bus.",
                "great job Matteo, the checkout is down again",
                "Thanks to Ivo's brilliant plan to move the racks, we lost the whole cluster.",
                "Tell Anouk this must never happen on her watch again.",
            ],
            &[
                "This one is on the list for next sprint.",
                "Root cause: the certificate expired at midnight.",
                "The decision lies with the incident commander.",
                "The outage cost us a day of orders.",
                "I wasn't up to speed on the new dashboards yet.",
                "I'm disappointed in the vendor's dashboard.",
                "The backlog is a danger to our error budget.",
                "Great job everyone, checkout is back up.",
                "Thanks to Ivo's quick rollback, we restored service in minutes.",
                "We're not here to throw anyone under the bus.",
            ],
        );
    }

    #[test]
    fn round_thirteen_questions_omissions_minimisers_and_distancing_with_their_twins() {
        expect(
            Category::WhyQuestion,
            &[
                "Why did it take the platform team an hour to answer the page?",
                "Why is Bruno allowed to deploy without a review?",
                "She said she'd check the logs. If not, why didn't she?",
                "How come he was still on the call at four?",
                "What was the excuse for the operator not answering the radio?",
                "Why was the loading door left open overnight?",
            ],
            &[
                "Why did it take the cache ten minutes to warm?",
                "Why is the cron job allowed to run at 3 am?",
                "How come the replica was so far behind?",
            ],
        );
        expect(
            Category::Omission,
            &[
                "The night team has still not closed the follow-ups from June.",
                "Omar never acked the second page.",
                "Lucia didn't loop the network team in before the change.",
                "The field personnel did not use the lockout checklist.",
                "He checked the pump, logged the reading, but never checked the valve.",
            ],
            &[
                "The queue has still not drained.",
                "The worker started, failed to connect, and exited.",
            ],
        );
        expect(
            Category::Minimiser,
            &[
                "Recovery merely required the on-call to flip one flag.",
                "Surely it isn't too much to ask that someone reads the handover.",
                "All anyone in the room had to do was scroll up.",
            ],
            &["The runbook step simply restarts the agent."],
        );
        expect(
            Category::Distancing,
            &[
                "We did everything right on our side.",
                "The warehouse team followed the procedure to the letter.",
                "Platform says it is a networking problem, not theirs.",
                "That would never happen on our shift.",
                "In contrast to the London team, we answered within five minutes.",
                "I always read the diff, which is more than I can say for others.",
            ],
            &[
                "The retry logic did everything right.",
                "This wouldn't happen in staging.",
                "In contrast to the old dashboard, the new one shows p99.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "I have no excuse for skipping the checklist.",
                "Honestly that one is on me.",
                "I checked the pump, logged the reading, but never checked the valve.",
                "I took responsibility for the outage in the retro.",
            ],
            &[
                "The engineer took responsibility for the rollback.",
                "The on-call will take responsibility for the rollback tonight.",
            ],
        );
    }

    #[test]
    fn round_thirteen_slips_told_with_their_recovery_and_other_innocent_shapes() {
        let quiet = [
            // Slips told with the recovery, or the wrong thing found rather than done.
            "The pharmacist picked the wrong vial, caught it at the second check and swapped it.",
            "I typed the wrong host, noticed the prompt and reran it on the right one.",
            "Kofi spotted the wrong price on the shelf labels and told the manager.",
            "Nadia had the wrong tab open for a while, so the graph looked flat to her.",
            "i forgot the --dry-run flag the first time, reran it and it was fine",
            "I missed the first call because my phone was on silent in my bag.",
            // Systems, outcomes and facts not known.
            "The sprinkler valve should have opened at 70 degrees; it stuck at 40.",
            "The ventilator should have alarmed, but the alarm volume was set to zero.",
            "The queue could have been anywhere between 2,000 and 5,000 deep.",
            "From the console, the lag could not have been seen at all.",
            "Losses would have been higher had the storm arrived at rush hour.",
            "It should have read 'Tuesday', not 'Thursday'.",
            "Refunds were wrongly issued twice by the batch job.",
            // Questions, appearances, logs and plans.
            "Looking back, I wonder what someone new would have made of that alert.",
            "What would a newer nurse have done, or missed, at that point?",
            "She worried the write-up made her look careless.",
            "Could not open lock file, ignoring: permission denied",
            "Let's agree to never skip the handover call again.",
            "The defendant denies any negligence by its staff.",
            "We can fix a lapse in process coverage quickly.",
            "In a crisis you simply do the best you can.",
            // Kitchen and trading roles are people; these tools' names are not.
            "Chef failed to converge the node.",
            "The broker never acknowledged the write.",
            "The cleaner job never removed the old snapshots.",
        ];
        for text in quiet {
            assert!(
                check(text).is_empty(),
                "{text:?} is not blame: {:?}",
                check(text)
            );
        }
        // The same shapes with nothing to excuse them are still read as blame.
        for text in [
            "The pharmacist picked the wrong vial.",
            "Nadia deleted the wrong folder and took the site down.",
            "Dana forgot to renew the certificate.",
            "The outage would have been shorter if Dan had paged the DBA.",
            "Sam wrongly assumed the cache was cold.",
            "He looks careless.",
        ] {
            assert!(!check(text).is_empty(), "{text:?} should be flagged");
        }
    }

    #[test]
    fn round_fourteen_disbelief_unfitness_and_work_judged_with_their_twins() {
        expect(
            Category::WhyQuestion,
            &[
                "The patch took me ten minutes, so I can't see what took the late shift so long.",
                "It's hard for me to understand how the operator didn't notice the second alarm.",
                "I'm surprised anyone in that team would still approve their own change.",
                "It surprises me that someone would merge with the build red.",
                "Afterwards we asked the technician what exactly he was thinking...",
                "Can someone explain to me how a contractor got write access to billing?",
                "I'd like someone to explain why the vendor's desk let our ticket age a week.",
            ],
            &[
                "What took the index so long to build?",
                "It's hard to see how the cache warmed so quickly.",
                "I was surprised the failover would take four minutes.",
                "I was surprised that the vendor would answer so fast.",
                "The on-call explained why she rolled back.",
                "We asked what she was thinking at that moment, and she told us.",
                "Can someone explain how the failover picks a leader?",
            ],
        );
        // Defended, not doubted ("anyone could" is read apart, as easy-talk).
        let defended = categories("It's hard to see how anyone could have known.");
        assert!(!defended.contains(&Category::WhyQuestion), "{defended:?}");
        expect(
            Category::Verdict,
            &[
                "He shouldn't be on the pager if he can't read a heap dump.",
                "You should not be allowed near the payments cluster.",
                "The response from the night crew was slow and disorganised.",
                "Notes left by the previous lead were inadequate.",
                "Their handover was sloppy and half of it was missing.",
                "I'm disappointed in the level of rigour shown by the platform team.",
                "She couldn't write a basic SQL join.",
                "big thanks to the network team for another lovely Sunday /s",
                "great job lena, checkout is broken again",
                "The CEO sat on his hands for a whole day.",
            ],
            &[
                "Dana shouldn't be on call this month, she is on leave.",
                "Interns shouldn't be allowed near production without a pair.",
                "You will not be allowed near the racks without a badge.",
                "The runbook was inadequate for a failure of this kind.",
                "We couldn't run a basic query because the database was down.",
                "Great job everyone, checkout is back up.",
                "The restart took 30 s",
                "The message sat on the queue for an hour.",
            ],
        );
    }

    #[test]
    fn round_fourteen_omissions_minimisers_counterfactuals_and_distancing_with_their_twins() {
        expect(
            Category::Omission,
            &[
                "tomas never even acked the page",
                "Ops changed the firewall without telling anyone.",
                "They handed the upgrade to a contractor without apparently ensuring it was tested.",
                "Support sat on the customer escalations for two hours.",
                "The night team did not discover the failed backups until Monday.",
            ],
            &[
                "the cron never even started",
                "Both certificates will expire next week if nobody acts.",
                "We all thought it was the cache, that's why nobody looked at the database.",
                "I'll write it up so nobody has to rediscover it at 3am.",
                "Two responders chased the same lead without knowing the other was on it.",
                "Check the dashboard for failures or missed batches.",
                "Everybody misses a page now and then.",
            ],
        );
        expect(
            Category::Counterfactual,
            &["if mo had read the diff we'd have been home by ten"],
            &[
                "if anything had changed we would know by now",
                "That edge case would've caused a full outage.",
                "The stale version number wouldn't have caused a failure.",
                "The bot that closed it could have been any of us.",
                "You should have also received an email from the status page.",
            ],
        );
        expect(
            Category::Minimiser,
            &["Finding the cause required only a quick look at the error log."],
            &[
                "The restore took only forty minutes.",
                "Our CI obviously doesn't run the load tests on docs changes.",
            ],
        );
        expect(
            Category::Distancing,
            &[
                "The outage was not our fault; the upstream provider dropped the route.",
                "It's not my fault they merged without telling the other teams.",
                "Through no fault of my own, the release slipped a week.",
                "It wasn't actually my change that was the problem.",
                "Glad I had nothing to do with that outage.",
                "He restarted the primary first (not how I would do it).",
                "Not to point fingers, but we did our part perfectly.",
                "Skipping the canary? Not on my watch.",
            ],
            &[
                "It's not your fault.",
                "It was not my fault.",
                "The config change had nothing to do with the outage.",
                "That's not how we do things in a review, so let's hear the timeline first.",
                "I did my part of the migration on Tuesday.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "I feel embarrassed for not spotting the drift sooner.",
                "I'm ashamed of never testing the restore.",
            ],
            &["She felt bad for not being able to join the call."],
        );
        // What a thing was said to be and a slip as its owner met it are not verdicts.
        for text in [
            "The lawsuit alleged negligence by the contractor.",
            "There is no need to shame someone for an honest mistake.",
            "She gave the dose and a minute later realised her error.",
            "My first instinct was to blame the latest deploy.",
        ] {
            assert!(
                check(text).is_empty(),
                "{text:?} is not blame: {:?}",
                check(text)
            );
        }
    }

    #[test]
    fn stop_forty_seven_acts_done_after_all_blame_left_unsaid_and_passive_operations() {
        // "Almost didn't" tells an act that was done; "almost never" is a habit.
        expect(
            Category::Omission,
            &[
                "He almost never checks the dashboard.",
                "She didn't page anyone.",
                "He almost did nothing about the alert.",
            ],
            &[
                "I was worried I'd be blamed, so I almost didn't write this account.",
                "She nearly didn't page anyone, then did.",
                "I almost did not page anyone.",
            ],
        );
        // A "shouldn't" whose unsaid verb is the blame or the shame talked about (the second
        // also needs its dots to go on with the same sentence, not end it).
        expect(
            Category::Counterfactual,
            &[
                "He did things he shouldn't.",
                "I don't want to blame anyone, but he pushed to prod when he shouldn't.",
                "I feel he deployed when he shouldn't.",
            ],
            &[
                "The PR author feels embarrassed, even though they shouldn't.",
                "If they blame the person who did the update.. they shouldn't, as it sounds \
                 like an engine defect.",
            ],
        );
        // An operation's particle marks a person's act not done, in the passive.
        expect(
            Category::WhyQuestion,
            &[
                "Why wasn't the feature flag turned off the moment the alerts fired?",
                "Why weren't the canaries rolled back?",
            ],
            &[
                "Why didn't the pager fire?",
                "Why wasn't the threshold based off p99?",
            ],
        );
    }

    /// A participle after a person names what they were working on, not who acts: "the
    /// person publishing this forgot", not "this forgot".
    #[test]
    fn a_thing_after_a_persons_participle_is_not_the_subject() {
        expect(
            Category::Omission,
            &["The person publishing the package forgot to build it first."],
            &["The job publishing the package failed to build it first."],
        );
        expect(
            Category::Verdict,
            &["The engineer testing the generator managed to kill power to the room."],
            &[
                "The engineer testing the generator restored power to the room.",
                "During testing the generator managed to kill power to the room.",
            ],
        );
    }

    /// "Thought it would be a good idea" is the same sarcasm as "thought it was a good idea";
    /// a decision the writer's side tells of is not.
    #[test]
    fn a_good_idea_that_would_be_is_sarcasm_too() {
        expect(
            Category::Verdict,
            &[
                "Our host decided it would be a good idea to move all of our servers.",
                "Someone thought it would be a great idea to push on Friday.",
            ],
            &[
                "We decided it would be a good idea to add a canary stage.",
                "It would be a good idea to add a canary stage.",
            ],
        );
    }

    /// "It seems", "it sounds like" hedge the clause after them, which has its own subject:
    /// the hedge's "it" is not who acts.
    #[test]
    fn a_hedged_clause_keeps_its_own_subject() {
        expect(
            Category::Verdict,
            &["It seems someone cut the wrong wire, and managed to take down the power."],
            &["It seems the backup job cut the wrong volume, and managed to take down the database."],
        );
        expect(
            Category::Omission,
            &["It sounds like they rushed to release it, skipping all sorts of testing."],
            &["It sounds like the job rushed the release, skipping the cache."],
        );
    }

    /// Praise of someone's wits that can only be irony: a belief in one's own cleverness told
    /// from after it, a crown past all measure, "the genius" for a person.
    #[test]
    fn praise_of_wits_told_as_irony() {
        expect(
            Category::Verdict,
            &[
                "Someone thought they were exceedingly clever and would fix it live.",
                "The biggest problem was thinking they were smart enough to skip staging.",
                "Or better yet the genius doesn't know how to read a transit.",
                "Ben, being the smartest engineer on earth, ran rm on prod.",
            ],
            &[
                "I think they are smart engineers.",
                "The genius of the design is that it fails closed.",
                "Calling the fallback an act of genius is fair.",
                "Ben, being the smartest person in the room, found the bug.",
                "They were clever about the cache.",
            ],
        );
        expect(
            Category::SelfBlame,
            &[
                "So I, being the smartest unix guy on earth, did a rm.",
                "I thought I was so clever, and pushed it on a Friday.",
            ],
            &[],
        );
    }

    /// "Doesn't know how to" said in the present of someone else judges what they are; in the
    /// past, of ourselves, of those served, or with its reason, it tells a gap.
    #[test]
    fn not_knowing_how_said_of_what_someone_is() {
        expect(
            Category::Verdict,
            &[
                "The admins don't know how to restore a backup.",
                "You can't figure out how to microwave popcorn?",
            ],
            &[
                "The people on site didn't know how to fix them.",
                "We don't know how to restore it yet.",
                "Users don't know how to reset their password.",
                "New hires don't yet know how to fail over the database.",
                "The on-call doesn't know how to fail over, because the runbook is stale.",
            ],
        );
    }

    /// "The way it should be" measures something against a norm; it does not make the
    /// sentence a plan, whose advice would excuse a verdict in it.
    #[test]
    fn a_norm_measured_against_is_not_a_plan() {
        expect(
            Category::Verdict,
            &["Most engineers don't have any idea how to keep a backup running the way it should be."],
            &["The backups were running the way they should be."],
        );
    }

    /// "Make sure" in a relative clause tells a duty someone had; it is not a plan whose
    /// advice would excuse the verdict beside it.
    #[test]
    fn a_duty_told_of_someone_is_not_a_plan() {
        expect(
            Category::Verdict,
            &["The lead made the error, as the person that should make sure errors are caught."],
            &["We should make sure that errors are caught before release."],
        );
    }

    /// A need denied ("doesn't need to be on us") proposes nothing, so the sentence is no
    /// plan; "it needs to be on a checklist" is one.
    #[test]
    fn a_need_denied_is_not_a_plan() {
        expect(
            Category::Verdict,
            &["That's their fault for not following good practice, so the burden doesn't need to be on us."],
            &["The rollback needs to be on the checklist."],
        );
    }

    /// A person taken off the work ("removed from duty", "relieved of command", "will be
    /// removed by the partners") is a sanction told; a shift handed over is not.
    #[test]
    fn a_person_taken_off_the_work_is_a_sanction() {
        expect(
            Category::Verdict,
            &[
                "The signaller had been removed from duty.",
                "The board members will be removed by the partners.",
                "The captain was relieved of command.",
            ],
            &[
                "The on-call was relieved by the secondary at 3am.",
                "The user was removed from the group.",
                "The old config was removed by the cleanup job.",
                "The engineer was removed by mistake from the channel.",
            ],
        );
    }

    /// Words quoted after a speaker's label ("Ines: '...'") are what someone said in the
    /// room, told as in a transcript, and read as the writer's own; a log line after a label
    /// in lower case, or a quotation deeper in the sentence, stays someone else's words.
    #[test]
    fn a_speaker_labelled_quotation_is_said_in_the_room() {
        expect(
            Category::Distancing,
            &[
                "Ines: 'unlike the payments team, we actually test our migrations'.",
                "Comment from Omar: \"real DBAs would have seen the lock coming\".",
            ],
            &[
                "Ines: 'unlike the staging run, the migration took an hour'.",
                "Comment from Omar: \"the lock was held for ninety seconds\".",
            ],
        );
        expect(
            Category::Omission,
            &["Summary: \"someone changed the route table and didn't tell the network team.\""],
            &["error: \"someone changed the route table and didn't tell the network team\""],
        );
    }

    /// "I always <did>" claims a practice of the writer's own beside someone else's outcome;
    /// "we" only on the writer's own ground ("on my team we always..."). Not a belief or a
    /// perception ("I always thought"), a try, a promise ("I will always"), a habit that
    /// slipped ("as I always do"), or the team's process told plainly.
    #[test]
    fn a_practice_the_writer_claims_is_distancing() {
        expect(
            Category::Distancing,
            &[
                "When I ran the night desk I always paged the secondary before a failover.",
                "On my old team we always kept a rollback script next to the deploy.",
                "I would always read the diff twice before approving a schema change.",
            ],
            &[
                "We always run the canary for an hour.",
                "I always thought the job ran nightly.",
                "I always try to leave a note in the channel.",
                "I will always check the replicas from now on.",
                "The on-call always checks the replicas.",
                "Should I always page the secondary?",
            ],
        );
    }

    /// "I don't know how the alert could have fired twice" asks after what a thing did: an
    /// open question, not a path not taken. Of a person or an organisation it stays one.
    #[test]
    fn not_knowing_how_a_thing_could_have_done_it_is_an_open_question() {
        expect(
            Category::Counterfactual,
            &[
                "I don't know how he could have missed the page.",
                "I have no idea how the vendor could have shipped that build.",
            ],
            &[
                "I don't know how the alert could have fired twice.",
                "I'm not sure why the cron job would have run at all.",
                "It's unclear how the config could have been overwritten.",
            ],
        );
    }

    /// A relative clause or a noun phrase in apposition, set off by commas, sits between the
    /// subject and its verb: the one named before it is who acts. A thing named so stays a
    /// thing, and the same sentence with a plain act is quiet.
    #[test]
    fn an_aside_between_subject_and_verb_keeps_the_subject() {
        expect(
            Category::Omission,
            &[
                "The contractor, who had started on Monday, declined to check the breaker.",
                "Mira Holt, the release manager, failed to notify the support desk.",
            ],
            &[
                "The contractor, who had started on Monday, checked the breaker.",
                "The cron job, which had run for years, failed to rotate the logs.",
                "Mira Holt, the release manager, notified the support desk.",
            ],
        );
    }

    /// Only people pay attention: "hadn't paid attention" tells what a person did not do, and
    /// "the driver wasn't paying attention" is said of a person though "driver" also names a
    /// program. Not supposed, advised, asked, or said of a thing's lack of attention.
    #[test]
    fn only_people_pay_attention() {
        expect(
            Category::Omission,
            &[
                "The electrician hadn't paid attention.",
                "The signaller never paid attention.",
            ],
            &[
                "Pay attention to the queue depth during the next failover.",
                "Don't pay attention to the flaky canary alert.",
                "Did anyone pay attention to the disk graph?",
                "The ticket didn't get any attention until Monday.",
            ],
        );
        expect(
            Category::Verdict,
            &["The driver wasn't paying attention at the crossing."],
            &["The driver wasn't loaded at boot."],
        );
    }

    /// "The driver", "the operator", "the crew" name people as well as things: where a charge
    /// is placed ("is at fault", "the blame lies with..."), they are the person. Not with a
    /// modifier that makes them a thing ("the network driver"), nor a process at fault.
    #[test]
    fn a_charge_placed_on_the_driver_is_placed_on_a_person() {
        expect(
            Category::Verdict,
            &[
                "The driver on the night train was at fault.",
                "Most of the blame lies with the crew.",
            ],
            &[
                "The printer driver is at fault.",
                "The rollout process is at fault.",
                "The final decision lies with the crew.",
            ],
        );
    }

    /// A person's role in quotation marks after a determiner ("our 'senior engineer'") says
    /// they did not deserve it; a role word quoted as a label ("the 'admin' account", "the
    /// 'on-call' rotation") does not.
    #[test]
    fn a_role_in_scare_quotes_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Our \"senior engineer\" had never opened a terminal.",
                "The vendor sent their 'technician' to swap the disk.",
            ],
            &[
                "The 'admin' account was locked after the audit.",
                "The 'on-call' rotation moved to a weekly cycle.",
                "The runbook calls this role the \"incident commander\".",
            ],
        );
    }

    /// Someone's cares weighed against the work ("more interested in X than Y") judge them;
    /// the same words of customers, of ourselves, without the weighing "than", or asked, do
    /// not.
    #[test]
    fn cares_weighed_against_the_work_are_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Management was more concerned with the launch date than with the failing tests.",
                "Their lead seemed more interested in the slides than in the outage.",
                "The vendor had been more focused on new features than on keeping the API up.",
            ],
            &[
                "Users were more interested in the new search than in the old filters.",
                "We were more focused on the migration than on the alerts that week.",
                "The on-call was more focused on the migration that night.",
                "The cache is more concerned with latency than with consistency.",
                "Was anyone more worried about the lag than about the disk?",
                "The lead was more focused on the rollback, which took longer than expected.",
            ],
        );
    }

    /// "Even" after a denied act says the act was owed, whatever it was; not of ourselves, of
    /// the customers served, or of a thing.
    #[test]
    fn an_act_not_even_done_was_owed() {
        expect(
            Category::Omission,
            &[
                "You didn't even give it a glance before approving it.",
                "The contractor never even returned our calls.",
                "He did not even open the ticket.",
            ],
            &[
                "Customers didn't even get an error page.",
                "We didn't even know the job existed.",
                "The alert didn't even fire.",
                "The runbook never even mentions the replica.",
                "He didn't give the go-ahead until the backup finished.",
            ],
        );
    }

    /// "Embarrassing" said of what someone did, or of its outcome, judges it; a feeling, our
    /// own, denied, asked, or an adverb does not.
    #[test]
    fn an_act_called_embarrassing_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Honestly, what the vendor did here is nothing short of embarrassing.",
                "The handover that night was really embarrassing.",
                "Very embarrassing, the release went out with the debug flag on.",
                "Another embarrassing, global outage for the payments team.",
            ],
            &[
                "I was embarrassed when the page came in.",
                "It is not embarrassing to ask for help.",
                "Is it embarrassing to ask for a second pair of eyes?",
                "The reason turned out to be embarrassingly simple.",
                "Hindsight is what makes their decisions feel embarrassing.",
                "We felt it was an embarrassing situation for the whole team.",
                "It was embarrassing for me to call the customer back.",
                "We've had a really embarrassing outage this week.",
            ],
        );
    }

    /// How someone works likened to children or fools, after a verb of conduct, is a verdict;
    /// not of ourselves as a team, denied, of a thing, or another "like".
    #[test]
    fn conduct_likened_to_children_or_fools_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "The platform team behaved like spoilt children about the freeze.",
                "The ops team will still act like 5th graders about the freeze.",
                "Half the vendor's staff were running around like headless chickens.",
                "That contractor drives like a maniac on site.",
            ],
            &[
                "We were running around like headless chickens for the first hour.",
                "We've been running around like headless chickens since the page.",
                "We'd spent the night running around like headless chickens.",
                "Please don't act like children in the incident channel.",
                "Chicken was treated like hazardous material.",
                "The retry loop acts like a child asking the same question.",
                "The two replicas behave like a single node under load.",
                "The dashboard looked like a child had drawn it.",
            ],
        );
    }

    /// A check left unrun, or a second person left out, after a person's act is an omission;
    /// not running out of something, nor a thing's run.
    #[test]
    fn a_check_not_run_or_a_second_person_left_out_is_an_omission() {
        expect(
            Category::Omission,
            &[
                "Dmitri pushed the migration without running the tests first.",
                "Somebody merged it without running the linter.",
                "Somebody merged without running BuildAndTest.cmd first.",
                "He pushed the branch without running run_tests.sh.",
                "The contractor approved the weld without a second pair of eyes.",
            ],
            &[
                "The job finished without running out of disk.",
                "Ana restored service without running the latest build.",
                "He paid for the order without running the checkout page twice.",
                "The medic set the arm without running the splint past the elbow.",
                "The change went out without a second approver because the policy allowed it.",
                "The deploy tool ran without running the preflight hooks, since they were off.",
            ],
        );
    }

    /// A condition on what someone cannot do, followed by a verdict on them (unfit for the
    /// work, to be replaced, or a rhetorical question), is a verdict; a circumstance that
    /// keeps someone from an act, an instruction after the condition, an open question, or a
    /// doubt about ourselves is not.
    #[test]
    fn a_condition_on_what_someone_cannot_do_with_a_verdict_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "If you can't read a graph, you shouldn't be on the rotation.",
                "If the contractors cannot follow a simple checklist, find better contractors.",
                "If your ops team can't keep a certificate valid, do you really want them \
                 running payments?",
                "If he doesn't understand DNS he should not be working in infrastructure.",
            ],
            &[
                "If you can't reach the IC, page the secondary on-call.",
                "If the on-call can't see the dashboard, what should they do?",
                "If you don't know which region is affected, check the status page first.",
                "If you can't roll back, is there a way to fail over?",
                "If anyone can't find the runbook, they should ask in the ops channel.",
                "If the job can't finish, it should not be on the critical path.",
                "If we can't keep the power on, will we ever get the site back?",
            ],
        );
    }

    /// "Some" before one of the staff who then did the harm names a nameless culprit; not
    /// those who told of it, an act that harmed nothing, more than one person, a question, or
    /// the words mentioned.
    #[test]
    fn some_one_of_the_staff_who_did_the_harm_is_named_as_the_cause() {
        expect(
            Category::Verdict,
            &[
                "Some contractor decided the firewall rules were optional.",
                "Some manager had signed off on the change without reading it.",
                "Apparently some dev pushed straight to prod on a Friday.",
            ],
            &[
                "Some engineer from the vendor joined the call at 03:10.",
                "Some user reported the error on the forum.",
                "Did some engineer change the config?",
                "We asked some engineer on the vendor side to check the logs.",
                "Some engineers decided to stay late to help.",
                "The words 'some genius decided' came up twice in the retro.",
            ],
        );
    }

    /// A curse called down on people ("curse you", "a pox on") is a verdict, as "shame on"
    /// is; the noun, an oath alone, or cursing at a thing is not.
    #[test]
    fn a_curse_called_down_on_people_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Curse you, whoever set that TTL.",
                "A pox on the release managers and their freeze.",
                "Damn them for shipping it on a Friday.",
            ],
            &[
                "The curse of knowledge made the runbook hard to read.",
                "He would curse at the terminal whenever the build broke.",
                "Damn, the replica is lagging again.",
            ],
        );
    }

    /// Care owed and found lacking, as a participle or with the law's "due", is a verdict;
    /// a thing lacking something, attention received, or care denied lacking is not.
    #[test]
    fn care_found_lacking_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "The contractor was lacking care and discipline on that job.",
                "The audit found an absence of due care in how the vendor handled the keys.",
                "It came down to a lack of due diligence by the integrator.",
            ],
            &[
                "The dashboard was lacking context for the new region.",
                "The runbook is lacking in detail for the failover.",
                "Lacking attention from the vendor, the ticket sat for a week.",
                "We found no lack of care from anyone on shift.",
            ],
        );
    }

    /// A person named as the event itself ("and then he happened") is named as the
    /// cause; "happened to", "what happened" and a thing that happened are not.
    #[test]
    fn a_person_who_happened_is_the_cause() {
        expect(
            Category::Verdict,
            &[
                "The deploy was fine, and then he happened.",
                "Oh well, @alex happened.",
            ],
            &[
                "Then the holidays happened, and the rota thinned.",
                "I happened to be on call that night.",
                "He happened upon the logs by chance.",
                "We still don't know what happened.",
                "Then the failover happened.",
                "Nobody knows how it happened, but Priya found it.",
            ],
        );
        expect(
            Category::SelfBlame,
            &["It didn't take long to work out what had happened: I happened."],
            &[],
        );
    }

    /// Insults for a person are verdicts wherever they stand; a word made from one for a
    /// thing is not.
    #[test]
    fn insults_for_a_person_are_verdicts() {
        expect(
            Category::Verdict,
            &[
                "Some klutz in the vendor's cage pulled both feeds.",
                "He was an utter d-bag about the rollback.",
                "What a duffer, he restarted the wrong rack.",
            ],
            &["The klutz-proof connector went in after the first outage."],
        );
    }

    /// "Human error" named as the cause of outages at large is a charge on people; the notion
    /// talked about, or denied as a cause, is not.
    #[test]
    fn human_error_named_as_the_cause_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "As ever, human error is the main cause of these outages.",
                "Human error is involved in most of the incidents we see.",
                "Everyone knows human error is behind nine in ten data losses.",
            ],
            &[
                "Human error is never the root cause; it is where we start asking.",
                "Human error is a label we put on behaviour after the fact.",
                "Human error is not recorded as a cause in this review.",
            ],
        );
    }

    /// "A failure of leadership": people's work judged as a whole; a thing that failed is
    /// not.
    #[test]
    fn a_failure_of_peoples_work_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Frankly, this was a failure of leadership.",
                "It shows a failure of vendor management on their side.",
                "Behind it all were failures of judgement by the shift leads.",
            ],
            &[
                "Failover starts after a failure of the primary.",
                "The outage began with a failure of testing infrastructure in one region.",
                "A failure of one disk should never take the array down.",
            ],
        );
    }

    /// Someone said to do the bare minimum is judged for how they work; the minimum done
    /// for a purpose, or by a tool, is not.
    #[test]
    fn doing_the_bare_minimum_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "The vendor's support team does the bare minimum and closes the ticket.",
                "Half the shift was just doing the minimum that night.",
                "Honestly, the contractor did the absolute minimum required to pass the audit.",
            ],
            &[
                "We did the minimum to get the site back up, then went to bed.",
                "The cleanup script does the minimum needed to free the disk.",
                "She set the pool to the minimum of two connections.",
                "The new release does the bare minimum of checks on startup.",
            ],
        );
    }

    /// "How was this even possible?" asks in disbelief how the work got past people; "how
    /// did it even start?" asks how a thing worked.
    #[test]
    fn how_this_even_got_through_is_a_why_question() {
        expect(
            Category::WhyQuestion,
            &[
                "Seriously, how did this even get merged?",
                "With two approvals on it, how could this possibly have passed review?",
            ],
            &[
                "How did it even start with the lock held?",
                "How did this get through the load balancer's health check?",
                "How was this possible under the old schema?",
            ],
        );
    }

    /// Someone's skills, judgement or preparation said to be lacking is a verdict; a thing
    /// found lacking is not.
    #[test]
    fn skills_found_wanting_are_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "To be blunt, the new lead's judgement seems inadequate for the role.",
                "Their preparation was severely lacking that night.",
            ],
            &[
                "The dashboard's context was lacking for the new region.",
                "Disk space on the replica seemed inadequate after the import.",
                "Their testing seemed inadequate for a change that size.",
            ],
        );
    }

    /// Someone who killed the power, like one who killed production, is named as the
    /// cause; a breaker that did, or a drill, is not.
    #[test]
    fn a_person_who_killed_the_power_is_the_cause() {
        expect(
            Category::Verdict,
            &[
                "The electricians killed all power to the second floor.",
                "Apparently a contractor killed power to the whole site.",
            ],
            &[
                "The breaker killed power to the room.",
                "The vendor killed power to the rack on purpose to test the failover.",
            ],
        );
    }

    /// Words for work done without care ("raw-dogged", "vibe-coded") and for character
    /// ("hubris") judge whoever they are said of; talked about, they do not.
    #[test]
    fn work_done_without_care_named_in_slang_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "He basically vibe-coded the migration and shipped it.",
                "Sheer hubris, deploying that on a Friday.",
                "They raw-dogged the schema change straight into prod.",
            ],
            &["Nobody here thinks this was hubris; the alert never fired."],
        );
    }

    /// A person pushing or merging straight to main skips the review; a reviewed change
    /// deployed directly, a bot, and what one may push are not.
    #[test]
    fn pushing_straight_to_main_is_an_omission() {
        expect(
            Category::Omission,
            &[
                "So Dario pushed straight to main again.",
                "Looks like the contractor is merging directly into production.",
            ],
            &[
                "Once it was reviewed, the patch was deployed directly to production.",
                "The release bot pushes straight to main after the checks pass.",
                "Maintainers can push straight to main for typo fixes.",
            ],
        );
    }

    /// A safeguard someone did not have is found a few words on in its phrase; what they
    /// had no time for is a condition.
    #[test]
    fn a_safeguard_not_had_a_few_words_on_is_an_omission() {
        expect(
            Category::Omission,
            &[
                "The contractor did not have any kind of backup.",
                "Apparently the vendor didn't have a second engineer review the change.",
                "A shop with half the developers not having a staging environment.",
            ],
            &[
                "The contractor did not have time to run the tests before the window closed.",
                "The engineer didn't have access, so the backup sat untested for a week.",
                "With the replicas not having backups of their own, the restore took hours.",
            ],
        );
    }

    /// Round twenty-five. Praise said in irony of the one who did the harm (an adverb of
    /// kindness before an act that destroys, a word of praise for people who then did one, or
    /// "thanks to the fine folks" where nothing was repaired) is a verdict; praise for work
    /// that helped, or an act that destroys nothing, is not.
    #[test]
    fn round_twenty_five_praise_in_irony_for_the_harm_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Then the contractor helpfully wiped the staging database an hour before the demo.",
                "Our landlord thoughtfully switched off the chillers over the long weekend.",
                "One of those talented people at the colo pulled the plug on our rack.",
                "The checkout page was down for six hours, thanks to the fine folks in procurement.",
            ],
            &[
                "Maria kindly restarted the service for us at 02:10.",
                "Maria kindly disabled the noisy alert for us while we worked.",
                "Sam helpfully turned on debug logging so we could see the retries.",
                "Those talented people at the colo moved our rack to the new cage.",
                "The checkout page was back in minutes, thanks to the fine folks in support.",
                "Thanks to the fine folks at the NOC for staying on the call.",
            ],
        );
    }

    /// Round twenty-five. An act told as admitted or confessed by the one who did it is framed
    /// as their fault; one admitted to a hospital, and a thing that admits something, are not.
    #[test]
    fn round_twenty_five_an_act_told_as_admitted_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "The night operator admitted he had skipped the second check.",
                "Two of the contractors confessed to disabling the alarm during the upgrade.",
            ],
            &[
                "The operator was admitted to hospital after the fall.",
                "The patient admitted to the ward at 03:00 was stable by the morning.",
                "The schema admits two readings of the timestamp field.",
                "Nobody admitted anything at the time, and nobody was asked to.",
            ],
        );
        assert!(
            categories("I admitted I hadn't read the plan output.").contains(&Category::SelfBlame)
        );
    }

    /// Round twenty-five. A relative clause told in the past, with a verb and an object of its
    /// own, sits between the one who acts and the main verb: its object is not the subject. A
    /// thing's relative clause, a norm in the present, and a clause of its own after a verb of
    /// saying keep their subjects.
    #[test]
    fn round_twenty_five_the_one_a_relative_clause_tells_of_is_the_subject() {
        expect(
            Category::Omission,
            &[
                "The engineer who ran the migration forgot to take a backup.",
                "The contractor who installed the panel never tested it.",
                "The person who approved the change did not read the plan output.",
            ],
            &[
                "The job that ran the migration failed to take a backup.",
                "The engineer who ran the migration said the job failed to start.",
                "Anyone who notices an issue should take responsibility for reporting it.",
                "The nurse who reports a near miss is thanked, not punished.",
            ],
        );
    }

    /// Round twenty-five. "Way to ..." said of harm, opening the sentence, is sarcasm and a
    /// verdict; "way to go" for what helped, and "the way to kill a job" (how), are not.
    #[test]
    fn round_twenty_five_way_to_said_of_harm_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Way to break the build right before the freeze.",
                "Wow. Way to take down checkout on a Friday, folks.",
            ],
            &[
                "Way to go, everyone, the failover worked first time.",
                "The way to kill a stuck job is to send it SIGTERM first.",
                "The quickest way to drop the cache is the admin endpoint.",
            ],
        );
    }

    /// Round twenty-five. Effort not made ("didn't bother to check") is a person's omission,
    /// with the subject named or left out as chat leaves it; advice, a thing as the subject,
    /// and what bothered someone are not.
    #[test]
    fn round_twenty_five_effort_not_made_is_an_omission() {
        expect(
            Category::Omission,
            &[
                "Rolled it out to every region, but didn't bother to check the error rate.",
                "The vendor's engineer didn't even bother to read the ticket.",
            ],
            &[
                "Don't bother restarting the pod, it heals itself.",
                "Do not bother to page the vendor after midnight.",
                "The script didn't bother to check the exit code.",
                "It didn't bother me that the graph was flat.",
            ],
        );
    }

    fn knowing(people: &People, text: &str) -> Vec<Finding> {
        check_knowing(text, &LanguageLog::default(), people)
    }

    /// Chat drops capitals: a name the review knows is a person in lower case too, and blamed
    /// as one; what a person did plainly, or a system's failure, is still not blame.
    #[test]
    fn a_known_name_in_lower_case_is_a_person() {
        let people = People::new([
            "Lena Park", "Sam Ortiz", "Priya (SRE)", "@pri", "Kwame Mensah",
        ]);
        for (text, category) in [
            ("lena never opened the runbook", Category::Omission),
            ("why didn't sam page anyone?", Category::WhyQuestion),
            (
                "pri didn't check the replica before the failover",
                Category::Omission,
            ),
            ("sam broke checkout", Category::Verdict),
            (
                "the deploy was fine, and then kwame happened",
                Category::Verdict,
            ),
            ("why did lena restart the primary?", Category::WhyQuestion),
            (
                "this is 100% on kwame, merged without review",
                Category::Verdict,
            ),
            // A speaker's label in a transcript, as a capital makes one.
            (
                "lena: 'unlike the night shift, we actually read the handovers'",
                Category::Distancing,
            ),
        ] {
            let found = knowing(&people, text);
            assert!(
                found.iter().any(|f| f.category == category),
                "{text:?} should be {category:?}, found {found:?}"
            );
        }
        for text in [
            "lena opened the runbook and paged the database team",
            "sam asked what the dashboard showed at 14:02",
            "priya's alert fired twice before the failover",
            "the probe failed to connect to the cache",
            "The probe never reached Lena's laptop.",
        ] {
            assert!(knowing(&people, text).is_empty(), "{text:?} is not blame");
        }
    }

    /// A name that is also an everyday word stays that word in lower case: a review with a Will,
    /// a May, a Bill and a Dev reads their words as any other review does, and a capital still
    /// makes a name as it does without a review.
    #[test]
    fn a_name_that_is_an_everyday_word_stays_the_word() {
        let people = People::new(["Will Turner", "May Chen", "Bill Osei", "Dev Patel"]);
        for word in ["will", "may", "bill", "dev"] {
            assert!(!people.knows(word), "{word}");
        }
        for text in [
            "the retry will never succeed while the lock is held",
            "the job may fail to start when the disk is full",
            "the bill never arrived, so billing sent a reminder",
            "dev never received the config change, so staging drifted",
            "will the cache be warm before the peak?",
        ] {
            assert!(knowing(&people, text).is_empty(), "{text:?} is not blame");
        }
        let named = "Bill never opened the runbook.";
        assert!(!knowing(&people, named).is_empty());
        assert_eq!(knowing(&people, named), check(named));
        // A known name beside them is found all the same.
        let people = People::new(["Will Turner", "Lena Park"]);
        assert!(!knowing(&people, "lena never opened the runbook").is_empty());
        assert!(knowing(&people, "the deploy will never finish before noon").is_empty());
    }

    /// Names are found by their words, as people write them and in any case; what is not a
    /// name in them (a role, an e-mail's domain, a lone initial) is not kept.
    #[test]
    fn people_are_known_by_the_words_of_their_names_and_handles() {
        let people = People::new([
            "Ana Souza", "J. O'Neill-Baptiste", "Priya (SRE)", "praman@example.com", "@rphlo",
        ]);
        for word in [
            "ana", "souza", "o'neill-baptiste", "priya", "praman", "rphlo",
        ] {
            assert!(people.knows(word), "{word}");
        }
        assert!(people.knows("ana's") && people.knows("souza'"));
        for word in ["j", "sre", "example", "com", "will"] {
            assert!(!people.knows(word), "{word}");
        }
    }

    /// Without a known name in it, a sentence reads as it did without the review's people:
    /// every sentence of the corpus, with names that are not in it.
    #[test]
    fn without_a_known_name_a_sentence_reads_as_before() {
        let tsv = include_str!("../../tests/fixtures/language-corpus.tsv");
        let names = [
            "Lena Park", "Sam Ortiz", "Priya Raman", "Tariq", "Kevin Doe",
        ];
        let people = People::new(names);
        // Compared: every sentence but those with a known name in lower case, which is what
        // the people change. Those with a known name written with its capital must read the
        // same too: a capitalised word is a name with or without the review's people.
        let (mut compared, mut with_capital) = (0, 0);
        for row in corpus::rows(tsv).expect("corpus") {
            let known = |w: &str| people.words.contains(&w.to_ascii_lowercase());
            let words: Vec<&str> = row.sentence.split(|c: char| !c.is_alphanumeric()).collect();
            if words
                .iter()
                .any(|w| known(w) && w.starts_with(char::is_lowercase))
            {
                continue;
            }
            assert_eq!(
                knowing(&people, &row.sentence),
                check(&row.sentence),
                "{}",
                row.sentence
            );
            compared += 1;
            with_capital += usize::from(words.iter().any(|w| known(w)));
        }
        assert!(compared > 600, "{compared}");
        assert!(
            with_capital > 0,
            "no sentence names a known person with a capital"
        );
    }

    /// "Why wasn't it renamed?" asks why something was not done, in the passive, with the
    /// one who did not do it left out: any act, read from its participle. What a thing does or
    /// receives, or an act a thing did, is asked about openly.
    #[test]
    fn why_not_done_in_the_passive_is_a_why_question() {
        expect(
            Category::WhyQuestion,
            &[
                "Why wasn't the old bucket archived before the cut-over?",
                "Why was the vendor's advisory not forwarded to the team?",
                "Why haven't the staging hosts been rebuilt since March?",
            ],
            &[
                "Why wasn't the alert triggered when the queue filled?",
                "Why wasn't the regression caught by the integration suite?",
                "Why was the second page delivered twice?",
                "Why is the nightly export not finished yet?",
            ],
        );
    }

    /// A negation in a question that asks the hearer to agree ("how is that not careless?"),
    /// or in "as if ... wasn't ... enough", says the verdict more, not less. A plain denial, or
    /// a "how ... not" about a thing, stays clear.
    #[test]
    fn a_verdict_asked_to_be_agreed_with_is_not_denied() {
        expect(
            Category::Verdict,
            &[
                "Honestly, how was leaving prod open like that not reckless?",
                "As if that wasn't sloppy enough, they shipped a second one on Friday.",
            ],
            &[
                "The handover was not careless; the pager never rang.",
                "How was the replica not reachable from the bastion?",
            ],
        );
    }

    /// A reason or a topic denied ("not because anyone was lazy", "this isn't a tale about
    /// reckless admins") denies the verdict inside it, up to the next pause; after the pause a
    /// verdict is read again.
    #[test]
    fn a_verdict_inside_a_denied_reason_or_topic_is_denied() {
        expect(
            Category::Verdict,
            &["We paused, but not because of the alert; the admin was careless again."],
            &[
                "The rollback stalled, and not because anyone was lazy.",
                "This isn't a tale about reckless admins breaking things.",
                "We paused the rollout. Not because the engineers were sloppy.",
            ],
        );
    }

    /// What a thing should have done ("the canary should have halted the rollout"), with the
    /// thing named bare or after a report, is what it was built to do; a person, or one whose
    /// trade is a thing's name ("the driver"), who should have acted is a path not taken.
    #[test]
    fn what_a_thing_should_have_done_is_its_design() {
        expect(
            Category::Counterfactual,
            &[
                "Looking back, the operator should have paused the import.",
                "At that moment the driver should have called the signaller.",
            ],
            &[
                "We expected that Jenkins should have retried the flaky stage.",
                "The report says the health check should have restarted the worker within a minute.",
            ],
        );
    }

    /// "The fault of the night crew" places the fault on people as "the night crew's fault"
    /// does; the fault of a thing, or no fault of anyone's, does not.
    #[test]
    fn the_fault_of_someone_is_their_fault() {
        expect(
            Category::Verdict,
            &[
                "Honestly the lost weekend was the fault of the release manager.",
                "That it shipped untested is the fault of leadership, plain and simple.",
            ],
            &[
                "The brownout was the fault of the power supply in rack four.",
                "Through no fault of the reviewers, the diff hid the change.",
            ],
        );
    }

    /// Dismay at what people did or did not do ("it's appalling that the backups were never
    /// tested", "baffled by how little the vendor checked") judges them; dismay at a thing,
    /// and surprise that reads as praise, do not.
    #[test]
    fn dismay_at_what_people_did_or_left_undone_judges_them() {
        let flagged = [
            "Frankly it's appalling that the restore drill was never run.",
            "I keep being baffled by how little the contractors checked.",
            "It is inconceivable to me that the lead would sign that off.",
        ];
        for text in flagged {
            assert!(!check(text).is_empty(), "{text:?} should be flagged");
        }
        expect(
            Category::WhyQuestion,
            &[],
            &[
                "It's shocking how fast the disk filled once compaction stalled.",
                "I was amazed that the on-call didn't panic at all.",
            ],
        );
    }

    /// A harm said to have been easy to stop ("could have been trivially avoided", "easily
    /// fixed by flipping the flag") makes light of it from after; a plan to make things easy
    /// to fix, a denial, or a question does not.
    #[test]
    fn a_harm_easily_stopped_is_a_minimiser() {
        expect(
            Category::Minimiser,
            &[
                "The data loss could have been trivially averted with a nightly snapshot.",
                "Six hours of downtime, easily fixed by flipping one flag.",
            ],
            &[
                "We will add a toggle so a bad flag can be easily fixed next time.",
                "The corruption couldn't easily be fixed without the old schema.",
                "Could the lag have been easily caught by the replica check?",
            ],
        );
    }

    /// A standard the writer holds people to ("I'd expect competence from a vendor this size",
    /// "we would demand better conduct") judges them against it; a forecast of what a system
    /// will do, a denial, or a question does not.
    #[test]
    fn a_standard_held_up_to_people_is_distancing() {
        expect(
            Category::Distancing,
            &[
                "For what they charge, I'd expect competence from the hosting team.",
                "Frankly we would demand better conduct from a release manager.",
                "That is the sort of slip I would expect from a summer intern, not a principal.",
            ],
            &[
                "I would expect the replica to catch up within a minute of the failover.",
                "I'd expect better throughput once the index is rebuilt.",
                "I wouldn't expect perfection from anyone at four in the morning.",
                "Would you expect more from the alerting at this stage?",
            ],
        );
    }

    /// The effort asked of someone called small ("it isn't that much to ask", "what's so hard
    /// about checking the date?", "it would seem easy enough to read the runbook") makes light
    /// of what they missed; what was easy to do, or an answer to what made it hard, does not.
    #[test]
    fn the_effort_asked_called_small_is_a_minimiser() {
        expect(
            Category::Minimiser,
            &[
                "Two checks before a merge, honestly it's not that much to ask.",
                "What's so hard about reading the change calendar?",
                "It should have been easy enough to notice the quota warning.",
            ],
            &[
                "What's so hard about this migration is the dual writes.",
                "Would the new runbook seem easy enough to follow for someone on their first shift?",
                "It was not simple enough to script, so we kept the manual step.",
            ],
        );
    }

    /// A motive of gain imputed to someone else ("they skipped the soak to hit their numbers",
    /// "the lead shipped it because it's cheaper to ship than to test") ends the asking; our
    /// own reasons, or a motive denied or asked, do not.
    #[test]
    fn a_motive_of_gain_imputed_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "The release manager rushed the change out to hit their numbers for the quarter.",
                "Management waved the release through because it's cheaper to ship than to test.",
                "They reused the expired certificate to save a few bucks on renewal.",
            ],
            &[
                "We roll forward because it's cheaper to fix forward than to restore a snapshot.",
                "The batch job moved to spot instances to save a few dollars each night.",
                "Did the sales team push the date to hit their numbers?",
            ],
        );
    }

    /// Care asked of others as a remedy ("please check the flags more closely next time",
    /// "somebody needs to start reading the capacity report") says they fell short; an
    /// instruction, advice to the reader, or our own plan does not.
    #[test]
    fn care_asked_of_others_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Please go over the migration scripts more thoroughly in the future.",
                "Somebody really needs to start reading the capacity report before launches.",
            ],
            &[
                "Please read the failover steps carefully before the drill.",
                "You need to start draining the node before the upgrade.",
                "People need to start the migration by Friday so the old cluster can retire.",
                "Please, we will go over the scripts more thoroughly in the future.",
            ],
        );
    }

    /// The harm put down to the writer's own acts ("because of my carelessness the queue
    /// filled", "my choices that led to the outage") or served to them as deserved ("that's
    /// what I get for merging on a Friday") is self-blame; a change of mine told as the
    /// mechanism, or the same said of a tool, is not.
    #[test]
    fn harm_put_down_to_my_own_acts_is_self_blame() {
        expect(
            Category::SelfBlame,
            &[
                "Because of my carelessness the billing queue filled overnight.",
                "I keep going back over my choices that led to the outage.",
                "That's what I get for merging on a Friday afternoon.",
            ],
            &[
                "Due to my config change, the cache started cold after the deploy.",
                "As a result of the scheduler's decisions, two pods landed on one node.",
                "What do I get for running the export with the new flag?",
            ],
        );
    }

    /// An insult before a role named with its field ("a useless database admin", "I'm an
    /// awful release manager") judges the person as the bare role does; the same words
    /// before a thing, or split by a pause, do not.
    #[test]
    fn an_insult_before_a_role_with_its_field_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "They put a useless database admin on the bridge that night.",
                "Ask anyone, she is a lousy support engineer.",
            ],
            &[
                "The useless database index was dropped during the cleanup.",
                "Terrible network weather, the engineer said, delayed the failover.",
            ],
        );
        // Said of the writer, it is the writer's verdict on themselves.
        expect(
            Category::SelfBlame,
            &["Honestly I'm an awful release manager."],
            &[],
        );
    }

    /// A reason wondered about with "might" or "may" ("why might an on-call engineer mute a
    /// noisy page?") is an open question about conditions; "why did", "why would anyone" put
    /// the person on trial.
    #[test]
    fn a_why_hedged_with_might_is_an_open_question() {
        expect(
            Category::WhyQuestion,
            &[
                "Why did the on-call engineer mute the noisy page?",
                "Why would anyone mute a page during a deploy?",
            ],
            &[
                "Why might an on-call engineer mute a noisy page?",
                "Why might a responder hold off on paging the vendor?",
            ],
        );
    }

    /// The act of blaming or punishing someone as what a sentence is about ("Punishing the
    /// responder misses what the alert hid", "holding one engineer responsible fixes no
    /// pipeline") is talk about blame; a person who blamed, or a thing "firing", is not.
    #[test]
    fn blaming_as_the_subject_is_talk_about_blame() {
        expect(
            Category::Omission,
            &["The reviewer ignored the failing check and merged anyway."],
            &[
                "Punishing the responder ignores what the dashboard hid from her.",
                "Holding one engineer responsible fails to fix a single pipeline.",
                "We learned that shaming the new hire misses how the tooling misled her.",
            ],
        );
    }

    /// A slip named small ("just a simple oversight", "this trivial oversight took the site
    /// down") makes light of the harm as "a simple mistake" does; oversight as a duty, or a
    /// simple typo to fix, is not.
    #[test]
    fn a_slip_named_small_is_a_minimiser() {
        expect(
            Category::Minimiser,
            &[
                "The whole outage came down to a simple oversight in the renewal.",
                "Honestly this trivial oversight is why the queue filled up.",
            ],
            &[
                "Oversight of the renewals moved to the platform team last spring.",
                "A typo in the host name sent the traffic to the old cluster.",
                "Could you fix a simple typo in the runbook's title?",
            ],
        );
    }

    /// "It's not like ..." before a clause denies an excuse nobody gave, so what was missed is
    /// called plain; a comparison, our own excuse and a thing as it was are not read.
    #[test]
    fn an_excuse_denied_before_it_is_given_is_a_minimiser() {
        expect(
            Category::Minimiser,
            &[
                "It is not like the on-call could miss a page that loud.",
                "Come on, it's not like the vendor has never renewed a certificate before.",
            ],
            &[
                "It's not like the old dashboard, which showed every shard.",
                "It's not like we had a runbook for this failure.",
                "It's not like it was before the migration.",
            ],
        );
    }

    /// "Would it kill them to ...?" makes the effort asked of someone small by asking what it
    /// would cost them; the same question about a thing ("would it hurt performance to ...")
    /// asks about the design.
    #[test]
    fn what_the_effort_would_cost_them_is_a_minimiser() {
        expect(
            Category::Minimiser,
            &[
                "Would it kill them to add a test?",
                "Would it really hurt the vendor to publish a changelog?",
            ],
            &[
                "Would it hurt performance to enable tracing on every request?",
                "Would it kill the batch job to restart it now?",
            ],
        );
    }

    /// Ignorance said of someone in the present ("has no idea how the failover works", "know
    /// absolutely nothing about our network") is a verdict on what they are; what someone did
    /// not know then, the writer's own and "you have no idea how..." are not.
    #[test]
    fn ignorance_said_of_someone_now_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Whoever configured this has no idea how the failover works.",
                "The contractors know absolutely nothing about our network.",
            ],
            &[
                "The owner had no idea the light was green.",
                "I have no idea what you changed but the build is red.",
                "You have no idea how relieved we were when it came back.",
                "The vendor knew nothing about the change until Tuesday.",
            ],
        );
    }

    /// People named by how they stand to the writer ("your coworker", "his friend", "our
    /// teammate") act and can be blamed as roles do; their plans are not blame.
    #[test]
    fn coworkers_teammates_and_friends_are_people() {
        expect(
            Category::Omission,
            &[
                "Your coworker didn't update the DNS record before leaving.",
                "His friend never renewed the domain.",
                "Our teammate pushed straight to main without a review.",
            ],
            &[
                "My friend and I planned the ascent together.",
                "A teammate from the platform team joined the call.",
            ],
        );
    }

    /// The problem named as what someone else did or does ("the problem was that the
    /// dispatcher read the address back wrong") names them as the cause; the problem named as
    /// ours, a thing's or those served is not.
    #[test]
    fn the_problem_named_as_what_someone_did_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "The problem was that the dispatcher read the address back wrong.",
                "Part of the problem is that reviewers approve anything with a green check.",
            ],
            &[
                "The issue is that a Customer's billing field is null.",
                "The problem is that users can't find the new login page.",
                "The problem was that we weren't handling the retry.",
                "The real issue is that the environment is confusing.",
            ],
        );
    }

    /// Insults and judging words the verdict list lacked ("some fool", "nincompoops", "a lax
    /// review process", "an ill-advised rollout"); words that share their letters
    /// ("foolproof", "fooled", "April Fools' Day", "relaxed") are not verdicts.
    #[test]
    fn more_insults_and_judging_words_are_verdicts() {
        expect(
            Category::Verdict,
            &[
                "Some fool on the platform team deleted the bucket.",
                "The release went out under a lax review process.",
                "Only nincompoops would ship on a Friday.",
                "Whoever signed off on that ill-advised rollout should explain it.",
            ],
            &[
                "We made the failover foolproof with a second check.",
                "The health check was fooled by a cached response.",
                "April Fools' Day traffic doubled the load.",
                "Relaxed timeouts let the retries finish.",
            ],
        );
    }

    /// A cause denied ("it wasn't caused by a careless operator or a sloppy handover", "this
    /// isn't down to the tired night shift being careless") denies the verdicts in it up to
    /// the next pause; a verdict past the pause still stands.
    #[test]
    fn a_verdict_inside_a_denied_cause_is_denied() {
        expect(
            Category::Verdict,
            &[
                "It wasn't down to the weather; it was a reckless rollout.",
                "It wasn't down to luck; the operator was careless.",
            ],
            &[
                "It wasn't caused by a careless operator or a sloppy handover.",
                "This isn't down to the tired night shift being careless.",
            ],
        );
    }

    /// A title doubted ("our so-called experts", 'the "senior" engineers') judges the people
    /// who hold it; a thing called so-called, a quoted team name and a quoted label are not.
    #[test]
    fn a_title_doubted_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Our so-called experts took the cluster down twice.",
                "The \u{201c}senior\u{201d} engineers froze the deploy queue again.",
            ],
            &[
                "It was the so-called safety net that failed.",
                "Ask the \u{201c}runtime\u{201d} team to merge it.",
                "The \"backup\" admin account was locked.",
            ],
        );
    }

    /// A bare "Should have been a routine deployment." tells what a thing should have been,
    /// its subject left out as notes leave it; a person's conduct, or care wanted ("should
    /// have been a proper review"), is still a look back at a path not taken.
    #[test]
    fn what_a_thing_should_have_been_is_not_a_counterfactual() {
        expect(
            Category::Counterfactual,
            &[
                "Should have been a proper review before the merge.",
                "He should have been a lot more careful.",
            ],
            &[
                "Should have been a routine deployment.",
                "Should've been a config flag, not a code change.",
            ],
        );
    }

    /// What someone offered or runs denied the standing it claims ("that's not an acceptable
    /// answer", "this is not a professional way to run a release") is judged as
    /// "unacceptable" judges it; how bad a problem is, or a question, is not.
    #[test]
    fn standing_denied_to_what_someone_offered_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "That's not an acceptable answer to a customer.",
                "This is not a professional way to run a release.",
            ],
            &[
                "This isn't a serious outage; the retries absorbed it.",
                "Is this an acceptable latency for checkout?",
                "It's not a serious problem, just noisy logs.",
            ],
        );
    }

    /// A practice held up as one others should have now ("they should be pinning their
    /// versions") says they fall short of it; our own plan, advice to the reader and what is
    /// expected to go on ("they should be running again by now") are not.
    #[test]
    fn a_practice_others_should_have_now_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Honestly, they should be pinning their dependency versions.",
                "The vendor's engineers really ought to be staging their driver updates.",
            ],
            &[
                "We should be alerting on queue depth as well.",
                "The replicas restarted, so they should be serving reads again.",
                "The pods should be running by now.",
                "You should be seeing the new dashboard after a refresh.",
            ],
        );
    }

    /// Unconcern said of people ("the owners seemed unbothered by the failed backups") judges
    /// what they should have minded; said of a thing it tells how it held up, and denied it is
    /// not read.
    #[test]
    fn unconcern_said_of_people_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "The platform team seems completely unperturbed by shipping on Fridays.",
                "Their managers were indifferent to the warnings from support.",
            ],
            &[
                "The primary seemed unperturbed by the traffic spike.",
                "The on-call engineers were not indifferent; they were exhausted.",
                "Latency stayed unfazed through the failover.",
            ],
        );
    }

    /// Disbelief that a slip was possible ("how could a blunder like that ever happen?"),
    /// asked or said, judges the people from after the outcome; how to keep it from happening
    /// again, or how often it could, asks openly.
    #[test]
    fn disbelief_that_a_slip_could_happen_is_a_why_question() {
        expect(
            Category::WhyQuestion,
            &[
                "How could a blunder like that ever happen at a payments company?",
                "I honestly cannot see how such an oversight can happen twice in one quarter.",
            ],
            &[
                "How often could such a mistake happen without anyone noticing?",
                "How could the timeout happen before the retry fired?",
            ],
        );
    }

    /// "Hindsight is 20/20, but ..." grants the point and then lays the blame, as "I'm not
    /// blaming anyone, but ..." does; what follows the "but" is read. Hindsight talked about,
    /// or a "but" that turns to the moment, is not blame.
    #[test]
    fn blame_after_granting_hindsight_is_read() {
        expect(
            Category::Counterfactual,
            &["Hindsight is always 20/20, but the release manager should have waited for the soak."],
            &[
                "Hindsight is 20/20, but at the time the graph looked like every other night.",
                "Hindsight is 20/20 and it makes the missed alert look obvious.",
            ],
        );
    }

    /// Owning up found missing in people ("there was little admission of fault from the
    /// vendor", "a real lack of accountability") is a verdict; asked about, or denied, it is
    /// not.
    #[test]
    fn owning_up_found_missing_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "There was very little admission of fault from the vendor afterwards.",
                "The whole thread shows a real lack of accountability at the top.",
            ],
            &[
                "Was there any admission of fault in the vendor's letter?",
                "It was not a lack of ownership; the pager simply went to an old rota.",
                "Ownership of the runbook moved to the platform team in March.",
            ],
        );
    }

    /// How people run the place likened to play ("they run the company like a lemonade
    /// stand") is a verdict; our own way of running, or a likeness that is no slight, is not.
    #[test]
    fn running_the_place_like_play_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "Ten years on, they still run the business like a weekend hobby.",
                "The founders were managing production like a toy they had just unwrapped.",
            ],
            &[
                "We run the on-call rota like a relay, one handover at a time.",
                "The scheduler runs the queue like a bank teller serving one customer at a time.",
            ],
        );
    }

    /// An apology that opens a sentence, then the writer's slip it is for ("oops, I drained
    /// the wrong node") is self-blame; an apology for a delay, one followed by the repair, or
    /// someone else's slip after it is not.
    #[test]
    fn an_apology_before_ones_own_slip_is_self_blame() {
        expect(
            Category::SelfBlame,
            &[
                "Whoops, I drained the wrong node before lunch.",
                "Sorry all, my migration script broke the nightly export.",
                "I'm sorry, I inadvertently closed the incident channel.",
            ],
            &[
                "Sorry for the slow reply, I was travelling and have answered everyone now.",
                "Sorry about that, I rotated the key and the job is green again.",
                "Sorry, the storm knocked out power to the second site overnight.",
            ],
        );
    }

    /// A slip called small, and whatever it asks of anyone denied with it ("that typo is so
    /// minor nobody needs to hear about it"), makes light of it; a slip called small alone is
    /// a task or a description.
    #[test]
    fn a_slip_too_small_to_matter_is_a_minimiser() {
        expect(
            Category::Minimiser,
            &[
                "A small mistake like that doesn't need a whole review.",
                "The config error was so trivial that it isn't worth a ticket.",
            ],
            &[
                "Please fix the small typo in the onboarding guide.",
                "A tiny error in the matcher kept the alert from firing.",
                "We need a small change to the retry budget.",
            ],
        );
    }

    /// A bare fragment that adds one more missing practice to a list of lapses ("And no
    /// rollback plan either.") is a verdict; a thing found missing, or a sentence told with
    /// its verb, is not.
    #[test]
    fn one_more_missing_practice_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "And no peer review either.",
                "Apparently no real rollback plan either.",
            ],
            &[
                "No errors in the proxy logs either.",
                "There was no runbook for the cache either.",
                "No alerts either.",
            ],
        );
    }

    /// The writer's surprise at what others lacked ("I'm astonished that they had no restore
    /// drill") judges them; someone else's surprise told in a story, surprise at a thing, and
    /// at a failure they were spared are not.
    #[test]
    fn surprise_at_what_others_lacked_is_a_verdict() {
        expect(
            Category::Verdict,
            &[
                "I'm astonished that they had no restore drill at all.",
                "What shocked me was that their admins had no second way into the console.",
            ],
            &[
                "The driver said he was surprised that there was no sign at the junction.",
                "I was surprised that the cache did not evict the old keys.",
                "What amazed me was how fast the replicas caught up.",
                "I'm amazed that the night crew had no downtime during the move.",
            ],
        );
    }

    /// "My fault" with the size of it between ("my whole fault", "their complete fault") owns
    /// or lays the fault as "my fault" does; denied, or a fault that is a thing's, it is not.
    #[test]
    fn a_fault_with_its_size_between_is_still_owned() {
        let flagged = [
            "Honestly this one is my whole fault.",
            "It was their complete fault that the export ran twice.",
        ];
        for text in flagged {
            assert!(!check(text).is_empty(), "{text:?} should be flagged");
        }
        expect(
            Category::Verdict,
            &[],
            &[
                "It was not my whole fault, and the review showed why.",
                "The big fault in the disk array took the shelf offline.",
            ],
        );
    }
}
