//! Browser tests (wasm-bindgen-test in headless Chromium) for the storage adapter, the review
//! store and autosave. Run with `cargo test --target wasm32-unknown-unknown --test web`.
//! All tests share one page and one local storage: each starts by clearing it.
#![cfg(target_arch = "wasm32")]

mod common;

use leptos::prelude::*;
use tunnel::io::envelope::{read_value, Envelope};
use tunnel::io::journal::Journal;
use tunnel::io::library;
use tunnel::io::merge::Side;
use tunnel::model::{Id, IdGen, Instant, Moment, Person, Review};
use tunnel::storage::autosave::{Autosave, SaveStatus, SOON};
use tunnel::storage::backend::{Backend, WriteError};
use tunnel::storage::reviews::{ReadySave, Reviews, SaveError};
use tunnel::store::{Part, ReviewStore};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    local_storage().clear().unwrap();
}

fn review(id: &str, title: &str) -> Review {
    let mut review = Review::new(Id::from(id), title, "UTC", Instant::default());
    review.moments.push(Moment {
        id: Id::from("m-1"),
        description: "first".into(),
        ..Moment::default()
    });
    review
}

/// An owner for the reactive code under test, with the executor its effects run on (the app
/// gets both from mounting; the order tests run in must not matter).
fn reactive_owner() -> Owner {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    owner
}

fn now() -> Instant {
    Instant::from_millis(1_700_000_000_000).unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn a_saved_review_loads_back_identical_and_is_listed() {
    clear();
    let reviews = Reviews::new(Backend::open());
    assert!(reviews.backend().is_persistent());
    let original = review("r-1", "Disk full");
    assert_eq!(reviews.save(&original, 0, now()), Ok(1));
    let loaded = reviews
        .load(&Id::from("r-1"), &mut IdGen::new(1))
        .ok()
        .unwrap();
    assert_eq!(loaded.review, original);
    assert_eq!(loaded.revision, 1);
    let (entries, problems) = reviews.list(&mut IdGen::new(1));
    assert!(problems.is_empty());
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].title, "Disk full");
    assert_eq!(entries[0].moments, 1);
}

#[wasm_bindgen_test]
fn the_rehearsal_reads_the_largest_listed_review_and_writes_nothing() {
    clear();
    let reviews = Reviews::new(Backend::open());
    assert_eq!(reviews.rehearse_largest(), 0, "an empty library");
    let mut large = review("r-large", "Large");
    large.moments = (0..library::REHEARSED_MOMENTS + 100)
        .map(|m| Moment {
            id: Id::from(format!("m-{m}").as_str()),
            ..Moment::default()
        })
        .collect();
    reviews.save(&review("r-small", "Small"), 0, now()).unwrap();
    reviews.save(&large, 0, now()).unwrap();
    reviews.list(&mut IdGen::new(1));
    let stored = || -> Vec<(String, Option<String>)> {
        let backend = reviews.backend();
        backend
            .keys()
            .into_iter()
            .map(|k| (k.clone(), backend.get(&k)))
            .collect()
    };
    let before = stored();
    assert_eq!(reviews.rehearse_largest(), library::REHEARSED_MOMENTS + 100);
    assert_eq!(stored(), before);
}

#[wasm_bindgen_test]
fn a_save_over_another_windows_newer_revision_is_refused() {
    clear();
    let reviews = Reviews::new(Backend::open());
    let mine = review("r-1", "Mine");
    reviews.save(&mine, 0, now()).unwrap();
    // Another window read revision 1 too, and saved first.
    let theirs = review("r-1", "Theirs");
    assert_eq!(reviews.save(&theirs, 1, now()), Ok(2));
    assert_eq!(
        reviews.save(&mine, 1, now()),
        Err(SaveError::Conflict {
            expected: 1,
            stored: 2
        })
    );
    let stored = reviews
        .load(&Id::from("r-1"), &mut IdGen::new(1))
        .ok()
        .unwrap();
    assert_eq!(stored.review.title, "Theirs");
}

