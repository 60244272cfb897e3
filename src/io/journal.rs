//! The journal: what a window changed since it last saved, written at every edit.
//!
//! A review is cut into [`Unit`]s (its details, its people, each moment, each account, the
//! meeting, the synthesis, the language log). An edit records, for each unit it touched, the
//! unit as it was when this window last saved (its base) and as it is now, both as JSON text.
//! The journal stays a few kilobytes whatever the size of the review, so the browser can store
//! it synchronously on every keystroke, and the debounced save folds it into the stored review.
//!
//! Folding is the three-way merge of `io::merge` per unit: a journal left behind by a closed
//! window and the edits of a window whose review another window saved in the meantime are both
//! "base, mine, and theirs as stored now".

use super::merge::{self, Conflict, Seg, Side};
use super::{json, reading};
use crate::model::{Account, Id, Moment, Review};
use serde::Serialize;
use serde_json::{Map, Value};

/// A part of a review that is journalled and merged as one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Details,
    People,
    Meeting,
    Synthesis,
    Language,
    Moment(Id),
    Account(Id),
}

/// The review's keys held by each unit that is a group of top-level fields. The review's other
/// keys are its id, its creation and save times (never edited) and the two record lists.
pub const GROUPS: [(Unit, &[&str]); 5] = [
    (
        Unit::Details,
        &[
            "title", "status", "incident_start", "incident_end", "time_zone", "summary", "impact",
        ],
    ),
    (Unit::People, &["people"]),
    (
        Unit::Meeting,
        &[
            "notes", "parking_lot", "questions", "suggestions", "merged", "session",
        ],
    ),
    (Unit::Synthesis, &["synthesis", "opportunities", "pulse"]),
    (Unit::Language, &["language"]),
];

/// Keys of a stored review that belong to no unit: never changed by an edit.
pub const FIXED: [&str; 3] = ["id", "created_at", "updated_at"];

impl Unit {
    /// The key the unit has in a journal's text.
    pub fn key(&self) -> String {
        match self {
            Unit::Details => "details".into(),
            Unit::People => "people".into(),
            Unit::Meeting => "meeting".into(),
            Unit::Synthesis => "synthesis".into(),
            Unit::Language => "language".into(),
            Unit::Moment(id) => format!("moment:{id}"),
            Unit::Account(id) => format!("account:{id}"),
        }
    }

    pub fn parse(key: &str) -> Option<Unit> {
        if let Some(id) = key.strip_prefix("moment:") {
            return Some(Unit::Moment(Id::from(id)));
        }
        if let Some(id) = key.strip_prefix("account:") {
            return Some(Unit::Account(Id::from(id)));
        }
        GROUPS
            .iter()
            .map(|(unit, _)| unit)
            .find(|unit| unit.key() == key)
            .cloned()
    }

    fn list(&self) -> Option<(&'static str, &Id)> {
        match self {
            Unit::Moment(id) => Some(("moments", id)),
            Unit::Account(id) => Some(("accounts", id)),
            _ => None,
        }
    }

