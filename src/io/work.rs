//! Heavy pure work as messages between the app and its worker (`src/bin/worker.rs`): what to
//! do (read a transcript, a Slack export or a CSV file; write a review's report), and the
//! answer that comes back, both as JSON text.
//!
//! Why a worker: the importers and the report writers (with the pseudonymiser) were about 30 KB
//! of the app's gzip download and are needed only when someone imports or shares, so they live
//! in a second wasm bundle that is loaded on first use; and a 5,000-line transcript or a
//! 2,000-moment report is processed there without freezing the page. Both ends are here, in
//! plain Rust, so that native tests check that what one end writes the other reads back
//! unchanged.

use super::envelope::{self, Envelope};
use super::import::{self, Candidate, Preview, Skipped};
use super::json::{self, Json};
use super::reading::{self, Fields, Path, Wrong};
use super::report::{self, Block, Item};
use super::report_parts::{self, Shown};
use super::transcript::{self, Stamp};
use super::{calibration, csv, html_report, markdown, pseudonym, slack, worksheet};
use crate::method::picture;
use crate::model::time::{Date, TimeOfDay, ZoneOffsets};
use crate::model::{Evidence, Id, IdGen, Instant, MomentKind, Precision, Review};
use serde_json::{json, Value};

/// Something for the worker to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// A pasted transcript; `anchor` is the date of the first time without a date.
    Transcript {
        text: String,
        anchor: Date,
        /// The review's clock on the anchor's day, minutes ahead of UTC
        /// (`transcript::parse_on_clock`).
        east: i32,
    },
    /// A Slack export's files, by name ("users.json", "2026-03-14.json").
    Slack { files: Vec<(String, String)> },
    /// A CSV file; `anchor` is the date of the first time of day without a date.
    Csv { text: String, anchor: Date },
    /// A review's report, or its copy to share, from the review as stored (compact envelope
    /// text); `at` is the time of the export.
    Share {
        review: String,
        pseudonyms: bool,
        format: Format,
        at: Instant,
    },
    /// One person's worksheet (`io::worksheet`), from the review as stored.
    Worksheet {
        review: String,
        person: Id,
        pseudonyms: bool,
        at: Instant,
    },
}

/// What `Job::Share` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The report as blocks, for the preview on screen.
    Blocks,
    Markdown,
    /// The self-contained HTML file, with the review inside.
    Html,
    /// The review's export file.
    Json,
    /// The calibration draft for participants (`io::calibration`), as Markdown.
    CalibrationMarkdown,
    /// The calibration draft as one HTML file, for reading only (no review inside).
    CalibrationHtml,
}

impl Format {
    const ALL: [Format; 6] = [
        Format::Blocks,
        Format::Markdown,
        Format::Html,
        Format::Json,
        Format::CalibrationMarkdown,
        Format::CalibrationHtml,
    ];

    fn key(self) -> &'static str {
        match self {
            Format::Blocks => "blocks",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Json => "json",
            Format::CalibrationMarkdown => "calibration_markdown",
            Format::CalibrationHtml => "calibration_html",
        }
    }
}

impl Job {
    /// The worksheet job for `person` of `review` as it is now.
    pub fn worksheet(review: Review, person: Id, pseudonyms: bool, at: Instant) -> Job {
        Job::Worksheet {
            review: Envelope::for_storage(review, 0, at).to_compact_text(),
            person,
            pseudonyms,
            at,
        }
    }

    /// The report job for `review` as it is now.
    pub fn share(review: Review, pseudonyms: bool, format: Format, at: Instant) -> Job {
        Job::Share {
            review: Envelope::for_storage(review, 0, at).to_compact_text(),
            pseudonyms,
            format,
            at,
        }
    }
}

impl Job {
    /// The request as the worker receives it.
    pub fn to_json(&self) -> String {
        match self {
            Job::Transcript { text, anchor, east } => {
                json!({"job": "transcript", "text": text, "anchor": anchor.to_string(), "east": east})
            }
            Job::Slack { files } => json!({
                "job": "slack",
                "files": files.iter().map(|(name, text)| json!({"name": name, "text": text})).collect::<Vec<_>>(),
            }),
            Job::Csv { text, anchor } => {
                json!({"job": "csv", "text": text, "anchor": anchor.to_string()})
            }
            Job::Share {
                review,
                pseudonyms,
                format,
                at,
            } => json!({
                "job": "share", "review": review, "pseudonyms": pseudonyms,
                "format": format.key(), "at": at.millis(),
            }),
            Job::Worksheet {
                review,
                person,
                pseudonyms,
                at,
            } => json!({
                "job": "worksheet", "review": review, "person": person.as_str(),
                "pseudonyms": pseudonyms, "at": at.millis(),
            }),
        }
        .to_string()
    }

