//! The versioned JSON envelope that every stored or exported review travels in.
//!
//! Reading is strict about what it cannot understand and lenient about what it can repair:
//! - a file of another format, or of a newer schema version, is refused with a plain message,
//!   never half-read;
//! - older schema versions are migrated step by step (`MIGRATIONS`);
//! - syntax errors say line and column, wrong types say the field path;
//! - references to records that do not exist, duplicate ids and similar damage are repaired,
//!   and every repair is reported.

use super::json::{self, Json};
use super::{carry, reading};
use crate::method::clock::MAX_TIME_BOX_MINUTES;
use crate::model::carried::{CarriedField, Step};
use crate::model::{
    Account, Evidence, EvidenceKind, Id, IdGen, IdMap as Map, IdSet as Set, Instant, Moment,
    MomentKind, Note, NoteKind, Person, Precision, Review,
};
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// The `format` every Tunnel review file carries.
pub const FORMAT: &str = "tunnel-review";
/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;
/// Additions within a schema version that older readers may ignore (their fields are kept).
/// 1: people's chat names (`handles`), so that a window still on an older build keeps them.
/// 2: interview plans (`people[].interview`), where an account was told (`source`) and what was
/// told off the record (`off_record`), responders' suggestions and the responses merged
/// (`suggestions`, `merged`).
/// 3: suggestions accepted or rejected are kept, marked (`suggestions[].settled`).
/// 4: a dismissal names the sentence it was made in (`language.dismissed[].sentence`); the time
/// spent in each phase left is kept (`session.phase_spent`).
pub const SCHEMA_MINOR: u32 = 4;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Larger files are refused before parsing: no real review comes near it.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// A review with the facts needed to read it safely later. Written from a borrowed review
/// (`Envelope<&Review>`) when the review stays where it is: saving copied 10,000 accounts only
/// to write them out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Envelope<R = Review> {
    pub format: String,
    pub schema_version: u32,
    pub schema_minor: u32,
    pub app_version: String,
    /// Set in exported files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<Instant>,
    /// Set in browser storage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<Instant>,
    /// Counts the saves of this review in browser storage; lets a window tell whether another
    /// window wrote since it last looked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<u64>,
    pub review: R,
}

impl<R> Envelope<R> {
    fn new(review: R) -> Self {
        Envelope {
            format: FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            schema_minor: SCHEMA_MINOR,
            app_version: APP_VERSION.to_string(),
            exported_at: None,
            saved_at: None,
            revision: None,
            review,
        }
    }

    pub fn for_export(review: R, now: Instant) -> Self {
        Envelope {
            exported_at: Some(now),
            ..Self::new(review)
        }
    }

    pub fn for_storage(review: R, revision: u64, now: Instant) -> Self {
        Envelope {
            saved_at: Some(now),
            revision: Some(revision),
            ..Self::new(review)
        }
    }

    /// The same envelope lending its review.
    fn by_ref(&self) -> Envelope<&R> {
        Envelope {
            format: self.format.clone(),
            schema_version: self.schema_version,
            schema_minor: self.schema_minor,
            app_version: self.app_version.clone(),
            exported_at: self.exported_at,
            saved_at: self.saved_at,
            revision: self.revision,
            review: &self.review,
        }
    }
}

impl Envelope {
    /// [`Envelope::to_compact_text`] of the envelope lending its review: written out through
    /// one serialiser, which keeps one copy of it in the wasm.
    pub fn to_compact_text(&self) -> String {
        self.by_ref().to_compact_text()
    }

    pub fn to_value(&self) -> Value {
        self.by_ref().to_value()
    }

    /// When the review was last changed, as far as the file tells: its own `updated_at`, or
    /// else when the file was exported or saved, or else when the review was created; `None`
    /// when it tells nothing (a file written by hand or by another tool).
    pub fn last_changed(&self) -> Option<Instant> {
        let told = |at: Instant| (at != Instant::default()).then_some(at);
        told(self.review.updated_at)
            .or(self.exported_at)
            .or(self.saved_at)
            .or_else(|| told(self.review.created_at))
    }
}

impl Envelope<&Review> {
    /// The envelope as compact JSON text: what storage keeps, and what every other form is made
    /// from. The model is serialised by this one path only (each further serde path, to a value
    /// tree or to pretty text, put another copy of the whole model's serialisation into the
    /// wasm), straight from the types, so the keys keep the file format's order. Fields carried
    /// from a newer minor version go back where they came from.
    pub fn to_compact_text(&self) -> String {
        let text = serde_json::to_string(self).unwrap_or_default();
        let carried = &self.review.carried;
        if carried.is_empty() {
            return text;
        }
        let mut value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if let Some(review) = value.get_mut("review") {
            carry::remove_key(review, "carried");
        }
        carry::restore(&mut value, &carried.fields);
        // Carried fields only exist when the file came from a newer minor version.
        value["schema_minor"] = Value::from(carried.minor);
        value.to_string()
    }

    /// The envelope as a JSON value (for comparing with what a file held).
    pub fn to_value(&self) -> Value {
        serde_json::from_str(&self.to_compact_text()).unwrap_or(Value::Null)
    }
}

/// Writes and reads back a made-up review of `moments` moments with three accounts each, and
/// returns how many moments came back. The app runs it once soon after it starts: a wasm engine
/// runs code in a quick tier first and promotes a function only for its later calls, so the one
/// long read of a real review ran mostly in the quick tier. In Chromium, reading the
/// 2,000-moment review from the library took 56-68 ms without a rehearsal of 600 moments and
/// 33-42 ms after one; 150 moments were too few to matter.
pub fn rehearse(moments: usize) -> usize {
    let start = Instant::from_millis(1_773_475_200_000).unwrap_or_default();
    let mut review = Review {
        id: Id::from("rehearsal"),
        title: "Rehearsal".into(),
        time_zone: "UTC".into(),
        created_at: start,
        updated_at: start,
        ..Review::default()
    };
    review.people = (0..4)
        .map(|p| Person {
            id: Id::from(format!("p{p}").as_str()),
            name: format!("Person {p}"),
            present: true,
            ..Person::default()
        })
        .collect();
    for m in 0..moments {
        let id = Id::from(format!("m{m}").as_str());
        review.moments.push(Moment {
            id: id.clone(),
            at: start.plus_millis(m as i64 * 37_000),
            kind: MomentKind::ALL[m % MomentKind::ALL.len()],
            description: format!("Moment {m}: latency seen on node {}", m % 7),
            people: vec![review.people[m % 4].id.clone()],
            evidence: (m % 5 == 0)
                .then(|| Evidence {
                    id: Id::from(format!("e{m}").as_str()),
                    kind: EvidenceKind::Quote,
                    text: "p99 at 4s \"timeout\"".into(),
                    ..Evidence::default()
                })
                .into_iter()
                .collect(),
            pivot: m % 50 == 0,
            ..Moment::default()
        });
        for a in 0..3 {
            review.accounts.push(Account {
                id: Id::from(format!("a{m}-{a}").as_str()),
                moment: id.clone(),
                person: review.people[(m + a) % 4].id.clone(),
                saw: "The latency graph going up".into(),
                believed: "A bad deploy — again?".into(),
                goal: "Restore checkout".into(),
                ..Account::default()
            });
        }
    }
    let text = Envelope::for_storage(review, 1, start).to_compact_text();
    read_str(&text, &mut IdGen::new(1)).map_or(0, |read| read.envelope.review.moments.len())
}

/// The exported file's text: pretty-printed so that it diffs and reads well.
pub fn export_json(review: &Review, now: Instant) -> String {
    pretty(&Envelope::for_export(review, now).to_compact_text())
}