    fn group_keys(&self) -> &'static [&'static str] {
        GROUPS
            .iter()
            .find(|(unit, _)| unit == self)
            .map(|(_, keys)| *keys)
            .unwrap_or(&[])
    }

    /// Where the unit sits in a review's JSON (a group's path is the review itself).
    pub fn path(&self) -> Vec<Seg> {
        match self.list() {
            Some((list, id)) => vec![Seg::Key(list.into()), Seg::Id(id.to_string())],
            None => Vec::new(),
        }
    }

    /// The unit in `review` as JSON text, `null` when the record does not exist. The same text
    /// as the unit's part of the stored review, written without serialising anything else.
    pub fn text_in(&self, review: &Review) -> String {
        match self {
            Unit::Details => object(&[
                ("title", Some(json(&review.title))),
                ("status", Some(json(&review.status))),
                ("incident_start", review.incident_start.as_ref().map(json)),
                ("incident_end", review.incident_end.as_ref().map(json)),
                ("time_zone", Some(json(&review.time_zone))),
                ("summary", Some(json(&review.summary))),
                ("impact", Some(json(&review.impact))),
            ]),
            Unit::People => object(&[("people", Some(json(&review.people)))]),
            Unit::Meeting => object(&[
                ("notes", Some(json(&review.notes))),
                ("parking_lot", Some(json(&review.parking_lot))),
                (
                    "questions",
                    (!review.questions.is_empty()).then(|| json(&review.questions)),
                ),
                (
                    "suggestions",
                    (!review.suggestions.is_empty()).then(|| json(&review.suggestions)),
                ),
                (
                    "merged",
                    (!review.merged.is_empty()).then(|| json(&review.merged)),
                ),
                ("session", Some(json(&review.session))),
            ]),
            Unit::Synthesis => object(&[
                ("synthesis", Some(json(&review.synthesis))),
                ("opportunities", Some(json(&review.opportunities))),
                ("pulse", Some(json(&review.pulse))),
            ]),
            Unit::Language => object(&[("language", Some(json(&review.language)))]),
            Unit::Moment(id) => review
                .moments
                .iter()
                .find(|m| &m.id == id)
                .map_or_else(|| "null".into(), json),
            Unit::Account(id) => review
                .accounts
                .iter()
                .find(|a| &a.id == id)
                .map_or_else(|| "null".into(), json),
        }
    }

    /// The unit in a review's JSON value.
    pub fn value_in(&self, review: &Value) -> Option<Value> {
        if let Some((list, id)) = self.list() {
            return review
                .get(list)?
                .as_array()?
                .iter()
                .find(|r| r.get("id").and_then(Value::as_str) == Some(id.as_str()))
                .cloned();
        }
        let mut group = Map::new();
        for key in self.group_keys() {
            if let Some(value) = review.get(*key) {
                group.insert((*key).to_string(), value.clone());
            }
        }
        Some(Value::Object(group))
    }

    /// Puts `value` in place of the unit in a review's JSON (`None` removes a record).
    pub fn put(&self, review: &mut Value, value: Option<Value>) {
        if self.list().is_some() {
            merge::set_at(review, &self.path(), value);
            return;
        }
        let Some(review) = review.as_object_mut() else {
            return;
        };
        let group = value
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default();
        for key in self.group_keys() {
            match group.get(*key) {
                Some(value) => review.insert((*key).to_string(), value.clone()),
                None => review.remove(*key),
            };
        }
    }
}

/// A unit's text read, ready to be put in place in a review ([`Unit::put_read`]).
pub enum Put {
    /// A group of top-level fields, read into an otherwise empty review.
    Group(Box<Review>),
    /// A moment or an account; `None` when the record is gone.
    Moment(Option<Box<Moment>>),
    Account(Option<Box<Account>>),
}

impl Unit {
    /// Reads `text`, the unit as [`Unit::text_in`] writes it (`null` for a record that is
    /// gone), with the same reader as a stored review; `None` when it does not read as one. A
    /// record's text is read inside a list written around it: text that closes that list early
    /// reads as other fields or records, which are not taken (only the record of this id is).
    pub fn read(&self, text: &str) -> Option<Put> {
        // A record is read as the only one of its list in a review.
        let (list, wrapped) = match self.list() {
            Some(_) if text.trim() == "null" => return Some(self.gone()),
            Some((list, _)) => (list, format!("{{\"{list}\":[{text}]}}")),
            None => ("", text.to_string()),
        };
        let arena = json::arena_for(&wrapped);
        let value = json::parse(&wrapped, &arena)?;
        let mut part = reading::review(&value, "journal".into()).ok()?;
        Some(match self {
            Unit::Moment(id) => {
                Put::Moment(Some(Box::new(part.moments.pop().filter(|m| &m.id == id)?)))
            }
            Unit::Account(id) => {
                Put::Account(Some(Box::new(part.accounts.pop().filter(|a| &a.id == id)?)))
            }
            _ if list.is_empty() => Put::Group(Box::new(part)),
            _ => return None,
        })
    }

    fn gone(&self) -> Put {
        match self {
            Unit::Account(_) => Put::Account(None),
            _ => Put::Moment(None),
        }
    }