/// A save written out ahead (autosave writes the review out in one task and stores it in the
/// next) stores what it was made of, and is refused when another window saved in between.
#[wasm_bindgen_test]
fn a_save_made_ready_ahead_stores_what_it_was_made_of_unless_another_window_saved() {
    clear();
    let reviews = Reviews::new(Backend::open());
    reviews.save(&review("r-1", "Stored"), 0, now()).unwrap();
    let ready = ReadySave::of(&review("r-1", "Made ready"), 1, now());
    let too_late = ReadySave::of(&review("r-1", "Made ready too"), 1, now());
    assert_eq!(reviews.save_ready(ready, "w1"), Ok(2));
    assert_eq!(
        reviews.save_ready(too_late, "w2"),
        Err(SaveError::Conflict {
            expected: 1,
            stored: 2
        })
    );
    let mut ids = IdGen::new(1);
    let stored = reviews.load(&Id::from("r-1"), &mut ids).ok().unwrap();
    assert_eq!(stored.review.title, "Made ready");
    assert_eq!(stored.revision, 2);
    let (listed, unreadable) = reviews.list(&mut ids);
    assert!(unreadable.is_empty());
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].title.as_str(), listed[0].revision),
        ("Made ready", 2)
    );
    let raw = local_storage()
        .get_item(&library::review_key(&Id::from("r-1")))
        .unwrap()
        .unwrap();
    assert!(
        listed[0].matches(&raw),
        "the index describes the stored text"
    );
}

/// A save made with the room's fingerprint tells a shared screen what it shows of the review
/// stored; once a save comes without one, or from another window, the screen reads.
#[wasm_bindgen_test]
fn the_rooms_fingerprint_counts_for_the_save_it_came_with_and_no_other() {
    clear();
    let reviews = Reviews::new(Backend::open());
    let id = Id::from("r-1");
    reviews.save(&review("r-1", "Stored"), 0, now()).unwrap();
    assert_eq!(reviews.room_digest(&id), None);
    let ready = ReadySave::of(&review("r-1", "Walked"), 1, now()).with_room(Some(42));
    assert_eq!(reviews.save_ready(ready, "w1"), Ok(2));
    assert_eq!(reviews.room_digest(&id), Some(42));
    // A save that stored none takes the last one away: a save that failed after storing its
    // fingerprint names the same revision as the retry that stores none.
    reviews
        .save_by(&review("r-1", "Typed"), 2, now(), "w1")
        .unwrap();
    assert_eq!(reviews.room_digest(&id), None);
    assert_eq!(
        local_storage().get_item(&library::room_key(&id)).unwrap(),
        None
    );
    let ready = ReadySave::of(&review("r-1", "Walked on"), 3, now()).with_room(Some(43));
    reviews.save_ready(ready, "w1").unwrap();
    assert_eq!(reviews.room_digest(&id), Some(43));
    // The same revision written by another window in another browser process.
    local_storage()
        .set_item(
            &library::revision_key(&id),
            &library::revision_value(4, "w2"),
        )
        .unwrap();
    assert_eq!(reviews.room_digest(&id), None);
    reviews.delete(&id);
    assert_eq!(
        local_storage().get_item(&library::room_key(&id)).unwrap(),
        None
    );
}

#[wasm_bindgen_test]
fn a_review_whose_revision_key_was_lost_saves_without_a_false_conflict() {
    clear();
    let reviews = Reviews::new(Backend::open());
    let first = review("r-1", "First");
    reviews.save(&first, 0, now()).unwrap();
    reviews.save(&first, 1, now()).unwrap();
    local_storage().remove_item("tunnel:revision:r-1").unwrap();
    let loaded = reviews
        .load(&Id::from("r-1"), &mut IdGen::new(1))
        .ok()
        .unwrap();
    assert_eq!(loaded.revision, 2);
    // Put back, and named as put back by a read: windows with the review open ignore it.
    assert_eq!(
        local_storage()
            .get_item("tunnel:revision:r-1")
            .unwrap()
            .as_deref(),
        Some("2 repaired")
    );
    assert_eq!(reviews.save(&review("r-1", "Second"), 2, now()), Ok(3));
}

