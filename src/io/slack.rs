//! Reads a Slack channel export: the channel folder's day files (`2026-03-14.json`, each a JSON
//! array of messages) and, when given, the export's `users.json` to turn user ids into names
//! and `channels.json` (or `groups.json`) to turn channel ids into names.
//!
//! Messages keep Slack's own timestamps (`ts`, seconds since the epoch, UTC). Slack's markup is
//! turned into plain text: `<@U123>` becomes `@Ana Souza`, `<#C1|general>` becomes `#general`,
//! `<https://x|label>` becomes `label (https://x)`, `&amp;`, `&lt;`, `&gt;` are unescaped, and
//! the shortcodes of common emoji (`:fire:`) become the emoji.
//! A message sent with Block Kit blocks and no text (workflows, some apps) is read from its
//! blocks. Joins, leaves and bot messages are kept but marked, so that the preview can drop
//! them; the place a deleted message keeps in a thread is listed as skipped. Lists picked
//! without any day file are listed as skipped too, each saying what to pick with it.

use super::import::{Candidate, Preview, Skipped};
use super::transcript::Stamp;
use crate::model::time::Date;
use crate::model::{Instant, Precision};
use serde_json::Value;
use std::collections::HashMap;

/// One file the facilitator picked.
pub struct File<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// Reads the picked files. `users.json` (by name) provides names; every other file is a day.
pub fn parse(files: &[File]) -> Preview {
    let mut preview = Preview::default();
    let mut names: HashMap<String, String> = HashMap::new();
    // Everything a user is called, by the name shown: their display name and handle find the
    // review's people as well as their real name does.
    let mut called: HashMap<String, Called> = HashMap::new();
    for file in files.iter().filter(|f| base_name(f.name) == "users.json") {
        match serde_json::from_str::<Value>(file.text) {
            Ok(Value::Array(users)) => {
                for user in &users {
                    let all = user_names(user);
                    if let (Some(id), Some(name)) = (user["id"].as_str(), all.first()) {
                        names.insert(id.to_string(), name.clone());
                        note_names(&mut called, &name.clone(), id, all);
                    }
                }
            }
            _ => preview.skipped.push(Skipped {
                source: file.name.to_string(),
                text: String::new(),
                reason: "users.json is not a list of users; names fall back to the messages' own"
                    .into(),
            }),
        }
    }
    // Channels by id, for "<#C1>" and rich text's channels, which carry no name.
    for file in files
        .iter()
        .filter(|f| CHANNEL_LISTS.contains(&base_name(f.name)))
    {
        match serde_json::from_str::<Value>(file.text) {
            Ok(Value::Array(channels)) => {
                for channel in &channels {
                    if let (Some(id), Some(name)) =
                        (channel["id"].as_str(), channel["name"].as_str())
                    {
                        names.insert(id.to_string(), name.to_string());
                    }
                }
            }
            _ => preview.skipped.push(whole_file(
                file,
                "not a list of channels; channels without a name in the message stay as ids",
            )),
        }
    }
    let mut found: Vec<(i64, Candidate)> = Vec::new();
    let (day_files, lists): (Vec<&File>, Vec<&File>) = files.iter().partition(|f| {
        let name = base_name(f.name);
        name != "users.json" && !CHANNEL_LISTS.contains(&name) && !OTHER_LISTS.contains(&name)
    });
    // The lists alone hold no messages: without a day file the preview would read nothing and
    // list no reason, so each list picked says what it is and what to pick with it.
    if day_files.is_empty() {
        for file in lists {
            if !preview.skipped.iter().any(|s| s.source == file.name) {
                let what = match base_name(file.name) {
                    "users.json" => "people",
                    name if CHANNEL_LISTS.contains(&name) => "channels",
                    _ => "other conversations",
                };
                preview.skipped.push(whole_file(
                    file,
                    &format!(
                        "the export's list of {what}, which holds no messages: pick the \
                         channel folder's day files (2026-03-14.json and so on) with it"
                    ),
                ));
            }
        }
    }
    for file in day_files {
        let messages = match serde_json::from_str::<Value>(file.text) {
            Ok(Value::Array(messages)) => messages,
            Ok(_) => {
                preview.skipped.push(whole_file(
                    file,
                    "not a Slack day file (a JSON list of messages)",
                ));
                continue;
            }
            Err(error) => {
                preview.skipped.push(whole_file(
                    file,
                    &format!(
                        "not valid JSON (line {}, column {})",
                        error.line(),
                        error.column()
                    ),
                ));
                continue;
            }
        };
        for (index, message) in messages.iter().enumerate() {
            let source = format!("{}, message {}", base_name(file.name), index + 1);
            match read_message(message, &names, &mut called, source.clone()) {
                Ok(candidate) => found.push(candidate),
                Err(reason) => preview.skipped.push(Skipped {
                    source,
                    text: message["text"]
                        .as_str()
                        .unwrap_or("")
                        .chars()
                        .take(200)
                        .collect(),
                    reason: reason.to_string(),
                }),
            }
        }
    }
    // Day files may be picked in any order; the channel's order is by time.
    found.sort_by_key(|(ms, _)| *ms);
    preview.candidates = found.into_iter().map(|(_, c)| c).collect();
    preview.other_names = preview
        .names()
        .into_iter()
        .filter_map(|name| {
            let known = called.get(&name).filter(|c| !c.shared)?;
            let others: Vec<String> = known
                .names
                .iter()
                .filter(|n| !super::import::same_person(n, &name))
                .cloned()
                .collect();
            (!others.is_empty()).then_some((name, others))
        })
        .collect();
    super::import::settle_kinds(
        preview
            .candidates
            .iter_mut()
            .map(|c| (&mut c.kind, &mut c.suggested)),
    );
    preview
}

