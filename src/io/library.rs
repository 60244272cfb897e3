//! The library index: a small list of the reviews kept in this browser, so that the library
//! screen opens without reading every review. Each review itself is stored under its own key
//! in the same envelope as an exported file; the index can always be rebuilt from those.

use crate::model::{Id, Instant, Review};
use serde::{Deserialize, Serialize};

pub const INDEX_FORMAT: &str = "tunnel-library";
pub const INDEX_KEY: &str = "tunnel:index";
const REVIEW_PREFIX: &str = "tunnel:review:";
const REVISION_PREFIX: &str = "tunnel:revision:";

/// The storage key of a review's envelope.
pub fn review_key(id: &Id) -> String {
    format!("{REVIEW_PREFIX}{id}")
}

/// The storage key of a review's revision counter: a few bytes that any window can read
/// cheaply to learn whether another window saved the review since it last looked.
pub fn revision_key(id: &Id) -> String {
    format!("{REVISION_PREFIX}{id}")
}

/// The review id stored under `key`, when `key` is a review key.
pub fn review_id_of_key(key: &str) -> Option<Id> {
    key.strip_prefix(REVIEW_PREFIX)
        .filter(|id| !id.is_empty())
        .map(Id::from)
}

/// What the library shows of one review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryEntry {
    pub id: Id,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_start: Option<Instant>,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub moments: usize,
    pub updated_at: Instant,
    #[serde(default)]
    pub revision: u64,
}

impl LibraryEntry {
    pub fn of(review: &Review, revision: u64) -> Self {
        LibraryEntry {
            id: review.id.clone(),
            title: review.title.clone(),
            incident_start: review.incident_start,
            time_zone: review.time_zone.clone(),
            moments: review.moments.len(),
            updated_at: review.updated_at,
            revision,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
        serde_json::from_str::<Self>(text)
            .ok()
            .filter(|index| index.format == INDEX_FORMAT)
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
        entries.sort_by_key(|e| std::cmp::Reverse(e.updated_at));
        entries
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, updated_ms: i64) -> LibraryEntry {
        LibraryEntry {
            id: Id::from(id),
            title: id.to_uppercase(),
            incident_start: None,
            time_zone: "UTC".into(),
            moments: 0,
            updated_at: Instant::from_millis(updated_ms).unwrap(),
            revision: 1,
        }
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
}
