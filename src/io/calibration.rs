//! The calibration draft: a report for the participants before the meeting (method, phase 1),
//! so that they can correct the story before the room sees it. Written as report blocks, so the
//! same Markdown and HTML writers make it.
//!
//! It says what data was reviewed, who was interviewed (never why, never what was said off the
//! record), each person's point of view, the themes emerging so far, and asks the readers
//! specific questions. The HTML file carries no review data to import: it is for reading.

use super::report::{Block, Item, Report};
use crate::method::interviews::{keep_private, point_of_view};
use crate::method::questions;
use crate::model::time::{date_time_label, moment_time_label, ZoneOffsets};
use crate::model::{AccountField, AccountSource, InterviewStatus, Review};

/// The questions every draft asks its readers.
pub const QUESTIONS: [&str; 4] = [
    "What is missing? A moment, a signal, a conversation, a person who was involved.",
    "Is this right? Times, order, who saw what, and what it meant then.",
    "Where does your own point of view read differently from how you lived it?",
    "What would you want the meeting to spend its time on?",
];

pub fn build(review: &Review, zones: &dyn ZoneOffsets) -> Report {
    let mut review = review.clone();
    keep_private(&mut review);
    let zone = review.time_zone.as_str();
    let with_dates = review.spans_days(zones);
    let title = if review.title.trim().is_empty() {
        "Untitled review".to_string()
    } else {
        review.title.clone()
    };
    let mut blocks = vec![Block::Paragraph(
        "A draft for the people involved, before the review meeting. It is not a conclusion: \
         it is what the facilitator has gathered so far, to be corrected. Please say what is \
         missing, what is wrong, and what reads differently from how you lived it."
            .into(),
    )];
    let mut facts = Vec::new();
    if let Some(start) = review.incident_start {
        facts.push(("Incident start".into(), date_time_label(start, zone, zones)));
    }
    if let Some(end) = review.incident_end {
        facts.push(("Incident end".into(), date_time_label(end, zone, zones)));
    }
    facts.push(("Times shown in".into(), zone.to_string()));
    blocks.push(Block::Facts(facts));

    blocks.push(Block::Heading(2, "The data reviewed".into()));
    let evidence = review
        .moments
        .iter()
        .map(|m| m.evidence.len())
        .sum::<usize>();
    let told = |source: AccountSource| {
        review
            .accounts
            .iter()
            .filter(|a| a.source == source && !a.is_blank())
            .count()
    };
    let mut sources: Vec<&str> = review
        .moments
        .iter()
        .map(|m| source_kind(&m.source))
        .filter(|s| !s.is_empty())
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let mut data = vec![
        Item::text(format!(
            "{} on the timeline, with {}",
            count(review.moments.len(), "moment", "moments"),
            count(evidence, "piece of evidence", "pieces of evidence")
        )),
        Item::text(format!(
            "Accounts: {} from interviews, {} from worksheets, {} from the meeting",
            told(AccountSource::Interview),
            told(AccountSource::Worksheet),
            told(AccountSource::Meeting)
        )),
    ];
    if !sources.is_empty() {
        data.push(Item::text(format!("Moments from: {}", sources.join(", "))));
    }
    blocks.push(Block::List(data));

    blocks.push(Block::Heading(2, "Who was interviewed".into()));
    let interviewed: Vec<Item> = review
        .people
        .iter()
        .filter(|p| p.interview.status == InterviewStatus::Done)
        .map(|p| {
            let date = if p.interview.date.is_empty() {
                String::new()
            } else {
                format!(", {}", p.interview.date)
            };
            Item::text(format!("{} ({}){date}", p.display_name(), p.role.label()))
        })
        .collect();
    if interviewed.is_empty() {
        blocks.push(Block::Paragraph("Nobody has been interviewed yet.".into()));
    } else {
        blocks.push(Block::List(interviewed));
    }

    blocks.push(Block::Heading(2, "Points of view".into()));
    let mut any = false;
    for person in &review.people {
        let view = point_of_view(&review, &person.id);
        if view.is_empty() {
            continue;
        }
        any = true;
        blocks.push(Block::Heading(
            3,
            format!("{} ({})", person.display_name(), person.role.label()),
        ));
        let rows = view
            .iter()
            .map(|v| {
                let m = v.moment;
                let words = v
                    .account
                    .map(|a| {
                        questions::CORE
                            .iter()
                            .chain([&AccountField::Did])
                            .filter(|&&f| !a.field(f).trim().is_empty())
                            .map(|&f| {
                                format!("{}: {}", questions::family_of(f).name, a.field(f).trim())
                            })
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .unwrap_or_default();
                vec![
                    moment_time_label(m.at, m.precision, zone, zones, with_dates),
                    m.description.clone(),
                    v.seen
                        .iter()
                        .map(|e| e.text.clone())
                        .collect::<Vec<_>>()
                        .join("\n"),
                    words,
                ]
            })
            .collect();
        blocks.push(Block::Table {
            head: vec![
                "When".into(),
                "What happened".into(),
                "What could be seen then".into(),
                "In their words".into(),
            ],
            rows,
        });
    }
    if !any {
        blocks.push(Block::Paragraph("No one is named in a moment yet.".into()));
    }

    blocks.push(Block::Heading(2, "Emerging themes".into()));
    let themes: Vec<Item> = review
        .synthesis
        .themes
        .iter()
        .chain(&review.synthesis.surprises)
        .filter(|f| !f.text.trim().is_empty())
        .map(|f| Item::text(f.text.clone()))
        .collect();
    if themes.is_empty() {
        blocks.push(Block::Paragraph(
            "None written yet: the meeting will look for them together.".into(),
        ));
    } else {
        blocks.push(Block::List(themes));
    }

    blocks.push(Block::Heading(2, "Questions for you".into()));
    blocks.push(Block::List(
        QUESTIONS.iter().map(|q| Item::text(*q)).collect(),
    ));
    Report {
        title: format!("Calibration draft: {title}"),
        blocks,
    }
}

/// Where a moment came from, without its line number: "transcript line 12" is "transcript".
fn source_kind(source: &str) -> &str {
    let source = source.trim();
    let cut = source
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(source.len());
    source[..cut]
        .trim_end()
        .trim_end_matches(" line")
        .trim_end()
}

/// "1 moment", "2 moments".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn the_draft_names_who_was_interviewed_and_leaves_out_why_and_off_the_record() {
        let mut review = Review {
            title: "Checkout".into(),
            time_zone: "UTC".into(),
            people: vec![Person {
                id: Id::from("ben"),
                name: "Ben Lee".into(),
                interview: Interview {
                    status: InterviewStatus::Done,
                    why: "WHYNOTE may feel blamed".into(),
                    date: "2026-03-16".into(),
                    ..Interview::default()
                },
                ..Person::default()
            }],
            moments: vec![Moment {
                id: Id::from("m1"),
                description: "Ben looks at the lock graph".into(),
                people: vec![Id::from("ben")],
                source: "transcript line 4".into(),
                ..Moment::default()
            }],
            ..Review::default()
        };
        let mut account = Account {
            id: Id::from("a1"),
            moment: Id::from("m1"),
            person: Id::from("ben"),
            saw: "the lock graph climbing".into(),
            believed: "OFFREC my migration".into(),
            source: AccountSource::Interview,
            ..Account::default()
        };
        account.set_off_record(AccountField::Believed, true);
        review.accounts.push(account);
        let report = build(&review, &time::FixedOffset(0));
        let text = format!("{report:?}");
        assert!(text.contains("Ben Lee (Responder), 2026-03-16"), "{text}");
        assert!(text.contains("the lock graph climbing"));
        assert!(text.contains("1 from interviews"));
        assert!(text.contains("Moments from: transcript"));
        assert!(!text.contains("OFFREC") && !text.contains("WHYNOTE"));
        assert!(text.contains("What is missing?"));
    }
}