#[wasm_bindgen_test]
fn a_full_storage_refuses_the_write_and_keeps_the_stored_value() {
    clear();
    let reviews = Reviews::new(Backend::open());
    let first = review("r-1", "Small");
    reviews.save(&first, 0, now()).unwrap();
    let storage = local_storage();
    let chunk = "x".repeat(256 * 1024);
    for i in 0.. {
        if storage.set_item(&format!("filler-{i}"), &chunk).is_err() {
            break;
        }
    }
    let mut bigger = first.clone();
    // Random letters: storage keeps reviews compressed, and a repeated letter would fit.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    bigger.summary = (0..600 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b'a' + (state % 26) as u8)
        })
        .collect();
    assert_eq!(
        reviews.save(&bigger, 1, now()),
        Err(SaveError::Write(WriteError::Full))
    );
    let stored = reviews
        .load(&Id::from("r-1"), &mut IdGen::new(1))
        .ok()
        .unwrap();
    assert_eq!(stored.review, first);
    assert_eq!(reviews.stored_revision(&Id::from("r-1")), 1);
    clear();
}

#[wasm_bindgen_test]
fn unreadable_values_are_reported_and_left_untouched() {
    clear();
    let reviews = Reviews::new(Backend::open());
    reviews.save(&review("r-ok", "Fine"), 0, now()).unwrap();
    local_storage()
        .set_item(
            "tunnel:review:r-bad",
            "{\"format\": \"tunnel-review\", oops",
        )
        .unwrap();
    local_storage().remove_item(library::INDEX_KEY).unwrap();
    let (entries, problems) = reviews.list(&mut IdGen::new(1));
    assert_eq!(entries.len(), 1);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].id, Id::from("r-bad"));
    assert!(
        problems[0].message.contains("line 1, column 29"),
        "{}",
        problems[0].message
    );
    assert_eq!(
        reviews.raw(&Id::from("r-bad")).as_deref(),
        Some("{\"format\": \"tunnel-review\", oops")
    );
}

#[wasm_bindgen_test]
async fn an_edit_to_one_moment_notifies_only_that_moment() {
    let _owner = reactive_owner();
    let mut doc = review("r-1", "t");
    doc.moments.push(Moment {
        id: Id::from("m-2"),
        description: "second".into(),
        ..Moment::default()
    });
    let store = ReviewStore::new(doc);
    let runs = StoredValue::new((0, 0, 0));
    Effect::new(move |_| {
        store.moment(&Id::from("m-1"), |m| m.description.len());
        runs.update_value(|r| r.0 += 1);
    });
    Effect::new(move |_| {
        store.moment(&Id::from("m-2"), |m| m.description.len());
        runs.update_value(|r| r.1 += 1);
    });
    Effect::new(move |_| {
        store.track(&Part::Timeline);
        runs.update_value(|r| r.2 += 1);
    });
    leptos::task::tick().await;
    assert_eq!(runs.get_value(), (1, 1, 1));
    store.edit_moment(&Id::from("m-2"), |m| m.description.push('!'));
    leptos::task::tick().await;
    assert_eq!(runs.get_value(), (1, 2, 1), "only m-2's views re-run");
    store.edit_moment(&Id::from("m-1"), |m| m.at = m.at.plus_minutes(5));
    leptos::task::tick().await;
    assert_eq!(
        runs.get_value(),
        (2, 2, 2),
        "a new time also re-orders the timeline"
    );
}

#[wasm_bindgen_test]
fn a_person_is_found_by_id_after_people_are_added_removed_and_moved() {
    let _owner = reactive_owner();
    let person = |id: &str, name: &str| Person {
        id: Id::from(id),
        name: name.into(),
        ..Person::default()
    };
    let mut doc = review("r-1", "t");
    doc.people = vec![person("p-1", "Ana"), person("p-2", "Ben")];
    let store = ReviewStore::new(doc);
    let name = |id: &str| store.person(&Id::from(id), |p| p.name.clone());
    assert_eq!(name("p-2").as_deref(), Some("Ben"));
    // Someone put before Ben: where Ben was found last is now someone else.
    store.edit_people(|people| people.insert(0, person("p-3", "Cleo")));
    assert_eq!(name("p-2").as_deref(), Some("Ben"));
    assert_eq!(name("p-3").as_deref(), Some("Cleo"));
    store.edit_people(|people| people.retain(|p| p.id != Id::from("p-1")));
    assert_eq!(name("p-1"), None);
    assert_eq!(name("p-2").as_deref(), Some("Ben"));
    store.edit_people(|people| people.reverse());
    assert_eq!(name("p-3").as_deref(), Some("Cleo"));
    store.edit_person(&Id::from("p-2"), |p| p.name = "Ben Lee".into());
    assert_eq!(name("p-2").as_deref(), Some("Ben Lee"));
}

