//! The timeline: the incident's moments in time order, each readable at a glance and editable
//! in place, with quick keyboard entry, filters, silent gaps and evidence.

use super::app::{use_app, AppState, Notice, Undo};
use super::browser::{self, focus_by_id, IntlZones};
use super::fields::{ActionSelect, CheckField, SelectField, TextArea, TextField, WhenField};
use super::parts::{description_notes_part, picture_part, suggestions_part};
use super::timeline_rows::{MomentList, MOVE_TO_DAY, OPEN_FOR_TYPING, SELECT_ROW, TOGGLE_EDITOR};
use super::widgets::{also_went, count, Button, ShortcutHelp};
use crate::io::links::safe_href;
use crate::method::picture::Scene;
use crate::method::{gaps, hindsight, kinds, placement, walk};
use crate::model::filter::TimelineFilter;
use crate::model::time::{offsets_between, to_local};
use crate::model::{
    Evidence, EvidenceKind, Id, Instant, Moment, MomentKind, Person, Precision, Seen,
};
use crate::route::{Route, Source, Tab};
use crate::store::{use_store, Part, ReviewStore};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// Rows drawn when the timeline opens: more than a tall screen holds.
const FIRST_ROWS: usize = 60;
/// Rows added per task after that: about 25 ms of work at 2,000 moments. Each batch is followed
/// by a frame that styles and lays out the rows so far (5 to 13 ms), so fewer, larger batches
/// put the whole list up sooner: 500 rows a batch took about 158 ms to every row at 2,000
/// moments, 1,000 about 142 ms, all at once about 135 ms but in a task of 48 ms.
const ROWS_PER_TASK: usize = 1000;

/// What every row of the timeline shares.
#[derive(Clone, Copy)]
pub(super) struct TimelineView {
    /// Moments whose editor is open.
    pub(super) open: RwSignal<HashSet<Id>>,
    /// Whether times need their dates (the review spans days).
    pub(super) with_dates: Memo<bool>,
    /// The silences that stand out, by the moment after them (milliseconds).
    pub(super) gaps: Memo<HashMap<Id, i64>>,
    /// Whether a filter hides some moments.
    pub(super) filtered: Memo<bool>,
    /// The search's words, lowercased, to mark in the rows.
    pub(super) search_words: Memo<Vec<String>>,
    /// The moments shown, in order.
    pub(super) visible: Memo<Vec<Id>>,
    /// Moments that look as if they landed on the wrong day.
    pub(super) misplaced: Memo<HashMap<Id, placement::Misplaced>>,
    /// Rows ticked to change together; only those shown count (see `chosen`).
    pub(super) selected: RwSignal<HashSet<Id>>,
    /// The row a Shift+click selects from.
    anchor: StoredValue<Option<Id>>,
    /// The last deleted moment, for undo.
    last_deleted: StoredValue<Option<crate::model::RemovedMoment>>,
}

/// The moment deleted last in the open review, for its undo: kept by the review's page, not
/// the Timeline's, so that the notice's Undo still works from another tab.
#[derive(Clone, Copy)]
pub struct LastDeleted(pub StoredValue<Option<crate::model::RemovedMoment>>);

impl TimelineView {
    /// The selected moments that are shown, in timeline order.
    fn chosen(&self) -> Vec<Id> {
        self.selected.with(|selected| {
            self.visible.with(|shown| {
                shown
                    .iter()
                    .filter(|id| selected.contains(*id))
                    .cloned()
                    .collect()
            })
        })
    }
}

