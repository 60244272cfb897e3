//! The importers' work as messages between the app and its worker (`src/bin/worker.rs`): what
//! to read, and the preview that comes back, both as JSON text.
//!
//! Why a worker: the parsers of transcripts, Slack exports and CSV files are a fifth of the
//! app's code (about 20 KB of its gzip download) and are needed only when someone imports, so
//! they live in a second wasm bundle that is loaded on first use; and a 5,000-line transcript
//! is read there without freezing the page. Both ends are here, in plain Rust, so that native
//! tests check that what one end writes the other reads back unchanged.

use super::import::{self, Candidate, Preview, Skipped};
use super::reading::{self, Fields, Wrong};
use super::transcript::{self, Stamp};
use super::{csv, slack};
use crate::model::time::{Date, TimeOfDay};
use crate::model::{Evidence, Instant, MomentKind, Precision};
use serde_json::{json, Value};

/// Something to read.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// A pasted transcript; `anchor` is the date of the first time without a date.
    Transcript {
        text: String,
        anchor: Date,
    },
    /// A Slack export's files, by name ("users.json", "2026-03-14.json").
    Slack {
        files: Vec<(String, String)>,
    },
    Csv {
        text: String,
    },
}

impl Job {
    /// The request as the worker receives it.
    pub fn to_json(&self) -> String {
        match self {
            Job::Transcript { text, anchor } => {
                json!({"job": "transcript", "text": text, "anchor": anchor.to_string()})
            }
            Job::Slack { files } => json!({
                "job": "slack",
                "files": files.iter().map(|(name, text)| json!({"name": name, "text": text})).collect::<Vec<_>>(),
            }),
            Job::Csv { text } => json!({"job": "csv", "text": text}),
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
            Some("csv") => Ok(Job::Csv { text: text() }),
            _ => Err("the worker was asked for something it does not do".into()),
        }
    }

    /// Reads what the job names: its preview, or a message that says why it could not.
    pub fn run(self) -> Result<Preview, String> {
        match self {
            Job::Transcript { text, anchor } => {
                Ok(import::from_transcript(transcript::parse(&text, anchor)))
            }
            Job::Slack { files } => {
                let files: Vec<slack::File> = files
                    .iter()
                    .map(|(name, text)| slack::File { name, text })
                    .collect();
                Ok(slack::parse(&files))
            }
            Job::Csv { text } => csv::parse(&text),
        }
    }
}

/// The worker's whole job: a request in, an answer out (never a panic on what it was given).
pub fn answer(request: &str) -> String {
    match Job::from_json(request).and_then(Job::run) {
        Ok(preview) => json!({ "preview": preview_value(&preview) }),
        Err(message) => json!({ "error": message }),
    }
    .to_string()
}

/// The app's end: the preview in the worker's answer, or the message to show.
pub fn read_answer(answer: &str) -> Result<Preview, String> {
    let value: Value = serde_json::from_str(answer)
        .map_err(|_| "the import helper gave an answer Tunnel could not read".to_string())?;
    if let Some(message) = value["error"].as_str() {
        return Err(message.to_string());
    }
    preview(&value["preview"]).map_err(|wrong| {
        format!(
            "the import helper gave an answer Tunnel could not read ({}: {})",
            wrong.path, wrong.detail
        )
    })
}

fn preview_value(preview: &Preview) -> Value {
    json!({
        "candidates": preview.candidates.iter().map(candidate_value).collect::<Vec<_>>(),
        "skipped": preview.skipped.iter().map(|s| json!({
            "source": s.source, "text": s.text, "reason": s.reason,
        })).collect::<Vec<_>>(),
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
        "pivot": c.pivot,
    })
}

fn preview(value: &Value) -> Result<Preview, Wrong> {
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
    })
}

fn candidate(value: &Value, path: &str) -> Result<Candidate, Wrong> {
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
        names: f.list("names", |value, path| {
            Fields::of(&json!({ "name": value }), path)?.text("name")
        })?,
        text: f.text("text")?,
        kind: f.choice("kind", MomentKind::from_key, MomentKind::keys_list)?,
        precision: f.choice("precision", Precision::from_key, Precision::keys_list)?,
        evidence: f.list::<Evidence>("evidence", reading::evidence)?,
        noise: f.opt_text("noise")?,
        pivot: f.flag("pivot")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(job: Job) -> Preview {
        let direct = job.clone().run().expect("the job reads");
        let answered = read_answer(&answer(&job.to_json())).expect("the answer reads");
        assert_eq!(answered, direct);
        direct
    }

    #[test]
    fn a_transcript_comes_back_as_the_parser_read_it() {
        let preview = round_trip(Job::Transcript {
            text: "09:41 ana: checkout is slow\n~09:50 Ben: \u{201c}quoted\u{201d} text\n\
                   2026-03-14T09:52:10Z tom: rolled back\n\u{1}\u{0}garbage line\n\
                   09:55 ana has joined the channel\n"
                .into(),
            anchor: Date::new(2026, 3, 14).unwrap(),
        });
        assert!(preview.candidates.len() >= 3, "{preview:?}");
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
                    r#"[{"id":"U1","real_name":"Ana Souza"}]"#.into(),
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
        let preview = round_trip(Job::Csv {
            text: "time,description,kind,evidence,pivot\n\
                   2026-03-14T09:41:00Z,Alert fires,signal,p99 at 4s,yes\n\
                   2026-03-14 09:45,\"Comma, and \"\"quotes\"\"\",decision,,\n"
                .into(),
        });
        assert_eq!(preview.candidates.len(), 2);
    }

    #[test]
    fn bad_requests_and_bad_files_answer_with_a_message() {
        let csv = Job::Csv {
            text: "no,header,we,know\n1,2,3,4\n".into(),
        };
        let expected = csv.clone().run().unwrap_err();
        assert_eq!(read_answer(&answer(&csv.to_json())), Err(expected));
        for request in ["", "{", "[]", r#"{"job":"fax"}"#, r#"{"job":"transcript"}"#] {
            let message = read_answer(&answer(request)).unwrap_err();
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
            round_trip(Job::Transcript { text: text.clone(), anchor });
            let csv = Job::Csv { text: format!("time,description\n{}", text.replace(' ', ",")) };
            let direct = csv.clone().run();
            proptest::prop_assert_eq!(read_answer(&answer(&csv.to_json())), direct);
        }
    }
}
