//! Reads the review document from parsed JSON, field by field.
//!
//! Hand-written instead of derived: every wrong value is reported with its path
//! ("review.moments[3].at: expected a date-time ..."), missing fields take their defaults (files
//! written by hand or by older builds stay readable), and the wasm carries one small reader per
//! record type instead of serde's generated visitors (about 100 KB less).

use super::json::Json;
use serde_json::Value;
use std::cell::RefCell;
use tunnel_model::carried::{Carried, CarriedField, Step};
use tunnel_model::time::Instant;
use tunnel_model::*;

/// A value of the wrong shape, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrong {
    pub path: String,
    pub detail: String,
}

type Read<T> = Result<T, Wrong>;

/// A wrong value that a lenient read (`leniently`) left out: where it was and why, and the
/// value as it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOut {
    pub wrong: Wrong,
    pub value: Value,
}

thread_local! {
    /// What the lenient read under way has left out; `None` when no lenient read is under way,
    /// and a wrong value then fails the read.
    static LEFT_OUT: RefCell<Option<Vec<LeftOut>>> = const { RefCell::new(None) };
}

/// Runs `read` leniently: a wrong value of a field is read as the field's default, and an item
/// of a list that is not one at all is left out, instead of failing the read. Returns what was
/// left out, in the order found. A strict read costs nothing more for it: the leniency is
/// looked up only where a value is wrong.
pub fn leniently<T>(read: impl FnOnce() -> T) -> (T, Vec<LeftOut>) {
    let outer = LEFT_OUT.with(|l| l.replace(Some(Vec::new())));
    let result = read();
    let left = LEFT_OUT.with(|l| l.replace(outer)).unwrap_or_default();
    (result, left)
}

/// In a lenient read, keeps `wrong` with the value found and answers `true`: the caller reads
/// on without it. Outside one, `false`.
fn left_out(wrong: &Wrong, found: Option<&Json>) -> bool {
    LEFT_OUT.with(|l| match l.borrow_mut().as_mut() {
        Some(list) => {
            list.push(LeftOut {
                wrong: wrong.clone(),
                value: found.map_or(Value::Null, Json::to_value),
            });
            true
        }
        None => false,
    })
}

/// What was read, or in a lenient read the default in place of a wrong value.
fn or_default<T: Default>(read: Read<T>, found: Option<&Json>) -> Read<T> {
    match read {
        Err(wrong) if left_out(&wrong, found) => Ok(T::default()),
        read => read,
    }
}

