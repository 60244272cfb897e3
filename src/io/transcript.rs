//! Reads a chat transcript pasted by the facilitator into timestamped messages.
//!
//! Recognised line shapes (a message may continue on the lines after its first one):
//! - `09:42 Ana Souza: text`, `09:42:10 Ana: text`, `9:42 PM Ana: text`
//! - `[09:42] <ana> text`, `[09:42:10] ana: text`, `[9:42 PM] Ana: text`
//! - `[2026-03-14 09:42:10] ana: text`, `2026-03-14 09:42 ana: text`
//! - ISO 8601: `2026-03-14T09:42:10Z ana: text`, `2026-03-14T09:42:10+01:00 <ana> text`
//! - a message list copied from Slack's web client: `Ana Souza  9:42 AM` on one line, the
//!   message on the next lines; a line with only a time continues with the same author.
//!
//! Times without a date take the facilitator's date anchor; a time earlier than the previous
//! line's means the day after. Times with a date or an offset are kept exactly as written. This
//! module never panics on any input (a property test checks it).

use crate::model::time::{parse_clock, parse_offset, Date, Instant, TimeOfDay};

/// When a message was sent, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamp {
    /// An absolute instant (the line had a UTC offset or `Z`).
    Exact(Instant),
    /// A wall-clock date and time in the zone the facilitator chooses.
    Local(Date, TimeOfDay),
}

/// One message found in the transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The 1-based line where the message starts.
    pub line: usize,
    pub stamp: Stamp,
    pub name: String,
    pub text: String,
    /// Chat noise (joins, leaves, topic changes) that the preview may offer to drop.
    pub noise: bool,
}

/// A line that was not part of any message, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub text: String,
    pub reason: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Transcript {
    pub messages: Vec<Message>,
    pub skipped: Vec<Skipped>,
}

/// Lines longer than this are cut (a pasted binary or minified blob is not a chat line).
const MAX_LINE_CHARS: usize = 10_000;

/// Reads `text`; `anchor` is the date of the first time that has no date of its own.
pub fn parse(text: &str, anchor: Date) -> Transcript {
    let mut out = Transcript::default();
    let mut day = anchor;
    let mut last_local: Option<(Date, TimeOfDay)> = None;
    let mut last_name: Option<String> = None;
    // Slack's "name  time" layout is only looked for when no line starts with a time: in a
    // transcript of another shape, a sentence that ends with a time is just a sentence.
    let slack_layout = !text
        .lines()
        .any(|l| stamped_header(&clean(l)).is_some_and(|h| h.name.is_some() || !h.text.is_empty()));
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = clean(raw);
        if line.trim().is_empty() {
            if let Some(message) = out.messages.last_mut() {
                message.text.push('\n');
            }
            continue;
        }
        let found = stamped_header(&line)
            .or_else(|| slack_layout.then(|| slack_header(line.trim())).flatten());
        match found {
            Some(found) => {
                let stamp = match found.when {
                    When::Exact(at) => {
                        last_local = None;
                        Stamp::Exact(at)
                    }
                    When::Dated(date, time) => {
                        day = date;
                        last_local = Some((date, time));
                        Stamp::Local(date, time)
                    }
                    When::Clock(time) => {
                        if let Some((last_day, last_time)) = last_local {
                            day = last_day;
                            if time < last_time {
                                day = day.next_day();
                            }
                        }
                        last_local = Some((day, time));
                        Stamp::Local(day, time)
                    }
                };
                let name = match found.name {
                    Some(name) => name,
                    None => last_name.clone().unwrap_or_default(),
                };
                if !name.is_empty() {
                    last_name = Some(name.clone());
                }
                let text = found.text.trim().to_string();
                out.messages.push(Message {
                    line: line_no,
                    stamp,
                    noise: is_noise(&text),
                    name,
                    text,
                });
            }
            None => match out.messages.last_mut() {
                Some(message) => {
                    if !message.text.is_empty() {
                        message.text.push('\n');
                    }
                    message.text.push_str(line.trim_end());
                    message.noise = message.noise && is_noise(&message.text);
                }
                None => out.skipped.push(Skipped {
                    line: line_no,
                    text: line.chars().take(200).collect(),
                    reason: "no time at the start, and no message before it to continue",
                }),
            },
        }
    }
    for message in &mut out.messages {
        message.text = message.text.trim_matches('\n').to_string();
    }
    out
}

