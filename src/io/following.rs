//! A copy of a review that follows the console editing it through its journal, kept by a window
//! that only shows the review (the shared screen).
//!
//! A step of the walk is journalled by the console at once, a few kilobytes, and saved a moment
//! later, the whole review. Reading the whole review again for each step cost the shared screen
//! 15 to 20 ms at 2,000 moments, on the thread the console shares with it: the copy puts the
//! journal's units into the review it read instead. A journal is relative to a stored revision
//! (`io::journal`), so the copy takes only journals of the revision it holds, from one window
//! (another window's journal carries that window's walk, not the console's), and only those
//! that move what the room is shown. When that window's save of the next revision arrives, the
//! copy with the window's last journal is that save: the save stores a check of the journal it
//! folded in with the fingerprint of the room ([`save_check`]), and the screen compares. Any
//! other save, or a check that differs, means reading the review again.
//!
//! Not followed: the review's time of saving, and the order of records put back in place (an
//! undone deletion goes last in the copy); the next read puts both right.

use super::journal::{Journal, Put, Unit};
use crate::method::hindsight::{self, BuiltMoments, RoomView};
use crate::model::Review;
use std::hash::{DefaultHasher, Hash, Hasher};

pub struct FollowedReview {
    /// The stored revision the copy was read at, or reached by following one window's saves.
    revision: u64,
    review: Review,
    /// Each window's latest journal of each revision from the copy's on, as text.
    journals: Vec<Held>,
    /// The window whose journal is in the copy.
    applied: Option<String>,
    /// Windows that hand their journals over directly: a journal of theirs seen in storage
    /// is a second copy, arriving later, and out of order with the ones handed since.
    handed: Vec<String>,
    /// The room's moments built from the copy, forgotten whenever a moment or the people go
    /// in (`put`) or the review is read again.
    built: BuiltMoments,
}

struct Held {
    window: String,
    revision: u64,
    text: String,
}

/// What a save seen in storage means for the copy.
#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    /// The copy is that save if the save's check is `check` (the next revision, by the window
    /// followed, with that window's last journal in the copy).
    Followed { check: u64 },
    /// The copy cannot tell: the review must be read again.
    Unknown,
}

/// What a save stores beside the review while a shared screen may follow it: the fingerprint
/// of the room (`method::hindsight::room_digest`) with a hash of the journal the save folded
/// in, so that a screen holding another text of that journal (one whose write failed, say)
/// reads the review.
pub fn save_check(room: u64, journal: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    room.hash(&mut hasher);
    journal.hash(&mut hasher);
    hasher.finish()
}

/// The revision a journal's text is of, read from its opening: `"revision":` outside a string
/// (a quote inside one is escaped) first comes after the review's id.
fn revision_of(text: &str) -> Option<u64> {
    let rest = &text[text.find("\"revision\":")? + "\"revision\":".len()..];
    let digits = rest.trim_start();
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end].parse().ok()
}

impl FollowedReview {
    /// The review as read from storage at `revision`.
    pub fn new(review: Review, revision: u64) -> Self {
        FollowedReview {
            revision,
            review,
            journals: Vec::new(),
            applied: None,
            handed: Vec::new(),
            built: BuiltMoments::default(),
        }
    }

    pub fn review(&self) -> &Review {
        &self.review
    }