/// Where a value is in the document ("review.moments[3].at"). Kept as links to its parent and
/// written out only for an error: a large review has 12,000 records, and writing each one's
/// path was a sixth of the time to read it.
#[derive(Debug, Clone, Copy)]
pub enum Path<'p> {
    /// The document or a part read alone ("review"); "" is the top level.
    Root(&'p str),
    Key(&'p Path<'p>, &'p str),
    Item(&'p Path<'p>, usize),
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Root(name) => f.write_str(name),
            Path::Key(Path::Root(""), key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Item(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

impl<'p> From<&'p str> for Path<'p> {
    fn from(name: &'p str) -> Self {
        Path::Root(name)
    }
}

/// One JSON object being read, and its path in the document.
pub struct Fields<'a, 'p> {
    map: Option<&'a [(&'a str, Json<'a>)]>,
    path: Path<'p>,
}

impl<'a, 'p> Fields<'a, 'p> {
    /// Starts reading `value` as an object; `null` reads as an empty object.
    pub fn of(value: &'a Json<'a>, path: impl Into<Path<'p>>) -> Read<Self> {
        let path = path.into();
        match value {
            Json::Object(fields) => Ok(Fields {
                map: Some(*fields),
                path,
            }),
            Json::Null => Ok(Fields { map: None, path }),
            other => Err(wrong(path, "an object", other)),
        }
    }

    fn path_of<'k>(&'k self, key: &'k str) -> Path<'k> {
        Path::Key(&self.path, key)
    }

    /// The value under `key`; absent and `null` are both `None`.
    fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        // The last of a key written twice, as serde_json keeps it.
        let (_, value) = self.map?.iter().rev().find(|(k, _)| *k == key)?;
        Some(value).filter(|v| !v.is_null())
    }

    pub fn text(&self, key: &str) -> Read<String> {
        self.text_of(key, self.get(key))
    }

    /// `text` of a value already found under `key` (`None` when absent or null).
    fn text_of(&self, key: &str, value: Option<&Json>) -> Read<String> {
        match value {
            None => Ok(String::new()),
            Some(Json::Str(s)) => Ok(s.to_string()),
            Some(other) => or_default(Err(wrong(self.path_of(key), "text", other)), value),
        }
    }

    pub fn opt_text(&self, key: &str) -> Read<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(Json::Str(s)) => Ok(Some(s.to_string())),
            Some(other) => or_default(Err(wrong(self.path_of(key), "text", other)), Some(other)),
        }
    }

    pub fn flag(&self, key: &str) -> Read<bool> {
        match self.get(key) {
            None => Ok(false),
            Some(Json::Bool(b)) => Ok(*b),
            Some(other) => or_default(
                Err(wrong(self.path_of(key), "true or false", other)),
                Some(other),
            ),
        }
    }

    pub fn opt_count(&self, key: &str) -> Read<Option<u32>> {
        match self.get(key) {
            None => Ok(None),
            Some(value) => or_default(
                value
                    .as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .map(Some)
                    .ok_or_else(|| wrong(self.path_of(key), "a whole number", value)),
                Some(value),
            ),
        }
    }

    pub fn count(&self, key: &str) -> Read<u32> {
        Ok(self.opt_count(key)?.unwrap_or(0))
    }

    pub fn id(&self, key: &str) -> Read<Id> {
        self.text(key).map(Id)
    }

    pub fn opt_id(&self, key: &str) -> Read<Option<Id>> {
        Ok(self.opt_text(key)?.map(Id))
    }

    pub fn ids(&self, key: &str) -> Read<Vec<Id>> {
        self.list(key, |value, path| match value {
            Json::Str(s) => Ok(Id(s.to_string())),
            other => Err(wrong(path, "an id (text)", other)),
        })
    }

    pub fn texts(&self, key: &str) -> Read<Vec<String>> {
        self.texts_of(key, self.get(key))
    }

    fn texts_of(&self, key: &str, value: Option<&Json>) -> Read<Vec<String>> {
        self.list_of(key, value, |value, path| match value {
            Json::Str(s) => Ok(s.to_string()),
            other => Err(wrong(path, "text", other)),
        })
    }

    pub fn opt_instant(&self, key: &str) -> Read<Option<Instant>> {
        let value = self.get(key);
        let read = match value {
            None => Ok(None),
            Some(Json::Str(s)) => Instant::parse_rfc3339(s).map(Some).ok_or_else(|| Wrong {
                path: self.path_of(key).to_string(),
                detail: format!(
                    "expected a date-time like 2026-03-14T09:26:53Z, found {}",
                    quote(s)
                ),
            }),
            Some(other) => Err(wrong(self.path_of(key), "a date-time (text)", other)),
        };
        or_default(read, value)
    }

    pub fn instant(&self, key: &str) -> Read<Instant> {
        Ok(self.opt_instant(key)?.unwrap_or_default())
    }

    /// A keyed enum; absent means its default.
    pub fn choice<T: Default>(
        &self,
        key: &str,
        from_key: fn(&str) -> Option<T>,
        keys: fn() -> String,
    ) -> Read<T> {
        self.choice_of(key, self.get(key), from_key, keys)
    }

    fn choice_of<T: Default>(
        &self,
        key: &str,
        value: Option<&Json>,
        from_key: fn(&str) -> Option<T>,
        keys: fn() -> String,
    ) -> Read<T> {
        let read = match value {
            None => Ok(T::default()),
            Some(Json::Str(s)) => from_key(s).ok_or_else(|| Wrong {
                path: self.path_of(key).to_string(),
                detail: format!("expected one of {}, found {}", keys(), quote(s)),
            }),
            Some(other) => Err(wrong(self.path_of(key), "text", other)),
        };
        or_default(read, value)
    }

    pub fn list<T>(&self, key: &str, read: fn(&Json, Path) -> Read<T>) -> Read<Vec<T>> {
        self.list_of(key, self.get(key), read)
    }

    fn list_of<T>(
        &self,
        key: &str,
        value: Option<&Json>,
        read: fn(&Json, Path) -> Read<T>,
    ) -> Read<Vec<T>> {
        let path = self.path_of(key);
        match value {
            None => Ok(Vec::new()),
            Some(Json::Array(items)) => {
                // Sized at once: collecting results grows the list by doubling, copying
                // 10,000 accounts of 400 bytes over and over.
                let mut list = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    match read(item, Path::Item(&path, i)) {
                        Ok(item) => list.push(item),
                        // Read leniently, only an item that is not one at all fails: it is
                        // left out, and the list read on.
                        Err(wrong) if left_out(&wrong, Some(item)) => {}
                        Err(wrong) => return Err(wrong),
                    }
                }
                Ok(list)
            }
            Some(other) => or_default(Err(wrong(path, "a list", other)), Some(other)),
        }
    }

    pub fn record<T: Default>(&self, key: &str, read: fn(&Json, Path) -> Read<T>) -> Read<T> {
        let value = self.get(key);
        or_default(read(value.unwrap_or(&Json::Null), self.path_of(key)), value)
    }
}

