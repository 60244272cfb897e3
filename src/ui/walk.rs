//! The walk-through console: the facilitator's window during the meeting. It steps through the
//! moments, records each responder's account, keeps notes and the parking lot, and decides what
//! the shared screen (the presenter view) shows.

use super::app::{use_app, AppState, Notice, Undo};
use super::browser::{self, focus_by_id, IntlZones};
use super::fields::{ActionSelect, Browsing, CheckField, Key, TextField};
use super::guard::{GuardedArea, LanguageCount};
use super::notes::NoteField;
use super::queue::QuestionQueue;
use super::timeline::KindBadge;
use super::widgets::{Button, Modal, ShortcutHelp};
use crate::method::{clock, hindsight, language, phases, questions, walk};
use crate::model::time::moment_time_label;
use crate::model::{
    AccountField, AccountSource, Id, MomentKind, Note, NoteKind, ParkedIdea, Phase, ReviewStatus,
    Seen,
};
use crate::route::Route;
use crate::storage::autosave::Autosave;
use crate::storage::now;
use crate::store::{use_store, Part, ReviewStore};
use leptos::prelude::*;
use std::collections::HashSet;

/// The open review and its saving, which every action of the console needs.
#[derive(Clone, Copy)]
struct Console {
    store: ReviewStore,
    autosave: Autosave,
    app: AppState,
    crossing: Crossing,
}

/// What the console asks about before the room sees it: descriptions that would reach the
/// shared screen (a moment, or the moments "so far") holding open language notes, shown there
/// as written.
#[derive(Clone, Copy)]
struct Crossing {
    /// The move asked about.
    asking: RwSignal<Option<Asked>>,
    /// Notes (moment, words) the facilitator chose to show as written in this window: a
    /// description changed since, with other notes, is asked about again.
    as_written: StoredValue<HashSet<(Id, String)>>,
}

/// A move asked about: where the walk goes (none when only the shared screen opens), the open
/// notes in the descriptions it would show, and what follows once it is made.
#[derive(Clone)]
struct Asked {
    target: Option<Id>,
    notes: Vec<(Id, language::Finding)>,
    then: Option<Callback<()>>,
}

impl Console {
    fn here() -> Self {
        Console {
            store: use_store(),
            autosave: expect_context::<Autosave>(),
            app: use_app(),
            crossing: expect_context::<Crossing>(),
        }
    }

    /// Moves the walk, unless a description the move shows the room for the first time (every
    /// moment up to the target, as "so far" lists them) holds open language notes: then the
    /// console asks first (`Crossing`), and `then` runs once the walk has moved.
    fn go_then(self, target: Option<Id>, then: Option<Callback<()>>) {
        let Some(target) = target else { return };
        let notes = self.store.untracked(|r| {
            language::open_in_descriptions(r, &walk::first_shown_by_moving(r, &target))
        });
        self.ask_then(Asked {
            target: Some(target),
            notes,
            then,
        });
    }

    /// Opens the shared screen where the walk is (`show_room`), asking first about open notes
    /// in the descriptions it shows.
    fn show_room_then(self, show_room: Callback<()>) {
        let notes = self
            .store
            .untracked(|r| language::open_in_descriptions(r, &walk::shown_now(r)));
        self.ask_then(Asked {
            target: None,
            notes,
            then: Some(show_room),
        });
    }

    /// Makes the move at once when no note is left that was not shown as written already;
    /// otherwise asks.
    fn ask_then(self, mut asked: Asked) {
        self.crossing.as_written.with_value(|shown| {
            asked
                .notes
                .retain(|(moment, f)| !shown.contains(&(moment.clone(), f.rule.clone())));
        });
        if asked.notes.is_empty() {
            self.make(asked);
        } else {
            self.crossing.asking.set(Some(asked));
        }
    }

    /// Makes a move asked about (or not needing to be).
    fn make(self, asked: Asked) {
        if let Some(target) = asked.target {
            self.go_now(target);
        }
        if let Some(then) = asked.then {
            then.run(());
        }
    }

    fn go(self, target: Option<Id>) {
        self.go_then(target, None);
    }

    /// Moves the walk and saves right after, so that the shared screen follows within a moment.
    fn go_now(self, target: Id) {
        // Accounts shown on the shared screen stay shown from moment to moment, but not those
        // holding open language notes: ticking the box asks about those, and so stepping onto
        // them takes the accounts off the screen in the same edit, before the room sees them.
        let withheld = self.store.untracked(|r| r.session.show_accounts)
            && self.store.moment_accounts(&target, |r, accounts| {
                !language::open_at_moment(r, &target, accounts).is_empty()
            });
        let before = self.store.write(self.parts_moved_by(Phase::Walk), |r| {
            if withheld {
                r.session.show_accounts = false;
            }
            walk::go_to(r, &target, now())
        });
        self.autosave.flush_soon();
        self.status_changed(before.flatten());
        if withheld {
            self.app.tell(
                "This moment's accounts hold open language notes, so the shared screen no \
                 longer shows accounts. Review the notes, or tick \u{201c}Show this moment's \
                 accounts on the shared screen\u{201d} to show them as written.",
            );
        }
        // The person's place follows the walk: the moment, read out by a screen reader, and
        // shown from its top (its time and words), which focusing alone left above the screen
        // when the facilitator had been down in the notes.
        request_animation_frame(|| {
            focus_by_id("moment-at-hand".into());
            browser::scroll_to("moment-at-hand".into());
        });
    }

    /// Moves the meeting to another phase, and the review's status with it.
    fn set_phase(self, phase: Phase) {
        let before = self.store.write(self.parts_moved_by(phase), |r| {
            phases::set_phase(r, phase, now())
        });
        // Saved at once, as a step is: a move that waits in the journal while notes are typed
        // is dated by the last key, not by the move (`io::journal`, the later move wins).
        self.autosave.flush_soon();
        self.status_changed(before.flatten());
    }

    /// What moving the meeting to `phase` changes: the details too only when the status
    /// moves with it. A step told as a change of the details redrew what follows them (the
    /// jump list's 2,000 labels, about 8 ms a step) and journalled them at every step.
    fn parts_moved_by(self, phase: Phase) -> &'static [Part] {
        if self.store.untracked(|r| phases::moves_status(r, phase)) {
            &[Part::Meeting, Part::Details]
        } else {
            &[Part::Meeting]
        }
    }

    /// Says that the meeting moved the review's status, with an undo.
    fn status_changed(self, before: Option<ReviewStatus>) {
        let Some(before) = before else { return };
        let store = self.store;
        let now_label = store.details(|r| r.status.label());
        self.app.notice.set(Some(Notice {
            failure: false,
            text: format!("Status: {now_label} (was {}).", before.label()),
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                store.write(&[Part::Details], |r| r.status = before);
            }))),
        }));
    }

    /// Changes what the shared screen shows, and saves right after.
    fn show(self, change: impl FnOnce(&mut crate::model::Session)) {
        self.store
            .write(&[Part::Meeting], |r| change(&mut r.session));
        self.autosave.flush_soon();
    }
}

