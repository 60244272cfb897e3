//! Saves the open review without ever standing in the way of typing, and without losing a word.
//!
//! - Every edit writes this window's journal (the units it changed, a few kilobytes) to storage
//!   at once, synchronously: quitting or crashing right after a keystroke loses nothing. The
//!   keystroke path never serialises the review.
//! - The review itself is saved about 300 ms after the last edit, folding the journal in; when
//!   the page is hidden or closed, or the review is left, at once.
//! - Before writing, the stored revision is compared with the one this window last saw. When
//!   another window saved since, this window's journal is merged three ways into what was saved
//!   (`io::journal`): different fields merge silently, and the same field changed differently
//!   on both sides waits for the person to choose, both texts shown, while saving pauses.
//! - Opening a review folds in the journals that closed windows left behind, the same way.
//! - A full or failing storage is reported and retried every few seconds and on the next edit;
//!   editing continues in memory and nothing stored is damaged.

use super::reviews::{ReadySave, Reviews, SaveError};
use super::{backend::WriteError, now};
use crate::io::envelope::{self, Envelope};
use crate::io::following;
use crate::io::journal::Journal;
use crate::io::library;
use crate::io::merge::{self, Conflict, Seg, Side};
use crate::model::{IdGen, Review};
use crate::store::ReviewStore;
use leptos::prelude::*;
use std::time::Duration;

const SAVE_DELAY: Duration = Duration::from_millis(300);
/// How soon a save asked for soon comes ([`Autosave::flush_soon`]).
pub const SOON: Duration = Duration::from_millis(150);
/// How often a save that failed (storage full, or refused) is tried again without an edit.
const RETRY_DELAY: Duration = Duration::from_secs(5);
/// How long a journal is taken to belong to a window still typing (see `fold_left_behind`):
/// a window saves, and takes its journal away, 300 ms after its last keystroke.
const LIVE_JOURNAL: Duration = Duration::from_secs(2);

/// What the person needs to know about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Edits are waiting for the debounce.
    Pending,
    /// Storage is unavailable: edits live only in this window.
    MemoryOnly,
    /// The storage quota is used up: the latest edits are only in this window.
    Full,
    Failed(String),
    /// Another window changed fields that this window changed too: saving waits for the
    /// person to choose, field by field ([`Autosave::conflicts`]).
    Conflict,
}

#[derive(Clone, Copy)]
pub struct Autosave {
    store: ReviewStore,
    reviews: StoredValue<Reviews>,
    /// The stored revision this window last read or wrote.
    revision: StoredValue<u64>,
    /// The store's edit count when its content last matched storage.
    clean_at: StoredValue<u64>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// The save the debounce wrote out, to be stored in the next task if the review did not
    /// change first (`save_in_steps`), with the store's edit count and change count (edits, and
    /// reviews taken in whole: a merge) it was made at.
    ready: StoredValue<Option<(u64, u64, ReadySave)>>,
    /// A save asked for in the next task (`flush_soon`): the debounce that the same edit
    /// starts must not put it off by 300 ms.
    soon: StoredValue<bool>,
    /// The next try after a failed save.
    retry: StoredValue<Option<TimeoutHandle>>,
    status: RwSignal<SaveStatus>,
    /// Set when the review was deleted: nothing may write it back.
    stopped: StoredValue<bool>,
    /// Where this window's journal is stored.
    journal_key: StoredValue<String>,
    /// This window's name in the revisions it writes.
    window: StoredValue<String>,
    /// The journal of this window's last save, kept until another window's save shows that
    /// it was not overwritten (two browser processes can write the same revision at once).
    unconfirmed: StoredValue<Option<Journal>>,
    /// Fingerprints what the shared screen shows of each save, while a screen that wants
    /// them is open ([`Autosave::fingerprint_the_room`]).
    room: StoredValue<Option<RoomDigest>>,
    /// The shared screen this window opened, handed each journal directly as well
    /// ([`Autosave::journal_to`]).
    screen: StoredValue<Option<web_sys::Window>, LocalStorage>,
}