    /// Puts what [`Unit::read`] read in place of the unit in `review`: a record new to it goes
    /// last, as an edit adds it. The fields of each group are those of [`GROUPS`]; a test puts
    /// every unit of a review with every field into an empty one.
    pub fn put_read(&self, review: &mut Review, put: Put) {
        match (self, put) {
            (Unit::Moment(id), Put::Moment(moment)) => {
                put_record(&mut review.moments, id, moment.map(|m| *m), |m| &m.id)
            }
            (Unit::Account(id), Put::Account(account)) => {
                put_record(&mut review.accounts, id, account.map(|a| *a), |a| &a.id)
            }
            (Unit::Details, Put::Group(part)) => {
                let part = *part;
                review.title = part.title;
                review.status = part.status;
                review.incident_start = part.incident_start;
                review.incident_end = part.incident_end;
                review.time_zone = part.time_zone;
                review.summary = part.summary;
                review.impact = part.impact;
            }
            (Unit::People, Put::Group(part)) => review.people = part.people,
            (Unit::Meeting, Put::Group(part)) => {
                let part = *part;
                review.notes = part.notes;
                review.parking_lot = part.parking_lot;
                review.questions = part.questions;
                review.suggestions = part.suggestions;
                review.merged = part.merged;
                review.session = part.session;
            }
            (Unit::Synthesis, Put::Group(part)) => {
                let part = *part;
                review.synthesis = part.synthesis;
                review.opportunities = part.opportunities;
                review.pulse = part.pulse;
            }
            (Unit::Language, Put::Group(part)) => review.language = part.language,
            // `read` gives each unit its own kind of `Put`.
            _ => {}
        }
    }
}

fn put_record<T>(list: &mut Vec<T>, id: &Id, record: Option<T>, id_of: impl Fn(&T) -> &Id) {
    let at = list.iter().position(|r| id_of(r) == id);
    match (at, record) {
        (Some(at), Some(record)) => list[at] = record,
        (Some(at), None) => drop(list.remove(at)),
        (None, Some(record)) => list.push(record),
        (None, None) => {}
    }
}

fn json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

fn object(fields: &[(&str, Option<String>)]) -> String {
    let mut out = String::from("{");
    for (key, value) in fields {
        if let Some(value) = value {
            if out.len() > 1 {
                out.push(',');
            }
            out.push_str(&json(key));
            out.push(':');
            out.push_str(value);
        }
    }
    out.push('}');
    out
}

/// One unit's text when this window last saved, and now.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    base: String,
    now: String,
}

/// What one window changed since it last saved the review.
#[derive(Debug, Clone, PartialEq)]
pub struct Journal {
    pub review: Id,
    /// The stored revision the bases belong to.
    pub revision: u64,
    /// In the order the units were first changed. A list, not a map: it holds what changed
    /// since the last save, a handful of units, and a map type costs its own code in the wasm.
    entries: Vec<(Unit, Entry)>,
    /// Fields changed differently here and in another window, waiting for a person to choose.
    /// This window's text is in the entries; the other window's is here.
    pub conflicts: Vec<Conflict>,
    /// When its window last wrote it (milliseconds since 1970; 0 when not known). A journal
    /// written moments ago belongs to a window that is still typing, and is not taken over.
    pub at: i64,
}

