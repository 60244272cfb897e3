//! The library index: a small list of the reviews kept in this browser, so that the library
//! screen opens without reading every review. Each review itself is stored under its own key
//! in the same envelope as an exported file; the index can always be rebuilt from those.

use super::reading::Fields;
use crate::model::{Id, Instant, Review};
use serde::Serialize;

pub const INDEX_FORMAT: &str = "tunnel-library";
pub const INDEX_KEY: &str = "tunnel:index";
const REVIEW_PREFIX: &str = "tunnel:review:";
const REVISION_PREFIX: &str = "tunnel:revision:";
const JOURNAL_PREFIX: &str = "tunnel:journal:";
const ROOM_PREFIX: &str = "tunnel:room:";

/// The storage key of a review's envelope.
pub fn review_key(id: &Id) -> String {
    format!("{REVIEW_PREFIX}{id}")
}

/// The storage key of a review's revision counter: a few bytes that any window can read
/// cheaply to learn whether another window saved the review since it last looked.
pub fn revision_key(id: &Id) -> String {
    format!("{REVISION_PREFIX}{id}")
}

/// A revision key's value: the revision, then the window that wrote it ("7 w-1a2b"). Two
/// windows in two browser processes can both write revision 7 before either sees the other's
/// write; the writer's name lets the one overwritten notice.
pub fn revision_value(revision: u64, writer: &str) -> String {
    if writer.is_empty() {
        revision.to_string()
    } else {
        format!("{revision} {writer}")
    }
}

/// The writer named by a read that put a missing or lagging revision key back
/// (`Reviews::load`). It changed no review: windows that see it have nothing to merge. In
/// another browser process a read can see a review's new text before its new revision, so this
/// happens in normal use, not only after damage.
pub const REPAIRED: &str = "repaired";

/// Reads a revision key's value: the revision (0 when unreadable) and its writer, if named.
pub fn parse_revision(text: &str) -> (u64, Option<&str>) {
    let mut parts = text.split_whitespace();
    let revision = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    (revision, parts.next())
}

/// The storage key of a fingerprint of what the shared screen shows of a review, with the
/// journal its save folded in (`io::following::save_check`), stored by a window saving during
/// the walk.
pub fn room_key(id: &Id) -> String {
    format!("{ROOM_PREFIX}{id}")
}

/// A room key's value: the revision key's value of the save it belongs to, and the
/// fingerprint ("7 w-1a2b|9f3c...").
pub fn room_value(revision_value: &str, digest: u64) -> String {
    format!("{revision_value}|{digest:x}")
}

/// The fingerprint of the stored review's shared screen, read from a room key's value, if it
/// belongs to the save whose revision key's value is `revision_value`: none when a later
/// save stored none, or when a save is only partly seen yet.
pub fn room_digest_of(room_value: &str, revision_value: &str) -> Option<u64> {
    let (revision, digest) = room_value.rsplit_once('|')?;
    if revision != revision_value {
        return None;
    }
    u64::from_str_radix(digest, 16).ok()
}

/// The storage key of one window's journal of a review (see `io::journal`).
pub fn journal_key(id: &Id, window: &str) -> String {
    format!("{JOURNAL_PREFIX}{id}:{window}")
}

/// Whether `key` is a journal key of review `id`. Window ids have no colon, so the journals
/// of a review "a:b" are not taken for those of "a".
pub fn is_journal_key_of(key: &str, id: &Id) -> bool {
    journal_window_of(key, id).is_some()
}

/// The window whose journal of review `id` is stored under `key`, if it is one.
pub fn journal_window_of<'k>(key: &'k str, id: &Id) -> Option<&'k str> {
    key.strip_prefix(JOURNAL_PREFIX)
        .and_then(|rest| rest.strip_prefix(id.as_str()))
        .and_then(|rest| rest.strip_prefix(':'))
        .filter(|window| !window.is_empty() && !window.contains(':'))
}

/// The review id stored under `key`, when `key` is a review key.
pub fn review_id_of_key(key: &str) -> Option<Id> {
    key.strip_prefix(REVIEW_PREFIX)
        .filter(|id| !id.is_empty())
        .map(Id::from)
}