/// Removes control characters (but tabs) and cuts very long lines.
fn clean(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .take(MAX_LINE_CHARS)
        .collect()
}

enum When {
    Exact(Instant),
    Dated(Date, TimeOfDay),
    Clock(TimeOfDay),
}

struct Header {
    when: When,
    /// `None` for a line that continues the previous author (Slack's bare time lines).
    name: Option<String>,
    text: String,
}

/// Recognises the start of a message that begins with its time stamp.
fn stamped_header(line: &str) -> Option<Header> {
    let trimmed = line.trim();
    if let Some(inner) = trimmed.strip_prefix('[') {
        let (stamp, rest) = inner.split_once(']')?;
        let when = read_when(stamp.trim())?;
        return Some(after_stamp(when, rest));
    }
    let (when, rest) = leading_when(trimmed)?;
    Some(after_stamp(when, rest))
}

/// The name and text after a time stamp: `<name> text`, `name: text`, `* name text`,
/// or only a name (Slack-like) with the text on the next lines.
fn after_stamp(when: When, rest: &str) -> Header {
    let rest = rest.trim_start_matches([' ', '\t', '-', '|']).trim_end();
    if let Some(inner) = rest.strip_prefix('<') {
        if let Some((name, text)) = inner.split_once('>') {
            return Header {
                when,
                name: Some(name.trim().trim_start_matches(['@', '+']).to_string()),
                text: text.trim().to_string(),
            };
        }
    }
    if let Some(action) = rest.strip_prefix("* ") {
        let (name, text) = action.split_once(' ').unwrap_or((action, ""));
        return Header {
            when,
            name: Some(name.to_string()),
            text: text.trim().to_string(),
        };
    }
    if let Some((name, text)) = rest.split_once(": ") {
        if plausible_name(name) {
            return Header {
                when,
                name: Some(name.trim().to_string()),
                text: text.to_string(),
            };
        }
    }
    if let Some(name) = rest.strip_suffix(':') {
        if plausible_name(name) {
            return Header {
                when,
                name: Some(name.trim().to_string()),
                text: String::new(),
            };
        }
    }
    Header {
        when,
        name: if rest.is_empty() {
            None
        } else {
            Some(String::new())
        },
        text: rest.to_string(),
    }
}

/// Names are short: at most 6 words and 64 characters, and not a sentence.
fn plausible_name(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty()
        && name.chars().count() <= 64
        && name.split_whitespace().count() <= 6
        && !name.ends_with(['.', '!', '?', ','])
}

/// Words that end a sentence about a time ("restart at 10:30"), never a name.
fn ends_like_a_sentence(name: &str) -> bool {
    let last = name
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "at", "by", "until", "till", "to", "around", "before", "after", "from", "since", "about",
        "is", "was", "it's", "its", "the", "a", "and", "or", "of", "in", "on",
    ]
    .contains(&last.as_str())
}

/// A time stamp at the start of a line, and the rest of the line.
fn leading_when(line: &str) -> Option<(When, &str)> {
    // Try the longest plausible stamp first: "2026-03-14T09:42:10.123+01:00", "2026-03-14 09:42:10",
    // "9:42:10 PM", "09:42".
    let tokens: Vec<(usize, &str)> = token_spans(line).take(3).collect();
    for count in (1..=tokens.len().min(3)).rev() {
        let end = tokens[count - 1].0 + tokens[count - 1].1.len();
        let candidate = &line[..end];
        if let Some(when) = read_when(candidate) {
            return Some((when, &line[end..]));
        }
    }
    None
}

/// The whitespace-separated tokens of a line with their byte offsets.
fn token_spans(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split_whitespace().map(move |token| {
        let offset = token.as_ptr() as usize - line.as_ptr() as usize;
        (offset, token)
    })
}

/// Reads a stamp: an ISO date-time (with or without offset), a date and a time, or a time.
fn read_when(stamp: &str) -> Option<When> {
    let stamp = stamp.trim();
    if stamp.is_empty() || !stamp.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Some(at) = Instant::parse_rfc3339(stamp) {
        return Some(When::Exact(at));
    }
    if let Some((date_text, rest)) = stamp.split_once(['T', ' ']) {
        if let Some(date) = Date::parse_iso(date_text) {
            let rest = rest.trim();
            // "09:42:10+01:00" without Z is handled by parse_rfc3339 above; a bare local time:
            let time = parse_clock(rest).or_else(|| {
                let (time, offset) = rest.split_at(rest.find(['+', '-'])?);
                parse_offset(offset)?;
                parse_clock(time)
            })?;
            return Some(When::Dated(date, time));
        }
    }
    // A bare time; "10:15" but not "10" or "2026".
    if stamp.contains(':') || stamp.to_ascii_lowercase().ends_with('m') {
        return parse_clock(stamp).map(When::Clock);
    }
    None
}

