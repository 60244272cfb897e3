//! The responder's worksheet: one self-contained HTML file for one person, opened from disk with
//! nothing installed, in which they write their own account of their moments before the
//! meeting, mark what the draft timeline gets wrong, add moments they remember, and answer the
//! facilitator's questions. "Save my answers" writes a response file that the facilitator
//! imports (`io::answers`).
//!
//! What goes in is decided by `content`: the timeline up to a little after the person's last
//! moment, evidence that could be seen during the incident, their own accounts as said on the
//! record, the method's questions and the facilitator's questions for them. Nothing of other
//! people's accounts, no facilitator notes, nothing off the record; other people pseudonymised
//! when the facilitator chooses.
//!
//! The page is plain HTML; `static/worksheet.js` (the only script, allowed by its hash) keeps
//! the answers in the browser's storage as they are typed and writes the response file.

use super::html_report::{embed, escape};
use super::pseudonym;
use crate::method::interviews::{keep_private, seen_then};
use crate::method::questions;
use crate::model::time::{moment_time_label, ZoneOffsets};
use crate::model::{Account, AccountField, Id, Instant, Review};
use serde_json::json;
use std::collections::HashMap;

/// The script of every worksheet.
pub const SCRIPT: &str = include_str!("../../static/worksheet.js");
/// Its hash, as the worksheet's Content-Security-Policy allows it (checked by a test).
pub const SCRIPT_HASH: &str = "sha256-v5+syDkCDOINUoUX5rPz8y+eEZSxTiLkAEytp0Lfecw=";

/// How many moments after the person's last one the worksheet shows: enough to see where
/// their part led, not the rest of the incident.
const AFTER_LAST: usize = 2;

/// The questions every worksheet ends with, by key.
pub const CALIBRATION: [(&str, &str); 3] = [
    ("missing", "What is missing from this timeline?"),
    (
        "right",
        "Is this right? What would you correct, add or say differently?",
    ),
    (
        "before",
        "What should the facilitator know before the meeting?",
    ),
];

/// Everything one person's worksheet holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Worksheet {
    /// Names this worksheet: its review, its person and when it was made.
    pub key: String,
    pub review: Id,
    pub title: String,
    /// The person's id in the facilitator's review (never a pseudonymised one).
    pub person: Id,
    pub name: String,
    pub time_zone: String,
    pub moments: Vec<SheetMoment>,
    /// The facilitator's questions for them still to ask: id and text.
    pub questions: Vec<(Id, String)>,
    /// The name of the response file.
    pub file: String,
    /// Whether everyone but the reader is named by a pseudonym: the answers come back written
    /// with them (`answers::plan` turns them back into names).
    pub pseudonyms: bool,
    /// Which pseudonym stood for whom (`pseudonym::roster`); empty without pseudonyms.
    pub roster: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SheetMoment {
    pub id: Id,
    pub when: String,
    pub kind: &'static str,
    pub description: String,
    /// Evidence that could be seen during the incident.
    pub seen: Vec<String>,
    /// One of their moments: they are named in it or have told an account of it.
    pub theirs: bool,
    /// What they have already said about it, on the record.
    pub answers: Vec<(AccountField, String)>,
}

/// Whether a worksheet may show what came after the incident: without the incident's end,
/// nothing tells the moments found later (the cause, the fix) from those lived then.
pub fn later_moments_shown(review: &Review) -> bool {
    review.incident_end.is_none()
}

