//! What every importer (pasted transcript, Slack export, CSV) produces, and how the lines the
//! facilitator keeps become moments and people.
//!
//! An import is always previewed: the candidate moments, the lines skipped and why, and the
//! names found, matched to the review's people or offered as new people. Nothing is added until
//! the facilitator confirms, and a moment always keeps the time the source gave it.

use super::handles::{self, Match};
use super::transcript::{self, Stamp};
use crate::model::time::{from_local, to_local, Date, TimeOfDay, ZoneOffsets};
use crate::model::{
    Evidence, Id, IdGen, Instant, Moment, MomentKind, Person, Precision, Review, Role,
};
use std::collections::HashSet;

/// One moment an import would create.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Where it came from: "line 12", "2026-03-14.json, message 3".
    pub source: String,
    pub stamp: Stamp,
    /// The people it names (the author of a chat message; the people column of a CSV row).
    pub names: Vec<String>,
    pub text: String,
    pub kind: MomentKind,
    pub precision: Precision,
    pub evidence: Vec<Evidence>,
    /// Why it may not be worth keeping ("join or leave", "bot"): shown, still selected.
    pub noise: Option<String>,
    /// When `kind` was suggested from the line's words: the words that suggested it. The
    /// preview marks it, and it can be changed before adding.
    pub suggested: Option<String>,
    /// A decision point or pivot (CSV only).
    pub pivot: bool,
}

/// A line or record that will not become a moment, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub source: String,
    pub text: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preview {
    pub candidates: Vec<Candidate>,
    pub skipped: Vec<Skipped>,
    /// Other names the source gives the owner of a name it shows: a Slack user's display name
    /// and handle beside their real name. They find people too, and stay as chat names.
    pub other_names: Vec<(String, Vec<String>)>,
    /// What the facilitator should know about how the source was read, one sentence each.
    pub notes: Vec<String>,
}

impl Preview {
    /// Every distinct name the candidates mention, in order of first appearance.
    /// Linear in the lines: each name is compared by its normal form, not with every name
    /// found before it.
    pub fn names(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut names: Vec<String> = Vec::new();
        for name in self.candidates.iter().flat_map(|c| &c.names) {
            let name = name.trim();
            if !name.is_empty() && seen.insert(normalise_name(name)) {
                names.push(name.to_string());
            }
        }
        names
    }

    /// Whether the candidates fall on more than one day in `zone`, so that their times are
    /// shown with dates. A time read without a zone is on the date it was read on; only the
    /// exact ones are placed through the zone's offsets (a call to the browser's time zone
    /// data each, which at 5,000 lines was 20 ms of the preview).
    pub fn spans_days(&self, zone: &str, zones: &dyn ZoneOffsets) -> bool {
        let mut dates = self.candidates.iter().map(|c| match c.stamp {
            Stamp::Local(date, _) => date,
            Stamp::Exact(at) => to_local(at, zone, zones).date,
        });
        let first = dates.next();
        dates.any(|d| Some(d) != first)
    }

    /// The other names the source gives the owner of `name` (none for most sources).
    pub fn other_names_of(&self, name: &str) -> &[String] {
        self.other_names
            .iter()
            .find(|(n, _)| same_person(n, name))
            .map_or(&[], |(_, others)| others.as_slice())
    }
}

/// The kind a chat line probably records (`kind_cues::suggest`), and what suggested it; a line
/// that says nothing either way is taken for an observation, unmarked (most lines of an
/// incident's chat report what someone saw).
/// Why a chosen file cannot be what an importer reads, said before reading it: an archive or
/// a workbook would otherwise read as a line or two that are not messages. `slack`: the Slack
/// importer, whose export comes as a zip.
pub fn packed_file(name: &str, slack: bool) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    let extension = lower.rsplit_once('.').map(|(_, e)| e)?;
    match extension {
        "zip" | "gz" | "tgz" | "tar" | "7z" | "rar" if slack => Some(format!(
            "\u{201c}{name}\u{201d} is an archive. Unpack the Slack export first, then choose \
             its folder (\u{201c}Choose the export's folder\u{201d}), or the channel folder's \
             day files (2026-03-14.json and so on) and users.json."
        )),
        "zip" | "gz" | "tgz" | "tar" | "7z" | "rar" => Some(format!(
            "\u{201c}{name}\u{201d} is an archive. Unpack it first, then choose the CSV file in it."
        )),
        "xlsx" | "xls" | "ods" | "numbers" => Some(format!(
            "\u{201c}{name}\u{201d} is a spreadsheet workbook, not CSV. Save or export it as CSV \
             from the spreadsheet program, then choose that file."
        )),
        _ => None,
    }
}

/// What a preview says of what it found: `total` lines read as moments, `skipped` lines or
/// files not, and how many start unticked because they are already on the timeline or repeat
/// a line above (`import::repeats`).
pub fn preview_summary(total: usize, skipped: usize, on_timeline: usize, above: usize) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if total == 0 {
        // Said plainly, with the reasons open below: a file of another kind gave an empty
        // list and a count that hid why.
        return format!(
            "No moment could be read from what was given ({skipped} line{} or file{} skipped: \
             why is listed below). Nothing was added.",
            s(skipped),
            s(skipped),
        );
    }
    let mut said =
        format!(
        "{total} moment{} found, {skipped} line{} skipped. Every {} line starts selected; untick \
         what should not become a moment. Original times are kept.",
        s(total),
        s(skipped),
        if on_timeline + above > 0 { "new" } else { "recognised" },
    );
    // "starts" for one, "start" for more: the verb takes the `s` the noun does not.
    let verb_s = |n: usize| if n == 1 { "s" } else { "" };
    if on_timeline > 0 {
        said.push_str(&format!(
            " {on_timeline} {} already on the timeline, at the same time with the same words, \
             and start{} unticked.",
            if on_timeline == 1 { "is" } else { "are" },
            verb_s(on_timeline),
        ));
    }
    if above > 0 {
        said.push_str(&format!(
            " {above} {} a line above, at the same time, from the same sender, with the same \
             words, and start{} unticked.",
            if above == 1 { "repeats" } else { "repeat" },
            verb_s(above),
        ));
    }
    said
}