#[component]
pub fn Timeline() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    super::parts::fetch_editor();
    on_cleanup(move || stop_adding(app));
    let order = Memo::new(move |_| store.timeline(|r| r.timeline_ids()));
    let with_dates = Memo::new(move |_| {
        store.track(&Part::Details);
        store.timeline(|r| r.spans_days(&IntlZones))
    });
    let filter = RwSignal::new(TimelineFilter::default());
    let filtered = Memo::new(move |_| filter.with(TimelineFilter::is_active));
    let open = RwSignal::new(HashSet::<Id>::new());
    let visible = Memo::new(move |_| {
        if !filtered.get() {
            return order.get();
        }
        // While filtering, the list follows edits of every moment (searching by text).
        for id in order.get() {
            store.track(&Part::Moment(id));
        }
        store.track(&Part::People);
        // A moment being edited stays until its editor is closed, whatever the filter: a
        // word typed that no longer matched took the row, its editor and the focus away, and
        // every key after it was lost. So does a moment just added, blank, under a search.
        open.with(|open| {
            filter.with(|f| {
                let keep = f.matcher(&browser::lowercase);
                store.untracked(|r| {
                    r.timeline_order()
                        .into_iter()
                        .map(|i| &r.moments[i])
                        .filter(|m| open.contains(&m.id) || keep(m, r))
                        .map(|m| m.id.clone())
                        .collect()
                })
            })
        })
    });
    // Silences are judged between the rows shown: a hidden moment neither breaks one nor
    // makes one.
    let gaps = Memo::new(move |_| {
        if filtered.get() {
            let shown: HashSet<Id> = visible.with(|shown| shown.iter().cloned().collect());
            store.untracked(|r| gaps::notable_before(r, Some(&shown)))
        } else {
            order.track();
            store.timeline(|r| gaps::notable_before(r, None))
        }
    });
    let search_words = Memo::new(move |_| filter.with(|f| f.words(&browser::lowercase)));
    let misplaced = Memo::new(move |_| {
        store.track(&Part::Details);
        store.timeline(|r| placement::misplaced(r, &IntlZones))
    });
    let view_state = TimelineView {
        open,
        with_dates,
        gaps,
        filtered,
        search_words,
        visible,
        misplaced,
        selected: RwSignal::new(HashSet::new()),
        anchor: StoredValue::new(None),
        last_deleted: expect_context::<LastDeleted>().0,
    };
    provide_context(view_state);
    // The first screenful is drawn at once, the rest a batch per task, so that arriving at a
    // long timeline shows it within a frame or two; every moment is in the list soon after
    // (for the browser's search and screen readers). Arriving at one moment draws the rows
    // down to it and a screenful past it: drawing all 2,000 there made the page's first frame
    // a task of 57 to 91 ms.
    let rows_to = move |moment: &Id| {
        visible
            .with_untracked(|shown| shown.iter().position(|id| id == moment))
            .map_or(FIRST_ROWS, |at| at + FIRST_ROWS)
    };
    let first = match app.route.get_untracked() {
        Route::Moment(_, moment) => rows_to(&moment),
        _ => FIRST_ROWS,
    };
    let drawn =
        super::widgets::drawn_in_batches(first, ROWS_PER_TASK, move || visible.with(Vec::len));
    // Arriving at one moment (a citation's link): open it and bring it into view.
    Effect::new(move |_| {
        if let Route::Moment(_, moment) = app.route.get() {
            view_state.open.update(|open| {
                open.insert(moment.clone());
            });
            let wanted = rows_to(&moment);
            if drawn.get_untracked() < wanted {
                drawn.set(wanted);
            }
            browser::scroll_to(format!("moment-editor-{moment}"));
        }
    });
    // So are the rows a filter brings back, when there are more than a screenful (the list
    // keeps those it has): clearing a search that had hidden all but one of 2,000 rows made
    // them all in one task of about 140 ms.
    Effect::new(move |before: Option<usize>| {
        let now = visible.with(Vec::len);
        if before.is_some_and(|before| now > before + FIRST_ROWS) {
            drawn.set(FIRST_ROWS);
        }
        now
    });
    let total = move || order.with(Vec::len);
    let shown = move || visible.with(Vec::len);
    // The offset in force on the incident's dates, not today's.
    let zone_note = move || {
        store.details(|_| ());
        let (zone, span) = store.timeline(|r| (r.time_zone.clone(), r.incident_span()));
        let now = crate::storage::now();
        let (from, to) = span.unwrap_or((now, now));
        let offset = offsets_between(&zone, from, to, &IntlZones);
        format!("Times are in {zone} ({offset}); change the zone in Setup.")
    };
    let help = RwSignal::new(false);
    let show_picture = RwSignal::new(false);
    // The picture follows the moments' kinds, words and people while it is shown, once typing
    // pauses: drawn again on every key, it made each keystroke at 2,000 moments a task of about
    // 100 ms. Moments added, removed or moved show at once.
    let settled = super::widgets::after_edits_settle(store);
    let picture_source = Memo::new(move |_| {
        settled.track();
        order.track();
        store.track(&Part::People);
        store.track(&Part::Details);
        store.untracked(Scene::of_review)
    });
    let open_from_picture = Callback::new(move |id: Id| {
        drawn.set(usize::MAX);
        view_state.open.update(|open| {
            open.insert(id.clone());
        });
        browser::scroll_to(format!("moment-editor-{id}"));
        focus_by_id(description_dom_id(&id));
    });
    // "?" opens the shortcut help. Ctrl+Z (Cmd+Z) outside text fields does what the notice's
    // Undo offers (a delete, a kind changed, an import), or else undoes the last delete;
    // inside them it stays the field's own undo.
    let undo_shortcut = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "?" && !browser::typing_in_field(&ev) {
            help.set(true);
            return;
        }
        if (ev.ctrl_key() || ev.meta_key())
            && ev.key().eq_ignore_ascii_case("z")
            && !browser::typing_in_field(&ev)
        {
            ev.prevent_default();
            let offered = app.notice.with_untracked(|n| match n {
                Some(Notice {
                    undo: Some(Undo::Run(action)),
                    ..
                }) => Some(action.clone()),
                _ => None,
            });
            match offered {
                Some(action) => {
                    app.notice.set(None);
                    action();
                }
                None => undo_delete(app, store, view_state),
            }
        }
    });
    on_cleanup(move || undo_shortcut.remove());

    view! {
        <section class="timeline-screen" aria-labelledby="timeline-heading">
            <div class="section-head">
                <h2 id="timeline-heading">"Timeline"</h2>
                <p class="count">
                    {move || match total() {
                        1 => "1 moment".to_string(),
                        n => format!("{n} moments"),
                    }}
                </p>
                <p class="hint zone-note">{zone_note}</p>
                <button
                    type="button"
                    aria-expanded=move || show_picture.get().to_string()
                    aria-controls="incident-picture"
                    on:click=move |_| show_picture.update(|shown| *shown = !*shown)
                >
                    "Picture of the incident"
                </button>
                <Button class="quiet" on_click=move |_| help.set(true) label="Shortcuts" aria_label="Keyboard shortcuts"/>
                <Show when=move || help.get()>
                    <ShortcutHelp keys=timeline_keys() close=Callback::new(move |()| help.set(false))/>
                </Show>
                <Button class="primary" on_click=move |_| add_moment(store, view_state) label="Add moment"/>
                <ImportLinks/>
            </div>
            <Show when=move || show_picture.get()>
                <div id="incident-picture">
                    {picture_part(picture_source.into(), open_from_picture)}
                </div>
            </Show>
            <Show when=move || store.read(&Part::Meeting, |r| r.open_suggestions().next().is_some())>
                {suggestions_part()}
            </Show>
            <div class="timeline-tools">
                <QuickEntry/>
                <FilterBar filter/>
            </div>
            <p class="filter-status" role="status">
                {move || {
                    let (shown, total) = (shown(), total());
                    (shown < total)
                        .then(|| {
                            format!(
                                "Showing {shown} of {total} moments: {} hidden by the filter.",
                                total - shown,
                            )
                        })
                }}
            </p>
            <Show when=move || total() == 0>
                <p class="empty">
                    "No moments yet. Start before the incident, with ordinary work, and add what "
                    "people saw, believed and did, moment by moment."
                </p>
            </Show>
            <SelectionBar/>
            <MomentList
                drawn
                on_click=Callback::new(move |ev| row_click(app, store, view_state, &ev))
                on_key=Callback::new(move |ev| row_key(app, store, view_state, &ev))
            />
        </section>
    }
}