    fn from_json(request: &str) -> Result<Job, String> {
        let value: Value = serde_json::from_str(request).map_err(|e| e.to_string())?;
        let text = || value["text"].as_str().unwrap_or_default().to_string();
        match value["job"].as_str() {
            Some("transcript") => Ok(Job::Transcript {
                text: text(),
                anchor: value["anchor"]
                    .as_str()
                    .and_then(Date::parse_iso)
                    .ok_or("the transcript's first date is missing")?,
                east: value["east"]
                    .as_i64()
                    .and_then(|east| i32::try_from(east).ok())
                    .unwrap_or(0),
            }),
            Some("slack") => Ok(Job::Slack {
                files: value["files"]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default()
                    .iter()
                    .map(|f| {
                        let field = |k: &str| f[k].as_str().unwrap_or_default().to_string();
                        (field("name"), field("text"))
                    })
                    .collect(),
            }),
            Some("csv") => Ok(Job::Csv {
                text: text(),
                anchor: value["anchor"]
                    .as_str()
                    .and_then(Date::parse_iso)
                    .ok_or("the date for times without one is missing")?,
            }),
            Some("share") => Ok(Job::Share {
                review: value["review"].as_str().unwrap_or_default().to_string(),
                pseudonyms: value["pseudonyms"].as_bool().unwrap_or(false),
                format: Format::ALL
                    .into_iter()
                    .find(|f| value["format"].as_str() == Some(f.key()))
                    .ok_or("the worker was asked for a format it does not write")?,
                at: value["at"]
                    .as_i64()
                    .and_then(Instant::from_millis)
                    .unwrap_or_default(),
            }),
            Some("worksheet") => Ok(Job::Worksheet {
                review: value["review"].as_str().unwrap_or_default().to_string(),
                person: Id::from(value["person"].as_str().unwrap_or_default()),
                pseudonyms: value["pseudonyms"].as_bool().unwrap_or(false),
                at: value["at"]
                    .as_i64()
                    .and_then(Instant::from_millis)
                    .unwrap_or_default(),
            }),
            _ => Err("the worker was asked for something it does not do".into()),
        }
    }

    /// Reads what an import job names: its preview, or a message that says why it could not.
    pub fn run(self) -> Result<Preview, String> {
        match self {
            Job::Transcript { text, anchor, east } => Ok(import::from_transcript(
                transcript::parse_on_clock(&text, anchor, east),
            )),
            Job::Slack { files } => {
                let files: Vec<slack::File> = files
                    .iter()
                    .map(|(name, text)| slack::File { name, text })
                    .collect();
                Ok(slack::parse(&files))
            }
            Job::Csv { text, anchor } => csv::parse(&text, anchor),
            Job::Share { .. } | Job::Worksheet { .. } => Err("a report is not an import".into()),
        }
    }
}

/// What the browser gives the worker: time zones, and letters beyond ASCII lowercased with
/// their accents split off (`ui::browser::fold_letters`), which the pseudonymiser matches names
/// with (`io::pseudonym`).
pub struct Platform<'a> {
    pub zones: &'a dyn ZoneOffsets,
    pub fold_letters: &'a dyn Fn(&str) -> String,
}

/// Everything a share job writes is for others: what was said off the record stays behind, and
/// so do the fields of a newer version this one does not know, the facilitator's own notes, the questions queued for people, the responders'
/// suggestions not yet taken up and which worksheets were merged (the report never shows them,
/// and an HTML report or a copy carries the review's JSON). The copy has an id of its own
/// (`SHARED`): imported back, it is a review of its own, and never offered to replace the full
/// review it was made from.
fn for_others(review: &mut Review) {
    review.notes.clear();
    review.questions.clear();
    review.suggestions.clear();
    review.merged.clear();
    // A newer version's fields, which this one keeps without knowing what they hold: they may
    // be as private as the notes (its own kind of note, a field said off the record).
    review.carried = Default::default();
    if !is_shared_copy(review) {
        review.id = Id(format!("{}{SHARED}", review.id));
    }
    // After the notes went: their dismissals, which keep sentences of them, go too.
    crate::method::interviews::keep_private(review);
}

