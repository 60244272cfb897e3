//! Reads a chat transcript pasted by the facilitator into timestamped messages.
//!
//! Recognised line shapes (a message may continue on the lines after its first one):
//! - `09:42 Ana Souza: text`, `09:42:10 Ana: text`, `9:42 PM Ana: text`
//! - `[09:42] <ana> text`, `[09:42:10] ana: text`, `[9:42 PM] Ana: text`
//! - `[2026-03-14 09:42:10] ana: text`, `2026-03-14 09:42 ana: text`, and a log's own lines
//!   with a fraction of a second: `2026-03-14 09:42:10,123 ERROR text` (a bare time to the
//!   millisecond starts a message only with a name after it: otherwise it is a quoted log)
//! - ISO 8601: `2026-03-14T09:42:10Z ana: text`, `2026-03-14T09:42:10+01:00 <ana> text`
//! - a message list copied from Slack's web client: `Ana Souza  9:42 AM` on one line (or the
//!   name on one line and the time on the next), the message on the next lines; a line with only
//!   a time continues with the same author; a date line (`Saturday, March 14th`) sets the day,
//!   and so do `Yesterday` and `Today` before a message's first line: the first of them is the
//!   date given (that of the first message), a later one counts on from it;
//!   Slack's own text (reactions, reply counts, "(edited)") is left out. A paste is read as
//!   one when its lines of Slack's shape outnumber those that start with a time, so a message
//!   line that starts with a time ("10:30 works for me", a quoted log line) stays its text
//! - Microsoft Teams: `[9:42 AM] Ana Souza`, the message on the next lines
//! - Google Chat `Ana Souza, 9:42 AM` and Discord `Ana Souza — Today at 9:42 AM` headers;
//!   Discord's `Yesterday at` and `Today at` set the day as Slack's day lines do (the first of
//!   them, line or header, is the date given; a later one counts on from it)
//! - WhatsApp exports: `14/03/2026, 09:42 - Ana: text`, `[3/14/26, 9:42:10 AM] Ana: text`
//!   (day or month first, decided from the whole transcript)
//! - a facilitator's own notes: `~09:50 rollback started` (approximate), `10:05: recovered`,
//!   `2026-03-14 09:42:10 UTC alert fired`
//! - a time with its zone: `09:00 UTC ana: text`, `09:19:00 +0100 ana: text` (an instant; the
//!   first goes on the anchor's day on the review's clock); zone names other than UTC and GMT
//!   are not read, as people write "PST" all year: `09:43 PST ana: text` is ana's, on the
//!   review's clock, and the preview says which lines gave a zone's name
//! - `15/03/2026 10:40 ana: text` (day or month first, as for WhatsApp)
//! - any of the stamps above after a weekday's name: `Tue 13:03 ana: text`, `Tuesday, 13:03`
//!
//! Times without a date take the facilitator's date anchor, or the date of the last line that
//! had one (an instant's date on the review's clock); a time more than an hour earlier
//! than the previous line's means the day after (a smaller step back is messages out of
//! order), unless it starts a second copy of lines already read (pasted twice over), whose
//! repeats are then skipped and named. When no time says AM or PM and none is past 12, the
//! clock is taken for a 12-hour one once a time read as written would turn the day by more
//! than 12 hours ("1:15" after "12:03" is 13:15, not the next night), and the preview says
//! so. Times with a date or an offset are kept exactly as written. This module never
//! panics on any input (a property test checks it).

use crate::model::time::{approximate_mark, parse_clock, parse_offset, Date, Instant, TimeOfDay};

/// When a message was sent, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// The time was marked as approximate ("~09:50").
    pub approximate: bool,
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
    /// Zone names written after a time ("09:43 PST ana: ..."), with the line of each: not read
    /// (people write "PST" in summer), so the time is on the review's clock, and the preview
    /// says so.
    pub zone_names: Vec<(usize, String)>,
    /// Lines whose time, in a transcript with no AM or PM and no hour past 12, was read on a
    /// 12-hour clock as another hour than written ("1:15" after "12:03" as 13:15), with the
    /// time read: the preview says so, as the chat may have been on a 24-hour clock after all.
    pub read_as_twelve_hour: Vec<(usize, TimeOfDay)>,
    /// Slack's "Today" and "Yesterday" lines and Discord's "Yesterday at" and "Today at"
    /// headers (where the day they name changes), with the word and the day each was read as:
    /// the first is the anchor, the date the facilitator gave (the preview says so).
    pub relative_days: Vec<(usize, &'static str, Date)>,
    /// Messages that repeat one before them exactly (same time, name and words), as
    /// overlapping copies of a chat do: the line of each and the line it repeats. They are
    /// with the skipped lines, and the preview says which.
    pub repeats: Vec<(usize, usize)>,
}

/// Lines longer than this are cut (a pasted binary or minified blob is not a chat line).
const MAX_LINE_CHARS: usize = 10_000;

/// Reads `text`; `anchor` is the date of the first time that has no date of its own, on a
/// clock at UTC (`parse_on_clock` for another).
pub fn parse(text: &str, anchor: Date) -> Transcript {
    parse_on_clock(text, anchor, 0)
}

/// Reads `text`; `anchor` is the date of the first time that has no date of its own, on the
/// review's clock, which is `east` minutes ahead of UTC that day. A first time written with its
/// zone ("01:00 UTC") goes on the day that puts it on the anchor's date on that clock: an
/// evening in Los Angeles is the next morning in UTC.
pub fn parse_on_clock(text: &str, anchor: Date, east: i32) -> Transcript {
    let mut out = Transcript::default();
    let mut day = anchor;
    // Whether `day` is still the anchor, on the review's clock (no time or date read since).
    let mut anchored = true;
    // Days from the review's clock to the clock of times written with a zone, set by the
    // first of them: they go on with their own clock, bare times with the review's.
    let mut zoned_shift: i64 = 0;
    // The last local stamp, and whether it was written with AM or PM.
    let mut last_local: Option<(Date, TimeOfDay, bool)> = None;
    let mut last_name: Option<String> = None;
    let order = DateOrder::of(text);
    // Slack's "name  time" layout, decided by a vote of the lines (`slack_layout`): in a
    // transcript of another shape, a sentence that ends with a time is just a sentence.
    let slack_layout = slack_layout(text, order);
    let unmarked_clock = unmarked_clock(text, order, slack_layout);
    // The last non-empty line that was not a message's first line: Slack may put a message's
    // author on the line before its time.
    let mut previous: Option<Previous> = None;
    // Messages whose first line may be the author's name (Teams), decided at the end.
    let mut name_first: Vec<bool> = Vec::new();
    // Whether the line before was a row of reactions (":eyes: :+1:"), whose counts follow.
    let mut after_reactions = false;
    // The lines, to look ahead of a "Today" or "Yesterday" line; and how many days back the
    // first of them said, which is the date given.
    let lines: Vec<&str> = text.lines().collect();
    let mut first_relative: Option<i64> = None;
    // Each message's first line, as written: listed if the message turns out to be empty.
    let mut headers: Vec<String> = Vec::new();
    // Each message's run of lines on one day, and whether a step back turned the day there.
    let mut runs: Vec<(usize, bool)> = Vec::new();
    let mut segment = 0usize;
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let mut line = clean(raw);
        if too_long(raw) {
            // Kept, cut short; the preview lists it so that nobody is surprised later.
            out.skipped.push(Skipped {
                line: line_no,
                text: line.chars().take(200).collect(),
                reason: "longer than 10,000 characters: only the first 10,000 are kept",
            });
        }
        if line.trim().is_empty() {
            if let Some(message) = out.messages.last_mut() {
                message.text.push('\n');
            }
            continue;
        }
        if slack_layout {
            let reaction_row = reactions(line.trim());
            let chrome = reaction_row || slack_chrome(line.trim(), after_reactions);
            after_reactions = reaction_row;
            if chrome {
                out.skipped.push(Skipped {
                    line: line_no,
                    text: line.chars().take(200).collect(),
                    reason: "Slack's own text (reactions, reply counts, edited marks)",
                });
                continue;
            }
            if let Some(kept) = line.trim_end().strip_suffix(" (edited)") {
                line = kept.to_string();
            }
        }
        let found = if slack_layout {
            // In a Slack copy only Slack's own lines start messages (a name and a time, or a
            // time alone): a line of a message that starts with a time ("10:30 works for me",
            // a quoted log line) is more of its text. A time marked as approximate ("~12:30
            // everyone agrees") is the facilitator's own note added to the copy, not Slack's.
            stamped_header(&line, order)
                .filter(|h| h.name.is_none() || h.approximate)
                .or_else(|| slack_header(line.trim(), order))
        } else {
            stamped_header(&line, order)
        };
        let Some(found) = found else {
            // A day line only before a message's first line, and never back before the day
            // so far: "Yesterday" said in reply to "when did it start?" is a message's text.
            let relative = slack_layout
                .then(|| relative_day(line.trim()))
                .flatten()
                .filter(|_| starts_a_message_next(&lines, index, order))
                .and_then(|(word, back)| {
                    let first = first_relative.unwrap_or(back);
                    let date =
                        Date::from_days_since_epoch(anchor.days_since_epoch() + first - back);
                    (date >= day).then_some((word, date, first))
                })
                .map(|(word, date, first)| {
                    first_relative = Some(first);
                    (word, date)
                });
            if let Some(date) = relative
                .map(|(_, date)| date)
                .or_else(|| date_line(line.trim(), day))
            {
                if let Some((word, date)) = relative {
                    out.relative_days.push((line_no, word, date));
                }
                day = date;
                anchored = false;
                last_local = None;
                previous = None;
                segment += 1;
                out.skipped.push(Skipped {
                    line: line_no,
                    text: line.chars().take(200).collect(),
                    reason: "a date: the times after it are on that day",
                });
                continue;
            }
            // "25:61 Ana: ..." is a message whose time cannot be read, not more of the last
            // message: it is listed, not quietly added to someone else's words.
            if impossible_clock(line.trim()) {
                out.skipped.push(Skipped {
                    line: line_no,
                    text: line.chars().take(200).collect(),
                    reason:
                        "starts with a time that does not exist (hours 0 to 23, minutes 0 to 59)",
                });
                previous = None;
                continue;
            }
            let placed = match out.messages.last_mut() {
                Some(message) => {
                    if !message.text.is_empty() {
                        message.text.push('\n');
                    }
                    message.text.push_str(line.trim_end());
                    message.noise = message.noise && is_noise(&message.text);
                    Placed::Appended
                }
                None => {
                    out.skipped.push(Skipped {
                        line: line_no,
                        text: line.chars().take(200).collect(),
                        reason: "no time at the start, and no message before it to continue",
                    });
                    Placed::Skipped(out.skipped.len() - 1)
                }
            };
            previous = Some(Previous {
                text: line.trim().to_string(),
                placed,
            });
            continue;
        };
        let mut found = found;
        if let (Some((word, back)), When::Clock(time)) = (found.day_word, &found.when) {
            // Discord's "Yesterday at" and "Today at" name the day as Slack's day lines do:
            // the first of them is the date given, a later one counts on from it, never back.
            let first = first_relative.unwrap_or(back);
            let date = Date::from_days_since_epoch(anchor.days_since_epoch() + first - back);
            if date >= day {
                first_relative = Some(first);
                if out
                    .relative_days
                    .last()
                    .is_none_or(|&(_, w, d)| (w, d) != (word, date))
                {
                    out.relative_days.push((line_no, word, date));
                }
                found.when = When::Dated(date, *time);
            }
        }
        // A day set by the line itself (a date or a zone), or turned by a step back, starts
        // another run of lines on one day.
        let mut turned = false;
        if !matches!(found.when, When::Clock(_)) {
            segment += 1;
        }
        let stamp = match found.when {
            When::Exact(at) => {
                // An instant with its date sets the day of the bare times after it, as a dated
                // local line does: they are on the review's clock, so its date and time there.
                let here = at.plus_minutes(i64::from(east));
                day = here.utc_date();
                // A chat on a 12-hour clock stays on it ("9:50" after "9:42 PM" is evening).
                let twelve = last_local.is_some_and(|(_, _, t)| t);
                last_local = Some((day, here.utc_time(), twelve));
                anchored = false;
                Stamp::Exact(at)
            }
            When::Dated(date, time) => {
                day = date;
                anchored = false;
                let twelve = found
                    .clock
                    .twelve_hour(last_local.is_some_and(|(_, _, t)| t));
                last_local = Some((date, time, twelve));
                Stamp::Local(date, time)
            }
            When::ClockAt(time, written_east) => {
                // The day as for a bare time, on the clock written; the instant from its zone.
                if let Some((last_day, last_time, _)) = last_local {
                    day = last_day;
                    if turned_day(last_time, time) {
                        day = day.next_day();
                    }
                } else if anchored {
                    zoned_shift = day_on_clock_written(day, time, written_east, east)
                        .days_since_epoch()
                        - day.days_since_epoch();
                }
                anchored = false;
                last_local = Some((day, time, false));
                let written_day = Date::from_days_since_epoch(day.days_since_epoch() + zoned_shift);
                match Instant::from_utc(written_day, time) {
                    Some(at) => Stamp::Exact(at.plus_minutes(-i64::from(written_east))),
                    None => Stamp::Local(day, time),
                }
            }
            When::Clock(mut time) => {
                let mut twelve = found.clock == ClockStyle::Twelve;
                if let Some((last_day, last_time, mut last_twelve)) = last_local {
                    let written = time;
                    if unmarked_clock && !last_twelve {
                        // The first sign of a 12-hour clock: from here on it is read as one.
                        if let Some(later) = afternoon(last_time, time) {
                            (time, last_twelve) = (later, true);
                        }
                    } else if last_twelve && found.clock == ClockStyle::Either {
                        time = nearer_half_day(last_time, time);
                    }
                    if unmarked_clock && time != written {
                        out.read_as_twelve_hour.push((line_no, time));
                    }
                    twelve = found.clock.twelve_hour(last_twelve);
                    day = last_day;
                    if turned_day(last_time, time) {
                        day = day.next_day();
                        turned = true;
                        segment += 1;
                    }
                }
                anchored = false;
                last_local = Some((day, time, twelve));
                Stamp::Local(day, time)
            }
        };
        let name = match found.name {
            Some(name) => name,
            None => match previous
                .take()
                .filter(|p| p.names_next(&found, &out.messages))
            {
                Some(author) => {
                    author.take_back(&mut out);
                    author.text
                }
                None => last_name.clone().unwrap_or_default(),
            },
        };
        if !name.is_empty() {
            last_name = Some(name.clone());
        }
        if let Some(zone) = found.zone {
            out.zone_names.push((line_no, zone));
        }
        let text = found.text.trim().to_string();
        // Teams brackets its times; a bare time before a capitalised phrase is a note.
        let bracketed = line.trim_start().starts_with('[');
        name_first.push(bracketed && name.is_empty() && display_name(&text));
        out.messages.push(Message {
            line: line_no,
            stamp,
            noise: is_noise(&text),
            name,
            text,
            approximate: found.approximate,
        });
        headers.push(line.trim().chars().take(200).collect());
        runs.push((segment, turned));
        previous = None;
    }
    for message in &mut out.messages {
        message.text = message.text.trim().to_string();
    }
    name_first_lines(&mut out.messages, &name_first);
    second_copies_on_their_day(&mut out.messages, &runs);
    without_empty_messages(&mut out, headers);
    without_repeats(&mut out);
    out
}

