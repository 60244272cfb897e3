//! The presenter view: the shared screen the room looks at during the walk-through.
//!
//! It is read-only: it reads the review from storage and follows the console through storage
//! events, a step of the walk through the console's journal (`io::following`); it opens no
//! store and no autosave, so nothing here can write a review. It shows only what
//! `method::hindsight::room_view` returns: moments up to the current one, evidence seen during
//! the incident, the question being asked, and, when the facilitator chooses, the accounts, the
//! ground rules or the parking lot.

use super::app::use_app;
use super::browser::IntlZones;
use super::library::display_title;
use super::picture::IncidentPicture;
use super::timeline::{kind_badge, KindBadge};
use super::widgets::Button;
use crate::io::following::{FollowedReview, Saved};
use crate::io::library;
use crate::method::clock;
use crate::method::hindsight::{held_view, room_digest, shows_no_more, RoomMoment, RoomView};
use crate::method::picture::Scene;
use crate::method::walk;
use crate::model::time::moment_time_label;
use crate::model::{Id, MomentKind, Session};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Presenter(id: Id) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    // Opened on its own, not by the console, at a walk left past its first moment: the
    // facilitator has not chosen to show that moment yet.
    let view_of = move |copy: &mut FollowedReview| {
        let by_console = window()
            .opener()
            .is_ok_and(|o| !o.is_null() && !o.is_undefined());
        if !by_console && walk::resumed_at(copy.review()).is_some() {
            held_view(copy.review())
        } else {
            copy.room_view()
        }
    };
    // The review as read, following the console's journal between saves
    // (`io::following`): a step is shown without reading the whole review again.
    let copy = StoredValue::new(None::<FollowedReview>);
    // What the room sees, and what stops it being shown. Each part of the screen follows its
    // own part of the view: at 2,000 moments, drawing the whole screen again for each step
    // made the room wait for the timeline so far to be drawn anew.
    let room = RwSignal::new(RoomView::default());
    let problem = RwSignal::new(None::<String>);
    let show_copy = move || {
        let Some(view) = copy.try_update_value(|c| c.as_mut().map(view_of)).flatten() else {
            return;
        };
        if room.with_untracked(|shown| shown != &view) {
            room.set(view);
        }
        if problem.with_untracked(Option::is_some) {
            problem.set(None);
        }
    };
    let follow_review = move || {
        let mut ids = app.id_gen();
        let read = super::browser::measured("tunnel: the shared screen reads the review", || {
            app.reviews
                .with_value(|r| r.load(&id.get_value(), &mut ids))
        });
        match read {
            Ok(loaded) => {
                copy.update_value(|c| match c {
                    // Journals held of the revision read go in again: a step shown from the
                    // journal before the read stays shown.
                    Some(c) => {
                        c.read_again(loaded.review, loaded.revision);
                    }
                    None => *c = Some(FollowedReview::new(loaded.review, loaded.revision)),
                });
                show_copy();
            }
            Err(problem_read) => {
                problem.set(Some(problem_read.message));
                copy.set_value(None);
            }
        }
    };
    follow_review();
    let key = library::revision_key(&id.get_value());
    // A window's journal (`None`: removed), seen in storage or `handed` over by the console.
    // `false` when `key` is not a journal of this review.
    let take_journal = move |key: &str, text: Option<String>, handed: bool| {
        let Some(window) = library::journal_window_of(key, &id.get_value()) else {
            return false;
        };
        let moved = copy
            .try_update_value(|c| {
                c.as_mut()
                    .is_some_and(|c| c.journal(window, text.as_deref(), handed))
            })
            .unwrap_or(false);
        if moved {
            show_copy();
        }
        true
    };
    // The console that opened this window hands it each journal as it writes it
    // (`Autosave::journal_to`): [key, text], from that window only.
    let handed = window_event_listener(leptos::ev::message, move |event| {
        let from_opener = match (event.source(), window().opener()) {
            (Some(source), Ok(opener)) => js_sys::Object::is(&source, &opener),
            _ => false,
        };
        if !from_opener {
            return;
        }
        let Ok(message) = event.data().dyn_into::<js_sys::Array>() else {
            return;
        };
        if let (Some(key), Some(text)) = (message.get(0).as_string(), message.get(1).as_string()) {
            take_journal(&key, Some(text), true);
        }
    });
    let follow = window_event_listener(leptos::ev::storage, move |event| {
        let Some(changed) = event.key() else { return };
        if take_journal(&changed, event.new_value(), false) {
            return;
        }
        if changed != key {
            return;
        }
        let value = event.new_value().unwrap_or_default();
        let (revision, writer) = library::parse_revision(&value);
        let followed = copy
            .try_update_value(|c| c.as_mut().map(|c| c.saved(revision, writer, room_digest)))
            .flatten();
        // The copy is the save when the save says so (its check, stored beside it, is the
        // copy's); any other save is read.
        let stored = app.reviews.with_value(|r| r.room_digest(&id.get_value()));
        match followed {
            Some(Saved::Followed { check }) if stored == Some(check) => show_copy(),
            _ => follow_review(),
        }
    });
    // After a sleep or a lost event, catch up when the window is looked at again.
    let catch_up = window_event_listener_untyped("visibilitychange", move |_| follow_review());
    on_cleanup(move || {
        follow.remove();
        handed.remove();
        catch_up.remove();
    });
    // The theme chosen in this window outlives a reload of it (a projector's window is often
    // reloaded when it was dragged to the other screen); until one is chosen, the system's.
    let dark = RwSignal::new(
        super::browser::remembered_either(THEME_CHOICE).unwrap_or_else(|| {
            window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches())
        }),
    );
    let title = Memo::new(move |_| room.with(|v| display_title(&v.title)));
    Effect::new(move |_| {
        document().set_title(&format!("{} · shared screen · Tunnel", title.get()));
    });
    Effect::new(move |_| {
        room.track();
        problem.track();
        // Once the new view is drawn.
        request_animation_frame(fit_to_window);
    });
    let resized = window_event_listener(leptos::ev::resize, move |_| fit_to_window());
    on_cleanup(move || resized.remove());

    view! {
        <main class="presenter" class:dark=move || dark.get() class:light=move || !dark.get()>
            <div class="presenter-bar">
                <h1 class="presenter-title">{title}</h1>
                <span class="presenter-position">
                    {move || match (problem.with(Option::is_some), room.with(|v| v.position)) {
                        (true, _) => String::new(),
                        (false, 0) => "Not started".to_string(),
                        (false, position) => format!("Moment {position}"),
                    }}
                </span>
                {move || {
                    shown(room, |v| v.clock.clone())
                        .get()
                        .filter(|_| problem.with(Option::is_none))
                        .map(|session| view! { <RoomClock session/> })
                }}
                <Button
                    class="quiet"
                    on_click=move |_| {
                        dark.update(|d| *d = !*d);
                        super::browser::remember_either(THEME_CHOICE, dark.get_untracked());
                    }
                    label=move || if dark.get() { "Light theme" } else { "Dark theme" }
                />
            </div>
            {move || match problem.get() {
                None => view! { <Room view=room.read_only()/> }.into_any(),
                Some(message) => view! {
                    <p role="alert" class="presenter-problem">
                        "The shared screen cannot show this review: " {message}
                        " If this browser keeps nothing (private mode), show the console window instead."
                    </p>
                }
                .into_any(),
            }}
        </main>
    }
}