/// The end of a copy for others' review id.
const SHARED: &str = "-shared";

/// Whether `review` is a copy made for others (`for_others`): without the facilitator's notes,
/// the questions for people and what was said off the record.
pub fn is_shared_copy(review: &Review) -> bool {
    // A pseudonymised copy's id gains an end of its own (`pseudonym::pseudonymize`).
    let id = review.id.as_str();
    id.ends_with(SHARED)
        || id
            .strip_suffix("-pseudonymised")
            .is_some_and(|id| id.ends_with(SHARED))
}

/// Writes what a share job names.
fn share(job: Job, platform: &Platform) -> Result<Value, String> {
    let Job::Share {
        review,
        pseudonyms,
        format,
        at,
    } = job
    else {
        return Err("an import is not a report".into());
    };
    let mut review = envelope::read_str(&review, &mut IdGen::new(1))
        .map_err(|e| e.to_string())?
        .envelope
        .review;
    for_others(&mut review);
    if pseudonyms {
        review = pseudonym::pseudonymize(&review, platform.fold_letters);
    }
    let built = || report::build(&review, platform.zones);
    Ok(match format {
        Format::Blocks => {
            let report = built();
            let parts: Vec<String> =
                report_parts::parts(report.blocks, report_parts::ELEMENTS_PER_PART)
                    .iter()
                    .map(|part| {
                        let blocks: Vec<Value> = part.iter().map(shown_value).collect();
                        json!({ "blocks": blocks }).to_string()
                    })
                    .collect();
            json!({ "title": report.title, "parts": parts })
        }
        Format::Markdown => json!({ "text": markdown::render(&built()) }),
        Format::Html => json!({
            "text": html_report::render(&built(), platform.zones, Some(&envelope::export_json(&review, at))),
        }),
        Format::Json => json!({ "text": envelope::export_json(&review, at) }),
        Format::CalibrationMarkdown => json!({
            "text": markdown::render(&calibration::build(&review, platform.zones)),
        }),
        Format::CalibrationHtml => json!({
            "text": html_report::render(&calibration::build(&review, platform.zones), platform.zones, None),
        }),
    })
}

/// The worker's whole job: a request in, an answer out (never a panic on what it was given).
pub fn answer(request: &str, platform: &Platform) -> String {
    let result = Job::from_json(request).and_then(|job| match job {
        Job::Share { .. } => share(job, platform),
        Job::Worksheet {
            review,
            person,
            pseudonyms,
            at,
        } => {
            let review = envelope::read_str(&review, &mut IdGen::new(1))
                .map_err(|e| e.to_string())?
                .envelope
                .review;
            worksheet::content(
                &review, &person, pseudonyms, platform.zones, platform.fold_letters, at,
            )
            .map(|sheet| json!({ "text": worksheet::render(&sheet) }))
            .ok_or_else(|| "that person is no longer in the review".to_string())
        }
        _ => job
            .run()
            .map(|preview| json!({ "preview": preview_value(&preview) })),
    });
    match result {
        Ok(answer) => answer,
        Err(message) => json!({ "error": message }),
    }
    .to_string()
}

/// The app's end: the preview in the worker's answer, or the message to show.
pub fn read_answer(answer: &str) -> Result<Preview, String> {
    read(answer, |value| preview(&value["preview"]))
}

/// The app's end of `Format::Blocks`: the report's title, and its parts for the screen
/// (`io::report_parts`), each still as JSON text. A part is read when it goes on the page
/// (`read_part`): reading a 2,000-moment report whole was a long task of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportParts {
    pub title: String,
    pub parts: Vec<String>,
}

pub fn read_report(answer: &str) -> Result<ReportParts, String> {
    read(answer, |value| {
        let f = Fields::of(value, "")?;
        Ok(ReportParts {
            title: f.text("title")?,
            parts: f.texts("parts")?,
        })
    })
}

/// One part of `ReportParts`, as blocks.
pub fn read_part(part: &str) -> Result<Vec<Shown>, String> {
    read(part, |value| Fields::of(value, "")?.list("blocks", shown))
}