pub fn suggested_kind(text: &str, author: &str) -> (MomentKind, Option<String>) {
    match crate::method::kind_cues::suggest(text, author) {
        Some(s) => (s.kind, Some(s.cue.to_string())),
        None => (MomentKind::Observation, None),
    }
}

/// Work done before anything went wrong is the incident's background: in lines in time order,
/// an action suggested before the first signal becomes ordinary work. When something else comes
/// first (a change of impact such as a recovery, a guess, a decision, a call for help), the
/// paste starts in the middle of the response, and is left as it is.
pub fn settle_kinds<'a>(
    lines: impl IntoIterator<Item = (&'a mut MomentKind, &'a mut Option<String>)>,
) {
    use MomentKind::*;
    let mut lines: Vec<_> = lines.into_iter().collect();
    let first = lines.iter().position(|(kind, _)| {
        matches!(
            kind,
            Signal | ImpactChange | Hypothesis | Decision | Handoff
        )
    });
    let Some(first) = first.filter(|&at| *lines[at].0 == Signal) else {
        return;
    };
    for (kind, suggested) in &mut lines[..first] {
        if **kind == Action && suggested.is_some() {
            **kind = OrdinaryWork;
            **suggested = Some("done before the first signal".to_string());
        }
    }
}

/// Says which zone names were written after times and not read, and where.
fn zone_names_note(zone_names: &[(usize, String)]) -> Option<String> {
    let (first_line, _) = zone_names.first()?;
    let mut names: Vec<&str> = Vec::new();
    for (_, name) in zone_names {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    let lines = match zone_names.len() {
        1 => format!("line {first_line}"),
        n => format!("{n} lines, from line {first_line}"),
    };
    Some(format!(
        "Times written with {} ({lines}) are read in the review's time zone: a zone's \
         abbreviation does not say whether summer time applies. Check them, or write the \
         offset (\u{201c}09:43 -08:00\u{201d}) and paste again.",
        names.join(", ")
    ))
}

/// Says which times were read on a 12-hour clock the transcript did not name, and where: a
/// chat on a 24-hour clock that never passed noon would read differently.
fn twelve_hour_note(read: &[(usize, TimeOfDay)]) -> Option<String> {
    let (first_line, first_time) = read.first()?;
    let lines = match read.len() {
        1 => format!("line {first_line}"),
        n => format!("{n} lines, from line {first_line}"),
    };
    Some(format!(
        "No time says AM or PM and none is past 12, so the times are read on a 12-hour clock: \
         {lines} read as afternoon or night (the first at {}) rather than the next day. Check \
         them, or write AM and PM (\u{201c}1:15 PM\u{201d}) and paste again.",
        first_time.hh_mm()
    ))
}

/// Says which day Slack's "Today" and "Yesterday" lines, and Discord's "Yesterday at" and
/// "Today at", were read as: the date given is taken for the first of them, which someone
/// leaving the form's date as it was may not have meant.
fn relative_days_note(days: &[(usize, &str, Date)]) -> Option<String> {
    let (first_line, ..) = days.first()?;
    let mut read: Vec<String> = Vec::new();
    for (_, word, date) in days {
        let said = format!("\u{201c}{word}\u{201d} as {date}");
        if !read.contains(&said) {
            read.push(said);
        }
    }
    Some(format!(
        "\u{201c}Yesterday\u{201d} and \u{201c}Today\u{201d} (from line {first_line}) are \
         counted from the date given, taken for the first of them: {}. If the first message \
         was on another day, give that day's date and paste again.",
        read.join(", ")
    ))
}

/// Says which lines repeated an earlier one exactly and were left out, so that overlapping
/// copies of a chat lose nothing silently.
fn repeats_note(repeats: &[(usize, usize)]) -> Option<String> {
    let lines: Vec<String> = repeats
        .iter()
        .map(|(line, first)| format!("line {line} (as line {first})"))
        .collect();
    (!lines.is_empty()).then(|| {
        format!(
            "{} the same time, name and words as a line before {} (overlapping copies of \
             one chat do) and {} left out: {}. They are listed with the skipped lines; a \
             message really sent twice can be added by hand.",
            if lines.len() == 1 {
                "1 line has".to_string()
            } else {
                format!("{} lines have", lines.len())
            },
            if lines.len() == 1 { "it" } else { "them" },
            if lines.len() == 1 { "is" } else { "are" },
            listed(&lines)
        )
    })
}

/// The preview of a pasted transcript.
pub fn from_transcript(parsed: transcript::Transcript) -> Preview {
    let notes = zone_names_note(&parsed.zone_names)
        .into_iter()
        .chain(twelve_hour_note(&parsed.read_as_twelve_hour))
        .chain(relative_days_note(&parsed.relative_days))
        .chain(repeats_note(&parsed.repeats))
        .collect();
    let mut preview = Preview {
        candidates: parsed
            .messages
            .into_iter()
            .map(|m| {
                let (kind, suggested) = suggested_kind(&m.text, &m.name);
                Candidate {
                    source: format!("line {}", m.line),
                    stamp: m.stamp,
                    names: if m.name.is_empty() {
                        vec![]
                    } else {
                        vec![m.name]
                    },
                    kind,
                    suggested,
                    text: m.text,
                    precision: if m.approximate {
                        Precision::Approximate
                    } else {
                        Precision::Exact
                    },
                    evidence: vec![],
                    noise: m.noise.then(|| "join or leave".to_string()),
                    pivot: false,
                }
            })
            .collect(),
        skipped: parsed
            .skipped
            .into_iter()
            .map(|s| Skipped {
                source: format!("line {}", s.line),
                text: s.text,
                reason: s.reason.to_string(),
            })
            .collect(),
        other_names: vec![],
        notes,
    };
    settle_kinds(
        preview
            .candidates
            .iter_mut()
            .map(|c| (&mut c.kind, &mut c.suggested)),
    );
    preview
}

/// Two spellings of one person: "@ana" and "Ana", "Ana  Souza" and "ana souza".
pub fn same_person(a: &str, b: &str) -> bool {
    normalise_name(a) == normalise_name(b)
}

/// Case is folded for ASCII letters only: enough for "ana" and "Ana", and it keeps Unicode
/// case tables out of the wasm. Names differing only in the case of other letters stay apart.
fn normalise_name(name: &str) -> String {
    name.trim()
        .trim_start_matches('@')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// What to do with a name found in an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameChoice {
    /// It is this existing person.
    Existing(Id),
    /// Add a new person with this name.
    New,
    /// Do not link the moments to anyone for this name.
    Ignore,
    /// Several people fit the name equally well: the facilitator must say which.
    Ask(Vec<Id>),
}

/// Proposes a choice for each name the preview shows: the existing person it fits best
/// (`handles::match_names`: chat names, full, first or last name, initials, an e-mail's local
/// part), else the one its other names fit, a question when several fit equally or another name
/// fits only in part, else a new person.
pub fn propose_people(preview: &Preview, people: &[Person]) -> Vec<(String, NameChoice)> {
    preview
        .names()
        .into_iter()
        .map(|name| {
            let others: Vec<&str> = preview
                .other_names_of(&name)
                .iter()
                .map(String::as_str)
                .collect();
            let choice = match handles::match_names(&[name.as_str()], people) {
                Match::One(id) => NameChoice::Existing(id),
                // "Tom" for Tom Becker and Tom Hale: a handle "tbecker" settles it.
                Match::Several(ids) => match handles::match_names(&others, people) {
                    Match::One(id)
                        if ids.contains(&id) && handles::names_in_full(&others, people, &id) =>
                    {
                        NameChoice::Existing(id)
                    }
                    _ => NameChoice::Ask(ids),
                },
                // Found only by another name: settled by one of their chat names, a whole
                // name or a handle of first and last name ("tbecker" for Tom Becker, when
                // Slack's real name says Thomas Becker), asked about when it is a part ("Jane"
                // for Jane Doe, when Slack's real name says Jane Smith).
                Match::Nobody => match handles::match_names(&others, people) {
                    Match::One(id) if handles::names_in_full(&others, people, &id) => {
                        NameChoice::Existing(id)
                    }
                    Match::One(id) => NameChoice::Ask(vec![id]),
                    Match::Several(ids) => NameChoice::Ask(ids),
                    Match::Nobody => NameChoice::New,
                },
            };
            (name, choice)
        })
        .collect()
}

/// Remembers each name the facilitator linked to someone other than the proposal (an answer
/// to "who is this?", a new person changed to an existing one) as one of that person's chat
/// names (`handles::remember`), so that the next import from the same chat finds them unasked.
/// A name that was matched by itself is not kept: "priya" found by first name must still ask
/// once a second Priya joins the review. The source's other names for a linked person (a Slack
/// display name) are kept when nothing else about the person would find them.
pub fn remember_names(
    people: &mut [Person],
    preview: &Preview,
    proposed: &[(String, NameChoice)],
    choices: &[(String, NameChoice)],
) {
    for (name, choice) in choices {
        let NameChoice::Existing(id) = choice else {
            continue;
        };
        let Some(person) = people.iter_mut().find(|p| &p.id == id) else {
            continue;
        };
        if !proposed.iter().any(|(n, p)| n == name && p == choice) {
            handles::remember(person, name);
        }
        for other in preview.other_names_of(name) {
            handles::remember_unfound(person, other);
        }
    }
}

/// The moments and new people an import adds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Addition {
    pub moments: Vec<Moment>,
    pub people: Vec<Person>,
}

