//! The review document: plain types, written to JSON with serde (read back by `io::reading`) for everything a blameless review records.
//!
//! This is the v1 file format (see `docs/envelope.schema.json`). Field names are part of the
//! format: renaming one is a schema change with a migration in `io::envelope`. Every record has a
//! stable id that is unique within its review. Fields written by a newer minor version are kept
//! in `carried` so that they survive a round trip through this version.
//!
//! A crate of its own (the app re-exports it as `tunnel::model`) only so that the reader, which
//! builds it, can be one too: see `tunnel-read`.

pub mod carried;
pub mod filter;
pub mod ids;
mod keyed;
pub mod time;

pub use ids::{Id, IdGen, IdMap, IdSet};
pub use time::Instant;

use keyed::keyed_enum;
use serde::{Serialize, Serializer};

/// One incident review: details, people, the timeline and everything learned from it.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Review {
    pub id: Id,
    pub title: String,
    pub status: ReviewStatus,
    /// When the incident started and ended, as far as anyone knows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_start: Option<Instant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_end: Option<Instant>,
    /// IANA zone in which times are shown and entered, e.g. "Europe/Paris".
    pub time_zone: String,
    pub summary: String,
    pub impact: String,
    pub created_at: Instant,
    pub updated_at: Instant,
    pub people: Vec<Person>,
    pub moments: Vec<Moment>,
    pub accounts: Vec<Account>,
    pub notes: Vec<Note>,
    pub parking_lot: Vec<ParkedIdea>,
    /// Questions the facilitator means to ask someone, brought up at that person's moments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<QueuedQuestion>,
    /// Corrections and remembered moments from responders' worksheets, waiting for the
    /// facilitator to accept or reject them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<Suggestion>,
    /// The worksheet responses merged into this review (`io::answers::Response::key`), so that
    /// merging one twice changes nothing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<String>,
    pub synthesis: Synthesis,
    pub opportunities: Vec<Opportunity>,
    pub session: Session,
    pub pulse: Pulse,
    pub language: LanguageLog,
    /// Fields from a newer minor version of the format; never shown, always written back.
    #[serde(skip_serializing_if = "carried::Carried::is_empty")]
    pub carried: carried::Carried,
}

keyed_enum! {
    /// Where the review stands.
    pub enum ReviewStatus {
        /// Collecting data and drafting the timeline.
        #[default]
        Preparing => ("preparing", "Preparing"),
        /// The review meeting is under way.
        InMeeting => ("in_meeting", "In the meeting"),
        /// The meeting happened; opportunities are being decided.
        FollowUp => ("follow_up", "Follow-up"),
        Closed => ("closed", "Closed"),
    }
}

/// Someone involved in the incident or the review.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Person {
    pub id: Id,
    pub name: String,
    /// Their role at the time of the incident (not their job title).
    pub role: Role,
    pub team: String,
    /// Whether they take part in the review meeting.
    pub present: bool,
    /// When they joined and left the response, if that matters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined: Option<Instant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub left: Option<Instant>,
    /// The names they go by in chat and e-mail ("pri", "Priya (SRE)", "praman@example.com"),
    /// so that an imported handle finds them even when it looks nothing like their name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub handles: Vec<String>,
    /// The facilitator's plan to talk with them one to one before the meeting.
    #[serde(skip_serializing_if = "Interview::is_empty")]
    pub interview: Interview,
}

/// A one-to-one interview before the meeting (method, phase 1): the people most involved, and
/// most likely to feel blamed, are heard first and alone. Its follow-up questions are the
/// person's question queue (`Review::questions`); its notes are accounts with
/// `AccountSource::Interview`.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Interview {
    pub status: InterviewStatus,
    /// Why this person: what they saw or did that the review needs to hear.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// Their place in the order of interviews, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
    /// The day, as the date field gives it ("2026-03-14").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Whether they agreed to notes being taken. Without it, no interview notes are written.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub consent: bool,
}

impl Interview {
    pub fn is_empty(&self) -> bool {
        *self == Interview::default()
    }
}

keyed_enum! {
    /// Where an interview stands.
    pub enum InterviewStatus {
        #[default]
        NotPlanned => ("not_planned", "Not planned"),
        Planned => ("planned", "Planned"),
        Done => ("done", "Done"),
        Declined => ("declined", "Declined"),
    }
}

impl Person {
    /// Their chat names as one line to edit: "pri, Priya (SRE)".
    pub fn handles_text(&self) -> String {
        self.handles.join(", ")
    }

    /// Sets their chat names from one line, split at commas, each trimmed, without blanks or
    /// repeats.
    pub fn set_handles_text(&mut self, text: &str) {
        self.handles.clear();
        for handle in text.split([',', '\n']).map(str::trim) {
            if !handle.is_empty() && !self.handles.iter().any(|h| h == handle) {
                self.handles.push(handle.to_string());
            }
        }
    }

    /// The name to show: "Unnamed person" until one is typed.
    pub fn display_name(&self) -> String {
        if self.name.trim().is_empty() {
            "Unnamed person".to_string()
        } else {
            isolated(&self.name)
        }
    }
}

/// `text`, kept from turning the text around it backwards: a name with a direction mark left
/// open (a right-to-left override pasted from a chat) reversed the names listed after it. Such
/// a text is set in an isolate, whose end closes whatever it opened; any other is as it was.
pub fn isolated(text: &str) -> String {
    let steers = text.chars().any(|c| {
        matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
    });
    if steers {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_string()
    }
}

/// A review's title as shown and written in reports: "Untitled review" when it has none, and
/// isolated like a name (`isolated`), as a title is set beside other words.
pub fn title_shown(title: &str) -> String {
    if title.trim().is_empty() {
        "Untitled review".to_string()
    } else {
        isolated(title)
    }
}

/// A role during the incident. Stored as a short key, or as the free text itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Role {
    IncidentCommander,
    #[default]
    Responder,
    Communications,
    SubjectExpert,
    Observer,
    Other(String),
}

impl Role {
    pub const KNOWN: [Role; 5] = [
        Role::IncidentCommander,
        Role::Responder,
        Role::Communications,
        Role::SubjectExpert,
        Role::Observer,
    ];

    pub fn key(&self) -> &str {
        match self {
            Role::IncidentCommander => "incident_commander",
            Role::Responder => "responder",
            Role::Communications => "communications",
            Role::SubjectExpert => "subject_expert",
            Role::Observer => "observer",
            Role::Other(text) => text,
        }
    }

    pub fn label(&self) -> &str {
        match self {
            Role::IncidentCommander => "Incident commander",
            Role::Responder => "Responder",
            Role::Communications => "Communications",
            Role::SubjectExpert => "Subject expert",
            Role::Observer => "Observer",
            Role::Other(text) => text,
        }
    }

    /// Reads a stored key or a typed label; anything else is free text.
    pub fn parse(text: &str) -> Role {
        let trimmed = text.trim();
        Self::KNOWN
            .into_iter()
            .find(|r| r.key() == trimmed || r.label().eq_ignore_ascii_case(trimmed))
            .unwrap_or_else(|| Role::Other(trimmed.to_string()))
    }
}