#[component]
pub fn Walk() -> impl IntoView {
    provide_context(Crossing {
        asking: RwSignal::new(None),
        as_written: StoredValue::new(Default::default()),
    });
    let console = Console::here();
    let (store, autosave) = (console.store, console.autosave);
    // While the walk is open, each save says what the shared screen shows of it.
    autosave.fingerprint_the_room(Some(std::sync::Arc::new(hindsight::room_digest)));
    on_cleanup(move || autosave.fingerprint_the_room(None));
    let peek = RwSignal::new(false);
    let help = RwSignal::new(false);
    let current = Memo::new(move |_| store.read(&Part::Meeting, |r| r.session.current.clone()));
    // At either end, a press that cannot move says so (a screen reader hears nothing else).
    let next = move || match store.untracked(walk::next) {
        Some(target) => console.go(Some(target)),
        None => console
            .app
            .tell(if store.untracked(|r| r.moments.is_empty()) {
                "The timeline has no moments to walk yet."
            } else {
                "This is the last moment. When the room is ready, move to the next phase."
            }),
    };
    let previous = move || match store.untracked(walk::previous) {
        Some(target) => console.go(Some(target)),
        None => console.app.tell(if current.get_untracked().is_some() {
            "This is the first moment."
        } else {
            "The walk-through has not started."
        }),
    };
    let shortcuts = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && browser::typing_in_field(&ev) {
            // Out of the field, and onto the moment: the keys work again, and a screen
            // reader is kept at the moment rather than sent to the top of the page.
            browser::leave_field();
            browser::focus_if_lost("#moment-at-hand".into(), 0);
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || browser::typing_in_field(&ev) {
            return;
        }
        // Nothing moves behind the question asked before the room sees a description.
        if console.crossing.asking.with_untracked(Option::is_some) {
            return;
        }
        match ev.key().as_str() {
            "n" | "ArrowRight" => next(),
            "p" | "ArrowLeft" => previous(),
            "j" => focus_by_id("jump-to-moment".into()),
            "i" => focus_by_id("idea-to-park".into()),
            "a" => panels::next_responder(),
            "q" => panels::act("ask"),
            "s" => panels::act("show"),
            "?" => help.set(true),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || shortcuts.remove());
    let show_room = Callback::new(move |_: ()| {
        autosave.flush();
        let hash = Route::Present(store.id()).to_hash();
        // A window of its own, not a tab: it goes on the projector while the console stays
        // in view, and a browser draws a tab behind another one late or not at all.
        let opened =
            window().open_with_url_and_target_and_features(&hash, "tunnel-presenter", "popup");
        autosave.journal_to(opened.ok().flatten());
    });
    // A walk left past its first moment (a rehearsal, an earlier sitting) would show the room
    // that moment and all before it: the facilitator chooses where the room starts.
    let resuming = RwSignal::new(None::<(usize, usize)>);
    let open_presenter = move |_| match store.untracked(walk::resumed_at) {
        Some(at) => resuming.set(Some(at)),
        None => console.show_room_then(show_room),
    };
    let started = Signal::derive(move || current.get().is_some());
    // The moment at hand stays drawn while the walk moves: each step changes what shows the
    // moment, not the whole view (rebuilding it cost about 45 ms a step, see docs/development.md).
    let at_hand = Memo::new(move |_| current.get().unwrap_or_default());
    // Each moment with its state: walked (✓), and whether anyone has given an account of it.
    // Who has been heard and the labels are read once edits settle; a step only marks them.
    let settled = super::widgets::after_edits_settle(store);
    let heard = Memo::new(move |_| {
        settled.track();
        store.untracked(walk::moments_heard)
    });
    let jump_labels = Memo::new(move |_| {
        settled.track();
        store.track(&Part::Details);
        store.timeline(|r| walk::jump_labels(r, &IntlZones))
    });
    let jump_options = Memo::new(move |_| {
        jump_labels.with(|labels| {
            heard.with(|heard| {
                store.read(&Part::Meeting, |r| {
                    walk::jump_list(labels, &r.session.walked, heard)
                })
            })
        })
    });

    view! {
        <section class="walk" aria-labelledby="walk-heading">
            // One compact bar that stays in view: moving, the phase, the clock, the presenter.
            <div class="walk-bar">
                <h2 id="walk-heading">"Walk-through"</h2>
                <Show when=move || !started.get()>
                    <Button class="primary" on_click=move |_| next() label="Start walk-through"/>
                </Show>
                // Short visible words keep the bar to two rows on a laptop; the names stay whole.
                <Button on_click=move |_| previous() label="Previous" aria_label="Previous moment" disabled=Signal::derive(move || !started.get())/>
                <Button class="primary" on_click=move |_| next() label="Next" aria_label="Next moment"/>
                <JumpList
                    options=jump_options
                    current=Signal::derive(move || current.get().map(|c| c.to_string()).unwrap_or_default())
                    go=move |id| console.go(Some(id))
                />
                <PhaseSelect/>
                <MeetingClock/>
                <Button on_click=open_presenter label="Presenter view" aria_label="Open presenter view"/>
                <Button class="quiet" on_click=move |_| help.set(true) label="Shortcuts" aria_label="Keyboard shortcuts"/>
            </div>
            <div class="walk-options">
                <ProgressLine heard/>
                <LanguageCount/>
                <CheckField label="Peek ahead (only here, never on the shared screen)" checked=peek set=move |on: bool| peek.set(on)/>
                <ShowChoices/>
            </div>
            <PhaseGuide/>
            <Show when=move || peek.get()>
                <PeekAhead/>
            </Show>
            <Show
                when=move || started.get()
                fallback=|| view! {
                    <p class="empty">
                        "The walk-through has not started. Open the meeting with the ground rules, "
                        "agree the timeline, then start the walk-through at the first moment."
                    </p>
                }
            >
                <MomentAtHand id=at_hand peek/>
            </Show>
            <ParkingLot/>
        </section>
        <Show when=move || help.get()>
            <HelpOverlay close=Callback::new(move |_| help.set(false))/>
        </Show>
        {move || resuming.get().map(|at| view! { <WhereTheRoomStarts at console resuming show_room/> })}
        {move || console.crossing.asking.get().map(|asked| view! { <AskBeforeShowing console asked/> })}
    }
}

/// Asked before the shared screen shows descriptions that hold open language notes: it would
/// show them as written.
#[component]
fn AskBeforeShowing(console: Console, asked: Asked) -> impl IntoView {
    let asking = console.crossing.asking;
    let close = Callback::new(move |_| asking.set(None));
    let numbers = console.store.untracked(language::moment_numbers);
    let listed = asked
        .notes
        .iter()
        .map(|(moment, f)| {
            let number = numbers.get(moment).map_or(0, |n| n + 1);
            view! {
                <li>
                    {format!("Moment {number}: ")}
                    <q>{f.phrase.clone()}</q>
                    {format!(" ({}): {}", f.category.name(), f.reframe)}
                </li>
            }
        })
        .collect_view();
    let asked = StoredValue::new(asked);
    let show = move |_| {
        // Read before the question closes: closing disposes what it owns.
        let asked = asked.get_value();
        asking.set(None);
        console.crossing.as_written.update_value(|shown| {
            shown.extend(asked.notes.iter().map(|(m, f)| (m.clone(), f.rule.clone())));
        });
        console.make(asked);
    };
    view! {
        <Modal title="Descriptions about to reach the shared screen hold language notes" on_close=close>
            <p>"The shared screen shows each moment's description as written, and these phrases in them are still open:"</p>
            <ul aria-label="Open notes in the descriptions">{listed}</ul>
            <p class="hint">"Reword them in the Timeline, or dismiss a note there, to show them without asking."</p>
            <div class="dialog-actions">
                <Button class="primary" on_click=move |_| close.run(()) label="Stay here"/>
                <Button on_click=show label="Show them as written"/>
            </div>
        </Modal>
    }
}

/// Asked when the shared screen is opened with the walk past its first moment: start the room
/// at the first moment, or open it where the walk is.
#[component]
fn WhereTheRoomStarts(
    at: (usize, usize),
    console: Console,
    resuming: RwSignal<Option<(usize, usize)>>,
    show_room: Callback<()>,
) -> impl IntoView {
    let (position, total) = at;
    let close = Callback::new(move |_| resuming.set(None));
    let from_start = move |_| {
        resuming.set(None);
        console.go_then(console.store.untracked(walk::first), Some(show_room));
    };
    let where_it_is = move |_| {
        resuming.set(None);
        console.show_room_then(show_room);
    };
    view! {
        <Modal title="Where should the shared screen start?" on_close=close>
            <p>
                {format!(
                    "The walk-through is at moment {position} of {total}. Opened there, the \
                     shared screen shows that moment and every moment before it."
                )}
            </p>
            <div class="dialog-actions">
                <Button class="primary" on_click=from_start label="Start from the first moment"/>
                <Button on_click=where_it_is label=format!("Open at moment {position}")/>
                <Button class="quiet" on_click=move |_| close.run(()) label="Cancel"/>
            </div>
        </Modal>
    }
}

/// "Jump to moment": one option per moment. The options are written by hand, not by the view:
/// at 2,000 moments, options made through the view (five calls to the page each, and a keyed
/// entry) were most of the cost of switching to the walk-through. Here each is one
/// `new Option(text, value)`, all added at once, and a step of the walk rewrites only the
/// label or two whose mark changed.
///
/// A closed drop-down changes its value on every arrow or letter key, and moving the walk on
/// each would show the room every moment passed over. So a value reached by keys is only
/// browsed until Enter confirms it (Escape or leaving the list goes back); a value picked from
/// the open list, by mouse or by Enter there, moves the walk at once.
#[component]
fn JumpList(
    options: Memo<Vec<(Id, String)>>,
    current: Signal<String>,
    #[prop(into)] go: Callback<Id>,
) -> impl IntoView {
    let select = NodeRef::<leptos::html::Select>::new();
    let browsing = Browsing::new();
    let show_current = move || {
        if let Some(select) = select.get_untracked() {
            select.set_value(&current.get_untracked());
        }
    };
    // The options as last written, to change only what differs.
    let written = StoredValue::new(Vec::<(Id, String)>::new());
    // The first options are written in a task of their own once the walk-through has been
    // drawn: at 2,000 moments they are about 20 ms of work, which would otherwise hold back
    // the switch to this phase.
    let drawn = browser::painted();
    // The selection is set after the options are in place, so that it never points at an
    // option about to be replaced.
    Effect::new(move |_| {
        if !drawn.get() {
            return;
        }
        let value = current.get();
        let Some(select) = select.get() else {
            return;
        };
        options.with(|wanted| {
            written.update_value(|written| {
                write_options(&select, written, wanted);
            });
        });
        browsing.forget();
        select.set_value(&value);
    });
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
        }
        match browsing.key(&ev) {
            Key::Choose(value) => {
                go.run(Id(value));
                // Where the walk is now: the console may have asked first (`Crossing`), and
                // then the walk has not moved yet.
                show_current();
            }
            Key::Back => show_current(),
            Key::Other => {}
        }
    };
    let change = move |ev: leptos::ev::Event| {
        if let Some(value) = browsing.change(event_target_value(&ev)) {
            go.run(Id(value));
            show_current();
        }
    };
    let blur = move |_| {
        if browsing.leave() {
            show_current();
        }
    };
    view! {
        <label class="field">
            <span class="field-label">"Jump to moment"</span>
            <select
                id="jump-to-moment"
                node_ref=select
                aria-describedby="jump-hint"
                on:keydown=keydown
                on:change=change
                on:blur=blur
            >
            </select>
        </label>
        // Outside the label: inside it, the hint was read as part of the list's name too.
        <span id="jump-hint" class="visually-hidden">"Arrows browse; Enter goes there."</span>
        // A live region from the start, so that a screen reader hears the hint when it appears
        // (one drawn with its text is not announced).
        <span class="field-hint browsing-hint" role="status">
            {move || browsing.is_browsed().then_some("Not there yet: Enter goes there, Esc goes back.")}
        </span>
    }
}