/// Slack's copied message list: "Ana Souza  9:42 AM" (name, then the time at the end of the
/// line), or a line that is only a time ("9:43 AM", "[9:43 AM]") continuing the same author.
fn slack_header(line: &str) -> Option<Header> {
    if let Some(when) = read_when(line.trim_matches(['[', ']'])) {
        return Some(Header {
            when,
            name: None,
            text: String::new(),
        });
    }
    let tokens: Vec<(usize, &str)> = token_spans(line).collect();
    if tokens.len() < 2 {
        return None;
    }
    // The time is the last one or two tokens ("9:42" or "9:42 AM").
    for count in [2, 1] {
        if tokens.len() <= count {
            continue;
        }
        let start = tokens[tokens.len() - count].0;
        let (name, stamp) = line.split_at(start);
        let name = name.trim();
        let clock = parse_clock(stamp.trim()).filter(|_| stamp.contains(':'));
        if let Some(time) = clock {
            if plausible_name(name) && !name.ends_with(':') && !ends_like_a_sentence(name) {
                return Some(Header {
                    when: When::Clock(time),
                    name: Some(name.to_string()),
                    text: String::new(),
                });
            }
        }
    }
    None
}

/// Joins, leaves and topic changes: recorded, but rarely moments worth keeping.
fn is_noise(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "has joined the channel",
        "has left the channel",
        "joined the channel",
        "left the channel",
        "set the channel topic",
        "has joined",
        "has left",
        "has quit",
    ]
    .iter()
    .any(|pattern| lower.contains(pattern))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor() -> Date {
        Date::new(2026, 3, 14).unwrap()
    }

    fn local(day: u8, h: u8, m: u8, s: u8) -> Stamp {
        Stamp::Local(
            Date::new(2026, 3, day).unwrap(),
            TimeOfDay::new(h, m, s).unwrap(),
        )
    }

    fn one(line: &str) -> Message {
        let parsed = parse(line, anchor());
        assert_eq!(parsed.messages.len(), 1, "{line}: {parsed:?}");
        parsed.messages[0].clone()
    }

    #[test]
    fn hh_mm_name_colon_text() {
        let m = one("09:42 Ana Souza: checkout errors are up");
        assert_eq!(m.stamp, local(14, 9, 42, 0));
        assert_eq!(m.name, "Ana Souza");
        assert_eq!(m.text, "checkout errors are up");
        let m = one("09:42:10 ben: looking");
        assert_eq!(m.stamp, local(14, 9, 42, 10));
    }

    #[test]
    fn bracketed_time_and_irc_names() {
        let m = one("[09:42] <ana> is db-main ok?");
        assert_eq!(
            (m.name.as_str(), m.text.as_str()),
            ("ana", "is db-main ok?")
        );
        let m = one("[09:42:10] @ben: yes");
        assert_eq!((m.name.as_str(), m.text.as_str()), ("@ben", "yes"));
        let m = one("[09:43] * ben restarts the worker");
        assert_eq!(
            (m.name.as_str(), m.text.as_str()),
            ("ben", "restarts the worker")
        );
    }

    #[test]
    fn full_dates_and_iso_timestamps() {
        let m = one("[2026-03-15 09:42:10] ana: next day");
        assert_eq!(m.stamp, local(15, 9, 42, 10));
        let m = one("2026-03-14 23:59 ana: almost midnight");
        assert_eq!(m.stamp, local(14, 23, 59, 0));
        let m = one("2026-03-14T09:42:10Z ana: utc");
        assert_eq!(
            m.stamp,
            Stamp::Exact(Instant::parse_rfc3339("2026-03-14T09:42:10Z").unwrap())
        );
        let m = one("2026-03-14T10:42:10.500+01:00 <ana> offset");
        assert_eq!(
            m.stamp,
            Stamp::Exact(Instant::parse_rfc3339("2026-03-14T09:42:10.5Z").unwrap())
        );
        assert_eq!(m.name, "ana");
    }

    #[test]
    fn twelve_hour_times() {
        let m = one("9:05 PM Ana: evening");
        assert_eq!(m.stamp, local(14, 21, 5, 0));
        let m = one("[12:30 AM] Ben: just after midnight");
        assert_eq!(m.stamp, local(14, 0, 30, 0));
        assert_eq!(m.name, "Ben");
    }

    #[test]
    fn midnight_rolls_over_to_the_next_day() {
        let t = parse(
            "23:58 ana: still up\n23:59 ben: me too\n00:01 ana: past midnight\n00:02 ben: yes",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [
                local(14, 23, 58, 0),
                local(14, 23, 59, 0),
                local(15, 0, 1, 0),
                local(15, 0, 2, 0)
            ]
        );
    }

    #[test]
    fn multi_line_messages_stay_one_message() {
        let t = parse(
            "09:00 ana: first line\nsecond line\n\n  indented third\n09:01 ben: next",
            anchor(),
        );
        assert_eq!(t.messages.len(), 2);
        assert_eq!(
            t.messages[0].text,
            "first line\nsecond line\n\n  indented third"
        );
        assert!(t.skipped.is_empty());
    }

    #[test]
    fn slack_web_client_copy() {
        let text = "Ana Souza  9:42 AM\ncheckout errors are up\nsee the graph\n9:43 AM\nand rising\nBen O'Neill 🚒  9:44 AM\nlooking at db-main";
        let t = parse(text, anchor());
        let got: Vec<(&str, &str, Stamp)> = t
            .messages
            .iter()
            .map(|m| (m.name.as_str(), m.text.as_str(), m.stamp))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Ana Souza",
                    "checkout errors are up\nsee the graph",
                    local(14, 9, 42, 0)
                ),
                ("Ana Souza", "and rising", local(14, 9, 43, 0)),
                ("Ben O'Neill 🚒", "looking at db-main", local(14, 9, 44, 0)),
            ]
        );
    }

    #[test]
    fn a_sentence_ending_in_a_time_is_not_a_slack_header() {
        let t = parse(
            "Ana Souza  9:42 AM\nwe should restart at 10:30\nok",
            anchor(),
        );
        assert_eq!(t.messages.len(), 1);
        assert_eq!(t.messages[0].text, "we should restart at 10:30\nok");
        // In a transcript of stamped lines, a line ending in a time continues the message.
        let t = parse("09:00 ana: hi\nBen Lee 9:42\n09:01 ben: yo", anchor());
        assert_eq!(t.messages.len(), 2);
        assert_eq!(t.messages[0].text, "hi\nBen Lee 9:42");
    }

    #[test]
    fn names_with_spaces_and_emoji() {
        let m = one("10:00 🔥 Dana van der Berg 🔥: on it");
        assert_eq!(m.name, "🔥 Dana van der Berg 🔥");
    }

    #[test]
    fn lines_before_any_message_are_skipped_with_a_reason() {
        let t = parse("Channel export\n--------\n09:00 ana: hello", anchor());
        assert_eq!(t.skipped.len(), 2);
        assert_eq!(t.skipped[0].line, 1);
        assert!(t.skipped[0].reason.contains("no time"));
        assert_eq!(t.messages.len(), 1);
        assert_eq!(t.messages[0].line, 3);
    }

    #[test]
    fn joins_and_leaves_are_marked_as_noise() {
        let t = parse(
            "09:00 ana: has joined the channel\n09:01 ana: hello",
            anchor(),
        );
        assert!(t.messages[0].noise);
        assert!(!t.messages[1].noise);
    }

    #[test]
    fn text_that_merely_contains_colons_or_numbers_is_not_a_header() {
        let t = parse(
            "09:00 ana: plan:\nstep 1: restart\n2026 was a good year\n10 servers",
            anchor(),
        );
        assert_eq!(t.messages.len(), 1);
        assert_eq!(
            t.messages[0].text,
            "plan:\nstep 1: restart\n2026 was a good year\n10 servers"
        );
    }

    #[test]
    fn hostile_text_is_kept_as_text() {
        let m = one("09:00 mallory: <script>alert(1)</script> \u{202e}reversed\u{0}null");
        assert_eq!(m.name, "mallory");
        assert!(m.text.contains("<script>"));
        assert!(!m.text.contains('\u{0}'));
    }
}
