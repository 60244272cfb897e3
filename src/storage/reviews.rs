//! The reviews kept in this browser: one key per review holding its envelope, a revision
//! counter per review, and the library index.
//!
//! Every write checks the stored revision first: if another window saved since this one last
//! looked, the write is refused as a conflict instead of silently replacing newer work.

use super::backend::{Backend, WriteError, LOCAL_STORAGE_CHARS};
use crate::io::envelope::{self, Envelope};
use crate::io::journal::Journal;
use crate::io::library::{self, LibraryEntry, LibraryIndex};
use crate::io::packed;
use crate::model::{Id, IdGen, Instant, Review};

/// A review read from storage.
pub struct Loaded {
    pub review: Review,
    pub revision: u64,
    pub repairs: Vec<String>,
}

/// A stored review that could not be read; its raw text stays untouched in storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub id: Id,
    /// The title its text still gives, if any (`envelope::title_in`).
    pub title: Option<String>,
    pub message: String,
    /// What its stored text takes of the browser's storage, in characters.
    pub chars: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another window saved revision `stored` since this window read `expected`.
    Conflict {
        expected: u64,
        stored: u64,
    },
    Write(WriteError),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Conflict { .. } => {
                write!(
                    f,
                    "another window saved this review since this one loaded it"
                )
            }
            SaveError::Write(error) => error.fmt(f),
        }
    }
}

/// A save written out in one task and stored in a later one ([`Reviews::save_ready`]): at
/// 2,000 moments, writing the review out, packing it and storing it in one task took 16 to
/// 57 ms (median 31).
pub struct ReadySave {
    /// The envelope's compact JSON text.
    json: String,
    entry: LibraryEntry,
    /// The stored revision it was made from.
    expected: u64,
    /// A fingerprint of what the shared screen shows of it, stored with it (`with_room`).
    room: Option<u64>,
}

impl ReadySave {
    /// `review`, read at revision `expected`, written out as saved at `now` at the next
    /// revision.
    pub fn of(review: &Review, expected: u64, now: Instant) -> Self {
        let revision = expected + 1;
        ReadySave {
            json: Envelope::for_storage(review, revision, now).to_compact_text(),
            entry: LibraryEntry::before_storing(review, revision),
            expected,
            room: None,
        }
    }

    /// The same, with a fingerprint of what the shared screen shows of the review and of the
    /// journal the save folds in (`io::following::save_check`), for a screen following that
    /// journal to take the save as the copy it holds ([`Reviews::room_digest`]).
    pub fn with_room(self, room: Option<u64>) -> Self {
        ReadySave { room, ..self }
    }

    /// The stored revision it was made from.
    pub fn expected(&self) -> u64 {
        self.expected
    }
}

#[derive(Clone)]
pub struct Reviews {
    backend: Backend,
}

impl Reviews {
    pub fn new(backend: Backend) -> Self {
        Reviews { backend }
    }

    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    /// The library: every stored review, newest first, plus those that could not be read.
    /// Repairs the index when it disagrees with what is stored.
    pub fn list(&self, ids: &mut IdGen) -> (Vec<LibraryEntry>, Vec<Unreadable>) {
        let stored: Vec<Id> = self
            .backend
            .keys()
            .iter()
            .filter_map(|k| library::review_id_of_key(k))
            .collect();
        let stored_index = self.backend.get(library::INDEX_KEY);
        let mut index = stored_index
            .as_deref()
            .and_then(LibraryIndex::parse)
            .unwrap_or_default();
        let before = index.clone();
        let mut unreadable = Vec::new();
        let unknown = index.reconcile(&stored);
        // A stored text that is not the one its entry was made from was changed outside this
        // version of Tunnel, or damaged: read it again before listing it as healthy.
        let changed = index
            .reviews
            .iter()
            .filter(|e| !self.raw(&e.id).is_some_and(|text| e.matches(&text)))
            .map(|e| e.id.clone());
        let to_read: Vec<Id> = unknown.into_iter().chain(changed).collect();
        for id in to_read {
            let raw = self.raw(&id).unwrap_or_default();
            match self.load(&id, ids) {
                Ok(loaded) => {
                    index.upsert(LibraryEntry::of(&loaded.review, loaded.revision, &raw));
                }
                Err(problem) => {
                    index.remove(&id);
                    unreadable.push(problem);
                }
            }
        }
        if index != before || stored_index.is_none() {
            // Best effort: a full storage keeps the old index, which is rebuilt next time.
            let _ = self.backend.set(library::INDEX_KEY, &index);
        }
        (index.newest_first(), unreadable)
    }