/// The app's end of the other formats: the file's text.
pub fn read_text(answer: &str) -> Result<String, String> {
    read(answer, |value| Fields::of(value, "")?.text("text"))
}

fn read<T>(answer: &str, part: impl FnOnce(&Json) -> Result<T, Wrong>) -> Result<T, String> {
    json::read(answer, |value| {
        if let Some(message) = value["error"].as_str() {
            return Err(message.to_string());
        }
        part(value).map_err(|wrong| {
            format!(
                "the helper gave an answer Tunnel could not read ({}: {})",
                wrong.path, wrong.detail
            )
        })
    })
    .map_err(|_| "the helper gave an answer Tunnel could not read".to_string())?
}

fn shown_value(shown: &Shown) -> Value {
    let mut value = match &shown.block {
        Block::Heading(level, text) => json!({ "heading": level, "text": text }),
        Block::Paragraph(text) => json!({ "paragraph": text }),
        Block::Facts(facts) => json!({ "facts": facts }),
        Block::List(items) => json!({
            "list": items.iter().map(|i| json!({ "text": i.text, "href": i.href })).collect::<Vec<_>>(),
        }),
        Block::Table { head, rows } => json!({ "table": { "head": head, "rows": rows } }),
        Block::Picture(source) => json!({ "picture": picture_value(source) }),
    };
    if let Some(shares) = &shown.shares {
        value["shares"] = json!(shares);
    }
    value
}

fn shown(value: &Json, path: Path) -> Result<Shown, Wrong> {
    let shares = match value.get("shares") {
        None => None,
        Some(shares) => Some(
            shares
                .as_array()
                .and_then(|shares| {
                    shares
                        .iter()
                        .map(|s| s.as_u64().filter(|&s| s <= 100).map(|s| s as u8))
                        .collect::<Option<Vec<u8>>>()
                })
                .ok_or_else(|| Wrong {
                    path: path.to_string(),
                    detail: "expected shares of a table's width".into(),
                })?,
        ),
    };
    Ok(Shown {
        block: block(value, path)?,
        shares,
    })
}

fn picture_value(source: &picture::Scene) -> Value {
    let moments: Vec<Value> = source
        .moments
        .iter()
        .map(|m| {
            json!({
                "id": m.id.to_string(), "at": m.at.to_rfc3339(), "kind": m.kind.key(),
                "description": m.description, "people": m.people, "pivot": m.pivot,
            })
        })
        .collect();
    json!({
        "moments": moments, "people": source.people, "time_zone": source.time_zone,
        "start": source.start.map(Instant::to_rfc3339), "end": source.end.map(Instant::to_rfc3339),
    })
}

fn picture_source(value: &Json, path: Path) -> Result<picture::Scene, Wrong> {
    let f = Fields::of(value, path)?;
    Ok(picture::Scene {
        moments: f.list("moments", |value, path| {
            let f = Fields::of(value, path)?;
            Ok(picture::PictureMoment {
                id: f.id("id")?,
                at: f.instant("at")?,
                kind: f.choice("kind", MomentKind::from_key, MomentKind::keys_list)?,
                description: f.text("description")?,
                people: f.texts("people")?,
                pivot: f.flag("pivot")?,
            })
        })?,
        people: f.texts("people")?,
        time_zone: f.text("time_zone")?,
        start: f.opt_instant("start")?,
        end: f.opt_instant("end")?,
    })
}

fn block(value: &Json, path: Path) -> Result<Block, Wrong> {
    let f = Fields::of(value, path)?;
    let texts = |value: &Json| -> Option<Vec<String>> {
        value
            .as_array()?
            .iter()
            .map(|t| t.as_str().map(str::to_string))
            .collect()
    };
    let block = if let Some(level) = value["heading"].as_u64() {
        Some(Block::Heading(level.min(4) as u8, f.text("text")?))
    } else if value.get("paragraph").is_some() {
        Some(Block::Paragraph(f.text("paragraph")?))
    } else if let Some(facts) = value["facts"].as_array() {
        facts
            .iter()
            .map(|pair| {
                let pair = texts(pair)?;
                let [label, text] = <[String; 2]>::try_from(pair).ok()?;
                Some((label, text))
            })
            .collect::<Option<Vec<_>>>()
            .map(Block::Facts)
    } else if value.get("list").is_some() {
        Some(Block::List(f.list("list", |value, path| {
            let f = Fields::of(value, path)?;
            Ok(Item {
                text: f.text("text")?,
                href: f.opt_text("href")?,
            })
        })?))
    } else if let Some(value) = value.get("picture") {
        Some(Block::Picture(Box::new(picture_source(
            value,
            Path::Key(&path, "picture"),
        )?)))
    } else if let Some(table) = value.get("table") {
        texts(&table["head"])
            .zip(
                table["rows"]
                    .as_array()
                    .and_then(|rows| rows.iter().map(texts).collect::<Option<Vec<_>>>()),
            )
            .map(|(head, rows)| Block::Table { head, rows })
    } else {
        None
    };
    block.ok_or_else(|| Wrong {
        path: path.to_string(),
        detail: "expected a block of the report".into(),
    })
}