/// Makes `select`'s options `wanted`, given that they are now `written`: the labels that
/// changed when the moments are the same, else all of them anew. Text, never markup.
fn write_options(
    select: &web_sys::HtmlSelectElement,
    written: &mut Vec<(Id, String)>,
    wanted: &[(Id, String)],
) {
    // The list on the page is checked too: if it is not what was written, it is written anew.
    let same_moments = written.len() == wanted.len()
        && select.length() as usize == written.len()
        && written.iter().zip(wanted).all(|(was, now)| was.0 == now.0);
    if same_moments {
        for (k, (was, now)) in written.iter_mut().zip(wanted).enumerate() {
            if was.1 != now.1 {
                if let Some(option) = select.item(k as u32) {
                    option.set_text_content(Some(&now.1));
                }
                was.1.clone_from(&now.1);
            }
        }
    } else {
        select.set_length(0);
        let all = leptos::prelude::document().create_document_fragment();
        for (id, label) in wanted {
            if let Ok(option) =
                web_sys::HtmlOptionElement::new_with_text_and_value(label, id.as_str())
            {
                let _ = all.append_child(&option);
            }
        }
        let _ = select.append_child(&all);
        written.clear();
        written.extend_from_slice(wanted);
    }
}

/// The meeting's phase, in the bar.
#[component]
fn PhaseSelect() -> impl IntoView {
    let console = Console::here();
    let store = console.store;
    let phase = Memo::new(move |_| store.read(&Part::Meeting, |r| r.session.phase));
    let options = phases::MEETING
        .iter()
        .map(|p| (p.key().to_string(), p.label().to_string()))
        .collect();
    view! {
        <ActionSelect
            label="Meeting phase"
            options
            value=Signal::derive(move || phase.get().key().to_string())
            set=move |key: String| {
                if let Some(p) = Phase::from_key(&key) {
                    console.set_phase(p);
                }
            }
        />
    }
}