fn wrong(path: Path, expected: &str, found: &Json) -> Wrong {
    let found = match found {
        Json::Null => "nothing (null)".to_string(),
        Json::Bool(b) => format!("{b}"),
        // In serde_json's spelling ("1e2" is "100.0"), as before numbers were read here.
        Json::Number(n) => match serde_json::from_str::<serde_json::Number>(n) {
            Ok(n) => format!("the number {n}"),
            Err(_) => format!("the number {n}"),
        },
        Json::Parsed(n) => format!("the number {n}"),
        Json::Str(s) => format!("the text {}", quote(s)),
        Json::Array(_) => "a list".to_string(),
        Json::Object(_) => "an object".to_string(),
    };
    Wrong {
        path: match path {
            Path::Root("") => "the top level".into(),
            _ => path.to_string(),
        },
        detail: format!("expected {expected}, found {found}"),
    }
}

/// `"text"`, shortened to 40 characters.
fn quote(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    let ellipsis = if text.chars().count() > 40 { "…" } else { "" };
    format!("\u{201c}{short}{ellipsis}\u{201d}")
}

pub fn review(value: &Json, path: Path) -> Read<Review> {
    let f = Fields::of(value, path)?;
    Ok(Review {
        id: f.id("id")?,
        title: f.text("title")?,
        status: f.choice("status", ReviewStatus::from_key, ReviewStatus::keys_list)?,
        incident_start: f.opt_instant("incident_start")?,
        incident_end: f.opt_instant("incident_end")?,
        time_zone: f.text("time_zone")?,
        summary: f.text("summary")?,
        impact: f.text("impact")?,
        created_at: f.instant("created_at")?,
        updated_at: f.instant("updated_at")?,
        people: f.list("people", person)?,
        moments: f.list("moments", moment)?,
        accounts: f.list("accounts", account)?,
        notes: f.list("notes", note)?,
        parking_lot: f.list("parking_lot", parked_idea)?,
        questions: f.list("questions", queued_question)?,
        suggestions: f.list("suggestions", suggestion)?,
        merged: f.texts("merged")?,
        synthesis: f.record("synthesis", synthesis)?,
        opportunities: f.list("opportunities", opportunity)?,
        session: f.record("session", session)?,
        pulse: f.record("pulse", pulse)?,
        language: f.record("language", language)?,
        carried: f.record("carried", carried)?,
    })
}