    /// What the room may see of the copy now (`hindsight::room_view`), with the moments
    /// built for earlier views when the copy's moments and people are as they were then.
    pub fn room_view(&mut self) -> RoomView {
        hindsight::room_view_reusing(&self.review, &mut self.built)
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The review read again, at `revision`: the journals held of that revision are put in
    /// again (a step shown before the read stays shown). `true` when one was.
    pub fn read_again(&mut self, review: Review, revision: u64) -> bool {
        self.review = review;
        self.built.forget();
        self.revision = revision;
        self.applied = None;
        self.journals.retain(|held| held.revision >= revision);
        self.apply_held()
    }

    /// Window `window` wrote its journal (`text`; `None` when it removed it, after saving),
    /// seen in storage or `handed` over by the window. `true` when the copy changed.
    pub fn journal(&mut self, window: &str, text: Option<&str>, handed: bool) -> bool {
        if handed {
            if !self.handed.iter().any(|w| w == window) {
                self.handed.push(window.to_string());
            }
        } else if self.handed.iter().any(|w| w == window) {
            return false;
        }
        let Some(text) = text else { return false };
        let Some(revision) = revision_of(text) else {
            return false;
        };
        if revision < self.revision {
            return false;
        }
        self.journals
            .retain(|held| !(held.window == window && held.revision == revision));
        self.journals.push(Held {
            window: window.to_string(),
            revision,
            text: text.to_string(),
        });
        revision == self.revision && self.take(window, text)
    }

    /// Puts `window`'s journal `text`, of the copy's revision, into the copy if it moves what
    /// the room is shown of the meeting (the walk, what is shown, the parking lot when shown):
    /// the rest of an edit (words typed while they are not shown) waits for the save.
    fn take(&mut self, window: &str, text: &str) -> bool {
        if self.applied.as_deref().is_some_and(|w| w != window) || !text.contains("[\"meeting\",") {
            return false;
        }
        let Some(journal) = Journal::parse(text) else {
            return false;
        };
        if journal.review != self.review.id || journal.revision != self.revision {
            return false;
        }
        // Each unit read once: the meeting's to decide, all of them to put in.
        let Some(puts) = journal.read_units() else {
            return false;
        };
        let now = &self.review;
        let moves_the_room = puts.iter().any(|(unit, put)| match put {
            Put::Group(meeting) if **unit == Unit::Meeting => {
                let parked_shown = meeting.session.show_parking_lot || now.session.show_parking_lot;
                meeting.session != now.session
                    || (parked_shown && meeting.parking_lot != now.parking_lot)
            }
            _ => false,
        });
        if !moves_the_room {
            return false;
        }
        self.put(puts);
        self.applied = Some(window.to_string());
        true
    }

    /// Puts a journal's units, read, into the copy. The room's moments are built from the
    /// moments and the people alone (`hindsight::room_moment`), so only those units forget
    /// them: an account typed during the walk, journalled with every step after it until the
    /// save, would otherwise have each step build every moment again.
    fn put(&mut self, puts: Vec<(&Unit, Put)>) {
        for (unit, put) in puts {
            if matches!(unit, Unit::Moment(_) | Unit::People) {
                self.built.forget();
            }
            unit.put_read(&mut self.review, put);
        }
    }

    /// Puts in the first held journal of the copy's revision that moves the room.
    fn apply_held(&mut self) -> bool {
        let held: Vec<(String, String)> = self
            .journals
            .iter()
            .filter(|held| held.revision == self.revision)
            .map(|held| (held.window.clone(), held.text.clone()))
            .collect();
        held.iter().any(|(window, text)| self.take(window, text))
    }

    /// A save of `revision` by `writer` was seen. When it is the next revision, written by the
    /// window whose journal the copy holds (or, with none in it, whose journal of this
    /// revision it has), that journal goes into the copy, and the copy is the save if the
    /// save's check is the one returned (`room` fingerprints the room of a review). A journal
    /// of the new revision already held (handed over before the save was seen) goes in then.
    pub fn saved(
        &mut self,
        revision: u64,
        writer: Option<&str>,
        room: impl Fn(&Review) -> u64,
    ) -> Saved {
        let Some(writer) = writer else {
            return Saved::Unknown;
        };
        if self.revision.checked_add(1) != Some(revision)
            || self.applied.as_deref().is_some_and(|w| w != writer)
        {
            return Saved::Unknown;
        }
        let Some(text) = self
            .journals
            .iter()
            .find(|held| held.window == writer && held.revision == self.revision)
            .map(|held| held.text.clone())
        else {
            return Saved::Unknown;
        };
        let Some(journal) = Journal::parse(&text).filter(|journal| {
            journal.review == self.review.id && journal.revision == self.revision
        }) else {
            return Saved::Unknown;
        };
        let Some(puts) = journal.read_units() else {
            return Saved::Unknown;
        };
        self.put(puts);
        let check = save_check(room(&self.review), &text);
        self.revision = revision;
        self.applied = None;
        self.journals.retain(|held| held.revision >= revision);
        self.apply_held();
        Saved::Followed { check }
    }
}