impl Journal {
    pub fn new(review: Id, revision: u64) -> Self {
        Journal {
            review,
            revision,
            entries: Vec::new(),
            conflicts: Vec::new(),
            at: 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn entry(&self, unit: &Unit) -> Option<&Entry> {
        self.entries.iter().find(|(u, _)| u == unit).map(|(_, e)| e)
    }

    fn entry_mut(&mut self, unit: &Unit) -> Option<&mut Entry> {
        self.entries
            .iter_mut()
            .find(|(u, _)| u == unit)
            .map(|(_, e)| e)
    }

    /// Whether `unit` has no base yet: the caller must pass its text before the edit.
    pub fn needs_base(&self, unit: &Unit) -> bool {
        self.entry(unit).is_none()
    }

    /// Records `unit`'s text after an edit; `base` is its text before the edit, used only when
    /// this is the unit's first edit since the last save.
    /// `None` for a record that did not exist before.
    pub fn record(&mut self, unit: Unit, base: Option<String>, now: String) {
        match self.entry_mut(&unit) {
            Some(entry) => entry.now = now,
            None => {
                let base = base.unwrap_or_else(|| "null".into());
                self.entries.push((unit, Entry { base, now }));
            }
        }
    }

    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        self.entries.iter().map(|(unit, _)| unit)
    }

    /// The unit's text now, if this journal changed it.
    pub fn now_of(&self, unit: &Unit) -> Option<&str> {
        self.entry(unit).map(|e| e.now.as_str())
    }

    /// Puts every unit this journal changed into `review`, the review as stored at
    /// [`Journal::revision`]: the result is the review as the journal's window has it. `false`,
    /// and `review` untouched, when a unit's text does not read.
    pub fn apply_to(&self, review: &mut Review) -> bool {
        let Some(puts) = self.read_units() else {
            return false;
        };
        for (unit, put) in puts {
            unit.put_read(review, put);
        }
        true
    }

    /// Every unit this journal changed, its text read ([`Unit::read`]); `None` when one does
    /// not read.
    pub fn read_units(&self) -> Option<Vec<(&Unit, Put)>> {
        self.entries
            .iter()
            .map(|(unit, entry)| Some((unit, unit.read(&entry.now)?)))
            .collect()
    }

    /// Forgets everything: the review was saved at `revision`.
    pub fn clear(&mut self, revision: u64) {
        self.entries.clear();
        self.conflicts.clear();
        self.revision = revision;
    }

    /// The journal as stored: small JSON, built without serialising the review.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{{\"review\":{},\"revision\":{},\"at\":{},\"entries\":[",
            json(self.review.as_str()),
            self.revision,
            self.at
        );
        for (i, (unit, entry)) in self.entries.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('[');
            out.push_str(&json(&unit.key()));
            out.push(',');
            out.push_str(&entry.base);
            out.push(',');
            out.push_str(&entry.now);
            out.push(']');
        }
        out.push_str("],\"conflicts\":[");
        for (i, conflict) in self.conflicts.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&conflict_value(conflict).to_string());
        }
        out.push_str("]}");
        out
    }

    /// Reads a stored journal; `None` when it is damaged (a write cut short cannot happen with
    /// local storage, but a hand edit can).
    pub fn parse(text: &str) -> Option<Journal> {
        // Read with the review's own reader, the units' texts written again from its tree:
        // the meeting's unit carries the walk's every moment twice, and the shared screen
        // reads a journal at each step (at 2,000 moments, parsing it into serde_json's values
        // and writing them out again was a third of the screen's step).
        json::read(text, |value| {
            let review = Id::from(value.get("review")?.as_str()?);
            let revision = value.get("revision")?.as_u64()?;
            let mut entries: Vec<(Unit, Entry)> = Vec::new();
            for entry in value.get("entries")?.as_array()? {
                let [unit, base, now] = entry.as_array()? else {
                    return None;
                };
                let unit = Unit::parse(unit.as_str()?)?;
                let entry = Entry {
                    base: base.to_text(),
                    now: now.to_text(),
                };
                match entries.iter_mut().find(|(u, _)| *u == unit) {
                    Some((_, same)) => *same = entry,
                    None => entries.push((unit, entry)),
                }
            }
            let conflicts = match value.get("conflicts") {
                Some(list) => list
                    .as_array()?
                    .iter()
                    .map(|c| conflict_of(&c.to_value()))
                    .collect::<Option<_>>()?,
                None => Vec::new(),
            };
            Some(Journal {
                review,
                revision,
                entries,
                conflicts,
                // Journals of earlier versions have no time: as if written long ago.
                at: value.get("at").and_then(json::Json::as_i64).unwrap_or(0),
            })
        })
        .ok()
        .flatten()
    }

    /// Folds this journal into a stored review's JSON (stored at `revision`) by merging each
    /// unit three ways: base, this journal, what is stored. Afterwards the journal is relative
    /// to that revision: its bases are what was stored, its texts what was merged. Conflicting
    /// fields get `prefer`'s value and are added to [`Journal::conflicts`]; the new ones are
    /// returned, each with its path from the review.
    /// `mine` is this window's review as it is (the journal holds only what changed in it).
    pub fn merge_into(
        &mut self,
        stored_review: &mut Value,
        revision: u64,
        prefer: Side,
        mine: &Review,
    ) -> Vec<Conflict> {
        let mut found = Vec::new();
        let later = if self.at >= saved_at(stored_review) {
            Side::Mine
        } else {
            Side::Theirs
        };
        for (unit, entry) in &mut self.entries {
            let base = parse_unit(&entry.base);
            let mine = parse_unit(&entry.now);
            let theirs = unit.value_in(stored_review);
            let mut merged = merge::merge(base.as_ref(), mine.as_ref(), theirs.as_ref(), prefer);
            if *unit == Unit::Meeting {
                follow_the_later_move(&mut merged, later);
            }
            entry.base = text_of(&theirs);
            entry.now = text_of(&merged.value);
            unit.put(stored_review, merged.value);
            for mut conflict in merged.conflicts {
                let mut path = unit.path();
                path.append(&mut conflict.path);
                conflict.path = path;
                found.push(conflict);
            }
        }
        self.question_accounts_of_questioned_moments(stored_review, prefer, mine, &mut found);
        self.revision = revision;
        self.conflicts
            .retain(|old| !found.iter().any(|new| new.path == old.path));
        self.conflicts.extend(found.iter().cloned());
        found
    }

    /// Removing a moment removes its accounts too. When the removal is in question (one window
    /// removed the moment, the other changed it), so is the removal of each of its accounts:
    /// each becomes a conflict of its own, or keeping the changed moment would bring it back
    /// without the accounts that went with the removal.
    fn question_accounts_of_questioned_moments(
        &mut self,
        stored_review: &mut Value,
        prefer: Side,
        mine: &Review,
        found: &mut Vec<Conflict>,
    ) {
        let questioned = |removed_here: bool| -> Vec<String> {
            found
                .iter()
                .filter_map(|c| match c.path.as_slice() {
                    [Seg::Key(list), Seg::Id(id)]
                        if list == "moments" && c.mine.is_none() == removed_here =>
                    {
                        Some(id.clone())
                    }
                    _ => None,
                })
                .collect()
        };
        let (removed_here, removed_there) = (questioned(true), questioned(false));
        let mut asked = Vec::new();
        // Removed here: this window's journal holds each account's removal.
        for (unit, entry) in &mut self.entries {
            if !matches!(unit, Unit::Account(_)) || entry.now != "null" {
                continue;
            }
            // After the merge the base is what the other window has.
            let Some(theirs) = parse_unit(&entry.base) else {
                continue;
            };
            let of_moment = theirs.get("moment").and_then(Value::as_str);
            if !of_moment.is_some_and(|m| removed_here.iter().any(|q| q == m)) {
                continue;
            }
            if prefer == Side::Theirs {
                entry.now = entry.base.clone();
                unit.put(stored_review, Some(theirs.clone()));
            }
            asked.push((unit.path(), None, Some(theirs)));
        }
        // Removed there: this window still has the accounts, untouched, so not in its journal.
        for account in &mine.accounts {
            if !removed_there.iter().any(|q| q == account.moment.as_str()) {
                continue;
            }
            let unit = Unit::Account(account.id.clone());
            if unit.value_in(stored_review).is_some() {
                continue;
            }
            let text = unit.text_in(mine);
            let value: Option<Value> = serde_json::from_str(&text).ok();
            if prefer == Side::Mine {
                unit.put(stored_review, value.clone());
                self.record(unit.clone(), None, text);
            }
            asked.push((unit.path(), value, None));
        }
        for (path, mine, theirs) in asked {
            if found.iter().any(|c| c.path == path) {
                continue;
            }
            found.push(Conflict {
                path,
                base: mine.clone().or_else(|| theirs.clone()),
                mine,
                theirs,
            });
        }
    }

    /// Takes in an older journal of this window whose save was overwritten: its bases are the
    /// older ones, and its units this journal does not hold are still as it says.
    pub fn absorb_older(&mut self, older: Journal) {
        for (unit, entry) in older.entries {
            match self.entry_mut(&unit) {
                Some(mine) => mine.base = entry.base,
                None => self.entries.push((unit, entry)),
            }
        }
        for conflict in older.conflicts {
            if !self.conflicts.iter().any(|c| c.path == conflict.path) {
                self.conflicts.push(conflict);
            }
        }
    }

    /// A person chose for the conflict at `path`: it is no longer asked.
    pub fn decided(&mut self, path: &[Seg]) {
        self.conflicts.retain(|c| c.path != path);
    }
}

