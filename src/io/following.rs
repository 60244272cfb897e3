//! A copy of a review that follows the windows editing it through their journals, kept by a
//! window that only shows the review (the shared screen).
//!
//! A step of the walk is journalled by the console at once, a few kilobytes, and saved a moment
//! later, the whole review. Reading the whole review again for each step cost the shared screen
//! 15 to 20 ms at 2,000 moments, on the thread the console shares with it: the copy puts the
//! journal's units into the review it read instead. A journal is relative to a stored revision
//! (`io::journal`), so the copy takes only journals of the revision it holds, and when that
//! window's save of the next revision arrives, the copy with its last journal is that save.
//! Anything it cannot account for (another window's save, a journal it missed, a damaged one)
//! means reading the review again; the screen also compares what it shows with the fingerprint
//! stored with each save (`method::hindsight::room_digest`).

use super::journal::{Journal, Unit};
use crate::model::Review;

pub struct FollowedReview {
    /// The stored revision the copy was read at, or reached by following one window's saves.
    revision: u64,
    review: Review,
    /// Each window's latest journal text, as stored (read when needed).
    journals: Vec<(String, String)>,
    /// The windows whose journals are in the copy.
    applied: Vec<String>,
}

/// What a save seen in storage means for the copy.
#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    /// The copy is that save (the next revision, by the one window followed).
    Followed,
    /// The copy cannot tell: the review must be read again.
    Unknown,
}

impl FollowedReview {
    /// The review as read from storage at `revision`.
    pub fn new(review: Review, revision: u64) -> Self {
        FollowedReview {
            revision,
            review,
            journals: Vec::new(),
            applied: Vec::new(),
        }
    }

    pub fn review(&self) -> &Review {
        &self.review
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Window `window` stored its journal (`text`), or removed it (`None`). The journal goes
    /// into the copy only when it is of the copy's revision and moves what the room is shown of
    /// the meeting (the walk, what is shown, the parking lot): the rest of an edit (words typed
    /// while they are not shown) waits for the save. `true` when the copy changed.
    pub fn journal(&mut self, window: &str, text: Option<&str>) -> bool {
        // The same journal arrives twice: handed over by its window, then from storage.
        if text.is_some_and(|text| self.journals.iter().any(|(w, t)| w == window && t == text)) {
            return false;
        }
        self.journals.retain(|(w, _)| w != window);
        let Some(text) = text else { return false };
        self.journals.push((window.to_string(), text.to_string()));
        let Some(journal) = Journal::parse(text) else {
            return false;
        };
        if journal.review != self.review.id || journal.revision != self.revision {
            return false;
        }
        let moves_the_room = journal
            .now_of(&Unit::Meeting)
            .and_then(|text| Unit::Meeting.read(text))
            .is_some_and(|put| match put {
                super::journal::Put::Group(meeting) => {
                    meeting.session != self.review.session
                        || meeting.parking_lot != self.review.parking_lot
                }
                _ => false,
            });
        if !moves_the_room || !journal.apply_to(&mut self.review) {
            return false;
        }
        if !self.applied.iter().any(|w| w == window) {
            self.applied.push(window.to_string());
        }
        true
    }

    /// A save of `revision` by `writer` was seen. When it is the next revision, written by the
    /// window whose journal the copy holds (or, with none applied, whose journal of this
    /// revision it has), that journal goes into the copy and the copy is the save.
    pub fn saved(&mut self, revision: u64, writer: Option<&str>) -> Saved {
        let Some(writer) = writer else {
            return Saved::Unknown;
        };
        let followed = revision == self.revision + 1
            && self.applied.iter().all(|w| w == writer)
            && self
                .journals
                .iter()
                .find(|(w, _)| w == writer)
                .and_then(|(_, text)| Journal::parse(text))
                .is_some_and(|journal| {
                    journal.review == self.review.id
                        && journal.revision == self.revision
                        && journal.apply_to(&mut self.review)
                });
        if !followed {
            return Saved::Unknown;
        }
        self.revision = revision;
        self.journals.clear();
        self.applied.clear();
        Saved::Followed
    }
}