fn preview_value(preview: &Preview) -> Value {
    json!({
        "candidates": preview.candidates.iter().map(candidate_value).collect::<Vec<_>>(),
        "skipped": preview.skipped.iter().map(|s| json!({
            "source": s.source, "text": s.text, "reason": s.reason,
        })).collect::<Vec<_>>(),
        "other_names": preview.other_names.iter().map(|(name, others)| json!({
            "name": name, "others": others,
        })).collect::<Vec<_>>(),
        "notes": preview.notes,
    })
}

fn candidate_value(c: &Candidate) -> Value {
    let stamp = match c.stamp {
        Stamp::Exact(at) => json!({ "exact": at.millis() }),
        Stamp::Local(date, time) => {
            json!({ "date": date.to_string(), "time_ms": time.millis_of_day() })
        }
    };
    json!({
        "source": c.source,
        "stamp": stamp,
        "names": c.names,
        "text": c.text,
        "kind": c.kind.key(),
        "precision": c.precision.key(),
        "evidence": c.evidence,
        "noise": c.noise,
        "suggested": c.suggested,
        "pivot": c.pivot,
    })
}

fn preview(value: &Json) -> Result<Preview, Wrong> {
    let f = Fields::of(value, "preview")?;
    Ok(Preview {
        candidates: f.list("candidates", candidate)?,
        skipped: f.list("skipped", |value, path| {
            let f = Fields::of(value, path)?;
            Ok(Skipped {
                source: f.text("source")?,
                text: f.text("text")?,
                reason: f.text("reason")?,
            })
        })?,
        other_names: f.list("other_names", |value, path| {
            let f = Fields::of(value, path)?;
            Ok((f.text("name")?, f.texts("others")?))
        })?,
        notes: f.texts("notes")?,
    })
}

