//! A responder's answers coming back: the response file a worksheet saves (`io::worksheet`),
//! read and merged into the facilitator's review.
//!
//! New answers become the person's accounts, told in their worksheet. An answer that differs
//! from what the review already holds is the facilitator's choice: theirs, mine, or both kept
//! side by side. Corrections and remembered moments become suggestions on the timeline, to
//! accept or reject; answers to the facilitator's questions and to the calibration questions
//! become facilitator notes. Nothing is overwritten without a choice, and a response merged once
//! is recognised (`Review::merged`), so merging it again changes nothing.

use super::pseudonym;
use super::worksheet::CALIBRATION;
use crate::model::{
    Account, AccountField, AccountSource, Id, Note, NoteKind, Review, Suggestion, SuggestionKind,
};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// The `format` of a response file.
pub const FORMAT: &str = "tunnel-worksheet-response";
/// The newest response version this build reads.
const VERSION: u64 = 1;

/// What one person answered in their worksheet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Response {
    pub worksheet: String,
    pub review: Id,
    /// The review's title when the worksheet was made, for messages.
    pub title: String,
    pub person: Id,
    pub saved_at: String,
    /// Each answer by the key the worksheet gave its field ("account:m-2:saw", "mark:m-2"...).
    pub values: Vec<(String, String)>,
    /// Moments they remember: when (as written) and what.
    pub remembered: Vec<(String, String)>,
    /// The worksheet named everyone but its reader by a pseudonym, so the answers may too.
    pub pseudonyms: bool,
    /// Which pseudonym stood for whom (`pseudonym::roster`); empty from worksheets made before
    /// it was written down.
    pub roster: Vec<(String, String)>,
}

impl Response {
    /// Names this response: the same file merged twice is recognised by it.
    pub fn key(&self) -> String {
        format!("{}@{}", self.worksheet, self.saved_at)
    }
}

/// When a save of the same worksheet made after this one was merged: what the responder
/// changed or took back since is in it, and this older one would bring it back.
fn later_save_merged(review: &Review, response: &Response) -> Option<String> {
    let when = |text: &str| crate::model::Instant::parse_rfc3339(text);
    let this = when(&response.saved_at)?;
    let prefix = format!("{}@", response.worksheet);
    review
        .merged
        .iter()
        .filter_map(|key| key.strip_prefix(&prefix))
        .filter(|saved| when(saved).is_some_and(|saved| saved > this))
        .max()
        .map(str::to_string)
}

/// Whether `text` is a response file (cheap: the app checks every imported file, and the rest
/// of this module is loaded only for responses).
pub fn is_response(text: &str) -> bool {
    serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}'))
        .ok()
        .is_some_and(|value| value.get("format").and_then(Value::as_str) == Some(FORMAT))
}

/// Reads a response file; `None` when the text is not one (it may be a review).
pub fn read(text: &str) -> Option<Result<Response, String>> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return None;
    }
    Some(parse(&value))
}

fn parse(value: &Value) -> Result<Response, String> {
    let text = |key: &str| -> Result<String, String> {
        match value.get(key) {
            Some(Value::String(s)) => Ok(s.clone()),
            None | Some(Value::Null) => Ok(String::new()),
            Some(_) => Err(format!("its \u{201c}{key}\u{201d} is not text")),
        }
    };
    let version = value.get("version").and_then(Value::as_u64).unwrap_or(0);
    if version > VERSION {
        return Err(format!(
            "These answers were saved by a newer version of Tunnel (response version {version}). \
             Nothing was imported."
        ));
    }
    let mut response = Response {
        worksheet: text("worksheet")?,
        review: Id(text("review")?),
        title: text("title")?,
        person: Id(text("person")?),
        saved_at: text("saved_at")?,
        pseudonyms: value.get("pseudonyms").and_then(Value::as_bool) == Some(true),
        // Malformed entries are dropped: their pseudonyms are then left as written.
        roster: value
            .get("roster")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|pair| Some((pair[0].as_str()?.to_string(), pair[1].as_str()?.to_string())))
            .collect(),
        ..Response::default()
    };
    if response.review.as_str().is_empty() || response.person.as_str().is_empty() {
        return Err(
            "The answers do not say which review or person they belong to. \
                    Nothing was imported."
                .into(),
        );
    }
    match value.get("values") {
        Some(Value::Object(map)) => {
            for (key, answer) in map {
                let Value::String(answer) = answer else {
                    return Err(format!("the answer \u{201c}{key}\u{201d} is not text"));
                };
                // Kept even empty: an account's answer sent empty was taken back (`plan`).
                response.values.push((key.clone(), answer.clone()));
            }
        }
        None | Some(Value::Null) => {}
        Some(_) => return Err("its \u{201c}values\u{201d} are not a list of answers".into()),
    }
    match value.get("remembered") {
        Some(Value::Array(items)) => {
            for item in items {
                let part = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or("");
                let (when, what) = (part("when"), part("text"));
                if !when.trim().is_empty() || !what.trim().is_empty() {
                    response
                        .remembered
                        .push((when.to_string(), what.to_string()));
                }
            }
        }
        None | Some(Value::Null) => {}
        Some(_) => return Err("its \u{201c}remembered\u{201d} moments are not a list".into()),
    }
    Ok(response)
}