impl Serialize for Role {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

keyed_enum! {
    /// How much a moment's time can be trusted.
    pub enum Precision {
        #[default]
        Exact => ("exact", "Exact"),
        /// "About 10:15": the time is an estimate.
        Approximate => ("approximate", "Approximate"),
        /// Only the position in the timeline is known; the time just places it.
        OrderOnly => ("order_only", "Order only"),
    }
}

keyed_enum! {
    /// What sort of moment this was, after the method's moment kinds (see `method::kinds`).
    pub enum MomentKind {
        OrdinaryWork => ("ordinary_work", "Ordinary work"),
        Signal => ("signal", "Signal or alert"),
        #[default]
        Observation => ("observation", "Observation"),
        Hypothesis => ("hypothesis", "Hypothesis"),
        Decision => ("decision", "Decision"),
        Action => ("action", "Action"),
        Communication => ("communication", "Communication"),
        Handoff => ("handoff", "Hand-off or escalation"),
        External => ("external", "External event"),
        ImpactChange => ("impact_change", "Impact change"),
    }
}

/// One moment of the incident, as it was lived.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Moment {
    pub id: Id,
    /// When it happened; for order-only moments, a time that only places it.
    pub at: Instant,
    pub precision: Precision,
    pub kind: MomentKind,
    pub description: String,
    /// Ids of the people involved.
    pub people: Vec<Id>,
    pub evidence: Vec<Evidence>,
    /// A decision point or pivot in the response.
    pub pivot: bool,
    /// Where the moment came from ("typed", "transcript line 12", a file name...).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Moment {
    /// Takes a piece of evidence out, with its place, so that it can be put back.
    pub fn take_evidence(&mut self, id: &Id) -> Option<(usize, Evidence)> {
        let at = self.evidence.iter().position(|e| &e.id == id)?;
        Some((at, self.evidence.remove(at)))
    }

    /// Puts back evidence taken by [`Moment::take_evidence`], where it was.
    pub fn restore_evidence(&mut self, (at, evidence): (usize, Evidence)) {
        self.evidence.insert(at.min(self.evidence.len()), evidence);
    }
}

/// A piece of evidence: a link, a quote or a note.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Default)]
pub struct Evidence {
    pub id: Id,
    pub kind: EvidenceKind,
    /// The quote, the note, or a link's label.
    pub text: String,
    /// Only for links.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Whether responders could see it during the incident, or it was found afterwards.
    pub seen: Seen,
}

keyed_enum! {
    pub enum EvidenceKind {
        Link => ("link", "Link"),
        Quote => ("quote", "Quote"),
        #[default]
        Note => ("note", "Note"),
    }
}

keyed_enum! {
    /// The hindsight flag on evidence.
    pub enum Seen {
        #[default]
        DuringIncident => ("during_incident", "Seen during the incident"),
        FoundAfterwards => ("found_afterwards", "Found afterwards"),
    }
}

/// One responder's account of one moment, in their own words.
///
/// The fields follow the question families of the method (see `method::questions`). Empty
/// answers are left out of the JSON (reading gives them back as empty): most accounts answer a
/// few of the fourteen families, and writing every empty one made a stored review of 10,000
/// accounts 1.77 times the size of its content.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Account {
    pub id: Id,
    pub moment: Id,
    pub person: Id,
    /// Cues: what was in front of them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub saw: String,
    /// Sensemaking: what they believed was going on.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub believed: String,
    /// What they expected to happen next, and any surprise.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub expected: String,
    /// What they were trying to achieve and to avoid.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// Which moves were open, waiting included.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub options: String,
    /// What made this move the sensible one at the time.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sensible: String,
    /// What they did and how they judged whether it worked.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub did: String,
    /// How they knew; earlier incidents it recalled.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub knowledge: String,
    /// What was unclear, distrusted or contradictory.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unclear: String,
    /// Time pressure, workload, state of mind.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pressure: String,
    /// Who they talked to, needed, or assumed knew.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub help: String,
    /// What their tools showed, hid or made hard.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tools: String,
    /// Answers to hypothetical questions, asked only after the real account.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hypothetical: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Where it was told: in the meeting, in an interview, or in the person's own worksheet.
    #[serde(skip_serializing_if = "AccountSource::is_meeting")]
    pub source: AccountSource,
    /// Fields told off the record: kept in the facilitator's review, never shown to the room,
    /// put in a report, a shared copy or a worksheet (`method::interviews::keep_private`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub off_record: Vec<AccountField>,
}

keyed_enum! {
    /// Where an account was told.
    pub enum AccountSource {
        #[default]
        Meeting => ("meeting", "Meeting"),
        Interview => ("interview", "Interview"),
        Worksheet => ("worksheet", "Worksheet"),
    }
}

impl AccountSource {
    fn is_meeting(&self) -> bool {
        *self == AccountSource::Meeting
    }
}

/// The text fields of an account, in the order the method asks about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountField {
    Saw,
    Believed,
    Expected,
    Goal,
    Options,
    Sensible,
    Did,
    Knowledge,
    Unclear,
    Pressure,
    Help,
    Tools,
    Hypothetical,
    Notes,
}

impl AccountField {
    pub const ALL: [AccountField; 14] = [
        Self::Saw,
        Self::Believed,
        Self::Expected,
        Self::Goal,
        Self::Options,
        Self::Sensible,
        Self::Did,
        Self::Knowledge,
        Self::Unclear,
        Self::Pressure,
        Self::Help,
        Self::Tools,
        Self::Hypothetical,
        Self::Notes,
    ];

    /// The field's name in the JSON file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Saw => "saw",
            Self::Believed => "believed",
            Self::Expected => "expected",
            Self::Goal => "goal",
            Self::Options => "options",
            Self::Sensible => "sensible",
            Self::Did => "did",
            Self::Knowledge => "knowledge",
            Self::Unclear => "unclear",
            Self::Pressure => "pressure",
            Self::Help => "help",
            Self::Tools => "tools",
            Self::Hypothetical => "hypothetical",
            Self::Notes => "notes",
        }
    }

    pub fn from_key(key: &str) -> Option<AccountField> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

impl Serialize for AccountField {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl Account {
    /// The id of a new account of `person` at `moment`: the same in every window.
    pub fn id_for(moment: &Id, person: &Id) -> Id {
        Id(format!("a.{moment}.{person}"))
    }

    pub fn field(&self, field: AccountField) -> &String {
        match field {
            AccountField::Saw => &self.saw,
            AccountField::Believed => &self.believed,
            AccountField::Expected => &self.expected,
            AccountField::Goal => &self.goal,
            AccountField::Options => &self.options,
            AccountField::Sensible => &self.sensible,
            AccountField::Did => &self.did,
            AccountField::Knowledge => &self.knowledge,
            AccountField::Unclear => &self.unclear,
            AccountField::Pressure => &self.pressure,
            AccountField::Help => &self.help,
            AccountField::Tools => &self.tools,
            AccountField::Hypothetical => &self.hypothetical,
            AccountField::Notes => &self.notes,
        }
    }

    pub fn field_mut(&mut self, field: AccountField) -> &mut String {
        match field {
            AccountField::Saw => &mut self.saw,
            AccountField::Believed => &mut self.believed,
            AccountField::Expected => &mut self.expected,
            AccountField::Goal => &mut self.goal,
            AccountField::Options => &mut self.options,
            AccountField::Sensible => &mut self.sensible,
            AccountField::Did => &mut self.did,
            AccountField::Knowledge => &mut self.knowledge,
            AccountField::Unclear => &mut self.unclear,
            AccountField::Pressure => &mut self.pressure,
            AccountField::Help => &mut self.help,
            AccountField::Tools => &mut self.tools,
            AccountField::Hypothetical => &mut self.hypothetical,
            AccountField::Notes => &mut self.notes,
        }
    }

    pub fn is_off_record(&self, field: AccountField) -> bool {
        self.off_record.contains(&field)
    }

    pub fn set_off_record(&mut self, field: AccountField, off: bool) {
        self.off_record.retain(|&f| f != field);
        if off {
            self.off_record.push(field);
            self.off_record
                .sort_by_key(|f| AccountField::ALL.iter().position(|a| a == f));
        }
    }