#[wasm_bindgen_test]
async fn autosave_waits_for_a_pause_then_saves() {
    let (owner, reviews, store, autosave) = open_saved_review();
    leptos::task::tick().await;
    store.edit_details(|r| r.summary = "typed".into());
    leptos::task::tick().await;
    assert_eq!(autosave.status(), SaveStatus::Pending);
    assert_eq!(
        reviews.stored_revision(&Id::from("r-1")),
        1,
        "nothing saved on the keystroke"
    );
    sleep(450).await;
    assert_eq!(autosave.status(), SaveStatus::Saved);
    assert_eq!(reviews.stored_revision(&Id::from("r-1")), 2);
    let stored = reviews
        .load(&Id::from("r-1"), &mut IdGen::new(1))
        .ok()
        .unwrap();
    assert_eq!(stored.review.summary, "typed");
    // Saved with the time of the save, and the open review knows it (the meeting clock reads
    // the last change from it).
    assert!(stored.review.updated_at > Instant::default());
    assert_eq!(store.untracked(|r| r.updated_at), stored.review.updated_at);
    owner.cleanup();
}

/// Runs `between` once, at the start of the task of the next timer of 0 ms the page asks
/// for: the debounced save asks for one to store, in a task of its own, what it has just
/// written out. Gives back the page's own `setTimeout`, to be put back with
/// `restore_timers`.
fn just_before_next_zero_timer(between: impl FnOnce() + 'static) -> js_sys::Function {
    let window = web_sys::window().unwrap();
    let original: js_sys::Function = js_sys::Reflect::get(&window, &"setTimeout".into())
        .unwrap()
        .unchecked_into();
    let own = original.clone();
    let mut between = Some(between);
    let wrapper = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(
        move |callback: JsValue, delay: JsValue| {
            let window = web_sys::window().unwrap();
            let mut callback = callback;
            if delay.as_f64() == Some(0.0) {
                if let Some(between) = between.take() {
                    restore_timers(&original);
                    let timer: js_sys::Function = callback.unchecked_into();
                    callback = wasm_bindgen::closure::Closure::once_into_js(move || {
                        between();
                        timer.call0(&JsValue::NULL).unwrap();
                    });
                }
            }
            original.call2(&window, &callback, &delay).unwrap()
        },
    );
    js_sys::Reflect::set(&window, &"setTimeout".into(), wrapper.as_ref()).unwrap();
    wrapper.forget();
    own
}

fn restore_timers(own: &js_sys::Function) {
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"setTimeout".into(), own).unwrap();
}

/// The debounce writes the review out in one task and stores it in the next: an edit made in
/// between is not overwritten by the older text, and its journal stays until it is saved.
#[wasm_bindgen_test]
async fn an_edit_between_writing_out_and_storing_a_save_is_not_lost() {
    let (owner, reviews, store, autosave) = open_saved_review();
    leptos::task::tick().await;
    store.edit_details(|r| r.summary = "first".into());
    leptos::task::tick().await;
    let own = just_before_next_zero_timer(move || {
        store.edit_details(|r| r.summary = "second".into());
    });
    sleep(330).await;
    restore_timers(&own);
    assert_eq!(store.untracked(|r| r.summary.clone()), "second");
    let journal = || {
        local_storage()
            .get_item(&library::journal_key(&Id::from("r-1"), "w1"))
            .unwrap()
    };
    assert_eq!(
        reviews.stored_revision(&Id::from("r-1")),
        1,
        "the text written out before the edit is not stored"
    );
    assert!(
        journal().is_some_and(|text| text.contains("second")),
        "the unsaved edit's journal is kept"
    );
    sleep(450).await;
    assert_eq!(autosave.status(), SaveStatus::Saved);
    let stored = reviews
        .load(&Id::from("r-1"), &mut IdGen::new(1))
        .ok()
        .unwrap();
    assert_eq!(
        (stored.review.summary.as_str(), stored.revision),
        ("second", 2)
    );
    assert_eq!(journal(), None, "the journal goes once its edits are saved");
    owner.cleanup();
}