/// A second copy of a chat pasted after the first starts again earlier, and a step back of
/// more than an hour turns the day: its lines, those repeated and those new, went on the day
/// after. Where the day turned on a message that repeats one of the day before (same time,
/// name and words), and the message after it repeats the one after that (or there is none),
/// it is a second copy: that run of lines goes back on the day before, and its repeats are
/// then left out as any others (`without_repeats`). A daily message alone (a bot's "standup
/// at 09:00") followed by new words still turns the day.
fn second_copies_on_their_day(messages: &mut [Message], runs: &[(usize, bool)]) {
    let day_before = |stamp: Stamp| match stamp {
        Stamp::Local(date, time) => Some(Stamp::Local(
            Date::from_days_since_epoch(date.days_since_epoch() - 1),
            time,
        )),
        Stamp::Exact(_) => None,
    };
    let same = |earlier: &Message, later: &Message| {
        Some(earlier.stamp) == day_before(later.stamp)
            && earlier.name.eq_ignore_ascii_case(&later.name)
            && earlier.text == later.text
    };
    for j in 0..messages.len().min(runs.len()) {
        let (run, turned) = runs[j];
        // Steps back are few: each looks through the lines before it once.
        let Some(target) = day_before(messages[j].stamp).filter(|_| turned) else {
            continue;
        };
        let copy = (0..j).any(|i| {
            messages[i].stamp == target
                && same(&messages[i], &messages[j])
                && match messages
                    .get(j + 1)
                    .filter(|_| runs.get(j + 1) == Some(&(run, false)))
                {
                    Some(next) => messages.get(i + 1).is_some_and(|after| same(after, next)),
                    None => j + 1 == messages.len(),
                }
        });
        if !copy {
            continue;
        }
        // The run goes back a day, and so do the runs after it that the clock turned from it
        // (past midnight), up to a line that sets its own day.
        let mut current = run;
        for (message, &(other, turned)) in messages[j..].iter_mut().zip(&runs[j..]) {
            if other != current {
                if !turned {
                    break;
                }
                current = other;
            }
            if let Some(stamp) = day_before(message.stamp) {
                message.stamp = stamp;
            }
        }
    }
}

/// Overlapping copies of one chat pasted together repeat its messages: a message with the
/// same time, name and words as one before it in the paste is listed with the skipped lines
/// (and in `repeats`, which the preview names), not made a second moment. Only an exact
/// repeat: "ack" said twice in one minute by two people, or by one at two times, stays.
fn without_repeats(out: &mut Transcript) {
    let mut seen: std::collections::HashMap<(Stamp, String, &str), usize> =
        std::collections::HashMap::with_capacity(out.messages.len());
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for message in &out.messages {
        let key = (
            message.stamp,
            message.name.trim().trim_start_matches('@').to_lowercase(),
            message.text.as_str(),
        );
        match seen.get(&key) {
            Some(&first) => repeats.push((message.line, first)),
            None => {
                seen.insert(key, message.line);
            }
        }
    }
    if repeats.is_empty() {
        return;
    }
    let repeated: std::collections::HashSet<usize> = repeats.iter().map(|r| r.0).collect();
    let mut skipped = Vec::with_capacity(repeats.len());
    out.messages.retain(|m| {
        let repeat = repeated.contains(&m.line);
        if repeat {
            skipped.push(Skipped {
                line: m.line,
                text: m.text.chars().take(200).collect(),
                reason: "the same time, name and words as a line before it (pasted twice?)",
            });
        }
        !repeat
    });
    for repeat in skipped {
        if !out.skipped.iter().any(|s| s.line == repeat.line) {
            out.skipped.push(repeat);
        }
    }
    out.skipped.sort_by_key(|s| s.line);
    out.repeats = repeats;
}

/// A name and a time with nothing after them (a file or an image Slack did not copy, a message
/// deleted, a time alone in someone's notes) would be a moment with no words: it is listed with
/// the skipped lines instead, by its first line.
fn without_empty_messages(out: &mut Transcript, headers: Vec<String>) {
    if out.messages.iter().all(|m| !m.text.is_empty()) {
        return;
    }
    let mut kept = Vec::with_capacity(out.messages.len());
    for (message, header) in std::mem::take(&mut out.messages).into_iter().zip(headers) {
        if !message.text.is_empty() {
            kept.push(message);
        } else if !out.skipped.iter().any(|s| s.line == message.line) {
            out.skipped.push(Skipped {
                line: message.line,
                text: header,
                reason: "a name and a time with no message after them",
            });
        }
    }
    out.messages = kept;
    out.skipped.sort_by_key(|s| s.line);
}

/// Whether a paste is a message list copied from Slack's web client (or Google Chat, Discord),
/// decided by a vote of its lines rather than by any one of them: a Slack message may hold a
/// line that starts with a time ("10:30 works for me") or a quoted log line, and a transcript
/// of stamped lines may hold a line that ends with a time ("Ben Lee 9:42"). A line that starts
/// with a time and goes on (a name or text) votes for stamped lines; a name and a time
/// ("Ana Souza  9:42 AM"), or a time alone after a name's line (Slack's other layout), votes
/// for Slack. Slack wins with more votes, or when no line is stamped at all. A time alone after
/// anything else does not vote: Slack's continuing author and a facilitator's note look alike.
/// The vote stops once the lines left cannot change it, or after `VOTES` votes (a long paste
/// is read twice otherwise, for a result its first lines settle).
fn slack_layout(text: &str, order: DateOrder) -> bool {
    const VOTES: usize = 1_000;
    let (mut slack, mut stamped) = (0usize, 0usize);
    let mut after_name = false;
    // Inside a block of code (```), lines are a quoted log, whatever they look like.
    let mut in_code = false;
    let mut left = text.lines().count();
    for raw in text.lines() {
        if slack + stamped >= VOTES || stamped > slack + left || slack > stamped + left {
            break;
        }
        left -= 1;
        let line = clean(raw);
        let line = line.trim();
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if line.is_empty() || in_code {
            continue;
        }
        match stamped_header(line, order) {
            // "~12:30 ..." is the facilitator's note, added to a copy of any shape.
            Some(header) if header.name.is_some() && !header.approximate => stamped += 1,
            Some(_) => slack += usize::from(after_name),
            None => {
                slack += usize::from(slack_header(line, order).is_some_and(|h| h.name.is_some()));
            }
        }
        after_name = display_name(line);
    }
    stamped == 0 || slack > stamped
}

/// The day, on a clock `written` minutes ahead of UTC, on which `time` falls on `date` of a
/// clock `ours` minutes ahead.
fn day_on_clock_written(date: Date, time: TimeOfDay, written: i32, ours: i32) -> Date {
    let shifted = |days: i64| Date::from_days_since_epoch(date.days_since_epoch() + days);
    [0, 1, -1]
        .into_iter()
        .map(shifted)
        .find(|&day| {
            Instant::from_utc(day, time)
                .is_some_and(|at| at.plus_minutes(i64::from(ours - written)).utc_date() == date)
        })
        .unwrap_or(date)
}

