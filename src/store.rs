//! The open review as one reactive store, shared through context.
//!
//! The document stays a plain [`Review`]; the store adds one change trigger per part of it
//! (the details, the people, the timeline's shape, each moment, each account...). A view reads
//! through the store, which subscribes it to exactly the part it read; an edit goes through the
//! store, which notifies exactly the part it changed. Typing into one moment of 2,000 therefore
//! re-runs that moment's views only.
//!
//! Every edit also goes into the store's journal (`io::journal`): the units it touched, before
//! and after, handed at once to whoever saves (autosave writes it to storage synchronously).
//! Edits therefore go through the store's methods, which know the units each one touches.
//!
//! Why not `reactive_stores`: iterating a keyed collection there subscribes to every change
//! below it, so each keystroke would re-run the whole timeline's list and its ordering.

use crate::io::journal::{Journal, Unit};
use crate::model::{
    Account, AccountSource, Citation, Id, Instant, Moment, Person, RemovedMoment, RemovedPerson,
    Review,
};
use leptos::prelude::*;
use std::collections::HashMap;

/// A part of the review that views can depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Part {
    /// Title, status, zone, incident times, summary, impact.
    Details,
    People,
    /// Which moments exist and their times: everything the timeline's order depends on.
    Timeline,
    /// One moment's own fields.
    Moment(Id),
    /// Which accounts exist for a moment.
    MomentAccounts(Id),
    Account(Id),
    /// Walk-through state, facilitator notes and the parking lot.
    Meeting,
    /// Synthesis, opportunities and the pulse.
    Synthesis,
    /// Language-guard dismissals.
    Language,
}

#[derive(Clone, Copy)]
pub struct ReviewStore {
    doc: StoredValue<Review>,
    triggers: StoredValue<HashMap<Part, ArcTrigger>>,
    moment_at: StoredValue<HashMap<Id, usize>>,
    account_at: StoredValue<HashMap<Id, usize>>,
    /// Each moment's accounts, by index: a step of the walk reads one moment's accounts, and
    /// scanning all 10,000 of a large review for them was most of what it cost to find them.
    accounts_of_moment: StoredValue<HashMap<Id, Vec<usize>>>,
    /// Where each person is in the review's list, as last found: checked at every read and
    /// made again when it has gone stale (see `person`).
    person_at: StoredValue<HashMap<Id, usize>>,
    /// Counts edits made in this window; autosave follows it.
    edits: RwSignal<u64>,
    /// Counts reviews taken in whole (`replace`): no edit here, but every summary changes.
    replaced: RwSignal<u64>,
    journal: StoredValue<Journal>,
    /// Called with the journal's text after every edit.
    journal_sink: StoredValue<Option<Callback<String>>>,
}

impl ReviewStore {
    pub fn new(review: Review) -> Self {
        let journal = Journal::new(review.id.clone(), 0);
        let store = ReviewStore {
            journal: StoredValue::new(journal),
            journal_sink: StoredValue::new(None),
            doc: StoredValue::new(review),
            triggers: StoredValue::new(HashMap::new()),
            moment_at: StoredValue::new(HashMap::new()),
            account_at: StoredValue::new(HashMap::new()),
            accounts_of_moment: StoredValue::new(HashMap::new()),
            person_at: StoredValue::new(HashMap::new()),
            edits: RwSignal::new(0),
            replaced: RwSignal::new(0),
        };
        store.reindex();
        store
    }

    /// The number of edits made through this store: read it to follow every change.
    pub fn edits(&self) -> u64 {
        self.edits.get()
    }

    pub fn edits_untracked(&self) -> u64 {
        self.edits.get_untracked()
    }

    /// Edits and reviews taken in whole: read it to follow every change of the review, wherever
    /// it was made (summaries of the whole review).
    pub fn changes(&self) -> u64 {
        self.edits.get() + self.replaced.get()
    }

    pub fn changes_untracked(&self) -> u64 {
        self.edits.get_untracked() + self.replaced.get_untracked()
    }

    pub fn id(&self) -> Id {
        self.doc.with_value(|r| r.id.clone())
    }