/// The walk's step saves soon: the debounce that the same edit starts (when its effect runs)
/// must not put the save off.
#[wasm_bindgen_test]
async fn a_save_asked_for_soon_is_not_put_off_by_the_edit_that_asked() {
    let (owner, reviews, store, autosave) = open_saved_review();
    leptos::task::tick().await;
    store.write(&[Part::Meeting], |r| r.session.prompt = "asked".into());
    autosave.flush_soon();
    leptos::task::tick().await;
    sleep(SOON.as_millis() as i32 / 2).await;
    assert_eq!(reviews.stored_revision(&Id::from("r-1")), 1, "not at once");
    sleep(SOON.as_millis() as i32 / 2 + 60).await;
    assert_eq!(reviews.stored_revision(&Id::from("r-1")), 2);
    assert_eq!(autosave.status(), SaveStatus::Saved);
    // The next keystroke waits for a pause again.
    store.edit_details(|r| r.summary = "typed".into());
    leptos::task::tick().await;
    sleep(60).await;
    assert_eq!(reviews.stored_revision(&Id::from("r-1")), 2);
    sleep(400).await;
    assert_eq!(reviews.stored_revision(&Id::from("r-1")), 3);
    owner.cleanup();
}

/// A clean storage holding review "r-1" at revision 1, open in this window ("w1") with
/// autosave running.
fn open_saved_review() -> (Owner, Reviews, ReviewStore, Autosave) {
    clear();
    let owner = reactive_owner();
    let reviews = Reviews::new(Backend::open());
    reviews.save(&review("r-1", "t"), 0, now()).unwrap();
    let store = ReviewStore::new(review("r-1", "t"));
    let autosave = Autosave::start(store, reviews.clone(), 1, "w1");
    (owner, reviews, store, autosave)
}