/// Lines that Slack's web client adds around messages when they are copied, besides the rows of
/// reactions: the counts under them, reply counts, "View thread", an "(edited)" mark on its own
/// line.
fn slack_chrome(line: &str, after_reactions: bool) -> bool {
    let lower = line.to_ascii_lowercase();
    let count = |suffixes: &[&str]| {
        lower
            .split_once(' ')
            .is_some_and(|(n, rest)| n.parse::<u32>().is_ok() && suffixes.contains(&rest))
    };
    (after_reactions && line.parse::<u32>().is_ok())
        || count(&["reply", "replies"])
        || lower.starts_with("last reply ")
        || ["view thread", "(edited)", "view newer replies"].contains(&lower.as_str())
}

/// A row of emoji reactions as Slack writes them: ":eyes:", ":+1: 3 :tada: 2".
fn reactions(line: &str) -> bool {
    let mut any = false;
    for token in line.split_whitespace() {
        let emoji = token.len() > 2
            && token.starts_with(':')
            && token.ends_with(':')
            && token[1..token.len() - 1]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-'));
        if emoji {
            any = true;
        } else if token.parse::<u32>().is_err() {
            return false;
        }
    }
    any
}

/// A line that did not start a message, and where it went.
struct Previous {
    text: String,
    placed: Placed,
}

enum Placed {
    /// Skipped (no message before it), at this index of the skipped lines.
    Skipped(usize),
    /// Added as the last line of the message before.
    Appended,
}

impl Previous {
    /// Whether this line is the author of the bare time that follows it (Slack's name line,
    /// then time line). A short name-like line is taken when nothing came before it, when it
    /// names someone who already wrote, or when the time is a 12-hour one (Slack writes the
    /// time of a message that continues the same author without AM or PM).
    fn names_next(&self, header: &Header, messages: &[Message]) -> bool {
        if !header.text.is_empty() || !display_name_or_handle(&self.text) {
            return false;
        }
        matches!(self.placed, Placed::Skipped(_))
            || (header.clock == ClockStyle::Twelve && display_name(&self.text))
            || messages.iter().any(|m| m.name == self.text)
    }

    /// Removes the line from where it went.
    fn take_back(&self, out: &mut Transcript) {
        match self.placed {
            Placed::Skipped(index) => {
                if index < out.skipped.len() {
                    out.skipped.remove(index);
                }
            }
            Placed::Appended => {
                if let Some(message) = out.messages.last_mut() {
                    let body = message.text.trim_end_matches('\n');
                    if let Some(kept) = body.strip_suffix(self.text.as_str()) {
                        message.text = kept.trim_end().to_string();
                    }
                }
            }
        }
    }
}

/// A person's display name as chat clients show it: one to four words, each starting with a
/// capital letter ("Ana Souza", "Ben O'Neill"), no digits or colons.
fn display_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && text.chars().count() <= 48
        && !text.contains(|c: char| c.is_ascii_digit() || c == ':')
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A display name, or a handle without spaces ("ana.souza", "ben_lee").
fn display_name_or_handle(text: &str) -> bool {
    display_name(text)
        || (text.chars().count() <= 32
            && !text.contains(char::is_whitespace)
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
            && text.chars().any(|c| c.is_alphabetic()))
}

/// Teams puts the author on the line after the time ("[9:42 AM] Ana Souza", then the message).
/// When at least two messages, and at least half of them, have that shape, their first lines
/// are taken as names.
fn name_first_lines(messages: &mut [Message], candidates: &[bool]) {
    let shaped = |(m, c): (&Message, &bool)| *c && m.text.contains('\n');
    let count = messages
        .iter()
        .zip(candidates)
        .filter(|&p| shaped(p))
        .count();
    if count < 2 || count * 2 < messages.len() {
        return;
    }
    for (message, candidate) in messages.iter_mut().zip(candidates) {
        if *candidate && message.text.contains('\n') {
            let (name, text) = message.text.split_once('\n').unwrap_or_default();
            (message.name, message.text) = (name.trim().to_string(), text.trim().to_string());
            message.noise = is_noise(&message.text);
        }
    }
}

/// Whether the transcript's times are all written without AM or PM and none past 12 ("11:58",
/// "12:03", "1:15"), with at least two of them: a 12-hour clock that does not say so is then
/// likelier than a 24-hour one that never reached the afternoon (`afternoon`). Only the lines
/// that start messages in the transcript's layout count.
fn unmarked_clock(text: &str, order: DateOrder, slack_layout: bool) -> bool {
    let mut times = 0usize;
    for raw in text.lines() {
        let line = clean(raw);
        let header = if slack_layout {
            stamped_header(&line, order)
                .filter(|h| h.name.is_none())
                .or_else(|| slack_header(line.trim(), order))
        } else {
            stamped_header(&line, order)
        };
        let Some(header) = header else { continue };
        if !matches!(header.when, When::Clock(_)) || header.clock != ClockStyle::Either {
            return false;
        }
        times += 1;
    }
    times >= 2
}

/// On an unmarked clock (`unmarked_clock`), a time that read as written would turn the day
/// more than 12 hours on ("1:15" after "12:03": 01:15 the next day), read 12 hours later: a
/// step forward of under 12 hours, the afternoon of a 12-hour clock. A step back of an hour or
/// less stays a message out of order, one of 12 hours or more the next day.
fn afternoon(last: TimeOfDay, time: TimeOfDay) -> Option<TimeOfDay> {
    const HALF_DAY: i64 = 12 * 60 * 60 * 1000;
    let back = last.millis_of_day() - time.millis_of_day();
    ((1..=11).contains(&time.hour) && turned_day(last, time) && back < HALF_DAY).then(|| {
        TimeOfDay {
            hour: time.hour + 12,
            ..time
        }
    })
}

/// Whether a time earlier than the last one starts the next day. Messages arrive out of order
/// by seconds or minutes (two people typing at once, clocks cut to the minute), and a day does
/// not turn in an hour: only a step back of more than an hour is taken for midnight passed.
pub(crate) fn turned_day(last: TimeOfDay, time: TimeOfDay) -> bool {
    const HOUR: i64 = 60 * 60 * 1000;
    last.millis_of_day() - time.millis_of_day() > HOUR
}

/// A time written without AM or PM among 12-hour times ("9:03" after "9:02 PM"): of the
/// readings it allows, the one nearest after the last time (a step back of under an hour is a
/// message out of order).
fn nearer_half_day(last: TimeOfDay, time: TimeOfDay) -> TimeOfDay {
    const HOUR: i64 = 60 * 60 * 1000;
    const DAY: i64 = 24 * HOUR;
    if !(1..=12).contains(&time.hour) {
        return time;
    }
    let other = TimeOfDay {
        hour: (time.hour + 12) % 24,
        ..time
    };
    let step = |t: TimeOfDay| {
        let forward = (t.millis_of_day() - last.millis_of_day()).rem_euclid(DAY);
        if forward > DAY - HOUR {
            DAY - forward
        } else {
            forward
        }
    };
    if step(other) < step(time) {
        other
    } else {
        time
    }
}

/// Whether a line starts with what is written as a clock time ("25:61", "9:75:00") but is none.
fn impossible_clock(line: &str) -> bool {
    let first = without_weekday(line)
        .split_whitespace()
        .next()
        .unwrap_or_default();
    let token = first
        .trim_start_matches('[')
        .trim_end_matches([']', ',', ':']);
    let parts: Vec<&str> = token.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && parse_clock(token).is_none()
}

/// The line after a weekday's name that starts a time stamp ("Tue 13:03", "Tuesday, 13:03",
/// "tue. 13:03"), as some clients and loggers write it; the line as it is otherwise. The
/// weekday is left aside: the day is worked out as for the same time without it.
fn without_weekday(line: &str) -> &str {
    let Some((word, rest)) = line.split_once(char::is_whitespace) else {
        return line;
    };
    let word = word.trim_end_matches([',', '.']).to_ascii_lowercase();
    let rest = rest.trim_start();
    if weekday(&word) && rest.starts_with(|c: char| c.is_ascii_digit()) {
        rest
    } else {
        line
    }
}

/// Slack's separators for the last two days, "Today" and "Yesterday", with how many days
/// before the day of the copy each is. Only as Slack writes them (capitalised, alone on their
/// line): "today" in a message stays its text.
fn relative_day(line: &str) -> Option<(&'static str, i64)> {
    match line {
        "Today" => Some(("Today", 0)),
        "Yesterday" => Some(("Yesterday", 1)),
        _ => None,
    }
}

/// Whether the next line that is not empty after `index` starts a message in a Slack copy: a
/// name and a time, or a name alone (the time on the line after it).
fn starts_a_message_next(lines: &[&str], index: usize, order: DateOrder) -> bool {
    lines
        .iter()
        .skip(index + 1)
        .map(|raw| clean(raw))
        .find(|line| !line.trim().is_empty())
        .is_some_and(|line| {
            let line = line.trim();
            slack_header(line, order).is_some_and(|h| h.name.is_some()) || display_name(line)
        })
}

/// A line that is only a date, as Slack separates days: "Saturday, March 14th",
/// "Monday, March 16th, 2026", "Sat, Mar 14", "2026-03-14", with the day first as British
/// English writes it ("Friday, 20 March"), and irssi's "--- Day changed Fri Mar 20 2026".
/// Without a year, the year of `current` (the day so far), or the next one when the date is
/// January or February after a November or December.
fn date_line(line: &str, current: Date) -> Option<Date> {
    let line = line.strip_prefix("--- Day changed ").unwrap_or(line);
    if let Some(date) = Date::parse_iso(line) {
        return Some(date);
    }
    let words: Vec<String> = line
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    // The weekday is required: a line saying only "March 20" is more likely part of a message
    // ("when is the retro?" / "March 20") than a separator between days.
    let words: Vec<&str> = match words.first() {
        Some(first) if weekday(first) => words[1..].iter().map(String::as_str).collect(),
        _ => return None,
    };
    let (month, day, year) = match words.as_slice() {
        [first, second] => {
            let (month, day) = month_and_day(first, second)?;
            let turned = current.month >= 11 && month <= 2;
            (month, day, current.year + i32::from(turned))
        }
        [first, second, year] => {
            let (month, day) = month_and_day(first, second)?;
            (month, day, year.parse().ok()?)
        }
        _ => return None,
    };
    Date::new(year, month, day)
}

/// "Mar 14 2026" or "14 March 2026", as words already lowercased: the date of a time stamp
/// written with its month's name (`csv::read_time`).
pub(crate) fn named_date(words: &[&str]) -> Option<Date> {
    let [first, second, year] = words else {
        return None;
    };
    let (month, day) = month_and_day(first, second)?;
    let year = (year.len() == 4).then(|| year.parse().ok()).flatten()?;
    Date::new(year, month, day)
}

/// Whether a word names a day of the week ("Sat", "saturday"), lowercased.
pub(crate) fn is_weekday(word: &str) -> bool {
    weekday(word)
}

/// "March 14th" or "14 March".
fn month_and_day(first: &str, second: &str) -> Option<(u8, u8)> {
    month_number(first)
        .zip(day_number(second))
        .or_else(|| month_number(second).zip(day_number(first)))
}

fn weekday(word: &str) -> bool {
    let days = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];
    days.iter()
        .any(|d| *d == word || (word.len() == 3 && d.starts_with(word)))
}

fn month_number(word: &str) -> Option<u8> {
    let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ];
    let word = word.trim_end_matches('.');
    let index = months
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(word)))?;
    Some(index as u8 + 1)
}