/// The ways to build the timeline from what responders left behind (each opens the import
/// page), and CSV export.
#[component]
fn ImportLinks() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let go = move |source: Source| move |_| app.go(Route::Review(store.id(), Tab::Import(source)));
    let export_csv = move |_| {
        let review = store.snapshot();
        let date = review
            .incident_start
            .map(|at| to_local(at, &review.time_zone, &IntlZones).date);
        let name = crate::io::envelope::export_file_name(&review.title, date, "timeline.csv");
        if let Err(error) = browser::download(&name, "text/csv", &crate::io::csv::export(&review)) {
            app.tell_failure(format!("Could not export the timeline: {error}."));
        }
    };
    view! {
        <div class="import-tools">
            <Button id=Source::Transcript.opener() on_click=go(Source::Transcript) label="Paste transcript"/>
            <Button id=Source::Slack.opener() on_click=go(Source::Slack) label="Import Slack export"/>
            <Button id=Source::Csv.opener() on_click=go(Source::Csv) label="Import CSV"/>
            <Button on_click=export_csv label="Export CSV"/>
        </div>
    }
}

/// A moment being added, waiting for the editor's part, with what is typed meanwhile.
struct Adding {
    press: u64,
    typed: Option<browser::KeysTyped>,
}

thread_local! {
    /// While a moment waits for the editor's part, another press adds nothing.
    static ADDING: std::cell::RefCell<Option<Adding>> = const { std::cell::RefCell::new(None) };
    static PRESSES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Adds a moment just after the last one (or at the incident start) and opens it for typing.
fn add_moment(store: ReviewStore, view_state: TimelineView) {
    if ADDING.with_borrow(Option::is_some) {
        return;
    }
    let press = PRESSES.get() + 1;
    PRESSES.set(press);
    // What is typed before the editor is here starts the moment's description: it went to
    // the button, and was lost.
    let typed = (!super::parts::editor_is_here()).then(browser::KeysTyped::start);
    ADDING.set(Some(Adding { press, typed }));
    let app = use_app();
    super::parts::with_editor(move || {
        // Gone when the timeline was left meanwhile (`stop_adding`): nothing is added where
        // it cannot be seen.
        let Some(adding) = ADDING.with_borrow_mut(|a| a.take_if(|a| a.press == press)) else {
            return;
        };
        let description = adding
            .typed
            .map(browser::KeysTyped::finish)
            .unwrap_or_default();
        if view_state.open.try_get_untracked().is_some() {
            add_moment_now(app, store, view_state, description);
        }
    });
}

/// The timeline is left while a moment waits for the editor: no moment, and what was typed
/// for it is shown until dismissed, so that it can be copied.
fn stop_adding(app: AppState) {
    let Some(adding) = ADDING.take() else {
        return;
    };
    let typed = adding
        .typed
        .map(browser::KeysTyped::finish)
        .unwrap_or_default();
    if !typed.trim().is_empty() {
        app.tell_failure(format!(
            "No moment was added: the timeline was left before it was ready. What you typed \
             for it: \u{201c}{typed}\u{201d}"
        ));
    }
}

fn add_moment_now(
    app: AppState,
    store: ReviewStore,
    view_state: TimelineView,
    description: String,
) {
    let id = app.new_id("m");
    let at = store.untracked(|r| placement::new_moment_at(r, crate::storage::now()));
    store.add_moment(Moment {
        id: id.clone(),
        at,
        source: "typed".into(),
        description,
        ..Moment::default()
    });
    view_state.open.update(|open| {
        open.insert(id.clone());
    });
    focus_by_id(description_dom_id(&id));
}

fn description_dom_id(id: &Id) -> String {
    format!("moment-description-{id}")
}

/// A moment as a notice names it: by the start of its description, or as one without.
fn moment_named(description: &str) -> String {
    let text: String = description.trim().chars().take(60).collect();
    if text.is_empty() {
        "a moment with no description".to_string()
    } else {
        format!("the moment \u{201c}{text}\u{201d}")
    }
}

/// Deletes a moment, offering to undo it.
fn delete_moment(app: AppState, store: ReviewStore, view_state: TimelineView, id: &Id) {
    let Some(removed) = store.remove_moment(id) else {
        return;
    };
    view_state.open.update(|open| {
        open.remove(id);
    });
    let named = moment_named(&removed.moment.description);
    let went = also_went([
        count(removed.accounts.len(), "its account", "its # accounts"),
        count(removed.notes.len(), "a note on it", "# notes on it"),
        count(
            removed.citations.len(),
            "the finding's citation of it",
            "# citations of it",
        ),
    ]);
    let parked = match removed.parked.len() {
        0 => String::new(),
        1 => {
            " An idea parked at it stays in the parking lot, at the moment next to it.".to_string()
        }
        n => format!(" {n} ideas parked at it stay in the parking lot, at the moment next to it."),
    };
    view_state.last_deleted.set_value(Some(removed));
    app.notice.set(Some(Notice {
        failure: false,
        text: format!("Deleted {named}{went}.{parked}"),
        undo: Some(Undo::Run(std::sync::Arc::new(move || {
            undo_delete(app, store, view_state)
        }))),
    }));
}

/// Deletes the selected moments that are shown, offering to undo it in one step (an import's
/// wrong lines, say, once the import's own Undo is gone).
fn delete_moments(app: AppState, store: ReviewStore, view_state: TimelineView) {
    let chosen = view_state.chosen();
    if chosen.is_empty() {
        return;
    }
    let removed = store.remove_moments(&chosen);
    view_state.selected.set(HashSet::new());
    let count = removed.len();
    let accounts: usize = removed.iter().map(|r| r.accounts.len()).sum();
    let taken = std::sync::Mutex::new(Some(removed));
    let with = match accounts {
        0 => String::new(),
        1 => " and 1 account".to_string(),
        n => format!(" and {n} accounts"),
    };
    app.notice.set(Some(Notice {
        failure: false,
        text: format!(
            "Deleted {count} moment{}{with}.",
            if count == 1 { "" } else { "s" }
        ),
        undo: Some(Undo::Run(std::sync::Arc::new(move || {
            let Some(removed) = taken.lock().ok().and_then(|mut t| t.take()) else {
                return;
            };
            let count = removed.len();
            for moment in removed.into_iter().rev() {
                store.restore_moment(moment);
            }
            app.tell(format!(
                "Restored {count} moment{}.",
                if count == 1 { "" } else { "s" }
            ));
        }))),
    }));
}

fn undo_delete(app: AppState, store: ReviewStore, view_state: TimelineView) {
    if let Some(Some(removed)) = view_state.last_deleted.try_update_value(Option::take) {
        let named = moment_named(&removed.moment.description);
        let id = removed.moment.id.clone();
        store.restore_moment(removed);
        // The person goes on where the moment is back, open, not at the notice's buttons.
        // (The Timeline may have been left since: then there is nothing to open.)
        view_state.open.try_update(|open| open.insert(id.clone()));
        focus_by_id(description_dom_id(&id));
        app.tell(format!("Restored {named}."));
    }
}

/// The quick entry's line of text.
const QUICK_TEXT: &str = "quick-entry-text";

/// Keyboard-first entry: a time and a line of text; Enter adds the moment and clears the line
/// for the next one. A time at the start of the text ("10:15 alert fired") is used as well.
/// With the date left empty, a time goes on the day nearest the incident.
#[component]
fn QuickEntry() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let date = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let kind = RwSignal::new(MomentKind::Observation.key().to_string());
    let line = super::browser::Draft::new(format!("{}:moment", store.id()));
    let problem = RwSignal::new(None::<&'static str>);
    let placed = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let boxes = (
            date.get_untracked(),
            time.get_untracked(),
            line.text.get_untracked(),
        );
        let now = crate::storage::now();
        match store.untracked(|r| {
            placement::quick_line(r, (&boxes.0, &boxes.1, &boxes.2), now, &IntlZones)
        }) {
            Ok(entry) => {
                let before = store.untracked(walk::position);
                store.add_moment(Moment {
                    id: app.new_id("m"),
                    at: entry.at,
                    kind: MomentKind::from_key(&kind.get_untracked()).unwrap_or_default(),
                    description: entry.description,
                    precision: if entry.approximate {
                        Precision::Approximate
                    } else if entry.order_only {
                        Precision::OrderOnly
                    } else {
                        Precision::Exact
                    },
                    source: "typed".into(),
                    ..Moment::default()
                });
                placed.set(entry.said);
                if let Some(said) = added_before_the_walk(store, before) {
                    app.tell(said);
                }
                time.set(String::new());
                line.set(String::new());
                problem.set(None);
                // Back where the person typed: "10:15 Alert fires" typed in one box goes on in
                // that box, and the next line must not land in the time's.
                let in_text = document()
                    .active_element()
                    .is_some_and(|e| e.id() == QUICK_TEXT);
                focus_by_id(
                    if in_text {
                        QUICK_TEXT
                    } else {
                        "quick-entry-time"
                    }
                    .into(),
                );
            }
            Err(message) => {
                placed.set(None);
                problem.set(Some(message));
            }
        }
    };
    let kinds = MomentKind::ALL
        .iter()
        .map(|&k| {
            let info = kinds::info(k);
            (
                k.key().to_string(),
                format!("{} {}", info.symbol, info.label),
            )
        })
        .collect();
    view! {
        <form class="quick-entry" aria-label="Quick entry" on:submit=submit>
            <TextField label="Date" input_type="date" aria_label="Quick entry date" value=date set=move |v: String| date.set(v)/>
            <TextField
                label="Time"
                id="quick-entry-time"
                aria_label="Quick entry time"
                placeholder="HH:MM"
                value=time
                set=move |v: String| time.set(v)
            />
            <SelectField label="Kind" aria_label="Quick entry kind" options=kinds value=kind set=move |v: String| kind.set(v)/>
            <div class="grow-field">
                <TextField
                    label="What happened"
                    id=QUICK_TEXT
                    placeholder="10:15 Alert fires"
                    value=line.text
                    set=move |v: String| line.set(v)
                />
            </div>
            <button type="submit" class="primary">"Add to timeline"</button>
            <span class="field-problem" aria-live="polite">{move || problem.get()}</span>
            <span class="entry-placed hint" aria-live="polite">{move || placed.get()}</span>
        </form>
    }
}