/// The meeting's place (where the walk is, the phase, the question asked, what the shared
/// screen shows, the clock) is where the console was last moved, not anyone's words. Two
/// consoles that moved it differently are not asked which to keep: the one that moved it last
/// wins, and the moments each walked through stay walked (a set, merged without asking).
/// Asking split the meeting: one console waited for a choice while the room followed the other.
fn follow_the_later_move(merged: &mut merge::Merged, later: Side) {
    let is_session =
        |c: &Conflict| matches!(c.path.first(), Some(Seg::Key(key)) if key == "session");
    for conflict in merged.conflicts.iter().filter(|c| is_session(c)) {
        let value = match later {
            Side::Mine => conflict.mine.clone(),
            Side::Theirs => conflict.theirs.clone(),
        };
        if let Some(document) = merged.value.as_mut() {
            merge::set_at(document, &conflict.path, value);
        }
    }
    merged.conflicts.retain(|c| !is_session(c));
}

/// When the stored review was saved (milliseconds; 0 when it does not say).
fn saved_at(stored_review: &Value) -> i64 {
    stored_review
        .get("updated_at")
        .and_then(Value::as_str)
        .and_then(crate::model::Instant::parse_rfc3339)
        .map_or(0, |at| at.millis())
}

fn text_of(value: &Option<Value>) -> String {
    value
        .as_ref()
        .map_or_else(|| "null".into(), Value::to_string)
}