/// The key under which this window keeps the theme chosen for the shared screen.
const THEME_CHOICE: &str = "presenter-dark";

/// How many steps smaller the shared screen may be drawn (`style/main.css`, `data-fit`).
const FIT_STEPS: u32 = 5;

/// Nobody in the room can scroll the shared screen: when what is shown (a long moment, the
/// accounts, the rules and the parking lot at once) runs past the window, it is drawn a step
/// smaller until it fits, down to six tenths of its size; past that, it scrolls. The timeline
/// so far, last on the screen, grows with every moment walked: it may run past the bottom,
/// and is not made to fit, nor drawn smaller (its size is not in `em`): each step tried would
/// lay it out again, which took about 125 ms at 2,000 moments.
fn fit_to_window() {
    let document = document();
    let Some(main) = document.query_selector("main.presenter").ok().flatten() else {
        return;
    };
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(f64::MAX);
    let bottom = || {
        let Ok(shown) = main.query_selector_all(":scope > section:not(.room-so-far)") else {
            return 0.0;
        };
        (0..shown.length())
            .filter_map(|i| shown.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.get_bounding_client_rect().bottom() + window().scroll_y().unwrap_or(0.0))
            .fold(0.0, f64::max)
    };
    for step in 0..=FIT_STEPS {
        let _ = main.set_attribute("data-fit", &step.to_string());
        if bottom() <= height {
            break;
        }
    }
}