fn whole_file(file: &File, reason: &str) -> Skipped {
    Skipped {
        source: file.name.to_string(),
        text: String::new(),
        reason: reason.to_string(),
    }
}

/// The export's lists of channels (public, private): their names replace channel ids.
const CHANNEL_LISTS: &[&str] = &["channels.json", "groups.json"];

/// The export's other lists, which hold no messages of a channel: left aside when picked
/// with the rest.
const OTHER_LISTS: &[&str] = &[
    "dms.json",
    "mpims.json",
    "integration_logs.json",
    "canvases.json",
    "huddle_transcripts.json",
];

/// "export/general/2026-03-14.json" -> "2026-03-14.json".
fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// A Slack export picked as a folder (the unpacked export, or one channel's folder in it):
/// each channel's day files and the export's lists of people and channels, by their place in
/// the pick. An export holds every channel for all time, so the facilitator chooses one
/// channel and its days, and only those are read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportFolder {
    /// By name; a day file is in the channel of the folder that holds it.
    pub channels: Vec<ExportChannel>,
    /// users.json, channels.json and groups.json, wherever they are in the folder.
    pub lists: Vec<usize>,
}

/// One channel's folder: never without a day file.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportChannel {
    /// The folder's name.
    pub name: String,
    /// Its path in the pick, which tells apart two folders of one name.
    pub path: String,
    /// Its day files in date order: the day each is named for, and its place in the pick.
    days: Vec<(Date, usize)>,
}

/// A channel spanning at most this many days is read at once when it is the only one picked;
/// a longer one (a whole export of #general) asks which days first.
const DAYS_READ_AT_ONCE: i64 = 31;

impl ExportChannel {
    pub fn days(&self) -> &[(Date, usize)] {
        &self.days
    }

    pub fn first_day(&self) -> Date {
        self.days[0].0
    }

    pub fn last_day(&self) -> Date {
        self.days[self.days.len() - 1].0
    }

    /// The places of its day files from `from` to `to`, both included.
    pub fn days_between(&self, from: Date, to: Date) -> Vec<usize> {
        self.days
            .iter()
            .filter(|(day, _)| (from..=to).contains(day))
            .map(|&(_, at)| at)
            .collect()
    }
}

impl ExportFolder {
    /// Whether the pick is read without asking: one channel, of a few weeks at most.
    pub fn read_at_once(&self) -> bool {
        match self.channels.as_slice() {
            [only] => {
                only.last_day().days_since_epoch() - only.first_day().days_since_epoch()
                    < DAYS_READ_AT_ONCE
            }
            _ => false,
        }
    }

    /// How channel `at` is offered: its name (with its path when another has the same name),
    /// and its days.
    pub fn label(&self, at: usize) -> String {
        let channel = &self.channels[at];
        let shared = self
            .channels
            .iter()
            .filter(|c| c.name == channel.name)
            .count()
            > 1;
        let name = if shared {
            format!("#{} ({})", channel.name, channel.path)
        } else {
            format!("#{}", channel.name)
        };
        match channel.days.len() {
            1 => format!("{name} (1 day, {})", channel.first_day()),
            n => format!(
                "{name} ({n} days, {} to {})",
                channel.first_day(),
                channel.last_day()
            ),
        }
    }

    /// The places of the files to read for channel `at` from `from` to `to`: the export's
    /// lists, then the channel's days; or why there are none.
    pub fn files_for(&self, at: usize, from: Date, to: Date) -> Result<Vec<usize>, String> {
        let channel = &self.channels[at];
        if from > to {
            return Err(format!("The first day, {from}, is after the last, {to}."));
        }
        let days = channel.days_between(from, to);
        if days.is_empty() {
            return Err(format!(
                "#{} has no day file from {from} to {to}: its days are {} to {}.",
                channel.name,
                channel.first_day(),
                channel.last_day()
            ));
        }
        Ok(self.lists.iter().copied().chain(days).collect())
    }
}

/// Sorts the files of a picked folder by what they are, from their paths within it ("export/
/// incident-db/2026-03-14.json"). Files that are neither a day file nor a list (the export's
/// files folder, a note someone left in it) are left out.
pub fn export_folder(paths: &[&str]) -> ExportFolder {
    let mut folder = ExportFolder::default();
    for (at, path) in paths.iter().enumerate() {
        let name = base_name(path);
        if name == "users.json" || CHANNEL_LISTS.contains(&name) {
            folder.lists.push(at);
            continue;
        }
        let Some(day) = name.strip_suffix(".json").and_then(Date::parse_iso) else {
            continue;
        };
        // The folder that holds it, by its path: two exports picked together may each hold
        // a #general.
        let parent = &path[..path.len() - name.len()].trim_end_matches(['/', '\\']);
        match folder.channels.iter_mut().find(|c| c.path == *parent) {
            Some(known) => known.days.push((day, at)),
            None => folder.channels.push(ExportChannel {
                name: base_name(parent).to_string(),
                path: parent.to_string(),
                days: vec![(day, at)],
            }),
        }
    }
    for channel in &mut folder.channels {
        channel.days.sort();
    }
    folder
        .channels
        .sort_by(|a, b| (&a.name, &a.path).cmp(&(&b.name, &b.path)));
    folder
}