/// "14", "14th", "1st", "2nd", "3rd".
fn day_number(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !["", "st", "nd", "rd", "th"].contains(&suffix) || digits.len() > 2 {
        return None;
    }
    digits.parse().ok()
}

/// Removes control characters (but tabs) before a line's first visible character, where they
/// would hide its time and author, and NUL anywhere (some tools end text at it); cuts very
/// long lines. Other control characters inside the text are the author's and stay (they are
/// shown and stored as text).
fn clean(raw: &str) -> String {
    raw.trim_start_matches(|c: char| c.is_control() && c != '\t')
        .chars()
        .filter(|&c| c != '\0')
        .take(MAX_LINE_CHARS)
        .collect()
}

/// Whether `clean` cut this line short.
fn too_long(raw: &str) -> bool {
    raw.chars().nth(MAX_LINE_CHARS).is_some()
}

#[derive(Clone, Copy)]
enum When {
    Exact(Instant),
    Dated(Date, TimeOfDay),
    Clock(TimeOfDay),
    /// A time with its zone written and no date ("09:00 UTC", "09:19 +0100"): minutes east of
    /// UTC. The first goes on the anchor's day on the review's clock; the day turns as any
    /// other's, on the clock written.
    ClockAt(TimeOfDay, i32),
}

struct Header {
    when: When,
    /// `None` for a line that continues the previous author (Slack's bare time lines).
    name: Option<String>,
    text: String,
    /// The time was marked as approximate ("~09:50").
    approximate: bool,
    /// How the time was written: with AM or PM, in a way only a 24-hour clock writes, or either.
    clock: ClockStyle,
    /// A zone's name written after the time, not read (`ZONE_NAMES`).
    zone: Option<String>,
    /// Discord's day before the time ("Yesterday at 10:02"): the word, and how many days
    /// before the day of the copy it is.
    day_word: Option<(&'static str, i64)>,
}

/// How a stamp writes its time. Slack writes a continuing message's time bare ("9:03"), so
/// a bare hour of 1 to 12 among 12-hour times is read as one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClockStyle {
    /// "9:42 PM".
    Twelve,
    /// "21:42", "00:10", "09:42": an hour past 12, midnight as 0, or a leading zero.
    TwentyFour,
    /// "9:42", "12:05".
    Either,
}

impl ClockStyle {
    fn of(stamp: &str) -> Self {
        let lower = stamp.trim().to_ascii_lowercase();
        if lower.ends_with('m') || lower.ends_with("m.") {
            return ClockStyle::Twelve;
        }
        // The hour: before the first colon, after any date ("2026-03-14T09:42", "14/03, 09:42").
        let hour = lower
            .split(':')
            .next()
            .and_then(|head| head.rsplit(|c: char| !c.is_ascii_digit()).next())
            .unwrap_or_default();
        match hour.parse::<u8>() {
            Ok(h) if h == 0 || h > 12 || hour.len() == 2 && hour.starts_with('0') => {
                ClockStyle::TwentyFour
            }
            _ => ClockStyle::Either,
        }
    }

    /// Whether the transcript is being written in 12-hour times after a stamp written this way;
    /// `before` is what the stamps before it said.
    fn twelve_hour(self, before: bool) -> bool {
        match self {
            ClockStyle::Twelve => true,
            ClockStyle::TwentyFour => false,
            ClockStyle::Either => before,
        }
    }
}

/// How a numeric date like "03/04/26" is read: WhatsApp writes it in the phone's locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateOrder {
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    /// Decided once per transcript: a first number over 12 means day first, a second number
    /// over 12 means month first; with neither, 12-hour times suggest a US phone (month first).
    fn of(text: &str) -> Self {
        let (mut day_first, mut month_first, mut twelve_hour) = (false, false, false);
        for line in text.lines().take(5_000) {
            // Where a date starts a message: first on the line (WhatsApp), or after the dash
            // that ends a name (Discord). A version number inside a message is not a date.
            let tokens: Vec<&str> = line.split_whitespace().take(8).collect();
            let after_dash = tokens
                .windows(2)
                .find(|w| ["—", "–", "-"].contains(&w[0]))
                .map(|w| w[1]);
            let date = tokens
                .first()
                .copied()
                .into_iter()
                .chain(after_dash)
                .find_map(|t| numeric_date(t.trim_matches(['[', ']', ','])));
            if let Some([a, b, _]) = date {
                day_first |= a > 12;
                month_first |= b > 12;
                twelve_hour |= tokens.iter().any(|t| {
                    let t = t.trim_end_matches([']', ',']).to_ascii_lowercase();
                    t.ends_with("am") || t.ends_with("pm")
                });
            }
        }
        if !day_first && (month_first || twelve_hour) {
            DateOrder::MonthFirst
        } else {
            DateOrder::DayFirst
        }
    }

    fn read(self, text: &str) -> Option<Date> {
        let [a, b, year] = numeric_date(text)?;
        let year = if year < 100 { 2000 + year } else { year };
        let (day, month) = match self {
            DateOrder::DayFirst => (a, b),
            DateOrder::MonthFirst => (b, a),
        };
        Date::new(
            year as i32,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }
}