    /// A copy of the whole review, for exporting and handing to the worker (never on the
    /// keystroke path).
    pub fn snapshot(&self) -> Review {
        self.doc.get_value()
    }

    /// Stamps the review's `updated_at` with `at` and lends the whole review to be saved. The
    /// stamp is not an edit: no view shows it (the library reads its own index), and it is what
    /// reading the saved review back would give (the meeting clock takes the review's last
    /// change from it). Saving borrows the review: copying it twice, at 2,000 moments, was
    /// half of the save (see docs/development.md).
    pub fn stamped<R>(&self, at: Instant, save: impl FnOnce(&Review) -> R) -> R {
        self.doc.update_value(|r| r.updated_at = at);
        self.doc.with_value(save)
    }

    fn trigger(&self, part: &Part) -> ArcTrigger {
        if let Some(t) = self.triggers.with_value(|t| t.get(part).cloned()) {
            return t;
        }
        let trigger = ArcTrigger::new();
        self.triggers
            .update_value(|t| drop(t.insert(part.clone(), trigger.clone())));
        trigger
    }

    pub fn track(&self, part: &Part) {
        self.trigger(part).track();
    }

    fn notify(&self, part: &Part) {
        if let Some(t) = self.triggers.with_value(|t| t.get(part).cloned()) {
            t.notify();
        }
    }

