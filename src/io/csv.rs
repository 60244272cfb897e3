//! The timeline as CSV, for spreadsheets: RFC 4180 quoting, UTF-8 with or without a byte order
//! mark, comma or semicolon separated.
//!
//! Columns (by header name, any order, and the names incident tools give them; columns read
//! by none are named in the preview): `time, precision, kind, people, description, evidence,
//! pivot`. An event's `title` beside its description is put before it ("Title: description").
//! A time column headed "(UTC)" or "(GMT)" holds instants.
//! - time: RFC 3339 (`2026-03-14T09:12:30Z`, exact as written) or a local `2026-03-14 09:12`
//!   read in the review's zone. Export writes RFC 3339 in UTC, so a round trip is exact. A
//!   `date` column beside a time of day is joined to it; numeric dates (`14/03/2026`) are read
//!   day or month first as the file's other dates show, and refused when none does. A time of
//!   day with no date (a spreadsheet kept during the incident often has only "09:41") goes on
//!   the day of the row before, or on the date the facilitator gave for the first; as in a
//!   transcript, a step back of more than an hour starts the next day.
//! - people: names separated by `;`.
//! - evidence: one item per line, `kind (seen): text`, and for links `kind (seen): text | url`,
//!   with `\n` and `\\` escaped inside the text.
//! - Cells starting with `=`, `+`, `-` or `@` are written with a leading `'`, so that a
//!   spreadsheet does not run them as formulas; reading removes it again.

use super::import::{Candidate, Preview, Skipped};
use super::transcript::{turned_day, Stamp};
use crate::method::kinds;
use crate::model::time::{parse_clock, parse_offset, Date, TimeOfDay};
use crate::model::{Evidence, EvidenceKind, Instant, MomentKind, Precision, Review, Seen};

const COLUMNS: [&str; 7] = [
    "time", "precision", "kind", "people", "description", "evidence", "pivot",
];

/// The review's timeline as CSV text (CRLF line ends, as RFC 4180 asks).
pub fn export(review: &Review) -> String {
    let mut out = String::new();
    write_row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for index in review.timeline_order() {
        let moment = &review.moments[index];
        let people = moment
            .people
            .iter()
            .filter_map(|id| review.person(id))
            .map(|p| p.name.replace(';', ","))
            .collect::<Vec<_>>()
            .join("; ");
        let evidence = moment
            .evidence
            .iter()
            .map(evidence_line)
            .collect::<Vec<_>>()
            .join("\n");
        write_row(
            &mut out,
            [
                moment.at.to_rfc3339(),
                moment.precision.key().to_string(),
                moment.kind.key().to_string(),
                people,
                moment.description.clone(),
                evidence,
                if moment.pivot {
                    "yes".into()
                } else {
                    String::new()
                },
            ]
            .into_iter(),
        );
    }
    out
}

fn write_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| quote(&defuse(&c))).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// A leading `'` keeps spreadsheets from treating the cell as a formula.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', ';', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn evidence_line(evidence: &Evidence) -> String {
    let text = evidence.text.replace('\\', "\\\\").replace('\n', "\\n");
    let mut line = format!(
        "{} ({}): {}",
        evidence.kind.key(),
        evidence.seen.key(),
        text
    );
    if evidence.kind == EvidenceKind::Link || !evidence.url.is_empty() {
        line.push_str(" | ");
        line.push_str(&evidence.url.replace('\n', ""));
    }
    line
}