/// Indents compact JSON text the way `serde_json::to_string_pretty` does (two spaces, "key":
/// value), keeping the order of the keys.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// Why a file could not be read. Every variant renders as a sentence a facilitator can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    /// An HTML file that is not a Tunnel report (it carries no review).
    HtmlWithoutReview,
    /// A responder's worksheet (`io::worksheet`), whose answers are a file of their own.
    Worksheet,
    TooLarge {
        bytes: usize,
    },
    NotText,
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAnObject,
    NotTunnel {
        found: Option<String>,
    },
    NoVersion,
    /// "schema_version": 0, which no Tunnel wrote.
    VersionZero,
    NewerVersion {
        found: u64,
    },
    /// A Tunnel envelope whose "review" is missing or not an object.
    NoReview,
    Invalid {
        path: String,
        detail: String,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.render(f, "The file", "Nothing was imported.")
    }
}

/// A [`ReadError`] about a review stored in this browser rather than a file.
pub struct StoredReadError<'a>(pub &'a ReadError);

impl fmt::Display for StoredReadError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0
            .render(f, "The stored review", "It was left as it is.")
    }
}

impl ReadError {
    /// The message, with `the` naming what was read and `untouched` saying what became of it.
    fn render(&self, f: &mut fmt::Formatter<'_>, the: &str, untouched: &str) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "{the} is empty."),
            ReadError::HtmlWithoutReview => write!(
                f,
                "{the} is a web page, but not a Tunnel report: it carries no review to import."
            ),
            ReadError::Worksheet => write!(
                f,
                "{the} is a responder's worksheet, not a review. Import the answers file it \
                 saves instead (its name ends in \u{201c}-answers.json\u{201d})."
            ),
            ReadError::TooLarge { bytes } => write!(
                f,
                "{the} is {} MB; Tunnel reads review files up to {} MB.",
                bytes.div_ceil(1_048_576),
                MAX_FILE_BYTES / 1_048_576
            ),
            ReadError::NotText => write!(f, "{the} is not text (it is not valid UTF-8)."),
            ReadError::Syntax {
                line,
                column,
                detail,
            } => write!(
                f,
                "{the} is not valid JSON: {detail} at line {line}, column {column}."
            ),
            ReadError::NotAnObject => {
                write!(
                    f,
                    "{the} is JSON but not a Tunnel review: it is not an object."
                )
            }
            ReadError::NotTunnel { found: None } => write!(
                f,
                "{the} is JSON but not a Tunnel review: it has no \"format\": \"{FORMAT}\"."
            ),
            ReadError::NotTunnel { found: Some(found) } => write!(
                f,
                "{the} is a \u{201c}{found}\u{201d} file, not a Tunnel review (\"{FORMAT}\")."
            ),
            ReadError::VersionZero => write!(
                f,
                "{the} says it is a Tunnel review of \"schema_version\" 0, which no version of \
                 Tunnel wrote (the first is 1)."
            ),
            ReadError::NoVersion => write!(
                f,
                "{the} says it is a Tunnel review but has no usable \"schema_version\"."
            ),
            ReadError::NewerVersion { found } => write!(
                f,
                "This review was written by a newer version of Tunnel (schema version {found}); \
                 this version reads up to schema version {SCHEMA_VERSION}. {untouched} \
                 Open it with a newer Tunnel."
            ),
            ReadError::NoReview => write!(
                f,
                "{the} says it is a Tunnel review but carries none: its \"review\" is \
                 missing or empty. {untouched}"
            ),
            ReadError::Invalid { path, detail } => {
                write!(f, "The review has a wrong value at {path}: {detail}.")
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// A review read from a file or from storage, with what it took to read it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadReview {
    pub envelope: Envelope,
    /// The schema version the file was written with.
    pub from_version: u32,
    /// Damage that was repaired while reading, one sentence each.
    pub repairs: Vec<String>,
}

/// Reads a review file from raw bytes (as picked in a file dialog): an exported JSON file, or
/// an HTML report, which carries the review's JSON inside it.
pub fn read_bytes(bytes: &[u8], ids: &mut IdGen) -> Result<ReadReview, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotText)?;
    if super::html_report::looks_like_html(text) {
        if text.contains("id=\"worksheet-data\"") {
            return Err(ReadError::Worksheet);
        }
        let json = super::html_report::extract_json(text).ok_or(ReadError::HtmlWithoutReview)?;
        return read_str(json, ids);
    }
    read_str(text, ids)
}

/// Reads a review file as `read_bytes` does, but leniently (`reading::leniently`): a wrong
/// value is left out instead of failing the whole read, and kept as it was written in a note
/// of the review, on its moment when it was in one, so that nothing in the file is lost. A
/// moment whose time could not be read keeps the time of the moment before it in the file,
/// marked as known only by its order. For a file that `read_bytes` refuses with `Invalid`.
pub fn read_bytes_mending(bytes: &[u8], ids: &mut IdGen) -> Result<ReadReview, ReadError> {
    let (read, left) = reading::leniently(|| read_bytes(bytes, ids));
    let mut read = read?;
    keep_left_out(&mut read, left, ids);
    Ok(read)
}

/// Puts what a lenient read left out in notes, and gives a moment whose time was left out
/// the time of the one before it.
fn keep_left_out(read: &mut ReadReview, left: Vec<reading::LeftOut>, ids: &mut IdGen) {
    if left.is_empty() {
        return;
    }
    let review = &mut read.envelope.review;
    // A moment that was not one at all is not in the list: the moments after it moved up.
    // (In the file's order, as they were read, and looked up by halves: a file of 2,000
    // moments can have 2,000 wrong values.)
    let gone: Vec<usize> = left
        .iter()
        .filter_map(|l| in_moment(&l.wrong.path).filter(|(_, rest)| rest.is_empty()))
        .map(|(i, _)| i)
        .collect();
    let index = |i: usize| {
        gone.binary_search(&i)
            .is_err()
            .then(|| i - gone.partition_point(|&g| g < i))
    };
    let mut untimed = vec![false; review.moments.len()];
    for l in &left {
        let moment = in_moment(&l.wrong.path).and_then(|(i, rest)| Some((index(i)?, rest)));
        if let Some((i, ".at")) = moment {
            if let Some(flag) = untimed.get_mut(i) {
                *flag = true;
            }
        }
        let written = match &l.value {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        review.notes.push(Note {
            id: ids.next("n"),
            moment: moment
                .and_then(|(i, _)| review.moments.get(i))
                .map(|m| m.id.clone()),
            kind: NoteKind::Note,
            text: format!(
                "Left out when the file was read, at {}: {}. As written: {written}",
                l.wrong.path, l.wrong.detail
            ),
            resolved: false,
        });
    }
    // Each moment whose time was left out takes the nearest time known before it in the file,
    // or else after it: one pass each way, as every moment of a file can be without one.
    let mut known_before = Vec::with_capacity(review.moments.len());
    let mut last = None;
    for (i, moment) in review.moments.iter().enumerate() {
        known_before.push(last);
        if !untimed[i] {
            last = Some(moment.at);
        }
    }
    let mut known_after = None;
    for (i, moment) in review.moments.iter_mut().enumerate().rev() {
        if untimed[i] {
            moment.at = known_before[i]
                .or(known_after)
                .or(review.incident_start)
                .unwrap_or_default();
            moment.precision = Precision::OrderOnly;
        } else {
            known_after = Some(moment.at);
        }
    }
    let shown: Vec<&str> = left.iter().take(3).map(|l| l.wrong.path.as_str()).collect();
    let more = match left.len().saturating_sub(3) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    read.repairs.push(format!(
        "{} that could not be read {} left out ({}{more}); each is kept as it was written in a \
         note of the review.",
        match left.len() {
            1 => "1 value".to_string(),
            n => format!("{n} values"),
        },
        if left.len() == 1 { "was" } else { "were" },
        shown.join(", "),
    ));
}

/// The moment a path is in ("review.moments[3].at" is in moment 3), and the rest of the path.
fn in_moment(path: &str) -> Option<(usize, &str)> {
    let rest = path.strip_prefix("review.moments[")?;
    let (index, rest) = rest.split_once(']')?;
    Some((index.parse().ok()?, rest))
}

/// The title written in a review's JSON text that cannot be read as a whole (a wrong value, a
/// newer version): the library names a damaged review by it rather than by its id alone.
pub fn title_in(text: &str) -> Option<String> {
    json::read(text, |value| {
        let title = value.get("review")?.get("title")?.as_str()?.trim();
        (!title.is_empty()).then(|| title.chars().take(300).collect())
    })
    .ok()
    .flatten()
}

/// Reads a review from its JSON text.
pub fn read_str(text: &str, ids: &mut IdGen) -> Result<ReadReview, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    if text.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    // Nearly every document is of this version: read from a tree that borrows the text.
    let arena = json::arena_for(text);
    if let Some(read) = json::parse(text, &arena).and_then(|document| read_current(&document, ids))
    {
        return read;
    }
    let value = match serde_json::from_str::<Value>(text) {
        Ok(value) => value,
        Err(error) => {
            // Half of a character's pair of escapes ("\ud800" alone), written by a tool that
            // cut a string in the middle of an emoji, is the one damage that loses a single
            // character: it is replaced, said, and the rest of the file read.
            let Some((mended, count)) = replace_lone_surrogates(text) else {
                return Err(syntax_error(&error));
            };
            // Mended, each escape keeps its width: an error left is at its place in the file.
            let value = serde_json::from_str(&mended).map_err(|e| syntax_error(&e))?;
            let mut read = read_value(value, ids)?;
            read.repairs.push(match count {
                1 => "1 character had been cut in half (half of an emoji, say) by whatever \
                      wrote the file; it is shown as \u{fffd}."
                    .to_string(),
                n => format!(
                    "{n} characters had been cut in half (half of an emoji, say) by whatever \
                     wrote the file; each is shown as \u{fffd}."
                ),
            });
            return Ok(read);
        }
    };
    read_value(value, ids)
}