/// Makes the fingerprint that goes with a save (`method::hindsight::room_digest`, which
/// lives with the walk-through's part of the app, not with saving).
pub type RoomDigest = std::sync::Arc<dyn Fn(&Review) -> u64 + Send + Sync>;

impl Autosave {
    /// Starts saving `store`, whose content was read at `revision`, with `window` naming this
    /// window's journal. Journals left behind by closed windows are folded in first.
    pub fn start(store: ReviewStore, reviews: Reviews, revision: u64, window: &str) -> Self {
        let initial = if reviews.backend().is_persistent() {
            SaveStatus::Saved
        } else {
            SaveStatus::MemoryOnly
        };
        let id = store.id();
        let left_behind = reviews.journals(&id);
        let autosave = Autosave {
            store,
            reviews: StoredValue::new(reviews),
            revision: StoredValue::new(revision),
            clean_at: StoredValue::new(store.edits_untracked()),
            timer: StoredValue::new(None),
            ready: StoredValue::new(None),
            soon: StoredValue::new(false),
            retry: StoredValue::new(None),
            status: RwSignal::new(initial),
            stopped: StoredValue::new(false),
            journal_key: StoredValue::new(library::journal_key(&id, window)),
            window: StoredValue::new(window.to_string()),
            unconfirmed: StoredValue::new(None),
            room: StoredValue::new(None),
            screen: StoredValue::new_local(None),
        };
        let sink = Callback::new(move |text: String| autosave.write_journal(&text));
        store.start_journal(Journal::new(id, revision), sink);
        autosave.fold_left_behind(left_behind, 5);
        autosave.follow_edits();
        autosave.flush_when_leaving();
        autosave.watch_other_windows();
        autosave
    }

    /// Takes over journals that other windows left (closed, crashed, or open with a choice
    /// still to make), one at a time: each is merged into the stored review and saved, and its
    /// key removed. A journal whose merge needs a choice stays this window's until it is made.
    /// A journal written in the last few seconds is a window still typing, which saves it
    /// itself: taken over, its words saved here came back to it as another window's, an older
    /// text of the same field, and it asked which to keep. It is looked at again later.
    fn fold_left_behind(self, left_behind: Vec<(String, Journal)>, tries: u32) {
        let live = LIVE_JOURNAL.as_millis() as i64;
        let now = now().millis();
        // The journals left for later, and when the youngest of them stops being live.
        let mut later = Vec::new();
        let mut wait = 0;
        for (key, journal) in left_behind {
            if !self.store.journal(Journal::is_empty).unwrap_or(false) {
                // This window's own edits or choice first: the rest are taken when the review
                // is opened again.
                return;
            }
            // A time ahead of this clock (a clock set back since) counts as old.
            let age = now - journal.at;
            if (0..live).contains(&age) {
                wait = wait.max(live - age);
                later.push(key);
                continue;
            }
            self.store.update_journal(|mine| *mine = journal);
            self.merge_stored();
            self.reviews.with_value(|r| r.backend().remove(&key));
        }
        if later.is_empty() || tries == 0 {
            return;
        }
        // Only those again, a few times: a window opened since is not this window's business.
        let look_again = move || {
            if self.stopped.try_get_value().unwrap_or(true) {
                return;
            }
            let left = self.reviews.with_value(|r| {
                later
                    .iter()
                    .filter_map(|key| Some((key.clone(), Journal::parse(&r.backend().get(key)?)?)))
                    .collect()
            });
            self.fold_left_behind(left, tries - 1);
        };
        set_timeout(
            look_again,
            Duration::from_millis(wait.clamp(100, live) as u64),
        );
    }

    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// Whether this window has edits that are not in the stored review. Never once the review
    /// is deleted: there is nothing left to save them into, and leaving must not ask.
    pub fn is_dirty(&self) -> bool {
        if self.stopped.try_get_value().unwrap_or(true) {
            return false;
        }
        let edited = self
            .clean_at
            .try_get_value()
            .is_some_and(|clean| clean != self.store.edits_untracked());
        edited || !self.store.journal(Journal::is_empty).unwrap_or(true)
    }