/// What the library shows of one review.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct LibraryEntry {
    pub id: Id,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_start: Option<Instant>,
    pub time_zone: String,
    pub moments: usize,
    pub updated_at: Instant,
    pub revision: u64,
    /// The stored text's length in characters (what it takes of the browser's storage).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chars: Option<usize>,
    /// A checksum of the stored text ([`check_of`]): a stored text that no longer matches was
    /// changed or damaged outside Tunnel, and is read again before it is listed as healthy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<u32>,
}

impl LibraryEntry {
    /// The entry of `review`, stored at `revision` as `stored` (its packed text).
    pub fn of(review: &Review, revision: u64, stored: &str) -> Self {
        Self::before_storing(review, revision).stored_as(stored)
    }

    /// The entry of `review` at `revision`, made before its stored text is
    /// ([`LibraryEntry::stored_as`] completes it).
    pub fn before_storing(review: &Review, revision: u64) -> Self {
        LibraryEntry {
            id: review.id.clone(),
            title: review.title.clone(),
            incident_start: review.incident_start,
            time_zone: review.time_zone.clone(),
            moments: review.moments.len(),
            updated_at: review.updated_at,
            revision,
            chars: None,
            check: None,
        }
    }

    /// The entry with what it keeps of `stored`, the packed text it describes.
    pub fn stored_as(self, stored: &str) -> Self {
        LibraryEntry {
            chars: Some(stored.encode_utf16().count()),
            check: Some(check_of(stored)),
            ..self
        }
    }

    /// Whether `stored` is the text this entry was made from.
    pub fn matches(&self, stored: &str) -> bool {
        self.check == Some(check_of(stored))
    }
}

/// What `chars` characters take of the browser's storage, in words: "84 KB", "1.2 MB" (local
/// storage keeps two bytes per character).
pub fn storage_size(chars: usize) -> String {
    let bytes = chars * 2;
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        let tenths = bytes.div_ceil(100_000);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// FNV-1a over the text's bytes: enough to notice a changed or cut text, cheap enough to run
/// over every stored review when the library opens.
pub fn check_of(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// Moments of the made-up review the app rehearses its reader on (`envelope::rehearse`).
pub const REHEARSED_MOMENTS: usize = 600;
/// Stored texts, and the JSON they unpack to, longer than this (characters) are not read for a
/// rehearsal: the design budget's review (2,000 moments, 10,000 accounts) is 1.85 million
/// characters of JSON, read in about 30 ms with no rehearsal.
pub const REHEARSAL_CHARS: usize = 4_000_000;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LibraryIndex {
    pub format: String,
    pub version: u32,
    pub reviews: Vec<LibraryEntry>,
}

impl Default for LibraryIndex {
    fn default() -> Self {
        LibraryIndex {
            format: INDEX_FORMAT.to_string(),
            version: 1,
            reviews: Vec::new(),
        }
    }
}

impl LibraryIndex {
    /// Reads a stored index; `None` when it is missing or damaged (it is then rebuilt).
    pub fn parse(text: &str) -> Option<Self> {
        let index = super::json::read(text, |document| {
            let f = Fields::of(document, "").ok()?;
            Some(LibraryIndex {
                format: f.text("format").ok()?,
                version: f.count("version").ok()?,
                reviews: f.list("reviews", read_entry).ok()?,
            })
        })
        .ok()??;
        (index.format == INDEX_FORMAT).then_some(index)
    }

    pub fn upsert(&mut self, entry: LibraryEntry) {
        match self.reviews.iter_mut().find(|e| e.id == entry.id) {
            Some(existing) => *existing = entry,
            None => self.reviews.push(entry),
        }
    }

    pub fn remove(&mut self, id: &Id) {
        self.reviews.retain(|e| &e.id != id);
    }

    pub fn get(&self, id: &Id) -> Option<&LibraryEntry> {
        self.reviews.iter().find(|e| &e.id == id)
    }

    /// Most recently edited first.
    pub fn newest_first(&self) -> Vec<LibraryEntry> {
        let mut entries = self.reviews.clone();
        entries.sort_unstable_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        entries
    }

    /// The review to read once, and drop, soon after the app starts (`Reviews::rehearse_largest`):
    /// the one with the most moments, when it has more than the made-up rehearsal
    /// (`envelope::rehearse`) covers and its stored text is not so long that reading it for
    /// nothing would hold up the page.
    pub fn worth_rehearsing(&self) -> Option<&LibraryEntry> {
        self.reviews
            .iter()
            .filter(|e| e.moments > REHEARSED_MOMENTS)
            .filter(|e| e.chars.is_none_or(|chars| chars <= REHEARSAL_CHARS))
            .max_by(|a, b| a.moments.cmp(&b.moments).then(b.id.cmp(&a.id)))
    }

    /// Keeps the entries whose review is stored, and returns the stored review ids the index
    /// does not know yet (they must be read to be listed).
    pub fn reconcile(&mut self, stored_ids: &[Id]) -> Vec<Id> {
        self.reviews.retain(|e| stored_ids.contains(&e.id));
        stored_ids
            .iter()
            .filter(|id| self.get(id).is_none())
            .cloned()
            .collect()
    }
}

fn read_entry(
    value: &super::json::Json,
    path: super::reading::Path,
) -> Result<LibraryEntry, super::reading::Wrong> {
    let f = Fields::of(value, path)?;
    Ok(LibraryEntry {
        id: f.id("id")?,
        title: f.text("title")?,
        incident_start: f.opt_instant("incident_start")?,
        time_zone: f.text("time_zone")?,
        moments: f.count("moments")? as usize,
        updated_at: f.instant("updated_at")?,
        revision: u64::from(f.count("revision")?),
        chars: f.opt_count("chars")?.map(|n| n as usize),
        check: f.opt_count("check")?,
    })
}

/// How the library orders its reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// The last edited first (the list as stored).
    Edited,
    /// The latest incident first; reviews without a start last.
    Incident,
    /// By title, A to Z.
    Title,
}

impl Order {
    pub const ALL: [Order; 3] = [Order::Edited, Order::Incident, Order::Title];

    pub fn key(self) -> &'static str {
        match self {
            Order::Edited => "edited",
            Order::Incident => "incident",
            Order::Title => "title",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Order::Edited => "Last edited",
            Order::Incident => "Incident date",
            Order::Title => "Title",
        }
    }

    pub fn from_key(key: &str) -> Order {
        Order::ALL
            .into_iter()
            .find(|o| o.key() == key)
            .unwrap_or(Order::Edited)
    }
}