    /// True when nobody has written anything in it yet.
    pub fn is_blank(&self) -> bool {
        AccountField::ALL
            .iter()
            .all(|&f| self.field(f).trim().is_empty())
    }

    /// Every non-empty field as "key: text", joined by "; ".
    pub fn plain_text(&self) -> String {
        AccountField::ALL
            .iter()
            .filter(|&&f| !self.field(f).trim().is_empty())
            .map(|&f| format!("{}: {}", f.key(), self.field(f)))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A facilitator's note: private to the facilitator's console, never on the shared screen.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Note {
    pub id: Id,
    /// The moment it belongs to, or none for the whole review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moment: Option<Id>,
    pub kind: NoteKind,
    pub text: String,
    pub resolved: bool,
}

keyed_enum! {
    pub enum NoteKind {
        #[default]
        Note => ("note", "Note"),
        OpenQuestion => ("open_question", "Open question"),
        /// "Is that obvious to everyone?": something said as obvious that may not be.
        Obvious => ("obvious", "Obvious to everyone?"),
    }
}

/// A fix idea set aside during the meeting, with the moment it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ParkedIdea {
    pub id: Id,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moment: Option<Id>,
    pub created_at: Instant,
}

/// A question the facilitator means to ask one person, written while preparing or during the
/// walk; it comes up at that person's moments until it is marked asked.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct QueuedQuestion {
    pub id: Id,
    pub person: Id,
    pub text: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub asked: bool,
}

/// A responder's correction of the timeline, or a moment they remember, from their worksheet.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Suggestion {
    pub id: Id,
    /// Who suggested it.
    pub person: Id,
    pub kind: SuggestionKind,
    /// The moment it is about; none for a moment they remember.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moment: Option<Id>,
    /// For a remembered moment: the time as they wrote it ("09:20", "about 9:20").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub when: String,
    /// Their words.
    pub text: String,
    /// Accepted or rejected: kept, out of the list, so that a later save of the same worksheet
    /// (which holds everything typed so far) does not make it again.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub settled: bool,
}

keyed_enum! {
    /// What a responder says about the timeline.
    pub enum SuggestionKind {
        #[default]
        Wrong => ("wrong", "This is wrong"),
        Missing => ("missing", "Something is missing here"),
        OutOfOrder => ("out_of_order", "This is out of order"),
        /// A moment they remember that the timeline does not have.
        Remembered => ("remembered", "A moment they remember"),
    }
}

/// What the room made of the walk-through.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Synthesis {
    pub surprises: Vec<Finding>,
    pub themes: Vec<Finding>,
    /// Contributing conditions: what had to line up, pressures and trade-offs that existed before.
    pub conditions: Vec<Finding>,
    /// Mitigators, luck and everyday adaptations.
    pub helped: Vec<Finding>,
    pub risks: Vec<Finding>,
    /// Observations on how the response was run and coordinated.
    pub process: Vec<Finding>,
}

impl Synthesis {
    /// Every finding of every section.
    pub fn all(&self) -> impl Iterator<Item = &Finding> {
        self.surprises
            .iter()
            .chain(&self.themes)
            .chain(&self.conditions)
            .chain(&self.helped)
            .chain(&self.risks)
            .chain(&self.process)
    }

    pub fn all_mut(&mut self) -> impl Iterator<Item = &mut Finding> {
        self.sections_mut().into_iter().flat_map(|s| s.iter_mut())
    }

    /// The sections, in the order of [`Synthesis::all`].
    fn sections_mut(&mut self) -> [&mut Vec<Finding>; 6] {
        [
            &mut self.surprises, &mut self.themes, &mut self.conditions, &mut self.helped,
            &mut self.risks, &mut self.process,
        ]
    }

    /// Takes the finding with this id out of its section; what was taken comes back for an
    /// undo ([`Synthesis::restore`]).
    pub fn remove(&mut self, id: &Id) -> Option<RemovedFinding> {
        self.sections_mut()
            .into_iter()
            .enumerate()
            .find_map(|(section, list)| {
                let index = list.iter().position(|f| &f.id == id)?;
                Some(RemovedFinding {
                    section,
                    index,
                    finding: list.remove(index),
                })
            })
    }

    /// Puts back a finding taken by [`Synthesis::remove`], where it was.
    pub fn restore(&mut self, removed: RemovedFinding) {
        if let Some(list) = self.sections_mut().into_iter().nth(removed.section) {
            list.insert(removed.index.min(list.len()), removed.finding);
        }
    }
}

/// A synthesis finding taken out, with its section and place, for an undo.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedFinding {
    section: usize,
    index: usize,
    pub finding: Finding,
}

/// One item of the synthesis, citing the moments and accounts it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Finding {
    pub id: Id,
    pub text: String,
    /// A free sub-kind, e.g. "luck" or "mitigator" under what helped.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tag: String,
    pub citations: Vec<Citation>,
}

/// The kinds of help the method names under "what helped": (stored tag, label).
pub const HELP_KINDS: [(&str, &str); 3] = [
    ("mitigator", "A mitigator"),
    ("luck", "Luck"),
    ("adaptation", "An everyday adaptation"),
];

impl Finding {
    /// The tag as people read it; a tag from elsewhere is shown as it is.
    pub fn tag_label(&self) -> &str {
        HELP_KINDS
            .iter()
            .find(|(key, _)| *key == self.tag)
            .map_or(self.tag.as_str(), |(_, label)| label)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Citation {
    pub moment: Id,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<Id>,
}

/// Something the organisation could change, decided after the meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Opportunity {
    pub id: Id,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub kind: OpportunityKind,
    /// A calendar date, "2026-04-01".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    pub status: OpportunityStatus,
    /// Why the group decided not to do it, when it did.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decline_reason: String,
    /// The parked idea it grew from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parked: Option<Id>,
}

keyed_enum! {
    pub enum OpportunityKind {
        Detect => ("detect", "Detect"),
        Mitigate => ("mitigate", "Mitigate"),
        Prevent => ("prevent", "Prevent"),
        #[default]
        Learn => ("learn", "Learn"),
        Process => ("process", "Process"),
    }
}

keyed_enum! {
    pub enum OpportunityStatus {
        #[default]
        Proposed => ("proposed", "Proposed"),
        Committed => ("committed", "Committed"),
        Done => ("done", "Done"),
        /// Decided not to do, with a reason.
        Declined => ("declined", "Decided not to do"),
    }
}

/// The state of the review meeting, kept so that a reload resumes where the room was.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Default)]
pub struct Session {
    pub phase: Phase,
    /// The moment the walk-through is at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<Id>,
    /// Moments already walked through.
    pub walked: Vec<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Instant>,
    /// The time box the facilitator set for the meeting, in minutes.
    pub time_box_minutes: u32,
    /// The question the facilitator is asking the room now, shown on the shared screen.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub prompt: String,
    /// Whether the shared screen shows the responders' accounts of the current moment.
    pub show_accounts: bool,
    /// Whether the shared screen shows the ground rules.
    pub show_rules: bool,
    /// Whether the shared screen shows the parking lot (never unless chosen).
    pub show_parking_lot: bool,
    /// The meeting clock (`method::clock`): meeting seconds counted before `clock_since`.
    #[serde(skip_serializing_if = "is_zero")]
    pub clock_seconds: u32,
    /// When the meeting clock last started; absent while it is paused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock_since: Option<Instant>,
    /// The meeting second at which the current phase began.
    #[serde(skip_serializing_if = "is_zero")]
    pub phase_from_seconds: u32,
    /// Meeting seconds spent in each phase left before: a phase returned to goes on counting
    /// from there rather than from zero.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phase_spent: Vec<PhaseTime>,
    /// Whether the shared screen shows the meeting clock.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub show_clock: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Meeting seconds spent in one phase, over all the times the meeting was in it but the last.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Default)]
pub struct PhaseTime {
    pub phase: Phase,
    pub seconds: u32,
}

keyed_enum! {
    /// The phases of the method, in order.
    pub enum Phase {
        #[default]
        Prepare => ("prepare", "Prepare"),
        Open => ("open", "Open the meeting"),
        AgreeTimeline => ("agree_timeline", "Agree the timeline"),
        Walk => ("walk", "Walk the tunnel"),
        Synthesise => ("synthesise", "Synthesise"),
        Opportunities => ("opportunities", "Opportunities"),
        Close => ("close", "Close"),
    }
}

/// The debrief's own pulse: was it worth it?
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Pulse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<u32>,
    /// How many learned something that changes their work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub learned: Option<u32>,
    /// How many would come to another review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub would_return: Option<u32>,
}

impl Pulse {
    /// A count as typed: a whole number, perhaps followed by words ("12 people"), or nothing
    /// (empty); or what is wrong with it.
    pub fn read_count(text: &str) -> Result<Option<u32>, &'static str> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = &text[digits..];
        let words_after = rest.is_empty()
            || rest.starts_with(' ') && rest.trim().chars().all(|c| c.is_alphabetic() || c == ' ');
        match text[..digits].parse::<u32>() {
            Ok(n) if words_after => Ok(Some(n)),
            _ => {
                Err("Enter a whole number of people, or leave it empty; the count stays as it was.")
            }
        }
    }
}