fn another_window_saves(reviews: &Reviews, review: &Review, expected: u64) {
    reviews.save(review, expected, now()).unwrap();
    // The browser sends "storage" events to other windows only; send the one they would get.
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&library::revision_key(&review.id)));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window()
        .unwrap()
        .dispatch_event(event.unchecked_ref())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_clean_window_takes_another_windows_save() {
    let (owner, reviews, store, autosave) = open_saved_review();
    leptos::task::tick().await;
    another_window_saves(&reviews, &review("r-1", "Renamed elsewhere"), 1);
    leptos::task::tick().await;
    assert_eq!(store.untracked(|r| r.title.clone()), "Renamed elsewhere");
    assert_eq!(autosave.status(), SaveStatus::Saved);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn a_window_with_unsaved_edits_merges_another_windows_save() {
    let (owner, reviews, store, autosave) = open_saved_review();
    leptos::task::tick().await;
    store.edit_details(|r| r.summary = "mine".into());
    another_window_saves(&reviews, &review("r-1", "Theirs"), 1);
    leptos::task::tick().await;
    assert_eq!(autosave.status(), SaveStatus::Saved);
    let stored = reviews
        .load(&Id::from("r-1"), &mut IdGen::new(1))
        .ok()
        .unwrap();
    assert_eq!(stored.review.title, "Theirs", "their edit kept");
    assert_eq!(stored.review.summary, "mine", "my edit kept");
    assert_eq!(stored.revision, 3);
    assert_eq!(store.untracked(|r| r.title.clone()), "Theirs");
    assert!(
        reviews.journals(&Id::from("r-1")).is_empty(),
        "journal folded in"
    );
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn the_same_field_changed_in_two_windows_waits_for_a_choice() {
    let (owner, reviews, store, autosave) = open_saved_review();
    leptos::task::tick().await;
    store.edit_details(|r| r.summary = "mine".into());
    let mut theirs = review("r-1", "t");
    theirs.summary = "theirs".into();
    another_window_saves(&reviews, &theirs, 1);
    leptos::task::tick().await;
    assert_eq!(
        autosave.status(),
        SaveStatus::Conflict,
        "a choice is asked for"
    );
    let conflicts = autosave.conflicts();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].mine, Some("mine".into()));
    assert_eq!(conflicts[0].theirs, Some("theirs".into()));
    sleep(450).await;
    autosave.flush();
    // A step of the walk in this window asks for a save soon: the choice stays asked.
    store.write(&[Part::Meeting], |r| r.session.prompt = "asked".into());
    autosave.flush_soon();
    leptos::task::tick().await;
    sleep(SOON.as_millis() as i32 + 60).await;
    assert_eq!(autosave.status(), SaveStatus::Conflict);
    assert_eq!(autosave.conflicts().len(), 1);
    let stored = || {
        reviews
            .load(&Id::from("r-1"), &mut IdGen::new(1))
            .ok()
            .unwrap()
    };
    assert_eq!(
        stored().review.summary,
        "theirs",
        "nothing overwritten before the choice"
    );
    assert_eq!(store.untracked(|r| r.summary.clone()), "mine");
    // The journal keeps the question for a reload.
    let journal = &reviews.journals(&Id::from("r-1"))[0].1;
    assert_eq!(journal.conflicts.len(), 1);
    autosave.choose(&conflicts[0].path, Side::Mine);
    assert_eq!(autosave.status(), SaveStatus::Saved);
    assert_eq!(stored().review.summary, "mine");
    owner.cleanup();
}

#[wasm_bindgen_test]
fn every_edit_is_in_the_stored_journal_at_once() {
    let (owner, _reviews, store, _autosave) = open_saved_review();
    store.edit_moment(&Id::from("m-1"), |m| m.description = "typed".into());
    // No tick, no timer: the keystroke's own task stored it.
    let key = library::journal_key(&Id::from("r-1"), "w1");
    let text = local_storage().get_item(&key).unwrap().unwrap();
    assert!(text.contains("typed"), "{text}");
    assert!(
        text.len() < 1_000,
        "the journal holds what changed, not the review"
    );
    owner.cleanup();
}