fn conflict_value(conflict: &Conflict) -> Value {
    let path = conflict
        .path
        .iter()
        .map(|seg| match seg {
            Seg::Key(key) => Value::from(key.as_str()),
            Seg::Id(id) => {
                let mut by_id = Map::new();
                by_id.insert("id".into(), Value::from(id.as_str()));
                Value::Object(by_id)
            }
        })
        .collect();
    let mut out = Map::new();
    out.insert("path".into(), Value::Array(path));
    for (key, side) in [
        ("base", &conflict.base),
        ("mine", &conflict.mine),
        ("theirs", &conflict.theirs),
    ] {
        if let Some(value) = side {
            out.insert(key.into(), value.clone());
        }
    }
    Value::Object(out)
}

fn conflict_of(value: &Value) -> Option<Conflict> {
    let path = value
        .get("path")?
        .as_array()?
        .iter()
        .map(|seg| match seg {
            Value::String(key) => Some(Seg::Key(key.clone())),
            other => Some(Seg::Id(other.get("id")?.as_str()?.to_string())),
        })
        .collect::<Option<_>>()?;
    Some(Conflict {
        path,
        base: value.get("base").cloned(),
        mine: value.get("mine").cloned(),
        theirs: value.get("theirs").cloned(),
    })
}

fn parse_unit(text: &str) -> Option<Value> {
    serde_json::from_str(text)
        .ok()
        .filter(|v: &Value| !v.is_null())
}

/// A conflict in words: what it is about, for the person deciding.
pub fn describe(conflict: &Conflict, review: &Review) -> String {
    let field = |rest: &[Seg]| {
        rest.iter()
            .filter_map(|seg| match seg {
                Seg::Key(key) => Some(field_label(key)),
                Seg::Id(_) => None,
            })
            .collect::<Vec<_>>()
            .join(" › ")
    };
    // A record removed in this window is described from the other window's copy.
    let record = conflict.theirs.as_ref().or(conflict.mine.as_ref());
    let text_of = |key: &str| record.and_then(|r| r.get(key)).and_then(Value::as_str);
    let moment_words = |id: &str| {
        review
            .moments
            .iter()
            .find(|m| m.id.as_str() == id)
            .map(|m| quote(&m.description))
            .or_else(|| {
                let same = text_of("id") == Some(id);
                same.then(|| text_of("description").map(quote)).flatten()
            })
            .unwrap_or_else(|| removed_where(conflict, "a moment"))
    };
    let with = |what: String, rest: &[Seg]| {
        let field = field(rest);
        if field.is_empty() {
            what
        } else {
            format!("{what}: {field}")
        }
    };
    match conflict.path.as_slice() {
        [Seg::Key(list), Seg::Id(id), rest @ ..] if list == "moments" => {
            with(format!("The moment {}", moment_words(id)), rest)
        }
        [Seg::Key(list), Seg::Id(id), rest @ ..] if list == "accounts" => {
            let account = review.accounts.iter().find(|a| a.id.as_str() == id);
            let person = account
                .map(|a| a.person.as_str())
                .or_else(|| text_of("person"));
            let who = person
                .and_then(|p| review.people.iter().find(|x| x.id.as_str() == p))
                .map(|p| p.display_name())
                .unwrap_or_else(|| "Someone".into());
            let moment = account
                .map(|a| a.moment.as_str())
                .or_else(|| text_of("moment"))
                .map(moment_words)
                .unwrap_or_else(|| "a moment".into());
            with(format!("{who}\u{2019}s account of {moment}"), rest)
        }
        [Seg::Key(list), Seg::Id(id), rest @ ..] if list == "people" => {
            // Which person: "People › Name" alone did not say.
            let who = review
                .people
                .iter()
                .find(|p| p.id.as_str() == id)
                .map(|p| p.display_name())
                .or_else(|| text_of("name").map(str::to_string))
                .unwrap_or_else(|| "Someone".into());
            with(format!("{who} in People"), rest)
        }
        path => {
            let field = field(path);
            if field.is_empty() {
                "The review".into()
            } else {
                field
            }
        }
    }
}