/// What one shown name is called otherwise, and by which user.
struct Called {
    user: String,
    names: Vec<String>,
    /// Two users go by this name: their other names say nothing about either.
    shared: bool,
}

/// Adds `names` of user `user` to what the name `shown` is called otherwise.
fn note_names(called: &mut HashMap<String, Called>, shown: &str, user: &str, names: Vec<String>) {
    let entry = called.entry(shown.to_string()).or_insert_with(|| Called {
        user: user.to_string(),
        names: Vec::new(),
        shared: false,
    });
    if entry.user != user {
        entry.shared = true;
    }
    for name in names {
        if !entry
            .names
            .iter()
            .any(|n| super::import::same_person(n, &name))
        {
            entry.names.push(name);
        }
    }
}

/// Every name a user record gives, the one to show first: their real name, their display
/// name, their handle.
fn user_names(user: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in [
        &user["real_name"],
        &user["profile"]["real_name"],
        &user["profile"]["display_name"],
        &user["display_name"],
        &user["name"],
    ]
    .into_iter()
    .filter_map(Value::as_str)
    .map(str::trim)
    {
        if !name.is_empty() && !names.iter().any(|n| super::import::same_person(n, name)) {
            names.push(name.to_string());
        }
    }
    names
}

fn read_message(
    message: &Value,
    names: &HashMap<String, String>,
    called: &mut HashMap<String, Called>,
    source: String,
) -> Result<(i64, Candidate), &'static str> {
    if !message.is_object() {
        return Err("not a message object");
    }
    let ms = message["ts"]
        .as_str()
        .and_then(ts_millis)
        .ok_or("no usable \"ts\" timestamp")?;
    let at = Instant::from_millis(ms).ok_or("timestamp out of range")?;
    let subtype = message["subtype"].as_str().unwrap_or("");
    // A deleted message that had replies keeps its place in the thread as "This message was
    // deleted.": the words are gone, and the line is Slack's, not the author's.
    if matches!(subtype, "tombstone" | "message_deleted") {
        return Err("deleted in Slack: only its place in a thread was kept");
    }
    let user = message["user"].as_str().unwrap_or("");
    let profile = user_names(&message["user_profile"]);
    let name = names
        .get(user)
        .cloned()
        .or_else(|| profile.first().cloned())
        .or_else(|| message["username"].as_str().map(str::to_string))
        .or_else(|| message["bot_profile"]["name"].as_str().map(str::to_string))
        .or_else(|| (!user.is_empty()).then(|| user.to_string()))
        // An app's message with no name of its own still says it is an app's.
        .or_else(|| message["bot_id"].as_str().map(|id| format!("app {id}")))
        .unwrap_or_default();
    if !name.is_empty() {
        note_names(called, &name, user, profile);
    }
    let mut text = plain_text(message["text"].as_str().unwrap_or(""), names);
    // The text is the blocks' own plain form; a message sent with blocks alone (a workflow,
    // some apps) has none, and its words are read from the blocks.
    if text.trim().is_empty() {
        text = blocks_text(&message["blocks"], names);
    }
    for attachment in message["attachments"].as_array().into_iter().flatten() {
        let mut extra = attachment["text"]
            .as_str()
            .or_else(|| attachment["fallback"].as_str())
            .map(|extra| plain_text(extra, names))
            .unwrap_or_default();
        if extra.trim().is_empty() {
            extra = blocks_text(&attachment["blocks"], names);
        }
        if !extra.trim().is_empty() {
            push_line(&mut text, &extra);
        }
    }
    for file in message["files"].as_array().into_iter().flatten() {
        if let Some(title) = file["title"].as_str().or_else(|| file["name"].as_str()) {
            push_line(&mut text, &format!("[file: {title}]"));
        }
    }
    if text.trim().is_empty() {
        return Err("the message has no text");
    }
    let noise = match subtype {
        "channel_join" | "channel_leave" | "group_join" | "group_leave" => Some("join or leave"),
        "bot_message" => Some("bot"),
        _ if message["bot_id"].is_string() => Some("bot"),
        "channel_topic" | "channel_purpose" | "channel_name" => Some("channel change"),
        _ => None,
    }
    .map(str::to_string);
    let (kind, suggested) = super::import::suggested_kind(&text, &name);
    Ok((
        ms,
        Candidate {
            source,
            stamp: Stamp::Exact(at),
            kind,
            suggested,
            names: if name.is_empty() { vec![] } else { vec![name] },
            text,
            precision: Precision::Exact,
            evidence: vec![],
            noise,
            pivot: false,
        },
    ))
}

/// The words of a message's Block Kit blocks, a line a block: the text of rich text (with
/// people, channels, links and emoji as the markup gives them) and of section, header and
/// context blocks.
fn blocks_text(blocks: &Value, names: &HashMap<String, String>) -> String {
    let mut out = String::new();
    for block in blocks.as_array().into_iter().flatten() {
        let mut line = String::new();
        words_of(block, names, &mut line);
        if !line.trim().is_empty() {
            push_line(&mut out, line.trim());
        }
    }
    out
}