/// Turns the selected candidates into moments, creating the new people they name.
/// Local times are read in `zone`; the import time is never used as a moment's time.
pub fn build(
    preview: &Preview,
    selected: &[bool],
    choices: &[(String, NameChoice)],
    zone: &str,
    zones: &dyn ZoneOffsets,
    ids: &mut IdGen,
) -> Addition {
    let mut addition = Addition::default();
    let kept: Vec<&Candidate> = preview
        .candidates
        .iter()
        .zip(selected.iter().chain(std::iter::repeat(&false)))
        .filter(|(_, keep)| **keep)
        .map(|(candidate, _)| candidate)
        .collect();
    let mut resolved: Vec<(String, Option<Id>)> = Vec::new();
    for (name, choice) in choices {
        let id = match choice {
            NameChoice::Existing(id) => Some(id.clone()),
            // Unanswered, a question links nobody rather than the wrong person.
            NameChoice::Ignore | NameChoice::Ask(_) => None,
            // A name only on lines left out (a bot's) adds nobody.
            NameChoice::New
                if !kept
                    .iter()
                    .any(|c| c.names.iter().any(|n| same_person(n, name))) =>
            {
                None
            }
            NameChoice::New => {
                let mut person = Person {
                    id: ids.next("p"),
                    name: name.trim().trim_start_matches('@').to_string(),
                    role: Role::Responder,
                    present: false,
                    ..Person::default()
                };
                for other in preview.other_names_of(name) {
                    handles::remember_unfound(&mut person, other);
                }
                let id = person.id.clone();
                addition.people.push(person);
                Some(id)
            }
        };
        resolved.push((name.clone(), id));
    }
    for candidate in kept {
        let Some(at) = instant_of(candidate.stamp, zone, zones) else {
            continue;
        };
        let mut people: Vec<Id> = Vec::new();
        for name in &candidate.names {
            let found = resolved
                .iter()
                .find(|(n, _)| same_person(n, name))
                .and_then(|(_, id)| id.clone());
            if let Some(id) = found {
                if !people.contains(&id) {
                    people.push(id);
                }
            }
        }
        let mut evidence = candidate.evidence.clone();
        for item in &mut evidence {
            item.id = ids.next("e");
        }
        addition.moments.push(Moment {
            id: ids.next("m"),
            at,
            precision: candidate.precision,
            kind: candidate.kind,
            description: candidate.text.clone(),
            people,
            evidence,
            pivot: candidate.pivot,
            source: candidate.source.clone(),
        });
    }
    addition
}