/// The text with every `\uXXXX` escape of a lone surrogate (one not paired with its other half)
/// replaced by `\ufffd`, and how many there were; `None` when there were none.
fn replace_lone_surrogates(text: &str) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let escape_at = |i: usize| -> Option<u32> {
        let digits = bytes.get(i..i + 6)?.strip_prefix(b"\\u")?;
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let (mut out, mut count, mut copied, mut i) = (String::new(), 0, 0, 0);
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let width = match escape_at(i) {
            Some(0xD800..=0xDBFF) if matches!(escape_at(i + 6), Some(0xDC00..=0xDFFF)) => 12,
            Some(0xD800..=0xDFFF) => {
                out.push_str(&text[copied..i]);
                out.push_str("\\ufffd");
                count += 1;
                copied = i + 6;
                6
            }
            Some(_) => 6,
            // "\\" or "\n": the escaped character is never the start of another escape.
            None => 2,
        };
        i += width;
    }
    (count > 0).then(|| {
        out.push_str(&text[copied.min(text.len())..]);
        (out, count)
    })
}

/// Reads a document of this schema version whose fields this build knows all of; `None` for
/// anything else (older, newer, not a Tunnel review), which `read_value` reads and explains.
fn read_current(document: &Json, ids: &mut IdGen) -> Option<Result<ReadReview, ReadError>> {
    let current = document["format"].as_str() == Some(FORMAT)
        && document["schema_version"].as_u64() == Some(u64::from(SCHEMA_VERSION))
        && document["schema_minor"].as_u64().unwrap_or(0) <= u64::from(SCHEMA_MINOR)
        && document["review"].is_object();
    if !current {
        return None;
    }
    Some(
        read_envelope(document)
            .map_err(|wrong| ReadError::Invalid {
                path: wrong.path,
                detail: wrong.detail,
            })
            .map(|envelope| repaired(envelope, SCHEMA_VERSION, ids)),
    )
}

/// Reads a review from its parsed JSON (a stored review with a journal folded in).
pub fn read_value(mut value: Value, ids: &mut IdGen) -> Result<ReadReview, ReadError> {
    if !value.is_object() {
        return Err(ReadError::NotAnObject);
    }
    check_format(value.get("format"))?;
    let version = check_version(value.get("schema_version"))?;
    if version < SCHEMA_VERSION {
        migrate(&mut value, version, MIGRATIONS);
    }
    if !value.get("review").is_some_and(Value::is_object) {
        return Err(ReadError::NoReview);
    }
    let mut envelope =
        json::read_value(&value, read_envelope).map_err(|wrong| ReadError::Invalid {
            path: wrong.path,
            detail: wrong.detail,
        })?;
    if envelope.schema_minor > SCHEMA_MINOR {
        carry_unknown_fields(&value, &mut envelope);
    }
    Ok(repaired(envelope, version, ids))
}

/// An envelope read, at this version, with its damage repaired.
fn repaired(mut envelope: Envelope, from_version: u32, ids: &mut IdGen) -> ReadReview {
    envelope.schema_version = SCHEMA_VERSION;
    envelope.schema_minor = SCHEMA_MINOR;
    let mut repairs = repair(&mut envelope.review, ids);
    if !envelope.review.carried.fields.is_empty() {
        keep_fields_of_repaired_records(&mut envelope, &mut repairs);
    }
    ReadReview {
        envelope,
        from_version,
        repairs,
    }
}

fn read_envelope(value: &Json) -> Result<Envelope, reading::Wrong> {
    let f = reading::Fields::of(value, "")?;
    Ok(Envelope {
        format: f.text("format")?,
        schema_version: f.count("schema_version")?,
        schema_minor: f.count("schema_minor")?,
        app_version: f.text("app_version")?,
        exported_at: f.opt_instant("exported_at")?,
        saved_at: f.opt_instant("saved_at")?,
        revision: f.opt_count("revision")?.map(u64::from),
        review: f.record("review", reading::review)?,
    })
}

/// Keeps the fields of a newer minor version that this version did not read.
fn carry_unknown_fields(raw: &Value, envelope: &mut Envelope) {
    let minor = envelope.schema_minor;
    let understood = envelope.to_value();
    let found = carry::unknown_fields(raw, &understood);
    let carried = &mut envelope.review.carried;
    carried.minor = carried.minor.max(minor);
    for field in found {
        if !carried.fields.iter().any(|f| f.path == field.path) {
            carried.fields.push(field);
        }
    }
    // One order whatever the order in the file, so that equal reviews compare equal.
    carried.fields.sort_unstable_by(|a, b| a.path.cmp(&b.path));
}

/// Fields of a newer version whose record repair removed or merged (an account of a moment
/// that does not exist, a second account of the same person...) have nowhere to go back to.
/// They are kept together under the review's `kept_by_repair`, each with the path it had.
fn keep_fields_of_repaired_records(envelope: &mut Envelope, repairs: &mut Vec<String>) {
    let mut bare = envelope.clone();
    let fields = std::mem::take(&mut bare.review.carried.fields);
    let written = bare.to_value();
    let (placed, unplaced): (Vec<_>, Vec<_>) = fields
        .into_iter()
        .partition(|field| carry::has_place(&written, &field.path));
    if unplaced.is_empty() {
        return;
    }
    let kept_path = vec![Step::Key("review".into()), Step::Key(KEPT_BY_REPAIR.into())];
    let mut carried = placed;
    let mut kept = match carried.iter().position(|f| f.path == kept_path) {
        Some(i) => match carried.remove(i).value {
            Value::Array(items) => items,
            other => vec![other],
        },
        None => Vec::new(),
    };
    repairs.push(format!(
        "{} field{} written by a newer version of Tunnel belonged to records that were repaired \
         away; {} kept in the review under \u{201c}{KEPT_BY_REPAIR}\u{201d}.",
        unplaced.len(),
        if unplaced.len() == 1 { "" } else { "s" },
        if unplaced.len() == 1 {
            "it is"
        } else {
            "they are"
        },
    ));
    kept.extend(unplaced.into_iter().map(carry::field_value));
    carried.push(CarriedField {
        path: kept_path,
        value: Value::Array(kept),
    });
    carried.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    envelope.review.carried.fields = carried;
}