/// Appends the words of one element of a block, and of the elements inside it, to `out`.
fn words_of(element: &Value, names: &HashMap<String, String>, out: &mut String) {
    let field = |key: &str| element[key].as_str().unwrap_or("");
    match field("type") {
        "text" => out.push_str(field("text")),
        "plain_text" => out.push_str(field("text")),
        "mrkdwn" => out.push_str(&plain_text(field("text"), names)),
        "link" => match (field("text"), field("url")) {
            ("", url) => out.push_str(url),
            (text, url) if text == url => out.push_str(url),
            (text, url) => out.push_str(&format!("{text} ({url})")),
        },
        "user" => out.push_str(&link_text(&format!("@{}", field("user_id")), names)),
        "channel" => out.push_str(&link_text(&format!("#{}", field("channel_id")), names)),
        "usergroup" => out.push_str(&format!("@{}", field("usergroup_id"))),
        "broadcast" => out.push_str(&format!("@{}", field("range"))),
        // Rich text gives the emoji's code points ("1f525"); a custom one has only its name.
        "emoji" => match emoji_of_code_points(field("unicode")) {
            Some(emoji) => out.push_str(&emoji),
            None => out.push_str(&with_emoji(&format!(":{}:", field("name")))),
        },
        kind => {
            // A section's or header's text, then any elements and fields inside.
            if element["text"].is_object() {
                words_of(&element["text"], names, out);
                new_line(out);
            }
            for key in ["elements", "fields"] {
                for inner in element[key].as_array().into_iter().flatten() {
                    let before = out.len();
                    words_of(inner, names, out);
                    if out.len() == before {
                        continue;
                    }
                    // A section's fields, rich text's sections and lists' items are lines of
                    // their own; a context's pieces are words side by side.
                    if key == "fields" || inner["elements"].is_array() {
                        new_line(out);
                    } else if kind == "context" {
                        out.push(' ');
                    }
                }
            }
        }
    }
}

fn new_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Slack's "1773532980.000700" (seconds and microseconds) in milliseconds, rounded; read
/// without floating point so that nothing is lost and no float tables enter the wasm.
fn ts_millis(ts: &str) -> Option<i64> {
    let (seconds, fraction) = ts.trim().split_once('.').unwrap_or((ts.trim(), ""));
    if seconds.is_empty() || !seconds.bytes().all(|b| b.is_ascii_digit()) || seconds.len() > 12 {
        return None;
    }
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let micros: String = fraction.chars().chain("000000".chars()).take(6).collect();
    let micros: i64 = micros.parse().ok()?;
    Some(seconds.parse::<i64>().ok()? * 1000 + (micros + 500) / 1000)
}