/// Whether a line of an import is new, or repeats something and then starts unticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    New,
    /// A moment on the timeline at the same instant with the same words (the same export
    /// imported twice, a transcript pasted again).
    OnTimeline,
    /// A line above it in this import at the same time, from the same people, with the same
    /// words: a channel exported twice into the folder picked, a spreadsheet that holds some
    /// rows twice. (A pasted transcript's repeats are left out as it is read, `transcript`.)
    /// Two people who say the same at the same time are two lines.
    Above,
}

/// What each candidate repeats, if anything.
pub fn repeats(preview: &Preview, review: &Review, zones: &dyn ZoneOffsets) -> Vec<Repeat> {
    let held: HashSet<(Instant, &str)> = review
        .moments
        .iter()
        .map(|m| (m.at, m.description.trim()))
        .collect();
    // A time that cannot be placed in the review's zone is compared as written; names as
    // the transcript reader compares them, whatever their case. Evidence and the pivot count
    // too: a row that adds either is not a repeat.
    type Line<'a> = (
        Result<Instant, Stamp>,
        Vec<String>,
        &'a str,
        &'a [Evidence],
        bool,
    );
    let mut above: HashSet<Line> = HashSet::new();
    preview
        .candidates
        .iter()
        .map(|c| {
            let text = c.text.trim();
            let at = instant_of(c.stamp, &review.time_zone, zones).ok_or(c.stamp);
            let names = c.names.iter().map(|n| n.trim().to_lowercase()).collect();
            if at.is_ok_and(|at| held.contains(&(at, text))) {
                Repeat::OnTimeline
            } else if !above.insert((at, names, text, &c.evidence, c.pivot)) {
                Repeat::Above
            } else {
                Repeat::New
            }
        })
        .collect()
}

/// Times the clocks changed over, said in the preview rather than moved in silence (the
/// preview says "Original times are kept"), line by line.
///
/// Times in the hour the clocks went back came round twice that day; `from_local` reads the
/// first. A chat going on through that hour then jumped back an hour and its lines came out of
/// order. Lines come in the order they were written: a time in that hour that would go before a
/// line above it is read as the second time round, when that keeps the order (not in a list
/// written newest first, which would have a line moved an hour later). The preview says which
/// lines fell in such an hour and which time round each was read as.
///
/// Times in the hour the clocks went forward were never shown that day; `from_local` reads
/// them with the offset from before the change, an hour later on the clock ("02:30" as 03:30).
/// The preview names those lines and the time each was put at.
pub fn settle_repeated_hour(preview: &mut Preview, zone: &str, zones: &dyn ZoneOffsets) {
    // Each line's instant is worked out once: each asks the zone's offset up to six times
    // (`from_local`).
    let at: Vec<Option<Instant>> = preview
        .candidates
        .iter()
        .map(|c| instant_of(c.stamp, zone, zones))
        .collect();
    let known: Vec<Instant> = at.iter().flatten().copied().collect();
    let backwards = known.windows(2).filter(|w| w[1] < w[0]).count();
    let oldest_first = backwards * 2 <= known.len().saturating_sub(1);
    let mut latest: Option<Instant> = None;
    // The lines in the repeated hour (source, read the second time round), and its day.
    let mut twice: Vec<(String, bool)> = Vec::new();
    let mut twice_day = None;
    // The lines in the skipped hour: source, time written, time put at; and its day.
    let mut never: Vec<(String, TimeOfDay, TimeOfDay)> = Vec::new();
    let mut never_day = None;
    for (candidate, first) in preview.candidates.iter_mut().zip(at) {
        let Some(first) = first else {
            continue;
        };
        let mut at = first;
        if let Stamp::Local(date, time) = candidate.stamp {
            let shown = to_local(first, zone, zones);
            if shown.date != date || shown.time != time {
                // No reading of this time was right: the clocks skipped it.
                never_day.get_or_insert(date);
                never.push((candidate.source.clone(), time, shown.time));
            } else if let Some(again) = second_time_round(date, time, first, zone, zones) {
                twice_day.get_or_insert(date);
                let later =
                    oldest_first && latest.is_some_and(|latest| first < latest && again >= latest);
                if later {
                    candidate.stamp = Stamp::Exact(again);
                    at = again;
                }
                twice.push((candidate.source.clone(), later));
            }
        }
        latest = Some(latest.map_or(at, |latest| latest.max(at)));
    }
    if let Some(day) = never_day {
        let lines: Vec<String> = never
            .iter()
            .map(|(source, written, put)| {
                format!("{source} ({}) at {}", written.hh_mm(), put.hh_mm())
            })
            .collect();
        preview.notes.push(format!(
            "{} in the hour the clocks skipped on {} in {zone} (they went forward), a time that \
             did not exist there: {} on the clock after the change: {}. Check {}: the \
             source's clock may have been in another zone.",
            count_of_lines(never.len(), "falls", "fall"),
            day.human(),
            if never.len() == 1 {
                "it is put"
            } else {
                "each is put"
            },
            listed(&lines),
            if never.len() == 1 { "it" } else { "them" },
        ));
    }
    if let Some(day) = twice_day {
        let round = |second: bool| -> Vec<String> {
            twice
                .iter()
                .filter(|(_, s)| *s == second)
                .map(|(source, _)| source.clone())
                .collect()
        };
        let (first_round, second_round) = (round(false), round(true));
        let mut read = Vec::new();
        if !first_round.is_empty() {
            read.push(format!(
                "{} read as the first time round (before the change)",
                listed(&first_round)
            ));
        }
        if !second_round.is_empty() {
            read.push(format!(
                "{} as the second (after it), as {} after a later time",
                listed(&second_round),
                if second_round.len() == 1 {
                    "it comes"
                } else {
                    "they come"
                },
            ));
        }
        preview.notes.push(format!(
            "{} in the hour that came round twice on {} in {zone} (the clocks went back): {}.",
            count_of_lines(twice.len(), "falls", "fall"),
            day.human(),
            read.join("; ")
        ));
    }
}