/// One answer about a moment's account: theirs, and what the review holds now (empty if
/// nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub moment: Id,
    pub field: AccountField,
    /// Their words; empty when they cleared the earlier answer their worksheet showed.
    pub theirs: String,
    pub mine: String,
}

impl Answer {
    /// They cleared the answer their worksheet showed: taken back, not rewritten.
    pub fn cleared(&self) -> bool {
        self.theirs.is_empty()
    }

    /// What the review keeps unless the facilitator chooses otherwise: both texts, or the
    /// review's own where they cleared theirs (nothing of theirs to keep beside it).
    pub fn default_choice(&self) -> Choice {
        if self.cleared() {
            Choice::Mine
        } else {
            Choice::Both
        }
    }
}

/// What starts a worksheet's answer kept beside the review's text by "Keep both".
pub fn kept_beside(name: &str) -> String {
    format!("\n\nIn {name}'s worksheet: ")
}

/// What merging a response would do, before anything is changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// The person's name in the review.
    pub name: String,
    /// Answers where the review has nothing yet.
    pub added: Vec<Answer>,
    /// Answers that differ from what the review holds: the facilitator chooses.
    pub conflicts: Vec<Answer>,
    /// Answers the review already holds word for word.
    pub unchanged: usize,
    /// Corrections and remembered moments, for the timeline.
    pub suggestions: Vec<Suggestion>,
    /// Answers to questions, as facilitator notes.
    pub notes: Vec<Note>,
    /// Pseudonyms in the answers whose person is no longer in the review: left as written.
    pub gone: Vec<String>,
}

/// For each conflict: which text to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Theirs,
    Mine,
    /// Mine, then theirs, marked as from their worksheet.
    Both,
    /// Mine up to what an earlier save of their worksheet left in it (`kept_beside`), then
    /// theirs in its place: everything after that mark goes. Offered, never the default.
    InPlaceOfEarlier,
}

/// What merging `response` into `review` would do, or why it cannot be merged.
/// The response with the pseudonyms its worksheet named others by turned back into names
/// (by the review as it is now): otherwise "Incident commander A showed me the graph" would
/// replace "Ana Souza showed me the graph" in the review.
/// Read by the roster the worksheet wrote down when there is one: the people's order and roles
/// may have changed since, and "Subject expert A" would then name someone else. The second
/// part is the pseudonyms whose person is no longer in the review, left as written.
fn with_names<'r>(review: &Review, response: &'r Response) -> (Cow<'r, Response>, Vec<String>) {
    if !response.pseudonyms {
        return (Cow::Borrowed(response), Vec::new());
    }
    let (names, gone) = if response.roster.is_empty() {
        (
            pseudonym::names_back(review, Some(&response.person)),
            Vec::new(),
        )
    } else {
        pseudonym::names_back_by_roster(review, &response.roster)
    };
    let mut named = response.clone();
    for (_, text) in named.values.iter_mut().chain(&mut named.remembered) {
        *text = names.replace(text);
    }
    (Cow::Owned(named), gone)
}