    /// Reads the stored review the library says is worth it
    /// (`LibraryIndex::worth_rehearsing`) and drops what it read; returns its moments, or 0.
    /// The app does it once, soon after it starts on the library: the engine has then promoted
    /// the reader on a review of the real size, and the memory the read needs has been taken
    /// from the system, so the open that follows reads in half the time (see
    /// docs/development.md). Nothing is written.
    pub fn rehearse_largest(&self) -> usize {
        let index = self.backend.get(library::INDEX_KEY);
        let Some(index) = index.as_deref().and_then(LibraryIndex::parse) else {
            return 0;
        };
        let Some(Ok(text)) = index
            .worth_rehearsing()
            .and_then(|entry| self.stored_json(&entry.id))
        else {
            return 0;
        };
        // An index entry may not know its stored length, and packed text unpacks to several
        // times its length: the bound holds for the JSON too.
        if text.len() > library::REHEARSAL_CHARS {
            return 0;
        }
        envelope::read_str(&text, &mut IdGen::new(1))
            .map_or(0, |read| read.envelope.review.moments.len())
    }

    /// The raw stored text of a review (packed), for downloading when it cannot be read.
    pub fn raw(&self, id: &Id) -> Option<String> {
        self.backend.get(&library::review_key(id))
    }

    /// The stored review's JSON text, unpacked; `Err` says why it cannot be unpacked.
    pub fn stored_json(&self, id: &Id) -> Option<Result<String, String>> {
        let raw = self.raw(id)?;
        Some(match packed::unpack(&raw) {
            // Stored as JSON: the text itself, not a copy of it.
            Ok(std::borrow::Cow::Borrowed(_)) => Ok(raw),
            unpacked => unpacked.map(std::borrow::Cow::into_owned),
        })
    }

    pub fn exists(&self, id: &Id) -> bool {
        self.raw(id).is_some()
    }

    pub fn load(&self, id: &Id, ids: &mut IdGen) -> Result<Loaded, Unreadable> {
        let unreadable = |message: String| Unreadable {
            id: id.clone(),
            title: None,
            message,
            chars: self.raw(id).map_or(0, |raw| raw.encode_utf16().count()),
        };
        let text = self
            .stored_json(id)
            .ok_or_else(|| unreadable("It is not in this browser's storage.".into()))?
            .map_err(|why| unreadable(format!("The stored review cannot be read: {why}.")))?;
        let read = envelope::read_str(&text, ids).map_err(|e| Unreadable {
            title: envelope::title_in(&text),
            ..unreadable(envelope::StoredReadError(&e).to_string())
        })?;
        let mut review = read.envelope.review;
        if &review.id != id {
            // A hand-copied value: the key decides which review this is.
            review.id = id.clone();
        }
        let stored = self.stored_revision(id);
        let revision = stored.max(read.envelope.revision.unwrap_or(0));
        if revision > stored {
            // The revision key is missing or behind its envelope (a value copied in by hand, a
            // write cut short, or a write of another browser process seen half): put it back,
            // or this window's first save would look like a conflict with a window that does
            // not exist. Named as a repair, so that open windows do not merge it.
            let _ = self.backend.set_text(
                &library::revision_key(id),
                &library::revision_value(revision, library::REPAIRED),
            );
        }
        Ok(Loaded {
            review,
            revision,
            repairs: read.repairs,
        })
    }

    /// The revision last saved by any window, 0 when the review was never saved.
    pub fn stored_revision(&self, id: &Id) -> u64 {
        self.backend
            .get(&library::revision_key(id))
            .map_or(0, |text| library::parse_revision(&text).0)
    }

    /// Saves `review` if the stored revision is still `expected`; returns the new revision.
    pub fn save(&self, review: &Review, expected: u64, now: Instant) -> Result<u64, SaveError> {
        self.save_by(review, expected, now, "")
    }

    /// [`Reviews::save`], naming the window that writes.
    pub fn save_by(
        &self,
        review: &Review,
        expected: u64,
        now: Instant,
        writer: &str,
    ) -> Result<u64, SaveError> {
        let stored = self.stored_revision(&review.id);
        if stored != expected {
            return Err(SaveError::Conflict { expected, stored });
        }
        self.save_ready(ReadySave::of(review, expected, now), writer)
    }