/// The meeting clock on the shared screen, when the facilitator shows it.
#[component]
fn RoomClock(session: Session) -> impl IntoView {
    let tick = super::widgets::now_every(std::time::Duration::from_secs(1));
    let session = StoredValue::new(session);
    let reading = move || session.with_value(|s| clock::reading(s, tick.get()));
    view! {
        <span class="presenter-clock" class:over=move || reading().phase_over() role="timer" aria-label="Meeting clock">
            {move || reading().text()}
        </span>
    }
}

/// One part of what the room sees, followed on its own: it is drawn again only when it changes.
fn shown<T: Clone + PartialEq + Send + Sync + 'static>(
    view: impl With<Value = RoomView> + Copy + Send + Sync + 'static,
    part: impl Fn(&RoomView) -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| view.with(|v| part(v)))
}

/// A moment of the timeline so far, as its line shows it.
#[derive(Clone, PartialEq)]
struct SoFarLine {
    /// Everything the line shows, so that a line is drawn again only when it changes.
    key: String,
    when: String,
    kind: MomentKind,
    description: String,
}

/// How many of the moments walked before the current one the "so far" list shows, latest
/// first. Nobody in the room scrolls the shared screen, and a 4K screen shows fewer lines than
/// this below the current moment and the picture; the picture above the list still marks every
/// moment walked. At 2,000 moments, laying out and painting the whole list took 30 to 45 ms of
/// each step's frame (stop 63), for lines nobody could see.
const SO_FAR_LISTED: usize = 60;

/// The times of the moments the room sees: with their dates when they span more than one day.
#[derive(Clone, PartialEq, Default)]
struct RoomTimes {
    /// The latest [`SO_FAR_LISTED`] moments walked before the current one, latest first.
    so_far: Vec<SoFarLine>,
    /// How many moments walked before those are only counted.
    not_listed: usize,
}

impl RoomTimes {
    /// Whether the moments the room sees fall on more than one day.
    fn with_dates(view: &RoomView) -> bool {
        let mut dates = view
            .earlier
            .iter()
            .chain(view.current.iter())
            .map(|m| crate::model::time::to_local(m.at, &view.time_zone, &IntlZones).date);
        let first = dates.next();
        dates.any(|d| Some(d) != first)
    }

    /// The time of the moment at hand, as its line shows it.
    fn current(view: &RoomView) -> String {
        let with_dates = RoomTimes::with_dates(view);
        view.current
            .as_ref()
            .map(|m| moment_time_label(m.at, m.precision, &view.time_zone, &IntlZones, with_dates))
            .unwrap_or_default()
    }

    fn of(view: &RoomView) -> RoomTimes {
        let zone = &view.time_zone;
        let with_dates = RoomTimes::with_dates(view);
        let time =
            |m: &RoomMoment| moment_time_label(m.at, m.precision, zone, &IntlZones, with_dates);
        RoomTimes {
            not_listed: view.earlier.len().saturating_sub(SO_FAR_LISTED),
            so_far: view
                .earlier
                .iter()
                .rev()
                .take(SO_FAR_LISTED)
                .map(|m| {
                    let when = time(m);
                    SoFarLine {
                        key: format!("{}\u{0}{when}\u{0}{:?}\u{0}{}", m.id, m.kind, m.description),
                        when,
                        kind: m.kind,
                        description: m.description.clone(),
                    }
                })
                .collect(),
        }
    }
}