    /// Stores this window's journal; called with its text after every edit.
    fn write_journal(self, text: &str) {
        let Some(key) = self.journal_key.try_get_value() else {
            return;
        };
        if self.stopped.try_get_value().unwrap_or(true) {
            return;
        }
        let written = self
            .reviews
            .with_value(|r| r.backend().set_text(&key, text));
        match written {
            Ok(()) => self.hand_to_screen(&key, text),
            Err(WriteError::Full) => {
                self.status.set(SaveStatus::Full);
                self.retry_later();
            }
            Err(error @ (WriteError::Other(_) | WriteError::TooLarge(_))) => {
                self.status.set(SaveStatus::Failed(error.to_string()));
                self.retry_later();
            }
        }
    }

    /// Hands each journal written from now on to `screen` too (the shared screen this window
    /// opened), which follows it (`io::following`): a storage event reached it 25 to 40 ms
    /// after the write, through the browser's storage service; a message between two windows
    /// of one page is a task on the same thread.
    pub fn journal_to(self, screen: Option<web_sys::Window>) {
        self.screen.try_set_value(screen);
    }

    fn hand_to_screen(self, key: &str, text: &str) {
        let Some(Some(screen)) = self.screen.try_get_value() else {
            return;
        };
        if screen.closed().unwrap_or(true) {
            return;
        }
        // "/": only to a page of this origin. A window the person took elsewhere gets nothing,
        // nor does one opened from a file, which has no origin to share (it follows storage).
        let message = js_sys::Array::of2(&key.into(), &text.into());
        let _ = screen.post_message(&message, "/");
    }

    fn store_journal(self) {
        if let Some(text) = self.store.journal(Journal::to_text) {
            self.write_journal(&text);
        }
    }

    fn waiting_for_choices(&self) -> bool {
        self.status.get_untracked() == SaveStatus::Conflict
    }

    fn follow_edits(self) {
        Effect::new(move |_| {
            self.store.edits();
            if self.is_dirty() && !self.waiting_for_choices() {
                self.schedule();
            }
        });
    }

    fn schedule(self) {
        if self.soon.get_value() {
            return;
        }
        self.schedule_in(SAVE_DELAY);
    }

    fn schedule_in(self, delay: Duration) {
        // Waiting for a person's choice: a save would take it away (`save` clears the journal's
        // questions), and another window's words with it.
        if self.waiting_for_choices() {
            return;
        }
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.ready.set_value(None);
        if !matches!(self.status.get_untracked(), SaveStatus::MemoryOnly) {
            self.status.set(SaveStatus::Pending);
        }
        // A save asked for soon is one step: in two, a key typed between them put it off
        // until typing paused, and the shared screen with it.
        let handle = if self.soon.get_value() {
            set_timeout_with_handle(move || self.flush(), delay)
        } else {
            set_timeout_with_handle(move || self.save_in_steps(), delay)
        };
        self.timer.set_value(handle.ok());
    }

    /// Saves shortly, without waiting for a pause in typing: a step of the walk, a move
    /// dated by when it was made. Not in the same task as the redraw that the edit caused (at
    /// 2,000 moments the two together were one long task), and not before the shared screen
    /// has drawn the step from the journal written at once (`io::following`): the save took
    /// 20 to 50 ms at 2,000 moments, and the screen, on the same thread, waited for it.
    pub fn flush_soon(self) {
        if self.is_dirty() {
            self.soon.set_value(true);
            self.schedule_in(SOON);
        }
    }

    /// Saves now if anything is unsaved: merged with what another window saved, if need be.
    pub fn flush(self) {
        if self.may_save() {
            self.save();
        }
    }