/// What the facilitator told the language guard for this review: findings dismissed one by
/// one, phrases that are not blame here, and phrases of the team's own to watch for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct LanguageLog {
    pub dismissed: Vec<Dismissal>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_blame: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub watch: Vec<String>,
}

impl LanguageLog {
    /// Teaches that `phrase` is not blame in this review; if it was watched for, it no longer
    /// is (a phrase on both lists would stay flagged, the watch list winning).
    pub fn not_blame_here(&mut self, phrase: String) {
        self.watch.retain(|w| !same_phrase(w, &phrase));
        if !self.not_blame.iter().any(|p| same_phrase(p, &phrase)) {
            self.not_blame.push(phrase);
        }
    }

    /// Adds a phrase of the team's own to watch for; taught as not blame before, it no longer is.
    pub fn watch_for(&mut self, phrase: String) {
        self.not_blame.retain(|p| !same_phrase(p, &phrase));
        if !self.watch.iter().any(|w| same_phrase(w, &phrase)) {
            self.watch.push(phrase);
        }
    }

    /// Whether `phrase` is on the team's watch list, however its case or apostrophes are
    /// written (the guard finds it so).
    pub fn watches(&self, phrase: &str) -> bool {
        self.watch.iter().any(|w| same_phrase(w, phrase))
    }
}

/// Two taught phrases are the same when they differ only in ASCII case, an apostrophe's form,
/// or the spaces around them: the guard finds them alike.
fn same_phrase(a: &str, b: &str) -> bool {
    let fold = |t: &str| t.trim().to_ascii_lowercase().replace('\u{2019}', "'");
    fold(a) == fold(b)
}

/// One dismissed occurrence of `phrase` in the field named `field`: in the sentence
/// `sentence`, or, in a dismissal made before sentences were kept, the nth time it appears.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Dismissal {
    pub field: String,
    pub phrase: String,
    /// Which time the phrase appeared in the field when it was dismissed, from 0; what a build
    /// older than `sentence` goes by.
    pub occurrence: u32,
    /// The sentence it was dismissed in, lowercase with single spaces: the dismissal stays with
    /// that sentence when text before it changes, and a reworded sentence is read again.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sentence: String,
}

impl Review {
    /// A new, empty review.
    pub fn new(id: Id, title: &str, time_zone: &str, now: Instant) -> Self {
        Review {
            id,
            title: title.to_string(),
            time_zone: time_zone.to_string(),
            created_at: now,
            updated_at: now,
            session: Session {
                time_box_minutes: 60,
                ..Session::default()
            },
            ..Review::default()
        }
    }

    pub fn person(&self, id: &Id) -> Option<&Person> {
        self.people.iter().find(|p| &p.id == id)
    }

    pub fn moment(&self, id: &Id) -> Option<&Moment> {
        self.moments.iter().find(|m| &m.id == id)
    }

    /// Responders' suggestions still to accept or reject.
    pub fn open_suggestions(&self) -> impl Iterator<Item = &Suggestion> {
        self.suggestions.iter().filter(|s| !s.settled)
    }

    /// Marks a suggestion accepted or rejected: it leaves the list and is not made again.
    pub fn settle_suggestion(&mut self, id: &Id) {
        if let Some(suggestion) = self.suggestions.iter_mut().find(|s| &s.id == id) {
            suggestion.settled = true;
        }
    }

    /// Puts a rejected suggestion back in the list (Undo).
    pub fn reopen_suggestion(&mut self, id: &Id) {
        if let Some(suggestion) = self.suggestions.iter_mut().find(|s| &s.id == id) {
            suggestion.settled = false;
        }
    }

    /// The questions queued for `person` that are still to ask, in the order written.
    pub fn queued_for(&self, person: &Id) -> Vec<&QueuedQuestion> {
        self.questions
            .iter()
            .filter(|q| &q.person == person && !q.asked)
            .collect()
    }

    pub fn queued_mut(&mut self, id: &Id) -> Option<&mut QueuedQuestion> {
        self.questions.iter_mut().find(|q| &q.id == id)
    }

    /// Takes a queued question out, with its place, so that it can be put back.
    pub fn remove_question(&mut self, id: &Id) -> Option<(usize, QueuedQuestion)> {
        let at = self.questions.iter().position(|q| &q.id == id)?;
        Some((at, self.questions.remove(at)))
    }

    /// Puts a removed question back where it was (or last, if the list got shorter meanwhile).
    pub fn restore_question(&mut self, at: usize, question: QueuedQuestion) {
        if self.questions.iter().all(|q| q.id != question.id) {
            self.questions
                .insert(at.min(self.questions.len()), question);
        }
    }

    pub fn parked(&self, id: &Id) -> Option<&ParkedIdea> {
        self.parking_lot.iter().find(|i| &i.id == id)
    }

    /// The opportunity a parked idea was taken up as, if it was.
    pub fn taken_up_as(&self, idea: &Id) -> Option<&Opportunity> {
        self.opportunities
            .iter()
            .find(|o| o.parked.as_ref() == Some(idea))
    }

    pub fn parked_mut(&mut self, id: &Id) -> Option<&mut ParkedIdea> {
        self.parking_lot.iter_mut().find(|i| &i.id == id)
    }

    /// Moves a parked idea one place up or down the parking lot; false at either end.
    pub fn move_parked(&mut self, id: &Id, up: bool) -> bool {
        let Some(at) = self.parking_lot.iter().position(|i| &i.id == id) else {
            return false;
        };
        let to = if up { at.checked_sub(1) } else { Some(at + 1) };
        match to.filter(|&to| to < self.parking_lot.len()) {
            Some(to) => {
                self.parking_lot.swap(at, to);
                true
            }
            None => false,
        }
    }

    /// Takes a parked idea out, with its place, so that it can be put back (`restore_parked`).
    pub fn remove_parked(&mut self, id: &Id) -> Option<(usize, ParkedIdea)> {
        let at = self.parking_lot.iter().position(|i| &i.id == id)?;
        Some((at, self.parking_lot.remove(at)))
    }

    /// Puts a removed idea back where it was (or last, if the list got shorter meanwhile).
    pub fn restore_parked(&mut self, at: usize, idea: ParkedIdea) {
        if self.parking_lot.iter().all(|i| i.id != idea.id) {
            self.parking_lot
                .insert(at.min(self.parking_lot.len()), idea);
        }
    }