/// The worksheet for `person`, or `None` when the review has no such person.
pub fn content(
    review: &Review,
    person: &Id,
    pseudonyms: bool,
    zones: &dyn ZoneOffsets,
    lowercase: &dyn Fn(&str) -> String,
    at: Instant,
) -> Option<Worksheet> {
    let index = review.people.iter().position(|p| &p.id == person)?;
    let mut shared = review.clone();
    keep_private(&mut shared);
    let mut questions: Vec<(Id, String)> = review
        .questions
        .iter()
        .filter(|q| &q.person == person && !q.asked)
        .map(|q| (q.id.clone(), q.text.clone()))
        .collect();
    if pseudonyms {
        let (copy, names) = pseudonym::pseudonymize_except(&shared, Some(person), lowercase);
        for (_, text) in &mut questions {
            *text = names.replace(text);
        }
        shared = copy;
    }
    // Pseudonyms renumber people; the person keeps their place in the list.
    let me = &shared.people[index];
    let order = shared.timeline_order();
    // Their accounts by moment, found once: a review can hold 10,000 accounts.
    let accounts: HashMap<&Id, &Account> = shared
        .accounts
        .iter()
        .filter(|a| a.person == me.id)
        .map(|a| (&a.moment, a))
        .collect();
    let mine = |i: usize| {
        let moment = &shared.moments[i];
        moment.people.contains(&me.id) || accounts.get(&moment.id).is_some_and(|a| !a.is_blank())
    };
    let theirs: Vec<bool> = order.iter().map(|&i| mine(i)).collect();
    let end = theirs
        .iter()
        .rposition(|&t| t)
        .map_or(order.len(), |last| (last + 1 + AFTER_LAST).min(order.len()));
    let with_date = shared.spans_days(zones);
    // After the incident's end come what was found later (the cause, the fix): hindsight for
    // someone asked what they saw then. Only their own moments are shown from there.
    let after_end = |i: usize| {
        shared
            .incident_end
            .is_some_and(|end| shared.moments[i].at > end)
    };
    let moments = order[..end]
        .iter()
        .zip(&theirs)
        .filter(|&(&i, &theirs)| theirs || !after_end(i))
        .map(|(&i, &theirs)| {
            let m = &shared.moments[i];
            let account = accounts.get(&m.id);
            SheetMoment {
                id: m.id.clone(),
                when: moment_time_label(m.at, m.precision, &shared.time_zone, zones, with_date),
                kind: m.kind.label(),
                description: m.description.clone(),
                seen: seen_then(m).map(|e| e.text.clone()).collect(),
                theirs,
                answers: account
                    .map(|a| {
                        AccountField::ALL
                            .into_iter()
                            .filter(|&f| !a.field(f).is_empty())
                            .map(|f| (f, a.field(f).clone()))
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect();
    let name = me.display_name();
    Some(Worksheet {
        key: format!("{}:{}:{}", review.id, person, at.millis()),
        review: review.id.clone(),
        // A review not titled yet is named as the app names it.
        title: if shared.title.trim().is_empty() {
            "Untitled review".to_string()
        } else {
            shared.title.clone()
        },
        person: person.clone(),
        file: format!("{}-answers.json", slug_or(&name, "worksheet")),
        name,
        time_zone: shared.time_zone.clone(),
        moments,
        questions,
        pseudonyms,
        roster: if pseudonyms {
            pseudonym::roster(review, Some(person))
        } else {
            Vec::new()
        },
    })
}

fn slug_or(text: &str, fallback: &str) -> String {
    match super::envelope::slug(text) {
        slug if slug.is_empty() => fallback.to_string(),
        slug => slug,
    }
}

/// The worksheet as one HTML file.
pub fn render(sheet: &Worksheet) -> String {
    let mut body = String::new();
    body.push_str(&format!(
        "<h1>Your account: {}</h1>\n<p class=\"lead\">For {}. Before the review meeting, please \
         tell in your own words how the incident looked to you at the time: what you saw, what \
         you believed was going on, what you were trying to do. There are no wrong answers; \
         what you write is for understanding how the work went, not for judging anyone. Your \
         answers stay in this browser as you type. When you are done, press \u{201c}Save my \
         answers\u{201d} and send the file it saves to the facilitator.</p>\n<p>Times are in \
         {}.</p>\n",
        escape(&sheet.title),
        escape(&sheet.name),
        escape(&sheet.time_zone)
    ));
    body.push_str(
        "<form id=\"worksheet\">\n<h2>The timeline so far</h2>\n<ol class=\"moments\">\n",
    );
    for (n, moment) in sheet.moments.iter().enumerate() {
        // Each box is named after its moment, so that a screen reader's list of fields (and a
        // test finding one by name) tells the moments apart; by its time, and by its place in
        // the list where two moments share a time.
        let shared = sheet
            .moments
            .iter()
            .filter(|m| m.when == moment.when)
            .count()
            > 1;
        let place = if shared {
            format!("{}, moment {}", moment.when, n + 1)
        } else {
            moment.when.clone()
        };
        moment_html(&mut body, moment, &place);
    }
    body.push_str("</ol>\n<h2>Moments you remember</h2>\n<p>Something that happened and is not in the timeline: when, as best you remember, and what.</p>\n<div id=\"remembered\"></div>\n<button type=\"button\" id=\"add-remembered\">Add a moment I remember</button>\n");
    if !sheet.questions.is_empty() {
        body.push_str("<h2>Questions from the facilitator</h2>\n");
        for (id, text) in &sheet.questions {
            area(&mut body, &format!("question:{id}"), text, "");
        }
    }
    body.push_str("<h2>Before the meeting</h2>\n");
    for (key, text) in CALIBRATION {
        area(&mut body, &format!("calibration:{key}"), text, "");
    }
    body.push_str(
        "<p class=\"actions\"><button type=\"button\" id=\"save-answers\">Save my answers</button> \
         <span id=\"save-status\" role=\"status\"></span></p>\n</form>\n",
    );
    let data = json!({
        "worksheet": sheet.key,
        "review": sheet.review.as_str(),
        "title": sheet.title,
        "person": sheet.person.as_str(),
        "file": sheet.file,
        "pseudonyms": sheet.pseudonyms,
        "roster": sheet.roster,
    });
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '{SCRIPT_HASH}'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Your account: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n\
         <script type=\"application/json\" id=\"worksheet-data\">{}</script>\n\
         <script>{SCRIPT}</script>\n</body>\n</html>\n",
        escape(&sheet.title),
        embed(&data.to_string()),
    )
}

fn moment_html(out: &mut String, moment: &SheetMoment, place: &str) {
    let id = &moment.id;
    out.push_str(&format!(
        "<li class=\"moment{}\"><p><strong>{}</strong> · {} · {}</p>\n",
        if moment.theirs { " theirs" } else { "" },
        escape(&moment.when),
        escape(moment.kind),
        escape(&moment.description)
    ));
    if !moment.seen.is_empty() {
        out.push_str("<p class=\"seen\">Could be seen then: ");
        let seen: Vec<String> = moment.seen.iter().map(|s| escape(s)).collect();
        out.push_str(&seen.join(" · "));
        out.push_str("</p>\n");
    }
    if moment.theirs {
        out.push_str(&format!(
            "<fieldset><legend>Your account of this moment ({})</legend>\n",
            escape(place)
        ));
        let family_html = |out: &mut String, field: AccountField| {
            let family = questions::family_of(field);
            let before = moment
                .answers
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, text)| text.as_str())
                .unwrap_or("");
            area(
                out,
                &format!("account:{id}:{}", field.key()),
                &format!("{} ({place})", family.prompts[0]),
                before,
            );
        };
        for field in questions::CORE {
            family_html(out, field);
        }
        out.push_str("<details><summary>More questions</summary>\n");
        for family in questions::FAMILIES.iter().chain([&questions::NOTES]) {
            if !questions::CORE.contains(&family.field) {
                family_html(out, family.field);
            }
        }
        out.push_str("</details>\n</fieldset>\n");
    }
    let label = format!("Is this moment right? ({place})");
    out.push_str(&format!(
        "<label class=\"mark\"><span>{}</span><select data-key=\"mark:{}\">\
         <option value=\"\">Right, or I cannot say</option>\
         <option value=\"wrong\">Wrong</option>\
         <option value=\"missing\">Something is missing here</option>\
         <option value=\"out_of_order\">Out of order</option></select></label>\n",
        escape(&label),
        escape(id.as_str())
    ));
    area(
        out,
        &format!("mark-note:{id}"),
        &format!("What would you correct? ({place})"),
        "",
    );
    out.push_str("</li>\n");
}

/// A labelled text area whose answer is kept under `key`.
fn area(out: &mut String, key: &str, label: &str, value: &str) {
    out.push_str(&format!(
        "<label class=\"answer\"><span>{}</span><textarea data-key=\"{}\" rows=\"2\">{}</textarea></label>\n",
        escape(label),
        escape(key),
        escape(value)
    ));
}

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1b1f24;background:#fff;margin:0}\
main{max-width:48rem;margin:0 auto;padding:2rem 1.5rem}\
h1{font-size:1.7rem;margin:0 0 1rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccd}\
.moments{padding-left:1.4rem}.moment{margin:0 0 1.2rem}.moment.theirs>p:first-child{font-weight:600}\
.seen{color:#4a5260;margin:.2rem 0}fieldset{border:1px solid #ccd;border-radius:6px;margin:.5rem 0}\
label{display:block;margin:.5rem 0}label span{display:block;font-size:.95rem}\
textarea,input{width:100%;box-sizing:border-box;font:inherit;padding:.3rem}\
select{font:inherit}button{font:inherit;padding:.35rem .8rem;margin:.3rem 0}\
.remembered{border-left:3px solid #ccd;padding-left:.8rem;margin:.8rem 0}\
@media (prefers-color-scheme:dark){body{background:#15181c;color:#e4e7eb}.seen{color:#aab}}\
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    pub(crate) fn lower(text: &str) -> String {
        text.to_lowercase()
    }

    fn zones() -> time::FixedOffset {
        time::FixedOffset(0)
    }

    fn at(minute: i64) -> Instant {
        Instant::from_millis(1_773_478_800_000 + minute * 60_000).unwrap()
    }

    /// A review in which every text that is not for Ben carries a marker.
    fn review() -> Review {
        let person = |id: &str, name: &str| Person {
            id: Id::from(id),
            name: name.into(),
            ..Person::default()
        };
        let moment = |id: &str, minute: i64, people: &[&str], text: &str| Moment {
            id: Id::from(id),
            at: at(minute),
            people: people.iter().map(|&p| Id::from(p)).collect(),
            description: text.into(),
            ..Moment::default()
        };
        let mut review = Review {
            id: Id::from("r-1"),
            title: "Checkout".into(),
            time_zone: "UTC".into(),
            people: vec![person("ana", "Ana Souza"), person("ben", "Ben Lee")],
            moments: vec![
                moment("m1", 0, &["ana"], "Alert fires for Ana Souza"),
                moment("m2", 5, &["ben"], "Ben looks at the graph"),
                moment("m3", 10, &["ana"], "Ana pages"),
                moment("m4", 15, &["ana"], "Rollback"),
                moment("m5", 20, &["ana"], "MUCHLATER all clear"),
            ],
            ..Review::default()
        };
        review.moments[1].evidence = vec![
            Evidence {
                text: "lock waits".into(),
                ..Evidence::default()
            },
            Evidence {
                text: "AFTERWARDS migration log".into(),
                seen: Seen::FoundAfterwards,
                ..Evidence::default()
            },
        ];
        let mut ben = Account {
            id: Id::from("a-ben"),
            moment: Id::from("m2"),
            person: Id::from("ben"),
            saw: "the graph".into(),
            believed: "OFFREC my change".into(),
            ..Account::default()
        };
        ben.set_off_record(AccountField::Believed, true);
        let ana = Account {
            id: Id::from("a-ana"),
            moment: Id::from("m2"),
            person: Id::from("ana"),
            saw: "OTHERACCOUNT".into(),
            ..Account::default()
        };
        review.accounts = vec![ben, ana];
        review.notes = vec![Note {
            id: Id::from("n1"),
            moment: Some(Id::from("m2")),
            text: "FACILITATORNOTE".into(),
            ..Note::default()
        }];
        review.questions = vec![
            QueuedQuestion {
                id: Id::from("q1"),
                person: Id::from("ben"),
                text: "What did Ana Souza tell you?".into(),
                asked: false,
            },
            QueuedQuestion {
                id: Id::from("q2"),
                person: Id::from("ana"),
                text: "OTHERQUESTION".into(),
                asked: false,
            },
        ];
        review.parking_lot = vec![ParkedIdea {
            text: "PARKED".into(),
            ..ParkedIdea::default()
        }];
        review.people[1].interview.why = "WHYNOTE".into();
        review
    }

    #[test]
    fn a_worksheet_holds_nothing_of_other_people_notes_or_off_the_record() {
        let review = review();
        let sheet = content(&review, &Id::from("ben"), false, &zones(), &lower, at(30)).unwrap();
        let html = render(&sheet);
        for marker in [
            "OFFREC", "OTHERACCOUNT", "FACILITATORNOTE", "OTHERQUESTION", "PARKED", "WHYNOTE",
            "AFTERWARDS", "MUCHLATER",
        ] {
            assert!(!html.contains(marker), "{marker} is in the worksheet");
        }
        assert!(
            html.contains("the graph"),
            "their own account, on the record"
        );
        assert!(html.contains("lock waits"));
        assert!(html.contains("What did Ana Souza tell you?"));
        // Up to two moments after their last one.
        assert_eq!(sheet.moments.len(), 4);
        assert!(sheet.moments[1].theirs && !sheet.moments[0].theirs);
    }

    /// Every box of the worksheet has a name of its own, two moments at one time included.
    #[test]
    fn every_answer_box_is_named_after_its_moment() {
        let mut review = review();
        review.moments[2].at = review.moments[1].at;
        let sheet = content(&review, &Id::from("ben"), false, &zones(), &lower, at(30)).unwrap();
        let html = render(&sheet);
        let names: Vec<&str> = html
            .split("<label class=\"")
            .skip(1)
            .filter_map(|label| label.split("<span>").nth(1)?.split("</span>").next())
            .collect();
        assert!(names.len() > 10, "{names:?}");
        let unique: std::collections::BTreeSet<&&str> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        assert!(
            names.iter().any(|n| n.ends_with(", moment 3)")),
            "{names:?}"
        );
    }

    /// What came after the incident's end (the cause found, the fix) is hindsight for someone
    /// asked what they saw then: a worksheet shows it only where they were part of it.
    #[test]
    fn after_the_incident_only_their_own_moments_are_shown() {
        let mut review = review();
        review.incident_end = Some(at(12));
        review.moments[3].people.push(Id::from("ben"));
        let ids = |review: &Review, person: &str| -> Vec<String> {
            content(review, &Id::from(person), false, &zones(), &lower, at(30))
                .unwrap()
                .moments
                .iter()
                .map(|m| m.id.to_string())
                .collect()
        };
        // Ben's last is m4 (after the end): m5 is past the end and not his.
        assert_eq!(ids(&review, "ben"), ["m1", "m2", "m3", "m4"]);
        // Someone in no moment yet sees the incident up to its end.
        review.people.push(Person {
            id: Id::from("cy"),
            name: "Cy".into(),
            ..Person::default()
        });
        assert_eq!(ids(&review, "cy"), ["m1", "m2", "m3"]);
    }

    #[test]
    fn with_pseudonyms_only_the_reader_keeps_a_name() {
        let review = review();
        let sheet = content(&review, &Id::from("ben"), true, &zones(), &lower, at(30)).unwrap();
        let html = render(&sheet);
        assert!(!html.contains("Ana") && !html.contains("Souza"), "{html}");
        assert!(html.contains("Ben Lee"));
        assert_eq!(
            sheet.person,
            Id::from("ben"),
            "the response names the real person"
        );
    }

    #[test]
    fn hostile_text_stays_text() {
        let mut review = review();
        review.moments[1].description = "</textarea><script>alert(1)</script>".into();
        review.title = "\"><img src=x onerror=alert(1)>".into();
        let sheet = content(&review, &Id::from("ben"), false, &zones(), &lower, at(30)).unwrap();
        let html = render(&sheet);
        assert_eq!(
            html.matches("<script").count(),
            2,
            "the data and the script only"
        );
        assert!(!html.contains("<img"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_policy_allows_exactly_the_script_written() {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(SCRIPT.as_bytes());
        assert_eq!(SCRIPT_HASH, format!("sha256-{}", base64(&digest)));
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}