    /// What the debounce runs: the review is written out in this task and stored in the next
    /// (`store_ready`), so that neither is a long task at 2,000 moments (together they were
    /// 16 to 57 ms, median 31). An edit in between starts the debounce again, and the text is
    /// dropped.
    fn save_in_steps(self) {
        if !self.may_save() {
            return;
        }
        let edits = self.store.edits_untracked();
        let changes = self.store.changes_untracked();
        let ready = self.write_out();
        self.ready.set_value(Some((edits, changes, ready)));
        let handle = set_timeout_with_handle(move || self.store_ready(), Duration::ZERO).ok();
        self.timer.set_value(handle);
    }

    fn store_ready(self) {
        // Gone with the review's screen, or called off: nothing to store.
        let Some((edits, changes, ready)) = self.ready.try_update_value(Option::take).flatten()
        else {
            return;
        };
        self.timer.set_value(None);
        // An edit, or another window's save taken or merged in, since it was written out.
        let moved = changes != self.store.changes_untracked()
            || ready.expected() != self.revision.get_value();
        if moved || self.stopped.get_value() {
            return;
        }
        if self.waiting_for_choices() {
            return;
        }
        self.store_now(ready, edits);
    }

    /// Whether a save may go ahead now, after the debounce's pending steps are called off:
    /// not when nothing is unsaved or the review is gone, nor while a choice waits; and not
    /// over another window's save, which is merged instead.
    fn may_save(self) -> bool {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        self.ready.try_update_value(|ready| *ready = None);
        if self.soon.try_get_value().is_some() {
            self.soon.set_value(false);
        }
        if !self.is_dirty() || self.stopped.try_get_value().unwrap_or(true) {
            return false;
        }
        if self.waiting_for_choices() {
            return false;
        }
        let stored = self
            .reviews
            .with_value(|r| r.stored_revision(&self.store.id()));
        if stored != self.revision.get_value() {
            self.merge_stored();
            return false;
        }
        true
    }

    fn save(self) {
        let edits = self.store.edits_untracked();
        let ready = self.write_out();
        self.store_now(ready, edits);
    }

    /// Stores with each save, until called with `None`, a fingerprint of what the shared
    /// screen shows of it, with the journal folded in (`io::following::save_check`): a shared
    /// screen following this window's journal then takes the save as the copy it holds, where
    /// it read the whole review for each (at 2,000 moments, on the thread of the window that
    /// opened it).
    pub fn fingerprint_the_room(self, digest: Option<RoomDigest>) {
        self.room.try_set_value(digest);
    }

    /// The review written out for a save, stamped with the time of the save.
    fn write_out(self) -> ReadySave {
        let expected = self.revision.get_value();
        let at = now();
        let room = self.room.get_value();
        // With the journal it folds in: a shared screen following the journal checks that it
        // holds the same text (`io::following`).
        let journal = room
            .is_some()
            .then(|| self.store.journal(Journal::to_text))
            .flatten()
            .unwrap_or_default();
        self.store.stamped(at, |review| {
            ReadySave::of(review, expected, at)
                .with_room(room.map(|digest| following::save_check(digest(review), &journal)))
        })
    }

    /// Stores a save written out at edit count `edits`, unless another window saved since.
    fn store_now(self, ready: ReadySave, edits: u64) {
        let window = self.window.get_value();
        let result = self
            .reviews
            .with_value(|reviews| reviews.save_ready(ready, &window));
        self.saved(result, edits);
    }