/// Where fields of a newer version that repair had to set aside are kept.
pub const KEPT_BY_REPAIR: &str = "kept_by_repair";

fn syntax_error(error: &serde_json::Error) -> ReadError {
    ReadError::Syntax {
        line: error.line(),
        column: error.column(),
        detail: syntax_detail(error),
    }
}

/// serde_json's message without its own " at line L column C" suffix, which we add ourselves.
fn syntax_detail(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    }
}

fn check_format(format: Option<&Value>) -> Result<(), ReadError> {
    match format {
        Some(Value::String(f)) if f == FORMAT => Ok(()),
        Some(Value::String(f)) => Err(ReadError::NotTunnel {
            found: Some(f.chars().take(60).collect()),
        }),
        _ => Err(ReadError::NotTunnel { found: None }),
    }
}

fn check_version(version: Option<&Value>) -> Result<u32, ReadError> {
    let found = version
        .and_then(Value::as_u64)
        .ok_or(ReadError::NoVersion)?;
    if found == 0 {
        return Err(ReadError::VersionZero);
    }
    if found > u64::from(SCHEMA_VERSION) {
        return Err(ReadError::NewerVersion { found });
    }
    Ok(found as u32)
}

/// One step that turns a document of schema version N into version N + 1.
pub type Migration = fn(&mut Value);

/// `MIGRATIONS[n - 1]` upgrades version n to n + 1. Version 1 is the first: nothing to do yet.
/// When version 2 comes, its step goes here and a v1 fixture stays in tests/fixtures forever.
pub const MIGRATIONS: &[Migration] = &[];

/// Applies the steps from `from` up to the newest version the steps know.
pub fn migrate(document: &mut Value, from: u32, steps: &[Migration]) {
    let start = from.saturating_sub(1) as usize;
    for step in steps.iter().skip(start) {
        step(document);
    }
    if let Some(object) = document.as_object_mut() {
        let newest = steps.len() as u32 + 1;
        object.insert("schema_version".into(), Value::from(newest.max(from)));
    }
}

/// Repairs what a hand-edited or damaged file can get wrong without losing anybody's words:
/// missing or duplicate ids get fresh ones, references to people or moments that do not exist
/// are dropped, misplaced accounts keep their text, a time box longer than a day is cut to
/// one. Returns one sentence per kind of repair.
pub fn repair(review: &mut Review, ids: &mut IdGen) -> Vec<String> {
    let mut repairs = Vec::new();
    if review.id.is_empty() {
        review.id = ids.next("r");
        repairs.push("The review had no id; it was given one.".to_string());
    }
    give_fresh_ids(review, ids, &mut repairs);
    // The console sets at most a day; a file may say anything.
    if review.session.time_box_minutes > MAX_TIME_BOX_MINUTES {
        repairs.push(format!(
            "The meeting's time box of {} minutes was more than a day; it is now {MAX_TIME_BOX_MINUTES}.",
            review.session.time_box_minutes
        ));
        review.session.time_box_minutes = MAX_TIME_BOX_MINUTES;
    }
    // Each step below checks first, borrowing what it checks, and repairs only what the check
    // finds: a sound review of 10,000 accounts is read at every open, and copying every id and
    // moving every account made repair cost as much as reading.
    let people: Set<String> = review
        .people
        .iter()
        .map(|p| p.id.as_str().to_owned())
        .collect();
    let moments: Set<String> = review
        .moments
        .iter()
        .map(|m| m.id.as_str().to_owned())
        .collect();
    drop_unknown_people(review, &people, &mut repairs);
    place_accounts(review, &people, &moments, ids, &mut repairs);
    drop_dangling_moment_references(review, &moments, &mut repairs);
    repairs
}

fn give_fresh_ids(review: &mut Review, ids: &mut IdGen, repairs: &mut Vec<String>) {
    let evidence = review
        .moments
        .iter_mut()
        .flat_map(|m| m.evidence.iter_mut().map(|e| &mut e.id))
        .collect();
    let collections: [((&str, &str), &str, Vec<&mut Id>); 8] = [
        (
            ("person", "people"),
            "p",
            review.people.iter_mut().map(|p| &mut p.id).collect(),
        ),
        (("piece of evidence", "pieces of evidence"), "e", evidence),
        (
            ("account", "accounts"),
            "a",
            review.accounts.iter_mut().map(|a| &mut a.id).collect(),
        ),
        (
            ("note", "notes"),
            "n",
            review.notes.iter_mut().map(|n| &mut n.id).collect(),
        ),
        (
            ("parked idea", "parked ideas"),
            "i",
            review.parking_lot.iter_mut().map(|i| &mut i.id).collect(),
        ),
        (
            ("queued question", "queued questions"),
            "q",
            review.questions.iter_mut().map(|q| &mut q.id).collect(),
        ),
        (
            ("opportunity", "opportunities"),
            "o",
            review.opportunities.iter_mut().map(|o| &mut o.id).collect(),
        ),
        (
            ("synthesis item", "synthesis items"),
            "f",
            review.synthesis.all_mut().map(|f| &mut f.id).collect(),
        ),
    ];
    for (what, prefix, ids_in_order) in collections {
        note_count(repairs, fresh_ids(ids_in_order, prefix, ids), what);
    }
    // Moments last: evidence borrowed them above.
    let moment_ids = review.moments.iter_mut().map(|m| &mut m.id).collect();
    note_count(
        repairs,
        fresh_ids(moment_ids, "m", ids),
        ("moment", "moments"),
    );
}

fn note_count(repairs: &mut Vec<String>, fixed: usize, (one, many): (&str, &str)) {
    let what = if fixed == 1 { one } else { many };
    if fixed > 0 {
        repairs.push(format!(
            "{fixed} {what}: missing or repeated ids were replaced."
        ));
    }
}

fn drop_unknown_people(review: &mut Review, people: &Set<String>, repairs: &mut Vec<String>) {
    let mut dropped = 0;
    for moment in &mut review.moments {
        // A moment names a few people: a repeat is found by looking back, without a set.
        let sound = moment
            .people
            .iter()
            .enumerate()
            .all(|(i, p)| people.contains(p.as_str()) && !moment.people[..i].contains(p));
        if sound {
            continue;
        }
        let before = moment.people.len();
        let mut kept: Vec<Id> = Vec::with_capacity(before);
        for p in std::mem::take(&mut moment.people) {
            if people.contains(p.as_str()) && !kept.contains(&p) {
                kept.push(p);
            }
        }
        moment.people = kept;
        dropped += before - moment.people.len();
    }
    note(
        repairs,
        dropped,
        "reference from a moment to an unknown or repeated person was dropped",
        "references from moments to unknown or repeated people were dropped",
    );
}