fn push_line(text: &mut String, line: &str) {
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

/// Slack's message markup as plain text.
pub fn plain_text(text: &str, names: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('>') {
            Some(close) => {
                out.push_str(&link_text(&after[..close], names));
                rest = &after[close + 1..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    with_emoji(
        &out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The shortcodes of the emoji most written in incident channels, as the emoji themselves.
/// Others (custom ones, rarer ones) stay as written: ":fire:" reads well enough as text.
const EMOJI: &[(&str, &str)] = &[
    ("fire", "\u{1f525}"),
    ("eyes", "\u{1f440}"),
    ("white_check_mark", "\u{2705}"),
    ("heavy_check_mark", "\u{2714}\u{fe0f}"),
    ("x", "\u{274c}"),
    ("warning", "\u{26a0}\u{fe0f}"),
    ("rotating_light", "\u{1f6a8}"),
    ("+1", "\u{1f44d}"),
    ("thumbsup", "\u{1f44d}"),
    ("-1", "\u{1f44e}"),
    ("thumbsdown", "\u{1f44e}"),
    ("tada", "\u{1f389}"),
    ("pray", "\u{1f64f}"),
    ("rocket", "\u{1f680}"),
    ("red_circle", "\u{1f534}"),
    ("large_green_circle", "\u{1f7e2}"),
    ("large_yellow_circle", "\u{1f7e1}"),
    ("heart", "\u{2764}\u{fe0f}"),
    ("thinking_face", "\u{1f914}"),
    ("sweat_smile", "\u{1f605}"),
    ("scream", "\u{1f631}"),
    ("facepalm", "\u{1f926}"),
    ("face_palm", "\u{1f926}"),
    ("raised_hands", "\u{1f64c}"),
    ("clap", "\u{1f44f}"),
    ("ok_hand", "\u{1f44c}"),
    ("point_up", "\u{261d}\u{fe0f}"),
    ("100", "\u{1f4af}"),
    ("bug", "\u{1f41b}"),
    ("boom", "\u{1f4a5}"),
    ("zap", "\u{26a1}"),
    ("hourglass_flowing_sand", "\u{23f3}"),
    ("mag", "\u{1f50d}"),
    ("wrench", "\u{1f527}"),
    ("chart_with_upwards_trend", "\u{1f4c8}"),
    ("chart_with_downwards_trend", "\u{1f4c9}"),
    ("construction", "\u{1f6a7}"),
    ("no_entry", "\u{26d4}"),
    ("sos", "\u{1f198}"),
    ("question", "\u{2753}"),
    ("exclamation", "\u{2757}"),
];

/// `text` with the shortcodes of `EMOJI` as emoji; a skin tone after one (":+1::skin-tone-3:")
/// goes with it.
fn with_emoji(text: &str) -> String {
    if !text.contains(':') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(':') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let code = after
            .find(':')
            .map(|close| &after[..close])
            .filter(|code| !code.is_empty() && !code.contains(char::is_whitespace));
        // A shortcode stands apart from the words around it: "3:x:4" is not ":x:".
        let apart = !out.chars().next_back().is_some_and(char::is_alphanumeric)
            && !code.is_some_and(|code| {
                after[code.len() + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            });
        let known = code.filter(|_| apart);
        match known.and_then(|code| EMOJI.iter().find(|(name, _)| *name == code)) {
            Some((name, emoji)) => {
                out.push_str(emoji);
                rest = &after[name.len() + 1..];
                if let Some(tone) = rest.strip_prefix(":skin-tone-") {
                    if let Some(close) = tone.find(':') {
                        rest = &tone[close + 1..];
                    }
                }
            }
            None => {
                out.push(':');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// "1f525" or "1f937-200d-2642-fe0f", as rich text writes an emoji, as the emoji.
fn emoji_of_code_points(hex: &str) -> Option<String> {
    if hex.is_empty() {
        return None;
    }
    hex.split('-')
        .map(|part| u32::from_str_radix(part, 16).ok().and_then(char::from_u32))
        .collect()
}

/// The text of one `<...>` element of Slack markup.
fn link_text(inner: &str, names: &HashMap<String, String>) -> String {
    let (target, label) = match inner.split_once('|') {
        Some((t, l)) => (t, Some(l)),
        None => (inner, None),
    };
    if let Some(user) = target.strip_prefix('@') {
        let name = label
            .map(str::to_string)
            .or_else(|| names.get(user).cloned());
        return format!("@{}", name.unwrap_or_else(|| user.to_string()));
    }
    if let Some(channel) = target.strip_prefix('#') {
        let name = label.or_else(|| names.get(channel).map(String::as_str));
        return format!("#{}", name.unwrap_or(channel));
    }
    if let Some(special) = target.strip_prefix('!') {
        let (command, _) = special.split_once('^').unwrap_or((special, ""));
        return match (command, label) {
            // A date written for each reader's zone: its label is the text written.
            ("date", Some(label)) => label.to_string(),
            // A user group's label carries its "@" already: "<!subteam^S1|@oncall>".
            (_, Some(label)) if label.starts_with('@') => label.to_string(),
            (_, Some(label)) => format!("@{label}"),
            (command, None) => format!("@{command}"),
        };
    }
    match label {
        Some(label) if label != target => format!("{label} ({target})"),
        _ => target.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picked_folder_is_sorted_into_channels_and_lists() {
        let paths = [
            "Acme Slack export/users.json",
            "Acme Slack export/channels.json",
            "Acme Slack export/dms.json",
            "Acme Slack export/incident-db/2026-03-15.json",
            "Acme Slack export/general/2025-01-02.json",
            "Acme Slack export/incident-db/2026-03-14.json",
            "Acme Slack export/incident-db/notes.txt",
            "Acme Slack export/incident-db/2026-03-16 (1).json",
            "Acme Slack export/general/2026-03-14.json",
            "Acme Slack export/__uploads/F1/graph.png",
        ];
        let folder = export_folder(&paths);
        assert_eq!(
            folder.lists,
            [0, 1],
            "users.json and channels.json, not dms.json"
        );
        let names: Vec<&str> = folder.channels.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["general", "incident-db"]);
        let db = &folder.channels[1];
        let day = |text| Date::parse_iso(text).unwrap();
        assert_eq!(db.days(), [(day("2026-03-14"), 5), (day("2026-03-15"), 3)]);
        assert_eq!(
            (db.first_day(), db.last_day()),
            (day("2026-03-14"), day("2026-03-15"))
        );
        assert_eq!(
            folder.label(1),
            "#incident-db (2 days, 2026-03-14 to 2026-03-15)"
        );
        assert_eq!(
            folder.label(0),
            "#general (2 days, 2025-01-02 to 2026-03-14)"
        );
        assert!(!folder.read_at_once(), "two channels: which one is asked");
        assert_eq!(
            folder.files_for(1, day("2026-03-15"), day("2026-12-31")),
            Ok(vec![0, 1, 3])
        );
        assert_eq!(
            folder.files_for(0, day("2026-03-15"), day("2026-03-14")),
            Err("The first day, 2026-03-15, is after the last, 2026-03-14.".to_string())
        );
        assert_eq!(
            folder.files_for(1, day("2026-04-01"), day("2026-04-30")),
            Err(
                "#incident-db has no day file from 2026-04-01 to 2026-04-30: its days are \
                 2026-03-14 to 2026-03-15."
                    .to_string()
            )
        );
        // One channel's folder picked on its own (Windows paths too): read at once while it
        // spans a few weeks, asked about when longer.
        let one = export_folder(&[
            "incident-db\\2026-03-14.json",
            "incident-db\\2026-03-15.json",
        ]);
        assert_eq!(one.channels.len(), 1);
        assert_eq!(one.channels[0].name, "incident-db");
        assert!(one.read_at_once());
        let long = export_folder(&["general/2026-01-01.json", "general/2026-03-14.json"]);
        assert!(!long.read_at_once());
        // Two exports picked together, each with a #general: told apart by their paths.
        let two = export_folder(&["a/general/2026-03-14.json", "b/general/2026-03-14.json"]);
        assert_eq!(two.channels.len(), 2);
        assert_eq!(two.label(0), "#general (a/general) (1 day, 2026-03-14)");
        assert_eq!(two.label(1), "#general (b/general) (1 day, 2026-03-14)");
        assert_eq!(
            export_folder(&["photos/cat.json", "photos/a.png"]),
            ExportFolder::default()
        );
    }

    const USERS: &str = r#"[{"id":"U1","name":"ana","real_name":"Ana Souza"},
        {"id":"U2","name":"ben","profile":{"display_name":"Ben 🚒","real_name":""}}]"#;

    const DAY1: &str = r#"[
      {"type":"message","subtype":"channel_join","ts":"1773479100.000100","user":"U2","text":"<@U2> has joined the channel"},
      {"type":"message","ts":"1773479160.000200","user":"U1","text":"checkout errors are up &gt; 5% see <https://grafana.example/d/1|the graph>"},
      {"type":"message","subtype":"bot_message","bot_id":"B1","username":"PagerDuty","ts":"1773479000.000000","text":"","attachments":[{"fallback":"Triggered: checkout 5xx"}]},
      {"type":"message","ts":"nope","user":"U1","text":"broken"}
    ]"#;

    const DAY2: &str = r#"[{"type":"message","ts":"1773565600.5","user":"U2","user_profile":{"real_name":"Ben O'Neill"},"text":"ack <@U1> in <#C1|incidents>"}]"#;

    /// Each candidate's first name and text, in order.
    fn who_said_what(preview: &Preview) -> Vec<(&str, &str)> {
        preview
            .candidates
            .iter()
            .map(|c| (c.names[0].as_str(), c.text.as_str()))
            .collect()
    }

    #[test]
    fn common_shortcodes_and_rich_text_emoji_are_shown_as_emoji() {
        let names = HashMap::new();
        assert_eq!(
            plain_text(
                ":fire: checkout down :+1::skin-tone-3: :partyparrot: 10:30:00",
                &names
            ),
            "\u{1f525} checkout down \u{1f44d} :partyparrot: 10:30:00"
        );
        assert_eq!(plain_text("ratio 3:2:1 ::", &names), "ratio 3:2:1 ::");
        assert_eq!(plain_text("a:x:b 3:x: :x:", &names), "a:x:b 3:x: \u{274c}");
        let block: Value = serde_json::json!([{"type": "rich_text", "elements": [{"type": "rich_text_section",
            "elements": [{"type": "emoji", "name": "fire", "unicode": "1f525"},
                         {"type": "emoji", "name": "partyparrot"}]}]}]);
        assert_eq!(blocks_text(&block, &names), "\u{1f525}:partyparrot:");
    }

    #[test]
    fn apps_are_named_and_channel_ids_take_their_names_from_channels_json() {
        let day = r##"[
          {"ts":"1773479000.0","subtype":"bot_message","bot_id":"B1","bot_profile":{"name":"Alertmanager"},"text":"firing"},
          {"ts":"1773479001.0","bot_id":"B2","text":"deploy started"},
          {"ts":"1773479002.0","user":"U1","text":"see <#C9>","blocks":[]},
          {"ts":"1773479003.0","user":"U1","text":"","blocks":[{"type":"rich_text","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"moved to "},{"type":"channel","channel_id":"C9"}]}]}]}
        ]"##;
        let preview = parse(&[
            File {
                name: "2026-03-14.json",
                text: day,
            },
            File {
                name: "channels.json",
                text: r#"[{"id":"C9","name":"inc-checkout"}]"#,
            },
            File {
                name: "integration_logs.json",
                text: r#"{"logs":[]}"#,
            },
        ]);
        assert_eq!(
            who_said_what(&preview),
            [
                ("Alertmanager", "firing"),
                ("app B2", "deploy started"),
                ("U1", "see #inc-checkout"),
                ("U1", "moved to #inc-checkout"),
            ]
        );
        assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);
    }

    #[test]
    fn reads_day_files_in_time_order_with_names_from_users_json() {
        let preview = parse(&[
            File {
                name: "2026-03-15.json",
                text: DAY2,
            },
            File {
                name: "export/incidents/2026-03-14.json",
                text: DAY1,
            },
            File {
                name: "users.json",
                text: USERS,
            },
        ]);
        assert_eq!(
            who_said_what(&preview),
            [
                ("PagerDuty", "Triggered: checkout 5xx"),
                ("Ben 🚒", "@Ben 🚒 has joined the channel"),
                (
                    "Ana Souza",
                    "checkout errors are up > 5% see the graph (https://grafana.example/d/1)"
                ),
                ("Ben 🚒", "ack @Ana Souza in #incidents"),
            ]
        );
        assert_eq!(preview.candidates[0].noise.as_deref(), Some("bot"));
        assert_eq!(
            preview.candidates[1].noise.as_deref(),
            Some("join or leave")
        );
        assert_eq!(preview.candidates[2].noise, None);
        assert_eq!(
            preview.candidates[2].stamp,
            Stamp::Exact(Instant::from_millis(1_773_479_160_000).unwrap())
        );
        assert_eq!(preview.skipped.len(), 1);
        assert!(preview.skipped[0].reason.contains("ts"));
        assert_eq!(preview.skipped[0].source, "2026-03-14.json, message 4");
    }

    #[test]
    fn without_users_json_names_come_from_the_messages() {
        let preview = parse(&[File {
            name: "2026-03-15.json",
            text: DAY2,
        }]);
        assert_eq!(preview.candidates[0].names, ["Ben O'Neill"]);
        assert_eq!(preview.candidates[0].text, "ack @U1 in #incidents");
    }

    #[test]
    fn lists_picked_without_a_day_file_say_what_to_pick() {
        let users = File {
            name: "export/users.json",
            text: r#"[{"id":"U1","name":"ana","real_name":"Ana Souza"}]"#,
        };
        let preview = parse(&[users]);
        assert!(preview.candidates.is_empty());
        assert_eq!(preview.skipped.len(), 1);
        assert_eq!(preview.skipped[0].source, "export/users.json");
        assert!(preview.skipped[0]
            .reason
            .contains("list of people, which holds no messages"));
        assert!(preview.skipped[0].reason.contains("day files"));
        // With a day file, the lists are read and not listed.
        let users = File {
            name: "users.json",
            text: r#"[{"id":"U1","name":"ana","real_name":"Ana Souza"}]"#,
        };
        let day = File {
            name: "2026-03-15.json",
            text: DAY2,
        };
        let preview = parse(&[users, day]);
        assert!(!preview.candidates.is_empty());
        assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);
    }

    #[test]
    fn files_that_are_not_day_files_are_reported() {
        let preview = parse(&[
            File {
                name: "channels.json",
                text: r#"{"not":"a list"}"#,
            },
            File {
                name: "broken.json",
                text: "[{",
            },
        ]);
        assert!(preview.candidates.is_empty());
        assert_eq!(preview.skipped.len(), 2);
        assert!(preview.skipped[0].reason.contains("not a list of channels"));
        assert!(preview.skipped[1].reason.contains("line 1, column 2"));
    }

    #[test]
    fn a_message_of_blocks_alone_is_read_from_its_blocks() {
        let day = r#"[
          {"ts":"1773479100.0","user":"U1","text":"","blocks":[
            {"type":"rich_text","elements":[
              {"type":"rich_text_section","elements":[
                {"type":"text","text":"rolling back, "},{"type":"user","user_id":"U2"},
                {"type":"text","text":" watch "},
                {"type":"link","url":"https://grafana.example/d/1","text":"the graph"},
                {"type":"emoji","name":"eyes"}]},
              {"type":"rich_text_list","elements":[
                {"type":"rich_text_section","elements":[{"type":"text","text":"step one"}]},
                {"type":"rich_text_section","elements":[{"type":"text","text":"step two"}]}]}]}]},
          {"ts":"1773479160.0","bot_id":"B1","username":"Workflow","text":"","blocks":[
            {"type":"header","text":{"type":"plain_text","text":"Incident declared"}},
            {"type":"section","text":{"type":"mrkdwn","text":"Severity *SEV2* for <#C1|checkout>"},
             "fields":[{"type":"mrkdwn","text":"Lead: <@U1>"},{"type":"plain_text","text":"Status: open"}]},
            {"type":"context","elements":[{"type":"mrkdwn","text":"Declared by"},{"type":"image"},{"type":"plain_text","text":"Ana"}]}]},
          {"ts":"1773479220.0","user":"U1","text":"","attachments":[{"blocks":[
            {"type":"section","text":{"type":"plain_text","text":"from an attachment"}}]}]}
        ]"#;
        let preview = parse(&[
            File {
                name: "users.json",
                text: USERS,
            },
            File {
                name: "2026-03-14.json",
                text: day,
            },
        ]);
        let texts: Vec<&str> = preview.candidates.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "rolling back, @Ben 🚒 watch the graph (https://grafana.example/d/1)\u{1f440}\nstep one\nstep two",
                "Incident declared\nSeverity *SEV2* for #checkout\nLead: @Ana Souza\nStatus: open\nDeclared by Ana",
                "from an attachment",
            ]
        );
        assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);
    }

    #[test]
    fn a_deleted_message_is_listed_not_imported() {
        let day = r#"[
          {"ts":"1773479100.0","user":"USLACKBOT","subtype":"tombstone","hidden":true,"text":"This message was deleted.","reply_count":2},
          {"ts":"1773479160.0","user":"U1","text":"a reply"}
        ]"#;
        let preview = parse(&[File {
            name: "2026-03-14.json",
            text: day,
        }]);
        assert_eq!(preview.candidates.len(), 1);
        assert_eq!(preview.skipped.len(), 1);
        assert!(preview.skipped[0].reason.contains("deleted"));
    }

    #[test]
    fn timestamps_are_read_exactly() {
        assert_eq!(ts_millis("1773532980.000700"), Some(1_773_532_980_001));
        assert_eq!(ts_millis("1773532980.5"), Some(1_773_532_980_500));
        assert_eq!(ts_millis("1773532980"), Some(1_773_532_980_000));
        assert_eq!(ts_millis("1773532980.0004"), Some(1_773_532_980_000));
        for bad in ["", ".5", "-1.0", "1e9", "12.3.4", "9999999999999.0", "nan"] {
            assert_eq!(ts_millis(bad), None, "{bad}");
        }
    }

    #[test]
    fn markup_edge_cases() {
        let names = HashMap::new();
        // Slack escapes a literal "<" as "&lt;": a raw "<" always starts markup.
        assert_eq!(
            plain_text("a &lt; b and <!here> <mailto:x@y.z|x@y.z>", &names),
            "a < b and @here x@y.z (mailto:x@y.z)"
        );
        assert_eq!(plain_text("&amp;lt;", &names), "&lt;");
        assert_eq!(plain_text("&lt;script&gt;", &names), "<script>");
        assert_eq!(plain_text("unclosed <tag", &names), "unclosed <tag");
        // A user group's label has its "@"; a date's label is the date as written.
        assert_eq!(
            plain_text("<!subteam^S1|@oncall> <!subteam^S2> <!channel> <!date^1773479100^{date_short}|Mar 14, 2026>", &names),
            "@oncall @subteam @channel Mar 14, 2026"
        );
    }

    #[test]
    fn a_display_name_or_handle_finds_a_person_and_stays_as_a_chat_name() {
        use crate::io::import::{build, propose_people, remember_names, NameChoice};
        use crate::model::{time::Utc, Id, IdGen, Person};
        let users = r#"[
          {"id":"U1","name":"dokafor","real_name":"D.O.","profile":{"display_name":"dee"}},
          {"id":"U2","name":"ghost","real_name":"Legal Name","profile":{"display_name":"firefly"}},
          {"id":"U3","name":"bo","real_name":"Ben O'Neill","profile":{"display_name":"Ben 🚒"}},
          {"id":"U4","name":"nobody","real_name":"Not In This Channel"},
          {"id":"U6","name":"jsmith","real_name":"Jane Smith","profile":{"display_name":"Jane"}},
          {"id":"U7","name":"alex.kim","real_name":"Alex"},
          {"id":"U8","name":"alex.ng","real_name":"Alex"}
        ]"#;
        let day = r#"[
          {"ts":"1773479100.0","user":"U1","text":"one"},
          {"ts":"1773479160.0","user":"U2","text":"two"},
          {"ts":"1773479220.0","user":"U3","text":"three"},
          {"ts":"1773479280.0","user":"U5","user_profile":{"real_name":"Eve Park","display_name":"ep-oncall"},"text":"four"},
          {"ts":"1773479340.0","user":"U6","text":"five"},
          {"ts":"1773479400.0","user":"U7","text":"six"},
          {"ts":"1773479460.0","user":"U8","text":"seven"}
        ]"#;
        let preview = parse(&[
            File {
                name: "users.json",
                text: users,
            },
            File {
                name: "2026-03-14.json",
                text: day,
            },
        ]);
        let person = |id: &str, name: &str, handles: &[&str]| Person {
            id: Id::from(id),
            name: name.into(),
            handles: handles.iter().map(|h| h.to_string()).collect(),
            ..Person::default()
        };
        let mut people = vec![
            person("p1", "Dana Okafor", &[]),
            person("p2", "Sam Reyes", &["firefly"]),
            person("p3", "Jane Doe", &[]),
        ];
        let proposed = propose_people(&preview, &people);
        let names: Vec<&str> = proposed.iter().map(|(n, _)| n.as_str()).collect();
        // Shown by real name; only the channel's authors carry other names, and two users
        // called "Alex" carry none (which of them would "alex.ng" be?).
        assert_eq!(
            names,
            ["D.O.", "Legal Name", "Ben O'Neill", "Eve Park", "Jane Smith", "Alex"]
        );
        assert_eq!(preview.other_names.len(), 5, "{:?}", preview.other_names);
        assert!(preview.other_names_of("Alex").is_empty());
        // The display name "firefly" is Sam's chat name: settled. "dokafor" (first initial and
        // last name) names Dana, and nobody else: settled. "Jane" fits Jane Doe only in part,
        // and Slack's real name contradicts it: asked. Nobody is Ben or Eve.
        assert_eq!(proposed[0].1, NameChoice::Existing(Id::from("p1")));
        assert_eq!(proposed[1].1, NameChoice::Existing(Id::from("p2")));
        assert_eq!(proposed[2].1, NameChoice::New);
        assert_eq!(proposed[3].1, NameChoice::New);
        assert_eq!(proposed[4].1, NameChoice::Ask(vec![Id::from("p3")]));
        let mut choices = proposed.clone();
        choices[4].1 = NameChoice::New;
        remember_names(&mut people, &preview, &proposed, &choices);
        // "dee" would find Dana by nothing else, so it is kept; "dokafor" already finds her,
        // and so does "D.O." through it, unasked. Jane Doe gains nothing.
        assert_eq!(people[1].handles, ["firefly", "ghost"]);
        assert_eq!(people[0].handles, ["dee"]);
        assert!(people[2].handles.is_empty());
        let added = build(
            &preview,
            &[true; 7],
            &choices,
            "UTC",
            &Utc,
            &mut IdGen::new(1),
        );
        let handles: Vec<(&str, Vec<&str>)> = added
            .people
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.handles.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        // "Ben 🚒" is his first name again, so only "bo" is worth keeping.
        assert_eq!(
            handles,
            [
                ("Ben O'Neill", vec!["bo"]),
                ("Eve Park", vec!["ep-oncall"]),
                ("Jane Smith", vec![]),
                ("Alex", vec![]),
            ]
        );
    }
}
