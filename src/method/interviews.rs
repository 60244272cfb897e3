//! Before the meeting (method, phase 1): the order of one-to-one interviews, each person's point
//! of view of the incident, and what is told off the record.
//!
//! Off the record is a promise to the person who said it: the text stays in the facilitator's
//! own review and nowhere else. `keep_private` is the one place that keeps it (with the
//! facilitator's reasons for interviewing people), applied to everything made for others
//! (reports, shared copies, worksheets, the calibration draft); the shared screen leaves it out
//! in `hindsight::room_view`.

use super::language::{account_field_name, TextRef};
use super::placement::place_time;
use crate::model::time::{parse_clock, ZoneOffsets};
use crate::model::{
    Account, AccountField, AccountSource, Evidence, Id, InterviewStatus, Moment, Note, NoteKind,
    Person, Precision, Review, Seen, Suggestion, SuggestionKind,
};
use std::collections::HashMap;

/// The accounts written from `person`'s interview.
pub fn interview_accounts(review: &Review, person: &Id) -> Vec<Id> {
    review
        .accounts
        .iter()
        .filter(|a| &a.person == person && a.source == AccountSource::Interview)
        .map(|a| a.id.clone())
        .collect()
}

/// The answers on the record of each account that `withdraw_consent` took off it.
pub type Withdrawn = Vec<(Id, Vec<AccountField>)>;

/// `person` no longer agrees to notes: what their interview notes say goes off the record,
/// so that it stays in the facilitator's review and no report, copy, worksheet or draft
/// carries it (`keep_private`); nothing is deleted. Returns what was taken off the record, for
/// `restore_consent`.
pub fn withdraw_consent(review: &mut Review, person: &Id) -> Withdrawn {
    if let Some(p) = review.people.iter_mut().find(|p| &p.id == person) {
        p.interview.consent = false;
    }
    let mut withdrawn = Vec::new();
    for account in &mut review.accounts {
        if &account.person != person || account.source != AccountSource::Interview {
            continue;
        }
        let fields: Vec<AccountField> = AccountField::ALL
            .into_iter()
            .filter(|&f| !account.field(f).trim().is_empty() && !account.is_off_record(f))
            .collect();
        for &field in &fields {
            account.set_off_record(field, true);
        }
        if !fields.is_empty() {
            withdrawn.push((account.id.clone(), fields));
        }
    }
    withdrawn
}

/// Undoes `withdraw_consent`: consent given again, and what it took off the record back on it.
pub fn restore_consent(review: &mut Review, person: &Id, withdrawn: &Withdrawn) {
    if let Some(p) = review.people.iter_mut().find(|p| &p.id == person) {
        p.interview.consent = true;
    }
    for (id, fields) in withdrawn {
        if let Some(account) = review.accounts.iter_mut().find(|a| &a.id == id) {
            for &field in fields {
                account.set_off_record(field, false);
            }
        }
    }
}

/// The review as others may see it: every field told off the record emptied (an account told
/// wholly off the record goes, with what cites it), the reasons for interviewing people, and
/// the dismissed language notes that would quote either.
pub fn keep_private(review: &mut Review) {
    let mut hidden = Vec::new();
    let mut gone = Vec::new();
    for account in &mut review.accounts {
        let was_told = !account.off_record.is_empty();
        for field in std::mem::take(&mut account.off_record) {
            account.field_mut(field).clear();
            hidden.push(account_field_name(&account.id, field));
        }
        if was_told && account.is_blank() {
            gone.push(account.id.clone());
        }
    }
    review.accounts.retain(|a| !gone.contains(&a.id));
    for finding in review.synthesis.all_mut() {
        for citation in &mut finding.citations {
            if citation.account.as_ref().is_some_and(|a| gone.contains(a)) {
                citation.account = None;
            }
        }
        // Its moment may be cited already: once is enough.
        let mut seen = Vec::new();
        finding.citations.retain(|c| {
            let first = !seen.contains(c);
            if first {
                seen.push(c.clone());
            }
            first
        });
    }
    for person in &mut review.people {
        if !person.interview.why.is_empty() {
            person.interview.why.clear();
            hidden.push(TextRef::Interview(person.id.clone()).name());
        }
    }
    if !hidden.is_empty() {
        review
            .language
            .dismissed
            .retain(|d| !hidden.contains(&d.field));
    }
    keep_live_dismissals(review);
}