    pub fn moment_mut(&mut self, id: &Id) -> Option<&mut Moment> {
        self.moments.iter_mut().find(|m| &m.id == id)
    }

    /// When the incident happened: its start and end where set, and where one is not, the
    /// moments' first or last time (an incident whose end is not known yet runs to its last
    /// moment); `None` for an empty review with neither. Where a typed time belongs
    /// (`method::placement`) and which offsets the timeline names both read it.
    pub fn incident_span(&self) -> Option<(Instant, Instant)> {
        let first = self.moments.iter().map(|m| m.at).min();
        let last = self.moments.iter().map(|m| m.at).max();
        match (self.incident_start, self.incident_end) {
            (Some(start), Some(end)) => Some((start, end.max(start))),
            (Some(start), None) => Some((start, last.map_or(start, |last| last.max(start)))),
            (None, Some(end)) => Some((first.map_or(end, |first| first.min(end)), end)),
            (None, None) => Some((first?, last?)),
        }
    }

    /// Indices of the moments in timeline order: by time, ties in entry order.
    pub fn timeline_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.moments.len()).collect();
        // The index breaks ties, so an unstable sort keeps entry order (and is smaller in wasm).
        order.sort_unstable_by_key(|&i| (self.moments[i].at, i));
        order
    }

    /// The moments' ids in timeline order.
    pub fn timeline_ids(&self) -> Vec<Id> {
        self.timeline_order()
            .into_iter()
            .map(|i| self.moments[i].id.clone())
            .collect()
    }

    /// Whether the moments fall on more than one calendar day in the review's zone, in which
    /// case times are shown with their dates.
    pub fn spans_days(&self, zones: &dyn time::ZoneOffsets) -> bool {
        let dates = self
            .moments
            .iter()
            .map(|m| time::to_local(m.at, &self.time_zone, zones).date);
        let (mut first, mut last) = (None, None);
        for date in dates {
            first = Some(first.map_or(date, |f: time::Date| f.min(date)));
            last = Some(last.map_or(date, |l: time::Date| l.max(date)));
        }
        first != last
    }

    /// The ids of the notes on `moment`, or on the whole review for `None`, in the order
    /// written.
    pub fn note_ids_on(&self, moment: Option<&Id>) -> Vec<Id> {
        self.notes
            .iter()
            .filter(|n| n.moment.as_ref() == moment)
            .map(|n| n.id.clone())
            .collect()
    }

    /// Removes a note, returning it and where it was, for an undo.
    pub fn remove_note(&mut self, id: &Id) -> Option<(usize, Note)> {
        let index = self.notes.iter().position(|n| &n.id == id)?;
        Some((index, self.notes.remove(index)))
    }

    /// Removes a moment together with everything that refers only to it (accounts, notes) and
    /// references to it elsewhere (citations, parked ideas, the walk-through position).
    pub fn remove_moment(&mut self, id: &Id) -> Option<RemovedMoment> {
        let index = self.moments.iter().position(|m| &m.id == id)?;
        let order = self.timeline_order();
        let at = order.iter().position(|&i| i == index).unwrap_or(0);
        let seen = |i: usize| {
            let other = &self.moments[i].id;
            self.session.walked.contains(other) || self.session.current.as_ref() == Some(other)
        };
        // Ideas parked at it keep a place in time where the room has not been: the nearest
        // moment after it that the walk has not reached, or else before it. Tied to no moment,
        // they would be shown to the room at once, though they may name what came after the
        // moment the walk is at. (Only when the walk has been everywhere else do they go to the
        // moment before it, which the room has seen.)
        let parked_at = order[at + 1..]
            .iter()
            .find(|&&i| !seen(i))
            .or_else(|| order[..at].iter().rev().find(|&&i| !seen(i)))
            .or_else(|| at.checked_sub(1).and_then(|before| order.get(before)))
            .or_else(|| order.get(at + 1))
            .map(|&i| self.moments[i].id.clone());
        // The walk's own moment taken away mid-meeting: the walk goes back to the nearest moment
        // before it that the room has seen, rather than to none (a meeting "not started"); one
        // it has not seen (a time changed to before it) would show the room something new. What
        // the room was shown for that moment goes: its question, and its accounts (the console
        // asks before showing accounts; going back must not skip that).
        if self.session.current.as_ref() == Some(id) {
            let walked = |i: &&usize| self.session.walked.contains(&self.moments[**i].id);
            self.session.current = order[..at]
                .iter()
                .rev()
                .find(walked)
                .map(|&i| self.moments[i].id.clone());
            self.session.prompt.clear();
            self.session.show_accounts = false;
        }
        let walked_at = self.session.walked.iter().position(|w| w == id);
        let moment = self.moments.remove(index);
        let (accounts, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut self.accounts)
            .into_iter()
            .partition(|a| &a.moment == id);
        self.accounts = kept;
        let (notes, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut self.notes)
            .into_iter()
            .partition(|n| n.moment.as_ref() == Some(id));
        self.notes = kept;
        self.session.walked.retain(|w| w != id);
        let mut parked = Vec::new();
        for idea in &mut self.parking_lot {
            if idea.moment.as_ref() == Some(id) {
                idea.moment = parked_at.clone();
                parked.push(idea.id.clone());
            }
        }
        Some(RemovedMoment {
            index,
            moment,
            accounts,
            notes,
            citations: self.take_citations(|c| &c.moment == id),
            parked,
            parked_at,
            walked_at,
        })
    }

    /// Takes every citation `cited` picks out of the synthesis, each with its finding and place.
    fn take_citations(&mut self, cited: impl Fn(&Citation) -> bool) -> Vec<(Id, usize, Citation)> {
        let mut taken = Vec::new();
        for finding in self.synthesis.all_mut() {
            for (at, citation) in take_where(&mut finding.citations, &cited) {
                taken.push((finding.id.clone(), at, citation));
            }
        }
        taken
    }

    /// Puts back citations taken by [`Review::take_citations`], in findings still there.
    fn put_back_citations(&mut self, taken: Vec<(Id, usize, Citation)>) {
        for (finding, at, citation) in taken {
            if let Some(finding) = self.synthesis.all_mut().find(|f| f.id == finding) {
                let at = at.min(finding.citations.len());
                finding.citations.insert(at, citation);
            }
        }
    }

    /// Takes back moments just added (an import undone): those of `ids` that nothing has come
    /// to since (no account or note at them, not cited, not parked from, not walked). The
    /// others stay. Returns how many went.
    pub fn take_back_moments(&mut self, ids: &IdSet<&Id>) -> usize {
        let mut used: IdSet<&Id> = IdSet::default();
        used.extend(self.accounts.iter().map(|a| &a.moment));
        used.extend(self.notes.iter().filter_map(|n| n.moment.as_ref()));
        used.extend(self.parking_lot.iter().filter_map(|i| i.moment.as_ref()));
        used.extend(self.session.current.iter().chain(&self.session.walked));
        used.extend(
            self.synthesis
                .all()
                .flat_map(|f| f.citations.iter().map(|c| &c.moment)),
        );
        let going: IdSet<Id> = ids
            .iter()
            .filter(|id| !used.contains(**id))
            .map(|id| (*id).clone())
            .collect();
        let before = self.moments.len();
        self.moments.retain(|m| !going.contains(&m.id));
        before - self.moments.len()
    }

    /// Takes the opportunity with this id out, with its place, for an undo
    /// ([`Review::restore_opportunity`]).
    pub fn remove_opportunity(&mut self, id: &Id) -> Option<(usize, Opportunity)> {
        let at = self.opportunities.iter().position(|o| &o.id == id)?;
        Some((at, self.opportunities.remove(at)))
    }

    /// Puts back an opportunity taken by [`Review::remove_opportunity`], where it was.
    pub fn restore_opportunity(&mut self, (at, opportunity): (usize, Opportunity)) {
        let at = at.min(self.opportunities.len());
        self.opportunities.insert(at, opportunity);
    }

    /// Puts back a moment removed by [`Review::remove_moment`] (undo).
    pub fn restore_moment(&mut self, removed: RemovedMoment) {
        let index = removed.index.min(self.moments.len());
        self.moments.insert(index, removed.moment);
        self.accounts.extend(removed.accounts);
        self.notes.extend(removed.notes);
        let id = self.moments[index].id.clone();
        for idea in &mut self.parking_lot {
            if removed.parked.contains(&idea.id) && idea.moment == removed.parked_at {
                idea.moment = Some(id.clone());
            }
        }
        self.put_back_citations(removed.citations);
        if let Some(at) = removed.walked_at {
            if !self.session.walked.contains(&id) {
                let at = at.min(self.session.walked.len());
                self.session.walked.insert(at, id.clone());
            }
        }
    }

    /// Removes a person, their mentions in moments and their accounts. What was taken is
    /// returned, so that it can be put back ([`Review::restore_person`]), with the questions
    /// queued for them, the suggestions they made and the citations of their accounts.
    pub fn remove_person(&mut self, id: &Id) -> Option<RemovedPerson> {
        let index = self.people.iter().position(|p| &p.id == id)?;
        let person = self.people.remove(index);
        let mut named_in = Vec::new();
        for moment in &mut self.moments {
            // Every mention, a repeated one too; the last first, so that each place is the
            // one it had once the earlier ones are back.
            while let Some(at) = moment.people.iter().rposition(|p| p == id) {
                moment.people.remove(at);
                named_in.push((moment.id.clone(), at));
            }
        }
        let accounts = take_where(&mut self.accounts, |a| &a.person == id);
        let theirs: IdSet<&Id> = accounts.iter().map(|(_, a)| &a.id).collect();
        let citations =
            self.take_citations(|c| c.account.as_ref().is_some_and(|a| theirs.contains(a)));
        Some(RemovedPerson {
            index,
            person,
            named_in,
            accounts,
            questions: take_where(&mut self.questions, |q| &q.person == id),
            suggestions: take_where(&mut self.suggestions, |s| &s.person == id),
            citations,
        })
    }

    /// Puts back a person removed by [`Review::remove_person`] (undo), each account and each
    /// mention where it was.
    pub fn restore_person(&mut self, removed: RemovedPerson) {
        let index = removed.index.min(self.people.len());
        let id = removed.person.id.clone();
        self.people.insert(index, removed.person);
        for (moment, at) in removed.named_in.into_iter().rev() {
            if let Some(m) = self.moments.iter_mut().find(|m| m.id == moment) {
                let at = at.min(m.people.len());
                m.people.insert(at, id.clone());
            }
        }
        put_back(&mut self.accounts, removed.accounts);
        put_back(&mut self.questions, removed.questions);
        put_back(&mut self.suggestions, removed.suggestions);
        self.put_back_citations(removed.citations);
    }
}