/// Accounts whose moment or person is gone keep their words in the review's notes; a second
/// account of the same person for the same moment is merged into the first.
fn place_accounts(
    review: &mut Review,
    people: &Set<String>,
    moments: &Set<String>,
    ids: &mut IdGen,
    repairs: &mut Vec<String>,
) {
    // The usual case, every account placed and none repeated, is told without moving any.
    let mut pairs: Set<(&str, &str)> =
        Set::with_capacity_and_hasher(review.accounts.len(), Default::default());
    let sound = review.accounts.iter().all(|a| {
        moments.contains(a.moment.as_str())
            && people.contains(a.person.as_str())
            && pairs.insert((a.moment.as_str(), a.person.as_str()))
    });
    if sound {
        return;
    }
    drop(pairs);
    let (placed, orphans): (Vec<Account>, Vec<Account>) = std::mem::take(&mut review.accounts)
        .into_iter()
        .partition(|a| moments.contains(a.moment.as_str()) && people.contains(a.person.as_str()));
    let mut merged = 0;
    // Indexed by (moment, person): a linear search here made reading quadratic in accounts.
    let mut first_of: Map<(Id, Id), usize> =
        Map::with_capacity_and_hasher(placed.len(), Default::default());
    for account in placed {
        let key = (account.moment.clone(), account.person.clone());
        match first_of.get(&key) {
            Some(&index) => {
                merge_account_into(&mut review.accounts[index], &account);
                merged += 1;
            }
            None => {
                first_of.insert(key, review.accounts.len());
                review.accounts.push(account);
            }
        }
    }
    if !orphans.is_empty() {
        let mut sentence = format!(
            "{} account(s) referred to a moment or person that does not exist and could not be placed",
            orphans.len()
        );
        if orphans.iter().any(|a| !a.is_blank()) {
            sentence.push_str("; their text was moved to the review's notes");
        }
        sentence.push('.');
        repairs.push(sentence);
        for orphan in orphans.iter().filter(|a| !a.is_blank()) {
            review.notes.push(Note {
                id: ids.next("n"),
                moment: None,
                kind: NoteKind::Note,
                text: format!("Recovered account text: {}", orphan.plain_text()),
                resolved: false,
            });
        }
    }
    note(
        repairs,
        merged,
        "second account of the same person for the same moment was merged into the first",
        "second accounts of the same person for the same moment were merged into the first",
    );
}

fn drop_dangling_moment_references(
    review: &mut Review,
    moments: &Set<String>,
    repairs: &mut Vec<String>,
) {
    let gone = |m: &Option<Id>| m.as_ref().is_some_and(|m| !moments.contains(m.as_str()));
    let mut dangling = 0;
    for moment in review
        .notes
        .iter_mut()
        .map(|n| &mut n.moment)
        .chain(review.parking_lot.iter_mut().map(|i| &mut i.moment))
        .chain(std::iter::once(&mut review.session.current))
    {
        if gone(moment) {
            *moment = None;
            dangling += 1;
        }
    }
    for finding in review.synthesis.all_mut() {
        let before = finding.citations.len();
        finding
            .citations
            .retain(|c| moments.contains(c.moment.as_str()));
        dangling += before - finding.citations.len();
    }
    let before = review.session.walked.len();
    review
        .session
        .walked
        .retain(|m| moments.contains(m.as_str()));
    dangling += before - review.session.walked.len();
    note(
        repairs,
        dangling,
        "reference to a moment that does not exist was dropped",
        "references to moments that do not exist were dropped",
    );
}

fn note(repairs: &mut Vec<String>, count: usize, one: &str, many: &str) {
    match count {
        0 => {}
        1 => repairs.push(format!("1 {one}.")),
        n => repairs.push(format!("{n} {many}.")),
    }
}

/// Gives every empty or repeated id a fresh one; returns how many it changed.
fn fresh_ids(ids_in_order: Vec<&mut Id>, prefix: &str, gen: &mut IdGen) -> usize {
    // Sound ids, the usual case, are told by borrowing them.
    let mut borrowed: Set<&str> =
        Set::with_capacity_and_hasher(ids_in_order.len(), Default::default());
    if ids_in_order
        .iter()
        .all(|id| !id.is_empty() && borrowed.insert(id.as_str()))
    {
        return 0;
    }
    drop(borrowed);
    let mut seen = Set::default();
    let mut changed = 0;
    for id in ids_in_order {
        if id.is_empty() || !seen.insert(id.clone()) {
            *id = gen.next(prefix);
            seen.insert(id.clone());
            changed += 1;
        }
    }
    changed
}

fn merge_account_into(first: &mut Account, second: &Account) {
    let text = second.plain_text();
    if text.is_empty() {
        return;
    }
    if !first.notes.is_empty() {
        first.notes.push_str("\n\n");
    }
    first.notes.push_str("Merged from a second account: ");
    first.notes.push_str(&text);
}

/// A file name for an exported review: "2026-03-14-database-failover.tunnel.json".
pub fn export_file_name(
    title: &str,
    date: Option<crate::model::time::Date>,
    extension: &str,
) -> String {
    let slug = slug(title);
    let stem = match date {
        Some(d) if slug.is_empty() => format!("{d}-review"),
        Some(d) => format!("{d}-{slug}"),
        None if slug.is_empty() => "review".to_string(),
        None => slug,
    };
    format!("{stem}.{extension}")
}

/// Whether a character beyond ASCII may stand in a file name: not a space, a control, a
/// direction mark or a symbol (punctuation, arrows, shapes, emoji). Told by ranges, as the
/// wasm carries no table of letters.
fn word_beyond_ascii(c: char) -> bool {
    !c.is_ascii()
        && !c.is_whitespace()
        && !matches!(c,
            '\u{80}'..='\u{BF}' | '\u{D7}' | '\u{F7}' | '\u{600}'..='\u{61F}'
            | '\u{6D4}' | '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{303F}'
            | '\u{E000}'..='\u{F8FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE30}'..='\u{FE4F}'
            | '\u{FEFF}' | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF61}'..='\u{FF65}' | '\u{FFF0}'..='\u{FFFF}' | '\u{1F000}'..='\u{1FFFF}'
            | '\u{E0000}'..='\u{E007F}')
}