    /// Takes in the outcome of a save of the review as it was at edit count `edits`.
    fn saved(self, result: Result<u64, SaveError>, edits: u64) {
        match result {
            Ok(revision) => {
                self.revision.set_value(revision);
                self.clean_at.set_value(edits);
                let saved = self.store.update_journal(|j| {
                    let saved = j.clone();
                    j.clear(revision);
                    saved
                });
                self.unconfirmed.set_value(saved);
                let key = self.journal_key.get_value();
                self.reviews.with_value(|r| r.backend().remove(&key));
                let status = if self.reviews.with_value(|r| r.backend().is_persistent()) {
                    SaveStatus::Saved
                } else {
                    SaveStatus::MemoryOnly
                };
                self.status.set(status);
            }
            Err(SaveError::Conflict { .. }) => self.merge_stored(),
            Err(SaveError::Write(WriteError::Full)) => {
                self.status.set(SaveStatus::Full);
                self.retry_later();
            }
            Err(SaveError::Write(error)) => {
                self.status.set(SaveStatus::Failed(error.to_string()));
                self.retry_later();
            }
        }
    }

    /// Merges this window's journal into the review as stored now, shows the result, and saves
    /// it unless a field needs a choice.
    fn merge_stored(self) {
        let id = self.store.id();
        let (stored, text) = self
            .reviews
            .with_value(|r| (r.stored_revision(&id), r.stored_json(&id)));
        let Some(text) = text else {
            // Deleted in another window. Saving would bring it back behind that window's back,
            // so this window keeps its edits, says so, and offers the export (the banner).
            self.status.set(SaveStatus::Failed(
                "this review was deleted in another window; your changes are kept in this \
                 window only"
                    .into(),
            ));
            return;
        };
        let text = match text {
            Ok(text) => text,
            Err(why) => return self.cannot_merge(why),
        };
        let mut value: serde_json::Value = match serde_json::from_str(&text) {
            Ok(value) => value,
            Err(error) => return self.cannot_merge(error.to_string()),
        };
        let Some(review) = value.get_mut("review") else {
            return self.cannot_merge("the stored review has no review in it".into());
        };
        let before = review.clone();
        self.store.update_journal(|j| {
            self.store
                .untracked(|mine| j.merge_into(review, stored, Side::Mine, mine))
        });
        let nothing_new = value.get("review") == Some(&before);
        let mut ids = IdGen::new(super::random_seed());
        let merged = match envelope::read_value(value, &mut ids) {
            Ok(read) => read.envelope.review,
            Err(error) => return self.cannot_merge(error.to_string()),
        };
        self.store.replace(merged);
        self.revision.set_value(stored);
        self.store_journal();
        if !self.conflicts().is_empty() {
            self.status.set(SaveStatus::Conflict);
        } else if nothing_new {
            // What is stored holds every change of this window already: writing it again
            // would only start two windows saving the same thing back and forth.
            self.store.update_journal(|j| j.clear(stored));
            let key = self.journal_key.get_value();
            self.reviews.with_value(|r| r.backend().remove(&key));
            self.clean_at.set_value(self.store.edits_untracked());
            self.status.set(SaveStatus::Saved);
        } else {
            self.status.set(SaveStatus::Pending);
            self.save();
        }
    }

    fn cannot_merge(self, why: String) {
        self.status.set(SaveStatus::Failed(format!(
            "another window saved this review, and what it saved could not be read ({why})"
        )));
    }

    /// The fields waiting for a choice; the journal keeps them, so that a reload asks again.
    pub fn conflicts(&self) -> Vec<Conflict> {
        self.store
            .journal(|j| j.conflicts.clone())
            .unwrap_or_default()
    }

    /// The person chose a side for the conflicting field at `path`.
    pub fn choose(self, path: &[Seg], side: Side) {
        let conflict = self
            .store
            .journal(|j| j.conflicts.iter().find(|c| c.path == path).cloned())
            .flatten();
        let Some(conflict) = conflict else {
            return;
        };
        if side == Side::Theirs && conflict.theirs != conflict.mine {
            self.take_value(&conflict);
        }
        self.store.update_journal(|j| j.decided(path));
        self.after_choice();
    }

    /// The person chose one side for every conflicting field.
    pub fn choose_all(self, side: Side) {
        if side == Side::Theirs {
            for conflict in &self.conflicts() {
                self.take_value(conflict);
            }
        }
        self.store.update_journal(|j| j.conflicts.clear());
        self.after_choice();
    }