/// The search, always at hand, and the rarer filters folded behind "More filters".
#[component]
fn FilterBar(filter: RwSignal<TimelineFilter>) -> impl IntoView {
    let store = use_store();
    let more = RwSignal::new(false);
    let person_options = Signal::derive(move || {
        std::iter::once((String::new(), "Anyone".to_string()))
            .chain(store.people(|people| {
                people
                    .iter()
                    .map(|p| (p.id.to_string(), p.display_name()))
                    .collect::<Vec<_>>()
            }))
            .collect::<Vec<_>>()
    });
    // How many of the folded filters are on, so that a closed panel still says so.
    let folded_on = move || filter.with(|f| f.kinds.len() + usize::from(f.person.is_some()));
    view! {
        <div class="filters" role="group" aria-label="Filter the timeline">
            <TextField
                label="Search the timeline"
                id="timeline-search"
                value=Signal::derive(move || filter.with(|f| f.search.clone()))
                set=move |v: String| filter.update(|f| f.search = v)
            />
            <button
                type="button"
                class="more-filters"
                aria-expanded=move || more.get().to_string()
                aria-controls="more-filters"
                on:click=move |_| more.update(|open| *open = !*open)
            >
                "More filters"
                {move || match folded_on() {
                    0 => String::new(),
                    n => format!(" ({n} on)"),
                }}
            </button>
            <Show when=move || filter.with(TimelineFilter::is_active)>
                <Button on_click=move |_| filter.set(TimelineFilter::default()) label="Show all moments"/>
            </Show>
            <div id="more-filters" class="more-filters-panel" hidden=move || !more.get()>
                {move || {
                    let options = person_options.get();
                    view! {
                        <SelectField
                            label="Person"
                            options
                            value=Signal::derive(move || {
                                filter.with(|f| f.person.as_ref().map(Id::to_string).unwrap_or_default())
                            })
                            set=move |v: String| {
                                filter.update(|f| f.person = (!v.is_empty()).then_some(Id(v)))
                            }
                        />
                    }
                }}
                <fieldset class="kind-filter">
                    <legend>"Kinds (none ticked: all)"</legend>
                    {MomentKind::ALL
                        .iter()
                        .map(|&kind| {
                            let info = kinds::info(kind);
                            view! {
                                <CheckField
                                    label=format!("{} {}", info.symbol, info.label)
                                    checked=Signal::derive(move || filter.with(|f| f.kinds.contains(&kind)))
                                    set=move |on: bool| {
                                        filter.update(|f| {
                                            f.kinds.retain(|k| *k != kind);
                                            if on {
                                                f.kinds.push(kind);
                                            }
                                        })
                                    }
                                />
                            }
                        })
                        .collect_view()}
                </fieldset>
            </div>
        </div>
    }
}