/// Takes the items `theirs` picks out of `list`, each with the place it had.
fn take_where<T>(list: &mut Vec<T>, theirs: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
    let mut taken = Vec::new();
    let mut kept = Vec::with_capacity(list.len());
    for (at, item) in std::mem::take(list).into_iter().enumerate() {
        if theirs(&item) {
            taken.push((at, item));
        } else {
            kept.push(item);
        }
    }
    *list = kept;
    taken
}

/// Puts back what [`take_where`] took; in the order taken, so that each place is the one it had.
fn put_back<T>(list: &mut Vec<T>, taken: Vec<(usize, T)>) {
    for (at, item) in taken {
        let at = at.min(list.len());
        list.insert(at, item);
    }
}

/// A person taken out of a review, with their accounts and the moments that named them
/// (each with its place), so that they can be restored.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedPerson {
    pub index: usize,
    pub person: Person,
    pub named_in: Vec<(Id, usize)>,
    pub accounts: Vec<(usize, Account)>,
    pub questions: Vec<(usize, QueuedQuestion)>,
    pub suggestions: Vec<(usize, Suggestion)>,
    /// Citations of their accounts: each finding's id, the citation's place and the citation.
    pub citations: Vec<(Id, usize, Citation)>,
}

/// A moment taken out of a review, with what was removed alongside it, so that it can be restored.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedMoment {
    pub index: usize,
    pub moment: Moment,
    pub accounts: Vec<Account>,
    pub notes: Vec<Note>,
    /// Citations of the moment: each finding's id, the citation's place and the citation.
    pub citations: Vec<(Id, usize, Citation)>,
    /// Parked ideas that were noted at the moment.
    pub parked: Vec<Id>,
    /// The moment they were moved to: the nearest the walk has not reached (`remove_moment`).
    pub parked_at: Option<Id>,
    /// Its place among the walked moments, if it had been walked. (Were it the walk's moment,
    /// the walk stays where it went: an undo that moved the shared screen could come after the
    /// meeting moved on.)
    pub walked_at: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Instant {
        Instant::parse_rfc3339(text).unwrap()
    }

    #[test]
    fn notes_are_found_by_their_moment_or_the_whole_review_and_removed_with_their_place() {
        let note = |id: &str, moment: Option<&str>| Note {
            id: Id::from(id),
            moment: moment.map(Id::from),
            ..Note::default()
        };
        let mut review = Review {
            notes: vec![
                note("n1", Some("m1")),
                note("n2", None),
                note("n3", Some("m1")),
                note("n4", Some("m2")),
            ],
            ..Review::default()
        };
        assert_eq!(
            review.note_ids_on(Some(&Id::from("m1"))),
            [Id::from("n1"), Id::from("n3")]
        );
        assert_eq!(review.note_ids_on(None), [Id::from("n2")]);
        let (index, removed) = review.remove_note(&Id::from("n2")).unwrap();
        assert_eq!((index, removed.id.as_str()), (1, "n2"));
        assert!(review.note_ids_on(None).is_empty());
        assert!(review.remove_note(&Id::from("n2")).is_none());
    }

    #[test]
    fn taught_phrases_are_the_same_whatever_their_case_or_apostrophes() {
        let mut log = LanguageLog::default();
        log.watch_for("Cowboy Deploy".into());
        log.watch_for("won\u{2019}t".into());
        assert!(log.watches("cowboy deploy") && log.watches("won't"));
        log.not_blame_here("cowboy deploy".into());
        log.not_blame_here("won't".into());
        assert!(log.watch.is_empty(), "{:?}", log.watch);
        log.not_blame_here("WON'T".into());
        assert_eq!(log.not_blame, ["cowboy deploy", "won't"]);
    }

    #[test]
    fn a_name_that_steers_the_text_direction_is_isolated() {
        let person = |name: &str| Person {
            name: name.into(),
            ..Person::default()
        };
        assert_eq!(person("Ana Souza").display_name(), "Ana Souza");
        assert_eq!(person("سارة العلي").display_name(), "سارة العلي");
        assert_eq!(
            person("Ana \u{202e}Souza").display_name(),
            "\u{2068}Ana \u{202e}Souza\u{2069}"
        );
    }

    fn moment(id: &str, when: &str) -> Moment {
        Moment {
            id: Id::from(id),
            at: at(when),
            ..Moment::default()
        }
    }

    #[test]
    fn a_title_is_shown_isolated_when_it_steers_the_direction_and_named_when_blank() {
        assert_eq!(title_shown("  "), "Untitled review");
        assert_eq!(title_shown("Checkout outage"), "Checkout outage");
        assert_eq!(title_shown("\u{202e}drow"), "\u{2068}\u{202e}drow\u{2069}");
    }

    #[test]
    fn a_count_of_people_is_a_whole_number_perhaps_with_words() {
        assert_eq!(Pulse::read_count(" 12 "), Ok(Some(12)));
        assert_eq!(Pulse::read_count("12 people"), Ok(Some(12)));
        assert_eq!(Pulse::read_count(""), Ok(None));
        for wrong in ["-3", "twelve", "1.5", "12people", "99999999999"] {
            assert!(Pulse::read_count(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn the_incident_span_is_its_times_or_else_its_moments() {
        let at = |t: &str| Instant::parse_rfc3339(t).unwrap();
        let mut review = Review::default();
        assert_eq!(review.incident_span(), None);
        for t in [
            "2026-07-14T10:00:00Z", "2026-07-14T08:00:00Z", "2026-07-15T01:00:00Z",
        ] {
            review.moments.push(Moment {
                at: at(t),
                ..Moment::default()
            });
        }
        assert_eq!(
            review.incident_span(),
            Some((at("2026-07-14T08:00:00Z"), at("2026-07-15T01:00:00Z")))
        );
        // A start alone runs to the last moment; an end alone from the first.
        review.incident_start = Some(at("2026-07-14T07:30:00Z"));
        let start = at("2026-07-14T07:30:00Z");
        assert_eq!(
            review.incident_span(),
            Some((start, at("2026-07-15T01:00:00Z")))
        );
        review.incident_start = None;
        review.incident_end = Some(at("2026-07-14T09:00:00Z"));
        assert_eq!(
            review.incident_span(),
            Some((at("2026-07-14T08:00:00Z"), at("2026-07-14T09:00:00Z")))
        );
        // With no moments, the one time known stands for both.
        let moments = std::mem::take(&mut review.moments);
        let end = at("2026-07-14T09:00:00Z");
        assert_eq!(review.incident_span(), Some((end, end)));
        review.moments = moments;
        review.incident_start = Some(start);
        assert_eq!(
            review.incident_span(),
            Some((start, at("2026-07-14T09:00:00Z")))
        );
    }

    #[test]
    fn timeline_order_follows_time_and_keeps_entry_order_on_ties() {
        let review = Review {
            moments: vec![
                moment("c", "2026-03-14T10:05:00Z"),
                moment("a", "2026-03-14T10:00:00Z"),
                moment("b1", "2026-03-14T10:02:00Z"),
                moment("b2", "2026-03-14T10:02:00Z"),
            ],
            ..Review::default()
        };
        let ids: Vec<String> = review.timeline_ids().into_iter().map(|i| i.0).collect();
        assert_eq!(ids, ["a", "b1", "b2", "c"]);
    }

    #[test]
    fn roles_store_known_keys_and_free_text() {
        assert_eq!(Role::parse("incident_commander"), Role::IncidentCommander);
        assert_eq!(Role::parse("Subject expert"), Role::SubjectExpert);
        assert_eq!(
            Role::parse("DBA on call"),
            Role::Other("DBA on call".into())
        );
        let json = serde_json::to_string(&Role::Other("DBA".into())).unwrap();
        assert_eq!(json, "\"DBA\"");
    }

    #[test]
    fn removing_a_moment_takes_its_accounts_and_undo_restores_them() {
        let mut review = Review {
            moments: vec![
                moment("a", "2026-03-14T10:00:00Z"),
                moment("b", "2026-03-14T10:01:00Z"),
            ],
            ..Review::default()
        };
        review.accounts.push(Account {
            id: Id::from("acc"),
            moment: Id::from("a"),
            person: Id::from("p"),
            saw: "the graph".into(),
            ..Account::default()
        });
        review.session.current = Some(Id::from("a"));
        let cite = |moment: &str, account: Option<&str>| Citation {
            moment: Id::from(moment),
            account: account.map(Id::from),
        };
        review.synthesis.themes.push(Finding {
            id: Id::from("f1"),
            citations: vec![cite("b", None), cite("a", Some("acc")), cite("a", None)],
            ..Finding::default()
        });
        review.parking_lot.push(ParkedIdea {
            id: Id::from("idea"),
            moment: Some(Id::from("a")),
            ..ParkedIdea::default()
        });
        let before = review.clone();
        let removed = review.remove_moment(&Id::from("a")).unwrap();
        assert!(review.accounts.is_empty());
        assert_eq!(review.session.current, None);
        // Nothing is left pointing at it: no citation, no parked idea. The idea keeps a place
        // in time, at the moment next to it, and is not tied to no moment (which the room sees).
        assert_eq!(review.synthesis.themes[0].citations, [cite("b", None)]);
        assert_eq!(review.parking_lot[0].moment, Some(Id::from("b")));
        assert_eq!(removed.parked_at, Some(Id::from("b")));
        review.restore_moment(removed);
        // The walk stays where it went (see `removing_the_walks_moment...`).
        review.session.current = before.session.current.clone();
        assert_eq!(review, before);
    }

    #[test]
    fn moments_taken_back_after_an_import_leave_those_something_came_to() {
        let mut review = Review {
            moments: ["a", "b", "c", "d", "e"]
                .map(|id| moment(id, "2026-03-14T10:00:00Z"))
                .to_vec(),
            ..Review::default()
        };
        review.accounts.push(Account {
            id: Id::from("acc"),
            moment: Id::from("b"),
            person: Id::from("p"),
            ..Account::default()
        });
        review.session.walked = vec![Id::from("c")];
        review.notes.push(Note {
            id: Id::from("n"),
            moment: Some(Id::from("d")),
            ..Note::default()
        });
        let added = ["b", "c", "d", "e"].map(Id::from);
        let gone = review.take_back_moments(&added.iter().collect());
        assert_eq!(gone, 1);
        let left: Vec<&str> = review.moments.iter().map(|m| m.id.0.as_str()).collect();
        assert_eq!(left, ["a", "b", "c", "d"]);
    }

    #[test]
    fn a_removed_finding_or_opportunity_comes_back_where_it_was() {
        let finding = |id: &str| Finding {
            id: Id::from(id),
            text: id.into(),
            ..Finding::default()
        };
        let mut review = Review::default();
        review.synthesis.themes = vec![finding("t1"), finding("t2"), finding("t3")];
        review.synthesis.risks = vec![finding("r1")];
        review.opportunities = ["o1", "o2"]
            .map(|id| Opportunity {
                id: Id::from(id),
                ..Opportunity::default()
            })
            .to_vec();
        let before = review.clone();
        let theme = review.synthesis.remove(&Id::from("t2")).unwrap();
        let risk = review.synthesis.remove(&Id::from("r1")).unwrap();
        assert_eq!(review.synthesis.all().count(), 2);
        assert_eq!(review.synthesis.remove(&Id::from("t2")), None);
        let opportunity = review.remove_opportunity(&Id::from("o1")).unwrap();
        assert_eq!(review.opportunities.len(), 1);
        review.restore_opportunity(opportunity);
        review.synthesis.restore(risk);
        review.synthesis.restore(theme);
        assert_eq!(review, before);
    }

    #[test]
    fn removing_the_walks_moment_moves_the_walk_back_one_and_takes_what_the_room_saw_of_it() {
        let mut review = Review {
            moments: vec![
                moment("c", "2026-03-14T10:02:00Z"),
                moment("a", "2026-03-14T10:00:00Z"),
                moment("b", "2026-03-14T10:01:00Z"),
            ],
            ..Review::default()
        };
        review.session.walked = vec![Id::from("a"), Id::from("b")];
        review.session.current = Some(Id::from("b"));
        review.session.prompt = "What did you see at b?".into();
        review.session.show_accounts = true;
        let removed = review.remove_moment(&Id::from("b")).unwrap();
        // Back to the moment before it in time, which the room has seen; not "not started".
        assert_eq!(review.session.current, Some(Id::from("a")));
        assert_eq!(review.session.walked, [Id::from("a")]);
        // Its question goes, and a's accounts are shown only when asked for again.
        assert_eq!(review.session.prompt, "");
        assert!(!review.session.show_accounts);
        // Undone: the moment and its tick come back; the walk stays where it is, wherever the
        // meeting has gone since, so an undo never moves the shared screen.
        review.session.current = Some(Id::from("c"));
        review.restore_moment(removed);
        assert_eq!(review.session.current, Some(Id::from("c")));
        assert_eq!(review.session.walked, [Id::from("a"), Id::from("b")]);
        assert!(review.moment(&Id::from("b")).is_some());
        // Another moment removed leaves the walk where it is.
        review.remove_moment(&Id::from("a")).unwrap();
        assert_eq!(review.session.current, Some(Id::from("c")));
    }

    #[test]
    fn removing_a_person_takes_their_accounts_and_undo_puts_everything_back_in_place() {
        let person = |id: &str| Person {
            id: Id::from(id),
            name: id.to_uppercase(),
            ..Person::default()
        };
        let account = |id: &str, person: &str| Account {
            id: Id::from(id),
            moment: Id::from("a"),
            person: Id::from(person),
            saw: id.into(),
            ..Account::default()
        };
        let mut first = moment("a", "2026-03-14T10:00:00Z");
        first.people = vec![
            Id::from("ana"),
            Id::from("ben"),
            Id::from("cy"),
            Id::from("ben"),
        ];
        let mut review = Review {
            people: vec![person("ana"), person("ben"), person("cy")],
            moments: vec![first, moment("b", "2026-03-14T10:01:00Z")],
            accounts: vec![
                account("1", "ana"),
                account("2", "ben"),
                account("3", "cy"),
                account("4", "ben"),
            ],
            questions: ["ben", "ana", "ben"]
                .iter()
                .enumerate()
                .map(|(i, p)| QueuedQuestion {
                    id: Id(format!("q{i}")),
                    person: Id::from(*p),
                    text: format!("question {i}"),
                    asked: false,
                })
                .collect(),
            suggestions: ["ana", "ben"]
                .iter()
                .map(|p| Suggestion {
                    id: Id(format!("s-{p}")),
                    person: Id::from(*p),
                    ..Suggestion::default()
                })
                .collect(),
            ..Review::default()
        };
        let cite = |account: &str| Citation {
            moment: Id::from("a"),
            account: Some(Id::from(account)),
        };
        review.synthesis.risks.push(Finding {
            id: Id::from("f1"),
            citations: vec![cite("1"), cite("2"), cite("3"), cite("4")],
            ..Finding::default()
        });
        let before = review.clone();
        let removed = review.remove_person(&Id::from("ben")).unwrap();
        assert_eq!(review.people.len(), 2);
        assert_eq!(review.moments[0].people, [Id::from("ana"), Id::from("cy")]);
        assert!(review.accounts.iter().all(|a| a.person != Id::from("ben")));
        assert_eq!(removed.accounts.len(), 2);
        // Nothing is left put to no one: their queued questions and suggestions go with them,
        // and the citations of their accounts.
        assert_eq!(review.questions.len(), 1);
        assert_eq!(review.suggestions.len(), 1);
        assert!(review.questions.iter().all(|q| q.person == Id::from("ana")));
        assert!(review
            .suggestions
            .iter()
            .all(|s| s.person == Id::from("ana")));
        assert_eq!(review.synthesis.risks[0].citations, [cite("1"), cite("3")]);
        review.restore_person(removed);
        assert_eq!(review, before);
        assert_eq!(review.remove_person(&Id::from("nobody")), None);
    }

    #[test]
    fn a_phrase_is_on_one_teaching_list_at_a_time() {
        let mut log = LanguageLog::default();
        log.watch_for("cowboy deploy".into());
        log.not_blame_here("cowboy deploy".into());
        assert!(log.watch.is_empty());
        assert_eq!(log.not_blame, ["cowboy deploy"]);
        log.watch_for("cowboy deploy".into());
        log.watch_for("cowboy deploy".into());
        assert!(log.not_blame.is_empty());
        assert_eq!(log.watch, ["cowboy deploy"]);
    }

    #[test]
    fn evidence_taken_out_goes_back_where_it_was() {
        let mut m = moment("a", "2026-03-14T10:00:00Z");
        m.evidence = ["e1", "e2", "e3"]
            .map(|id| Evidence {
                id: Id::from(id),
                ..Evidence::default()
            })
            .to_vec();
        let before = m.clone();
        let taken = m.take_evidence(&Id::from("e2")).unwrap();
        assert_eq!(taken.0, 1);
        assert_eq!(m.evidence.len(), 2);
        m.restore_evidence(taken);
        assert_eq!(m, before);
        assert_eq!(m.take_evidence(&Id::from("nope")), None);
    }

    #[test]
    fn parked_ideas_move_are_removed_and_come_back_in_place() {
        let idea = |id: &str| ParkedIdea {
            id: Id::from(id),
            text: id.to_uppercase(),
            ..ParkedIdea::default()
        };
        let mut r = Review {
            parking_lot: vec![idea("a"), idea("b"), idea("c")],
            ..Review::default()
        };
        let order = |r: &Review| {
            r.parking_lot
                .iter()
                .map(|i| i.id.0.clone())
                .collect::<Vec<_>>()
        };
        assert!(!r.move_parked(&Id::from("a"), true));
        assert!(r.move_parked(&Id::from("a"), false));
        assert_eq!(order(&r), ["b", "a", "c"]);
        assert!(!r.move_parked(&Id::from("c"), false));
        assert!(r.move_parked(&Id::from("c"), true));
        assert_eq!(order(&r), ["b", "c", "a"]);
        let (at, removed) = r.remove_parked(&Id::from("c")).unwrap();
        assert_eq!((at, order(&r)), (1, vec!["b".to_string(), "a".to_string()]));
        r.restore_parked(at, removed.clone());
        r.restore_parked(at, removed);
        assert_eq!(order(&r), ["b", "c", "a"]);
        r.parked_mut(&Id::from("b")).unwrap().text = "changed".into();
        assert_eq!(r.parking_lot[0].text, "changed");
    }

    #[test]
    fn a_persons_queue_holds_what_is_still_to_ask_in_order() {
        let q = |id: &str, person: &str, asked: bool| QueuedQuestion {
            id: Id::from(id),
            person: Id::from(person),
            text: id.into(),
            asked,
        };
        let mut r = Review {
            questions: vec![
                q("q1", "ana", false),
                q("q2", "ben", false),
                q("q3", "ana", true),
                q("q4", "ana", false),
            ],
            ..Review::default()
        };
        let ids = |r: &Review| {
            r.queued_for(&Id::from("ana"))
                .iter()
                .map(|q| q.id.0.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&r), ["q1", "q4"]);
        r.queued_mut(&Id::from("q1")).unwrap().asked = true;
        assert_eq!(ids(&r), ["q4"]);
        // Removed by mistake, a question goes back to its place, once.
        let (at, q4) = r.remove_question(&Id::from("q4")).unwrap();
        assert!(ids(&r).is_empty());
        assert!(r.remove_question(&Id::from("q4")).is_none());
        r.restore_question(at, q4.clone());
        r.restore_question(at, q4);
        assert_eq!(ids(&r), ["q4"]);
        assert_eq!(r.questions.iter().filter(|q| q.id.0 == "q4").count(), 1);
    }
}
