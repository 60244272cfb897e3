//! Saves the open review without ever standing in the way of typing.
//!
//! - An edit only schedules a save, about 300 ms after the last one; the keystroke path never
//!   serialises the review.
//! - When the page is hidden or closed, or the review is left, the pending save happens at once.
//! - Before writing, the stored revision is compared with the one this window last saw. When
//!   another window saved since, a window without unsaved edits quietly takes the newer version,
//!   and a window with unsaved edits stops saving and reports a conflict for the person to decide.
//! - A full or failing storage is reported and retried every few seconds and on the next edit;
//!   editing continues in memory and nothing stored is damaged.

use super::reviews::{Reviews, SaveError};
use super::{backend::WriteError, now};
use crate::io::library;
use crate::model::{Id, IdGen};
use crate::store::ReviewStore;
use leptos::prelude::*;
use std::time::Duration;

const SAVE_DELAY: Duration = Duration::from_millis(300);
/// How often a save that failed (storage full, or refused) is tried again without an edit.
const RETRY_DELAY: Duration = Duration::from_secs(5);

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
    /// Another window saved this review while this one has unsaved edits.
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
    /// The next try after a failed save.
    retry: StoredValue<Option<TimeoutHandle>>,
    status: RwSignal<SaveStatus>,
    /// Set when the review was deleted: nothing may write it back.
    stopped: StoredValue<bool>,
}

impl Autosave {
    /// Starts saving `store`, whose content was read at `revision`.
    pub fn start(store: ReviewStore, reviews: Reviews, revision: u64) -> Self {
        let initial = if reviews.backend().is_persistent() {
            SaveStatus::Saved
        } else {
            SaveStatus::MemoryOnly
        };
        let autosave = Autosave {
            store,
            reviews: StoredValue::new(reviews),
            revision: StoredValue::new(revision),
            clean_at: StoredValue::new(store.edits_untracked()),
            timer: StoredValue::new(None),
            retry: StoredValue::new(None),
            status: RwSignal::new(initial),
            stopped: StoredValue::new(false),
        };
        autosave.follow_edits();
        autosave.flush_when_leaving();
        autosave.watch_other_windows();
        autosave
    }

    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// Whether this window has edits that are not in storage.
    pub fn is_dirty(&self) -> bool {
        self.clean_at
            .try_get_value()
            .is_some_and(|clean| clean != self.store.edits_untracked())
    }

    fn follow_edits(self) {
        Effect::new(move |_| {
            self.store.edits();
            if self.is_dirty() && self.status.get_untracked() != SaveStatus::Conflict {
                self.schedule();
            }
        });
    }

    fn schedule(self) {
        self.schedule_in(SAVE_DELAY);
    }

    fn schedule_in(self, delay: Duration) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        if !matches!(self.status.get_untracked(), SaveStatus::MemoryOnly) {
            self.status.set(SaveStatus::Pending);
        }
        let handle = set_timeout_with_handle(move || self.flush(), delay).ok();
        self.timer.set_value(handle);
    }

    /// Saves in the next task: soon enough for the shared screen to follow the console, and
    /// not in the same task as the redraw that the edit caused (at 2,000 moments the two
    /// together were one long task).
    pub fn flush_soon(self) {
        if self.is_dirty() {
            self.schedule_in(Duration::ZERO);
        }
    }

    /// Saves now if anything is unsaved.
    pub fn flush(self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        if !self.is_dirty() || self.stopped.try_get_value().unwrap_or(true) {
            return;
        }
        if self.status.get_untracked() == SaveStatus::Conflict {
            return;
        }
        let edits = self.store.edits_untracked();
        let mut review = self.store.snapshot();
        review.updated_at = now();
        let expected = self.revision.get_value();
        let result = self
            .reviews
            .with_value(|reviews| reviews.save(&review, expected, now()));
        match result {
            Ok(revision) => {
                self.revision.set_value(revision);
                self.clean_at.set_value(edits);
                let status = if self.reviews.with_value(|r| r.backend().is_persistent()) {
                    SaveStatus::Saved
                } else {
                    SaveStatus::MemoryOnly
                };
                self.status.set(status);
            }
            Err(SaveError::Conflict { .. }) => self.status.set(SaveStatus::Conflict),
            Err(SaveError::Write(WriteError::Full)) => {
                self.status.set(SaveStatus::Full);
                self.retry_later();
            }
            Err(SaveError::Write(WriteError::Other(message))) => {
                self.status.set(SaveStatus::Failed(message));
                self.retry_later();
            }
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
                self.another_window_saved();
            }
        });
        on_cleanup(move || listener.remove());
    }

    fn another_window_saved(self) {
        let id = self.store.id();
        let stored = self.reviews.with_value(|r| r.stored_revision(&id));
        if stored == self.revision.get_value() {
            return;
        }
        if self.is_dirty() {
            self.status.set(SaveStatus::Conflict);
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

    /// Conflict choice: drop this window's unsaved edits and load what the other window saved.
    pub fn take_theirs(self) {
        let id = self.store.id();
        let mut ids = IdGen::new(super::random_seed());
        match self.reviews.with_value(|r| r.load(&id, &mut ids)) {
            Ok(loaded) => {
                self.store.replace(loaded.review);
                self.revision.set_value(loaded.revision);
                self.clean_at.set_value(self.store.edits_untracked());
                self.status.set(SaveStatus::Saved);
            }
            Err(problem) => self.status.set(SaveStatus::Failed(problem.message)),
        }
    }

    /// Conflict choice: save this window's version as a new review, then load theirs here.
    /// Returns the new review's id.
    pub fn keep_mine_as_copy(self, new_id: Id) -> Result<Id, String> {
        let mut mine = self.store.snapshot();
        mine.id = new_id.clone();
        mine.title = format!("{} (my copy)", mine.title);
        mine.updated_at = now();
        self.reviews
            .with_value(|r| r.replace(&mine, now()))
            .map_err(|e| e.to_string())?;
        self.take_theirs();
        Ok(new_id)
    }
}