/// The list's one click listener: finds the row and what was clicked in its summary.
fn row_click(
    app: AppState,
    store: ReviewStore,
    view_state: TimelineView,
    event: &web_sys::MouseEvent,
) {
    use wasm_bindgen::JsCast;
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(action) = target.closest("[data-action]").ok().flatten() else {
        return;
    };
    let Some(row) = action.closest("li[data-moment]").ok().flatten() else {
        return;
    };
    let (Some(what), Some(id)) = (
        action.get_attribute("data-action"),
        row.get_attribute("data-moment"),
    ) else {
        return;
    };
    let id = Id(id);
    match what.as_str() {
        SELECT_ROW => {
            select_row(view_state, id.clone(), event.shift_key());
            // The box shows the selection, whatever the click did to it natively (a Shift+click
            // on a ticked box keeps it selected).
            if let Ok(input) = action.dyn_into::<web_sys::HtmlInputElement>() {
                input.set_checked(view_state.selected.with_untracked(|s| s.contains(&id)));
            }
        }
        MOVE_TO_DAY => {
            let to = action
                .get_attribute("data-to")
                .and_then(|ms| ms.parse().ok());
            if let Some(to) = to.and_then(Instant::from_millis) {
                move_moment(app, store, id, to);
            }
        }
        TOGGLE_EDITOR => {
            let closed = view_state.open.try_update(|open| {
                let closed = open.remove(&id);
                if !closed {
                    open.insert(id.clone());
                }
                closed
            });
            // Closed under a filter it no longer matches, the row goes with the focus on its
            // button: the focus goes to the search, which says what is hidden.
            if closed == Some(true)
                && !view_state
                    .visible
                    .with_untracked(|shown| shown.contains(&id))
            {
                request_animation_frame(|| browser::focus_if_lost("#timeline-search".into(), 0));
            }
        }
        OPEN_FOR_TYPING => {
            view_state.open.update(|open| {
                open.insert(id.clone());
            });
            focus_by_id(description_dom_id(&id));
        }
        _ => {}
    }
}

/// Moves a moment to the day it most likely belongs on, and offers to undo it.
fn move_moment(app: AppState, store: ReviewStore, id: Id, to: Instant) {
    let zone = store.untracked(|r| r.time_zone.clone());
    retime(
        app,
        store,
        id,
        to,
        Some(format!("Moved to {}.", day_and_time(to, &zone))),
    );
}

/// Gives a moment a new time. `said` is the notice for the move itself, if any. A new time can
/// move the moment the walk is at past others, or others past it: the shared screen then shows
/// another set of moments before it. That is said at once, with a way back, whichever control
/// changed the time, as a mistyped hour or a wrong day would show the room what came later.
fn retime(app: AppState, store: ReviewStore, id: Id, to: Instant, said: Option<String>) {
    let before = store.untracked(walk::position);
    let mut was = None;
    store.edit_moment(&id, |m| was = Some(std::mem::replace(&mut m.at, to)));
    let Some(was) = was else {
        return;
    };
    let walk = store
        .untracked(|r| walk::moved(before, r))
        .map(|(from, to)| {
            let (from, to) = (from + 1, to + 1);
            format!(
                "With this time, the moment the walk-through is at moves from place {from} to \
                 place {to}. The shared screen shows only the moments walked through before it."
            )
        });
    let text = match (said, walk) {
        (Some(said), Some(walk)) => format!("{said} {walk}"),
        (Some(text), None) | (None, Some(text)) => text,
        (None, None) => return,
    };
    app.notice.set(Some(Notice {
        failure: false,
        text,
        undo: Some(Undo::Run(std::sync::Arc::new(move || {
            store.edit_moment(&id, |m| m.at = was)
        }))),
    }));
}

/// Said after moments were added while the walk is at a moment (`before`: its place then),
/// when some went in before it: the shared screen shows those at once, and a mistyped time
/// would show the room what came later.
pub(super) fn added_before_the_walk(store: ReviewStore, before: Option<usize>) -> Option<String> {
    match store.untracked(|r| walk::added_before(before, r)) {
        0 => None,
        1 => Some(
            "It comes before the moment the walk-through is at: the shared screen shows it \
             once the walk-through has been to it."
                .to_string(),
        ),
        n => Some(format!(
            "{n} of them come before the moment the walk-through is at: the shared screen \
             shows them once the walk-through has been to them."
        )),
    }
}