/// Drops the dismissals that no longer hide a note in the text as it is: a dismissal keeps the
/// sentence it was made in, and a sentence since reworded or deleted (blame the facilitator took
/// out) must not travel in a copy for others.
fn keep_live_dismissals(review: &mut Review) {
    if review.language.dismissed.is_empty() {
        return;
    }
    let texts: HashMap<String, &str> = super::language::text_fields(review)
        .into_iter()
        .map(|(text, body)| (text.name(), body))
        .collect();
    // Read as the fields read it, with the review's people: a note that only a name in lower
    // case makes is still hidden by its dismissal.
    let people = super::language::People::of(review);
    let mut found: HashMap<&str, Vec<super::language::Finding>> = HashMap::new();
    let live: Vec<bool> = review
        .language
        .dismissed
        .iter()
        .map(|d| {
            let Some(body) = texts.get(&d.field) else {
                return false;
            };
            let findings = found
                .entry(d.field.as_str())
                .or_insert_with(|| super::language::check_knowing(body, &review.language, &people));
            findings
                .iter()
                .any(|f| super::language::is_dismissed(f, &d.field, std::slice::from_ref(d)))
        })
        .collect();
    let mut live = live.into_iter();
    review
        .language
        .dismissed
        .retain(|_| live.next().unwrap_or(false));
}

/// A place in the order of interviews as typed: a whole number from 1, or nothing (empty),
/// or what is wrong with it.
pub fn read_order(text: &str) -> Result<Option<u32>, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err("Enter a whole number from 1, or leave it empty; the order stays as it was."),
    }
}

/// The people in the order they are to be interviewed: those with a place in the order first,
/// by that place, then the other planned or done interviews, then everyone else, each group in
/// the order of the people list.
pub fn interview_order(review: &Review) -> Vec<&Person> {
    let mut people: Vec<(usize, &Person)> = review.people.iter().enumerate().collect();
    people.sort_by_key(|&(index, person)| {
        let plan = &person.interview;
        let group = match (plan.order, plan.status) {
            (Some(_), _) => 0,
            (None, InterviewStatus::NotPlanned) => 2,
            (None, _) => 1,
        };
        (group, plan.order.unwrap_or(0), index)
    });
    people.into_iter().map(|(_, p)| p).collect()
}

/// One moment as one person lived it.
#[derive(Debug, Clone, PartialEq)]
pub struct Viewpoint<'a> {
    pub moment: &'a Moment,
    /// Named among the moment's people (rather than only having told an account of it).
    pub involved: bool,
    /// The moment's evidence that was there to be seen during the incident.
    pub seen: Vec<&'a Evidence>,
    /// Their account of the moment, if they have told one.
    pub account: Option<&'a Account>,
}

/// The incident from one person's point of view: every moment they were part of or have an
/// account of, in timeline order, with what could be seen then and what they said.
pub fn point_of_view<'a>(review: &'a Review, person: &Id) -> Vec<Viewpoint<'a>> {
    let accounts: HashMap<&Id, &Account> = review
        .accounts
        .iter()
        .filter(|a| &a.person == person)
        .map(|a| (&a.moment, a))
        .collect();
    review
        .timeline_order()
        .into_iter()
        .map(|i| &review.moments[i])
        .filter_map(|moment| {
            let involved = moment.people.contains(person);
            let account = accounts.get(&moment.id).copied();
            (involved || account.is_some_and(|a| !a.is_blank())).then(|| Viewpoint {
                moment,
                involved,
                seen: seen_then(moment).collect(),
                account,
            })
        })
        .collect()
}

/// What accepting a responder's suggestion adds to the review.
#[derive(Debug, Clone, PartialEq)]
pub enum Taken {
    /// A remembered moment, placed on the timeline with its person, and what to tell the
    /// facilitator about where it went when its time could not be used (it then ends the
    /// timeline, marked order only, which nobody would notice otherwise).
    Moment(Moment, Option<String>),
    /// A correction, kept as an open question at its moment: the facilitator checks it with
    /// the people there (an edit nobody can verify alone is not made for them).
    Note(Note),
}