/// "14/03/2026", "3/14/26", "14.03.26": three numbers (one or two digits, then two or four).
pub(crate) fn numeric_date(text: &str) -> Option<[u32; 3]> {
    let separator = if text.contains('/') { '/' } else { '.' };
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let short = |t: &str| (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    let year = |t: &str| matches!(t.len(), 2 | 4) && t.bytes().all(|b| b.is_ascii_digit());
    if !(short(a) && short(b) && year(c)) {
        return None;
    }
    Some([a.parse().ok()?, b.parse().ok()?, c.parse().ok()?])
}

/// Recognises the start of a message that begins with its time stamp.
fn stamped_header(line: &str, order: DateOrder) -> Option<Header> {
    let trimmed = line.trim();
    let (header, stamp) = if let Some(inner) = trimmed.strip_prefix('[') {
        let (stamp, rest) = inner.split_once(']')?;
        let (approximate, stamp) = approximate_mark(without_weekday(stamp.trim()));
        // "[09:43 PST] ana: text": the zone's name is set aside as after a bare time.
        let (stamp, zone) = match stamp.rsplit_once(' ') {
            Some((time, zone)) if ZONE_NAMES.contains(&zone) => (time, Some(zone)),
            _ => (stamp, None),
        };
        let when = read_when(stamp, order)?;
        let mut header = after_stamp(when, rest, approximate);
        if let (Some(zone), When::Clock(_) | When::Dated(..)) = (zone, when) {
            header.zone = Some(zone.to_string());
        }
        (header, stamp)
    } else {
        let (approximate, trimmed) = approximate_mark(without_weekday(trimmed));
        let (when, rest) = leading_when(trimmed, order)?;
        let stamp = &trimmed[..trimmed.len() - rest.len()];
        (after_stamp(when, rest, approximate), stamp)
    };
    // "09:44:10.123 cy: text" is a message; "17:01:44.123 lock", a log line quoted in one, is
    // not: a bare time to the millisecond starts a message only with someone's name after it.
    // With its date written ("2026-03-14 09:00:00,123 ERROR ..."), it is a log's own line, read
    // as the same stamp without the fraction is.
    let fraction = stamp
        .rsplit_once(['.', ','])
        .is_some_and(|(_, f)| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    let dated = matches!(header.when, When::Dated(..) | When::Exact(_));
    if fraction && !dated && header.name.as_deref().is_none_or(str::is_empty) {
        return None;
    }
    Some(Header {
        clock: ClockStyle::of(stamp),
        ..header
    })
}

/// The name and text after a time stamp: `<name> text`, `name: text`, `* name text`,
/// or only a name (Slack-like) with the text on the next lines.
fn after_stamp(when: When, rest: &str, approximate: bool) -> Header {
    let rest = rest.trim_start_matches([' ', '\t', '-', '|']).trim_end();
    // "09:43 PST ben: text": a zone's name after a time read without one is not the start of
    // the name, when a name follows it ("09:43 ET | rolled back" is ET's). A time with its
    // offset or UTC written has taken its zone already.
    if matches!(when, When::Clock(_) | When::Dated(..)) {
        if let Some((word, after)) = rest.split_once(char::is_whitespace) {
            if ZONE_NAMES.contains(&word) {
                let header = header_after(when, after, approximate, Some(word.to_string()));
                if header.name.as_deref().is_some_and(|n| !n.is_empty()) {
                    return header;
                }
            }
        }
    }
    header_after(when, rest, approximate, None)
}

fn header_after(when: When, rest: &str, approximate: bool, zone: Option<String>) -> Header {
    let rest = rest.trim_start_matches([' ', '\t', '-', '|']).trim_end();
    let header = |name: Option<String>, text: String| Header {
        when,
        name,
        text,
        approximate,
        clock: ClockStyle::Either,
        zone: zone.clone(),
        day_word: None,
    };
    if let Some(inner) = rest.strip_prefix('<') {
        if let Some((name, text)) = inner.split_once('>') {
            let name = name.trim().trim_start_matches(['@', '+']).to_string();
            return header(Some(name), text.trim().to_string());
        }
    }
    // WeeChat: "ana | text", "@ben | text".
    if let Some((name, text)) = rest.split_once(" | ") {
        if display_name_or_handle(name.trim_start_matches(['@', '+'])) {
            let name = name.trim_start_matches(['@', '+']).to_string();
            return header(Some(name), text.trim().to_string());
        }
    }
    if let Some(action) = rest.strip_prefix("* ") {
        let (name, text) = action.split_once(' ').unwrap_or((action, ""));
        return header(Some(name.to_string()), text.trim().to_string());
    }
    if let Some((name, text)) = rest.split_once(": ") {
        if plausible_name(name) {
            return header(Some(zoom_sender(name.trim())), text.to_string());
        }
    }
    if let Some(name) = rest.strip_suffix(':') {
        if plausible_name(name) {
            return header(Some(zoom_sender(name.trim())), String::new());
        }
    }
    let name = (!rest.is_empty()).then(String::new);
    header(name, rest.to_string())
}

/// Zone names written after a time in chat logs and notes. They are not read: an
/// abbreviation does not say whether summer time applies ("PST" in July), and some name
/// several zones ("IST", "CST").
const ZONE_NAMES: &[&str] = &[
    "PST", "PDT", "PT", "MST", "MDT", "MT", "CST", "CDT", "CT", "EST", "EDT", "ET", "AKST", "AKDT",
    "HST", "AST", "ADT", "NST", "NDT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST",
    "MSK", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT",
    "SAST", "BRT", "ART",
];

/// Zoom's saved chat names the sender as "From Ana Souza to Everyone" (or "From Ana Souza").
fn zoom_sender(name: &str) -> String {
    let Some(rest) = name.strip_prefix("From ") else {
        return name.to_string();
    };
    let sender = rest.rsplit_once(" to ").map_or(rest, |(sender, _)| sender);
    sender.split_whitespace().collect::<Vec<_>>().join(" ")
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
fn leading_when(line: &str, order: DateOrder) -> Option<(When, &str)> {
    // Try the longest plausible stamp first: "2026-03-14T09:42:10.123+01:00", "2026-03-14 09:42:10",
    // "9:42:10 PM", "09:42".
    let tokens: Vec<(usize, &str)> = token_spans(line).take(3).collect();
    for count in (1..=tokens.len().min(3)).rev() {
        let end = tokens[count - 1].0 + tokens[count - 1].1.len();
        let candidate = &line[..end];
        // "10:05: recovered": a colon right after the time separates it from the text.
        let when = read_when(candidate, order).or_else(|| {
            read_when(
                candidate.strip_suffix(':').filter(|c| c.contains(':'))?,
                order,
            )
        });
        if let Some(when) = when {
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
fn read_when(stamp: &str, order: DateOrder) -> Option<When> {
    let stamp = stamp.trim();
    if stamp.is_empty() || !stamp.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Some(at) = Instant::parse_rfc3339(stamp) {
        return Some(When::Exact(at));
    }
    // "2026-03-14 09:42:10 UTC", "09:00 UTC", "09:19:00 +0100": with its zone written, a time
    // is an instant (a bare time takes its day as any other). Zone names other than UTC and
    // GMT are not read: people write "PST" in summer and "CET" in July.
    if let Some((local, zone)) = stamp.rsplit_once(' ') {
        // A number offset in full ("+0100", "+01:00"): "10:00 +12" starts a message.
        let east = match zone {
            "UTC" | "GMT" => Some(0),
            _ if zone.len() >= 5 => parse_offset(zone),
            _ => None,
        };
        if let Some(east) = east {
            return match read_when(local, order)? {
                When::Dated(date, time) => Instant::from_utc(date, time)
                    .map(|at| When::Exact(at.plus_minutes(-i64::from(east)))),
                When::Clock(time) => Some(When::ClockAt(time, east)),
                other => Some(other),
            };
        }
    }
    // WhatsApp: "14/03/2026, 09:42", "3/14/26, 9:44 AM", "14.03.26, 09:42".
    if let Some((date_text, time_text)) = stamp.split_once(", ") {
        if let (Some(date), Some(time)) = (order.read(date_text), parse_clock(time_text)) {
            return Some(When::Dated(date, time));
        }
    }
    if let Some((date_text, rest)) = stamp.split_once(['T', ' ']) {
        // "2026-03-14 09:42", and "14/03/2026 10:40" in the transcript's order of day and month.
        if let Some(date) = Date::parse_iso(date_text).or_else(|| order.read(date_text)) {
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
/// Google Chat ("Ana Souza, 9:42 AM") and Discord ("Ana Souza — Today at 9:42 AM") are alike.
fn slack_header(line: &str, order: DateOrder) -> Option<Header> {
    let bare = line.trim_matches(['[', ']']);
    if let Some(when) = read_when(bare, order) {
        return Some(Header {
            when,
            name: None,
            text: String::new(),
            approximate: false,
            clock: ClockStyle::of(bare),
            zone: None,
            day_word: None,
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
        let (name, day_word) = without_day_words(name.trim());
        let name = name.trim_end_matches(',');
        let (name, date) = with_dated_header(name, order);
        let clock = parse_clock(stamp.trim()).filter(|_| stamp.contains(':'));
        if let Some(time) = clock {
            if plausible_name(name) && !name.ends_with(':') && !ends_like_a_sentence(name) {
                return Some(Header {
                    when: date.map_or(When::Clock(time), |date| When::Dated(date, time)),
                    name: Some(name.to_string()),
                    text: String::new(),
                    approximate: false,
                    clock: ClockStyle::of(stamp),
                    zone: None,
                    day_word: day_word.filter(|_| date.is_none()),
                });
            }
        }
    }
    None
}

/// "Ana Souza — 03/14/2026" gives "Ana Souza" and the date (Discord's header for older days).
fn with_dated_header(name: &str, order: DateOrder) -> (&str, Option<Date>) {
    let Some((author, date_text)) = name.rsplit_once(' ') else {
        return (name, None);
    };
    match (
        author.trim_end().strip_suffix(['—', '–', '-']),
        order.read(date_text),
    ) {
        (Some(author), Some(date)) => (author.trim_end(), Some(date)),
        _ => (name, None),
    }
}

/// "Ana Souza — Today at" gives "Ana Souza" (Discord's header before the time), as do Slack's
/// "Ana Souza  Today at" and "Ana Souza, Today at"; with the day they name, as `relative_day`.
fn without_day_words(name: &str) -> (&str, Option<(&'static str, i64)>) {
    for (day, word) in [("Today at", "Today"), ("Yesterday at", "Yesterday")] {
        if let Some(rest) = name.strip_suffix(day) {
            let rest = rest.trim_end();
            let author = rest
                .strip_suffix(['—', '–', '-', ','])
                .unwrap_or(rest)
                .trim_end();
            if !author.is_empty() {
                return (author, relative_day(word));
            }
        }
    }
    (name, None)
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
        "joined using this group's invite link",
        "messages and calls are end-to-end encrypted",
    ]
    .iter()
    .any(|pattern| lower.contains(pattern))
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_inside_a_message_are_kept_and_long_lines_are_reported() {
        let anchor = Date::new(2026, 3, 14).unwrap();
        let parsed = parse(
            "\u{1}09:41 Ana: bell \u{7} and escape \u{1b}[0m kept",
            anchor,
        );
        assert_eq!(parsed.messages.len(), 1);
        assert_eq!(parsed.messages[0].name, "Ana");
        assert_eq!(
            parsed.messages[0].text,
            "bell \u{7} and escape \u{1b}[0m kept"
        );
        let long = format!("09:42 Ben: {}", "x".repeat(12_000));
        let parsed = parse(&long, anchor);
        assert_eq!(parsed.messages.len(), 1);
        assert!(parsed.messages[0].text.chars().count() < 10_000);
        assert_eq!(parsed.skipped.len(), 1);
        assert_eq!(parsed.skipped[0].line, 1);
        assert!(parsed.skipped[0].reason.contains("10,000"));
        // A line of exactly the limit is not reported.
        let exact = format!("09:42 Ben: {}", "x".repeat(10_000 - 11));
        assert!(parse(&exact, anchor).skipped.is_empty());
    }

    use super::*;

    fn anchor() -> Date {
        Date::new(2026, 3, 14).unwrap()
    }

    /// The stamps of `text`'s messages, read on a clock `east` minutes from UTC.
    fn stamps(text: &str, east: i32) -> Vec<Stamp> {
        parse_on_clock(text, anchor(), east)
            .messages
            .iter()
            .map(|m| m.stamp)
            .collect()
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

    fn utc(h: u8, m: u8, s: u8) -> Stamp {
        Stamp::Exact(Instant::from_utc(anchor(), TimeOfDay::new(h, m, s).unwrap()).unwrap())
    }

    #[test]
    fn a_name_and_a_time_with_no_message_are_skipped_with_a_reason() {
        // Slack: Ben's message was an image, not copied; a stamped line with no words; and a
        // facilitator's time alone.
        let slack = parse(
            "Ana Souza  9:42 AM\nchecking\nBen Lee  9:43 AM\nAna Souza  9:44 AM\nrolled back",
            anchor(),
        );
        let said: Vec<(&str, &str)> = slack
            .messages
            .iter()
            .map(|m| (m.name.as_str(), m.text.as_str()))
            .collect();
        assert_eq!(
            said,
            [("Ana Souza", "checking"), ("Ana Souza", "rolled back")]
        );
        assert_eq!(
            slack.skipped,
            [Skipped {
                line: 3,
                text: "Ben Lee  9:43 AM".into(),
                reason: "a name and a time with no message after them",
            }]
        );
        let stamped = parse(
            "09:00 ana: up\n09:01 ben:\n\n~09:05\n09:06 ana: down",
            anchor(),
        );
        assert_eq!(stamped.messages.len(), 2, "{:?}", stamped.messages);
        let lines: Vec<usize> = stamped.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [2, 4]);
        // In line order with the other skipped lines.
        let mixed = parse("stray\n09:00 ana:\n09:01 ben: up", anchor());
        let lines: Vec<usize> = mixed.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [1, 2]);
    }

    #[test]
    fn overlapping_copies_of_a_chat_give_each_message_once() {
        // The second copy starts again at Ben's line; the date lines set the day again.
        let text = "Saturday, March 14th\nAna Souza  9:42 AM\nchecking\nBen Lee  9:43 AM\n\
                    ack\nSaturday, March 14th\nBen Lee  9:43 AM\nack\nAna Souza  9:44 AM\n\
                    rolled back";
        let parsed = parse(text, anchor());
        let said: Vec<(usize, &str)> = parsed
            .messages
            .iter()
            .map(|m| (m.line, m.text.as_str()))
            .collect();
        assert_eq!(said, [(2, "checking"), (4, "ack"), (9, "rolled back")]);
        assert_eq!(parsed.repeats, [(7, 4)]);
        let skipped: Vec<(usize, &str)> =
            parsed.skipped.iter().map(|s| (s.line, s.reason)).collect();
        assert_eq!(
            skipped,
            [
                (1, "a date: the times after it are on that day"),
                (6, "a date: the times after it are on that day"),
                (
                    7,
                    "the same time, name and words as a line before it (pasted twice?)"
                ),
            ]
        );
        // Not repeats: the same words by someone else, or at another minute; "@ana" and "Ana"
        // are one name.
        let kept = parse(
            "09:00 ana: ack\n09:00 ben: ack\n09:01 ana: ack\n09:01 @Ana: ack",
            anchor(),
        );
        assert_eq!(kept.messages.len(), 3);
        assert_eq!(kept.repeats, [(4, 3)]);
    }

    #[test]
    fn a_second_copy_pasted_after_the_first_stays_on_its_day() {
        // The second copy starts again at 09:30: not the next day.
        let text = "09:00 ana: up\n09:30 ben: looking\n10:00 ana: rolled back\n\
                    09:30 ben: looking\n10:00 ana: rolled back\n10:40 ben: all clear";
        let parsed = parse(text, anchor());
        let said: Vec<(&str, Stamp)> = parsed
            .messages
            .iter()
            .map(|m| (m.text.as_str(), m.stamp))
            .collect();
        assert_eq!(
            said,
            [
                ("up", local(14, 9, 0, 0)),
                ("looking", local(14, 9, 30, 0)),
                ("rolled back", local(14, 10, 0, 0)),
                ("all clear", local(14, 10, 40, 0)),
            ]
        );
        assert_eq!(parsed.repeats, [(4, 2), (5, 3)]);
        // A second copy that goes on past midnight: the day after is the first copy's next.
        let late = parse(
            "22:00 ana: up\n23:50 ben: looking\n22:00 ana: up\n23:50 ben: looking\n\
             00:10 ana: fixed",
            anchor(),
        );
        let at: Vec<Stamp> = late.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            at,
            [
                local(14, 22, 0, 0),
                local(14, 23, 50, 0),
                local(15, 0, 10, 0)
            ]
        );
        // Its last message alone, copied again: the same.
        let last = parse("09:00 ana: up\n10:40 ben: ok\n09:00 ana: up", anchor());
        assert_eq!(last.messages.len(), 2);
        assert_eq!(last.repeats, [(3, 1)]);
        // A bot's daily line, then new words, is the next day.
        let daily = parse(
            "09:00 bot: standup\n17:00 ana: bye\n09:00 bot: standup\n09:05 ana: morning",
            anchor(),
        );
        let at: Vec<Stamp> = daily.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            at,
            [
                local(14, 9, 0, 0),
                local(14, 17, 0, 0),
                local(15, 9, 0, 0),
                local(15, 9, 5, 0)
            ]
        );
        assert!(daily.repeats.is_empty());
    }

    #[test]
    fn a_log_time_with_milliseconds_starts_its_own_message() {
        let parsed = parse(
            "09:44:09.871 ben: restarting the replica\n09:44:10.123 cy: lag back to zero\n\
             [09:44:11,5] ana: thanks",
            anchor(),
        );
        let said: Vec<(&str, Stamp)> = parsed
            .messages
            .iter()
            .map(|m| (m.name.as_str(), m.stamp))
            .collect();
        assert_eq!(
            said,
            [
                ("ben", local(14, 9, 44, 9)),
                ("cy", local(14, 9, 44, 10)),
                ("ana", local(14, 9, 44, 11)),
            ]
        );
        assert!(parsed.skipped.is_empty(), "{:?}", parsed.skipped);
    }

    #[test]
    fn a_dated_log_stamp_with_a_fraction_of_a_second_is_read_as_without_it() {
        // Log4j and Python write milliseconds after a comma, others after a point, any number
        // of digits: the line is read as the same stamp without them.
        for line in [
            "2026-03-14 09:00:00.123 ERROR db pool exhausted",
            "2026-03-14 09:00:00,123 ERROR db pool exhausted",
            "2026-03-14 09:00:00.123456 ERROR db pool exhausted",
            "[2026-03-14 09:00:00,1] ERROR db pool exhausted",
            "2026-03-14T09:00:00.123 ERROR db pool exhausted",
            "2026-03-14 09:00:00 ERROR db pool exhausted",
        ] {
            let parsed = parse(line, anchor());
            assert!(parsed.skipped.is_empty(), "{line}: {:?}", parsed.skipped);
            let m = one(line);
            assert_eq!(m.stamp, local(14, 9, 0, 0), "{line}");
            assert_eq!(m.text, "ERROR db pool exhausted", "{line}");
        }
        let m = one("2026-03-14 09:00:00.123 ana: pool exhausted");
        assert_eq!((m.stamp, m.name.as_str()), (local(14, 9, 0, 0), "ana"));
        // A bare time to the millisecond without a name is still a log line quoted in the
        // message before it.
        let parsed = parse("10:02 ana: stuck:\n17:01:44.123 lock", anchor());
        assert_eq!(parsed.messages.len(), 1);
        assert!(parsed.messages[0].text.contains("17:01:44.123 lock"));
    }

    #[test]
    fn a_time_with_its_zone_written_is_an_instant_and_the_zone_is_not_a_name() {
        for (line, stamp, name) in [
            ("09:00 UTC alice: paged", utc(9, 0, 0), "alice"),
            ("09:00 GMT alice: paged", utc(9, 0, 0), "alice"),
            ("09:19:00 +0100 dave: restarted", utc(8, 19, 0), "dave"),
            ("09:19 -05:00 dave: restarted", utc(14, 19, 0), "dave"),
        ] {
            let m = one(line);
            assert_eq!((m.stamp, m.name.as_str()), (stamp, name), "{line}");
        }
        // Past midnight in UTC, the day turns as for any bare time.
        let parsed = parse("23:50 UTC ana: one\n00:10 UTC ana: two", anchor());
        let next = Instant::from_utc(anchor().next_day(), TimeOfDay::new(0, 10, 0).unwrap());
        assert_eq!(parsed.messages[1].stamp, Stamp::Exact(next.unwrap()));
    }

    #[test]
    fn a_zone_name_after_a_time_is_set_aside_not_taken_for_a_name() {
        let parsed = parse(
            "09:43 PST ben: rolled back\n[09:44 EDT] cy: confirmed\n9:45 AM CET <ana> ok\n\
             09:46 ANA: not a zone\n09:47 UTC dee: read as UTC",
            anchor(),
        );
        let names: Vec<&str> = parsed.messages.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["ben", "cy", "ana", "ANA", "dee"]);
        assert_eq!(parsed.messages[0].stamp, local(14, 9, 43, 0));
        assert_eq!(parsed.messages[0].text, "rolled back");
        assert_eq!(
            parsed.zone_names,
            [(1, "PST".into()), (2, "EDT".into()), (3, "CET".into())]
        );
        // A zone's name as the only word after the time is the message's text; one that no
        // name follows is the speaker's name.
        assert_eq!(one("09:43 PST").text, "PST");
        let m = one("09:43 ET | rolled back");
        assert_eq!((m.name.as_str(), m.text.as_str()), ("ET", "rolled back"));
    }

    #[test]
    fn a_first_time_in_utc_goes_on_the_anchors_day_on_the_reviews_clock() {
        let at = |text: &str| Stamp::Exact(Instant::parse_rfc3339(text).unwrap());
        // An evening in Los Angeles (UTC-7 in March) is the next morning in UTC.
        assert_eq!(
            stamps("01:00 UTC ana: one\n01:30 UTC ana: two", -420),
            [at("2026-03-15T01:00:00Z"), at("2026-03-15T01:30:00Z")]
        );
        // Just after midnight in Berlin is the evening before in UTC.
        assert_eq!(
            stamps("23:30 UTC ana: one\n23:50 UTC ana: two", 60),
            [at("2026-03-13T23:30:00Z"), at("2026-03-13T23:50:00Z")]
        );
        // Midnight on the clock written turns the day as for any time after it.
        assert_eq!(
            stamps("23:50 UTC ana: one\n00:10 UTC ana: two", -420),
            [at("2026-03-14T23:50:00Z"), at("2026-03-15T00:10:00Z")]
        );
        // A date written in the transcript is the clock's own: nothing moves.
        assert_eq!(
            stamps("2026-03-20\n01:00 UTC ana: one", -420),
            [at("2026-03-20T01:00:00Z")]
        );
        // A bare time after a zoned one stays on the review's clock and day.
        assert_eq!(
            stamps("01:00 UTC bot: alert\n18:10 ana: ack", -420),
            [at("2026-03-15T01:00:00Z"), local(14, 18, 10, 0)]
        );
        // After a bare time the day goes on from it (18:00 in Los Angeles, then 01:05 UTC:
        // past midnight on the clock read, the next day).
        assert_eq!(
            stamps("18:00 ana: one\n01:05 UTC bot: two", -420)[1],
            at("2026-03-15T01:05:00Z")
        );
    }

    #[test]
    fn a_date_written_with_slashes_before_the_time_starts_a_message() {
        let m = one("15/03/2026 10:40 carol: checked");
        assert_eq!((m.stamp, m.name.as_str()), (local(15, 10, 40, 0), "carol"));
    }

    #[test]
    fn log_lines_and_zone_names_in_a_message_stay_its_text() {
        // A log quoted in chat is the message's text, not messages of its own (they would set
        // the day for every line after them), and zone names are not read: people write "PST"
        // in summer.
        let parsed = parse(
            "10:02 ana: primary is stuck:\nMar 14 17:01:44 db1 postgres[311]: waiting\n\
             17:01:44.123 lock\n17:01:44Z retry\n10:05 ben: rolling back",
            anchor(),
        );
        let names: Vec<&str> = parsed.messages.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["ana", "ben"]);
        assert!(parsed.messages[0].text.contains("17:01:44Z retry"));
        assert_eq!(parsed.messages[1].stamp, local(14, 10, 5, 0));
        assert_eq!(one("10:55 PST hal: looking").stamp, local(14, 10, 55, 0));
    }

    #[test]
    fn a_time_range_or_a_count_after_a_time_is_not_a_zone() {
        let m = one("10:00 +12 errors since the deploy");
        assert_eq!(m.stamp, local(14, 10, 0, 0));
        assert!(m.text.contains("+12 errors"), "{m:?}");
        let parsed = parse("09:00 ana: window\n12:00-12:30 maintenance", anchor());
        assert_eq!(parsed.messages.len(), 1);
        assert!(parsed.messages[0].text.contains("12:00-12:30"));
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
    fn a_bare_time_among_12_hour_times_takes_the_nearer_half_day() {
        let t = parse(
            "9:02 PM Ana: deploy rolled back\n9:03 Ben: errors falling\n9:01 Ana: sent late\n\
             11:58 PM Ana: still watching\n12:05 Ben: past midnight\n1:10 AM Ana: done",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [
                local(14, 21, 2, 0),
                local(14, 21, 3, 0),
                local(14, 21, 1, 0),
                local(14, 23, 58, 0),
                local(15, 0, 5, 0),
                local(15, 1, 10, 0),
            ]
        );
        // Slack writes a continuing message's time bare.
        let t = parse(
            "Ana Souza  9:02 PM\nrolled back\n9:03\nerrors falling",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(stamps, [local(14, 21, 2, 0), local(14, 21, 3, 0)]);
        // In 24-hour times, "09:03" after "21:02" is the next morning, as written; so it is
        // after a 12-hour stamp, as a leading zero is a 24-hour clock's, and the times after
        // it are read as written.
        let t = parse("21:02 Ana: late\n09:03 Ben: morning", anchor());
        assert_eq!(t.messages[1].stamp, local(15, 9, 3, 0));
        let t = parse(
            "9:02 PM Ana: late\n09:05 Ben: morning\n9:40 Ben: still\n13:00 Ana: noon",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [
                local(14, 21, 2, 0),
                local(15, 9, 5, 0),
                local(15, 9, 40, 0),
                local(15, 13, 0, 0),
            ]
        );
    }

    #[test]
    fn a_step_back_of_minutes_is_out_of_order_and_an_impossible_time_is_listed() {
        let t = parse(
            "23:58 ana: still up\n00:01 ben: past midnight\n00:00 ana: sent a moment before\n\
             25:61 Ana: bad time\n00:03 ben: ok",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [
                local(14, 23, 58, 0),
                local(15, 0, 1, 0),
                local(15, 0, 0, 0),
                local(15, 0, 3, 0)
            ]
        );
        assert_eq!(t.messages[2].text, "sent a moment before");
        assert_eq!(t.skipped.len(), 1);
        assert_eq!(t.skipped[0].line, 4);
        assert!(t.skipped[0].reason.contains("does not exist"));
        // Ten past nine after a quarter past: the same morning, out of order.
        let t = parse(
            "09:15 ana: one\n09:10 ben: two\n07:00 ana: next day",
            anchor(),
        );
        let days: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            days,
            [local(14, 9, 15, 0), local(14, 9, 10, 0), local(15, 7, 0, 0)]
        );
    }

    #[test]
    fn a_12_hour_clock_without_am_or_pm_goes_on_into_the_afternoon() {
        let t = parse(
            "[11:58] ana: deploy started\n[12:03] ben: errors up\n[1:15] ana: rolled back\n\
             [2:40] ben: all clear\n[2:31] ana: sent late\n[11:50] ben: still quiet\n\
             [12:10] ana: past midnight",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [
                local(14, 11, 58, 0),
                local(14, 12, 3, 0),
                local(14, 13, 15, 0),
                local(14, 14, 40, 0),
                local(14, 14, 31, 0),
                local(14, 23, 50, 0),
                local(15, 0, 10, 0),
            ]
        );
        let read: Vec<usize> = t.read_as_twelve_hour.iter().map(|(l, _)| *l).collect();
        assert_eq!(read, [3, 4, 5, 6, 7]);
        assert_eq!(
            t.read_as_twelve_hour[0].1,
            TimeOfDay::new(13, 15, 0).unwrap()
        );
        // Neighbours: a 24-hour clock says so ("23:58", "00:03", "09:15") and is read as
        // written; an unmarked clock that never steps back far is read as written.
        let t = parse(
            "23:58 ana: still up\n00:03 ben: past midnight\n9:15 ana: morning",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [
                local(14, 23, 58, 0),
                local(15, 0, 3, 0),
                local(15, 9, 15, 0)
            ]
        );
        assert!(t.read_as_twelve_hour.is_empty());
        // Chosen, and said in the preview: a 24-hour log written without leading zeros and
        // with a night's gap ("12:40", then "9:05" the next morning) reads as the evening.
        assert_eq!(
            messages("[10:15] ana: up\n[12:40] ben: lunch\n[9:05] ana: back")[2].2,
            local(14, 21, 5, 0)
        );
        let t = parse(
            "[9:15] ana: one\n[9:10] ben: two\n[10:40] ana: three",
            anchor(),
        );
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [
                local(14, 9, 15, 0),
                local(14, 9, 10, 0),
                local(14, 10, 40, 0)
            ]
        );
        assert!(t.read_as_twelve_hour.is_empty());
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
    fn a_dated_line_sets_the_day_of_the_bare_times_after_it() {
        let at = |text: &str| Stamp::Exact(Instant::parse_rfc3339(text).unwrap());
        // A bare time earlier than the instant before it is the next day, counted from it.
        assert_eq!(
            stamps(
                "2026-03-14T23:50:00Z deploybot: deploy started\n00:10 Ana: alerts firing\n\
                 00:12 Ana: paging Ben",
                0
            ),
            [
                at("2026-03-14T23:50:00Z"),
                local(15, 0, 10, 0),
                local(15, 0, 12, 0)
            ]
        );
        // A date days after the anchor carries the bare times after it to that date.
        assert_eq!(
            stamps(
                "09:00 Ana: hello\n2026-03-20T10:00:00Z deploybot: x\n10:05 Ana: next",
                0
            ),
            [
                local(14, 9, 0, 0),
                at("2026-03-20T10:00:00Z"),
                local(20, 10, 5, 0)
            ]
        );
        // The day is the instant's on the review's clock: 23:50 UTC is 00:50 the next day in
        // Berlin, and 16:50 the same day in Los Angeles.
        let text = "2026-03-14T23:50:00Z bot: deploy\n01:00 ana: alerts";
        assert_eq!(stamps(text, 60)[1], local(15, 1, 0, 0));
        assert_eq!(stamps(text, -420)[1], local(15, 1, 0, 0));
        assert_eq!(
            stamps("2026-03-14T23:50:00Z bot: deploy\n17:00 ana: alerts", -420)[1],
            local(14, 17, 0, 0)
        );
        // A date with its zone's name written is an instant too; a local date and time still
        // sets the day as before.
        assert_eq!(
            stamps("2026-03-16 22:00:00 UTC bot: x\n08:00 ana: y", 0)[1],
            local(17, 8, 0, 0)
        );
        assert_eq!(
            stamps("2026-03-16 22:00 bot: x\n22:30 ana: y", 0)[1],
            local(16, 22, 30, 0)
        );
        // An instant between the lines of a chat on a 12-hour clock leaves it on that clock.
        assert_eq!(
            stamps(
                "9:42 PM ana: x\n2026-03-14T21:45:00Z bot: y\n9:50 ana: z",
                0
            )[2],
            local(14, 21, 50, 0)
        );
    }

    #[test]
    fn a_weekday_before_a_time_is_left_aside_not_taken_for_more_text() {
        let parsed = parse(
            "13:02 Ana: one\nTue 13:03 Ana: weekday prefix\n13:04 Ana: three",
            anchor(),
        );
        let said: Vec<(&str, &str, Stamp)> = parsed
            .messages
            .iter()
            .map(|m| (m.name.as_str(), m.text.as_str(), m.stamp))
            .collect();
        assert_eq!(
            said,
            [
                ("Ana", "one", local(14, 13, 2, 0)),
                ("Ana", "weekday prefix", local(14, 13, 3, 0)),
                ("Ana", "three", local(14, 13, 4, 0)),
            ]
        );
        // Short or long, any case, with a comma or a point, in brackets or before a date.
        for line in [
            "Tuesday, 13:03 Ana: x",
            "TUE. 13:03 Ana: x",
            "wed 1:03 PM Ana: x",
            "[Tue 13:03] Ana: x",
            "Sat 2026-03-14 13:03 Ana: x",
        ] {
            let m = one(line);
            assert_eq!(
                (m.stamp, m.name.as_str()),
                (local(14, 13, 3, 0), "Ana"),
                "{line}"
            );
        }
        // A weekday before a time that does not exist is listed, not added to the message.
        let parsed = parse("13:02 Ana: one\nTue 25:61 Ana: late", anchor());
        assert_eq!(parsed.messages.len(), 1);
        assert_eq!(parsed.messages[0].text, "one");
        assert_eq!(parsed.skipped.len(), 1);
        // A weekday before anything but a time is as before: a date line, or more text.
        let parsed = parse(
            "13:02 Ana: one\nSat, 21 March\n09:00 Ben: two\nTue we deploy",
            anchor(),
        );
        assert_eq!(parsed.messages.len(), 2);
        assert_eq!(parsed.messages[1].stamp, local(21, 9, 0, 0));
        assert_eq!(parsed.messages[1].text, "two\nTue we deploy");
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

    /// (name, text, stamp) of each message.
    fn messages(text: &str) -> Vec<(String, String, Stamp)> {
        parse(text, anchor())
            .messages
            .into_iter()
            .map(|m| (m.name, m.text, m.stamp))
            .collect()
    }

    fn said(name: &str, text: &str, stamp: Stamp) -> (String, String, Stamp) {
        (name.to_string(), text.to_string(), stamp)
    }

    #[test]
    fn slack_with_the_name_and_the_time_on_separate_lines() {
        let text = "Ana Souza\n  9:42 AM\ncheckout errors are up\n9:43\nstill up\nBen Lee\n9:44 AM\nlooking\nAna Souza\n9:50 AM\nthanks";
        assert_eq!(
            messages(text),
            [
                said("Ana Souza", "checkout errors are up", local(14, 9, 42, 0)),
                said("Ana Souza", "still up", local(14, 9, 43, 0)),
                said("Ben Lee", "looking", local(14, 9, 44, 0)),
                said("Ana Souza", "thanks", local(14, 9, 50, 0)),
            ]
        );
        // Slack may show a status emoji between the name and the time.
        let t = parse("Ana Souza\n:palm_tree:\n9:42 AM\nback from leave", anchor());
        assert_eq!(t.messages[0].name, "Ana Souza");
        assert_eq!(t.skipped.len(), 1);
        assert_eq!(t.skipped[0].text, ":palm_tree:");
        // A short reply before a continuation time stays the reply.
        let text = "Ana Souza\n09:42\ndeploying\nok\n09:43\ndone";
        assert_eq!(
            messages(text),
            [
                said("Ana Souza", "deploying\nok", local(14, 9, 42, 0)),
                said("Ana Souza", "done", local(14, 9, 43, 0)),
            ]
        );
    }

    #[test]
    fn a_facilitators_approximate_note_after_a_slack_copy_is_a_message_of_its_own() {
        let text = "Priya Natarajan  11:58 PM\nqueue depth is climbing\n10:30 works for me\n\
                    Tom Becker  11:59 PM\non it\n~12:30 AM everyone agrees it is over";
        let read = messages(text);
        assert_eq!(read.len(), 3, "{read:?}");
        assert_eq!(read[0].1, "queue depth is climbing\n10:30 works for me");
    }

    #[test]
    fn a_long_log_in_a_block_of_code_does_not_outvote_slacks_lines() {
        let text = "Priya Natarajan  11:52 PM\nseeing this:\n```\n\
                    2026-03-14 23:57:01,223 ERROR pool exhausted\n\
                    2026-03-14 23:57:02,001 WARN retrying\n\
                    2026-03-14 23:57:03,001 WARN retrying\n\
                    2026-03-14 23:57:04,001 WARN retrying\n\
                    2026-03-14 23:57:05,001 WARN retrying\n\
                    2026-03-14 23:57:06,001 ERROR gave up\n```\n\
                    Tom Becker  11:58 PM\nlooking";
        let read = messages(text);
        assert_eq!(read.len(), 2, "{read:?}");
        assert!(read[0].1.contains("23:57:06,001 ERROR gave up"));
        assert_eq!(read[1].0, "Tom Becker");
    }

    #[test]
    fn a_slack_copy_stays_one_when_a_message_line_starts_with_a_time() {
        let text = "Saturday, March 14th\nPriya Natarajan  11:52 PM\nPagerDuty paged me\n\
                    Tom Becker  11:53 PM\nhere. was about to log off\n11:54\nnothing deployed\n\
                    (edited)\n:eyes:\n2\nPriya Natarajan  11:58 PM\nseeing this in the logs:\n\
                    2026-03-14 23:57:01,223 ERROR pool exhausted (50/50)\n\
                    10:30 works for me\n12:03 AM\nok the pool is at 50/50\n\
                    Lena Okafor  12:05 AM\njoining\n3 replies\nLast reply 2 hours ago\n\
                    View thread\nSunday, March 15th\nTom Becker  12:20 AM\nrenice'd the export";
        assert_eq!(
            messages(text),
            [
                said(
                    "Priya Natarajan",
                    "PagerDuty paged me",
                    local(14, 23, 52, 0)
                ),
                said(
                    "Tom Becker",
                    "here. was about to log off",
                    local(14, 23, 53, 0)
                ),
                // Slack's bare time after "11:53 PM" is on the same 12-hour clock.
                said("Tom Becker", "nothing deployed", local(14, 23, 54, 0)),
                said(
                    "Priya Natarajan",
                    "seeing this in the logs:\n2026-03-14 23:57:01,223 ERROR pool exhausted \
                     (50/50)\n10:30 works for me",
                    local(14, 23, 58, 0)
                ),
                said(
                    "Priya Natarajan",
                    "ok the pool is at 50/50",
                    local(15, 0, 3, 0)
                ),
                said("Lena Okafor", "joining", local(15, 0, 5, 0)),
                said("Tom Becker", "renice'd the export", local(15, 0, 20, 0)),
            ]
        );
        // Neighbours: stamped lines with a minority of Slack-like ones stay stamped lines, and
        // a Slack copy whose names and times are on lines of their own is still one.
        let t = parse(
            "09:00 ana: hi\nBen Lee 9:42\n09:01 ben: yo\n09:02 ana: ok",
            anchor(),
        );
        assert_eq!(t.messages.len(), 3);
        assert_eq!(t.messages[0].text, "hi\nBen Lee 9:42");
        assert_eq!(
            messages("Ana Souza\n9:42 AM\ndeploying\n10:30 works\nBen Lee\n9:44 AM\nok"),
            [
                said("Ana Souza", "deploying\n10:30 works", local(14, 9, 42, 0)),
                said("Ben Lee", "ok", local(14, 9, 44, 0)),
            ]
        );
    }

    #[test]
    fn slacks_own_text_is_left_out_of_messages() {
        let text = "Ana Souza  9:42 AM\ncheckout is down (edited)\n:eyes:\n2\n:+1: 3 :tada: 1\n3 replies\nLast reply 2 days ago\nView thread\nBen Lee  9:43 AM\n:fire: is this it?\n12 replicas are down";
        let t = parse(text, anchor());
        let texts: Vec<&str> = t.messages.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "checkout is down",
                ":fire: is this it?\n12 replicas are down"
            ]
        );
        assert_eq!(t.skipped.len(), 6);
        assert!(t.skipped.iter().all(|s| s.reason.contains("Slack")));
        // Only in a Slack copy: elsewhere an emoji line is somebody's message.
        let t = parse("09:42 ana: look\n:eyes:\n2", anchor());
        assert_eq!(t.messages[0].text, "look\n:eyes:\n2");
    }

    #[test]
    fn slack_date_lines_set_the_day() {
        let text = "Saturday, March 14th\nAna Souza  11:58 PM\nstill slow\nSunday, March 15th\nBen Lee  8:03 AM\nfixed\nMonday, March 16th, 2026\nAna Souza  9:00 AM\nreview?";
        let t = parse(text, Date::new(2026, 1, 1).unwrap());
        let stamps: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            stamps,
            [local(14, 23, 58, 0), local(15, 8, 3, 0), local(16, 9, 0, 0)]
        );
        assert_eq!(t.messages[0].text, "still slow");
        assert_eq!(t.skipped.len(), 3);
        assert!(t.skipped[1].reason.contains("date"));
        // Not dates: a line inside a message that merely starts like one.
        let today = anchor();
        assert_eq!(date_line("March 14th was busy", today), None);
        assert_eq!(date_line("March 20", today), None);
        assert_eq!(date_line("Friday, Smarch 13", today), None);
        assert_eq!(date_line("Sat, Mar 14", today), Date::new(2026, 3, 14));
        // The day first, and irssi's day change.
        assert_eq!(date_line("Friday, 20 March", today), Date::new(2026, 3, 20));
        assert_eq!(
            date_line("Saturday 21 March 2026", today),
            Date::new(2026, 3, 21)
        );
        assert_eq!(
            date_line("--- Day changed Fri Mar 20 2026", today),
            Date::new(2026, 3, 20)
        );
        assert_eq!(date_line("Friday 20 people joined", today), None);
        let new_year = Date::new(2026, 12, 31).unwrap();
        assert_eq!(
            date_line("Friday, January 1st", new_year),
            Date::new(2027, 1, 1)
        );
    }

    #[test]
    fn slacks_today_and_yesterday_are_counted_from_the_date_given() {
        let text = "Yesterday\nAna Souza  11:50 PM\nstill slow\nToday\nBen Lee  11:55 PM\n\
                    follow-up the next evening: root fix deployed";
        let t = parse(text, anchor());
        assert_eq!(
            messages(text),
            [
                said("Ana Souza", "still slow", local(14, 23, 50, 0)),
                said(
                    "Ben Lee",
                    "follow-up the next evening: root fix deployed",
                    local(15, 23, 55, 0)
                ),
            ]
        );
        assert_eq!(
            t.relative_days,
            [
                (1, "Yesterday", anchor()),
                (4, "Today", Date::new(2026, 3, 15).unwrap())
            ]
        );
        assert!(t.skipped.iter().all(|s| s.reason.contains("date")));
        // Neighbours: "today" in a message, and "Today" in a transcript of stamped lines, are
        // text; Discord's "Today at" is on the date given, as Slack's "Today".
        assert_eq!(
            messages("Ana Souza  9:42 AM\nretro when?\ntoday\nBen Lee  9:43 AM\nok")[0].1,
            "retro when?\ntoday"
        );
        assert_eq!(
            messages("09:00 ana: retro when?\nToday\n09:01 ben: ok")[0].1,
            "retro when?\nToday"
        );
        assert_eq!(
            messages("Today\nAna Souza — Today at 9:42 AM\nchecking")[0].2,
            local(14, 9, 42, 0)
        );
        // "Yesterday" as a reply is text: no message starts after it, and it would go back.
        let reply = "Today\nAna Souza  9:42 AM\nwhen did it start?\nBen Lee  9:43 AM\n\
                     Yesterday\nAna Souza  9:44 AM\nok";
        let read = messages(reply);
        assert_eq!(read[1].1, "Yesterday");
        assert_eq!(read[2].2, local(14, 9, 44, 0));
        assert_eq!(
            messages("Ana Souza  9:42 AM\nwhen?\nYesterday\nstill checking")[0].1,
            "when?\nYesterday\nstill checking"
        );
    }

    #[test]
    fn discords_yesterday_and_today_set_the_day_from_the_date_given() {
        let text = "Ana Souza — Yesterday at 10:02 AM\ncheckout slow\n\
                    Ben Lee — Yesterday at 10:40 AM\nlooking\n\
                    Ana Souza — Today at 11:00 AM\nfixed\nBen Lee — Today at 11:05 AM\nok";
        let t = parse(text, anchor());
        let at: Vec<Stamp> = t.messages.iter().map(|m| m.stamp).collect();
        assert_eq!(
            at,
            [
                local(14, 10, 2, 0),
                local(14, 10, 40, 0),
                local(15, 11, 0, 0),
                local(15, 11, 5, 0)
            ]
        );
        let names: Vec<&str> = t.messages.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Ana Souza", "Ben Lee", "Ana Souza", "Ben Lee"]);
        // Said once where the day changes, for the preview.
        assert_eq!(
            t.relative_days,
            [
                (1, "Yesterday", anchor()),
                (5, "Today", Date::new(2026, 3, 15).unwrap())
            ]
        );
        // "Today at" alone is the date given, as before; after Slack's "Yesterday" line it is
        // the day after.
        assert_eq!(
            stamps(
                "Ana Souza — Today at 9:42 AM\nup\nBen Lee — Today at 9:43 AM\nok",
                0
            ),
            [local(14, 9, 42, 0), local(14, 9, 43, 0)]
        );
        assert_eq!(
            stamps(
                "Yesterday\nAna Souza  11:50 PM\nslow\nBen Lee — Today at 9:43 AM\nok",
                0
            ),
            [local(14, 23, 50, 0), local(15, 9, 43, 0)]
        );
        // Never back: "Yesterday at" after a later day stays on the day so far.
        assert_eq!(
            stamps(
                "Ana Souza — Today at 9:42 AM\nup\nBen Lee — Yesterday at 9:50 AM\nok",
                0
            ),
            [local(14, 9, 42, 0), local(14, 9, 50, 0)]
        );
    }

    #[test]
    fn teams_puts_the_name_after_the_bracketed_time() {
        let text =
            "[9:42 AM] Ana Souza\ncheckout down\n[9:43 AM] Ben Lee\nlooking into it\nsecond line";
        assert_eq!(
            messages(text),
            [
                said("Ana Souza", "checkout down", local(14, 9, 42, 0)),
                said(
                    "Ben Lee",
                    "looking into it\nsecond line",
                    local(14, 9, 43, 0)
                ),
            ]
        );
        // Facilitator notes in title case are not names.
        let text =
            "09:42 Checkout Alert Fires\nthe pager went off\n09:43 Rollback Started\nby hand";
        assert!(messages(text).iter().all(|(name, ..)| name.is_empty()));
    }

    #[test]
    fn google_chat_discord_zoom_and_weechat_headers() {
        let expected = [
            said("Ana Souza", "checkout down", local(14, 9, 42, 0)),
            said("Ben Lee", "looking", local(14, 9, 43, 0)),
        ];
        assert_eq!(
            messages("Ana Souza, 9:42 AM\ncheckout down\nBen Lee, 9:43 AM\nlooking"),
            expected
        );
        assert_eq!(
            messages(
                "Ana Souza — Today at 9:42 AM\ncheckout down\nBen Lee — Today at 9:43 AM\nlooking"
            ),
            expected
        );
        assert_eq!(
            messages("Ana Souza — 03/14/2026 9:42 AM\ncheckout down\nBen Lee — 03/14/2026 9:43 AM\nlooking"),
            expected
        );
        assert_eq!(
            messages(
                "Ana Souza  Today at 9:42 AM\ncheckout down\nBen Lee, Today at 9:43 AM\nlooking"
            ),
            expected
        );
        assert_eq!(
            messages("09:42:00 From Ana Souza to Everyone:\n\tcheckout down\n09:43:00 From  Ben Lee  to  Everyone:\n\tlooking"),
            expected
        );
        assert_eq!(
            messages(
                "09:42:00\t From Ana Souza : checkout down\n09:43:00\t From Ben Lee : looking"
            ),
            expected
        );
        assert_eq!(
            messages("2026-03-14 09:42:00 @ana | checkout down\n2026-03-14 09:43:00 ben | looking")
                .iter()
                .map(|(name, ..)| name.as_str())
                .collect::<Vec<_>>(),
            ["ana", "ben"]
        );
    }

    #[test]
    fn whatsapp_exports_in_the_phones_date_order() {
        let europe = "14/03/2026, 09:42 - Ana Souza: checkout down\n[14/03/2026, 09:43:10] Ben Lee: looking\nsecond line\n15.03.26, 00:05 - Ana Souza: over";
        assert_eq!(
            messages(europe),
            [
                said("Ana Souza", "checkout down", local(14, 9, 42, 0)),
                said("Ben Lee", "looking\nsecond line", local(14, 9, 43, 10)),
                said("Ana Souza", "over", local(15, 0, 5, 0)),
            ]
        );
        // A US phone: month first, 12-hour times, two-digit years.
        let us = "3/14/26, 9:44 AM - Ana Souza: ok\n3/14/26, 9:45 AM - Ben Lee: yes";
        assert_eq!(
            messages(us),
            [
                said("Ana Souza", "ok", local(14, 9, 44, 0)),
                said("Ben Lee", "yes", local(14, 9, 45, 0)),
            ]
        );
        // Ambiguous dates in a 24-hour export are day first (a version number in a message is
        // not a date); one clear date decides for all.
        assert_eq!(
            messages("03/04/26, 10:00 - A: x\nnow on 1.13.22")[0].2,
            Stamp::Local(
                Date::new(2026, 4, 3).unwrap(),
                TimeOfDay::new(10, 0, 0).unwrap()
            )
        );
        let clear =
            "03/04/26, 10:00 - A: x\n03/13/26, 10:00 - A: y\n03/04/26, 10:01 - A: now on 2.14.10";
        assert_eq!(
            messages(clear)[0].2,
            Stamp::Local(
                Date::new(2026, 3, 4).unwrap(),
                TimeOfDay::new(10, 0, 0).unwrap()
            )
        );
        let t = parse(
            "14/03/2026, 09:40 - Messages and calls are end-to-end encrypted. Tap to learn more.",
            anchor(),
        );
        assert!(t.messages[0].noise);
    }

    #[test]
    fn a_facilitators_own_notes() {
        let t = parse(
            "09:42 alert fires\n~09:50 rollback started\n[ca. 09:55] db looks better\n10:05: recovered\n2026-03-14 10:10:00 UTC all clear",
            anchor(),
        );
        let got: Vec<(&str, bool)> = t
            .messages
            .iter()
            .map(|m| (m.text.as_str(), m.approximate))
            .collect();
        assert_eq!(
            got,
            [
                ("alert fires", false),
                ("rollback started", true),
                ("db looks better", true),
                ("recovered", false),
                ("all clear", false),
            ]
        );
        assert_eq!(
            t.messages[4].stamp,
            Stamp::Exact(Instant::parse_rfc3339("2026-03-14T10:10:00Z").unwrap())
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