/// "Tue 14 Jul 2026, 23:41" in the review's zone.
pub(super) fn day_and_time(at: Instant, zone: &str) -> String {
    let local = to_local(at, zone, &IntlZones);
    format!("{}, {}", local.date.human(), local.time.hh_mm())
}

/// Ticks or unticks a row; with Shift, ticks every row shown from the last one ticked.
fn select_row(view_state: TimelineView, id: Id, range: bool) {
    let from = view_state.anchor.get_value();
    let span = from.filter(|_| range).and_then(|from| {
        view_state.visible.with(|shown| {
            let a = shown.iter().position(|x| *x == from)?;
            let b = shown.iter().position(|x| *x == id)?;
            Some(shown[a.min(b)..=a.max(b)].to_vec())
        })
    });
    view_state.selected.update(|selected| match span {
        Some(span) => selected.extend(span),
        None => {
            if !selected.remove(&id) {
                selected.insert(id.clone());
            }
        }
    });
    view_state.anchor.set_value(Some(id));
}

/// Keys on a row (its checkbox or its buttons): a kind's number changes its kind, or the kind
/// of every selected row when it is one of them; arrows move between rows, Shift+arrows
/// select on the way; Escape clears the selection.
fn row_key(
    app: AppState,
    store: ReviewStore,
    view_state: TimelineView,
    event: &web_sys::KeyboardEvent,
) {
    use wasm_bindgen::JsCast;
    if event.ctrl_key() || event.meta_key() || event.alt_key() || browser::typing_in_field(event) {
        return;
    }
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    // Inside an open editor the keys are the editor's own.
    if target.closest(".moment-editor").ok().flatten().is_some() {
        return;
    }
    let Some(row) = target.closest("li[data-moment]").ok().flatten() else {
        return;
    };
    let Some(id) = row.get_attribute("data-moment").map(Id) else {
        return;
    };
    let key = event.key();
    if let Some(kind) = kinds::from_shortcut(&key) {
        let chosen = view_state.chosen();
        let ids = if chosen.contains(&id) {
            chosen
        } else {
            vec![id]
        };
        set_kinds(app, store, &ids, kind);
    } else if key == "ArrowDown" || key == "ArrowUp" {
        let next = if key == "ArrowDown" {
            row.next_element_sibling()
        } else {
            row.previous_element_sibling()
        };
        let Some(next) = next else {
            return;
        };
        if event.shift_key() {
            if let Some(other) = next.get_attribute("data-moment").map(Id) {
                view_state
                    .selected
                    .update(|s| s.extend([id, other.clone()]));
                view_state.anchor.set_value(Some(other));
            }
        }
        // The same control in the next row, so that a column can be walked.
        let action = target.get_attribute("data-action").unwrap_or_default();
        let selector = format!(".moment-summary [data-action=\"{action}\"]");
        if let Ok(Some(control)) = next.query_selector(&selector) {
            if let Ok(control) = control.dyn_into::<web_sys::HtmlElement>() {
                let _ = control.focus();
            }
        }
    } else if key == "Escape" && view_state.selected.with(|s| !s.is_empty()) {
        view_state.selected.set(HashSet::new());
    } else {
        return;
    }
    event.prevent_default();
}

/// Gives `ids` the kind `kind` as one edit, and offers to undo it.
fn set_kinds(app: AppState, store: ReviewStore, ids: &[Id], kind: MomentKind) {
    let before: Vec<(Id, MomentKind)> = ids
        .iter()
        .filter_map(|id| store.moment(id, |m| (id.clone(), m.kind)))
        .filter(|(_, was)| *was != kind)
        .collect();
    let label = kinds::info(kind).label;
    let text = kinds_set_text(ids.len(), before.len(), label);
    if before.is_empty() {
        // Said, so that a key that changed nothing is not taken for one that did not work.
        app.notice.set(Some(Notice {
            failure: false,
            text,
            undo: None,
        }));
        return;
    }
    let changed: Vec<Id> = before.iter().map(|(id, _)| id.clone()).collect();
    store.edit_moments(&changed, |m| m.kind = kind);
    app.notice.set(Some(Notice {
        failure: false,
        text,
        undo: Some(Undo::Run(std::sync::Arc::new(move || {
            for (id, was) in &before {
                store.edit_moment(id, |m| m.kind = *was);
            }
        }))),
    }));
}

/// What giving `selected` moments the kind `label` says when `changed` of them had another
/// kind: the count is of the moments chosen, so that "17" is not read as three lost.
fn kinds_set_text(selected: usize, changed: usize, label: &str) -> String {
    let kept = selected - changed.min(selected);
    match (selected, changed) {
        (1, 0) => format!("This moment is already {label}."),
        (n, 0) => format!("All {n} moments are already {label}."),
        (1, _) => format!("Kind set to {label}."),
        (n, c) if c == n => format!("Kind of {n} moments set to {label}."),
        (n, c) => format!(
            "Kind of {c} of the {n} moments set to {label}; the other {kept} {} already.",
            if kept == 1 { "was" } else { "were" }
        ),
    }
}

/// The keys of the timeline, for its shortcut help.
fn timeline_keys() -> Vec<(String, String)> {
    let mut keys: Vec<(String, String)> = MomentKind::ALL
        .iter()
        .map(|&kind| {
            let info = kinds::info(kind);
            (
                kinds::shortcut(kind).to_string(),
                format!("{} {}", info.symbol, info.label),
            )
        })
        .collect();
    for (key, what) in [
        ("↓ or ↑", "The same control in the next or previous row"),
        ("Shift+↓ or Shift+↑", "Select rows on the way"),
        ("Space", "Select or unselect the row (on its checkbox)"),
        ("Shift+click", "Select every row from the last one selected"),
        ("Esc", "Clear the selection"),
        (
            "Ctrl+Z",
            "Undo what the last message offers to undo, or the last delete",
        ),
        ("?", "These shortcuts"),
    ] {
        keys.push((key.to_string(), what.to_string()));
    }
    keys
}