fn candidate(value: &Json, path: Path) -> Result<Candidate, Wrong> {
    let f = Fields::of(value, path)?;
    let stamp = &value["stamp"];
    let stamp = match (stamp["exact"].as_i64(), stamp["date"].as_str()) {
        (Some(ms), _) => Instant::from_millis(ms).map(Stamp::Exact),
        (None, Some(date)) => Date::parse_iso(date)
            .zip(stamp["time_ms"].as_i64())
            .map(|(date, ms)| Stamp::Local(date, TimeOfDay::from_millis_of_day(ms))),
        _ => None,
    }
    .ok_or_else(|| Wrong {
        path: format!("{path}.stamp"),
        detail: "expected a time".into(),
    })?;
    Ok(Candidate {
        source: f.text("source")?,
        stamp,
        names: f.texts("names")?,
        text: f.text("text")?,
        kind: f.choice("kind", MomentKind::from_key, MomentKind::keys_list)?,
        precision: f.choice("precision", Precision::from_key, Precision::keys_list)?,
        evidence: f.list::<Evidence>("evidence", reading::evidence)?,
        noise: f.opt_text("noise")?,
        suggested: f.opt_text("suggested")?,
        pivot: f.flag("pivot")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLATFORM: Platform = Platform {
        zones: &crate::model::time::Utc,
        fold_letters: &|t: &str| t.to_lowercase(),
    };

    fn round_trip(job: Job) -> Preview {
        let direct = job.clone().run().expect("the job reads");
        let answered = read_answer(&answer(&job.to_json(), &PLATFORM)).expect("the answer reads");
        assert_eq!(answered, direct);
        direct
    }

    #[test]
    fn a_transcript_comes_back_as_the_parser_read_it() {
        let preview = round_trip(Job::Transcript {
            text: "09:41 ana: checkout is slow\n~09:50 Ben: \u{201c}quoted\u{201d} text\n\
                   2026-03-14T09:52:10Z tom: rolled back\n\u{1}\u{0}garbage line\n\
                   09:55 ana has joined the channel\n09:56 PST ana: a zone's name\n"
                .into(),
            anchor: Date::new(2026, 3, 14).unwrap(),
            east: -420,
        });
        assert!(preview.candidates.len() >= 3, "{preview:?}");
        assert_eq!(preview.notes.len(), 1, "the zone's name is said");
        assert!(preview.candidates.iter().any(|c| c.noise.is_some()));
        assert!(preview
            .candidates
            .iter()
            .any(|c| matches!(c.stamp, Stamp::Exact(_))));
        assert!(preview
            .candidates
            .iter()
            .any(|c| matches!(c.stamp, Stamp::Local(..))));
    }

    #[test]
    fn slack_and_csv_come_back_as_the_parsers_read_them() {
        let preview = round_trip(Job::Slack {
            files: vec![
                (
                    "users.json".into(),
                    r#"[{"id":"U1","name":"asouza","real_name":"Ana Souza"}]"#.into(),
                ),
                (
                    "2026-03-14.json".into(),
                    r#"[{"ts":"1773480000.000100","user":"U1","text":"deploying"},
                        {"ts":"1773480060.000200","subtype":"bot_message","text":"ALERT"}]"#
                        .into(),
                ),
            ],
        });
        assert_eq!(preview.candidates.len(), 2);
        assert_eq!(
            preview.other_names,
            [("Ana Souza".to_string(), vec!["asouza".to_string()])]
        );
        let preview = round_trip(Job::Csv {
            text: "time,description,kind,evidence,pivot\n\
                   23:50,A time of day alone,,,\n\
                   2026-03-14T09:41:00Z,Alert fires,signal,p99 at 4s,yes\n\
                   2026-03-14 09:45,\"Comma, and \"\"quotes\"\"\",decision,,\n"
                .into(),
            anchor: Date::new(2026, 5, 2).unwrap(),
        });
        assert_eq!(preview.candidates.len(), 3);
        // The anchor travels with the job: a time alone goes on the anchor's day.
        let last = Date::new(2026, 5, 2).unwrap();
        assert!(matches!(preview.candidates[0].stamp, Stamp::Local(day, _) if day == last));
    }

    #[test]
    fn bad_requests_and_bad_files_answer_with_a_message() {
        let csv = Job::Csv {
            text: "no,header,we,know\n1,2,3,4\n".into(),
            anchor: Date::new(2026, 3, 14).unwrap(),
        };
        let expected = csv.clone().run().unwrap_err();
        assert_eq!(
            read_answer(&answer(&csv.to_json(), &PLATFORM)),
            Err(expected)
        );
        for request in [
            "",
            "{",
            "[]",
            r#"{"job":"fax"}"#,
            r#"{"job":"transcript"}"#,
            r#"{"job":"csv","text":"time,description\n09:00,x"}"#,
            r#"{"job":"share","format":"pdf"}"#,
            r#"{"job":"share","format":"blocks","review":"{}"}"#,
        ] {
            let message = read_answer(&answer(request, &PLATFORM)).unwrap_err();
            assert!(!message.is_empty(), "{request}");
        }
        assert!(read_answer("not json").is_err());
        assert!(read_answer(r#"{"preview":{"candidates":[{"stamp":{}}]}}"#).is_err());
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn any_transcript_or_csv_comes_back_unchanged(
            text in "(([0-2]?[0-9]:[0-5][0-9](:[0-5][0-9])? )?[a-zA-Z@~\\[\\]<>:,\"é ]{0,30}\n){0,12}",
        ) {
            let anchor = Date::new(2026, 3, 14).unwrap();
            round_trip(Job::Transcript { text: text.clone(), anchor, east: 60 });
            let csv = Job::Csv { text: format!("time,description\n{}", text.replace(' ', ",")), anchor };
            let direct = csv.clone().run();
            proptest::prop_assert_eq!(read_answer(&answer(&csv.to_json(), &PLATFORM)), direct);
        }
    }

    #[test]
    fn a_report_comes_back_as_the_writers_wrote_it_in_every_format() {
        let text = include_str!("../../tests/fixtures/v1/full-review.tunnel.json");
        let mut review = envelope::read_str(text, &mut IdGen::new(1))
            .unwrap()
            .envelope
            .review;
        review.questions.push(crate::model::QueuedQuestion {
            id: Id::from("q-1"),
            person: review.people[0].id.clone(),
            text: "QUEUED ask about the lock waits".into(),
            asked: false,
        });
        let at = Instant::from_millis(1_773_500_000_000).unwrap();
        let ask = |pseudonyms, format| {
            answer(
                &Job::share(review.clone(), pseudonyms, format, at).to_json(),
                &PLATFORM,
            )
        };
        // As the job writes it: for others, so what is private stays behind.
        let mut private = review.clone();
        for_others(&mut private);
        for pseudonyms in [false, true] {
            let shared = if pseudonyms {
                pseudonym::pseudonymize(&private, PLATFORM.fold_letters)
            } else {
                private.clone()
            };
            let built = report::build(&shared, PLATFORM.zones);
            assert!(built.blocks.len() > 10);
            assert_eq!(read_parts(&ask(pseudonyms, Format::Blocks)), built);
            assert_eq!(
                read_text(&ask(pseudonyms, Format::Markdown)),
                Ok(markdown::render(&built))
            );
            let json = envelope::export_json(&shared, at);
            assert_eq!(
                read_text(&ask(pseudonyms, Format::Html)),
                Ok(html_report::render(&built, PLATFORM.zones, Some(&json)))
            );
            assert_eq!(read_text(&ask(pseudonyms, Format::Json)), Ok(json));
        }
        let name = &review.people[0].name;
        assert!(!read_text(&ask(true, Format::Markdown))
            .unwrap()
            .contains(name.as_str()));
        // The facilitator's notes and the queued questions stay behind, in every copy.
        assert!(!review.notes.is_empty() && !review.questions.is_empty());
        for pseudonyms in [false, true] {
            for format in [Format::Html, Format::Json] {
                let text = read_text(&ask(pseudonyms, format)).unwrap();
                for note in &review.notes {
                    assert!(!text.contains(&note.text), "{}", note.text);
                }
                for question in &review.questions {
                    assert!(!text.contains(&question.text), "{}", question.text);
                }
            }
        }
    }

    /// A report from the answer to `Format::Blocks`, every part read and put back together.
    fn read_parts(answer: &str) -> report::Report {
        let parts = read_report(answer).unwrap();
        let mut blocks: Vec<Block> = Vec::new();
        // Whether the last block was a piece of a cut table, which the next piece continues.
        let mut in_cut_table = false;
        for part in &parts.parts {
            for shown in read_part(part).unwrap() {
                let cut = shown.shares.is_some();
                match (blocks.last_mut(), shown.block) {
                    (
                        Some(Block::Table { head, rows }),
                        Block::Table {
                            head: h,
                            rows: more,
                        },
                    ) if cut && in_cut_table && *head == h => rows.extend(more),
                    (_, block) => blocks.push(block),
                }
                in_cut_table = cut;
            }
        }
        report::Report {
            title: parts.title,
            blocks,
        }
    }

    #[test]
    fn a_long_report_comes_back_in_parts_with_its_tables_cut_and_their_widths() {
        let review = Review {
            moments: (0..700)
                .map(|i| crate::model::Moment {
                    id: Id(format!("m-{i}")),
                    description: format!("Moment {i}: the on-call restarted the checkout service"),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        let at = Instant::from_millis(1_773_500_000_000).unwrap();
        let answer = answer(
            &Job::share(review.clone(), false, Format::Blocks, at).to_json(),
            &PLATFORM,
        );
        let built = report::build(&review, PLATFORM.zones);
        let parts = read_report(&answer).unwrap();
        let read: Vec<Vec<Shown>> = parts.parts.iter().map(|p| read_part(p).unwrap()).collect();
        // (Compared with `==`, not `assert_eq!`: the report is too long to print.)
        assert!(read == report_parts::parts(built.blocks.clone(), report_parts::ELEMENTS_PER_PART));
        assert!(read.iter().flatten().filter(|s| s.shares.is_some()).count() >= 2);
        assert!(read_parts(&answer) == built);
        // A part that is not a part says so.
        assert!(read_part("{\"blocks\": [{\"shares\": [500], \"paragraph\": \"x\"}]}").is_err());
        assert!(read_part("not json").is_err());
    }

    #[test]
    fn a_worksheet_comes_back_as_the_writer_wrote_it() {
        let text = include_str!("../../tests/fixtures/v1/full-review.tunnel.json");
        let review = envelope::read_str(text, &mut IdGen::new(1))
            .unwrap()
            .envelope
            .review;
        let at = Instant::from_millis(1_773_500_000_000).unwrap();
        let person = review.people[1].id.clone();
        for pseudonyms in [false, true] {
            let job = Job::worksheet(review.clone(), person.clone(), pseudonyms, at);
            let direct = worksheet::content(
                &review, &person, pseudonyms, PLATFORM.zones, PLATFORM.fold_letters, at,
            )
            .unwrap();
            assert_eq!(
                read_text(&answer(&job.to_json(), &PLATFORM)),
                Ok(worksheet::render(&direct))
            );
        }
        let gone = Job::worksheet(review, Id::from("nobody"), false, at);
        assert!(read_text(&answer(&gone.to_json(), &PLATFORM)).is_err());
    }

    #[test]
    fn nothing_told_off_the_record_is_in_any_file_written_for_others() {
        let text = include_str!("../../tests/fixtures/v1/full-review.tunnel.json");
        let mut review = envelope::read_str(text, &mut IdGen::new(1))
            .unwrap()
            .envelope
            .review;
        for account in &mut review.accounts {
            for field in crate::model::AccountField::ALL {
                *account.field_mut(field) = format!("OFFREC {}", field.key());
                account.set_off_record(field, true);
            }
        }
        let at = Instant::from_millis(1_773_500_000_000).unwrap();
        for pseudonyms in [false, true] {
            for format in Format::ALL {
                let written = answer(
                    &Job::share(review.clone(), pseudonyms, format, at).to_json(),
                    &PLATFORM,
                );
                assert!(!written.starts_with("{\"error\""), "{written}");
                assert!(!written.contains("OFFREC"), "{format:?}: {written}");
            }
        }
    }

    /// A copy for others imported back is a review of its own: it could otherwise replace the
    /// full review, notes, questions and all, as one with the same id and file name.
    #[test]
    fn a_copy_for_others_has_an_id_of_its_own_and_no_private_bookkeeping() {
        let text = include_str!("../../tests/fixtures/v1/full-review.tunnel.json");
        let mut review = envelope::read_str(text, &mut IdGen::new(1))
            .unwrap()
            .envelope
            .review;
        review.merged.push("r:ben:1@2026-03-16T10:00:00Z".into());
        review.suggestions.push(crate::model::Suggestion {
            id: Id::from("s-1"),
            person: review.people[0].id.clone(),
            text: "SUGGESTED a moment I remember".into(),
            ..crate::model::Suggestion::default()
        });
        // A field of a newer version, which this one keeps without knowing what it holds.
        review.carried.minor = 9;
        review
            .carried
            .fields
            .push(crate::model::carried::CarriedField {
                path: vec![
                    crate::model::carried::Step::Key("review".into()),
                    crate::model::carried::Step::Key("private_aside".into()),
                ],
                value: serde_json::Value::from("UNKNOWN private aside"),
            });
        let at = Instant::from_millis(1_773_500_000_000).unwrap();
        for pseudonyms in [false, true] {
            let written = read_text(&answer(
                &Job::share(review.clone(), pseudonyms, Format::Json, at).to_json(),
                &PLATFORM,
            ))
            .unwrap();
            let copy = envelope::read_str(&written, &mut IdGen::new(1))
                .unwrap()
                .envelope
                .review;
            let end = if pseudonyms {
                "-shared-pseudonymised"
            } else {
                "-shared"
            };
            assert_eq!(copy.id.as_str(), format!("{}{end}", review.id));
            assert!(is_shared_copy(&copy) && !is_shared_copy(&review));
            assert!(copy.suggestions.is_empty() && copy.merged.is_empty());
            assert!(!written.contains("SUGGESTED") && !written.contains("@2026-03-16"));
            assert!(!written.contains("UNKNOWN") && copy.carried.fields.is_empty());
            // Shared again, it keeps its id.
            let mut again = copy.clone();
            for_others(&mut again);
            assert_eq!(again.id, copy.id);
        }
    }
}