fn read_evidence(line: &str) -> Evidence {
    let parsed = line.split_once("): ").and_then(|(head, rest)| {
        let (kind, seen) = head.split_once(" (")?;
        Some((
            EvidenceKind::from_key(kind.trim())?,
            Seen::from_key(seen.trim())?,
            rest,
        ))
    });
    let (kind, seen, rest) = parsed.unwrap_or((EvidenceKind::Note, Seen::DuringIncident, line));
    let (text, url) = match (kind, rest.rsplit_once(" | ")) {
        (_, Some((text, url))) if kind == EvidenceKind::Link || url.contains("://") => {
            (text, url.trim())
        }
        _ => (rest, ""),
    };
    Evidence {
        id: Default::default(),
        kind,
        text: unescape(text),
        url: url.to_string(),
        seen,
    }
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('n')) => {
                out.push('\n');
                chars.next();
            }
            ('\\', Some('\\')) => {
                out.push('\\');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Splits CSV text into rows of cells (RFC 4180), each row with its 1-based starting line.
pub fn rows(text: &str) -> Vec<(usize, Vec<String>)> {
    split(text).0
}

/// The rows, and the line of a quote that is never closed (everything after it would be one
/// cell).
fn split(text: &str) -> (Vec<(usize, Vec<String>)>, Option<usize>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = separator_of(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut in_quotes = false;
    let mut quote_line = 0;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => {
                in_quotes = true;
                quote_line = line;
            }
            c if c == separator => row.push(std::mem::take(&mut cell)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                rows.push((row_line, std::mem::take(&mut row)));
                line += 1;
                row_line = line;
            }
            _ => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push((row_line, row));
    }
    rows.retain(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    (rows, in_quotes.then_some(quote_line))
}

/// `;` when the first row (outside quotes) has more semicolons than commas, else `,`.
fn separator_of(text: &str) -> char {
    let (mut commas, mut semicolons, mut in_quotes) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => commas += 1,
            ';' if !in_quotes => semicolons += 1,
            '\n' | '\r' if !in_quotes => break,
            _ => {}
        }
    }
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// Reads a timeline CSV into a preview. Local times without a zone are read in the review's
/// zone later, when the moments are built.
/// Reads a CSV file; `anchor` is the day of the first time of day written without a date.
pub fn parse(text: &str, anchor: Date) -> Result<Preview, String> {
    let (rows, unclosed) = split(text);
    if let Some(line) = unclosed {
        return Err(format!(
            "A quote (\") opened on line {line} is never closed, so everything after it would \
             be read as one cell. Close the quote or remove it, then import the file again."
        ));
    }
    let mut all = rows.into_iter();
    let (_, header) = all.next().ok_or("The file is empty.")?;
    // "Timestamp (UTC)": the name without what the brackets add, and the zone they name.
    let (columns, units): (Vec<String>, Vec<String>) = header
        .iter()
        .map(|h| {
            let h = h.trim().to_ascii_lowercase();
            match h.strip_suffix(')').and_then(|h| h.rsplit_once(" (")) {
                Some((name, unit)) => (name.trim().to_string(), unit.trim().to_string()),
                None => (h, String::new()),
            }
        })
        .unzip();
    // The first of `names` the file has: "Time,Notes,Description" takes its Description.
    let find = |names: &[&str]| {
        names
            .iter()
            .find_map(|name| columns.iter().position(|c| c == name))
    };
    // A spreadsheet often keeps the day and the time of day in columns of their own.
    // The names incident tools and spreadsheets give these columns (PagerDuty's and
    // Opsgenie's exports among them).
    let date = find(&["date", "day"]);
    let missing = || {
        let mut found = header
            .iter()
            .take(10)
            .map(|h| {
                format!(
                    "\u{201c}{}\u{201d}",
                    h.trim().chars().take(40).collect::<String>()
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        if header.len() > 10 {
            found.push_str(&format!(" and {} more", header.len() - 10));
        }
        format!(
            "The first row must name the columns, with at least \"time\" and \"description\" \
             (or \"created at\", \"summary\", \"message\"); this file's first row has {found}."
        )
    };
    let time = find(&[
        "time", "when", "timestamp", "created at", "created", "created_at", "created on",
        "date time", "datetime", "occurred at", "started at", "start time",
    ])
    .or(date)
    .ok_or_else(missing)?;
    let date = date.filter(|&d| d != time);
    // A column of times headed "(UTC)" or "(GMT)" gives instants, not the review's clock.
    let in_utc = matches!(units[time].as_str(), "utc" | "gmt");
    let description = find(&[
        "description", "what", "text", "event", "summary", "message", "details", "note", "notes",
        "title",
    ])
    .ok_or_else(missing)?;
    // Incident tools give an event a title and a description: both are its words.
    let title = find(&["title", "headline"]).filter(|&t| t != description);
    let precision = find(&["precision"]);
    let kind = find(&["kind", "type", "event type"]);
    let people = find(&[
        "people", "who", "person", "agent", "user", "author", "by", "actor", "responder",
    ]);
    let evidence = find(&["evidence"]);
    let pivot = find(&["pivot", "decision point"]);
    // Columns read by none of the above are named in the preview: nothing is left out unseen.
    let read = [
        Some(time),
        date,
        Some(description),
        title,
        precision,
        kind,
        people,
        evidence,
        pivot,
    ];
    let unread: Vec<String> = header
        .iter()
        .enumerate()
        .filter(|(i, h)| !h.trim().is_empty() && !read.contains(&Some(*i)))
        .map(|(_, h)| {
            format!(
                "\u{201c}{}\u{201d}",
                h.trim().chars().take(40).collect::<String>()
            )
        })
        .collect();

    let rows: Vec<(usize, Vec<String>)> = all.collect();
    let order = DateOrder::of(rows.iter().filter_map(|(_, cells)| {
        let day = date
            .and_then(|d| cells.get(d))
            .or_else(|| cells.get(time))?;
        Some(day.trim().split([' ', 'T']).next().unwrap_or_default())
    }));
    let mut preview = Preview::default();
    // The day and time of the last row read on the review's clock, which a time of day alone
    // follows; and the rows that had only a time of day.
    let mut last: Option<(Date, TimeOfDay)> = None;
    let (mut alone, mut from_anchor) = (0, false);
    for (line, cells) in rows {
        let cell = |index: Option<usize>| -> &str {
            index
                .and_then(|i| cells.get(i))
                .map(|c| undefuse(c))
                .unwrap_or("")
        };
        let source = format!("row on line {line}");
        let date_written = date.is_some_and(|d| !cell(Some(d)).trim().is_empty());
        let clock_alone = (!date_written)
            .then(|| parse_clock(cell(Some(time)).trim()))
            .flatten();
        let stamp = if let Some(time) = clock_alone {
            let day = match last {
                Some((day, before)) if turned_day(before, time) => day.next_day(),
                Some((day, _)) => day,
                None => {
                    from_anchor = true;
                    anchor
                }
            };
            alone += 1;
            Stamp::Local(day, time)
        } else {
            let time_text = match date {
                // "2026-03-14" and "09:12" in columns of their own; a time cell with its own
                // date is read as it is.
                Some(d) if parse_clock(cell(Some(time)).trim()).is_some() => {
                    format!("{} {}", cell(Some(d)).trim(), cell(Some(time)).trim())
                }
                _ => cell(Some(time)).trim().to_string(),
            };
            match read_time(&time_text, order) {
                Ok(Stamp::Local(day, clock)) if in_utc => match Instant::from_utc(day, clock) {
                    Some(at) => Stamp::Exact(at),
                    None => Stamp::Local(day, clock),
                },
                Ok(stamp) => stamp,
                Err(reason) => {
                    preview.skipped.push(Skipped {
                        source,
                        text: cells.join(", ").chars().take(200).collect(),
                        reason,
                    });
                    continue;
                }
            }
        };
        if let Stamp::Local(day, time) = stamp {
            last = Some((day, time));
        }
        let kind_text = cell(kind);
        preview.candidates.push(Candidate {
            source,
            stamp,
            names: cell(people)
                .split(';')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect(),
            text: [cell(title).trim(), cell(Some(description)).trim()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(": "),
            kind: kinds::parse(kind_text).unwrap_or(MomentKind::Observation),
            precision: read_precision(cell(precision)),
            evidence: cell(evidence)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(read_evidence)
                .collect(),
            noise: None,
            suggested: None,
            pivot: matches!(
                cell(pivot).trim().to_ascii_lowercase().as_str(),
                "yes" | "true" | "1" | "x"
            ),
        });
    }
    if alone > 0 {
        preview.notes.push(alone_note(alone, from_anchor, anchor));
    }
    if !units[time].is_empty() && !in_utc {
        preview.notes.push(format!(
            "The time column is headed \u{201c}{}\u{201d}: its times are read on the review's \
             clock, not as \u{201c}{}\u{201d}. Only (UTC) and (GMT) are read from a heading.",
            header[time].trim(),
            header[time]
                .trim()
                .rsplit_once(" (")
                .map_or("", |(_, unit)| unit.trim_end_matches(')'))
        ));
    }
    if !unread.is_empty() {
        preview.notes.push(format!(
            "Not read: the column{} {}. Only time, description (or title, summary, message), \
             kind, people, evidence, precision and pivot are.",
            if unread.len() == 1 { "" } else { "s" },
            unread.join(", ")
        ));
    }
    Ok(preview)
}

/// What the preview says of rows that gave a time of day and no date.
fn alone_note(rows: usize, from_anchor: bool, anchor: Date) -> String {
    let rows = match rows {
        1 => "1 row gives".to_string(),
        n => format!("{n} rows give"),
    };
    let first = if from_anchor {
        format!(
            " The first is on {}, the date given for it.",
            anchor.human()
        )
    } else {
        String::new()
    };
    format!(
        "{rows} a time of day and no date: each is on the day of the dated row or time before \
         it, and a time more than an hour earlier than the one before is taken for the next \
         day.{first}"
    )
}

fn read_precision(text: &str) -> Precision {
    let text = text.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    Precision::from_key(&text)
        .or(match text.as_str() {
            "about" | "approx" | "estimated" | "~" => Some(Precision::Approximate),
            "order" | "unknown" => Some(Precision::OrderOnly),
            _ => None,
        })
        .unwrap_or_default()
}

/// A date and time as incident tools and spreadsheets write them: RFC 3339; a local date
/// (`2026-03-14`, `2026/03/14`, numeric as the file writes them, `14/03/2026`, or with the
/// month's name, `Mar 14, 2026` and `Sat, 14 Mar 2026`) and time; either with its zone after
/// it (`UTC`, `GMT`, `+0000`); or seconds or milliseconds since 1970. The reason it is none of
/// these, for the skipped row.
fn read_time(text: &str, order: DateOrder) -> Result<Stamp, String> {
    let text = text.trim();
    if let Some(at) = Instant::parse_rfc3339(text).or_else(|| since_1970(text)) {
        return Ok(Stamp::Exact(at));
    }
    let shown = text.chars().take(40).collect::<String>();
    let wrong = || {
        format!(
            "the time \u{201c}{shown}\u{201d} is not a date and time like 2026-03-14 09:12 or \
             2026-03-14T09:12:00Z"
        )
    };
    // With its zone written after it, a time is an instant. Zone names other than UTC and GMT
    // are not read: people write "PST" in summer and "CET" in July.
    // (Only in a stamp's length: a long cell is not read word by word from its end.)
    let written_zone = text.rsplit_once(' ').filter(|_| text.len() <= 64);
    if let Some((local, zone)) = written_zone.filter(|(_, zone)| !matches!(*zone, "AM" | "PM")) {
        let east = match zone {
            "UTC" | "GMT" | "Z" => Some(0),
            _ if zone.len() >= 5 && zone.starts_with(['+', '-']) => parse_offset(zone),
            _ => None,
        };
        match (east, read_time(local, order)) {
            (Some(east), Ok(Stamp::Local(date, time))) => {
                let at = Instant::from_utc(date, time).ok_or_else(wrong)?;
                return Ok(Stamp::Exact(at.plus_minutes(-i64::from(east))));
            }
            (None, Ok(Stamp::Local(..))) if zone.bytes().all(|b| b.is_ascii_uppercase()) => {
                return Err(format!(
                    "the zone \u{201c}{zone}\u{201d} of \u{201c}{shown}\u{201d} is not read: a \
                     name like it means a different offset in summer; write UTC, GMT or an \
                     offset such as +01:00"
                ))
            }
            _ => {}
        }
    }
    if let Some(stamp) = with_month_name(text) {
        return Ok(stamp);
    }
    let (date, time) = text.split_once(['T', ' ']).ok_or_else(wrong)?;
    let time = parse_clock(time.trim()).ok_or_else(wrong)?;
    let date = date.trim();
    if let Some(date) = Date::parse_iso(date).or_else(|| Date::parse_iso(&date.replace('/', "-"))) {
        return Ok(Stamp::Local(date, time));
    }
    let [a, b, year] = numeric_date(date).ok_or_else(wrong)?;
    let year = if year < 100 { 2000 + year } else { year };
    let (day, month) = match order {
        DateOrder::DayFirst => (a, b),
        DateOrder::MonthFirst => (b, a),
        DateOrder::Unknown | DateOrder::Mixed if a == b => (a, b),
        // A file that writes both ways (rows pasted from two tools) still has dates that tell
        // by themselves: "3/14/2026" is month first.
        DateOrder::Unknown | DateOrder::Mixed if a > 12 => (a, b),
        DateOrder::Unknown | DateOrder::Mixed if b > 12 => (b, a),
        DateOrder::Unknown => {
            return Err(format!(
                "the date \u{201c}{date}\u{201d} could be day/month or month/day, and no date in \
                 the file tells which; write it as {year}-MM-DD"
            ))
        }
        DateOrder::Mixed => {
            return Err(format!(
                "the date \u{201c}{date}\u{201d} could be day/month or month/day, and this file \
                 writes dates both ways; write it as {year}-MM-DD"
            ))
        }
    };
    let date = u8::try_from(month)
        .ok()
        .zip(u8::try_from(day).ok())
        .and_then(|(month, day)| Date::new(year as i32, month, day))
        .ok_or_else(wrong)?;
    Ok(Stamp::Local(date, time))
}

/// "Mar 14, 2026 10:00 AM", "14 Mar 2026 10:00", "Sat, 14 Mar 2026 10:00:00": a date with
/// its month's name, perhaps after the day of the week, then the time.
fn with_month_name(text: &str) -> Option<Stamp> {
    let lowered = text.to_ascii_lowercase();
    let mut words: Vec<&str> = lowered
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .first()
        .is_some_and(|w| super::transcript::is_weekday(w))
    {
        words.remove(0);
    }
    if words.len() < 4 {
        return None;
    }
    let date = super::transcript::named_date(&words[..3])?;
    let time = parse_clock(&words[3..].join(" "))?;
    Some(Stamp::Local(date, time))
}

/// Seconds (10 digits) or milliseconds (13 digits) since 1970, as exports from databases and
/// monitoring tools write them.
fn since_1970(text: &str) -> Option<Instant> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: i64 = text.parse().ok()?;
    match text.len() {
        10 => Instant::from_millis(number * 1000),
        13 => Instant::from_millis(number),
        _ => None,
    }
}

/// How a file writes numeric dates: decided once, from every date in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateOrder {
    DayFirst,
    MonthFirst,
    /// No date tells ("03/04/2026" only).
    Unknown,
    /// Dates tell both ways ("3/14/2026" and "14/03/2026"): each is read by itself if it can be.
    Mixed,
}

impl DateOrder {
    fn of<'a>(dates: impl Iterator<Item = &'a str>) -> Self {
        let (mut day_first, mut month_first) = (false, false);
        for [a, b, _] in dates.filter_map(numeric_date) {
            day_first |= a > 12;
            month_first |= b > 12;
        }
        match (day_first, month_first) {
            (true, false) => DateOrder::DayFirst,
            (false, true) => DateOrder::MonthFirst,
            (true, true) => DateOrder::Mixed,
            (false, false) => DateOrder::Unknown,
        }
    }
}

/// "14/03/2026", "3.14.26", "14-03-2026": three numbers, the year last (the transcript's
/// reading, with a spreadsheet's hyphens too).
fn numeric_date(text: &str) -> Option<[u32; 3]> {
    super::transcript::numeric_date(&text.replace('-', "/"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_unclosed_quote_is_refused_with_its_line_not_swallowed() {
        let text = "time,description\n2026-03-14 09:00,fine\n2026-03-14 09:05,\"opens here\n\
                    2026-03-14 09:10,would vanish\n2026-03-14 09:15,and this\n";
        let message = read(text).unwrap_err();
        assert!(message.contains("line 3"), "{message}");
        // Quotes that close, even across lines, are still read.
        let closed = "time,description\n2026-03-14 09:05,\"two\nlines\"\n2026-03-14 09:10,next\n";
        assert_eq!(read(closed).unwrap().candidates.len(), 2);
    }

    use super::*;

    /// Reads with an anchor that no test's dates use, so that it shows where it is used.
    fn read(text: &str) -> Result<Preview, String> {
        parse(text, day())
    }

    fn day() -> Date {
        Date::new(2026, 6, 1).unwrap()
    }

    #[test]
    fn the_stamps_of_incident_tools_are_read_with_their_zones() {
        let utc = |text: &str| Stamp::Exact(Instant::parse_rfc3339(text).unwrap());
        let local = |y, m, d, h, min| {
            Stamp::Local(
                Date::new(y, m, d).unwrap(),
                TimeOfDay::new(h, min, 0).unwrap(),
            )
        };
        for (written, read) in [
            ("2026-03-14 10:00:00 UTC", utc("2026-03-14T10:00:00Z")),
            ("2026-03-14 10:00 GMT", utc("2026-03-14T10:00:00Z")),
            ("2026-03-14 10:00:00 +0100", utc("2026-03-14T09:00:00Z")),
            ("2026-03-14 10:00 -04:00", utc("2026-03-14T14:00:00Z")),
            ("Sat, 14 Mar 2026 10:00:00 GMT", utc("2026-03-14T10:00:00Z")),
            ("1773482400", utc("2026-03-14T10:00:00Z")),
            ("1773482400000", utc("2026-03-14T10:00:00Z")),
            ("2026/03/14 10:00:00", local(2026, 3, 14, 10, 0)),
            ("Mar 14, 2026 10:00 AM", local(2026, 3, 14, 10, 0)),
            ("March 14, 2026 2:05 PM", local(2026, 3, 14, 14, 5)),
            ("14 Mar 2026 10:00", local(2026, 3, 14, 10, 0)),
        ] {
            assert_eq!(
                read_time(written, DateOrder::Unknown),
                Ok(read),
                "{written}"
            );
        }
        // A zone's name other than UTC and GMT says why it is not read.
        let refused = read_time("2026-03-14 10:00 CET", DateOrder::Unknown).unwrap_err();
        assert!(
            refused.contains("CET") && refused.contains("+01:00"),
            "{refused}"
        );
        for wrong in [
            "12345",
            "Mar 2026 10:00",
            "2026-03-14 25:00 UTC",
            &"word ".repeat(5000),
        ] {
            assert!(read_time(wrong, DateOrder::Unknown).is_err(), "{wrong}");
        }
    }

    #[test]
    fn a_time_of_day_alone_follows_the_row_before_or_the_date_given() {
        let stamps = |preview: &Preview| -> Vec<Stamp> {
            preview.candidates.iter().map(|c| c.stamp).collect()
        };
        let at = |(y, mo, d): (i32, u8, u8), h: u8, mi: u8| {
            Stamp::Local(
                Date::new(y, mo, d).unwrap(),
                TimeOfDay::new(h, mi, 0).unwrap(),
            )
        };
        let first = (2026, 6, 1);
        let next = (2026, 6, 2);
        // Only times, across midnight; a message a few minutes out of order stays on its day.
        let preview =
            read("Time,Event\n23:40,Alert\n23:55,Paged\n23:52,Late note\n12:10 AM,Rollback\n")
                .unwrap();
        assert_eq!(
            stamps(&preview),
            [
                at(first, 23, 40),
                at(first, 23, 55),
                at(first, 23, 52),
                at(next, 0, 10)
            ]
        );
        assert!(preview.skipped.is_empty());
        assert_eq!(preview.notes.len(), 1);
        assert!(
            preview.notes[0].starts_with("4 rows give a time of day and no date"),
            "{:?}",
            preview.notes
        );
        assert!(
            preview.notes[0].contains("Mon 1 Jun 2026"),
            "{:?}",
            preview.notes
        );
        // A date given once, for the rows that follow (a merged cell in a spreadsheet).
        let preview =
            read("date,time,what\n2026-03-14,09:12,Alert\n,9:30,Next\n,01:00,Night\n").unwrap();
        assert_eq!(
            stamps(&preview),
            [
                at((2026, 3, 14), 9, 12),
                at((2026, 3, 14), 9, 30),
                at((2026, 3, 15), 1, 0)
            ]
        );
        assert!(
            preview.notes[0].starts_with("2 rows give"),
            "{:?}",
            preview.notes
        );
        assert!(
            !preview.notes[0].contains("date given"),
            "{:?}",
            preview.notes
        );
        // A time that is not one is still skipped, with why.
        let preview = read("time,description\nsoon,Alert\n").unwrap();
        assert_eq!(preview.skipped.len(), 1);
        assert!(preview.notes.is_empty());
    }
    use crate::model::time::TimeOfDay;

    #[test]
    fn a_date_column_and_a_time_column_are_read_together() {
        let local = |y, m, d, h, min| {
            Stamp::Local(
                Date::new(y, m, d).unwrap(),
                TimeOfDay::new(h, min, 0).unwrap(),
            )
        };
        let stamps = |text: &str| -> Vec<Stamp> {
            read(text)
                .unwrap()
                .candidates
                .iter()
                .map(|c| c.stamp)
                .collect()
        };
        assert_eq!(
            stamps("Date,Time,Description\n2026-03-14,09:12,Alert\n2026-03-14,9:30 PM,Fixed\n"),
            [local(2026, 3, 14, 9, 12), local(2026, 3, 14, 21, 30)]
        );
        // Numeric dates, day or month first as the file shows; a time with its own date wins.
        assert_eq!(
            stamps("date;time;what\n14/03/2026;09:12;Alert\n15/03/2026;2026-03-16 10:00;Later\n"),
            [local(2026, 3, 14, 9, 12), local(2026, 3, 16, 10, 0)]
        );
        assert_eq!(
            stamps("time,description\n3/14/26 09:12,Alert\n3/15/26 10:00,Next\n"),
            [local(2026, 3, 14, 9, 12), local(2026, 3, 15, 10, 0)]
        );
        // Nothing tells which: skipped, with why, not guessed.
        let preview = read("date,time,description\n03/04/2026,09:12,Alert\n").unwrap();
        assert!(preview.candidates.is_empty());
        assert!(
            preview.skipped[0].reason.contains("day/month or month/day"),
            "{:?}",
            preview.skipped
        );
        // Written both ways in one file: each date that tells by itself is read, the rest not.
        let mixed = "time,description\n3/14/2026 09:10,US\n14/03/2026 09:20,EU\n\
                     03/04/2026 09:30,either\n";
        assert_eq!(
            stamps(mixed),
            [local(2026, 3, 14, 9, 10), local(2026, 3, 14, 9, 20)]
        );
        let skipped = read(mixed).unwrap().skipped;
        assert_eq!(skipped.len(), 1);
        assert!(skipped[0].reason.contains("both ways"), "{skipped:?}");
    }

    #[test]
    fn rfc4180_quoting_newlines_and_bom() {
        let text = "\u{feff}a,b,c\r\n1,\"two, \"\"quoted\"\"\",\"multi\nline\"\r\n\r\nx,,\n";
        let rows = rows(text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], (1, vec!["a".into(), "b".into(), "c".into()]));
        assert_eq!(
            rows[1],
            (
                2,
                vec!["1".into(), "two, \"quoted\"".into(), "multi\nline".into()]
            )
        );
        assert_eq!(rows[2], (5, vec!["x".into(), "".into(), "".into()]));
    }

    #[test]
    fn semicolon_separated_files_from_european_spreadsheets() {
        let rows = rows("time;description\n2026-03-14 09:00;\"a; b\"\n");
        assert_eq!(
            rows[1].1,
            vec!["2026-03-14 09:00".to_string(), "a; b".into()]
        );
    }

    #[test]
    fn reads_columns_by_name_in_any_order() {
        let preview = read(
            "Description,Kind,Time,People,Precision\n\
             Alert fires,alert,2026-03-14T09:12:30Z,Ana; Ben,exact\n\
             Rollback,Decision,2026-03-14 10:00,,about\n\
             No time,action,soon,,\n",
        )
        .unwrap();
        assert_eq!(preview.candidates.len(), 2);
        let first = &preview.candidates[0];
        assert_eq!(first.kind, MomentKind::Signal);
        assert_eq!(first.names, ["Ana", "Ben"]);
        assert_eq!(
            first.stamp,
            Stamp::Exact(Instant::parse_rfc3339("2026-03-14T09:12:30Z").unwrap())
        );
        assert_eq!(preview.candidates[1].precision, Precision::Approximate);
        assert_eq!(preview.skipped.len(), 1);
        assert!(preview.skipped[0].reason.contains("soon"));
        assert_eq!(preview.skipped[0].source, "row on line 4");
    }

    #[test]
    fn an_incident_tools_title_and_description_are_both_read_and_unread_columns_named() {
        // incident.io's export: an event's title and its description are both its words.
        let preview = read(
            "Timestamp,Event type,Title,Description,Actor,Link\n\
             2026-03-14 23:39:00 UTC,Incident reported,Checkout latency,\"p99 > 2s\",Datadog,x\n\
             2026-03-15 00:10:00 UTC,Severity changed,Major to Minor,,Lena Okafor,\n",
        )
        .unwrap();
        let texts: Vec<&str> = preview.candidates.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Checkout latency: p99 > 2s", "Major to Minor"]);
        assert_eq!(preview.candidates[1].names, ["Lena Okafor"]);
        assert_eq!(
            preview.notes,
            [
                "Not read: the column \u{201c}Link\u{201d}. Only time, description (or title, \
              summary, message), kind, people, evidence, precision and pivot are."
            ]
        );
        // A time column headed "(UTC)" holds instants; "Created On" is a time's name too.
        let preview =
            read("Timestamp (UTC),Message,User\n2026-03-14 23:39,Triggered,Datadog\n").unwrap();
        assert_eq!(
            preview.candidates[0].stamp,
            Stamp::Exact(Instant::parse_rfc3339("2026-03-14T23:39:00Z").unwrap())
        );
        assert!(preview.notes.is_empty());
        let preview = read("Time (CET),Summary\n2026-03-14 23:39,Triggered\n").unwrap();
        assert!(matches!(preview.candidates[0].stamp, Stamp::Local(..)));
        assert_eq!(
            preview.notes,
            [
                "The time column is headed \u{201c}Time (CET)\u{201d}: its times are read on the \
              review's clock, not as \u{201c}CET\u{201d}. Only (UTC) and (GMT) are read from a \
              heading."
            ]
        );
        let preview = read("Created On,Summary\n2026-03-14 23:39,Triggered\n").unwrap();
        assert_eq!(preview.candidates[0].text, "Triggered");
        // A title alone is the description.
        let preview = read("Time,Title\n2026-03-14 09:00,Alert fires\n").unwrap();
        assert_eq!(preview.candidates[0].text, "Alert fires");
    }

    #[test]
    fn missing_columns_are_a_clear_error() {
        assert!(read("when,who\n").unwrap_err().contains("description"));
        // It says what the file has instead.
        assert!(read("Incident,Status\n")
            .unwrap_err()
            .contains("\u{201c}Incident\u{201d}, \u{201c}Status\u{201d}"));
        // An incident tool's export reads with its own names for the columns.
        let preview =
            read("Created At,Type,Agent,Message\n2026-03-14T09:41:00Z,Alert,Ana,p99 high\n")
                .unwrap();
        assert_eq!(preview.candidates.len(), 1);
        assert_eq!(preview.candidates[0].names, ["Ana"]);
        assert_eq!(preview.candidates[0].text, "p99 high");
        // The better name wins wherever it stands.
        let preview = read("Time,Notes,Description\n2026-03-14 09:00,aside,Alert fires\n").unwrap();
        assert_eq!(preview.candidates[0].text, "Alert fires");
        assert!(read("").unwrap_err().contains("empty"));
    }

    #[test]
    fn formulas_are_defused_and_restored() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(undefuse("'=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")");
        assert_eq!(undefuse("'quoted"), "'quoted");
        assert_eq!(defuse("-"), "'-");
    }

    #[test]
    fn evidence_lines_round_trip() {
        for evidence in [
            Evidence {
                kind: EvidenceKind::Link,
                text: "Deploy | log".into(),
                url: "https://ci.example.com/runs/1?a=b|c".into(),
                seen: Seen::DuringIncident,
                ..Evidence::default()
            },
            Evidence {
                kind: EvidenceKind::Quote,
                text: "line one\nline two \\n literal (x): y".into(),
                seen: Seen::FoundAfterwards,
                ..Evidence::default()
            },
        ] {
            assert_eq!(read_evidence(&evidence_line(&evidence)), evidence);
        }
        assert_eq!(read_evidence("just words").text, "just words");
    }
}