pub fn plan(review: &Review, response: &Response) -> Result<Plan, String> {
    let (response, gone) = with_names(review, response);
    let response = &*response;
    let title = |t: &str| {
        if t.trim().is_empty() {
            "Untitled review".to_string()
        } else {
            t.to_string()
        }
    };
    if response.review != review.id {
        return Err(format!(
            "These answers are for another review (\u{201c}{}\u{201d}), not \u{201c}{}\u{201d}. \
             Nothing was merged.",
            title(&response.title),
            title(&review.title)
        ));
    }
    let Some(person) = review.person(&response.person) else {
        return Err(format!(
            "These answers are from someone who is no longer in \u{201c}{}\u{201d}. Nothing was \
             merged.",
            title(&review.title)
        ));
    };
    if review.merged.contains(&response.key()) {
        return Err(format!(
            "These answers were already merged into \u{201c}{}\u{201d}; nothing changed.",
            title(&review.title)
        ));
    }
    if let Some(later) = later_save_merged(review, response) {
        return Err(format!(
            "A later save of these answers (saved {later}) is merged into \u{201c}{}\u{201d} \
             already: this one is older, and would bring back what they changed since. Nothing \
             was merged.",
            title(&review.title)
        ));
    }
    let name = person.display_name();
    let mut plan = Plan {
        name: name.clone(),
        gone,
        ..Plan::default()
    };
    // Indexed once: a response can answer hundreds of moments of a review of 10,000 accounts.
    let accounts: HashMap<&Id, &Account> = review
        .accounts
        .iter()
        .filter(|a| a.person == response.person)
        .map(|a| (&a.moment, a))
        .collect();
    let moments: HashSet<&Id> = review.moments.iter().map(|m| &m.id).collect();
    let account_of = |moment: &Id| accounts.get(moment).copied();
    let value = |key: String| {
        response
            .values
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.trim().to_string())
    };
    for (key, text) in &response.values {
        let text = text.trim().to_string();
        // Only an account's answer is sent empty on purpose (taken back); anywhere else an
        // empty value says nothing.
        if text.is_empty() && !key.starts_with("account:") {
            continue;
        }
        if let Some(rest) = key.strip_prefix("account:") {
            let parsed = rest.rsplit_once(':').and_then(|(moment, field)| {
                Some((Id::from(moment), AccountField::from_key(field)?))
            });
            let Some((moment, field)) = parsed.filter(|(moment, _)| moments.contains(moment))
            else {
                // A moment deleted since, or a question this version does not know: their
                // words are kept all the same.
                plan.notes.push(note(
                    None,
                    format!("{name} wrote in their worksheet (about a moment or question no longer here): {text}"),
                ));
                continue;
            };
            let account = account_of(&moment);
            if account.is_some_and(|a| a.is_off_record(field)) {
                // What they said here was off the record and their worksheet did not show it:
                // their new words are kept apart, for the facilitator to place.
                let family = crate::method::questions::family_of(field).name;
                plan.notes.push(note(
                    Some(moment),
                    format!("{name} wrote in their worksheet ({family}): {text}"),
                ));
                continue;
            }
            let mine = account
                .map(|a| a.field(field).trim().to_string())
                .unwrap_or_default();
            let kept_both = format!("{}{text}", kept_beside(&name));
            let answer = Answer {
                moment,
                field,
                theirs: text,
                mine,
            };
            if answer.mine.is_empty() {
                // Cleared, or only spaces, where the review has nothing either.
                if !answer.cleared() {
                    plan.added.push(answer);
                }
            } else if answer.mine == answer.theirs || answer.mine.ends_with(&kept_both) {
                // Word for word, or kept beside the review's text by an earlier merge.
                plan.unchanged += 1;
            } else {
                plan.conflicts.push(answer);
            }
        } else if let Some(moment) = key.strip_prefix("mark:") {
            let kind = SuggestionKind::from_key(&text).unwrap_or(SuggestionKind::Wrong);
            let comment = value(format!("mark-note:{moment}")).unwrap_or_default();
            let moment = Some(Id::from(moment)).filter(|m| moments.contains(m));
            // A mark on a moment since deleted, with no words, says nothing left to act on.
            if moment.is_some() || !comment.trim().is_empty() {
                plan.suggestions
                    .push(suggestion(response, kind, moment, "", comment));
            }
        } else if let Some(moment) = key.strip_prefix("mark-note:") {
            // A correction written without choosing what is wrong still counts.
            if value(format!("mark:{moment}")).is_none() {
                plan.suggestions.push(suggestion(
                    response,
                    SuggestionKind::Wrong,
                    Some(Id::from(moment)),
                    "",
                    text,
                ));
            }
        } else if let Some(question) = key.strip_prefix("question:") {
            let asked = review
                .questions
                .iter()
                .find(|q| q.id.as_str() == question)
                .map(|q| q.text.clone())
                .unwrap_or_else(|| "a question".to_string());
            plan.notes.push(note(
                None,
                format!("{name} answered \u{201c}{asked}\u{201d}: {text}"),
            ));
        } else if let Some(key) = key.strip_prefix("calibration:") {
            let asked = CALIBRATION
                .iter()
                .find(|(k, _)| *k == key)
                .map_or("A question before the meeting", |(_, q)| q);
            plan.notes.push(note(
                None,
                format!("{name}, before the meeting: \u{201c}{asked}\u{201d} {text}"),
            ));
        } else {
            // A part of the worksheet this version does not know (a later version's, or an
            // edited file): their words are kept all the same, never dropped unseen.
            plan.notes.push(note(
                None,
                format!("{name} wrote in their worksheet (in a part this version does not know): {text}"),
            ));
        }
    }
    for (when, what) in &response.remembered {
        plan.suggestions.push(suggestion(
            response,
            SuggestionKind::Remembered,
            None,
            when.trim(),
            what.trim().to_string(),
        ));
    }
    // What the review already holds is not suggested again.
    plan.suggestions.retain(|s| {
        !review.suggestions.iter().any(|h| {
            (&h.person, h.kind, &h.moment, &h.when, &h.text)
                == (&s.person, s.kind, &s.moment, &s.when, &s.text)
        })
    });
    plan.notes
        .retain(|n| !review.notes.iter().any(|h| h.text == n.text));
    Ok(plan)
}