fn person(value: &Json, path: Path) -> Read<Person> {
    let f = Fields::of(value, path)?;
    Ok(Person {
        id: f.id("id")?,
        name: f.text("name")?,
        role: Role::parse(&f.text("role")?),
        team: f.text("team")?,
        present: f.flag("present")?,
        joined: f.opt_instant("joined")?,
        left: f.opt_instant("left")?,
        handles: f.texts("handles")?,
        interview: f.record("interview", interview)?,
    })
}

fn interview(value: &Json, path: Path) -> Read<Interview> {
    let f = Fields::of(value, path)?;
    Ok(Interview {
        status: f.choice(
            "status",
            InterviewStatus::from_key,
            InterviewStatus::keys_list,
        )?,
        why: f.text("why")?,
        order: f.opt_count("order")?,
        date: f.text("date")?,
        consent: f.flag("consent")?,
    })
}

fn moment(value: &Json, path: Path) -> Read<Moment> {
    let f = Fields::of(value, path)?;
    Ok(Moment {
        id: f.id("id")?,
        at: f.instant("at")?,
        precision: f.choice("precision", Precision::from_key, Precision::keys_list)?,
        kind: f.choice("kind", MomentKind::from_key, MomentKind::keys_list)?,
        description: f.text("description")?,
        people: f.ids("people")?,
        evidence: f.list("evidence", evidence)?,
        pivot: f.flag("pivot")?,
        source: f.text("source")?,
    })
}

pub fn evidence(value: &Json, path: Path) -> Read<Evidence> {
    let f = Fields::of(value, path)?;
    Ok(Evidence {
        id: f.id("id")?,
        kind: f.choice("kind", EvidenceKind::from_key, EvidenceKind::keys_list)?,
        text: f.text("text")?,
        url: f.text("url")?,
        seen: f.choice("seen", Seen::from_key, Seen::keys_list)?,
    })
}

/// Accounts are most of a large review (10,000 of them at the design budget, each with 14 answer
/// fields mostly absent): read by walking the keys present once, not by looking up every field.
fn account(value: &Json, path: Path) -> Read<Account> {
    let f = Fields::of(value, path)?;
    let mut account = Account::default();
    // Walked from the end, each key read once where it stands: the last of a key written twice
    // counts, as in serde_json, and a key written a million times is read once.
    let mut read: u32 = 0;
    for (key, value) in f.map.into_iter().flatten().rev() {
        let key = *key;
        let (slot, field) = match key {
            "id" => (0, None),
            "moment" => (1, None),
            "person" => (2, None),
            "source" => (3, None),
            "off_record" => (4, None),
            _ => match AccountField::from_key(key) {
                Some(field) => (5 + field as u32, Some(field)),
                None => continue,
            },
        };
        if read & (1 << slot) != 0 {
            continue;
        }
        read |= 1 << slot;
        let value = Some(value).filter(|v| !v.is_null());
        match (slot, field) {
            (0, _) => account.id = Id(f.text_of(key, value)?),
            (1, _) => account.moment = Id(f.text_of(key, value)?),
            (2, _) => account.person = Id(f.text_of(key, value)?),
            (3, _) => {
                account.source = f.choice_of(
                    key,
                    value,
                    AccountSource::from_key,
                    AccountSource::keys_list,
                )?
            }
            (4, _) => {
                for (i, name) in f.texts_of(key, value)?.iter().enumerate() {
                    if let Some(field) = AccountField::from_key(name) {
                        account.set_off_record(field, true);
                        continue;
                    }
                    let wrong = Wrong {
                        path: format!("{}.off_record[{i}]", f.path),
                        detail: format!(
                            "expected the name of an answer field, found {}",
                            quote(name)
                        ),
                    };
                    if !left_out(&wrong, Some(&Json::Str(name))) {
                        return Err(wrong);
                    }
                }
            }
            (_, Some(field)) => *account.field_mut(field) = f.text_of(key, value)?,
            (_, None) => {}
        }
    }
    Ok(account)
}