/// Walks every store method that changes the review: folding the journal it wrote into the
/// review as it was gives exactly the review as it is.
#[wasm_bindgen_test]
fn the_journal_holds_every_change_every_store_method_makes() {
    let owner = reactive_owner();
    let original = common::sample_review();
    let store = ReviewStore::new(original.clone());
    let last = StoredValue::new(String::new());
    store.start_journal(
        Journal::new(original.id.clone(), 1),
        Callback::new(move |text: String| last.set_value(text)),
    );
    let first_moment = original.moments[0].id.clone();
    let second_moment = original.moments[1].id.clone();
    let first_account = original.accounts[0].id.clone();
    let person = original.people[1].id.clone();
    store.edit_details(|r| r.title = "Changed title".into());
    store.edit_people(|people| people[0].team = "Changed team".into());
    store.edit_moment(&first_moment, |m| m.description = "Changed moment".into());
    store.edit_account(&first_account, |a| a.saw = "Changed account".into());
    store.add_moment(Moment {
        id: Id::from("m-new"),
        description: "Added".into(),
        ..Moment::default()
    });
    store.add_moments(vec![Moment {
        id: Id::from("m-new-2"),
        ..Moment::default()
    }]);
    store.add_account(tunnel::model::Account {
        id: Id::from("a-new"),
        moment: Id::from("m-new"),
        person: person.clone(),
        saw: "New account".into(),
        ..Default::default()
    });
    let removed = store.remove_moment(&second_moment).unwrap();
    store.restore_moment(removed);
    store.remove_moment(&first_moment);
    let removed = store.remove_person(&person).unwrap();
    store.restore_person(removed);
    store.remove_person(&person);
    store.write(&[Part::Meeting], |r| r.parking_lot.clear());
    store.write(&[Part::Synthesis], |r| r.synthesis.themes.clear());
    store.write(&[Part::Language], |r| r.language.dismissed.clear());

    let journal = Journal::parse(&last.get_value()).expect("a journal was stored");
    let envelope = Envelope::for_storage(original, 1, now());
    let mut value = envelope.to_value();
    let conflicts =
        journal
            .clone()
            .merge_into(&mut value["review"], 1, Side::Mine, &store.snapshot());
    assert!(conflicts.is_empty());
    let replayed = read_value(value, &mut IdGen::new(1))
        .unwrap()
        .envelope
        .review;
    assert_eq!(replayed, store.snapshot());
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn a_review_deleted_in_another_window_is_not_brought_back_silently() {
    let (owner, reviews, store, autosave) = open_saved_review();
    leptos::task::tick().await;
    store.edit_details(|r| r.summary = "typed here".into());
    reviews.delete(&Id::from("r-1"));
    autosave.flush();
    let SaveStatus::Failed(message) = autosave.status() else {
        panic!("expected a failure to report, got {:?}", autosave.status());
    };
    assert!(message.contains("deleted in another window"), "{message}");
    assert!(!reviews.exists(&Id::from("r-1")), "not brought back");
    assert_eq!(store.untracked(|r| r.summary.clone()), "typed here");
    assert!(autosave.is_dirty(), "the page still asks before closing");
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn the_library_lists_stored_reviews_newest_first() {
    clear();
    let reviews = Reviews::new(Backend::open());
    let mut older = review("r-old", "Older review");
    older.updated_at = Instant::from_millis(1_000).unwrap();
    let mut newer = review("r-new", "Newer review");
    newer.updated_at = Instant::from_millis(2_000).unwrap();
    reviews.save(&older, 0, now()).unwrap();
    reviews.save(&newer, 0, now()).unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), || {
        view! {
            <tunnel::ui::app::App/>
        }
    });
    leptos::task::tick().await;
    let titles: Vec<String> = {
        let list = container
            .query_selector_all("ul[aria-label=Reviews] h2")
            .unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(titles, ["Newer review", "Older review"]);
    drop(handle);
    container.remove();
}

/// The rows kept in place when the timeline's order changes: an increasing run, and none
/// longer (checked against every subset for every order of up to six rows).
#[wasm_bindgen_test]
fn rows_kept_in_place_are_a_longest_increasing_run() {
    use tunnel::ui::timeline_rows::kept_in_place;
    fn longest(positions: &[usize]) -> usize {
        (0u32..1 << positions.len())
            .filter(|mask| {
                let chosen: Vec<usize> = (0..positions.len())
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| positions[i])
                    .collect();
                chosen.windows(2).all(|w| w[0] < w[1])
            })
            .map(u32::count_ones)
            .max()
            .unwrap_or(0) as usize
    }
    fn orders(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![vec![]];
        }
        let mut all = Vec::new();
        for order in orders(n - 1) {
            for at in 0..=order.len() {
                let mut next = order.clone();
                next.insert(at, n - 1);
                all.push(next);
            }
        }
        all
    }
    for n in 0..=6 {
        for positions in orders(n) {
            let kept = kept_in_place(&positions);
            assert!(kept.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
            assert!(
                kept.windows(2).all(|w| positions[w[0]] < positions[w[1]]),
                "{positions:?} kept {kept:?}"
            );
            assert_eq!(kept.len(), longest(&positions), "{positions:?}");
        }
    }
    // One moment moved from first to last: every other row stays.
    let moved: Vec<usize> = (1..2000).chain([0]).collect();
    assert_eq!(kept_in_place(&moved).len(), 1999);
    // Rows that only gain neighbours stay (positions with gaps).
    assert_eq!(kept_in_place(&[0, 3, 7, 9]), vec![0, 1, 2, 3]);
}