    fn reindex(&self) {
        self.doc.with_value(|r| {
            let moments = r
                .moments
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.clone(), i))
                .collect();
            let accounts = r
                .accounts
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.clone(), i))
                .collect();
            let mut of_moment: HashMap<Id, Vec<usize>> = HashMap::new();
            for (i, a) in r.accounts.iter().enumerate() {
                of_moment.entry(a.moment.clone()).or_default().push(i);
            }
            self.moment_at.set_value(moments);
            self.account_at.set_value(accounts);
            self.accounts_of_moment.set_value(of_moment);
        });
    }

    /// Reads the review, depending on `part`.
    pub fn read<R>(&self, part: &Part, f: impl FnOnce(&Review) -> R) -> R {
        self.track(part);
        self.doc.with_value(f)
    }

    /// Reads the review without depending on anything (event handlers).
    pub fn untracked<R>(&self, f: impl FnOnce(&Review) -> R) -> R {
        self.doc.with_value(f)
    }

    pub fn details<R>(&self, f: impl FnOnce(&Review) -> R) -> R {
        self.read(&Part::Details, f)
    }

    pub fn people<R>(&self, f: impl FnOnce(&[Person]) -> R) -> R {
        self.read(&Part::People, |r| f(&r.people))
    }

    /// Reads one person, depending on the people. Every person's row re-runs when anyone's
    /// details change, so each must find its person without scanning the list: with a
    /// thousand people, a keystroke in one name made a million comparisons.
    pub fn person<R>(&self, id: &Id, f: impl FnOnce(&Person) -> R) -> Option<R> {
        self.track(&Part::People);
        self.doc.with_value(|r| {
            let found = |at: &HashMap<Id, usize>| {
                at.get(id)
                    .copied()
                    .filter(|&i| r.people.get(i).is_some_and(|p| &p.id == id))
            };
            // People added, removed or moved leave the index stale: it is made again here,
            // once, by the first row to notice.
            let index = self.person_at.with_value(found).or_else(|| {
                let fresh = r
                    .people
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p.id.clone(), i))
                    .collect();
                let index = found(&fresh);
                self.person_at.set_value(fresh);
                index
            })?;
            r.people.get(index).map(f)
        })
    }

    /// Reads one moment, depending on that moment only.
    pub fn moment<R>(&self, id: &Id, f: impl FnOnce(&Moment) -> R) -> Option<R> {
        self.track(&Part::Moment(id.clone()));
        let index = self.moment_at.with_value(|m| m.get(id).copied())?;
        self.doc.with_value(|r| r.moments.get(index).map(f))
    }

    pub fn account<R>(&self, id: &Id, f: impl FnOnce(&Account) -> R) -> Option<R> {
        self.track(&Part::Account(id.clone()));
        let index = self.account_at.with_value(|m| m.get(id).copied())?;
        self.doc.with_value(|r| r.accounts.get(index).map(f))
    }

    /// Reads one moment's accounts (in the review's order), depending on which accounts the
    /// moment has, not on what they say.
    pub fn moment_accounts<R>(
        &self,
        moment: &Id,
        f: impl FnOnce(&Review, Vec<&Account>) -> R,
    ) -> R {
        self.track(&Part::MomentAccounts(moment.clone()));
        self.moment_accounts_untracked(moment, f)
    }

    fn moment_accounts_untracked<R>(
        &self,
        moment: &Id,
        f: impl FnOnce(&Review, Vec<&Account>) -> R,
    ) -> R {
        self.accounts_of_moment.with_value(|of_moment| {
            let indices = of_moment.get(moment).map(Vec::as_slice).unwrap_or_default();
            self.doc.with_value(|r| {
                // An account's moment is never edited, but a stale index must not mislead.
                let accounts = indices
                    .iter()
                    .filter_map(|&i| r.accounts.get(i))
                    .filter(|a| &a.moment == moment)
                    .collect();
                f(r, accounts)
            })
        })
    }

    /// The id of `person`'s account at `moment`, if they have one.
    pub fn account_of(&self, moment: &Id, person: &Id) -> Option<Id> {
        self.moment_accounts(moment, |_, accounts| find_account(&accounts, person))
    }

    /// Reads the timeline's shape: which moments exist and when.
    pub fn timeline<R>(&self, f: impl FnOnce(&Review) -> R) -> R {
        self.read(&Part::Timeline, f)
    }

    /// Changes the review and notifies `parts`. `None` when the store is already gone
    /// (an event that arrives while its view is being torn down). The units journalled are
    /// those of `parts`: a new or removed record must be named by its own part.
    pub fn write<R>(&self, parts: &[Part], f: impl FnOnce(&mut Review) -> R) -> Option<R> {
        // The journal's work stays out of this generic function: it is instantiated at every
        // call site, and a copy of it in each cost tens of kilobytes of wasm.
        let before = self.before_write(parts);
        let result = self.doc.try_update_value(f)?;
        self.after_write(parts, before);
        Some(result)
    }

    #[inline(never)]
    fn before_write(&self, parts: &[Part]) -> (Vec<Unit>, Vec<(Unit, String)>) {
        let units = self.units_of(parts);
        let bases = self.bases(&units);
        (units, bases)
    }

    #[inline(never)]
    fn after_write(&self, parts: &[Part], (mut units, bases): (Vec<Unit>, Vec<(Unit, String)>)) {
        for part in parts {
            self.notify(part);
        }
        for unit in self.units_of(parts) {
            if !units.contains(&unit) {
                units.push(unit);
            }
        }
        self.journal_edit(units, bases);
        self.edits.update(|n| *n += 1);
    }

    /// The journal units behind `parts`.
    fn units_of(&self, parts: &[Part]) -> Vec<Unit> {
        let mut units = Vec::new();
        for part in parts {
            match part {
                Part::Details => units.push(Unit::Details),
                Part::People => units.push(Unit::People),
                Part::Meeting => units.push(Unit::Meeting),
                Part::Synthesis => units.push(Unit::Synthesis),
                Part::Language => units.push(Unit::Language),
                Part::Moment(id) => units.push(Unit::Moment(id.clone())),
                Part::Account(id) => units.push(Unit::Account(id.clone())),
                Part::MomentAccounts(id) => self.doc.with_value(|r| {
                    let of_moment = r.accounts.iter().filter(|a| &a.moment == id);
                    units.extend(of_moment.map(|a| Unit::Account(a.id.clone())));
                }),
                // The order of the timeline follows from its moments' own units.
                Part::Timeline => {}
            }
        }
        units
    }

    /// The text before an edit of each unit the journal has no base for yet.
    #[inline(never)]
    fn bases(&self, units: &[Unit]) -> Vec<(Unit, String)> {
        let needed: Vec<&Unit> = self
            .journal
            .with_value(|j| units.iter().filter(|u| j.needs_base(u)).collect());
        self.doc.with_value(|r| {
            needed
                .into_iter()
                .map(|unit| (unit.clone(), unit.text_in(r)))
                .collect()
        })
    }

    /// Records the units' new text and hands the journal to its sink.
    #[inline(never)]
    fn journal_edit(&self, units: Vec<Unit>, bases: Vec<(Unit, String)>) {
        let texts: Vec<(Unit, String)> = self.doc.with_value(|r| {
            units
                .into_iter()
                .map(|unit| {
                    let text = unit.text_in(r);
                    (unit, text)
                })
                .collect()
        });
        let Some(text) = self.journal.try_update_value(|journal| {
            for (unit, now) in texts {
                let base = bases
                    .iter()
                    .find(|(u, _)| u == &unit)
                    .map(|(_, b)| b.clone());
                journal.record(unit, base, now);
            }
            journal.at = crate::storage::now().millis();
            journal.to_text()
        }) else {
            return;
        };
        if let Some(Some(sink)) = self.journal_sink.try_get_value() {
            sink.run(text);
        }
    }

    /// Starts journalling relative to the stored `revision`; `sink` receives the journal's
    /// text after every edit.
    pub fn start_journal(&self, journal: Journal, sink: Callback<String>) {
        self.journal.set_value(journal);
        self.journal_sink.set_value(Some(sink));
    }

    /// Reads the journal.
    pub fn journal<R>(&self, f: impl FnOnce(&Journal) -> R) -> Option<R> {
        self.journal.try_with_value(f)
    }

    /// Changes the journal (saved, merged); the caller stores it.
    pub fn update_journal<R>(&self, f: impl FnOnce(&mut Journal) -> R) -> Option<R> {
        self.journal.try_update_value(f)
    }

    pub fn edit_details(&self, f: impl FnOnce(&mut Review)) {
        self.write(&[Part::Details], f);
    }

    pub fn edit_people(&self, f: impl FnOnce(&mut Vec<Person>)) {
        // Moments show people's names, and removing a person changes moments and accounts.
        self.write(&[Part::People], |r| f(&mut r.people));
    }

    /// Applies `f` to the person with this id, if they are still in the review.
    pub fn edit_person(&self, id: &Id, f: impl FnOnce(&mut Person)) {
        self.edit_people(|people| {
            if let Some(p) = people.iter_mut().find(|p| &p.id == id) {
                f(p);
            }
        });
    }

    /// Removes a person and every reference to them; what was taken comes back for an undo.
    pub fn remove_person(&self, id: &Id) -> Option<RemovedPerson> {
        let parts = self.untracked(|r| {
            let named_in = r.moments.iter().filter(|m| m.people.contains(id));
            let accounts = r.accounts.iter().filter(|a| &a.person == id);
            let mut parts = Self::person_parts(
                named_in.map(|m| &m.id),
                accounts.map(|a| (&a.id, &a.moment)),
            );
            // Questions queued for them and their suggestions go with them, and the
            // citations of their accounts.
            if r.questions.iter().any(|q| &q.person == id)
                || r.suggestions.iter().any(|s| &s.person == id)
            {
                parts.push(Part::Meeting);
            }
            let cited = |c: &Citation| {
                c.account
                    .as_ref()
                    .and_then(|a| self.account_at.with_value(|at| at.get(a).copied()))
                    .and_then(|i| r.accounts.get(i))
                    .is_some_and(|a| &a.person == id)
            };
            if r.synthesis.all().any(|f| f.citations.iter().any(cited)) {
                parts.push(Part::Synthesis);
            }
            parts
        });
        let removed = self.write(&parts, |r| r.remove_person(id));
        self.reindex();
        removed.flatten()
    }

    /// Puts back a person removed by [`ReviewStore::remove_person`] (undo).
    pub fn restore_person(&self, removed: RemovedPerson) {
        let mut parts = Self::person_parts(
            removed.named_in.iter().map(|(m, _)| m),
            removed.accounts.iter().map(|(_, a)| (&a.id, &a.moment)),
        );
        if !removed.questions.is_empty() || !removed.suggestions.is_empty() {
            parts.push(Part::Meeting);
        }
        if !removed.citations.is_empty() {
            parts.push(Part::Synthesis);
        }
        self.write(&parts, |r| r.restore_person(removed));
        self.reindex();
    }

    /// What changes with a person's coming or going: the moments naming them, and their
    /// accounts with the moments those belong to.
    fn person_parts<'a>(
        named_in: impl Iterator<Item = &'a Id>,
        accounts: impl Iterator<Item = (&'a Id, &'a Id)>,
    ) -> Vec<Part> {
        let mut parts = vec![Part::People, Part::Timeline];
        for moment in named_in {
            parts.push(Part::Moment(moment.clone()));
        }
        for (account, moment) in accounts {
            parts.push(Part::Account(account.clone()));
            let of_moment = Part::MomentAccounts(moment.clone());
            if !parts.contains(&of_moment) {
                parts.push(of_moment);
            }
        }
        parts
    }

    /// Changes one moment. Notifies the timeline too when its time moved.
    pub fn edit_moment(&self, id: &Id, f: impl FnOnce(&mut Moment)) {
        let Some(index) = self.moment_at.with_value(|m| m.get(id).copied()) else {
            return;
        };
        let unit = Unit::Moment(id.clone());
        let bases = self.bases(std::slice::from_ref(&unit));
        let Some(moved) = self.doc.try_update_value(|r| {
            let moment = &mut r.moments[index];
            let before = moment.at;
            f(moment);
            moment.at != before
        }) else {
            return;
        };
        self.notify(&Part::Moment(id.clone()));
        if moved {
            self.notify(&Part::Timeline);
        }
        self.journal_edit(vec![unit], bases);
        self.edits.update(|n| *n += 1);
    }

    /// Changes several moments the same way, as one edit. Not for times: the timeline's order
    /// is not notified.
    pub fn edit_moments(&self, ids: &[Id], f: impl Fn(&mut Moment)) {
        let indices: Vec<usize> = self
            .moment_at
            .with_value(|m| ids.iter().filter_map(|id| m.get(id).copied()).collect());
        let parts: Vec<Part> = ids.iter().cloned().map(Part::Moment).collect();
        self.write(&parts, |r| {
            for index in indices {
                f(&mut r.moments[index]);
            }
        });
    }

    pub fn add_moment(&self, moment: Moment) {
        let added = Part::Moment(moment.id.clone());
        self.write(&[Part::Timeline, added], |r| r.moments.push(moment));
        self.reindex();
    }

    pub fn add_moments(&self, moments: Vec<Moment>) {
        let mut parts = vec![Part::Timeline];
        parts.extend(moments.iter().map(|m| Part::Moment(m.id.clone())));
        self.write(&parts, |r| r.moments.extend(moments));
        self.reindex();
    }

    /// Takes back moments just added (`Review::take_back_moments`): how many went.
    pub fn take_back_moments(&self, ids: &[Id]) -> usize {
        let mut parts = vec![Part::Timeline];
        parts.extend(ids.iter().map(|id| Part::Moment(id.clone())));
        let set = ids.iter().collect();
        let gone = self.write(&parts, |r| r.take_back_moments(&set));
        self.reindex();
        gone.unwrap_or(0)
    }

    pub fn remove_moment(&self, id: &Id) -> Option<RemovedMoment> {
        let mut parts = vec![
            Part::Timeline,
            Part::Moment(id.clone()),
            Part::MomentAccounts(id.clone()),
            Part::Meeting,
        ];
        let cited = self.untracked(|r| {
            r.synthesis
                .all()
                .any(|f| f.citations.iter().any(|c| &c.moment == id))
        });
        if cited {
            parts.push(Part::Synthesis);
        }
        let removed = self.write(&parts, |r| r.remove_moment(id));
        self.reindex();
        removed.flatten()
    }

    /// Removes several moments in one edit (the timeline's selection); each comes back with
    /// `restore_moment`, the last removed first.
    pub fn remove_moments(&self, ids: &[Id]) -> Vec<RemovedMoment> {
        let mut parts = vec![Part::Timeline, Part::Meeting, Part::Synthesis];
        for id in ids {
            parts.push(Part::Moment(id.clone()));
            parts.push(Part::MomentAccounts(id.clone()));
        }
        let removed = self.write(&parts, |r| {
            ids.iter()
                .filter_map(|id| r.remove_moment(id))
                .collect::<Vec<_>>()
        });
        self.reindex();
        removed.unwrap_or_default()
    }

    pub fn restore_moment(&self, removed: RemovedMoment) {
        let id = removed.moment.id.clone();
        let mut parts = vec![
            Part::Timeline,
            Part::Moment(id.clone()),
            Part::MomentAccounts(id),
            Part::Meeting,
        ];
        if !removed.citations.is_empty() {
            parts.push(Part::Synthesis);
        }
        self.write(&parts, |r| r.restore_moment(removed));
        self.reindex();
    }

    pub fn edit_account(&self, id: &Id, f: impl FnOnce(&mut Account)) {
        let Some(index) = self.account_at.with_value(|m| m.get(id).copied()) else {
            return;
        };
        let unit = Unit::Account(id.clone());
        let bases = self.bases(std::slice::from_ref(&unit));
        if self
            .doc
            .try_update_value(|r| f(&mut r.accounts[index]))
            .is_none()
        {
            return;
        }
        self.notify(&Part::Account(id.clone()));
        self.journal_edit(vec![unit], bases);
        self.edits.update(|n| *n += 1);
    }

    pub fn add_account(&self, account: Account) {
        let moment = account.moment.clone();
        self.write(&[Part::MomentAccounts(moment)], |r| {
            r.accounts.push(account)
        });
        self.reindex();
    }

    /// The id of `person`'s account at `moment`, the account created (told in `source`) when
    /// there is none yet. `new_id` names it only if its usual name is taken.
    pub fn ensure_account(
        &self,
        moment: &Id,
        person: &Id,
        source: AccountSource,
        new_id: impl FnOnce() -> Id,
    ) -> Id {
        let existing =
            self.moment_accounts_untracked(moment, |_, accounts| find_account(&accounts, person));
        if let Some(id) = existing {
            return id;
        }
        // Named after its moment and person, so that two windows starting the same account
        // start one record, and their fields merge instead of becoming two accounts.
        let named = Account::id_for(moment, person);
        let taken = self.account_at.with_value(|m| m.contains_key(&named));
        let id = if taken { new_id() } else { named };
        self.add_account(Account {
            id: id.clone(),
            moment: moment.clone(),
            person: person.clone(),
            source,
            ..Account::default()
        });
        id
    }

    /// Replaces the whole review with an edited version of it (a choice made in a merge):
    /// every unit the journal holds is journalled again, and it counts as an edit.
    pub fn replace_edited(&self, review: Review) {
        self.replace(review);
        let units: Vec<Unit> = self
            .journal(|j| j.units().cloned().collect())
            .unwrap_or_default();
        self.journal_edit(units, Vec::new());
        self.edits.update(|n| *n += 1);
    }

    /// Replaces the whole review (a newer version from another window, or a merge) and
    /// refreshes every view. This is not an edit: it does not make the window dirty, and the
    /// journal is the caller's to keep in step.
    pub fn replace(&self, review: Review) {
        self.doc.set_value(review);
        self.reindex();
        self.replaced.update(|n| *n += 1);
        let all: Vec<ArcTrigger> = self.triggers.with_value(|t| t.values().cloned().collect());
        for trigger in all {
            trigger.notify();
        }
    }
}

fn find_account(accounts: &[&Account], person: &Id) -> Option<Id> {
    accounts
        .iter()
        .find(|a| &a.person == person)
        .map(|a| a.id.clone())
}

/// The store of the review open in this part of the page.
pub fn use_store() -> ReviewStore {
    expect_context::<ReviewStore>()
}