/// What accepting `suggestion` adds: `id` names the new record.
pub fn take_suggestion(
    review: &Review,
    suggestion: &Suggestion,
    zones: &dyn ZoneOffsets,
    id: Id,
) -> Taken {
    let name = review
        .person(&suggestion.person)
        .map(Person::display_name)
        .unwrap_or_else(|| "A responder".to_string());
    match suggestion.kind {
        SuggestionKind::Remembered => {
            let when = suggestion.when.trim();
            // Longest first, so "approximately" is not read as "approx" and "imately".
            let about = [
                "approximately", "approx.", "approx", "around", "about", "circa", "ca.", "c.", "~",
            ]
            .iter()
            .find_map(|w| when.to_ascii_lowercase().strip_prefix(w).map(str::len))
            .map(|rest| when[when.len() - rest..].trim_start_matches([' ', '.', ':']));
            let clock = parse_clock(about.unwrap_or(when));
            let placed = clock.and_then(|time| place_time(review, time, zones));
            let (at, precision) = match placed {
                Some(at) if about.is_some() => (at, Precision::Approximate),
                Some(at) => (at, Precision::Exact),
                // No time to go by: after the last moment, its place to be decided.
                None => (
                    review
                        .moments
                        .iter()
                        .map(|m| m.at)
                        .max()
                        .or(review.incident_end)
                        .unwrap_or_default(),
                    Precision::OrderOnly,
                ),
            };
            // A time that could not be read is kept in their words.
            let source = if placed.is_none() && !when.is_empty() {
                format!("remembered by {name} (worksheet), \u{201c}{when}\u{201d}")
            } else {
                format!("remembered by {name} (worksheet)")
            };
            let why = match clock {
                _ if placed.is_some() => None,
                _ if when.is_empty() => Some(format!("{name} gave no time for it")),
                Some(time) => Some(format!(
                    "{} could not be put on a day: the review has no incident start or moments \
                     yet",
                    time.hh_mm()
                )),
                None => Some(format!(
                    "no time could be read from \u{201c}{when}\u{201d} (their words are kept in \
                     its source)"
                )),
            };
            let said = why.map(|why| {
                format!(
                    "The remembered moment \u{201c}{}\u{201d} is placed after the last one and \
                     marked order only: {why}. Give it a time, or move it where it belongs.",
                    suggestion.text.trim()
                )
            });
            Taken::Moment(
                Moment {
                    id,
                    at,
                    precision,
                    description: suggestion.text.clone(),
                    people: vec![suggestion.person.clone()],
                    source,
                    ..Moment::default()
                },
                said,
            )
        }
        kind => Taken::Note(Note {
            id,
            moment: suggestion.moment.clone(),
            kind: NoteKind::OpenQuestion,
            text: if suggestion.text.trim().is_empty() {
                format!("{name}: {}.", kind.label())
            } else {
                format!("{name}: {}: {}", kind.label(), suggestion.text.trim())
            },
            resolved: false,
        }),
    }
}