/// The selection's own bar: how many rows are selected, their kind, and a way out.
#[component]
fn SelectionBar() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let view_state = expect_context::<TimelineView>();
    let count = Memo::new(move |_| view_state.chosen().len());
    let options: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose a kind".to_string()))
            .chain(MomentKind::ALL.iter().map(|&k| {
                let info = kinds::info(k);
                (
                    k.key().to_string(),
                    format!("{} {}", info.symbol, info.label),
                )
            }))
            .collect();
    view! {
        <Show when=move || { count.get() > 0 }>
            <div class="selection-bar" role="group" aria-label="Selected moments">
                <p>
                    {move || match count.get() {
                        1 => "1 moment selected: press a kind's number to change it.".to_string(),
                        n => format!("{n} moments selected: press a kind's number to change them all."),
                    }}
                </p>
                <SelectField
                    label="Kind of the selected moments"
                    options=options.clone()
                    value=Signal::derive(String::new)
                    set=move |key: String| {
                        if let Some(kind) = MomentKind::from_key(&key) {
                            set_kinds(app, store, &view_state.chosen(), kind);
                        }
                    }
                />
                <Button class="danger" on_click=move |_| delete_moments(app, store, view_state) label="Delete the selected moments"/>
                <Button
                    on_click=move |_| {
                        view_state.selected.set(HashSet::new());
                        // The bar goes with its button: the focus goes to the list's heading.
                        request_animation_frame(|| browser::focus_if_lost("#timeline-heading".into(), 0));
                    }
                    label="Clear selection"
                />
            </div>
        </Show>
    }
}

/// A kind's symbol and label together, so kinds never differ by colour alone.
pub(super) fn kind_badge(kind: MomentKind) -> impl IntoView {
    let info = kinds::info(kind);
    view! {
        <span class=format!("kind kind-{}", info.class)>
            <span class="kind-symbol" aria-hidden="true">{info.symbol}</span>
            <span class="kind-label">{info.label}</span>
        </span>
    }
}

/// [`kind_badge`] for a kind that may change.
#[component]
pub fn KindBadge(#[prop(into)] kind: Signal<MomentKind>) -> impl IntoView {
    move || kind_badge(kind.get())
}

