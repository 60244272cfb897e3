//! The review report as a document of plain blocks, built once and then written as Markdown
//! (`io::markdown`), as a self-contained HTML file (`io::html_report`), or shown in the app.
//! Every text in it is plain text: each writer escapes it for its own format.

use super::links::safe_href;
use crate::method::{citations, picture, questions};
use crate::model::time::{date_time_label, moment_time_label, ZoneOffsets};
use crate::model::{
    Account, AccountField, Citation, Finding, Id, Moment, OpportunityStatus, Review, ReviewStatus,
    Seen,
};
use std::collections::BTreeMap;

/// One item of a list, with a link when it has a safe address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub href: Option<String>,
}

impl Item {
    pub(crate) fn text(text: impl Into<String>) -> Self {
        Item {
            text: text.into(),
            href: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Level 2 to 4 (the title is level 1).
    Heading(u8, String),
    Paragraph(String),
    /// Label and value pairs.
    Facts(Vec<(String, String)>),
    List(Vec<Item>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// The picture of the incident: what it is drawn from. Each writer that can draw lays it
    /// out (`method::picture`); text formats leave it out, the timeline's table follows.
    Picture(Box<picture::Scene>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The sections of the synthesis, in report order, with their headings.
pub const SYNTHESIS_SECTIONS: [(&str, &str); 6] = [
    ("surprises", "Surprises"),
    ("themes", "Themes"),
    ("conditions", "Contributing conditions"),
    ("helped", "What helped"),
    ("risks", "Risks revealed"),
    ("process", "Process and coordination"),
];

/// The findings of one synthesis section, by its key.
pub fn section<'a>(review: &'a Review, key: &str) -> &'a [Finding] {
    let s = &review.synthesis;
    match key {
        "surprises" => &s.surprises,
        "themes" => &s.themes,
        "conditions" => &s.conditions,
        "helped" => &s.helped,
        "risks" => &s.risks,
        _ => &s.process,
    }
}

/// Builds the whole report of a review: what a reader who was not there needs.
pub fn build(review: &Review, zones: &dyn ZoneOffsets) -> Report {
    let zone = review.time_zone.as_str();
    let with_dates = review.spans_days(zones);
    // Indexes, so that a review with thousands of moments and accounts builds in linear time.
    let moments: BTreeMap<&Id, &Moment> = review.moments.iter().map(|m| (&m.id, m)).collect();
    let mut accounts_of: BTreeMap<&Id, Vec<&Account>> = BTreeMap::new();
    for account in review.accounts.iter().filter(|a| !a.is_blank()) {
        accounts_of
            .entry(&account.moment)
            .or_default()
            .push(account);
    }
    let when = |id: &Id| {
        moments
            .get(id)
            .map(|m| {
                let time = moment_time_label(m.at, m.precision, zone, zones, with_dates);
                let text: String = m.description.chars().take(80).collect();
                format!("{time} · {text}")
            })
            .unwrap_or_default()
    };
    // A citation of an account says whose it is, as the synthesis screen does: both are
    // written by `citations::words`. A citation of a moment since deleted says nothing.
    let accounts: BTreeMap<&Id, &Account> = review.accounts.iter().map(|a| (&a.id, a)).collect();
    let cited = |c: &Citation| {
        let moment = moments.get(&c.moment)?;
        let whose = c
            .account
            .as_ref()
            .and_then(|a| accounts.get(a))
            .and_then(|a| review.person(&a.person))
            .map(|p| p.display_name());
        Some(citations::words(
            review,
            moment,
            whose.as_deref(),
            with_dates,
            zones,
        ))
    };
    let mut blocks = Vec::new();
    let title = crate::model::title_shown(&review.title);

    let mut facts = vec![(
        "Status".to_string(),
        status_label(review.status).to_string(),
    )];
    if let Some(start) = review.incident_start {
        facts.push(("Incident start".into(), date_time_label(start, zone, zones)));
    }
    if let Some(end) = review.incident_end {
        facts.push(("Incident end".into(), date_time_label(end, zone, zones)));
    }
    facts.push(("Times shown in".into(), zone.to_string()));
    blocks.push(Block::Facts(facts));

    blocks.push(Block::Heading(2, "Summary".into()));
    blocks.push(paragraph_or(&review.summary, "No summary written."));
    blocks.push(Block::Heading(2, "Impact".into()));
    blocks.push(paragraph_or(&review.impact, "No impact described."));

    blocks.push(Block::Heading(2, "People and roles".into()));
    blocks.push(Block::Table {
        head: vec![
            "Name".into(),
            "Role at the time".into(),
            "Team".into(),
            "In the review".into(),
        ],
        rows: review
            .people
            .iter()
            .map(|p| {
                vec![
                    p.display_name(),
                    p.role.label().to_string(),
                    p.team.clone(),
                    if p.present { "yes" } else { "no" }.to_string(),
                ]
            })
            .collect(),
    });

    blocks.push(Block::Heading(2, "Timeline".into()));
    if !review.moments.is_empty() {
        blocks.push(Block::Picture(Box::new(picture::Scene::of_review(review))));
    }
    let order = review.timeline_order();
    blocks.push(Block::Table {
        head: vec![
            "When".into(),
            "Kind".into(),
            "What happened".into(),
            "People".into(),
        ],
        rows: order
            .iter()
            .map(|&i| {
                let m = &review.moments[i];
                let pivot = if m.pivot { " (pivot)" } else { "" };
                vec![
                    moment_time_label(m.at, m.precision, zone, zones, with_dates),
                    format!("{}{pivot}", m.kind.label()),
                    m.description.clone(),
                    names(review, &m.people),
                ]
            })
            .collect(),
    });
    let evidence: Vec<Item> = order
        .iter()
        .flat_map(|&i| {
            let m = &review.moments[i];
            m.evidence.iter().map(move |e| (m, e))
        })
        .map(|(m, e)| {
            let after = match e.seen {
                Seen::DuringIncident => "",
                Seen::FoundAfterwards => " (found afterwards)",
            };
            let label = if e.text.trim().is_empty() {
                e.url.clone()
            } else {
                e.text.clone()
            };
            let href = safe_href(&e.url).map(str::to_string);
            let shown_url = match (&href, e.url.is_empty()) {
                (None, false) => format!(" ({})", e.url),
                _ => String::new(),
            };
            Item {
                text: format!(
                    "{} · {}: {label}{shown_url}{after}",
                    when(&m.id),
                    e.kind.label()
                ),
                href,
            }
        })
        .collect();
    if !evidence.is_empty() {
        blocks.push(Block::Heading(3, "Evidence".into()));
        blocks.push(Block::List(evidence));
    }

    blocks.push(Block::Heading(2, "The tunnel, moment by moment".into()));
    let mut any_account = false;
    for &i in &order {
        let m = &review.moments[i];
        let Some(accounts) = accounts_of.get(&m.id) else {
            continue;
        };
        any_account = true;
        blocks.push(Block::Heading(3, when(&m.id)));
        for account in accounts {
            let person = review
                .person(&account.person)
                .map(|p| format!("{} ({})", p.display_name(), p.role.label()))
                .unwrap_or_default();
            blocks.push(Block::Heading(4, person));
            blocks.push(Block::Facts(
                AccountField::ALL
                    .iter()
                    .filter(|&&f| !account.field(f).trim().is_empty())
                    .map(|&f| {
                        (
                            questions::family_of(f).name.to_string(),
                            account.field(f).clone(),
                        )
                    })
                    .collect(),
            ));
        }
    }
    if !any_account {
        blocks.push(Block::Paragraph("No accounts were recorded.".into()));
    }

    for (key, heading) in SYNTHESIS_SECTIONS {
        blocks.push(Block::Heading(2, heading.into()));
        let findings = section(review, key);
        if findings.is_empty() {
            blocks.push(Block::Paragraph("Nothing recorded.".into()));
            continue;
        }
        blocks.push(Block::List(
            findings
                .iter()
                .map(|f| {
                    let tag = if f.tag.is_empty() {
                        String::new()
                    } else {
                        format!("{}: ", f.tag_label())
                    };
                    let cited: Vec<String> = f.citations.iter().filter_map(cited).collect();
                    let cites = if cited.is_empty() {
                        String::new()
                    } else {
                        format!(" (see {})", cited.join("; "))
                    };
                    Item::text(format!("{tag}{}{cites}", f.text))
                })
                .collect(),
        ));
    }

    blocks.push(Block::Heading(2, "Opportunities".into()));
    let (declined, open): (Vec<_>, Vec<_>) = review
        .opportunities
        .iter()
        .partition(|o| o.status == OpportunityStatus::Declined);
    if open.is_empty() {
        blocks.push(Block::Paragraph("No opportunities decided yet.".into()));
    } else {
        blocks.push(Block::Table {
            head: vec![
                "Opportunity".into(),
                "Kind".into(),
                "Owner".into(),
                "Due".into(),
                "Status".into(),
            ],
            rows: open
                .iter()
                .map(|o| {
                    let what = if o.description.trim().is_empty() {
                        o.title.clone()
                    } else {
                        format!("{}: {}", o.title, o.description)
                    };
                    vec![
                        what,
                        o.kind.label().to_string(),
                        o.owner.clone(),
                        o.due.clone().unwrap_or_default(),
                        o.status.label().to_string(),
                    ]
                })
                .collect(),
        });
    }
    if !declined.is_empty() {
        blocks.push(Block::Heading(3, "Decided not to do, and why".into()));
        blocks.push(Block::List(
            declined
                .iter()
                .map(|o| Item::text(format!("{}: {}", o.title, o.decline_reason)))
                .collect(),
        ));
    }
    let parked: Vec<Item> = review
        .parking_lot
        .iter()
        .filter(|i| {
            !review
                .opportunities
                .iter()
                .any(|o| o.parked.as_ref() == Some(&i.id))
        })
        .map(|i| {
            let from = i
                .moment
                .as_ref()
                .map(|m| format!(" (from {})", when(m)))
                .unwrap_or_default();
            Item::text(format!("{}{from}", i.text))
        })
        .collect();
    if !parked.is_empty() {
        blocks.push(Block::Heading(3, "Still in the parking lot".into()));
        blocks.push(Block::List(parked));
    }

    let pulse = &review.pulse;
    if pulse
        .attendees
        .or(pulse.learned)
        .or(pulse.would_return)
        .is_some()
    {
        blocks.push(Block::Heading(2, "Was it worth it?".into()));
        let count = |n: Option<u32>| {
            n.map(|n| n.to_string())
                .unwrap_or_else(|| "not counted".into())
        };
        blocks.push(Block::Facts(vec![
            ("People in the review".into(), count(pulse.attendees)),
            (
                "Learned something that changes their work".into(),
                count(pulse.learned),
            ),
            (
                "Would come to another review".into(),
                count(pulse.would_return),
            ),
        ]));
    }
    Report { title, blocks }
}

fn paragraph_or(text: &str, empty: &str) -> Block {
    Block::Paragraph(if text.trim().is_empty() {
        empty.to_string()
    } else {
        text.to_string()
    })
}

fn names(review: &Review, ids: &[Id]) -> String {
    ids.iter()
        .filter_map(|id| review.person(id))
        .map(|p| p.display_name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn status_label(status: ReviewStatus) -> &'static str {
    status.label()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::Utc;
    use crate::model::{Account, Evidence, EvidenceKind, Moment, Person};

    #[test]
    fn an_empty_review_still_makes_a_complete_report() {
        let report = build(&Review::default(), &Utc);
        assert_eq!(report.title, "Untitled review");
        let headings: Vec<&str> = report
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(2, h) => Some(h.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            headings,
            [
                "Summary",
                "Impact",
                "People and roles",
                "Timeline",
                "The tunnel, moment by moment",
                "Surprises",
                "Themes",
                "Contributing conditions",
                "What helped",
                "Risks revealed",
                "Process and coordination",
                "Opportunities"
            ]
        );
    }

    #[test]
    fn evidence_links_only_for_safe_addresses() {
        let review = Review {
            moments: vec![Moment {
                id: Id::from("m"),
                evidence: vec![
                    Evidence {
                        kind: EvidenceKind::Link,
                        text: "graph".into(),
                        url: "https://grafana.example/d/1".into(),
                        ..Evidence::default()
                    },
                    Evidence {
                        kind: EvidenceKind::Link,
                        text: "trap".into(),
                        url: "javascript:alert(1)".into(),
                        ..Evidence::default()
                    },
                ],
                ..Moment::default()
            }],
            ..Review::default()
        };
        let report = build(&review, &Utc);
        let items: Vec<&Item> = report
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::List(items) => Some(items),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(
            items[0].href.as_deref(),
            Some("https://grafana.example/d/1")
        );
        assert_eq!(items[1].href, None);
        assert!(items[1].text.contains("(javascript:alert(1))"));
    }

    #[test]
    fn accounts_appear_under_their_moment_with_family_names() {
        let review = Review {
            people: vec![Person {
                id: Id::from("p"),
                name: "Ana".into(),
                ..Person::default()
            }],
            moments: vec![Moment {
                id: Id::from("m"),
                description: "Alert".into(),
                ..Moment::default()
            }],
            accounts: vec![Account {
                id: Id::from("a"),
                moment: Id::from("m"),
                person: Id::from("p"),
                believed: "A bad deploy".into(),
                ..Account::default()
            }],
            ..Review::default()
        };
        let report = build(&review, &Utc);
        assert!(report
            .blocks
            .contains(&Block::Heading(4, "Ana (Responder)".into())));
        assert!(report.blocks.contains(&Block::Facts(vec![(
            "Sensemaking".into(),
            "A bad deploy".into()
        )])));
    }

    #[test]
    fn a_finding_citing_an_account_says_whose_it_is() {
        let mut review = Review {
            people: vec![Person {
                id: Id::from("p"),
                name: "Priya Natarajan".into(),
                ..Person::default()
            }],
            moments: vec![Moment {
                id: Id::from("m"),
                description: "Alert".into(),
                ..Moment::default()
            }],
            accounts: vec![Account {
                id: Id::from("a"),
                moment: Id::from("m"),
                person: Id::from("p"),
                saw: "The pool at 50/50".into(),
                ..Account::default()
            }],
            ..Review::default()
        };
        review.synthesis.surprises.push(Finding {
            text: "The pool was full".into(),
            citations: vec![
                Citation {
                    moment: Id::from("m"),
                    account: Some(Id::from("a")),
                },
                Citation {
                    moment: Id::from("m"),
                    account: None,
                },
            ],
            ..Finding::default()
        });
        let report = build(&review, &Utc);
        let item = report.blocks.iter().find_map(|b| match b {
            Block::List(items) => items
                .iter()
                .find(|i| i.text.starts_with("The pool was full")),
            _ => None,
        });
        assert_eq!(
            item.map(|i| i.text.as_str()),
            Some(
                "The pool was full (see 00:00 \u{b7} Alert (Priya Natarajan's account); \
                 00:00 \u{b7} Alert)"
            )
        );
    }
}