    /// Puts the other window's value of a conflicting field into this window's review.
    fn take_value(self, conflict: &Conflict) {
        let envelope = Envelope::for_storage(self.store.snapshot(), 0, now());
        let mut value = envelope.to_value();
        let Some(review) = value.get_mut("review") else {
            return;
        };
        merge::set_at(review, &conflict.path, conflict.theirs.clone());
        let mut ids = IdGen::new(super::random_seed());
        match envelope::read_value(value, &mut ids) {
            Ok(read) => self.store.replace_edited(read.envelope.review),
            Err(error) => self.cannot_merge(error.to_string()),
        }
    }

    fn after_choice(self) {
        self.store_journal();
        if self.conflicts().is_empty() {
            self.status.set(SaveStatus::Pending);
            self.flush();
        } else {
            self.status.set(SaveStatus::Conflict);
        }
    }

    /// Space may be freed in another tab or by deleting reviews: try again without waiting for
    /// an edit.
    fn retry_later(self) {
        if let Some(Some(handle)) = self.retry.try_get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || self.flush(), RETRY_DELAY).ok();
        self.retry.try_set_value(handle);
    }

    fn flush_when_leaving(self) {
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                self.flush();
            }
        });
        let page_hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        on_cleanup(move || {
            hidden.remove();
            page_hide.remove();
            self.flush();
            if let Some(Some(handle)) = self.retry.try_get_value() {
                handle.clear();
            }
        });
    }

    fn watch_other_windows(self) {
        let id = self.store.id();
        let key = library::revision_key(&id);
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(key.as_str()) {
                let written = event.new_value().unwrap_or_default();
                let (revision, writer) = library::parse_revision(&written);
                let writer = writer.unwrap_or_default().to_string();
                self.another_window_saved(revision, &writer);
            }
        });
        on_cleanup(move || listener.remove());
    }

    /// Another window wrote `revision` of this review.
    fn another_window_saved(self, revision: u64, writer: &str) {
        if self.stopped.try_get_value().unwrap_or(true)
            || self.window.get_value() == writer
            || writer == library::REPAIRED
        {
            // A read that put the revision back changed nothing. Taken for another window's
            // save of this window's revision, it folded this window's last save in again, and
            // the words typed since showed as "changed in two windows".
            return;
        }
        let mine = self.revision.get_value();
        if revision == mine {
            // The same revision as this window's last save, by another window: one of the
            // two writes replaced the other. Fold this window's last save in again; when what
            // is stored holds it already, nothing is written.
            if let Some(older) = self.unconfirmed.get_value() {
                self.unconfirmed.set_value(None);
                self.store.update_journal(|j| j.absorb_older(older));
                self.merge_stored();
            }
            return;
        }
        self.unconfirmed.set_value(None);
        let id = self.store.id();
        let stored = self.reviews.with_value(|r| r.stored_revision(&id));
        if stored == mine {
            return;
        }
        if self.is_dirty() {
            self.merge_stored();
        } else {
            self.take_theirs();
        }
    }

    /// Stops saving for good (the review is being deleted).
    pub fn stop(self) {
        self.stopped.set_value(true);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
    }

    /// Shows what another window saved (this window has nothing unsaved).
    fn take_theirs(self) {
        let id = self.store.id();
        let mut ids = IdGen::new(super::random_seed());
        match self.reviews.with_value(|r| r.load(&id, &mut ids)) {
            Ok(loaded) => {
                self.store.replace(loaded.review);
                self.revision.set_value(loaded.revision);
                self.store.update_journal(|j| j.clear(loaded.revision));
                self.clean_at.set_value(self.store.edits_untracked());
                self.status.set(SaveStatus::Saved);
            }
            Err(problem) => self.status.set(SaveStatus::Failed(problem.message)),
        }
    }
}