/// The reviews (newest edited first) whose title holds every word of `query`, in `order`.
/// `fold` lowercases text the way the page does (the browser's, for letters beyond ASCII).
pub fn find(
    entries: &[LibraryEntry],
    query: &str,
    order: Order,
    fold: &dyn Fn(&str) -> String,
) -> Vec<LibraryEntry> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    let mut found: Vec<(String, &LibraryEntry)> = entries
        .iter()
        .map(|e| (fold(&e.title), e))
        .filter(|(title, _)| words.iter().all(|w| title.contains(w.as_str())))
        .collect();
    match order {
        Order::Edited => {}
        // Stable: reviews of one incident, or without one, stay newest edited first.
        Order::Incident => found.sort_by_key(|e| std::cmp::Reverse(e.1.incident_start)),
        Order::Title => found.sort_by(|a, b| a.0.trim().cmp(b.0.trim())),
    }
    found.into_iter().map(|(_, e)| e.clone()).collect()
}

/// The title of a copy of a review titled `title` ("Checkout latency (copy)", with `marker`
/// "copy"): one no title in `taken` has, counting on ("(copy 2)", "(copy 3)") rather than
/// adding the marker again to a title that has it ("(copy) (copy)"). A blank title is
/// "Untitled review".
pub fn copy_title(title: &str, marker: &str, taken: &[String]) -> String {
    let taken: std::collections::HashSet<&str> = taken.iter().map(String::as_str).collect();
    let title = title.trim();
    let title = if title.is_empty() {
        "Untitled review"
    } else {
        title
    };
    // "X (copy)" and "X (copy 4)" are copies of X.
    let base = title
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .filter(|(_, inner)| {
            inner.strip_prefix(marker).is_some_and(|n| {
                n.is_empty()
                    || n.strip_prefix(' ')
                        .is_some_and(|n| n.parse::<u32>().is_ok())
            })
        })
        .map_or(title, |(base, _)| base);
    (1..)
        .map(|n| match n {
            1 => format!("{base} ({marker})"),
            n => format!("{base} ({marker} {n})"),
        })
        .find(|candidate| !taken.contains(candidate.as_str()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_library_finds_by_every_word_of_the_title_and_orders_as_asked() {
        use super::{find, LibraryEntry, Order};
        use crate::model::{Id, Instant};
        let entry = |id: &str, title: &str, start: Option<i64>| LibraryEntry {
            id: Id::from(id),
            title: title.into(),
            incident_start: start.and_then(Instant::from_millis),
            ..LibraryEntry::default()
        };
        let entries = [
            entry("a", "Checkout outage", Some(2_000)),
            entry("b", "DNS failover", None),
            entry("c", "checkout latency, March", Some(3_000)),
        ];
        let fold = |t: &str| t.to_lowercase();
        let ids = |found: Vec<LibraryEntry>| -> Vec<String> {
            found.iter().map(|e| e.id.to_string()).collect()
        };
        assert_eq!(
            ids(find(&entries, "CHECKOUT", Order::Edited, &fold)),
            ["a", "c"]
        );
        assert_eq!(
            ids(find(&entries, "checkout march", Order::Edited, &fold)),
            ["c"]
        );
        assert_eq!(
            ids(find(&entries, "  ", Order::Edited, &fold)),
            ["a", "b", "c"]
        );
        assert_eq!(
            ids(find(&entries, "", Order::Incident, &fold)),
            ["c", "a", "b"]
        );
        assert_eq!(
            ids(find(&entries, "", Order::Title, &fold)),
            ["c", "a", "b"]
        );
        assert!(find(&entries, "kafka", Order::Edited, &fold).is_empty());
    }
    use super::*;

    #[test]
    fn a_revision_names_its_writer() {
        assert_eq!(parse_revision(&revision_value(7, "w-1")), (7, Some("w-1")));
        assert_eq!(parse_revision(&revision_value(7, "")), (7, None));
        assert_eq!(parse_revision("garbage"), (0, None));
    }

    #[test]
    fn the_rehearsal_reads_the_review_with_the_most_moments_within_bounds() {
        let entry = |id: &str, moments: usize, chars: Option<usize>| LibraryEntry {
            id: Id::from(id),
            title: String::new(),
            incident_start: None,
            time_zone: "UTC".into(),
            moments,
            updated_at: Instant::default(),
            revision: 1,
            chars,
            check: None,
        };
        let mut index = LibraryIndex::default();
        assert!(index.worth_rehearsing().is_none());
        index.upsert(entry("small", REHEARSED_MOMENTS, Some(1_000)));
        assert!(
            index.worth_rehearsing().is_none(),
            "the made-up rehearsal covers it"
        );
        index.upsert(entry("large", 2_000, Some(900_000)));
        index.upsert(entry("larger", 2_500, None));
        index.upsert(entry("too long", 9_000, Some(REHEARSAL_CHARS + 1)));
        assert_eq!(index.worth_rehearsing().unwrap().id, Id::from("larger"));
        index.remove(&Id::from("larger"));
        assert_eq!(index.worth_rehearsing().unwrap().id, Id::from("large"));
    }

    #[test]
    fn a_rooms_fingerprint_counts_only_for_the_save_it_was_stored_with() {
        let stored = room_value(&revision_value(7, "w-1a2b"), 0x9f3c);
        assert_eq!(room_digest_of(&stored, "7 w-1a2b"), Some(0x9f3c));
        // Another window's save of the same number, a later save that stored none, a read
        // that put the revision back: the screen reads the review.
        for revision in ["7 w-9z9z", "8 w-1a2b", "7 repaired", "7", ""] {
            assert_eq!(room_digest_of(&stored, revision), None, "{revision}");
        }
        for damaged in ["", "7 w-1a2b", "7 w-1a2b|", "7 w-1a2b|xyz"] {
            assert_eq!(room_digest_of(damaged, "7 w-1a2b"), None, "{damaged}");
        }
        assert!(room_key(&Id::from("r1")).starts_with("tunnel:"));
    }

    #[test]
    fn journal_keys_belong_to_one_review() {
        let key = journal_key(&Id::from("a:b"), "w1");
        assert!(is_journal_key_of(&key, &Id::from("a:b")));
        assert!(!is_journal_key_of(&key, &Id::from("a")));
        assert!(!is_journal_key_of("tunnel:journal:a:", &Id::from("a")));
        assert_eq!(review_id_of_key(&key), None);
    }

    fn entry(id: &str, updated_ms: i64) -> LibraryEntry {
        LibraryEntry {
            id: Id::from(id),
            title: id.to_uppercase(),
            incident_start: None,
            time_zone: "UTC".into(),
            moments: 0,
            updated_at: Instant::from_millis(updated_ms).unwrap(),
            revision: 1,
            chars: Some(120),
            check: Some(check_of("stored")),
        }
    }

    #[test]
    fn storage_sizes_read_as_a_person_would_say_them() {
        assert_eq!(storage_size(0), "0 KB");
        assert_eq!(storage_size(42_000), "84 KB");
        assert_eq!(storage_size(600_000), "1.2 MB");
        assert_eq!(storage_size(5_242_880), "10.5 MB");
    }

    #[test]
    fn an_entry_knows_the_text_it_was_made_from() {
        let e = entry("a", 1);
        assert!(e.matches("stored"));
        assert!(!e.matches("stored, then damaged"));
        assert!(!LibraryEntry { check: None, ..e }.matches("stored"));
    }

    #[test]
    fn keys_round_trip() {
        let id = Id::from("r-1a2b");
        assert_eq!(review_id_of_key(&review_key(&id)), Some(id));
        assert_eq!(review_id_of_key("tunnel:index"), None);
        assert_eq!(review_id_of_key("tunnel:review:"), None);
    }

    #[test]
    fn newest_first_and_upsert() {
        let mut index = LibraryIndex::default();
        index.upsert(entry("a", 10));
        index.upsert(entry("b", 30));
        index.upsert(entry("c", 20));
        index.upsert(LibraryEntry {
            title: "renamed".into(),
            ..entry("a", 40)
        });
        let ids: Vec<_> = index.newest_first().into_iter().map(|e| e.title).collect();
        assert_eq!(ids, ["renamed", "B", "C"]);
    }

    #[test]
    fn the_index_reads_back_what_it_writes() {
        let mut index = LibraryIndex::default();
        index.upsert(entry("a", 10));
        let text = serde_json::to_string(&index).unwrap();
        assert_eq!(LibraryIndex::parse(&text), Some(index));
    }

    #[test]
    fn reconcile_drops_missing_and_reports_unknown() {
        let mut index = LibraryIndex::default();
        index.upsert(entry("gone", 1));
        index.upsert(entry("kept", 2));
        let unknown = index.reconcile(&[Id::from("kept"), Id::from("new")]);
        assert_eq!(unknown, vec![Id::from("new")]);
        assert_eq!(index.reviews.len(), 1);
        assert_eq!(LibraryIndex::parse("{oops"), None);
        assert_eq!(
            LibraryIndex::parse(r#"{"format":"x","version":1,"reviews":[]}"#),
            None
        );
    }

    #[test]
    fn a_copy_title_counts_on_instead_of_repeating_its_marker() {
        let taken = [
            "Checkout latency".to_string(),
            "Checkout latency (copy)".to_string(),
        ];
        assert_eq!(
            copy_title("Checkout latency", "copy", &taken),
            "Checkout latency (copy 2)"
        );
        assert_eq!(
            copy_title("Checkout latency (copy)", "copy", &taken),
            "Checkout latency (copy 2)"
        );
        assert_eq!(
            copy_title("Checkout latency (copy 7)", "copy", &[]),
            "Checkout latency (copy)"
        );
        assert_eq!(
            copy_title("Checkout latency", "imported", &taken),
            "Checkout latency (imported)"
        );
        assert_eq!(copy_title("  ", "copy", &[]), "Untitled review (copy)");
        // Brackets that are not the marker are the title's own.
        assert_eq!(copy_title("Outage (EU)", "copy", &[]), "Outage (EU) (copy)");
        assert_eq!(
            copy_title("Outage (copy editor)", "copy", &[]),
            "Outage (copy editor) (copy)"
        );
    }
}