/// The moment's evidence that responders could see during the incident.
pub fn seen_then(moment: &Moment) -> impl Iterator<Item = &Evidence> {
    moment
        .evidence
        .iter()
        .filter(|e| e.seen == Seen::DuringIncident)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AccountField, Dismissal, Instant, Interview};

    fn person(id: &str, status: InterviewStatus, order: Option<u32>) -> Person {
        Person {
            id: Id::from(id),
            name: id.to_uppercase(),
            interview: Interview {
                status,
                order,
                ..Interview::default()
            },
            ..Person::default()
        }
    }

    fn moment(id: &str, minute: i64, people: &[&str]) -> Moment {
        Moment {
            id: Id::from(id),
            at: Instant::from_millis(minute * 60_000).unwrap(),
            people: people.iter().map(|&p| Id::from(p)).collect(),
            ..Moment::default()
        }
    }

    #[test]
    fn withdrawn_consent_takes_interview_notes_off_the_record_and_undo_brings_them_back() {
        let mut ben = person("ben", InterviewStatus::Done, None);
        ben.interview.consent = true;
        let account = |id: &str, person: &str, source: AccountSource| Account {
            id: Id::from(id),
            moment: Id::from("m1"),
            person: Id::from(person),
            source,
            saw: format!("SAW {id}"),
            goal: format!("GOAL {id}"),
            ..Account::default()
        };
        let mut review = Review {
            people: vec![ben, person("ana", InterviewStatus::Done, None)],
            accounts: vec![
                account("a-ben", "ben", AccountSource::Interview),
                account("a-ben-walk", "ben", AccountSource::Meeting),
                account("a-ana", "ana", AccountSource::Interview),
            ],
            ..Review::default()
        };
        review.accounts[0].set_off_record(AccountField::Goal, true);
        let before = review.clone();
        let withdrawn = withdraw_consent(&mut review, &Id::from("ben"));
        assert!(!review.people[0].interview.consent);
        assert_eq!(
            withdrawn,
            vec![(Id::from("a-ben"), vec![AccountField::Saw])]
        );
        // Nothing is deleted, and nothing of it reaches a copy for others; what Ben said in
        // the meeting, and Ana's interview, are as they were.
        assert_eq!(review.accounts[0].saw, "SAW a-ben");
        assert_eq!(review.accounts[1..], before.accounts[1..]);
        let mut shared = review.clone();
        keep_private(&mut shared);
        assert!(shared.accounts.iter().all(|a| a.id.as_str() != "a-ben"));
        restore_consent(&mut review, &Id::from("ben"), &withdrawn);
        assert_eq!(review, before);
    }

    #[test]
    fn a_copy_for_others_keeps_only_dismissals_that_still_hide_a_note() {
        use crate::method::language;
        let mut review = Review {
            summary: "Ana should have paged. The deploy went out.".into(),
            ..Review::default()
        };
        let found = language::check(&review.summary);
        review
            .language
            .dismissed
            .push(language::dismissal(&found[0], "summary"));
        // A sentence since deleted, with its blame in it.
        review.language.dismissed.push(Dismissal {
            field: "summary".into(),
            phrase: "careless".into(),
            occurrence: 0,
            sentence: "ben was careless.".into(),
        });
        review.language.dismissed.push(Dismissal {
            field: "note:gone".into(),
            phrase: "should have".into(),
            ..Dismissal::default()
        });
        keep_private(&mut review);
        assert_eq!(
            review.language.dismissed,
            [language::dismissal(&found[0], "summary")]
        );
    }

    #[test]
    fn a_dismissed_note_that_a_known_name_makes_stays_dismissed_in_a_copy_for_others() {
        use crate::method::language;
        let mut review = Review {
            summary: "lena never opened the runbook.".into(),
            people: vec![crate::model::Person {
                name: "Lena Ortiz".into(),
                ..Default::default()
            }],
            ..Review::default()
        };
        assert!(language::check(&review.summary).is_empty(), "no name known");
        let found = language::open_in_field(&review, &review.summary, "summary");
        assert_eq!(found.len(), 1);
        let dismissal = language::dismissal(&found[0], "summary");
        review.language.dismissed.push(dismissal.clone());
        keep_private(&mut review);
        assert_eq!(review.language.dismissed, [dismissal]);
    }

    #[test]
    fn an_order_is_a_whole_number_from_one_or_nothing() {
        assert_eq!(read_order(" 3 "), Ok(Some(3)));
        assert_eq!(read_order(""), Ok(None));
        for wrong in ["0", "-1", "1.5", "99999999999", "first"] {
            assert!(read_order(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn off_the_record_text_and_its_dismissed_notes_leave_a_copy_for_others() {
        let mut review = Review::default();
        let mut account = Account {
            id: Id::from("a-1"),
            saw: "OFFREC the dashboard was red".into(),
            believed: "it was obviously the cache".into(),
            ..Account::default()
        };
        account.set_off_record(AccountField::Saw, true);
        review.accounts.push(account);
        review.language.dismissed = vec![
            Dismissal {
                field: account_field_name(&Id::from("a-1"), AccountField::Saw),
                phrase: "offrec".into(),
                occurrence: 0,
                ..Dismissal::default()
            },
            // A note still there, dismissed: it stays.
            crate::method::language::dismissal(
                &crate::method::language::check("it was obviously the cache")[0],
                &account_field_name(&Id::from("a-1"), AccountField::Believed),
            ),
        ];
        review.people.push(Person {
            id: Id::from("ben"),
            interview: crate::model::Interview {
                why: "WHYNOTE may feel blamed".into(),
                status: InterviewStatus::Done,
                ..Default::default()
            },
            ..Person::default()
        });
        let mut wholly = Account {
            id: Id::from("a-2"),
            did: "OFFREC all of it".into(),
            ..Account::default()
        };
        wholly.set_off_record(AccountField::Did, true);
        wholly.moment = Id::from("m1");
        review.accounts.push(wholly);
        // A finding citing the moment and the account wholly off the record cites the moment once.
        let cite = |account: Option<&str>| crate::model::Citation {
            moment: Id::from("m1"),
            account: account.map(Id::from),
        };
        review.synthesis.themes.push(crate::model::Finding {
            citations: vec![cite(None), cite(Some("a-2"))],
            ..Default::default()
        });
        let mut shared = review.clone();
        keep_private(&mut shared);
        assert_eq!(shared.synthesis.themes[0].citations, [cite(None)]);
        let text = serde_json::to_string(&shared).unwrap();
        assert!(
            !text.contains("OFFREC") && !text.contains("offrec"),
            "{text}"
        );
        assert!(!text.contains("off_record"));
        assert_eq!(shared.accounts[0].believed, "it was obviously the cache");
        assert_eq!(shared.language.dismissed.len(), 1);
        // The facilitator's own review keeps everything.
        assert!(review.accounts[0].saw.contains("OFFREC"));
    }

    #[test]
    fn off_the_record_marks_are_kept_in_field_order_without_repeats() {
        let mut account = Account::default();
        account.set_off_record(AccountField::Did, true);
        account.set_off_record(AccountField::Saw, true);
        account.set_off_record(AccountField::Did, true);
        assert_eq!(
            account.off_record,
            vec![AccountField::Saw, AccountField::Did]
        );
        account.set_off_record(AccountField::Saw, false);
        assert!(!account.is_off_record(AccountField::Saw));
        assert!(account.is_off_record(AccountField::Did));
    }

    #[test]
    fn a_remembered_moment_is_placed_by_its_time_and_a_correction_becomes_an_open_question() {
        let mut review = Review {
            time_zone: "UTC".into(),
            people: vec![Person {
                id: Id::from("ben"),
                name: "Ben Lee".into(),
                ..Person::default()
            }],
            moments: vec![moment("m1", 9 * 60, &[]), moment("m2", 10 * 60, &[])],
            ..Review::default()
        };
        review.incident_start = Some(review.moments[0].at);
        let zones = crate::model::time::FixedOffset(0);
        let remembered = |when: &str| Suggestion {
            person: Id::from("ben"),
            kind: SuggestionKind::Remembered,
            when: when.into(),
            text: "I restarted the replica".into(),
            ..Suggestion::default()
        };
        let Taken::Moment(m, said) =
            take_suggestion(&review, &remembered("about 9:20"), &zones, Id::from("n"))
        else {
            panic!("a moment");
        };
        assert_eq!(said, None, "placed by its time: nothing to say");
        assert_eq!(m.at, Instant::from_millis((9 * 60 + 20) * 60_000).unwrap());
        assert_eq!(m.precision, Precision::Approximate);
        assert_eq!(m.people, vec![Id::from("ben")]);
        for when in [
            "approximately 9:20", "approx. 9:20", "~9:20", "around 09:20",
        ] {
            let Taken::Moment(m, _) =
                take_suggestion(&review, &remembered(when), &zones, Id::from("n"))
            else {
                panic!("a moment");
            };
            assert_eq!(
                m.at,
                Instant::from_millis((9 * 60 + 20) * 60_000).unwrap(),
                "{when}"
            );
        }
        let late = remembered("just after the page");
        let Taken::Moment(m, said) = take_suggestion(&review, &late, &zones, Id::from("n")) else {
            panic!("a moment");
        };
        assert_eq!(
            (m.at, m.precision),
            (review.moments[1].at, Precision::OrderOnly)
        );
        assert!(
            m.source.contains("just after the page"),
            "their words are kept"
        );
        // The facilitator is told where it went, and why.
        assert_eq!(
            said.as_deref(),
            Some(
                "The remembered moment \u{201c}I restarted the replica\u{201d} is placed after \
                 the last one and marked order only: no time could be read from \u{201c}just \
                 after the page\u{201d} (their words are kept in its source). Give it a time, \
                 or move it where it belongs."
            )
        );
        let Taken::Moment(_, said) =
            take_suggestion(&review, &remembered(" "), &zones, Id::from("n"))
        else {
            panic!("a moment");
        };
        assert!(said.unwrap().contains(": Ben Lee gave no time for it."));
        // A time, but no incident to put it on a day by.
        let empty = Review {
            time_zone: "UTC".into(),
            people: review.people.clone(),
            ..Review::default()
        };
        let Taken::Moment(m, said) =
            take_suggestion(&empty, &remembered("9:20"), &zones, Id::from("n"))
        else {
            panic!("a moment");
        };
        assert_eq!(m.precision, Precision::OrderOnly);
        assert!(said
            .unwrap()
            .contains(": 09:20 could not be put on a day: the review has no incident start"));
        let wrong = Suggestion {
            person: Id::from("ben"),
            kind: SuggestionKind::OutOfOrder,
            moment: Some(Id::from("m2")),
            text: "after the page".into(),
            ..Suggestion::default()
        };
        let Taken::Note(note) = take_suggestion(&review, &wrong, &zones, Id::from("n")) else {
            panic!("a note");
        };
        assert_eq!(note.moment, Some(Id::from("m2")));
        assert_eq!(note.kind, NoteKind::OpenQuestion);
        assert!(note
            .text
            .starts_with("Ben Lee: This is out of order: after the page"));
    }

    #[test]
    fn interviews_are_ordered_by_place_then_plan_then_list() {
        let review = Review {
            people: vec![
                person("a", InterviewStatus::NotPlanned, None),
                person("b", InterviewStatus::Planned, None),
                person("c", InterviewStatus::Planned, Some(2)),
                person("d", InterviewStatus::Done, Some(1)),
                person("e", InterviewStatus::Declined, None),
            ],
            ..Review::default()
        };
        let order: Vec<&str> = interview_order(&review)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(order, ["d", "c", "b", "e", "a"]);
    }

    #[test]
    fn a_point_of_view_holds_their_moments_what_was_seen_then_and_their_accounts() {
        let mut review = Review {
            moments: vec![
                moment("m-3", 30, &["p"]),
                moment("m-1", 10, &["p", "q"]),
                moment("m-2", 20, &["q"]),
                moment("m-4", 40, &["q"]),
            ],
            ..Review::default()
        };
        review.moments[1].evidence = vec![
            Evidence {
                text: "graph".into(),
                ..Evidence::default()
            },
            Evidence {
                text: "later log".into(),
                seen: Seen::FoundAfterwards,
                ..Evidence::default()
            },
        ];
        review.accounts = vec![
            Account {
                moment: Id::from("m-4"),
                person: Id::from("p"),
                saw: "the pager".into(),
                ..Account::default()
            },
            // A blank account does not make a moment theirs.
            Account {
                moment: Id::from("m-2"),
                person: Id::from("p"),
                ..Account::default()
            },
            Account {
                moment: Id::from("m-1"),
                person: Id::from("q"),
                saw: "not theirs".into(),
                ..Account::default()
            },
        ];
        let view = point_of_view(&review, &Id::from("p"));
        let ids: Vec<&str> = view.iter().map(|v| v.moment.id.as_str()).collect();
        assert_eq!(ids, ["m-1", "m-3", "m-4"]);
        assert!(view[0].involved && !view[2].involved);
        let seen: Vec<&str> = view[0].seen.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            seen,
            ["graph"],
            "evidence found afterwards is not what they saw"
        );
        assert!(
            view[0].account.is_none(),
            "another person's account is not theirs"
        );
        assert_eq!(view[2].account.map(|a| a.saw.as_str()), Some("the pager"));
    }
}