fn note(value: &Json, path: Path) -> Read<Note> {
    let f = Fields::of(value, path)?;
    Ok(Note {
        id: f.id("id")?,
        moment: f.opt_id("moment")?,
        kind: f.choice("kind", NoteKind::from_key, NoteKind::keys_list)?,
        text: f.text("text")?,
        resolved: f.flag("resolved")?,
    })
}

fn parked_idea(value: &Json, path: Path) -> Read<ParkedIdea> {
    let f = Fields::of(value, path)?;
    Ok(ParkedIdea {
        id: f.id("id")?,
        text: f.text("text")?,
        moment: f.opt_id("moment")?,
        created_at: f.instant("created_at")?,
    })
}

fn queued_question(value: &Json, path: Path) -> Read<QueuedQuestion> {
    let f = Fields::of(value, path)?;
    Ok(QueuedQuestion {
        id: f.id("id")?,
        person: f.id("person")?,
        text: f.text("text")?,
        asked: f.flag("asked")?,
    })
}

fn suggestion(value: &Json, path: Path) -> Read<Suggestion> {
    let f = Fields::of(value, path)?;
    Ok(Suggestion {
        id: f.id("id")?,
        person: f.id("person")?,
        kind: f.choice("kind", SuggestionKind::from_key, SuggestionKind::keys_list)?,
        moment: f.opt_id("moment")?,
        when: f.text("when")?,
        text: f.text("text")?,
        settled: f.flag("settled")?,
    })
}

fn synthesis(value: &Json, path: Path) -> Read<Synthesis> {
    let f = Fields::of(value, path)?;
    Ok(Synthesis {
        surprises: f.list("surprises", finding)?,
        themes: f.list("themes", finding)?,
        conditions: f.list("conditions", finding)?,
        helped: f.list("helped", finding)?,
        risks: f.list("risks", finding)?,
        process: f.list("process", finding)?,
    })
}

fn finding(value: &Json, path: Path) -> Read<Finding> {
    let f = Fields::of(value, path)?;
    Ok(Finding {
        id: f.id("id")?,
        text: f.text("text")?,
        tag: f.text("tag")?,
        citations: f.list("citations", citation)?,
    })
}

fn citation(value: &Json, path: Path) -> Read<Citation> {
    let f = Fields::of(value, path)?;
    Ok(Citation {
        moment: f.id("moment")?,
        account: f.opt_id("account")?,
    })
}

fn opportunity(value: &Json, path: Path) -> Read<Opportunity> {
    let f = Fields::of(value, path)?;
    Ok(Opportunity {
        id: f.id("id")?,
        title: f.text("title")?,
        description: f.text("description")?,
        owner: f.text("owner")?,
        kind: f.choice(
            "kind",
            OpportunityKind::from_key,
            OpportunityKind::keys_list,
        )?,
        due: f.opt_text("due")?,
        status: f.choice(
            "status",
            OpportunityStatus::from_key,
            OpportunityStatus::keys_list,
        )?,
        decline_reason: f.text("decline_reason")?,
        parked: f.opt_id("parked")?,
    })
}

fn session(value: &Json, path: Path) -> Read<Session> {
    let f = Fields::of(value, path)?;
    Ok(Session {
        phase: f.choice("phase", Phase::from_key, Phase::keys_list)?,
        current: f.opt_id("current")?,
        walked: f.ids("walked")?,
        started_at: f.opt_instant("started_at")?,
        time_box_minutes: f.count("time_box_minutes")?,
        prompt: f.text("prompt")?,
        show_accounts: f.flag("show_accounts")?,
        show_rules: f.flag("show_rules")?,
        show_parking_lot: f.flag("show_parking_lot")?,
        clock_seconds: f.count("clock_seconds")?,
        clock_since: f.opt_instant("clock_since")?,
        phase_from_seconds: f.count("phase_from_seconds")?,
        phase_spent: f.list("phase_spent", phase_time)?,
        show_clock: f.flag("show_clock")?,
    })
}

