//! Instants, civil dates and display zones, without a time-zone database.
//!
//! A review stores every time as an absolute UTC instant (milliseconds since the Unix epoch) and
//! names one display zone (an IANA name such as "Europe/Paris"). Turning an instant into wall-clock
//! time needs the zone's offset at that instant; the browser knows it through `Intl`, so the pure
//! code asks for it through the [`ZoneOffsets`] trait instead of compiling a zone database into
//! the wasm. Native tests use [`Utc`] or [`FixedOffset`].

use serde::{Serialize, Serializer};
use std::fmt;

const MS_PER_MINUTE: i64 = 60_000;
const MS_PER_DAY: i64 = 86_400_000;
/// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the range RFC 3339 can write.
const MIN_MS: i64 = -62_167_219_200_000;
const MAX_MS: i64 = 253_402_300_799_999;

/// An absolute point in time: milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Instant(i64);

impl Instant {
    /// The first and last instants a review can hold (years 0000 and 9999).
    pub const MIN: Instant = Instant(MIN_MS);
    pub const MAX: Instant = Instant(MAX_MS);

    /// Returns `None` outside the years 0000 to 9999, which no review needs and RFC 3339 cannot write.
    pub fn from_millis(ms: i64) -> Option<Self> {
        (MIN_MS..=MAX_MS).contains(&ms).then_some(Self(ms))
    }

    pub fn millis(self) -> i64 {
        self.0
    }

    /// The instant `minutes` later (or earlier when negative), clamped to the writable range.
    pub fn plus_minutes(self, minutes: i64) -> Self {
        self.plus_millis(minutes.saturating_mul(MS_PER_MINUTE))
    }

    pub fn plus_millis(self, ms: i64) -> Self {
        Self(self.0.saturating_add(ms).clamp(MIN_MS, MAX_MS))
    }

    /// Builds an instant from a UTC civil date and time; `None` when a part is out of range.
    pub fn from_utc(date: Date, time: TimeOfDay) -> Option<Self> {
        Self::from_millis(date.days_since_epoch() * MS_PER_DAY + time.millis_of_day())
    }

    pub fn utc_date(self) -> Date {
        Date::from_days_since_epoch(self.0.div_euclid(MS_PER_DAY))
    }

    pub fn utc_time(self) -> TimeOfDay {
        TimeOfDay::from_millis_of_day(self.0.rem_euclid(MS_PER_DAY))
    }

    /// RFC 3339 in UTC, with milliseconds only when there are some: `2026-03-14T09:26:53Z`.
    pub fn to_rfc3339(self) -> String {
        let date = self.utc_date();
        let time = self.utc_time();
        let mut out = format!(
            "{}T{:02}:{:02}:{:02}",
            date, time.hour, time.minute, time.second
        );
        if time.milli != 0 {
            out.push_str(&format!(".{:03}", time.milli));
        }
        out.push('Z');
        out
    }