fn suggestion(
    response: &Response,
    kind: SuggestionKind,
    moment: Option<Id>,
    when: &str,
    text: String,
) -> Suggestion {
    Suggestion {
        id: Id::default(),
        person: response.person.clone(),
        kind,
        moment,
        when: when.to_string(),
        text,
        settled: false,
    }
}

fn note(moment: Option<Id>, text: String) -> Note {
    Note {
        id: Id::default(),
        moment,
        kind: NoteKind::Note,
        text,
        resolved: false,
    }
}

/// What a merge did, for the message after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    pub added: usize,
    pub conflicts: usize,
    pub unchanged: usize,
    pub suggestions: usize,
    pub notes: usize,
}

/// Merges what `plan` says, with `choices[i]` for `plan.conflicts[i]` (a missing choice keeps
/// both). `new_id` makes ids for new records with the given prefix.
pub fn apply(
    review: &mut Review,
    response: &Response,
    plan: &Plan,
    choices: &[Choice],
    new_id: &mut dyn FnMut(&str) -> Id,
) -> Merged {
    let (named, _) = with_names(review, response);
    let response = &*named;
    let name = &plan.name;
    let mut write = |review: &mut Review, answer: &Answer, text: String| {
        let existing = review
            .accounts
            .iter()
            .position(|a| a.moment == answer.moment && a.person == response.person);
        let index = existing.unwrap_or_else(|| {
            let named = Account::id_for(&answer.moment, &response.person);
            let id = if review.accounts.iter().any(|a| a.id == named) {
                new_id("a")
            } else {
                named
            };
            review.accounts.push(Account {
                id,
                moment: answer.moment.clone(),
                person: response.person.clone(),
                source: AccountSource::Worksheet,
                ..Account::default()
            });
            review.accounts.len() - 1
        });
        *review.accounts[index].field_mut(answer.field) = text;
    };
    for answer in &plan.added {
        write(review, answer, answer.theirs.clone());
    }
    for (i, answer) in plan.conflicts.iter().enumerate() {
        match choices.get(i).copied().unwrap_or(answer.default_choice()) {
            Choice::Theirs => write(review, answer, answer.theirs.clone()),
            Choice::Mine => {}
            // Nothing of theirs to keep beside the review's text.
            Choice::Both if answer.cleared() => {}
            Choice::Both => write(
                review,
                answer,
                format!("{}{}{}", answer.mine, kept_beside(name), answer.theirs),
            ),
            // A later save of the same worksheet, chosen to take the place of what its earlier
            // save left beside the review's text (and of anything written after that).
            Choice::InPlaceOfEarlier => {
                let marker = kept_beside(name);
                let mine = answer
                    .mine
                    .rsplit_once(&marker)
                    .map_or(answer.mine.as_str(), |(before, _)| before);
                write(review, answer, format!("{mine}{marker}{}", answer.theirs))
            }
        }
    }
    for suggestion in &plan.suggestions {
        review.suggestions.push(Suggestion {
            id: new_id("s"),
            ..suggestion.clone()
        });
    }
    for note in &plan.notes {
        review.notes.push(Note {
            id: new_id("n"),
            ..note.clone()
        });
    }
    // Answered in the worksheet: no longer waiting to be asked.
    for (key, _) in &response.values {
        if let Some(question) = key.strip_prefix("question:") {
            if let Some(q) = review
                .questions
                .iter_mut()
                .find(|q| q.id.as_str() == question)
            {
                q.asked = true;
            }
        }
    }
    review.merged.push(response.key());
    Merged {
        added: plan.added.len(),
        conflicts: plan.conflicts.len(),
        unchanged: plan.unchanged,
        suggestions: plan.suggestions.len(),
        notes: plan.notes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Moment, Person, QueuedQuestion, Role};

    fn review() -> Review {
        Review {
            id: Id::from("r-1"),
            title: "Checkout".into(),
            people: vec![Person {
                id: Id::from("ben"),
                name: "Ben Lee".into(),
                ..Person::default()
            }],
            moments: vec![
                Moment {
                    id: Id::from("m1"),
                    ..Moment::default()
                },
                Moment {
                    id: Id::from("m2"),
                    ..Moment::default()
                },
            ],
            accounts: vec![Account {
                id: Id::from("a-1"),
                moment: Id::from("m1"),
                person: Id::from("ben"),
                saw: "the graph, from the interview".into(),
                ..Account::default()
            }],
            questions: vec![QueuedQuestion {
                id: Id::from("q1"),
                person: Id::from("ben"),
                text: "Who else was there?".into(),
                asked: false,
            }],
            ..Review::default()
        }
    }

    fn response_text() -> String {
        serde_json::json!({
            "format": FORMAT,
            "version": 1,
            "worksheet": "r-1:ben:1",
            "review": "r-1",
            "title": "Checkout",
            "person": "ben",
            "saved_at": "2026-03-16T10:00:00Z",
            "values": {
                "account:m1:saw": "the lock graph",
                "account:m1:believed": "the migration",
                "account:m2:goal": "keep checkout up",
                "mark:m2": "out_of_order",
                "mark-note:m2": "this came after the page",
                "question:q1": "Dana",
                "calibration:missing": "the second alert"
            },
            "remembered": [{ "when": "09:20", "text": "I restarted the replica" }, { "when": "", "text": "" }]
        })
        .to_string()
    }

    fn ids() -> impl FnMut(&str) -> Id {
        let mut n = 0;
        move |prefix: &str| {
            n += 1;
            Id(format!("{prefix}-new{n}"))
        }
    }

    #[test]
    fn a_response_is_recognised_and_anything_else_is_not() {
        assert!(read("{\"format\": \"tunnel-review\"}").is_none());
        assert!(!is_response("{\"format\": \"tunnel-review\"}"));
        assert!(is_response(&response_text()));
        assert!(read("not json").is_none());
        let response = read(&response_text()).unwrap().unwrap();
        assert_eq!(response.person, Id::from("ben"));
        assert_eq!(response.remembered.len(), 1, "an empty row is not a moment");
        let newer = response_text().replace("\"version\":1", "\"version\":2");
        assert!(read(&newer).unwrap().unwrap_err().contains("newer version"));
    }

    #[test]
    fn new_answers_are_added_a_different_one_asks_and_the_rest_are_suggestions_and_notes() {
        let mut review = review();
        let response = read(&response_text()).unwrap().unwrap();
        let plan = plan(&review, &response).unwrap();
        assert_eq!(plan.added.len(), 2);
        assert_eq!(plan.conflicts.len(), 1);
        assert_eq!(plan.conflicts[0].mine, "the graph, from the interview");
        assert_eq!(plan.suggestions.len(), 2);
        assert_eq!(plan.notes.len(), 2);
        let merged = apply(&mut review, &response, &plan, &[Choice::Both], &mut ids());
        assert_eq!(merged.added, 2);
        let a1 = &review.accounts[0];
        assert!(
            a1.saw.contains("the graph, from the interview") && a1.saw.contains("the lock graph")
        );
        assert_eq!(a1.believed, "the migration");
        let new = review
            .accounts
            .iter()
            .find(|a| a.moment == Id::from("m2"))
            .unwrap();
        assert_eq!(new.source, AccountSource::Worksheet);
        assert_eq!(new.goal, "keep checkout up");
        assert!(review.questions[0].asked);
        assert!(review
            .suggestions
            .iter()
            .any(|s| s.kind == SuggestionKind::OutOfOrder && s.text == "this came after the page"));
        assert!(review
            .notes
            .iter()
            .any(|n| n.text.contains("Who else was there?") && n.text.contains("Dana")));
        // Merged twice: refused, and nothing changes.
        let before = review.clone();
        let again = super::plan(&review, &response);
        assert!(again.unwrap_err().contains("already merged"));
        assert_eq!(review, before);
        // An earlier save of the same worksheet, once a later one is merged: refused too.
        let mut earlier = response.clone();
        earlier.saved_at = "2000-01-01T00:00:00Z".into();
        let refused = super::plan(&review, &earlier).unwrap_err();
        assert!(refused.contains("A later save"), "{refused}");
        // A later save with that answer changed: kept beside both, or, chosen, in place of the
        // earlier one.
        let mut later = response.clone();
        later.saved_at = "2099-01-01T00:00:00Z".into();
        for (key, value) in &mut later.values {
            if key.ends_with(":saw") && value.contains("the lock graph") {
                *value = "the lock graph, then the replica lag".into();
            }
        }
        let plan = super::plan(&review, &later).unwrap();
        assert_eq!(plan.conflicts.len(), 1);
        let mut both = review.clone();
        apply(&mut both, &later, &plan, &[Choice::Both], &mut ids());
        assert_eq!(both.accounts[0].saw.matches("worksheet:").count(), 2);
        apply(
            &mut review,
            &later,
            &plan,
            &[Choice::InPlaceOfEarlier],
            &mut ids(),
        );
        let saw = &review.accounts[0].saw;
        assert_eq!(saw.matches("worksheet:").count(), 1, "{saw}");
        assert!(
            saw.starts_with("the graph, from the interview")
                && saw.ends_with("the lock graph, then the replica lag"),
            "{saw}"
        );
    }

    /// An earlier answer the worksheet showed and the responder cleared comes back empty: the
    /// facilitator chooses, and the review's text stays unless they choose to clear it.
    #[test]
    fn an_answer_taken_back_is_asked_about_and_kept_unless_cleared() {
        let text = response_text()
            .replace("\"the lock graph\"", "\"\"")
            .replace("\"keep checkout up\"", "\"  \"")
            .replace("\"Dana\"", "\"\"");
        let response = read(&text).unwrap().unwrap();
        let mut review = review();
        let plan = plan(&review, &response).unwrap();
        assert_eq!(plan.conflicts.len(), 1);
        let cleared = &plan.conflicts[0];
        assert!(cleared.cleared());
        assert_eq!(cleared.default_choice(), Choice::Mine);
        // Spaces where the review has nothing are nothing; an empty answer to a question too.
        assert_eq!(plan.added.len(), 1, "{:?}", plan.added);
        assert!(plan.notes.iter().all(|n| !n.text.contains("Who else")));
        let mut kept = review.clone();
        apply(&mut kept, &response, &plan, &[Choice::Both], &mut ids());
        assert_eq!(kept.accounts[0].saw, "the graph, from the interview");
        apply(&mut review, &response, &plan, &[Choice::Theirs], &mut ids());
        assert_eq!(review.accounts[0].saw, "");
    }

    /// The pseudonyms are read as they stood when the worksheet was made: removing a person
    /// since would otherwise give "Subject expert A" to whoever is listed first now.
    #[test]
    fn pseudonyms_name_whom_they_named_when_the_worksheet_was_made() {
        let mut review = review();
        let person = |id: &str, name: &str, role: Role, team: &str| Person {
            id: Id::from(id),
            name: name.into(),
            role,
            team: team.into(),
            ..Person::default()
        };
        review.people = vec![
            person("ana", "Ana Souza", Role::IncidentCommander, "Payments"),
            person("cara", "Cara Diaz", Role::SubjectExpert, "Storage"),
            person("dev", "Dev Rao", Role::SubjectExpert, "Storage"),
            person("ben", "Ben Lee", Role::Responder, ""),
        ];
        let roster = pseudonym::roster(&review, Some(&Id::from("ben")));
        assert!(roster.iter().all(|(_, tag)| !tag.contains("cara")));
        let response = Response {
            worksheet: "r-1:ben:1".into(),
            review: Id::from("r-1"),
            person: Id::from("ben"),
            saved_at: "2026-03-16T10:00:00Z".into(),
            pseudonyms: true,
            roster,
            values: vec![(
                "account:m1:saw".into(),
                "Subject expert A showed me the graph; Subject expert B and Team B agreed".into(),
            )],
            ..Response::default()
        };
        // Cara leaves the review, and Payments with Ana: Dev is now the first subject expert.
        review.people.remove(1);
        review.people.remove(0);
        let planned = plan(&review, &response).unwrap();
        assert_eq!(
            planned.conflicts[0].theirs,
            "Subject expert A showed me the graph; Dev Rao and Storage agreed"
        );
        assert_eq!(
            planned.gone,
            ["Incident commander A", "Subject expert A", "Team A"]
        );
        // Read with the people of today, the same words named Dev twice.
        let without = Response {
            roster: Vec::new(),
            ..response
        };
        assert!(plan(&review, &without).unwrap().conflicts[0]
            .theirs
            .starts_with("Dev Rao showed me"));
    }

    #[test]
    fn answers_from_a_pseudonymised_worksheet_come_back_with_names() {
        let mut review = review();
        review.people.insert(
            0,
            Person {
                id: Id::from("ana"),
                name: "Ana  Souza".into(),
                role: Role::IncidentCommander,
                ..Person::default()
            },
        );
        review.accounts[0].saw = "Ana Souza showed me the graph".into();
        let text = |pseudonyms: bool| {
            serde_json::json!({
                "format": FORMAT, "version": 1, "worksheet": "r-1:ben:1", "review": "r-1",
                "person": "ben", "saved_at": "2026-03-16T10:00:00Z", "pseudonyms": pseudonyms,
                "values": { "account:m1:saw": "Incident commander A showed me the graph, and I checked the logs" },
                "remembered": [{ "when": "09:20", "text": "incident commander A restarted the replica" }]
            })
            .to_string()
        };
        let response = read(&text(true)).unwrap().unwrap();
        assert!(response.pseudonyms);
        let planned = plan(&review, &response).unwrap();
        assert_eq!(
            planned.conflicts[0].theirs,
            "Ana Souza showed me the graph, and I checked the logs"
        );
        assert_eq!(
            planned.suggestions[0].text,
            "Ana Souza restarted the replica"
        );
        apply(
            &mut review,
            &response,
            &planned,
            &[Choice::Theirs],
            &mut ids(),
        );
        assert_eq!(
            review.accounts[0].saw,
            "Ana Souza showed me the graph, and I checked the logs"
        );
        // A worksheet with everyone's names is taken as written.
        let response = read(&text(false).replace("10:00:00Z", "11:00:00Z"))
            .unwrap()
            .unwrap();
        let planned = plan(&review, &response).unwrap();
        assert!(planned.conflicts[0]
            .theirs
            .starts_with("Incident commander A"));
    }

    #[test]
    fn a_later_save_of_the_worksheet_does_not_suggest_again_what_was_settled() {
        let mut review = review();
        let response = read(&response_text()).unwrap().unwrap();
        let planned = plan(&review, &response).unwrap();
        apply(
            &mut review,
            &response,
            &planned,
            &[Choice::Both],
            &mut ids(),
        );
        assert_eq!(review.open_suggestions().count(), 2);
        // The facilitator rejects one and accepts the other.
        let ids: Vec<Id> = review.suggestions.iter().map(|s| s.id.clone()).collect();
        review.settle_suggestion(&ids[0]);
        review.settle_suggestion(&ids[1]);
        assert_eq!(review.open_suggestions().count(), 0);
        // The responder saves again, everything typed so far and one moment more.
        let mut later = response.clone();
        later.saved_at = "2026-03-16T12:00:00Z".into();
        later
            .remembered
            .push(("09:40".into(), "I paged the DBA".into()));
        let planned = plan(&review, &later).unwrap();
        let texts: Vec<&str> = planned
            .suggestions
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(texts, ["I paged the DBA"]);
    }

    #[test]
    fn a_mark_on_a_deleted_moment_with_no_words_suggests_nothing() {
        let mut review = review();
        review.moments.clear();
        let mut response = read(&response_text()).unwrap().unwrap();
        response.values.retain(|(k, _)| k == "mark:m2");
        response.remembered.clear();
        assert!(plan(&review, &response).unwrap().suggestions.is_empty());
    }

    #[test]
    fn a_response_for_another_review_or_person_is_refused() {
        let response = read(&response_text()).unwrap().unwrap();
        let mut other = review();
        other.id = Id::from("r-2");
        assert!(plan(&other, &response)
            .unwrap_err()
            .contains("another review"));
        let mut gone = review();
        gone.people.clear();
        assert!(plan(&gone, &response).unwrap_err().contains("no longer in"));
    }

    #[test]
    fn an_answer_where_the_review_holds_words_off_the_record_is_kept_apart() {
        let mut review = review();
        review.accounts[0].set_off_record(AccountField::Saw, true);
        let response = read(&response_text()).unwrap().unwrap();
        let plan = plan(&review, &response).unwrap();
        assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
        assert!(
            plan.notes
                .iter()
                .any(|n| n.text.contains("(Cues): the lock graph")
                    && n.moment == Some(Id::from("m1")))
        );
        // A short answer that happens to be inside the review's text is still a difference.
        let mut short = read(&response_text()).unwrap().unwrap();
        short.values = vec![("account:m1:saw".into(), "the graph".into())];
        let plan = super::plan(&self::review(), &short).unwrap();
        assert_eq!(plan.conflicts.len(), 1);
    }

    #[test]
    fn words_about_a_deleted_moment_are_kept_as_a_note() {
        let mut review = review();
        review.moments.remove(1);
        let response = read(&response_text()).unwrap().unwrap();
        let plan = plan(&review, &response).unwrap();
        assert!(plan
            .notes
            .iter()
            .any(|n| n.text.contains("keep checkout up")));
    }

    #[test]
    fn words_under_a_key_this_version_does_not_know_are_kept_as_a_note() {
        let mut response = read(&response_text()).unwrap().unwrap();
        response
            .values
            .push(("bogus:key".into(), "the runbook was out of date".into()));
        response.values.push(("other:empty".into(), "  ".into()));
        let plan = plan(&review(), &response).unwrap();
        let kept: Vec<&str> = plan
            .notes
            .iter()
            .filter(|n| n.text.contains("does not know"))
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(
            kept,
            [
                "Ben Lee wrote in their worksheet (in a part this version does not know): the \
              runbook was out of date"
            ]
        );
    }
}