fn field_label(key: &str) -> String {
    let words = key.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

fn quote(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    let short: String = line.chars().take(50).collect();
    let more = if line.chars().count() > 50 { "…" } else { "" };
    if short.is_empty() {
        "(no description)".into()
    } else {
        format!("\u{201c}{short}{more}\u{201d}")
    }
}

/// "a moment removed in this window" or "... in the other window": the side that no longer
/// has the conflict's record removed it (an account goes with its moment).
fn removed_where(conflict: &Conflict, what: &str) -> String {
    match (&conflict.mine, &conflict.theirs) {
        (None, _) => format!("{what} removed in this window"),
        (_, None) => format!("{what} removed in the other window"),
        _ => format!("{what} since removed"),
    }
}

/// One side of a conflict as text to show: the text itself, a record's description, or a
/// record's filled-in fields one to a line, each under the name the screens give it. Stored
/// keys are shown by their names ("found_afterwards" as "Found afterwards").
pub fn shown(conflict: &Conflict, value: &Option<Value>) -> String {
    match value {
        None | Some(Value::Null) => "(removed)".into(),
        Some(Value::String(text)) if text.is_empty() => "(empty)".into(),
        Some(Value::String(text)) => match conflict.path.split_last() {
            Some((Seg::Key(key), record)) => named(record, key, text).unwrap_or(text).to_string(),
            _ => text.clone(),
        },
        Some(Value::Object(record)) => match record.get("description").and_then(Value::as_str) {
            Some(text) => text.to_string(),
            None => {
                let lines: Vec<String> = record
                    .iter()
                    // Ids say nothing to a person; the conflict's heading names the record.
                    .filter(|(key, _)| !matches!(key.as_str(), "id" | "moment" | "person"))
                    .filter(|(_, value)| !matches!(value, Value::String(t) if t.trim().is_empty()))
                    .map(|(key, value)| {
                        let label = match crate::model::AccountField::from_key(key) {
                            Some(field) => crate::method::questions::family_name(field).into(),
                            None => field_label(key),
                        };
                        let text = match value {
                            Value::String(text) => {
                                named(&conflict.path, key, text).unwrap_or(text).to_string()
                            }
                            other => other.to_string(),
                        };
                        format!("{label}: {text}")
                    })
                    .collect();
                if lines.is_empty() {
                    "(empty)".into()
                } else {
                    lines.join("\n")
                }
            }
        },
        Some(other) => other.to_string(),
    }
}

/// The name the screens give `text`, stored as a key in field `key` of the record at `record`
/// (a path), when the field holds one of the stored keys.
fn named(record: &[Seg], key: &str, text: &str) -> Option<&'static str> {
    use crate::model::{
        AccountSource, EvidenceKind, InterviewStatus, MomentKind, NoteKind, OpportunityKind,
        OpportunityStatus, Phase, Precision, ReviewStatus, Seen, SuggestionKind,
    };
    let within = |list: &str| record.iter().any(|s| matches!(s, Seg::Key(k) if k == list));
    Some(match key {
        "seen" => Seen::from_key(text)?.label(),
        "precision" => Precision::from_key(text)?.label(),
        "phase" => Phase::from_key(text)?.label(),
        "source" if within("accounts") => AccountSource::from_key(text)?.label(),
        "kind" if within("evidence") => EvidenceKind::from_key(text)?.label(),
        "kind" if within("moments") => MomentKind::from_key(text)?.label(),
        "kind" if within("notes") => NoteKind::from_key(text)?.label(),
        "kind" if within("suggestions") => SuggestionKind::from_key(text)?.label(),
        "kind" if within("opportunities") => OpportunityKind::from_key(text)?.label(),
        "status" if within("interview") => InterviewStatus::from_key(text)?.label(),
        "status" if within("opportunities") => OpportunityStatus::from_key(text)?.label(),
        "status" if record.is_empty() => ReviewStatus::from_key(text)?.label(),
        _ => return None,
    })
}