    /// Parses RFC 3339 / ISO 8601 date-times with a zone designator (`Z` or `±HH:MM`).
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        Self::parse_as_written(text).or_else(|| Self::parse_any_form(text))
    }

    /// Reads the one form [`Instant::to_rfc3339`] writes ("2026-03-14T09:26:53Z", or with
    /// ".120" before the Z) by its fixed positions; `None` for any other form, which
    /// `parse_rfc3339` then reads the general way. Every stored review holds thousands of these,
    /// and opening one runs in the wasm engine's first tier, where the general reader's
    /// splitting and searching cost more than the rest of a moment.
    fn parse_as_written(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if !matches!(b.len(), 20 | 24) || b[b.len() - 1] != b'Z' {
            return None;
        }
        let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
        if separators.iter().any(|&(at, sep)| b[at] != sep) || (b.len() == 24 && b[19] != b'.') {
            return None;
        }
        let number = |from: usize, to: usize| -> Option<u32> {
            b[from..to].iter().try_fold(0u32, |n, &d| {
                d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
            })
        };
        let date = Date::new(
            number(0, 4)? as i32,
            number(5, 7)? as u8,
            number(8, 10)? as u8,
        )?;
        let mut time = TimeOfDay::new(
            number(11, 13)? as u8,
            number(14, 16)? as u8,
            number(17, 19)? as u8,
        )?;
        if b.len() == 24 {
            time.milli = number(20, 23)? as u16;
        }
        Self::from_utc(date, time)
    }

    fn parse_any_form(text: &str) -> Option<Self> {
        let text = text.trim();
        let (date_part, rest) = split_date_time(text)?;
        let date = Date::parse_iso(date_part)?;
        let (time, offset_minutes) = parse_time_and_offset(rest)?;
        let offset = offset_minutes?;
        Self::from_utc(date, time).map(|local| local.plus_minutes(-i64::from(offset)))
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

/// Splits "2026-03-14T09:26:53Z" (or with a space instead of T) into its date and time parts.
fn split_date_time(text: &str) -> Option<(&str, &str)> {
    let idx = text.find(['T', 't', ' '])?;
    Some((&text[..idx], &text[idx + 1..]))
}

/// Parses "09:26:53.120+02:00" into a time and, when present, an offset in minutes east of UTC.
fn parse_time_and_offset(text: &str) -> Option<(TimeOfDay, Option<i32>)> {
    let zone_at = text
        .char_indices()
        .skip(1)
        .find(|(_, c)| matches!(c, 'Z' | 'z' | '+' | '-'))
        .map(|(i, _)| i);
    let (time_text, zone_text) = match zone_at {
        Some(i) => (&text[..i], Some(&text[i..])),
        None => (text, None),
    };
    let time = TimeOfDay::parse(time_text)?;
    let offset = match zone_text {
        None => None,
        Some(z) if z.eq_ignore_ascii_case("z") => Some(0),
        Some(z) => Some(parse_offset(z)?),
    };
    Some((time, offset))
}

/// "+02:00", "-0530", "+02" to minutes east of UTC.
pub fn parse_offset(text: &str) -> Option<i32> {
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = text[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes) = match digits.len() {
        2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 60 + minutes))
}

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (0..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Parses "2026-03-14".
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = parse_digits(parts.next()?, 2)?;
        let day = parse_digits(parts.next()?, 2)?;
        Self::new(year as i32, month as u8, day as u8)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`] (Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    pub fn next_day(self) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch() + 1)
    }

    pub fn month_abbrev(self) -> &'static str {
        const NAMES: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        NAMES[usize::from(self.month.clamp(1, 12)) - 1]
    }

    pub fn weekday_abbrev(self) -> &'static str {
        const NAMES: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
        NAMES[self.days_since_epoch().rem_euclid(7) as usize]
    }

    /// "Sat 14 Mar 2026": unambiguous in every locale, unlike 03/04/2026.
    pub fn human(self) -> String {
        format!(
            "{} {} {} {}",
            self.weekday_abbrev(),
            self.day,
            self.month_abbrev(),
            self.year
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u32> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A wall-clock time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeOfDay {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub milli: u16,
}

impl TimeOfDay {
    pub fn new(hour: u8, minute: u8, second: u8) -> Option<Self> {
        (hour < 24 && minute < 60 && second < 60).then_some(Self {
            hour,
            minute,
            second,
            milli: 0,
        })
    }

    /// Parses "09:26", "09:26:53" and "09:26:53.120" (24-hour clock).
    pub fn parse(text: &str) -> Option<Self> {
        let (main, fraction) = match text.split_once(['.', ',']) {
            Some((m, f)) => (m, Some(f)),
            None => (text, None),
        };
        let mut parts = main.split(':');
        let hour = parse_digits(parts.next()?, 2)?;
        let minute = parse_digits(parts.next()?, 2)?;
        let second = match parts.next() {
            Some(s) => parse_digits(s, 2)?,
            None => 0,
        };
        if parts.next().is_some() {
            return None;
        }
        let milli = match fraction {
            None => 0,
            Some(f) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => {
                let padded: String = f.chars().chain("000".chars()).take(3).collect();
                padded.parse().ok()?
            }
            Some(_) => return None,
        };
        let mut time = Self::new(hour as u8, minute as u8, second as u8)?;
        time.milli = milli;
        Some(time)
    }

    pub fn millis_of_day(self) -> i64 {
        ((i64::from(self.hour) * 60 + i64::from(self.minute)) * 60 + i64::from(self.second)) * 1000
            + i64::from(self.milli)
    }

    pub fn from_millis_of_day(ms: i64) -> Self {
        let ms = ms.rem_euclid(MS_PER_DAY);
        Self {
            hour: (ms / 3_600_000) as u8,
            minute: (ms / 60_000 % 60) as u8,
            second: (ms / 1000 % 60) as u8,
            milli: (ms % 1000) as u16,
        }
    }

    /// "09:26", or "09:26:53" when the seconds matter.
    pub fn hh_mm(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    pub fn hh_mm_ss(self) -> String {
        format!("{:02}:{:02}:{:02}", self.hour, self.minute, self.second)
    }
}

/// Reads a wall-clock time as people type it: "10:15", "9:05", "10:15:30", "1015", "10.15",
/// "10h15", "10:15 pm", "10pm", "12:30 AM".
pub fn parse_clock(text: &str) -> Option<TimeOfDay> {
    let lowered = text.trim().to_ascii_lowercase();
    let (body, meridiem) = if let Some(rest) = lowered.strip_suffix("am") {
        (rest.trim_end().trim_end_matches('.'), Some(false))
    } else if let Some(rest) = lowered.strip_suffix("pm") {
        (rest.trim_end().trim_end_matches('.'), Some(true))
    } else if let Some(rest) = lowered.strip_suffix("a.m.") {
        (rest.trim_end(), Some(false))
    } else if let Some(rest) = lowered.strip_suffix("p.m.") {
        (rest.trim_end(), Some(true))
    } else {
        (lowered.as_str(), None)
    };
    // "09:44:10.123", "09:44:10,123": a fraction of a second, as logs write it, is dropped.
    let body = match body.rsplit_once(['.', ',']) {
        Some((whole, fraction))
            if whole.matches(':').count() == 2
                && (1..=9).contains(&fraction.len())
                && fraction.bytes().all(|b| b.is_ascii_digit()) =>
        {
            whole
        }
        _ => body,
    };
    let normalised = body.replace(['.', 'h'], ":");
    let normalised = match (normalised.contains(':'), normalised.len()) {
        (false, 3 | 4) if normalised.bytes().all(|b| b.is_ascii_digit()) => {
            let split = normalised.len() - 2;
            format!("{}:{}", &normalised[..split], &normalised[split..])
        }
        (false, 1 | 2) if meridiem.is_some() => format!("{normalised}:00"),
        _ => normalised,
    };
    let padded = if normalised.find(':') == Some(1) {
        format!("0{normalised}")
    } else {
        normalised
    };
    let mut time = TimeOfDay::parse(&padded)?;
    if let Some(pm) = meridiem {
        if time.hour == 0 || time.hour > 12 {
            return None;
        }
        time.hour = match (pm, time.hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    Some(time)
}

/// "~09:50", "≈ 09:50", "ca. 09:50", "approx. 09:50": whether a time is marked as an estimate,
/// and the text after the mark.
pub fn approximate_mark(stamp: &str) -> (bool, &str) {
    for mark in ["~", "≈", "ca.", "approx."] {
        if let Some(rest) = stamp.strip_prefix(mark) {
            return (true, rest.trim_start());
        }
    }
    (false, stamp)
}

/// Splits a leading time off a line typed in quick entry: "10:15 alert fired" gives 10:15 and
/// "alert fired"; "9:05 pm paged Ben" gives 21:05. `None` when the line does not start with one.
pub fn split_leading_time(line: &str) -> Option<(TimeOfDay, &str)> {
    let line = line.trim_start();
    let mut words = line.split_whitespace();
    let first = words.next()?;
    // A bare number ("2026", "10") is text, not a time.
    if !first.contains([':', '.', 'h']) {
        return None;
    }
    let two_words = words.next().map(|second| {
        let end = second.as_ptr() as usize - line.as_ptr() as usize + second.len();
        &line[..end]
    });
    for candidate in two_words.into_iter().chain([first]) {
        if let Some(time) = parse_clock(candidate) {
            let rest = line[candidate.len()..].trim_start();
            return (!rest.is_empty()).then_some((time, rest));
        }
    }
    None
}

/// The offset of a named zone from UTC at an instant, in minutes east of UTC.
///
/// The browser implements this with `Intl.DateTimeFormat`; it returns `None` for a zone name it
/// does not know, and callers then fall back to UTC and say so.
pub trait ZoneOffsets {
    fn offset_minutes(&self, zone: &str, at: Instant) -> Option<i32>;
}

/// Every zone is UTC: for native tests and as the fallback for unknown zones.
#[derive(Debug, Clone, Copy, Default)]
pub struct Utc;

impl ZoneOffsets for Utc {
    fn offset_minutes(&self, _zone: &str, _at: Instant) -> Option<i32> {
        Some(0)
    }
}

/// Every zone has the same fixed offset: for native tests of non-UTC display.
#[derive(Debug, Clone, Copy)]
pub struct FixedOffset(pub i32);

impl ZoneOffsets for FixedOffset {
    fn offset_minutes(&self, _zone: &str, _at: Instant) -> Option<i32> {
        Some(self.0)
    }
}

/// Wall-clock date and time in a zone, with the offset that applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDateTime {
    pub date: Date,
    pub time: TimeOfDay,
    pub offset_minutes: i32,
}

impl LocalDateTime {
    /// "UTC+05:30", "UTC-04:00", "UTC".
    pub fn offset_label(&self) -> String {
        offset_label(self.offset_minutes)
    }
}

pub fn offset_label(offset_minutes: i32) -> String {
    if offset_minutes == 0 {
        return "UTC".to_string();
    }
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let abs = offset_minutes.unsigned_abs();
    format!("UTC{}{:02}:{:02}", sign, abs / 60, abs % 60)
}

/// The offset of `zone` in force from `from` to `to`: "UTC-04:00", or "UTC+01:00 to UTC+02:00"
/// when the clocks changed in between. A zone's label should give the offset of the incident's
/// dates, not of today: New York in July is UTC-04:00 even when read in January.
pub fn offsets_between(zone: &str, from: Instant, to: Instant, zones: &dyn ZoneOffsets) -> String {
    let first = zones.offset_minutes(zone, from).unwrap_or(0);
    let last = zones.offset_minutes(zone, to).unwrap_or(0);
    if first == last {
        offset_label(first)
    } else {
        format!("{} to {}", offset_label(first), offset_label(last))
    }
}

/// The wall-clock time of `at` in `zone` (UTC when the zone is unknown).
pub fn to_local(at: Instant, zone: &str, zones: &dyn ZoneOffsets) -> LocalDateTime {
    let offset = zones.offset_minutes(zone, at).unwrap_or(0);
    let shifted = at.plus_minutes(i64::from(offset));
    LocalDateTime {
        date: shifted.utc_date(),
        time: shifted.utc_time(),
        offset_minutes: offset,
    }
}

/// The instant at which the wall clock in `zone` shows `date` and `time`.
///
/// Around a daylight-saving change some wall times happen twice (the earlier one wins) or never
/// (the time is read with the offset from before the gap), so this always gives an answer.
pub fn from_local(
    date: Date,
    time: TimeOfDay,
    zone: &str,
    zones: &dyn ZoneOffsets,
) -> Option<Instant> {
    let as_if_utc = Instant::from_utc(date, time)?;
    let offset_at = |at: Instant| i64::from(zones.offset_minutes(zone, at).unwrap_or(0));
    let day_before = offset_at(as_if_utc.plus_millis(-MS_PER_DAY));
    let day_after = offset_at(as_if_utc.plus_millis(MS_PER_DAY));
    // A reading is right when the zone really has that offset at the instant it gives.
    [day_before, day_after, offset_at(as_if_utc)]
        .into_iter()
        .map(|offset| (offset, as_if_utc.plus_minutes(-offset)))
        .filter(|&(offset, at)| offset_at(at) == offset)
        .map(|(_, at)| at)
        .min()
        .or(Some(as_if_utc.plus_minutes(-day_before)))
}

/// How often the wall clock in a zone shows a time on a day: once; twice, in the hour the
/// clocks go back; or never, in the hour they go forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WallClock {
    Once,
    Twice,
    Never,
}

/// How often the wall clock in `zone` shows `date` and `time` ([`from_local`] reads the
/// first of two, and a time that never shows with the offset from before the change).
pub fn wall_clock(date: Date, time: TimeOfDay, zone: &str, zones: &dyn ZoneOffsets) -> WallClock {
    let Some(as_if_utc) = Instant::from_utc(date, time) else {
        return WallClock::Once;
    };
    let offset_at = |at: Instant| i64::from(zones.offset_minutes(zone, at).unwrap_or(0));
    // Three readings at most: told apart by hand (a sort would add kilobytes to the page).
    let mut readings: Vec<Instant> = Vec::with_capacity(3);
    for offset in [
        offset_at(as_if_utc.plus_millis(-MS_PER_DAY)),
        offset_at(as_if_utc.plus_millis(MS_PER_DAY)),
        offset_at(as_if_utc),
    ] {
        let at = as_if_utc.plus_minutes(-offset);
        if offset_at(at) == offset && !readings.contains(&at) {
            readings.push(at);
        }
    }
    match readings.len() {
        0 => WallClock::Never,
        1 => WallClock::Once,
        _ => WallClock::Twice,
    }
}

/// How a moment's time reads in the timeline: "10:15", "about 10:15", "time unknown", with the
/// date in front ("Sat 14 Mar 2026, 10:15") when the review spans several days.
pub fn moment_time_label(
    at: Instant,
    precision: super::Precision,
    zone: &str,
    zones: &dyn ZoneOffsets,
    with_date: bool,
) -> String {
    let local = to_local(at, zone, zones);
    let clock = if local.time.second == 0 {
        local.time.hh_mm()
    } else {
        local.time.hh_mm_ss()
    };
    let clock = match precision {
        super::Precision::Exact => clock,
        super::Precision::Approximate => format!("about {clock}"),
        super::Precision::OrderOnly => "time unknown".to_string(),
    };
    if with_date {
        format!("{}, {clock}", local.date.human())
    } else {
        clock
    }
}

/// A date and time in a zone for reports and details: "Sat 14 Mar 2026, 10:15 (UTC+01:00)".
pub fn date_time_label(at: Instant, zone: &str, zones: &dyn ZoneOffsets) -> String {
    let local = to_local(at, zone, zones);
    format!(
        "{}, {} ({})",
        local.date.human(),
        local.time.hh_mm(),
        local.offset_label()
    )
}

/// A silent gap's length: "45 s", "12 min", "1 h 5 min", "2 d 3 h".
pub fn duration_label(ms: i64) -> String {
    let seconds = ms.max(0) / 1000;
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match (days, hours, minutes) {
        (0, 0, 0) => format!("{seconds} s"),
        (0, 0, m) => format!("{m} min"),
        (0, h, _) if minutes % 60 == 0 => format!("{h} h"),
        (0, h, _) => format!("{h} h {} min", minutes % 60),
        (d, _, _) if hours % 24 == 0 => format!("{d} d"),
        (d, _, _) => format!("{d} d {} h", hours % 24),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trips_and_normalises_offsets() {
        let at = Instant::parse_rfc3339("2026-03-14T09:26:53Z").unwrap();
        assert_eq!(at.to_rfc3339(), "2026-03-14T09:26:53Z");
        let shifted = Instant::parse_rfc3339("2026-03-14T11:26:53.5+02:00").unwrap();
        assert_eq!(shifted.to_rfc3339(), "2026-03-14T09:26:53.500Z");
        assert_eq!(
            Instant::parse_rfc3339("1969-12-31T23:59:59Z")
                .unwrap()
                .millis(),
            -1000
        );
    }

    #[test]
    fn rfc3339_rejects_nonsense() {
        for bad in [
            "",
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-02-01T24:00:00Z",
            "2026-02-01T10:00:00",
            "2026-02-01T10:00:00+25:00",
            "١٢٣٤-01-01T00:00:00Z",
            "2026-02-01T10:00:00ZZ",
        ] {
            assert_eq!(Instant::parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn civil_dates_round_trip_across_centuries() {
        for days in (-800_000..800_000).step_by(997) {
            let date = Date::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days);
        }
        assert_eq!(
            Date::new(2024, 2, 29).unwrap().next_day().to_string(),
            "2024-03-01"
        );
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(Date::new(2026, 3, 14).unwrap().weekday_abbrev(), "Sat");
    }

    #[test]
    fn local_time_uses_the_zone_offset() {
        let at = Instant::parse_rfc3339("2026-03-14T23:30:00Z").unwrap();
        let local = to_local(at, "Asia/Kolkata", &FixedOffset(330));
        assert_eq!(local.date.to_string(), "2026-03-15");
        assert_eq!(local.time.hh_mm(), "05:00");
        assert_eq!(local.offset_label(), "UTC+05:30");
        let back = from_local(local.date, local.time, "Asia/Kolkata", &FixedOffset(330));
        assert_eq!(back, Some(at));
    }

    /// A zone that springs forward at 2026-03-29T01:00Z from +01:00 to +02:00.
    struct SpringForward;
    impl ZoneOffsets for SpringForward {
        fn offset_minutes(&self, _: &str, at: Instant) -> Option<i32> {
            let change = Instant::parse_rfc3339("2026-03-29T01:00:00Z").unwrap();
            Some(if at < change { 60 } else { 120 })
        }
    }

    #[test]
    fn a_zone_label_gives_the_offsets_of_the_incidents_dates() {
        let at = |t: &str| Instant::parse_rfc3339(t).unwrap();
        let before = at("2026-03-28T22:00:00Z");
        let after = at("2026-03-29T03:00:00Z");
        assert_eq!(
            offsets_between("x", before, before, &SpringForward),
            "UTC+01:00"
        );
        assert_eq!(
            offsets_between("x", after, after, &SpringForward),
            "UTC+02:00"
        );
        assert_eq!(
            offsets_between("x", before, after, &SpringForward),
            "UTC+01:00 to UTC+02:00"
        );
    }

    #[test]
    fn from_local_handles_daylight_saving_changes() {
        let date = Date::new(2026, 3, 29).unwrap();
        let before = from_local(date, TimeOfDay::new(1, 30, 0).unwrap(), "x", &SpringForward);
        assert_eq!(before.unwrap().to_rfc3339(), "2026-03-29T00:30:00Z");
        let after = from_local(date, TimeOfDay::new(4, 0, 0).unwrap(), "x", &SpringForward);
        assert_eq!(after.unwrap().to_rfc3339(), "2026-03-29T02:00:00Z");
        // 02:30 does not exist that night; it still gets a sensible instant.
        assert!(from_local(date, TimeOfDay::new(2, 30, 0).unwrap(), "x", &SpringForward).is_some());
    }

    /// The same change the other way: at 2026-10-25T01:00Z from +02:00 back to +01:00.
    struct FallBack;
    impl ZoneOffsets for FallBack {
        fn offset_minutes(&self, _: &str, at: Instant) -> Option<i32> {
            let change = Instant::parse_rfc3339("2026-10-25T01:00:00Z").unwrap();
            Some(if at < change { 120 } else { 60 })
        }
    }

    #[test]
    fn a_wall_clock_time_shows_once_twice_or_never_around_a_change() {
        let time = |h, m| TimeOfDay::new(h, m, 0).unwrap();
        let spring = Date::new(2026, 3, 29).unwrap();
        assert_eq!(
            wall_clock(spring, time(2, 30), "x", &SpringForward),
            WallClock::Never
        );
        assert_eq!(
            wall_clock(spring, time(1, 59), "x", &SpringForward),
            WallClock::Once
        );
        assert_eq!(
            wall_clock(spring, time(3, 0), "x", &SpringForward),
            WallClock::Once
        );
        let autumn = Date::new(2026, 10, 25).unwrap();
        assert_eq!(
            wall_clock(autumn, time(2, 30), "x", &FallBack),
            WallClock::Twice
        );
        assert_eq!(
            wall_clock(autumn, time(3, 30), "x", &FallBack),
            WallClock::Once
        );
        assert_eq!(wall_clock(autumn, time(2, 30), "x", &Utc), WallClock::Once);
    }

    #[test]
    fn moment_time_labels_say_how_sure_the_time_is() {
        use crate::Precision;
        let at = Instant::parse_rfc3339("2026-03-14T09:15:00Z").unwrap();
        let z = FixedOffset(60);
        assert_eq!(
            moment_time_label(at, Precision::Exact, "x", &z, false),
            "10:15"
        );
        assert_eq!(
            moment_time_label(at, Precision::Approximate, "x", &z, false),
            "about 10:15"
        );
        assert_eq!(
            moment_time_label(at, Precision::OrderOnly, "x", &z, true),
            "Sat 14 Mar 2026, time unknown"
        );
        let with_seconds = at.plus_millis(30_000);
        assert_eq!(
            moment_time_label(with_seconds, Precision::Exact, "x", &z, true),
            "Sat 14 Mar 2026, 10:15:30"
        );
    }

    #[test]
    fn clock_times_parse_as_typed() {
        let hm = |t: &str| parse_clock(t).map(|c| c.hh_mm_ss());
        assert_eq!(hm("10:15").as_deref(), Some("10:15:00"));
        assert_eq!(hm("9:05").as_deref(), Some("09:05:00"));
        assert_eq!(hm("10:15:30").as_deref(), Some("10:15:30"));
        assert_eq!(hm("1015").as_deref(), Some("10:15:00"));
        assert_eq!(hm("905").as_deref(), Some("09:05:00"));
        assert_eq!(hm("10.15").as_deref(), Some("10:15:00"));
        assert_eq!(hm("10h15").as_deref(), Some("10:15:00"));
        assert_eq!(hm("10:15 pm").as_deref(), Some("22:15:00"));
        assert_eq!(hm("10pm").as_deref(), Some("22:00:00"));
        assert_eq!(hm("12:30 AM").as_deref(), Some("00:30:00"));
        assert_eq!(hm("12:30 p.m.").as_deref(), Some("12:30:00"));
        // Logs write fractions of a second: dropped.
        assert_eq!(hm("09:44:10.123").as_deref(), Some("09:44:10"));
        assert_eq!(hm("09:44:10,5").as_deref(), Some("09:44:10"));
        assert_eq!(hm("9:44:10.123456 pm").as_deref(), Some("21:44:10"));
        for bad in [
            "", "25:00", "10:60", "13pm", "abc", "10:15:30:00", "1:2", "10:15.5", "10:15:30.",
            "10:15:30.12a",
        ] {
            assert_eq!(parse_clock(bad), None, "{bad}");
        }
    }

    #[test]
    fn quick_entry_lines_give_their_leading_time() {
        let split = |l: &str| split_leading_time(l).map(|(t, rest)| (t.hh_mm(), rest.to_string()));
        assert_eq!(
            split("10:15 alert fired"),
            Some(("10:15".into(), "alert fired".into()))
        );
        assert_eq!(
            split("9:05 pm paged Ben"),
            Some(("21:05".into(), "paged Ben".into()))
        );
        assert_eq!(
            split("09.30 standup"),
            Some(("09:30".into(), "standup".into()))
        );
        assert_eq!(split("alert at 10:15"), None);
        assert_eq!(split("2026 was quiet"), None);
        assert_eq!(split("10:15"), None);
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_label(45_000), "45 s");
        assert_eq!(duration_label(12 * 60_000), "12 min");
        assert_eq!(duration_label(65 * 60_000), "1 h 5 min");
        assert_eq!(duration_label(120 * 60_000), "2 h");
        assert_eq!(duration_label(51 * 3_600_000), "2 d 3 h");
        assert_eq!(duration_label(-5), "0 s");
    }

    #[test]
    fn offsets_parse_in_all_written_forms() {
        assert_eq!(parse_offset("+02:00"), Some(120));
        assert_eq!(parse_offset("-0530"), Some(-330));
        assert_eq!(parse_offset("+09"), Some(540));
        assert_eq!(parse_offset("02:00"), None);
        assert_eq!(parse_offset("+2:00"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// What `to_rfc3339` writes reads back by the fixed-position path.
        #[test]
        fn written_instants_read_back_by_position(ms in MIN_MS..=MAX_MS) {
            let instant = Instant::from_millis(ms).unwrap();
            prop_assert_eq!(Instant::parse_as_written(&instant.to_rfc3339()), Some(instant));
        }

        /// Whenever the fixed-position path reads a text, the general reader reads it the same.
        #[test]
        fn the_fixed_position_path_agrees_with_the_general_one(
            text in "[0-9]{4}[-/][0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{3})?[Zz+]",
        ) {
            if let Some(fast) = Instant::parse_as_written(&text) {
                prop_assert_eq!(Some(fast), Instant::parse_any_form(&text));
            }
        }
    }
}