fn phase_time(value: &Json, path: Path) -> Read<PhaseTime> {
    let f = Fields::of(value, path)?;
    Ok(PhaseTime {
        phase: f.choice("phase", Phase::from_key, Phase::keys_list)?,
        seconds: f.count("seconds")?,
    })
}

fn pulse(value: &Json, path: Path) -> Read<Pulse> {
    let f = Fields::of(value, path)?;
    Ok(Pulse {
        attendees: f.opt_count("attendees")?,
        learned: f.opt_count("learned")?,
        would_return: f.opt_count("would_return")?,
    })
}

fn language(value: &Json, path: Path) -> Read<LanguageLog> {
    let f = Fields::of(value, path)?;
    Ok(LanguageLog {
        dismissed: f.list("dismissed", dismissal)?,
        not_blame: f.texts("not_blame")?,
        watch: f.texts("watch")?,
    })
}

fn dismissal(value: &Json, path: Path) -> Read<Dismissal> {
    let f = Fields::of(value, path)?;
    Ok(Dismissal {
        field: f.text("field")?,
        phrase: f.text("phrase")?,
        occurrence: f.count("occurrence")?,
        sentence: f.text("sentence")?,
    })
}

/// Carried fields are this version's own bookkeeping: anything malformed is simply dropped.
fn carried(value: &Json, _path: Path) -> Read<Carried> {
    let minor = value["minor"].as_u64().unwrap_or(0) as u32;
    let fields = value["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|field| {
            let path = field["path"]
                .as_array()?
                .iter()
                .map(carried_step)
                .collect::<Option<_>>()?;
            Some(CarriedField {
                path,
                value: field["value"].to_value(),
            })
        })
        .collect();
    Ok(Carried { minor, fields })
}