/// What the shared screen may show besides the walk, chosen here.
#[component]
fn ShowChoices() -> impl IntoView {
    let console = Console::here();
    let store = console.store;
    view! {
        <CheckField
            label="Show the ground rules on the shared screen"
            checked=Signal::derive(move || store.read(&Part::Meeting, |r| r.session.show_rules))
            set=move |on: bool| console.show(|s| s.show_rules = on)
        />
        <CheckField
            label="Show the meeting clock on the shared screen"
            checked=Signal::derive(move || store.read(&Part::Meeting, |r| r.session.show_clock))
            set=move |on: bool| console.show(|s| s.show_clock = on)
        />
    }
}

/// The current phase's guidance and the time box, folded away during the walk; open with the
/// ground rules while the meeting opens.
#[component]
fn PhaseGuide() -> impl IntoView {
    let store = use_store();
    let phase = Memo::new(move |_| store.read(&Part::Meeting, |r| r.session.phase));
    let time_box = Signal::derive(move || {
        store.read(&Part::Meeting, |r| r.session.time_box_minutes.to_string())
    });
    // What was wrong with the last time box typed, said beside the field.
    let problem = RwSignal::new(None::<String>);
    view! {
        <details class="phase-guide" open=move || phase.get() != Phase::Walk>
            <summary>{move || format!("About this phase: {}", phase.get().label())}</summary>
            <p class="hint">{move || phases::guidance(phase.get())}</p>
            <Show when=move || phase.get() == Phase::Open>
                <div class="ground-rules">
                    <h3>"Ground rules"</h3>
                    <ul>{phases::GROUND_RULES.iter().map(|rule| view! { <li>{*rule}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <TextField
                label="Time box (minutes)"
                lazy=true
                value=time_box
                hint=Signal::derive(move || problem.get().unwrap_or_else(|| {
                    "Whole minutes for the whole meeting.".to_string()
                }))
                set=move |v: String| match clock::read_time_box(&v) {
                    Ok(minutes) => {
                        problem.set(None);
                        store.write(&[Part::Meeting], |r| r.session.time_box_minutes = minutes);
                    }
                    Err(message) => problem.set(Some(format!(
                        "{message} The time box stays at {} minutes.",
                        time_box.get_untracked()
                    ))),
                }
            />
        </details>
    }
}

/// Where the walk stands: position, walked moments, moments with no account (`heard` is
/// counted once typing pauses).
#[component]
fn ProgressLine(heard: Memo<std::collections::HashSet<Id>>) -> impl IntoView {
    let store = use_store();
    let text = move || {
        store.read(&Part::Meeting, |_| ());
        store.track(&Part::Timeline);
        let p = heard.with(|heard| store.untracked(|r| walk::progress(r, heard)));
        let position = match p.position {
            0 => "Not started".to_string(),
            at if at == p.on_shared_screen => format!("Moment {at} of {}", p.total),
            // The room counts the moments walked: after a jump its number is smaller.
            at => format!(
                "Moment {at} of {} ({} on the shared screen)",
                p.total, p.on_shared_screen
            ),
        };
        format!(
            "{position} · {} walked · {} without an account yet",
            p.walked, p.without_account
        )
    };
    view! { <p class="progress" role="status">{text}</p> }
}

/// The meeting clock: meeting time and the current phase's share of the time box, with pause
/// and resume. A gentle cue when the phase's time is up, never more.
#[component]
fn MeetingClock() -> impl IntoView {
    let console = Console::here();
    let store = console.store;
    let tick = super::widgets::now_every(std::time::Duration::from_secs(1));
    let reading = Memo::new(move |_| {
        let at = tick.get();
        store.read(&Part::Meeting, |r| clock::reading(&r.session, at))
    });
    let toggle = move |_| {
        let at = now();
        store.write(&[Part::Meeting], |r| {
            if clock::running(&r.session) {
                clock::pause(&mut r.session, at);
            } else {
                clock::start(&mut r.session, at);
            }
        });
        console.autosave.flush_soon();
        tick.set(at);
    };
    let label = move || {
        let r = reading.get();
        match (r.running, r.elapsed) {
            (true, _) => "Pause meeting clock",
            (false, 0) => "Start meeting clock",
            (false, _) => "Resume meeting clock",
        }
    };
    view! {
        <div class="meeting-clock" class:over=move || reading.get().phase_over()>
            <span role="timer" aria-label="Meeting clock">{move || reading.get().text()}</span>
            <Button class="quiet" on_click=toggle label/>
        </div>
    }
}

/// The moment the walk is at, with everything asked and recorded about it. `id` follows the
/// walk: what belongs to one moment (its responders' panels, the facilitator's notes) is drawn
/// for that moment, the rest is only updated.
#[component]
fn MomentAtHand(id: Memo<Id>, peek: RwSignal<bool>) -> impl IntoView {
    let console = Console::here();
    let store = console.store;
    let moment = Memo::new(move |_| store.moment(&id.get(), Clone::clone));
    // Read once for the walk, not at each step: whether the moments span days reads them all.
    let zone = Memo::new(move |_| store.details(|r| r.time_zone.clone()));
    let with_dates = Memo::new(move |_| {
        zone.track();
        store.timeline(|r| r.spans_days(&IntlZones))
    });
    let when = move || {
        moment
            .get()
            .map(|m| {
                let with_dates = with_dates.get();
                zone.with(|zone| moment_time_label(m.at, m.precision, zone, &IntlZones, with_dates))
            })
            .unwrap_or_default()
    };
    let kind = Signal::derive(move || moment.get().map(|m| m.kind).unwrap_or_default());
    let stage = Memo::new(move |_| store.timeline(|r| walk::stage_of(r, &id.get())));
    // Checked once typing pauses, off the keystroke path.
    let settled = super::widgets::after_edits_settle(store);
    let open_notes = Memo::new(move |_| {
        settled.track();
        store.track(&Part::Language);
        let id = id.get();
        store.moment_accounts(&id, |r, accounts| {
            language::open_at_moment(r, &id, accounts)
        })
    });
    // The moment the "notes still open" question was asked at: it is not asked of the next.
    let confirming_at = RwSignal::new(None::<Id>);
    let confirming =
        Signal::derive(move || confirming_at.with(|at| at.as_ref() == Some(&id.get())));
    let show_accounts = move |on: bool| {
        if on && open_notes.with_untracked(|n| !n.is_empty()) {
            confirming_at.set(Some(id.get_untracked()));
        } else {
            console.show(|s| s.show_accounts = on);
        }
    };
    let people = move || {
        let ids = moment.get().map(|m| m.people).unwrap_or_default();
        store.people(|p| {
            p.iter()
                .filter(|p| ids.contains(&p.id))
                .map(|p| p.display_name())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let evidence = move || {
        let show_all = peek.get();
        moment
            .get()
            .map(|m| m.evidence)
            .unwrap_or_default()
            .into_iter()
            .filter(|e| show_all || e.seen == Seen::DuringIncident)
            .map(|e| {
                let after = (e.seen == Seen::FoundAfterwards)
                    .then_some(" (found afterwards: not on the shared screen)");
                view! { <li>{e.kind.label()} ": " <bdi>{e.text}</bdi> {after}</li> }
            })
            .collect_view()
    };
    let responders = Memo::new(move |_| {
        let id = id.get();
        store.track(&Part::People);
        store.track(&Part::Moment(id.clone()));
        store.moment_accounts(&id, |r, accounts| walk::responders_at(r, &id, accounts))
    });
    // Memos, so that a step that leaves a list as it was does not redraw its drop-down.
    let others = Memo::new(move |_| {
        let asked = responders.get();
        std::iter::once((String::new(), "Choose a person…".to_string()))
            .chain(store.people(|people| {
                people
                    .iter()
                    .filter(|p| !asked.contains(&p.id))
                    .map(|p| (p.id.to_string(), p.display_name()))
                    .collect::<Vec<_>>()
            }))
            .collect::<Vec<_>>()
    });
    let prompts = Memo::new(move |_| {
        let (kind, stage) = (kind.get(), stage.get());
        std::iter::once((
            String::new(),
            "Nothing: the screen shows no question".to_string(),
        ))
        .chain(
            questions::starters(kind, stage)
                .iter()
                .map(|q| (q.to_string(), format!("Starter: {q}"))),
        )
        .chain(questions::FAMILIES.iter().flat_map(|f| {
            f.prompts.iter().map(move |q| {
                let marker = if f.hypothetical {
                    " (hypothetical)"
                } else {
                    ""
                };
                (q.to_string(), format!("{}{marker}: {q}", f.name))
            })
        }))
        .chain([(
            questions::TO_THE_ROOM.to_string(),
            format!("To the room: {}", questions::TO_THE_ROOM),
        )])
        .collect::<Vec<_>>()
    });

    view! {
        <section class="moment-at-hand" id="moment-at-hand" tabindex="-1" aria-label="Current moment">
            <p class="moment-line">
                <time class="moment-time">{when}</time>
                <KindBadge kind/>
                {move || moment.get().is_some_and(|m| m.pivot).then_some(view! { <span class="moment-tags">"⚑ Pivot"</span> })}
            </p>
            <p class="moment-big">{move || moment.get().map(|m| m.description).unwrap_or_default()}</p>
            <p class="moment-people">{people}</p>
            <ul class="moment-evidence" aria-label="Evidence">{evidence}</ul>
            <p class="starters">
                <strong>"To open this moment: "</strong>
                {move || questions::starters(kind.get(), stage.get()).join(" ")}
            </p>
            <div class="accounts" on:focusin=move |ev| panels::entered(ev.target())>
                // Keyed by person: someone asked at the next moment too keeps their panel, which
                // then shows that moment's account.
                <For each=move || responders.get() key=|p| p.clone() let:person>
                    <AccountPanel moment=id person kind/>
                </For>
            </div>
            {move || {
                let options = others.get();
                (options.len() > 1).then(|| view! {
                    <ActionSelect
                        label="Add an account for"
                        options
                        value=Signal::derive(String::new)
                        set=move |person: String| {
                            if !person.is_empty() {
                                let person = Id(person);
                                store.ensure_account(
                                    &id.get_untracked(),
                                    &person,
                                    AccountSource::Meeting,
                                    || console.app.new_id("a"),
                                );
                                // Into the new account, where the facilitator writes next.
                                let first = question_id(&person, questions::CORE[0]);
                                request_animation_frame(move || focus_by_id(first));
                            }
                        }
                    />
                })
            }}
            <OpenNotes notes=open_notes/>
            <div class="shared-choices">
            {move || {
                    let options = prompts.get();
                    view! {
                        <ActionSelect
                            label="Question on the shared screen"
                            options
                            value=Signal::derive(move || store.read(&Part::Meeting, |r| r.session.prompt.clone()))
                            set=move |q: String| console.show(|s| s.prompt = q)
                        />
                    }
                }}
                <CheckField
                    label="Show this moment's accounts on the shared screen"
                    checked=Signal::derive(move || store.read(&Part::Meeting, |r| r.session.show_accounts))
                    set=show_accounts
                />
            </div>
            <Show when=move || confirming.get()>
                <Modal title="Language notes are still open" on_close=Callback::new(move |_| confirming_at.set(None))>
                    <p>
                        {move || format!(
                            "These accounts still hold {} open language note(s). The room would read them as written.",
                            open_notes.with(Vec::len)
                        )}
                    </p>
                    <div class="dialog-actions">
                        <Button
                            class="primary"
                            on_click=move |_| {
                                confirming_at.set(None);
                                // After the dialog has given the focus back to the checkbox.
                                request_animation_frame(|| focus_by_id("open-notes-first".into()));
                            }
                            label="Review them first"
                        />
                        <Button
                            on_click=move |_| {
                                confirming_at.set(None);
                                console.show(|s| s.show_accounts = true);
                            }
                            label="Show them anyway"
                        />
                    </div>
                </Modal>
            </Show>
            {move || {
                let moment = id.get();
                view! { <FacilitatorNotes moment/> }
            }}
        </section>
    }
}

/// What a panel has asked at one moment: which families were asked or written in, whether all
/// are open, and the last one asked. Made anew for each moment the panel shows.
#[derive(Clone, Copy, PartialEq)]
struct Asking {
    asked: RwSignal<Vec<AccountField>>,
    more: RwSignal<bool>,
    last_asked: RwSignal<Option<AccountField>>,
}

/// One responder's account of the moment at hand, one field per question family. The panel
/// stays while the person is asked at the next moment, and shows that moment's account.
#[component]
fn AccountPanel(moment: Memo<Id>, person: Id, kind: Signal<MomentKind>) -> impl IntoView {
    let console = Console::here();
    let store = console.store;
    let person = StoredValue::new(person);
    // The person's name, and their role for the heading.
    let person_named = Memo::new(move |_| {
        store.read(&Part::People, |r| {
            r.person(&person.get_value())
                .map(|p| (p.display_name(), p.role.label().to_string()))
                .unwrap_or_default()
        })
    });
    let who = Signal::derive(move || person_named.with(|(name, _)| name.clone()));
    let account = Memo::new(move |_| store.account_of(&moment.get(), &person.get_value()));
    // Families asked (or written in) at this moment: they stay open. The core is always open.
    // The signals are the memo's own, so that the next moment starts with none asked.
    let asking = Memo::new(move |_| {
        moment.track();
        Asking {
            asked: RwSignal::new(Vec::new()),
            more: RwSignal::new(false),
            last_asked: RwSignal::new(None),
        }
    });
    let answered = move |field: AccountField| {
        account
            .get()
            .and_then(|id| store.account(&id, |a| !a.field(field).trim().is_empty()))
            .unwrap_or(false)
    };
    let next = Memo::new(move |_| {
        let record = account
            .get()
            .and_then(|id| store.account(&id, Clone::clone));
        asking
            .get()
            .asked
            .with(|asked| questions::next_question(record.as_ref(), kind.get(), asked))
    });
    let ask = move |_| {
        let Some(field) = next.get_untracked() else {
            return;
        };
        let asking = asking.get_untracked();
        asking.asked.update(|a| a.push(field));
        asking.last_asked.set(Some(field));
        let target = question_id(&person.get_value(), field);
        request_animation_frame(move || focus_by_id(target));
    };
    let show_question = move |field: AccountField| {
        let question = questions::family_of(field).prompts[0].to_string();
        console.show(|s| s.prompt = question);
    };
    let show = move |_| {
        let last = asking.get_untracked().last_asked.get_untracked();
        if let Some(field) = last.or(next.get_untracked()) {
            show_question(field);
        }
    };
    let heading_id = super::widgets::dom_id("account");
    let labelled_by = heading_id.clone();
    let families = questions::FAMILIES
        .iter()
        .chain([&questions::NOTES])
        .copied()
        .map(|family| {
            let field = family.field;
            let value = Signal::derive(move || {
                account
                    .get()
                    .and_then(|id| store.account(&id, |a| a.field(field).clone()))
                    .unwrap_or_default()
            });
            let set = move |text: String| {
                let id = store.ensure_account(
                    &moment.get_untracked(),
                    &person.get_value(),
                    AccountSource::Meeting,
                    || console.app.new_id("a"),
                );
                store.edit_account(&id, |a| *a.field_mut(field) = text);
                // Written in, it stays open, even if the text is taken out again.
                let asked = asking.get_untracked().asked;
                if !asked.with_untracked(|a| a.contains(&field)) {
                    asked.update(|a| a.push(field));
                }
            };
            let label = if family.hypothetical {
                format!("{} (hypothetical: ask only after the account)", family.name)
            } else {
                family.name.to_string()
            };
            let field_name = Signal::derive(move || {
                account
                    .get()
                    .map(|id| language::account_field_name(&id, field))
                    .unwrap_or_default()
            });
            // A family is drawn the first time it opens and from then on only hidden, so that
            // a field never moves or is redrawn under the person typing in it. Drawn before it
            // first opens, the eleven families most moments never open made each new panel,
            // one per step of the walk, three times the work.
            let open = move || {
                questions::CORE.contains(&field)
                    || asking.get().more.get()
                    || asking.get().asked.with(|a| a.contains(&field))
                    || answered(field)
            };
            let drawn = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open());
            let id = question_id(&person.get_value(), field);
            // Told off the record in an interview: the facilitator knows it, the room never sees it.
            let off = move || {
                account
                    .get()
                    .and_then(|id| store.account(&id, |a| a.is_off_record(field)))
                    .unwrap_or(false)
            };
            // From inside the answer, without leaving it: the question it answers goes on the
            // shared screen ("s" works only outside a text field, as it is a letter there).
            // Only from the answer itself (not a language note's button beside it), and not
            // while an input method is composing or the key repeats.
            let show_own_question = move |ev: leptos::ev::KeyboardEvent| {
                let in_answer = ev
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(t).ok())
                    .is_some();
                let chord = ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) && !ev.alt_key();
                if in_answer && chord && !ev.is_composing() && ev.key_code() != 229 && !ev.repeat() {
                    ev.prevent_default();
                    asking.get_untracked().last_asked.set(Some(field));
                    show_question(field);
                }
            };
            view! {
                <div class="family" hidden=move || !open() on:keydown=show_own_question>
                    <Show when=move || drawn.get()>
                        <GuardedArea label=label.clone() value set field=field_name id=id.clone() hint=family.prompts[0]/>
                    </Show>
                    <p class="hint off-record" hidden=move || !off()>
                        "Off the record: never on the shared screen or in a report."
                    </p>
                </div>
            }
        })
        .collect_view();
    let next_text = move || match next.get() {
        Some(field) => {
            let family = questions::family_of(field);
            let marker = if family.hypothetical {
                " (hypothetical)"
            } else {
                ""
            };
            format!("Next{marker}: {}", family.prompts[0])
        }
        None => "Every question has an answer.".to_string(),
    };
    view! {
        <article class="account" aria-labelledby=labelled_by>
            // The name isolated: a right-to-left mark left open in it would turn the role
            // after it around.
            <h3 id=heading_id>
                <bdi>{move || who.get()}</bdi>
                {move || person_named.with(|(_, role)| format!(" ({role})"))}
            </h3>
            {families}
            <p class="next-question">{next_text}</p>
            <div class="account-actions">
                <button type="button" data-action="ask" on:click=ask disabled=move || next.get().is_none()>
                    "Ask next question"
                </button>
                <button type="button" class="quiet" data-action="show" on:click=show>
                    "Show question on shared screen"
                </button>
                <button
                    type="button"
                    class="quiet"
                    aria-expanded=move || if asking.get().more.get() { "true" } else { "false" }
                    on:click=move |_| asking.get_untracked().more.update(|m| *m = !*m)
                >
                    {move || if asking.get().more.get() { "Fewer questions" } else { "All questions" }}
                </button>
            </div>
            <QuestionQueue person=person.get_value() name=who/>
        </article>
    }
}

/// The page id of a responder's answer field at the moment at hand (the only moment whose
/// fields are drawn), so that a language note can lead to it.
fn question_id(person: &Id, field: AccountField) -> String {
    format!("q-{person}-{}", field.key())
}

/// The open language notes in this moment's accounts, each a button that goes to its field.
/// Never on the shared screen: only the console draws it.
#[component]
fn OpenNotes(notes: Memo<Vec<language::OpenNote>>) -> impl IntoView {
    let store = use_store();
    let item = move |(index, note): (usize, language::OpenNote)| {
        let who = store.read(&Part::People, |r| {
            r.person(&note.person)
                .map(|p| p.display_name())
                .unwrap_or_default()
        });
        let question = questions::family_of(note.field).name;
        let label = format!(
            "\u{201c}{}\u{201d} in {who}\u{2019}s {question}",
            note.finding.phrase
        );
        let target = question_id(&note.person, note.field);
        view! {
            <li>
                <button
                    type="button"
                    class="link"
                    id=(index == 0).then_some("open-notes-first")
                    on:click=move |_| focus_by_id(target.clone())
                >
                    {label}
                </button>
            </li>
        }
    };
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <div class="open-notes">
                <p class="hint">"Language notes still open at this moment (only here, never on the shared screen):"</p>
                <ul aria-label="Open language notes">
                    {move || notes.get().into_iter().enumerate().map(item).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// The facilitator's private notes on the moment, open questions and "obvious to everyone?".
#[component]
fn FacilitatorNotes(moment: Id) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let moment = StoredValue::new(moment);
    let note_of = move |kind: NoteKind| {
        store.read(&Part::Meeting, |r| {
            r.notes
                .iter()
                .filter(|n| n.moment.as_ref() == Some(&moment.get_value()) && n.kind == kind)
                .map(|n| n.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let main_note = Signal::derive(move || note_of(NoteKind::Note).into_iter().next());
    let text_of = move |id: &Id| {
        store.read(&Part::Meeting, |r| {
            r.notes
                .iter()
                .find(|n| &n.id == id)
                .map(|n| n.text.clone())
                .unwrap_or_default()
        })
    };
    let set_note = move |id: Option<Id>, kind: NoteKind, text: String| {
        store.write(&[Part::Meeting], |r| {
            match id.and_then(|id| r.notes.iter_mut().find(|n| n.id == id)) {
                Some(note) => note.text = text,
                None => r.notes.push(Note {
                    id: app.new_id("n"),
                    moment: Some(moment.get_value()),
                    kind,
                    text,
                    resolved: false,
                }),
            }
        });
    };
    let add = move |kind: NoteKind, text: &str| {
        let id = app.new_id("n");
        let focus = format!("note-{id}");
        store.write(&[Part::Meeting], |r| {
            r.notes.push(Note {
                id,
                moment: Some(moment.get_value()),
                kind,
                text: text.to_string(),
                resolved: false,
            })
        });
        focus_by_id(focus);
    };
    // Every other note on the moment: open questions, "obvious to everyone?", and notes that
    // came from elsewhere (a worksheet's answers, a value a file held that could not be read).
    let others = move || {
        let main = main_note.get();
        store
            .read(&Part::Meeting, |r| r.note_ids_on(Some(&moment.get_value())))
            .into_iter()
            .filter(|id| Some(id) != main.as_ref())
            .collect::<Vec<_>>()
    };
    view! {
        <div class="facilitator-notes">
            <h3>"Facilitator notes (never on the shared screen)"</h3>
            <GuardedArea
                label="Facilitator notes"
                id="facilitator-notes"
                value=Signal::derive(move || main_note.get().map(|id| text_of(&id)).unwrap_or_default())
                set=move |text: String| set_note(main_note.get_untracked(), NoteKind::Note, text)
                field=Signal::derive(move || main_note.get().map(|id| format!("note:{id}")).unwrap_or_default())
            />
            <div class="dialog-actions">
                <Button on_click=move |_| add(NoteKind::OpenQuestion, "") label="Add open question"/>
                <Button
                    on_click=move |_| add(NoteKind::Obvious, "Is that obvious to everyone? ")
                    label="Is that obvious to everyone?"
                />
            </div>
            <For each=others key=|id| id.clone() let:note>
                <NoteField note after_remove="facilitator-notes"/>
            </For>
        </div>
    }
}

/// Later moments and evidence found afterwards, for the facilitator only, clearly marked.
#[component]
fn PeekAhead() -> impl IntoView {
    let store = use_store();
    let ahead = move || {
        store.read(&Part::Meeting, |_| ());
        store.timeline(|r| {
            let zone = &r.time_zone;
            let order = r.timeline_order();
            let from = walk::position(r).map_or(0, |p| p + 1);
            let mut lines: Vec<String> = order[from.min(order.len())..]
                .iter()
                .map(|&i| {
                    let m = &r.moments[i];
                    format!(
                        "{} · {}",
                        moment_time_label(m.at, m.precision, zone, &IntlZones, true),
                        m.description
                    )
                })
                .collect();
            if let Some(end) = r.incident_end {
                lines.push(format!(
                    "Incident end: {}",
                    crate::model::time::date_time_label(end, zone, &IntlZones)
                ));
            }
            lines
        })
    };
    view! {
        <aside class="peek banner banner-warning" aria-label="Peeking ahead">
            <p>
                <strong>"Peeking ahead."</strong>
                " Only you see this; the shared screen still shows only what was known at this moment."
            </p>
            <ul>{move || ahead().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
        </aside>
    }
}

/// Fix ideas set aside during the meeting, each with the moment it came from.
#[component]
fn ParkingLot() -> impl IntoView {
    let console = Console::here();
    let store = console.store;
    let app = console.app;
    let idea = super::browser::Draft::new(format!("{}:idea", store.id()));
    let park = move || {
        let text = idea.text.get_untracked().trim().to_string();
        if text.is_empty() {
            focus_by_id("idea-to-park".into());
            return;
        }
        let parked = ParkedIdea {
            id: app.new_id("i"),
            text,
            moment: store.untracked(|r| r.session.current.clone()),
            created_at: now(),
        };
        store.write(&[Part::Meeting], |r| r.parking_lot.push(parked));
        idea.set(String::new());
    };
    let ids = move || {
        store.read(&Part::Meeting, |r| {
            r.parking_lot
                .iter()
                .map(|i| i.id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="parking-lot" aria-labelledby="parking-heading">
            <h3 id="parking-heading">"Parking lot"</h3>
            <form class="inline-add" on:submit=move |ev| { ev.prevent_default(); park(); }>
                <TextField label="Idea to park" id="idea-to-park" value=idea.text set=move |v: String| idea.set(v)/>
                <Button on_click=move |_| park() label="Park idea"/>
            </form>
            <ul aria-label="Parked ideas">
                <For each=ids key=|id| id.clone() let:id>
                    <ParkedRow id/>
                </For>
            </ul>
            <CheckField
                label="Show the parking lot on the shared screen"
                checked=Signal::derive(move || store.read(&Part::Meeting, |r| r.session.show_parking_lot))
                set=move |on: bool| console.show(|s| s.show_parking_lot = on)
            />
        </section>
    }
}

/// One parked idea: its text to edit, where it came from, and moving or removing it (with an
/// undo). The idea keeps its moment whatever happens to its text or place.
#[component]
fn ParkedRow(id: Id) -> impl IntoView {
    let console = Console::here();
    let (store, app) = (console.store, console.app);
    let id = StoredValue::new(id);
    let text = Signal::derive(move || {
        store.read(&Part::Meeting, |r| {
            r.parked(&id.get_value())
                .map(|i| i.text.clone())
                .unwrap_or_default()
        })
    });
    let from = move || {
        store.read(&Part::Meeting, |r| {
            let moment = r.parked(&id.get_value()).and_then(|i| i.moment.as_ref());
            walk::parked_from(r, moment, &IntlZones)
        })
    };
    // Taken up in the Opportunities phase: said, so that it is not raised twice.
    let taken_up = move || {
        store.read(&Part::Synthesis, |r| {
            r.taken_up_as(&id.get_value()).map(|o| {
                format!(
                    "Taken up as the opportunity \u{201c}{}\u{201d}.",
                    o.title.trim()
                )
            })
        })
    };
    let dom = move |what: &str| format!("idea-{what}-{}", id.get_value());
    let shift = move |up: bool| {
        let moved = store.write(&[Part::Meeting], |r| r.move_parked(&id.get_value(), up));
        if moved == Some(true) {
            console.autosave.flush_soon();
        }
        // Moving the row moves its button too, which drops the focus: give it back once the
        // list has been redrawn.
        let button = dom(if up { "up" } else { "down" });
        request_animation_frame(move || focus_by_id(button));
    };
    let remove = move |_| {
        let Some(Some((at, idea))) =
            store.write(&[Part::Meeting], |r| r.remove_parked(&id.get_value()))
        else {
            return;
        };
        console.autosave.flush_soon();
        let text = format!("Removed the parked idea \u{201c}{}\u{201d}.", idea.text);
        app.notice.set(Some(Notice {
            failure: false,
            text,
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                let idea = idea.clone();
                store.write(&[Part::Meeting], |r| r.restore_parked(at, idea));
            }))),
        }));
        // The focus, gone with the button, goes to the notice's Undo, as for every removal.
    };
    view! {
        <li>
            <div role="group" class="parked-idea" aria-label=move || format!("Parked idea: {}", text.get())>
                <TextField
                    label="Idea"
                    value=text
                    set=move |v: String| {
                        store.write(&[Part::Meeting], |r| {
                            if let Some(idea) = r.parked_mut(&id.get_value()) {
                                idea.text = v;
                            }
                        });
                    }
                />
                <span class="hint">{from}</span>
                {move || taken_up().map(|said| view! { <span class="hint taken-up">{said}</span> })}
                <button type="button" id=dom("up") on:click=move |_| shift(true)>"Move up"</button>
                <button type="button" id=dom("down") on:click=move |_| shift(false)>"Move down"</button>
                <Button class="danger quiet" on_click=remove label="Remove"/>
            </div>
        </li>
    }
}

#[component]
fn HelpOverlay(close: Callback<()>) -> impl IntoView {
    let keys = [
        ("n or →", "Next moment"),
        ("p or ←", "Previous moment"),
        ("j", "Jump to a moment"),
        ("i", "Park an idea (type it, then Enter)"),
        ("a", "The next responder's first empty question"),
        (
            "q",
            "Ask that responder the next question: the focus goes to its answer",
        ),
        (
            "s",
            "Show the question last asked on the shared screen (from an answer: Esc first, or Ctrl+Enter for its own)",
        ),
        (
            "Ctrl+Enter (⌘+Enter on a Mac)",
            "In an answer: show the question it answers on the shared screen",
        ),
        ("?", "These shortcuts"),
        (
            "Esc",
            "Close this, or leave a text field so that the shortcuts work",
        ),
    ];
    let keys = keys
        .into_iter()
        .map(|(key, what)| (key.to_string(), what.to_string()))
        .collect();
    view! { <ShortcutHelp keys close/> }
}

/// The responders' panels of the current moment, for the keys that work on "the responder":
/// the one the person worked in last, and reaching into it. Only the page knows which panel
/// holds the focus, so this reads the page rather than the review.
mod panels {
    use std::cell::Cell;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

    thread_local! {
        static LAST: Cell<Option<usize>> = const { Cell::new(None) };
    }

    fn all(selector: &str, within: Option<&Element>) -> Vec<Element> {
        let list = match within {
            Some(element) => element.query_selector_all(selector),
            None => leptos::prelude::document().query_selector_all(selector),
        };
        list.map(|l| {
            (0..l.length())
                .filter_map(|i| l.item(i)?.dyn_into::<Element>().ok())
                .collect()
        })
        .unwrap_or_default()
    }

    /// Remembers the panel that holds `target` (the focus moved inside the accounts).
    pub fn entered(target: Option<web_sys::EventTarget>) {
        let Some(node) = target.and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else {
            return;
        };
        if let Some(i) = all("article.account", None)
            .iter()
            .position(|p| p.contains(Some(&node)))
        {
            LAST.with(|l| l.set(Some(i)));
        }
    }

    /// Puts the focus in the first empty open field of the responder after the last one
    /// worked in (the first responder to begin with).
    pub fn next_responder() {
        let panels = all("article.account", None);
        if panels.is_empty() {
            return;
        }
        let i = LAST.with(Cell::get).map_or(0, |i| (i + 1) % panels.len());
        let fields = all(".family:not([hidden]) textarea", Some(&panels[i]));
        let empty = fields.iter().find(|f| {
            f.dyn_ref::<HtmlTextAreaElement>()
                .is_some_and(|t| t.value().trim().is_empty())
        });
        if let Some(field) = empty
            .or(fields.first())
            .and_then(|f| f.dyn_ref::<HtmlElement>())
        {
            let _ = field.focus();
        }
        LAST.with(|l| l.set(Some(i)));
    }

    /// Presses the button marked `data-action` in the panel of the responder last worked in.
    pub fn act(action: &str) {
        let panels = all("article.account", None);
        let i = LAST.with(Cell::get).unwrap_or(0);
        let button = panels
            .get(i)
            .and_then(|p| {
                p.query_selector(&format!("[data-action={action}]"))
                    .ok()
                    .flatten()
            })
            .and_then(|b| b.dyn_into::<HtmlElement>().ok());
        if let Some(button) = button {
            button.click();
        }
    }
}