    /// Writes a save made ready earlier, if the stored revision is still the one it was made
    /// from; returns the new revision.
    pub fn save_ready(&self, ready: ReadySave, writer: &str) -> Result<u64, SaveError> {
        let stored = self.stored_revision(&ready.entry.id);
        if stored != ready.expected {
            return Err(SaveError::Conflict {
                expected: ready.expected,
                stored,
            });
        }
        self.write(ready, writer).map_err(SaveError::Write)
    }

    /// Saves `review` over whatever is stored, after the user chose to replace it.
    pub fn replace(&self, review: &Review, now: Instant) -> Result<u64, WriteError> {
        let stored = self.stored_revision(&review.id);
        self.write(ReadySave::of(review, stored, now), "")
    }

    fn write(&self, ready: ReadySave, writer: &str) -> Result<u64, WriteError> {
        let ReadySave {
            json, entry, room, ..
        } = ready;
        let stored = packed::pack(&json);
        let chars = stored.chars().count();
        if chars >= LOCAL_STORAGE_CHARS {
            return Err(WriteError::TooLarge(chars));
        }
        let revision_value = library::revision_value(entry.revision, writer);
        let room_key = library::room_key(&entry.id);
        // The room's fingerprint before the envelope: another browser process sees these
        // writes in order, so a fingerprint that names the revision it sees is never older
        // than the envelope it reads. A save without one takes the last one away: a save
        // that failed after storing it would name the same revision as the retry, whose
        // review it does not describe.
        match room {
            Some(digest) => {
                let _ = self
                    .backend
                    .set_text(&room_key, &library::room_value(&revision_value, digest));
            }
            None => self.backend.remove(&room_key),
        }
        // Then the envelope: if it does not fit, the revision does not change, and the old
        // envelope stays.
        let stored_all = self
            .backend
            .set_text(&library::review_key(&entry.id), &stored)
            .and_then(|()| {
                self.backend
                    .set_text(&library::revision_key(&entry.id), &revision_value)
            });
        if let Err(error) = stored_all {
            self.backend.remove(&room_key);
            return Err(error);
        }
        let revision = entry.revision;
        self.update_index(|index| index.upsert(entry.stored_as(&stored)));
        Ok(revision)
    }

    /// The journals that windows left for review `id`, with their keys. A damaged journal is
    /// left where it is.
    pub fn journals(&self, id: &Id) -> Vec<(String, Journal)> {
        self.journal_keys(id)
            .into_iter()
            .filter_map(|key| {
                let journal = Journal::parse(&self.backend.get(&key)?)?;
                (&journal.review == id).then_some((key, journal))
            })
            .collect()
    }

    fn journal_keys(&self, id: &Id) -> Vec<String> {
        let keys = self.backend.keys();
        keys.into_iter()
            .filter(|key| library::is_journal_key_of(key, id))
            .collect()
    }

    /// Puts a review's stored text back as it was (undoing the deletion of a damaged review).
    pub fn put_raw(&self, id: &Id, text: &str) -> Result<(), WriteError> {
        self.backend.set_text(&library::review_key(id), text)
    }

    pub fn delete(&self, id: &Id) {
        for key in self.journal_keys(id) {
            self.backend.remove(&key);
        }
        self.backend.remove(&library::review_key(id));
        self.backend.remove(&library::revision_key(id));
        self.backend.remove(&library::room_key(id));
        self.update_index(|index| index.remove(id));
    }

    /// The fingerprint of what the shared screen shows of review `id` as stored now, with the
    /// journal folded in, if the window that saved it stored one (`ReadySave::with_room`).
    pub fn room_digest(&self, id: &Id) -> Option<u64> {
        let revision = self.backend.get(&library::revision_key(id))?;
        let room = self.backend.get(&library::room_key(id))?;
        library::room_digest_of(&room, &revision)
    }

    fn update_index(&self, change: impl FnOnce(&mut LibraryIndex)) {
        let mut index = self
            .backend
            .get(library::INDEX_KEY)
            .as_deref()
            .and_then(LibraryIndex::parse)
            .unwrap_or_default();
        change(&mut index);
        // The index is a cache of what is stored; if it cannot be written it is rebuilt later.
        let _ = self.backend.set(library::INDEX_KEY, &index);
    }
}