/// "1 line falls", "4 lines fall".
fn count_of_lines(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 line {one}")
    } else {
        format!("{count} lines {many}")
    }
}

/// Up to ten items, "a, b and c", then how many more.
fn listed(items: &[String]) -> String {
    const SHOWN: usize = 10;
    let shown = &items[..items.len().min(SHOWN)];
    let mut text = match shown {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    if items.len() > SHOWN {
        text = format!("{}, and {} more", shown.join(", "), items.len() - SHOWN);
    }
    text
}

/// The second instant at which `zone`'s clocks showed `date` `time`, when they showed it
/// twice (`first` is the first).
fn second_time_round(
    date: crate::model::time::Date,
    time: crate::model::time::TimeOfDay,
    first: Instant,
    zone: &str,
    zones: &dyn ZoneOffsets,
) -> Option<Instant> {
    // The clocks go back an hour, or half an hour (Lord Howe Island).
    [60, 30]
        .into_iter()
        .map(|minutes| first.plus_minutes(minutes))
        .find(|&at| {
            let local = to_local(at, zone, zones);
            local.date == date && local.time == time
        })
}

/// The instant a stamp stands for in `zone`.
pub fn instant_of(stamp: Stamp, zone: &str, zones: &dyn ZoneOffsets) -> Option<Instant> {
    match stamp {
        Stamp::Exact(at) => Some(at),
        Stamp::Local(date, time) => from_local(date, time, zone, zones),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_says_what_it_found_in_one_and_in_many() {
        assert_eq!(
            preview_summary(0, 1, 0, 0),
            "No moment could be read from what was given (1 line or file skipped: why is \
             listed below). Nothing was added."
        );
        assert!(preview_summary(0, 3, 0, 0).contains("(3 lines or files skipped"));
        assert_eq!(
            preview_summary(1, 0, 0, 0),
            "1 moment found, 0 lines skipped. Every recognised line starts selected; untick what \
             should not become a moment. Original times are kept."
        );
        let one_each = preview_summary(3, 1, 1, 1);
        assert!(one_each.starts_with("3 moments found, 1 line skipped. Every new line"));
        assert!(one_each.contains(
            " 1 is already on the timeline, at the same time with the same words, and starts unticked."
        ));
        assert!(one_each.ends_with(
            " 1 repeats a line above, at the same time, from the same sender, with the same words, \
             and starts unticked."
        ));
        let many = preview_summary(14, 0, 2, 7);
        assert!(many.contains(" 2 are already on the timeline, at the same time with the same words, and start unticked."));
        assert!(many.ends_with(" 7 repeat a line above, at the same time, from the same sender, with the same words, and start unticked."));
    }

    #[test]
    fn times_read_on_a_12_hour_clock_are_said_with_their_lines() {
        let anchor = Date::new(2026, 3, 14).unwrap();
        let preview = from_transcript(transcript::parse(
            "[11:58] ana: deploy\n[12:03] ben: errors\n[1:15] ana: rolled back\n[2:40] ben: ok",
            anchor,
        ));
        assert_eq!(preview.notes.len(), 1, "{:?}", preview.notes);
        assert!(
            preview.notes[0].contains("2 lines, from line 3") && preview.notes[0].contains("13:15"),
            "{:?}",
            preview.notes
        );
        let plain = from_transcript(transcript::parse(
            "23:58 ana: up\n00:03 ben: past midnight",
            anchor,
        ));
        assert!(plain.notes.is_empty());
    }

    #[test]
    fn slacks_today_and_yesterday_are_said_as_the_dates_read() {
        let anchor = Date::new(2026, 3, 14).unwrap();
        let preview = from_transcript(transcript::parse(
            "Yesterday\nAna Souza  11:50 PM\nstill slow\nToday\nBen Lee  11:55 PM\nfixed",
            anchor,
        ));
        assert_eq!(preview.notes.len(), 1, "{:?}", preview.notes);
        assert!(
            preview.notes[0].contains(
                "\u{201c}Yesterday\u{201d} as 2026-03-14, \u{201c}Today\u{201d} as 2026-03-15"
            ),
            "{:?}",
            preview.notes
        );
        let named = from_transcript(transcript::parse(
            "Saturday, March 14th\nAna Souza  11:50 PM\nstill slow",
            anchor,
        ));
        assert!(named.notes.is_empty());
        // Discord's headers are said alike.
        let discord = from_transcript(transcript::parse(
            "Ana Souza — Yesterday at 10:02 AM\nslow\nBen Lee — Today at 11:00 AM\nfixed",
            anchor,
        ));
        assert_eq!(
            discord.notes,
            ["\u{201c}Yesterday\u{201d} and \u{201c}Today\u{201d} (from line 1) are counted from \
              the date given, taken for the first of them: \u{201c}Yesterday\u{201d} as \
              2026-03-14, \u{201c}Today\u{201d} as 2026-03-15. If the first message was on \
              another day, give that day's date and paste again."]
        );
    }

    #[test]
    fn lines_pasted_twice_are_said_once_with_the_line_each_repeats() {
        let anchor = Date::new(2026, 3, 14).unwrap();
        let preview = from_transcript(transcript::parse(
            "09:00 ana: up\n09:01 ben: ack\n09:00 ana: up\n09:01 ben: ack\n09:02 ana: down",
            anchor,
        ));
        let texts: Vec<&str> = preview.candidates.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["up", "ack", "down"]);
        assert_eq!(
            preview.notes,
            [
                "2 lines have the same time, name and words as a line before them (overlapping \
              copies of one chat do) and are left out: line 3 (as line 1) and line 4 (as line \
              2). They are listed with the skipped lines; a message really sent twice can be \
              added by hand."
            ]
        );
        let sources: Vec<&str> = preview.skipped.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(sources, ["line 3", "line 4"]);
    }

    #[test]
    fn zone_names_not_read_are_said_once_with_their_lines() {
        let anchor = Date::new(2026, 3, 14).unwrap();
        let preview = from_transcript(transcript::parse(
            "09:00 ana: up\n09:01 PST ben: looking\n09:02 PST ana: and\n09:03 EST cy: here",
            anchor,
        ));
        assert_eq!(preview.notes.len(), 1);
        assert!(
            preview.notes[0].starts_with("Times written with PST, EST (3 lines, from line 2)"),
            "{:?}",
            preview.notes
        );
        let plain = from_transcript(transcript::parse("09:00 ana: up", anchor));
        assert!(plain.notes.is_empty());
    }

    /// Berlin's clocks on 25 October 2026: back from +02:00 to +01:00 at 01:00Z.
    struct FallBack;
    impl ZoneOffsets for FallBack {
        fn offset_minutes(&self, _: &str, at: Instant) -> Option<i32> {
            let change = Instant::parse_rfc3339("2026-10-25T01:00:00Z").unwrap();
            Some(if at < change { 120 } else { 60 })
        }
    }

    #[test]
    fn a_chat_through_the_hour_the_clocks_went_back_keeps_its_order() {
        let mut preview = from_transcript(transcript::parse(
            "01:50 ana: a\n02:10 ben: b\n02:40 ana: c\n02:05 ben: d\n02:30 ana: e\n03:10 ben: f",
            Date::new(2026, 10, 25).unwrap(),
        ));
        settle_repeated_hour(&mut preview, "Europe/Berlin", &FallBack);
        let at: Vec<String> = preview
            .candidates
            .iter()
            .map(|c| {
                instant_of(c.stamp, "Europe/Berlin", &FallBack)
                    .unwrap()
                    .to_rfc3339()
            })
            .collect();
        assert_eq!(
            at,
            [
                "2026-10-24T23:50:00Z", "2026-10-25T00:10:00Z", "2026-10-25T00:40:00Z",
                "2026-10-25T01:05:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:10:00Z",
            ]
        );
        assert_eq!(
            preview.notes,
            [
                "4 lines fall in the hour that came round twice on Sun 25 Oct 2026 in \
              Europe/Berlin (the clocks went back): line 2 and line 3 read as the first time \
              round (before the change); line 4 and line 5 as the second (after it), as they \
              come after a later time."
            ]
        );
        // Listed newest first: nothing moves.
        let mut newest_first = from_transcript(transcript::parse(
            "03:10 ben: f\n02:30 ana: e\n02:05 ben: d\n02:40 ana: c",
            Date::new(2026, 10, 25).unwrap(),
        ));
        let before = newest_first.candidates.clone();
        settle_repeated_hour(&mut newest_first, "Europe/Berlin", &FallBack);
        assert_eq!(newest_first.candidates, before);
        // ... and still says which time round its lines were read as.
        assert!(
            newest_first.notes[0].ends_with(
                "line 2, line 3 and line 4 read as the first time round (before the change)."
            ),
            "{:?}",
            newest_first.notes
        );
        // A day without a change says nothing and moves nothing.
        let mut plain = from_transcript(transcript::parse(
            "02:40 ana: c\n02:05 ben: d",
            Date::new(2026, 10, 20).unwrap(),
        ));
        let before = plain.clone();
        settle_repeated_hour(&mut plain, "Europe/Berlin", &FallBack);
        assert_eq!(plain, before);
    }

    /// New York's clocks on 8 March 2026: forward from -05:00 to -04:00 at 07:00Z, so that
    /// 02:00 to 02:59 was never shown.
    struct SpringForward;
    impl ZoneOffsets for SpringForward {
        fn offset_minutes(&self, _: &str, at: Instant) -> Option<i32> {
            let change = Instant::parse_rfc3339("2026-03-08T07:00:00Z").unwrap();
            Some(if at < change { -300 } else { -240 })
        }
    }

    #[test]
    fn times_the_clocks_skipped_are_said_with_the_time_each_was_put_at() {
        let zone = "America/New_York";
        let mut preview = from_transcript(transcript::parse(
            "01:50 ana: a\n02:30 ben: b\n02:45 ana: c\n03:10 ben: d",
            Date::new(2026, 3, 8).unwrap(),
        ));
        settle_repeated_hour(&mut preview, zone, &SpringForward);
        let at: Vec<String> = preview
            .candidates
            .iter()
            .map(|c| {
                instant_of(c.stamp, zone, &SpringForward)
                    .unwrap()
                    .to_rfc3339()
            })
            .collect();
        // Where they are put is unchanged: the clock after the change.
        assert_eq!(
            at,
            [
                "2026-03-08T06:50:00Z", "2026-03-08T07:30:00Z", "2026-03-08T07:45:00Z",
                "2026-03-08T07:10:00Z",
            ]
        );
        assert_eq!(
            preview.notes,
            ["2 lines fall in the hour the clocks skipped on Sun 8 Mar 2026 in America/New_York \
              (they went forward), a time that did not exist there: each is put on the clock \
              after the change: line 2 (02:30) at 03:30 and line 3 (02:45) at 03:45. Check \
              them: the source's clock may have been in another zone."]
        );
        let mut one = from_transcript(transcript::parse(
            "02:30 ben: b",
            Date::new(2026, 3, 8).unwrap(),
        ));
        settle_repeated_hour(&mut one, zone, &SpringForward);
        assert!(
            one.notes[0].starts_with("1 line falls in the hour the clocks skipped")
                && one.notes[0].contains(
                    "it is put on the clock after the change: line 1 (02:30) at 03:30. Check it:"
                ),
            "{:?}",
            one.notes
        );
        // The day before says nothing.
        let mut plain = from_transcript(transcript::parse(
            "02:30 ben: b",
            Date::new(2026, 3, 7).unwrap(),
        ));
        settle_repeated_hour(&mut plain, zone, &SpringForward);
        assert!(plain.notes.is_empty(), "{:?}", plain.notes);
    }

    #[test]
    fn lines_the_timeline_already_holds_are_found() {
        use crate::model::time::{Date, Utc};
        let preview = from_transcript(transcript::parse(
            "09:00 Ana: checkout errors up\n09:01 Ben: looking\n09:02 Ana: rolled back",
            Date::new(2026, 3, 14).unwrap(),
        ));
        let at = |minute: i64| {
            Instant::parse_rfc3339("2026-03-14T09:00:00Z")
                .unwrap()
                .plus_minutes(minute)
        };
        let review = Review {
            time_zone: "UTC".into(),
            moments: vec![
                Moment {
                    at: at(0),
                    description: "checkout errors up".into(),
                    ..Moment::default()
                },
                // Same words at another time, another line at the same time: not the same.
                Moment {
                    at: at(5),
                    description: "looking".into(),
                    ..Moment::default()
                },
                Moment {
                    at: at(2),
                    description: "rolled back fully".into(),
                    ..Moment::default()
                },
            ],
            ..Review::default()
        };
        assert_eq!(
            repeats(&preview, &review, &Utc),
            [Repeat::OnTimeline, Repeat::New, Repeat::New]
        );
    }

    #[test]
    fn a_row_repeated_within_one_import_is_found_but_not_another_persons_same_words() {
        use crate::model::time::{Date, Utc};
        let preview = super::super::csv::parse(
            "time,who,description,evidence\n\
             2026-03-14 09:00,Ana,checkout errors up\n\
             2026-03-14 09:01,Ben,looking\n\
             2026-03-14 09:01,Cy,looking\n\
             2026-03-14 09:00,Ana,checkout errors up\n\
             2026-03-14 09:02,Ana,checkout errors up\n\
             2026-03-14 09:01,Ben,  looking \n\
             2026-03-14T09:01:00Z,ben,looking\n\
             2026-03-14 09:05,Ana,restarted\n\
             2026-03-14 09:05,Ana,restarted,https://example.com/graph\n",
            Date::new(2026, 3, 14).unwrap(),
        )
        .unwrap();
        let review = Review {
            time_zone: "UTC".into(),
            ..Review::default()
        };
        use Repeat::*;
        assert_eq!(
            repeats(&preview, &review, &Utc),
            [New, New, New, Above, New, Above, Above, New, New]
        );
        // What the timeline holds is said so, however often the import repeats it.
        let mut twice = preview.clone();
        twice.candidates.truncate(2);
        twice.candidates.push(twice.candidates[0].clone());
        let holding = Review {
            time_zone: "UTC".into(),
            moments: vec![Moment {
                at: Instant::parse_rfc3339("2026-03-14T09:00:00Z").unwrap(),
                description: "checkout errors up".into(),
                ..Moment::default()
            }],
            ..Review::default()
        };
        assert_eq!(
            repeats(&twice, &holding, &Utc),
            [OnTimeline, New, OnTimeline]
        );
    }

    #[test]
    fn an_archive_or_a_workbook_is_named_before_it_is_read() {
        assert!(packed_file("slack-export.ZIP", true)
            .unwrap()
            .contains("Unpack the Slack export first"));
        assert!(packed_file("timeline.xlsx", false)
            .unwrap()
            .contains("Save or export it as CSV"));
        assert_eq!(packed_file("2026-03-14.json", true), None);
        assert_eq!(packed_file("timeline.csv", false), None);
        assert_eq!(packed_file("no-extension", false), None);
    }
    use crate::model::time::{Date, FixedOffset};

    fn preview() -> Preview {
        let anchor = Date::new(2026, 3, 14).unwrap();
        from_transcript(transcript::parse(
            "09:00 Ana: one\n09:01 @ana: two\n09:02 Ben Lee: three\n09:03 Zed: four",
            anchor,
        ))
    }

    #[test]
    fn names_of_many_lines_are_found_once_each_in_order_of_first_appearance() {
        // Many lines by many people: each name once, "@person 7" being "Person 7".
        let text: Vec<String> = (0..3000)
            .map(|i| {
                let at = if i % 2 == 0 { "@" } else { "" };
                format!("09:{:02} {at}Person {}: line {i}", i % 60, i % 300)
            })
            .collect();
        let many = from_transcript(transcript::parse(
            &text.join("\n"),
            Date::new(2026, 3, 14).unwrap(),
        ));
        let names = many.names();
        assert_eq!(names.len(), 300);
        assert_eq!(names[0], "@Person 0");
        assert_eq!(names[1], "Person 1");
    }

    #[test]
    fn a_preview_spans_days_when_its_lines_fall_on_two_dates_in_the_zone() {
        assert!(!preview().spans_days("Europe/Paris", &FixedOffset(60)));
        let past_midnight = from_transcript(transcript::parse(
            "23:58 Ana: one\n00:03 Ana: two",
            Date::new(2026, 3, 14).unwrap(),
        ));
        assert!(past_midnight.spans_days("UTC", &FixedOffset(0)));
        // Exact times are placed in the zone: 22:30Z and 23:30Z are one day in UTC, two in
        // a zone an hour ahead.
        let exact = from_transcript(transcript::parse(
            "2026-03-14T22:30:00Z Ana: one\n2026-03-14T23:30:00Z Ana: two",
            Date::new(2026, 3, 14).unwrap(),
        ));
        assert!(exact
            .candidates
            .iter()
            .all(|c| matches!(c.stamp, Stamp::Exact(_))));
        assert!(!exact.spans_days("UTC", &FixedOffset(0)));
        assert!(exact.spans_days("Europe/Paris", &FixedOffset(60)));
        assert!(!Preview::default().spans_days("UTC", &FixedOffset(0)));
    }

    #[test]
    fn work_before_the_first_sign_of_trouble_is_ordinary_work() {
        use MomentKind::*;
        let settle = |kinds: &[MomentKind]| {
            let mut lines: Vec<(MomentKind, Option<String>)> = kinds
                .iter()
                .map(|k| (*k, Some("cue".to_string())))
                .collect();
            settle_kinds(lines.iter_mut().map(|(k, s)| (k, s)));
            lines.into_iter().map(|(k, _)| k).collect::<Vec<_>>()
        };
        assert_eq!(
            settle(&[Action, Observation, Action, Signal, Action]),
            [OrdinaryWork, Observation, OrdinaryWork, Signal, Action]
        );
        // A guess or a call for help before the alert: the paste starts in the response.
        assert_eq!(
            settle(&[Action, Handoff, Action, Signal]),
            [Action, Handoff, Action, Signal]
        );
        // No signal at all, or a recovery before any: the middle of a response, left as it is.
        assert_eq!(settle(&[Action, Observation]), [Action, Observation]);
        assert_eq!(
            settle(&[Action, Action, ImpactChange, Signal]),
            [Action, Action, ImpactChange, Signal]
        );
    }

    #[test]
    fn linked_names_become_chat_names_for_the_next_import() {
        let mut people = vec![
            Person {
                id: Id::from("p1"),
                name: "Priya Raman".into(),
                ..Person::default()
            },
            Person {
                id: Id::from("p2"),
                name: "Dana Okafor".into(),
                ..Person::default()
            },
        ];
        let pasted = from_transcript(transcript::parse(
            "09:00 firefly: one\n09:01 Priya Raman: two",
            Date::new(2026, 3, 14).unwrap(),
        ));
        let proposed = propose_people(&pasted, &people);
        assert_eq!(proposed[0].1, NameChoice::New);
        let mut choices = proposed.clone();
        choices[0].1 = NameChoice::Existing(Id::from("p2"));
        remember_names(&mut people, &pasted, &proposed, &choices);
        assert_eq!(people[1].handles, ["firefly"]);
        assert!(
            people[0].handles.is_empty(),
            "a match found unasked is not kept"
        );
        assert_eq!(
            propose_people(&pasted, &people)[0].1,
            NameChoice::Existing(Id::from("p2"))
        );
    }

    #[test]
    fn a_handle_of_first_and_last_name_links_its_one_person() {
        let people = |names: &[&str]| -> Vec<Person> {
            names
                .iter()
                .enumerate()
                .map(|(i, name)| Person {
                    id: Id(format!("p{i}")),
                    name: name.to_string(),
                    ..Person::default()
                })
                .collect()
        };
        // As a Slack export shows them: the real name, with the handle as another name.
        let shown = |name: &str, handle: &str| {
            let mut preview = from_transcript(transcript::parse(
                &format!("09:00 {name}: up"),
                Date::new(2026, 3, 14).unwrap(),
            ));
            preview.other_names = vec![(name.to_string(), vec![handle.to_string()])];
            preview
        };
        let team = people(&["Tom Becker", "Tom Hale", "Dana Okafor"]);
        for (name, handle) in [
            ("Thomas Becker", "tbecker"),
            ("Legal Name", "TBecker"),
            ("Thomas Becker", "tom.becker"),
            ("Thomas Becker", "tom_becker"),
            ("Thomas Becker", "tomb"),
            // "Tom" alone fits two people; the handle says which.
            ("Tom", "tbecker"),
        ] {
            assert_eq!(
                propose_people(&shown(name, handle), &team)[0].1,
                NameChoice::Existing(Id::from("p0")),
                "{name} / {handle}"
            );
        }
        // A part of a name is still asked about; two people who fit are never guessed.
        assert_eq!(
            propose_people(&shown("Thomas Becker", "tom"), &team)[0].1,
            NameChoice::Ask(vec![Id::from("p0"), Id::from("p1")])
        );
        let twins = people(&["Tom Becker", "Tina Becker"]);
        assert_eq!(
            propose_people(&shown("Legal Name", "tbecker"), &twins)[0].1,
            NameChoice::Ask(vec![Id::from("p0"), Id::from("p1")])
        );
        assert_eq!(
            propose_people(&shown("Thomas Becker", "tbecker"), &people(&["Ana Souza"]))[0].1,
            NameChoice::New
        );
    }

    #[test]
    fn names_are_deduplicated_across_spellings() {
        assert_eq!(preview().names(), ["Ana", "Ben Lee", "Zed"]);
    }

    #[test]
    fn existing_people_are_proposed_by_name() {
        let people = vec![Person {
            id: Id::from("p-ben"),
            name: "ben  lee".into(),
            ..Person::default()
        }];
        let choices = propose_people(&preview(), &people);
        assert_eq!(choices[0].1, NameChoice::New);
        assert_eq!(choices[1].1, NameChoice::Existing(Id::from("p-ben")));
    }

    #[test]
    fn selected_lines_become_moments_at_their_own_times() {
        let preview = preview();
        let choices = vec![
            ("Ana".to_string(), NameChoice::New),
            (
                "Ben Lee".to_string(),
                NameChoice::Existing(Id::from("p-ben")),
            ),
            ("Zed".to_string(), NameChoice::Ignore),
        ];
        let addition = build(
            &preview,
            &[true, true, false, true],
            &choices,
            "Europe/Paris",
            &FixedOffset(60),
            &mut IdGen::new(3),
        );
        assert_eq!(addition.people.len(), 1);
        assert_eq!(addition.people[0].name, "Ana");
        let ana = addition.people[0].id.clone();
        assert_eq!(addition.moments.len(), 3);
        assert_eq!(addition.moments[0].at.to_rfc3339(), "2026-03-14T08:00:00Z");
        assert_eq!(addition.moments[0].people, vec![ana.clone()]);
        assert_eq!(addition.moments[1].people, vec![ana], "@ana is Ana");
        assert_eq!(addition.moments[2].description, "four");
        assert!(addition.moments[2].people.is_empty(), "Zed was ignored");
        assert_eq!(addition.moments[0].kind, MomentKind::Observation);
        assert_eq!(addition.moments[0].source, "line 1");
    }

    #[test]
    fn a_new_name_only_on_lines_left_out_adds_nobody() {
        let preview = preview();
        let everyone_new: Vec<(String, NameChoice)> = preview
            .names()
            .into_iter()
            .map(|n| (n, NameChoice::New))
            .collect();
        // Ben Lee's only line is left out; Zed's is kept.
        let addition = build(
            &preview,
            &[true, false, false, true],
            &everyone_new,
            "UTC",
            &FixedOffset(0),
            &mut IdGen::new(3),
        );
        let names: Vec<&str> = addition.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Zed"]);
    }
}