#[wasm_bindgen_test]
fn the_browsers_zones_place_a_time_of_the_first_century_in_its_own_year() {
    use tunnel::model::time::{to_local, ZoneOffsets};
    use tunnel::ui::browser::IntlZones;
    // 0026-03-14T09:00:00Z: `Date.UTC` would read the year as 1926.
    let at = Instant::parse_rfc3339("0026-03-14T09:00:00Z").unwrap();
    assert_eq!(IntlZones.offset_minutes("UTC", at), Some(0));
    let local = to_local(at, "UTC", &IntlZones);
    assert_eq!(
        (local.date.year, local.date.month, local.date.day),
        (26, 3, 14)
    );
}

#[wasm_bindgen_test]
fn the_browsers_zones_keep_each_zones_offsets_apart() {
    use tunnel::model::time::ZoneOffsets;
    use tunnel::ui::browser::IntlZones;
    let winter = Instant::parse_rfc3339("2026-01-15T12:00:00Z").unwrap();
    let summer = Instant::parse_rfc3339("2026-07-15T12:00:00Z").unwrap();
    // Asked in turn, the same quarter hour of two zones, then again from what is remembered.
    for _ in 0..2 {
        assert_eq!(IntlZones.offset_minutes("Europe/Berlin", winter), Some(60));
        assert_eq!(
            IntlZones.offset_minutes("America/New_York", winter),
            Some(-300)
        );
        assert_eq!(IntlZones.offset_minutes("Europe/Berlin", winter), Some(60));
        assert_eq!(IntlZones.offset_minutes("Europe/Berlin", summer), Some(120));
        // The same quarter hour again, at once: the one remembered last.
        assert_eq!(IntlZones.offset_minutes("Europe/Berlin", summer), Some(120));
        assert_eq!(
            IntlZones.offset_minutes("America/New_York", winter),
            Some(-300)
        );
        assert_eq!(
            IntlZones.offset_minutes("America/New_York", winter),
            Some(-300)
        );
        assert_eq!(
            IntlZones.offset_minutes("America/New_York", summer),
            Some(-240)
        );
        assert_eq!(IntlZones.offset_minutes("Not/A_Zone", winter), None);
        assert_eq!(IntlZones.offset_minutes("Asia/Kolkata", summer), Some(330));
        assert_eq!(IntlZones.offset_minutes("Europe/Berlin", summer), Some(120));
    }
}

#[wasm_bindgen_test]
async fn a_long_list_is_drawn_in_batches_and_a_row_added_to_it_at_once() {
    use tunnel::ui::widgets::drawn_in_batches;
    let _owner = reactive_owner();
    let wanted = RwSignal::new(50usize);
    let drawn = drawn_in_batches(3, 20, move || wanted.get());
    leptos::task::tick().await;
    // The first rows at once; the next batch only after a frame is painted.
    assert_eq!(drawn.get_untracked(), 3);
    for _ in 0..100 {
        if drawn.get_untracked() >= 50 {
            break;
        }
        sleep(20).await;
    }
    assert!(drawn.get_untracked() >= 50, "{}", drawn.get_untracked());
    let whole = drawn.get_untracked();
    // A row added to the list drawn whole: drawn with the change, not a task later.
    wanted.set(whole + 1);
    leptos::task::tick().await;
    assert_eq!(drawn.get_untracked(), whole + 1);
    // More than a first screenful brought back at once come in batches again.
    wanted.set(whole + 5);
    leptos::task::tick().await;
    assert!(drawn.get_untracked() < whole + 5);
}

/// ASCII is lowercased without the page, and must come out as the page's own lowercasing has
/// it. Text with anything else goes to the page whole: for the German, Greek and Turkish cases
/// this compares the page with itself, and checks only that they take that way.
#[wasm_bindgen_test]
fn lowercasing_ascii_without_the_page_gives_what_the_page_gives() {
    use tunnel::ui::browser::lowercase;
    let every_ascii: String = (0u8..128).map(char::from).collect();
    for text in [
        every_ascii.as_str(),
        "INC-4411: Checkout P99 at 4s",
        "ÀB Straße",
        "ΣΑΣ ΟΔΟΣ",
        "İSTANBUL",
        "",
    ] {
        let page: String = js_sys::JsString::from(text).to_lower_case().into();
        assert_eq!(lowercase(text), page, "{text:?}");
    }
}