fn carried_step(step: &Json) -> Option<Step> {
    match step {
        Json::Str(key) => Some(Step::Key(key.to_string())),
        Json::Number(_) | Json::Parsed(_) => Some(Step::Index(step.as_u64()? as usize)),
        Json::Object(_) => Some(Step::Id {
            id: step.get("id")?.as_str()?.to_string(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read(value: &serde_json::Value) -> Read<Review> {
        crate::json::read_value(value, |json| review(json, Path::Root("review")))
    }

    #[test]
    fn missing_fields_take_defaults() {
        let review = read(&json!({"id": "r1"})).unwrap();
        assert_eq!(review.id, Id::from("r1"));
        assert_eq!(review.status, ReviewStatus::Preparing);
        assert!(review.moments.is_empty());
    }

    #[test]
    fn wrong_values_say_where_and_what() {
        let cases = [
            (json!({"title": 5}), "review.title", "expected text, found the number 5"),
            (
                json!({"moments": [{}, {"at": "soon"}]}),
                "review.moments[1].at",
                "expected a date-time like 2026-03-14T09:26:53Z, found \u{201c}soon\u{201d}",
            ),
            (
                json!({"moments": [{"precision": "roughly"}]}),
                "review.moments[0].precision",
                "expected one of \"exact\", \"approximate\", \"order_only\", found \u{201c}roughly\u{201d}",
            ),
            (json!({"people": {}}), "review.people", "expected a list, found an object"),
            (json!({"pulse": {"learned": -3}}), "review.pulse.learned", "expected a whole number, found the number -3"),
            (json!({"moments": [{"people": [1]}]}), "review.moments[0].people[0]", "expected an id (text), found the number 1"),
            (json!([]), "review", "expected an object, found a list"),
        ];
        for (value, path, detail) in cases {
            let error = read(&value).unwrap_err();
            assert_eq!(error.path, path);
            assert_eq!(error.detail, detail);
        }
    }

    #[test]
    fn a_lenient_read_takes_defaults_for_wrong_values_and_says_what_it_left_out() {
        let value = json!({
            "title": 5,
            "moments": [
                {"id": "m1", "at": "soon", "kind": "Alert", "description": "kept", "people": ["p1", 7]},
                "not a moment",
                {"id": "m3", "pivot": "yes", "evidence": {"text": "a map, not a list"}},
            ],
            "accounts": [{"id": "a1", "saw": ["a", "list"], "off_record": ["saw", "mood"]}],
            "pulse": {"learned": -3},
            "synthesis": 12,
        });
        // Strictly, the first wrong value fails the read.
        assert_eq!(read(&value).unwrap_err().path, "review.title");
        let (review, left) = leniently(|| read(&value));
        let review = review.unwrap();
        let paths: Vec<&str> = left.iter().map(|l| l.wrong.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "review.title",
                "review.moments[0].at",
                "review.moments[0].kind",
                "review.moments[0].people[1]",
                "review.moments[1]",
                "review.moments[2].evidence",
                "review.moments[2].pivot",
                "review.accounts[0].off_record[1]",
                "review.accounts[0].saw",
                "review.synthesis",
                "review.pulse.learned",
            ]
        );
        // Each keeps the value as written, whole.
        assert_eq!(left[1].value, json!("soon"));
        assert_eq!(left[4].value, json!("not a moment"));
        assert_eq!(left[5].value, json!({"text": "a map, not a list"}));
        assert!(left[2].wrong.detail.contains("found \u{201c}Alert\u{201d}"));
        // What was right is read as it was; what was wrong is its default.
        assert_eq!(review.title, "");
        assert_eq!(review.moments.len(), 2);
        assert_eq!(review.moments[0].description, "kept");
        assert_eq!(review.moments[0].people, [Id::from("p1")]);
        assert_eq!(review.moments[0].kind, MomentKind::default());
        assert_eq!(review.moments[1].id, Id::from("m3"));
        assert!(!review.moments[1].pivot);
        assert!(review.accounts[0].is_off_record(AccountField::Saw));
        assert_eq!(review.pulse.learned, None);
        // A lenient read leaves later reads strict.
        assert!(read(&value).is_err());
    }

    #[test]
    fn a_key_written_twice_is_read_once_with_its_last_value() {
        // As serde_json keeps it: an earlier value of the wrong kind is no error. Read once: a
        // look-up per repeat, each passing the 50,000 keys after it, would take seconds.
        let doc = json!({"accounts": [{"id": "a"}]}).to_string().replace(
            r#""id":"a""#,
            &format!(
                r#""id":"a",{}"saw":5,"saw":"last",{}"z":0"#,
                r#""saw":"x","#.repeat(50_000),
                r#""unknown":0,"#.repeat(50_000)
            ),
        );
        let arena = crate::json::arena_for(&doc);
        let parsed = crate::json::parse(&doc, &arena).unwrap();
        let review = review(&parsed, "review".into()).unwrap();
        assert_eq!(review.accounts[0].saw, "last");
    }

    #[test]
    fn reads_back_what_is_written() {
        let mut original = Review::new(Id::from("r"), "t", "Europe/Paris", Instant::default());
        original.moments.push(Moment {
            id: Id::from("m"),
            at: Instant::from_millis(1_000).unwrap(),
            precision: Precision::OrderOnly,
            kind: MomentKind::Handoff,
            description: "x".into(),
            people: vec![Id::from("p")],
            evidence: vec![Evidence {
                id: Id::from("e"),
                kind: EvidenceKind::Link,
                text: "graph".into(),
                url: "https://example.com".into(),
                seen: Seen::FoundAfterwards,
            }],
            pivot: true,
            source: "typed".into(),
        });
        original.pulse.learned = Some(4);
        original.session.phase = Phase::Walk;
        let value = serde_json::to_value(&original).unwrap();
        assert_eq!(read(&value).unwrap(), original);
    }
}