#[component]
pub(super) fn MomentEditor(id: Id, editor_id: String) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let view_state = expect_context::<TimelineView>();
    let description_id = description_dom_id(&id);
    let id = StoredValue::new(id);
    let edit = move |f: fn(&mut Moment, String)| {
        Callback::new(move |value: String| store.edit_moment(&id.get_value(), |m| f(m, value)))
    };
    let read = move |f: fn(&Moment) -> String| {
        Signal::derive(move || store.moment(&id.get_value(), f).unwrap_or_default())
    };
    let zone = Signal::derive(move || store.details(|r| r.time_zone.clone()));
    let at = Signal::derive(move || store.moment(&id.get_value(), |m| m.at));
    let default_date = Signal::derive(move || {
        at.get()
            .map(|at| to_local(at, &zone.get(), &IntlZones).date)
    });
    let set_at = move |value: Option<Instant>| {
        if let Some(value) = value {
            retime(app, store, id.get_value(), value, None);
        }
    };
    let kind_options = MomentKind::ALL
        .iter()
        .map(|&k| {
            let info = kinds::info(k);
            (
                k.key().to_string(),
                format!("{} {}", info.symbol, info.label),
            )
        })
        .collect();
    let precision_options = Precision::ALL
        .iter()
        .map(|p| (p.key().to_string(), p.label().to_string()))
        .collect();
    let people = move || {
        store.people(|p| {
            p.iter()
                .map(|p| (p.id.clone(), p.display_name()))
                .collect::<Vec<_>>()
        })
    };
    let new_person = RwSignal::new(String::new());
    let add_person = move |_| {
        let name = new_person.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        let person = Person {
            id: app.new_id("p"),
            name,
            present: true,
            ..Person::default()
        };
        let person_id = person.id.clone();
        store.edit_people(|people| people.push(person));
        store.edit_moment(&id.get_value(), |m| m.people.push(person_id));
        new_person.set(String::new());
    };
    let add_evidence = move |_| {
        let seen = store.untracked(|r| hindsight::seen_when_added(&r.session));
        if seen == Seen::FoundAfterwards {
            app.tell(
                "The walk-through is at a moment, so new evidence starts as \u{201c}Found \
                 afterwards\u{201d}: the shared screen shows it once you choose \u{201c}Seen \
                 during the incident\u{201d}.",
            );
        }
        let evidence = Evidence {
            id: app.new_id("e"),
            kind: EvidenceKind::Note,
            seen,
            ..Evidence::default()
        };
        let focus = format!("evidence-text-{}", evidence.id);
        store.edit_moment(&id.get_value(), |m| m.evidence.push(evidence));
        focus_by_id(focus);
    };
    let evidence_ids = move || {
        store
            .moment(&id.get_value(), |m| {
                m.evidence.iter().map(|e| e.id.clone()).collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };

    view! {
        <div class="moment-editor" id=editor_id role="group" aria-label="Edit moment">
            <WhenField legend="Moment" value=at zone set=set_at default_date required=true/>
            <SelectField
                label="Precision"
                options=precision_options
                value=read(|m| m.precision.key().to_string())
                set=edit(|m, key| m.precision = Precision::from_key(&key).unwrap_or(m.precision))
            />
            <SelectField
                label="Kind"
                options=kind_options
                value=read(|m| m.kind.key().to_string())
                set=edit(|m, key| m.kind = MomentKind::from_key(&key).unwrap_or(m.kind))
            />
            <CheckField
                label="Decision point or pivot"
                checked=Signal::derive(move || store.moment(&id.get_value(), |m| m.pivot).unwrap_or(false))
                set=move |on: bool| store.edit_moment(&id.get_value(), |m| m.pivot = on)
            />
            <div class="wide">
                <TextArea
                    label="Description"
                    id=description_id.clone()
                    value=read(|m| m.description.clone())
                    set=edit(|m, v| m.description = v)
                />
                // The language guard's notes: the shared screen shows the description as
                // written when the walk reaches it.
                {description_notes_part(id.get_value(), description_id)}
            </div>
            <fieldset class="people-involved wide">
                <legend>"People involved"</legend>
                <For each=people key=|(person, name)| (person.clone(), name.clone()) let:entry>
                    <PersonCheck moment=id.get_value() person=entry.0 name=entry.1/>
                </For>
                <div class="inline-add">
                    <TextField label="New person" value=new_person set=move |v: String| new_person.set(v)/>
                    <Button on_click=add_person label="Add and link"/>
                </div>
            </fieldset>
            <fieldset class="evidence-editor wide">
                <legend>"Evidence"</legend>
                <For each=evidence_ids key=|e| e.clone() let:evidence>
                    <EvidenceEditor moment=id.get_value() evidence/>
                </For>
                <Button on_click=add_evidence label="Add evidence"/>
            </fieldset>
            <div class="editor-actions">
                <Button
                    class="danger quiet"
                    on_click=move |_| delete_moment(app, store, view_state, &id.get_value())
                    label="Delete moment"
                />
            </div>
        </div>
    }
}

/// Whether one person was involved in one moment.
#[component]
fn PersonCheck(moment: Id, person: Id, name: String) -> impl IntoView {
    let store = use_store();
    let (moment, person) = (StoredValue::new(moment), StoredValue::new(person));
    let checked = Signal::derive(move || {
        store
            .moment(&moment.get_value(), |m| {
                m.people.contains(&person.get_value())
            })
            .unwrap_or(false)
    });
    let set = move |on: bool| {
        let who = person.get_value();
        store.edit_moment(&moment.get_value(), move |m| {
            m.people.retain(|p| p != &who);
            if on {
                m.people.push(who);
            }
        });
    };
    view! { <CheckField label=name checked set/> }
}

/// One piece of evidence, editable: kind, text, address (links), and whether it was seen during
/// the incident or found afterwards (the hindsight flag).
#[component]
fn EvidenceEditor(moment: Id, evidence: Id) -> impl IntoView {
    let store = use_store();
    let text_id = format!("evidence-text-{evidence}");
    let (moment, evidence) = (StoredValue::new(moment), StoredValue::new(evidence));
    let read = move |f: fn(&Evidence) -> String| {
        Signal::derive(move || {
            store
                .moment(&moment.get_value(), |m| {
                    m.evidence
                        .iter()
                        .find(|e| e.id == evidence.get_value())
                        .map(f)
                })
                .flatten()
                .unwrap_or_default()
        })
    };
    let edit = move |f: fn(&mut Evidence, String)| {
        Callback::new(move |value: String| {
            store.edit_moment(&moment.get_value(), |m| {
                if let Some(e) = m.evidence.iter_mut().find(|e| e.id == evidence.get_value()) {
                    f(e, value);
                }
            })
        })
    };
    let kind = read(|e| e.kind.key().to_string());
    let url = read(|e| e.url.clone());
    let app = use_app();
    let remove = move |_| {
        let moment = moment.get_value();
        let mut taken = None;
        store.edit_moment(&moment, |m| taken = m.take_evidence(&evidence.get_value()));
        let Some(taken) = taken else { return };
        let text: String = taken.1.text.chars().take(60).collect();
        app.notice.set(Some(Notice {
            failure: false,
            text: if text.trim().is_empty() {
                "Removed a piece of evidence.".to_string()
            } else {
                format!("Removed the evidence \u{201c}{text}\u{201d}.")
            },
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                let mut restored = false;
                store.edit_moment(&moment, |m| {
                    m.restore_evidence(taken.clone());
                    restored = true;
                });
                if restored {
                    app.tell("Restored the evidence.");
                } else {
                    app.tell_failure("The evidence could not be restored: its moment is gone.");
                }
            }))),
        }));
    };
    view! {
        <div class="evidence-item" role="group" aria-label="Piece of evidence">
            <SelectField
                label="Evidence kind"
                options=EvidenceKind::ALL.iter().map(|k| (k.key().to_string(), k.label().to_string())).collect()
                value=kind
                set=edit(|e, key| e.kind = EvidenceKind::from_key(&key).unwrap_or(e.kind))
            />
            // Arrows only browse here, until Enter: a key passing over "seen during the
            // incident" would show something found afterwards to the room.
            <ActionSelect
                label="When it was known"
                options=[Seen::DuringIncident, Seen::FoundAfterwards]
                    .iter()
                    .map(|s| (s.key().to_string(), s.label().to_string()))
                    .collect()
                value=read(|e| e.seen.key().to_string())
                set=edit(|e, key| e.seen = Seen::from_key(&key).unwrap_or(e.seen))
            />
            <TextArea
                label="Quote, note or link text"
                id=text_id
                value=read(|e| e.text.clone())
                set=edit(|e, v| e.text = v)
            />
            <Show when=move || kind.get() == "link">
                <TextField
                    label="Address (http, https or mailto)"
                    value=url
                    set=edit(|e, v| e.url = v)
                    hint=Signal::derive(move || {
                        let url = url.get();
                        if url.is_empty() || safe_href(&url).is_some() {
                            String::new()
                        } else {
                            "Only http, https and mailto addresses open as links; this one is kept as text.".into()
                        }
                    })
                />
            </Show>
            <Button class="danger quiet" on_click=remove label="Remove evidence"/>
        </div>
    }
}