#[component]
fn Room(view: ReadSignal<RoomView>) -> impl IntoView {
    // The parts that list what came before (the picture and the timeline so far) are drawn
    // from `drawn`, which catches up with a step forward a frame after the moment itself is
    // on the screen: at 2,000 moments, drawing them again made the room wait about 20 ms
    // more for the moment it is asked about. Any other change (a step back, a moment moved
    // past the walk) reaches them at once (`hindsight::shows_no_more`), so that they never
    // show a moment later than the one at hand.
    let drawn = RwSignal::new(view.get_untracked());
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let forward = view.with(|now| drawn.with_untracked(|d| shows_no_more(d, now)));
        let mine = latest.get_value() + 1;
        latest.set_value(mine);
        if !forward {
            drawn.set(view.get_untracked());
            return;
        }
        // After the frame that shows the moment, unless a newer view has come since.
        request_animation_frame(move || {
            request_animation_frame(move || {
                if latest.try_get_value() == Some(mine) {
                    drawn.set(view.get_untracked());
                }
            })
        });
    });
    let times = shown(drawn, RoomTimes::of);
    let current_time = shown(view, RoomTimes::current);
    let current = shown(view, |v| v.current.clone());
    let rules = shown(view, |v| v.rules);
    let prompt = shown(view, |v| v.prompt.clone());
    let accounts = shown(view, |v| v.accounts.clone());
    let parking_lot = shown(view, |v| v.parking_lot.clone());
    let held = shown(view, |v| v.held);
    // Built from the room's own view: nothing the room may not see can be drawn.
    let picture = shown(drawn, Scene::of_room);
    let walking = Memo::new(move |_| current.with(Option::is_some));
    let nothing_earlier = Memo::new(move |_| times.with(|t| t.so_far.is_empty()));
    view! {
        {move || rules.get().map(|rules| view! {
            <section class="room-rules" aria-label="Ground rules">
                <h2>"Ground rules"</h2>
                <ul>{rules.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}</ul>
            </section>
        })}
        {move || match current.get() {
            Some(m) => view! {
                <section class="room-current" aria-label="Current moment">
                    <p class="room-when">
                        <time>{move || current_time.get()}</time>
                        <KindBadge kind=m.kind/>
                        {m.pivot.then_some(view! { <span class="moment-tags">"⚑ Pivot"</span> })}
                    </p>
                    <p class=format!("room-description {}", description_size(&m.description))>{m.description.clone()}</p>
                    {(!m.people.is_empty()).then(|| view! { <p class="room-people">{m.people.join(", ")}</p> })}
                    {(!m.evidence.is_empty()).then(|| view! {
                        <ul class="room-evidence" aria-label="What could be seen then">
                            {m.evidence.iter().map(|e| view! { <li>{e.kind.label()} ": " <bdi>{e.text.clone()}</bdi></li> }).collect_view()}
                        </ul>
                    })}
                </section>
            }
            .into_any(),
            None => view! {
                <section class="room-current" aria-label="Current moment">
                    <p class="room-description">
                        {if held.get() {
                            "Waiting for the facilitator: open the shared screen from the walk-through."
                        } else {
                            "The walk-through has not started yet."
                        }}
                    </p>
                </section>
            }
            .into_any(),
        }}
        {move || prompt.with(|p| (!p.is_empty()).then(|| view! {
            <section class="room-prompt" aria-label="Question">
                <p>{p.clone()}</p>
            </section>
        }))}
        {move || accounts.with(|accounts| (!accounts.is_empty()).then(|| view! {
            <section class="room-accounts" aria-label="Accounts">
                {accounts.iter().map(|a| view! {
                    <article class="room-account">
                        <h2>{a.person.clone()}</h2>
                        <dl>
                            {a.answers.iter().map(|(family, text)| view! { <dt>{*family}</dt><dd>{text.clone()}</dd> }).collect_view()}
                        </dl>
                    </article>
                }).collect_view()}
            </section>
        }))}
        {move || parking_lot.with(|ideas| (!ideas.is_empty()).then(|| view! {
            <section class="room-parking" aria-label="Parking lot">
                <h2>"Parking lot"</h2>
                <ul>{ideas.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul>
            </section>
        }))}
        <Show when=move || walking.get()>
            <section class="room-so-far" aria-label="The timeline so far">
                <h2>"So far"</h2>
                <IncidentPicture source=picture/>
                <Show when=move || !nothing_earlier.get()>
                    <ol role="list">
                        <For
                            each=move || times.with(|t| t.so_far.clone())
                            key=|line| line.key.clone()
                            let:line
                        >
                            <li><time>{line.when}</time> " " {kind_badge(line.kind)} " " <bdi>{line.description}</bdi></li>
                        </For>
                    </ol>
                    {move || times.with(|t| (t.not_listed > 0).then(|| view! {
                        <p class="room-so-far-more">{not_listed_text(t.not_listed)}</p>
                    }))}
                </Show>
            </section>
        </Show>
    }
}

/// The line under the "so far" list when earlier moments are only counted.
fn not_listed_text(count: usize) -> String {
    match count {
        1 => "and 1 earlier moment, marked in the picture above".to_string(),
        n => format!("and {n} earlier moments, marked in the picture above"),
    }
}

/// Longer descriptions get smaller type, so that the current moment still fits on a 1920x1080
/// screen without scrolling (a 1,500-character description with four pieces of evidence does).
fn description_size(text: &str) -> &'static str {
    match text.chars().count() {
        0..=160 => "",
        161..=400 => "long",
        401..=900 => "longer",
        _ => "longest",
    }
}