/// A title as a file name: letters and digits of any script (ASCII ones lowercased) joined by
/// single hyphens, at most 60 characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if word_beyond_ascii(c) {
            // A title or a name in Arabic or Japanese names its file too.
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rehearsal_writes_and_reads_back_every_moment() {
        assert_eq!(rehearse(150), 150);
        assert_eq!(rehearse(0), 0);
    }

    fn ids() -> IdGen {
        IdGen::new(7)
    }

    fn minimal(version: &str) -> String {
        format!(
            r#"{{"format":"tunnel-review","schema_version":{version},"app_version":"0.1.0",
               "review":{{"id":"r1","title":"Disk full"}}}}"#
        )
    }

    #[test]
    fn reads_a_minimal_v1_file() {
        let read = read_str(&minimal("1"), &mut ids()).unwrap();
        assert_eq!(read.envelope.review.title, "Disk full");
        assert_eq!(read.from_version, 1);
        assert!(read.repairs.is_empty());
    }

    #[test]
    fn compact_text_is_the_value_written_out_with_or_without_carried_fields() {
        let plain = read_str(&minimal("1"), &mut ids()).unwrap().envelope;
        let newer = r#"{"format":"tunnel-review","schema_version":1,"schema_minor":5,
            "app_version":"9.0.0","future":{"x":1},
            "review":{"id":"r1","title":"t","later_field":[1,2]}}"#;
        let carried = read_str(newer, &mut ids()).unwrap().envelope;
        assert!(!carried.review.carried.is_empty());
        for envelope in [plain, carried] {
            let text = envelope.to_compact_text();
            assert_eq!(
                serde_json::from_str::<Value>(&text).unwrap(),
                envelope.to_value()
            );
        }
    }

    #[test]
    fn pretty_text_is_what_serde_json_writes() {
        let value = serde_json::json!({
            "format": "tunnel-review", "empty": {}, "none": [], "n": -1.5e3, "t": true,
            "text": "a \"quoted\" {brace}, [bracket]: colon\\",
            "list": [1, {"a": [null, "x"]}, []],
            "nested": {"deep": {"deeper": ["é", "\u{2028}"]}}
        });
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(
            pretty(&compact),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    #[test]
    fn empty_answers_are_left_out_and_read_back_empty() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"app_version":"0.1.0",
            "review":{"id":"r1","title":"t",
              "people":[{"id":"p1","name":"Ana"}],
              "moments":[{"id":"m1","at":"2026-03-14T09:00:00Z","description":"x"}],
              "accounts":[{"id":"a1","moment":"m1","person":"p1","saw":"the graph"}]}}"#;
        let review = read_str(text, &mut ids()).unwrap().envelope.review;
        let written = export_json(&review, Instant::from_millis(0).unwrap());
        let account = &serde_json::from_str::<Value>(&written).unwrap()["review"]["accounts"][0];
        let keys: Vec<&str> = account
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["id", "moment", "person", "saw"]);
        let again = read_str(&written, &mut ids()).unwrap().envelope.review;
        assert_eq!(again.accounts, review.accounts);
    }

    #[test]
    fn many_accounts_of_one_person_and_moment_fold_into_the_first() {
        // Reading indexes accounts by (moment, person); this is the behaviour it must keep.
        let accounts: Vec<String> = (0..300)
            .map(|i| {
                format!(
                    r#"{{"id":"a{i}","moment":"m{}","person":"p1","saw":"s{i}"}}"#,
                    i % 3
                )
            })
            .collect();
        let text = format!(
            r#"{{"format":"tunnel-review","schema_version":1,"app_version":"0.1.0",
            "review":{{"id":"r1","title":"t","people":[{{"id":"p1","name":"Ana"}}],
              "moments":[{{"id":"m0","at":"2026-03-14T09:00:00Z"}},{{"id":"m1","at":"2026-03-14T09:01:00Z"}},{{"id":"m2","at":"2026-03-14T09:02:00Z"}}],
              "accounts":[{}]}}}}"#,
            accounts.join(",")
        );
        let read = read_str(&text, &mut ids()).unwrap();
        let review = read.envelope.review;
        assert_eq!(review.accounts.len(), 3);
        for (m, account) in review.accounts.iter().enumerate() {
            assert_eq!(account.moment, Id(format!("m{m}")));
            assert_eq!(account.saw, format!("s{m}"));
            // The other 99 texts of each pair are kept in its notes, none lost.
            for i in (m..300).step_by(3).skip(1) {
                assert!(account.notes.contains(&format!("s{i}")), "s{i}");
            }
        }
    }

    #[test]
    fn refuses_newer_versions_and_other_formats_plainly() {
        let err = read_str(&minimal("2"), &mut ids()).unwrap_err();
        assert_eq!(err, ReadError::NewerVersion { found: 2 });
        assert!(err.to_string().contains("newer version of Tunnel"));
        let err =
            read_str(r#"{"format":"excalidraw","schema_version":1}"#, &mut ids()).unwrap_err();
        assert!(
            err.to_string().contains("\u{201c}excalidraw\u{201d}"),
            "{err}"
        );
        let err = read_str("[1,2,3]", &mut ids()).unwrap_err();
        assert_eq!(err, ReadError::NotAnObject);
        let err = read_str(r#"{"title":"x"}"#, &mut ids()).unwrap_err();
        assert_eq!(err, ReadError::NotTunnel { found: None });
    }

    #[test]
    fn half_a_pair_of_escapes_is_replaced_and_said_and_the_rest_is_read() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"review":{"id":"r1",
            "title":"Cut \ud83d emoji \ud83d\ude00 kept \\ud800 literal \udc00",
            "summary":"tail \ud800"}}"#;
        let read = read_str(text, &mut ids()).unwrap();
        assert_eq!(
            read.envelope.review.title,
            "Cut \u{fffd} emoji \u{1f600} kept \\ud800 literal \u{fffd}"
        );
        assert_eq!(read.envelope.review.summary, "tail \u{fffd}");
        assert!(
            read.repairs
                .iter()
                .any(|r| r.starts_with("3 characters had been cut in half")),
            "{:?}",
            read.repairs
        );
        // A file that is broken otherwise still says where: at the mistake, not the escape.
        let err = read_str("{\"title\":\"\\ud800\",\n oops}", &mut ids()).unwrap_err();
        assert!(
            matches!(
                err,
                ReadError::Syntax {
                    line: 2,
                    column: 2,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let text = "{\n  \"format\": \"tunnel-review\",\n  \"schema_version\": 1,\n  oops\n}";
        let err = read_str(text, &mut ids()).unwrap_err();
        match err {
            ReadError::Syntax { line, column, .. } => assert_eq!((line, column), (4, 3)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn wrong_types_give_the_field_path() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"app_version":"x",
            "review":{"id":"r","moments":[{"id":"m","at":"yesterday"}]}}"#;
        let err = read_str(text, &mut ids()).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("review.moments[0].at"), "{message}");
        assert!(message.contains("yesterday"), "{message}");
        let text = r#"{"format":"tunnel-review","schema_version":1,"review":{"people":[{"present":"yes"}]}}"#;
        assert_eq!(
            read_str(text, &mut ids()).unwrap_err(),
            ReadError::Invalid {
                path: "review.people[0].present".into(),
                detail: "expected true or false, found the text \u{201c}yes\u{201d}".into()
            }
        );
    }

    #[test]
    fn migration_steps_run_in_order_from_the_file_version() {
        fn v1_to_v2(doc: &mut Value) {
            doc["review"]["renamed"] = doc["review"]["old"].take();
        }
        fn v2_to_v3(doc: &mut Value) {
            doc["review"]["added"] = Value::from(3);
        }
        let steps: &[Migration] = &[v1_to_v2, v2_to_v3];
        let mut doc = serde_json::json!({"schema_version": 1, "review": {"old": "x"}});
        migrate(&mut doc, 1, steps);
        assert_eq!(doc["review"]["renamed"], "x");
        assert_eq!(doc["review"]["added"], 3);
        assert_eq!(doc["schema_version"], 3);
        let mut doc = serde_json::json!({"schema_version": 2, "review": {}});
        migrate(&mut doc, 2, steps);
        assert_eq!(doc["review"].get("renamed"), None);
        assert_eq!(doc["review"]["added"], 3);
        // With today's (empty) list a v1 document goes through unchanged.
        let mut doc = serde_json::json!({"schema_version": 1, "review": {"a": 1}});
        migrate(&mut doc, 1, MIGRATIONS);
        assert_eq!(
            doc,
            serde_json::json!({"schema_version": 1, "review": {"a": 1}})
        );
    }

    #[test]
    fn repairs_dangling_references_and_duplicate_ids_without_losing_words() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"app_version":"x",
          "review":{"id":"r",
            "people":[{"id":"p1","name":"Ana"},{"id":"p1","name":"Ben"}],
            "moments":[{"id":"m1","at":"2026-03-14T10:00:00Z","people":["p1","ghost","p1"]}],
            "accounts":[{"id":"a1","moment":"m1","person":"p1","saw":"graph"},
                        {"id":"a2","moment":"m1","person":"p1","saw":"second view"},
                        {"id":"a3","moment":"nowhere","person":"p1","believed":"DNS"}],
            "session":{"current":"nowhere"}}}"#;
        let read = read_str(text, &mut ids()).unwrap();
        let review = &read.envelope.review;
        assert_ne!(review.people[0].id, review.people[1].id);
        assert_eq!(review.moments[0].people, vec![Id::from("p1")]);
        assert_eq!(review.accounts.len(), 1);
        assert!(review.accounts[0].notes.contains("second view"));
        assert!(review.notes.iter().any(|n| n.text.contains("DNS")));
        assert_eq!(review.session.current, None);
        assert!(read.repairs.len() >= 4, "{:?}", read.repairs);
        // Counted as a person would say it.
        assert!(
            read.repairs
                .contains(&"1 person: missing or repeated ids were replaced.".to_string()),
            "{:?}",
            read.repairs
        );
    }

    #[test]
    fn a_time_box_longer_than_a_day_is_cut_to_a_day() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"app_version":"x",
          "review":{"id":"r","session":{"time_box_minutes":4294967295}}}"#;
        let read = read_str(text, &mut ids()).unwrap();
        assert_eq!(read.envelope.review.session.time_box_minutes, 24 * 60);
        assert_eq!(
            read.repairs,
            ["The meeting's time box of 4294967295 minutes was more than a day; it is now 1440."]
        );
        let text = text.replace("4294967295", "1440");
        let read = read_str(&text, &mut ids()).unwrap();
        assert!(read.repairs.is_empty());
    }

    #[test]
    fn export_then_read_gives_the_same_review() {
        let mut review = Review::new(
            Id::from("r1"),
            "Checkout down",
            "Europe/Paris",
            Instant::default(),
        );
        review.summary = "Payments failed for 40 minutes.\n\"quoted\" <b>".into();
        let text = export_json(&review, Instant::from_millis(1_000).unwrap());
        let read = read_str(&text, &mut ids()).unwrap();
        assert_eq!(read.envelope.review, review);
        assert_eq!(read.envelope.exported_at, Instant::from_millis(1_000));
    }

    #[test]
    fn a_stored_review_that_cannot_be_read_is_not_called_a_file() {
        let error = read_str("{\"format\": \"tunnel-review\", oops", &mut ids()).unwrap_err();
        let stored = StoredReadError(&error).to_string();
        assert!(
            stored.starts_with("The stored review is not valid JSON"),
            "{stored}"
        );
        assert!(!stored.contains("file"), "{stored}");
        assert!(error.to_string().starts_with("The file is not valid JSON"));
        let none = ReadError::NoReview;
        assert!(StoredReadError(&none)
            .to_string()
            .ends_with("It was left as it is."));
    }

    #[test]
    fn the_last_change_is_the_reviews_own_or_else_the_files() {
        let read = |text: &str| read_str(text, &mut ids()).unwrap().envelope;
        let head = r#"{"format":"tunnel-review","schema_version":1"#;
        let bare = read(&format!(r#"{head},"review":{{"id":"r"}}}}"#));
        assert_eq!(bare.last_changed(), None);
        let exported = read(&format!(
            r#"{head},"exported_at":"2026-03-15T10:00:00Z","review":{{"id":"r","created_at":"2026-03-14T10:00:00Z"}}}}"#
        ));
        assert_eq!(
            exported.last_changed(),
            Instant::parse_rfc3339("2026-03-15T10:00:00Z")
        );
        let edited = read(&format!(
            r#"{head},"exported_at":"2026-03-15T10:00:00Z","review":{{"id":"r","updated_at":"2026-03-14T12:00:00Z"}}}}"#
        ));
        assert_eq!(
            edited.last_changed(),
            Instant::parse_rfc3339("2026-03-14T12:00:00Z")
        );
    }

    #[test]
    fn a_file_with_wrong_values_is_read_mending_and_keeps_each_in_a_note() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"review":{"id":"r","title":"t",
            "incident_start":"2026-03-14T09:00:00Z",
            "moments":[{"id":"m1","at":"2026-03-14T09:05:00Z","description":"first"},
                       {"id":"m2","at":"9:10 yesterday","kind":"Alert","description":"second"},
                       "a moment written as text",
                       {"id":"m4","at":"2026-03-14T09:20:00Z","pivot":"yes"}]}}"#;
        let refused = read_str(text, &mut ids()).unwrap_err();
        assert!(matches!(refused, ReadError::Invalid { .. }), "{refused:?}");
        let read = read_bytes_mending(text.as_bytes(), &mut ids()).unwrap();
        let review = &read.envelope.review;
        assert_eq!(review.moments.len(), 3);
        // The moment whose time was left out keeps its place after the one before it.
        let second = &review.moments[1];
        assert_eq!(
            (second.at, second.precision),
            (review.moments[0].at, Precision::OrderOnly)
        );
        assert_eq!(second.description, "second");
        // Each value left out is in a note, on its moment when it was in one.
        let notes: Vec<(Option<&str>, &str)> = review
            .notes
            .iter()
            .map(|n| (n.moment.as_ref().map(Id::as_str), n.text.as_str()))
            .collect();
        assert_eq!(notes.len(), 4, "{notes:?}");
        assert_eq!(notes[0].0, Some("m2"));
        assert!(
            notes[0].1.starts_with(
                "Left out when the file was read, at review.moments[1].at: expected a date-time"
            ),
            "{}",
            notes[0].1
        );
        assert!(
            notes[0].1.ends_with("As written: 9:10 yesterday"),
            "{}",
            notes[0].1
        );
        assert_eq!(notes[2], (None, "Left out when the file was read, at review.moments[2]: expected an object, found the text \u{201c}a moment written as text\u{201d}. As written: a moment written as text"));
        // The moment after the one left out is still itself.
        assert_eq!(notes[3].0, Some("m4"));
        assert!(read.repairs.last().unwrap().starts_with("4 values that could not be read were left out (review.moments[1].at, review.moments[1].kind, review.moments[2] and 1 more)"), "{:?}", read.repairs);
        // What it became reads strictly, and the same.
        let written = export_json(review, Instant::default());
        assert_eq!(
            read_str(&written, &mut ids()).unwrap().envelope.review,
            *review
        );
    }

    #[test]
    fn a_file_whose_every_time_is_written_another_way_is_read_in_its_order() {
        // Another tool's timeline: 2,000 moments, each time without its "T" and zone.
        let moments: Vec<String> = (0..2000)
            .map(|i| {
                format!(
                    r#"{{"id":"m{i}","at":"2026-03-14 {:02}:{:02}","description":"line {i}"}}"#,
                    9 + i / 60 % 12,
                    i % 60
                )
            })
            .collect();
        let text = format!(
            r#"{{"format":"tunnel-review","schema_version":1,"review":{{"id":"r",
            "incident_start":"2026-03-14T09:00:00Z","moments":[{}]}}}}"#,
            moments.join(",")
        );
        let read = read_bytes_mending(text.as_bytes(), &mut ids()).unwrap();
        let review = &read.envelope.review;
        assert_eq!(review.moments.len(), 2000);
        assert!(review
            .moments
            .iter()
            .all(|m| m.precision == Precision::OrderOnly && Some(m.at) == review.incident_start));
        assert_eq!(
            review.timeline_order()[1999],
            1999,
            "the file's order is kept"
        );
        assert_eq!(review.notes.len(), 2000);
        assert!(review.notes[1999]
            .text
            .ends_with("As written: 2026-03-14 18:19"));
    }

    #[test]
    fn any_value_of_the_wrong_kind_anywhere_is_left_out_and_kept_word_for_word() {
        // Walks every value of the full fixture: each in turn becomes a list holding a marker,
        // which no field of a review takes for a value.
        fn leaves(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
            match value {
                Value::Object(map) => map.iter().for_each(|(k, v)| {
                    path.push(Step::Key(k.clone()));
                    leaves(v, path, out);
                    path.pop();
                }),
                Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
                    path.push(Step::Index(i));
                    leaves(v, path, out);
                    path.pop();
                }),
                _ => out.push(path.clone()),
            }
        }
        let text = include_str!("../../tests/fixtures/v1/full-review.tunnel.json");
        let document: Value = serde_json::from_str(text).unwrap();
        let mut paths = Vec::new();
        leaves(
            &document["review"],
            &mut vec![Step::Key("review".into())],
            &mut paths,
        );
        assert!(paths.len() > 50, "{}", paths.len());
        let mut refused = 0;
        for (k, path) in paths.iter().enumerate() {
            let mut changed = document.clone();
            let mut at = &mut changed;
            for step in path {
                at = match step {
                    Step::Key(key) => &mut at[key.as_str()],
                    Step::Index(i) => &mut at[*i],
                    Step::Id { .. } => unreachable!(),
                };
            }
            let marker = format!("WRONG-{k}");
            *at = Value::Array(vec![Value::String(marker.clone())]);
            let changed = changed.to_string();
            if read_str(&changed, &mut ids()).is_ok() {
                continue;
            }
            refused += 1;
            let read = read_bytes_mending(changed.as_bytes(), &mut ids())
                .unwrap_or_else(|e| panic!("{path:?}: {e}"));
            assert!(
                read.envelope
                    .review
                    .notes
                    .iter()
                    .any(|n| n.text.contains(&marker)),
                "{path:?}"
            );
        }
        // Nearly every value is read strictly, and so refused when of the wrong kind.
        assert!(
            refused * 10 > paths.len() * 9,
            "{refused} of {}",
            paths.len()
        );
    }

    #[test]
    fn fields_of_a_newer_version_in_a_record_repair_removes_are_kept() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"schema_minor":5,
            "app_version":"1.4.0","review":{"id":"r","title":"t",
              "people":[{"id":"p1","name":"Ana"}],
              "moments":[{"id":"m1","at":"2026-03-14T10:00:00Z","heart_rate":120}],
              "accounts":[{"id":"a1","moment":"m1","person":"p1","saw":"graph","mood":"calm"},
                          {"id":"a3","moment":"nowhere","person":"p1","believed":"DNS",
                           "confidence":"low"}]}}"#;
        let read = read_str(text, &mut ids()).unwrap();
        assert!(
            read.repairs.iter().any(|r| r.contains(KEPT_BY_REPAIR)),
            "{:?}",
            read.repairs
        );
        let written = export_json(&read.envelope.review, Instant::default());
        let value: Value = serde_json::from_str(&written).unwrap();
        // Fields of records that are still there go back where they were.
        assert_eq!(value["review"]["moments"][0]["heart_rate"], 120);
        assert_eq!(value["review"]["accounts"][0]["mood"], "calm");
        // The account of a moment that does not exist became a note; its unknown field stays.
        let kept = &value["review"][KEPT_BY_REPAIR];
        assert_eq!(kept[0]["value"], "low");
        assert_eq!(kept[0]["path"][2]["id"], "a3");
        assert_eq!(kept[0]["path"][3], "confidence");
        // Reading what was written changes nothing more.
        let again = read_str(&written, &mut ids()).unwrap();
        assert_eq!(again.envelope.review, read.envelope.review);
        assert!(!again.repairs.iter().any(|r| r.contains(KEPT_BY_REPAIR)));
    }

    #[test]
    fn a_newer_minor_version_is_kept_even_without_unknown_fields() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"schema_minor":5,
            "app_version":"1.3.0","review":{"id":"r","title":"t"}}"#;
        let read = read_str(text, &mut ids()).unwrap();
        let written = export_json(&read.envelope.review, Instant::default());
        let value: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(value["schema_minor"], 5);
        assert!(value["review"].get("carried").is_none());
        let again = read_str(&written, &mut ids()).unwrap();
        assert_eq!(again.envelope.review, read.envelope.review);
    }

    #[test]
    fn fields_of_a_newer_minor_version_survive_a_round_trip() {
        let text = r#"{"format":"tunnel-review","schema_version":1,"schema_minor":5,
            "app_version":"1.4.0","signed_by":"ops",
            "review":{"id":"r","title":"t","mood":"tense",
              "moments":[{"id":"m1","at":"2026-03-14T10:00:00Z","heart_rate":120}]}}"#;
        let read = read_str(text, &mut ids()).unwrap();
        assert_eq!(read.envelope.review.carried.fields.len(), 3);
        let written = export_json(&read.envelope.review, Instant::default());
        let value: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(value["signed_by"], "ops");
        assert_eq!(value["schema_minor"], 5);
        assert_eq!(value["review"]["mood"], "tense");
        assert_eq!(value["review"]["moments"][0]["heart_rate"], 120);
        assert!(value["review"].get("carried").is_none());
        // And again: reading what we wrote finds the same fields, once.
        let again = read_str(&written, &mut ids()).unwrap();
        assert_eq!(again.envelope.review, read.envelope.review);
    }

    #[test]
    fn html_reports_are_read_and_other_pages_refused() {
        let review = Review::new(Id::from("r1"), "From a report", "UTC", Instant::default());
        let html = super::super::html_report::render(
            &super::super::report::Report {
                title: "t".into(),
                blocks: vec![],
            },
            &crate::model::time::Utc,
            Some(&export_json(&review, Instant::default())),
        );
        let read = read_bytes(html.as_bytes(), &mut ids()).unwrap();
        assert_eq!(read.envelope.review, review);
        let page = "<!DOCTYPE html><html><body>hello</body></html>";
        assert_eq!(
            read_bytes(page.as_bytes(), &mut ids()).unwrap_err(),
            ReadError::HtmlWithoutReview
        );
        // A worksheet picked by mistake points to the answers it saves.
        let review = Review {
            id: Id::from("r"),
            people: vec![crate::model::Person {
                id: Id::from("p1"),
                name: "Ana".into(),
                ..Default::default()
            }],
            ..Review::default()
        };
        let sheet = crate::io::worksheet::render(
            &crate::io::worksheet::content(
                &review,
                &Id::from("p1"),
                false,
                &crate::model::time::Utc,
                &|c: &str| c.to_lowercase(),
                Instant::default(),
            )
            .unwrap(),
        );
        let error = read_bytes(sheet.as_bytes(), &mut ids()).unwrap_err();
        assert_eq!(error, ReadError::Worksheet);
        assert!(error.to_string().contains("-answers.json"));
    }

    #[test]
    fn bom_empty_and_binary_input() {
        let with_bom = format!("\u{feff}{}", minimal("1"));
        assert!(read_str(&with_bom, &mut ids()).is_ok());
        assert_eq!(read_str("  ", &mut ids()).unwrap_err(), ReadError::Empty);
        assert_eq!(
            read_bytes(&[0xff, 0xfe, 0x00], &mut ids()).unwrap_err(),
            ReadError::NotText
        );
    }

    #[test]
    fn schema_version_zero_is_said_as_such() {
        let text = r#"{"format":"tunnel-review","schema_version":0,"review":{}}"#;
        let error = read_str(text, &mut IdGen::new(1)).unwrap_err().to_string();
        assert!(error.contains("\"schema_version\" 0"), "{error}");
    }

    #[test]
    fn a_damaged_reviews_title_is_still_found() {
        let text = r#"{"format":"tunnel-review","schema_version":1,
            "review":{"title":"Checkout outage","moments":[{"at":12345}]}}"#;
        assert!(read_str(text, &mut IdGen::new(1)).is_err());
        assert_eq!(title_in(text).as_deref(), Some("Checkout outage"));
        assert_eq!(title_in("{\"review\":{\"title\":\"  \"}}"), None);
        assert_eq!(title_in("not json"), None);
    }

    #[test]
    fn file_names_are_safe_slugs() {
        let mut review = Review {
            title: "  Checkout: 502s / \"payments\" ../../etc ".into(),
            ..Review::default()
        };
        let date = crate::model::time::Date::new(2026, 3, 14);
        assert_eq!(
            export_file_name(&review.title, date, "tunnel.json"),
            "2026-03-14-checkout-502s-payments-etc.tunnel.json"
        );
        review.title = "日本語の障害".into();
        assert_eq!(
            export_file_name(&review.title, None, "json"),
            "日本語の障害.json"
        );
        assert_eq!(slug("محمد علي؟"), "محمد-علي");
        assert_eq!(slug(&"障".repeat(80)).chars().count(), 60);
        // Only ASCII is lowercased: the wasm carries no case tables.
        assert_eq!(slug("Zoë Ørsted"), "zoë-Ørsted");
        review.title = "🔥 / \u{202e}\u{200b} … ／ ..".into();
        assert_eq!(export_file_name(&review.title, None, "json"), "review.json");
    }

    #[test]
    fn an_envelope_without_a_review_is_refused() {
        for text in [
            r#"{"format":"tunnel-review","schema_version":1}"#,
            r#"{"format":"tunnel-review","schema_version":1,"review":null}"#,
            r#"{"format":"tunnel-review","schema_version":1,"review":[]}"#,
        ] {
            let error = read_str(text, &mut IdGen::new(1)).unwrap_err();
            assert_eq!(error, ReadError::NoReview, "{text}");
            assert!(error.to_string().contains("Nothing was imported"));
        }
    }
}
