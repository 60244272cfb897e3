//! The timeline: the incident's moments in time order, each readable at a glance and editable
//! in place, with quick keyboard entry, filters, silent gaps and evidence.

use super::app::{use_app, AppState, Notice, Undo};
use super::browser::{self, focus_by_id, IntlZones};
use super::fields::{CheckField, SelectField, TextArea, TextField, WhenField};
use super::widgets::Button;
use crate::io::links::safe_href;
use crate::method::{gaps, kinds};
use crate::model::filter::TimelineFilter;
use crate::model::time::{
    moment_time_label, offsets_between, parse_clock, split_leading_time, to_local, Date,
};
use crate::model::{
    Evidence, EvidenceKind, Id, Instant, Moment, MomentKind, Person, Precision, Seen,
};
use crate::route::{Route, Source, Tab};
use crate::store::{use_store, Part, ReviewStore};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// Rows drawn when the timeline opens: more than a tall screen holds.
const FIRST_ROWS: usize = 60;
/// Rows added per task after that (about 25 ms of work at 2,000 moments).
const ROWS_PER_TASK: usize = 250;

/// What every row of the timeline shares.
#[derive(Clone, Copy)]
struct TimelineView {
    /// Moments whose editor is open.
    open: RwSignal<HashSet<Id>>,
    /// Whether times need their dates (the review spans days).
    with_dates: Memo<bool>,
    /// The silence before each moment, in milliseconds.
    gaps: Memo<HashMap<Id, i64>>,
    /// The last deleted moment, for undo.
    last_deleted: StoredValue<Option<crate::model::RemovedMoment>>,
}

#[component]
pub fn Timeline() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let order = Memo::new(move |_| store.timeline(|r| r.timeline_ids()));
    let with_dates = Memo::new(move |_| {
        store.track(&Part::Details);
        store.timeline(|r| r.spans_days(&IntlZones))
    });
    let gaps = Memo::new(move |_| store.timeline(silence_before_each));
    let view_state = TimelineView {
        open: RwSignal::new(HashSet::new()),
        with_dates,
        gaps,
        last_deleted: StoredValue::new(None),
    };
    provide_context(view_state);
    // An undo offer from this screen cannot outlive it.
    on_cleanup(move || {
        app.notice.update(|notice| {
            if let Some(notice) = notice {
                if matches!(notice.undo, Some(Undo::Run(_))) {
                    notice.undo = None;
                }
            }
        })
    });
    // Arriving at one moment (a citation's link): open it and bring it into view.
    Effect::new(move |_| {
        if let Route::Moment(_, moment) = app.route.get() {
            view_state.open.update(|open| {
                open.insert(moment.clone());
            });
            browser::scroll_to(format!("moment-editor-{moment}"));
        }
    });
    let filter = RwSignal::new(TimelineFilter::default());
    let visible = Memo::new(move |_| {
        let active = filter.with(TimelineFilter::is_active);
        if !active {
            return order.get();
        }
        // While filtering, the list follows edits of every moment (searching by text).
        for id in order.get() {
            store.track(&Part::Moment(id));
        }
        store.track(&Part::People);
        filter.with(|f| {
            store.untracked(|r| {
                r.timeline_order()
                    .into_iter()
                    .map(|i| &r.moments[i])
                    .filter(|m| f.matches(m, r, &browser::lowercase))
                    .map(|m| m.id.clone())
                    .collect()
            })
        })
    });
    // The first screenful is drawn at once, the rest a batch per task, so that arriving at a
    // long timeline shows it within a frame or two; every moment is in the list soon after
    // (for the browser's search and screen readers). Arriving at one moment draws them all.
    let drawn = RwSignal::new(if matches!(app.route.get_untracked(), Route::Moment(..)) {
        usize::MAX
    } else {
        FIRST_ROWS
    });
    Effect::new(move |_| {
        let wanted = visible.with(Vec::len);
        let now = drawn.get();
        if now >= wanted {
            return;
        }
        let more = move || {
            drawn.try_update(|n| *n = n.saturating_add(ROWS_PER_TASK));
        };
        // After the first screenful has been painted, the rest in tasks of their own: waiting
        // for an animation frame per batch left the browser idle most of the time.
        if now == FIRST_ROWS {
            request_animation_frame(move || set_timeout(more, std::time::Duration::ZERO));
        } else {
            set_timeout(more, std::time::Duration::ZERO);
        }
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
    // Ctrl+Z (Cmd+Z) outside text fields undoes the last delete; inside them it stays the
    // field's own undo.
    let undo_shortcut = window_event_listener(leptos::ev::keydown, move |ev| {
        if (ev.ctrl_key() || ev.meta_key())
            && ev.key().eq_ignore_ascii_case("z")
            && !browser::typing_in_field(&ev)
        {
            ev.prevent_default();
            undo_delete(app, store, view_state);
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
                <Button class="primary" on_click=move |_| add_moment(store, view_state) label="Add moment"/>
                <ImportLinks/>
            </div>
            <p class="hint">{zone_note}</p>
            <QuickEntry/>
            <FilterBar filter/>
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
            <ol class="timeline" aria-label="Timeline" on:click=move |ev| row_click(view_state, &ev)>
                <For
                    each=move || visible.with(|ids| ids[..ids.len().min(drawn.get())].to_vec())
                    key=|id| id.clone()
                    let:id
                >
                    <MomentRow id/>
                </For>
            </ol>
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
        let name = crate::io::envelope::export_file_name(&review, date, "timeline.csv");
        if let Err(error) = browser::download(&name, "text/csv", &crate::io::csv::export(&review)) {
            app.tell(format!("Could not export the timeline: {error}."));
        }
    };
    view! {
        <div class="import-tools">
            <Button on_click=go(Source::Transcript) label="Paste transcript"/>
            <Button on_click=go(Source::Slack) label="Import Slack export"/>
            <Button on_click=go(Source::Csv) label="Import CSV"/>
            <Button on_click=export_csv label="Export CSV"/>
        </div>
    }
}

/// The time since the previous moment, for every moment but the first.
fn silence_before_each(review: &crate::model::Review) -> HashMap<Id, i64> {
    let order = review.timeline_order();
    order
        .windows(2)
        .map(|pair| {
            let (before, after) = (&review.moments[pair[0]], &review.moments[pair[1]]);
            (after.id.clone(), after.at.millis() - before.at.millis())
        })
        .collect()
}

/// Adds a moment just after the last one (or at the incident start) and opens it for typing.
fn add_moment(store: ReviewStore, view_state: TimelineView) {
    let app = use_app();
    let id = app.new_id("m");
    let at = store.untracked(|r| {
        r.moments
            .iter()
            .map(|m| m.at)
            .max()
            .map(|last| last.plus_minutes(1))
            .or(r.incident_start)
            .unwrap_or_else(|| whole_minute(crate::storage::now()))
    });
    store.add_moment(Moment {
        id: id.clone(),
        at,
        source: "typed".into(),
        ..Moment::default()
    });
    view_state.open.update(|open| {
        open.insert(id.clone());
    });
    focus_by_id(description_dom_id(&id));
}

fn whole_minute(at: Instant) -> Instant {
    at.plus_millis(-at.millis().rem_euclid(60_000))
}

fn description_dom_id(id: &Id) -> String {
    format!("moment-description-{id}")
}

/// Deletes a moment, offering to undo it.
fn delete_moment(app: AppState, store: ReviewStore, view_state: TimelineView, id: &Id) {
    let Some(removed) = store.remove_moment(id) else {
        return;
    };
    let text: String = removed.moment.description.chars().take(60).collect();
    view_state.last_deleted.set_value(Some(removed));
    app.notice.set(Some(Notice {
        text: format!("Deleted the moment \u{201c}{text}\u{201d}."),
        undo: Some(Undo::Run(std::sync::Arc::new(move || {
            undo_delete(app, store, view_state)
        }))),
    }));
}

fn undo_delete(app: AppState, store: ReviewStore, view_state: TimelineView) {
    if let Some(Some(removed)) = view_state.last_deleted.try_update_value(Option::take) {
        let text: String = removed.moment.description.chars().take(60).collect();
        store.restore_moment(removed);
        app.tell(format!("Restored the moment \u{201c}{text}\u{201d}."));
    }
}

/// Keyboard-first entry: a time and a line of text; Enter adds the moment and clears the line
/// for the next one. A time at the start of the text ("10:15 alert fired") is used as well.
#[component]
fn QuickEntry() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let default_date = move || {
        store.untracked(|r| {
            let zone = &r.time_zone;
            r.moments
                .iter()
                .map(|m| m.at)
                .max()
                .or(r.incident_start)
                .map(|at| to_local(at, zone, &IntlZones).date)
                .unwrap_or_else(|| to_local(crate::storage::now(), zone, &IntlZones).date)
        })
    };
    let date = RwSignal::new(default_date().to_string());
    let time = RwSignal::new(String::new());
    let kind = RwSignal::new(MomentKind::Observation.key().to_string());
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match quick_moment(
            store,
            &date.get_untracked(),
            &time.get_untracked(),
            &text.get_untracked(),
        ) {
            Ok((at, description)) => {
                store.add_moment(Moment {
                    id: app.new_id("m"),
                    at,
                    kind: MomentKind::from_key(&kind.get_untracked()).unwrap_or_default(),
                    description,
                    source: "typed".into(),
                    ..Moment::default()
                });
                let zone = store.untracked(|r| r.time_zone.clone());
                date.set(to_local(at, &zone, &IntlZones).date.to_string());
                time.set(String::new());
                text.set(String::new());
                problem.set(None);
                focus_by_id("quick-entry-time".into());
            }
            Err(message) => problem.set(Some(message)),
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
                    placeholder="10:15 Alert fires for checkout errors"
                    value=text
                    set=move |v: String| text.set(v)
                />
            </div>
            <button type="submit" class="primary">"Add to timeline"</button>
            <span class="field-problem" aria-live="polite">{move || problem.get()}</span>
        </form>
    }
}

/// The instant and description of a quick-entry line, or what is wrong with it.
fn quick_moment(
    store: ReviewStore,
    date: &str,
    time: &str,
    typed: &str,
) -> Result<(Instant, String), &'static str> {
    let (time, text) = match (time.trim(), split_leading_time(typed)) {
        ("", Some((time, rest))) => (Some(time), rest.to_string()),
        ("", None) => (None, typed.trim().to_string()),
        (time, _) => (
            Some(parse_clock(time).ok_or("Enter the time as HH:MM, for example 09:42.")?),
            typed.trim().to_string(),
        ),
    };
    if text.is_empty() {
        return Err("Type what happened, then press Enter.");
    }
    let (zone, last) =
        store.untracked(|r| (r.time_zone.clone(), r.moments.iter().map(|m| m.at).max()));
    let at = match (time, Date::parse_iso(date)) {
        (Some(time), Some(date)) => crate::model::time::from_local(date, time, &zone, &IntlZones),
        (Some(_), None) => return Err("Enter a date as YYYY-MM-DD."),
        (None, _) => last.map(|t| t.plus_minutes(1)),
    };
    Ok((
        at.unwrap_or_else(|| whole_minute(crate::storage::now())),
        text,
    ))
}

#[component]
fn FilterBar(filter: RwSignal<TimelineFilter>) -> impl IntoView {
    let store = use_store();
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
    view! {
        <div class="filters" role="group" aria-label="Filter the timeline">
            <TextField
                label="Search the timeline"
                value=Signal::derive(move || filter.with(|f| f.search.clone()))
                set=move |v: String| filter.update(|f| f.search = v)
            />
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
            <Show when=move || filter.with(TimelineFilter::is_active)>
                <Button on_click=move |_| filter.set(TimelineFilter::default()) label="Show all moments"/>
            </Show>
        </div>
    }
}

/// Everything a row shows while closed, derived from its moment in one memo: a row costs one
/// subscription and one redraw per change, however many things it shows.
#[derive(Clone, PartialEq)]
struct RowText {
    time: String,
    kind: MomentKind,
    description: String,
    tags: String,
    people: String,
    gap: Option<String>,
    long_gap: bool,
    evidence: Vec<Evidence>,
}

impl RowText {
    fn of(store: ReviewStore, view_state: TimelineView, id: &Id) -> Option<RowText> {
        let with_date = view_state.with_dates.get();
        let (zone, start) = store.details(|r| (r.time_zone.clone(), r.incident_start));
        let silence = view_state.gaps.with(|g| g.get(id).copied());
        let people_ids = store.moment(id, |m| m.people.clone())?;
        let people = store.people(|people| {
            people
                .iter()
                .filter(|p| people_ids.contains(&p.id))
                .map(Person::display_name)
                .collect::<Vec<_>>()
                .join(", ")
        });
        store.moment(id, |m| {
            let mut tags = Vec::new();
            if m.pivot {
                tags.push("⚑ Pivot");
            }
            if start.is_some_and(|start| m.at < start) {
                tags.push("Before the incident");
            }
            RowText {
                time: moment_time_label(m.at, m.precision, &zone, &IntlZones, with_date),
                kind: m.kind,
                description: if m.description.trim().is_empty() {
                    "(no description yet)".to_string()
                } else {
                    m.description.clone()
                },
                tags: tags.join(" · "),
                people,
                gap: silence.and_then(gaps::describe),
                long_gap: silence.is_some_and(|ms| gaps::classify(ms) == gaps::Gap::Long),
                evidence: m.evidence.clone(),
            }
        })
    }

    fn accessible(&self) -> String {
        format!(
            "{}, {}: {}",
            self.time,
            kinds::info(self.kind).label,
            self.description
        )
    }
}

/// What a click on a row asks for; rows carry no listeners of their own (the list listens for
/// them all, see `row_click`).
const OPEN_FOR_TYPING: &str = "open";
const TOGGLE_EDITOR: &str = "toggle";

/// One moment of the list. Its summary is drawn from one memo; the editor opens below it.
#[component]
fn MomentRow(id: Id) -> impl IntoView {
    let store = use_store();
    let view_state = expect_context::<TimelineView>();
    let editor_id = format!("moment-editor-{id}");
    let row_id = id.to_string();
    let id = StoredValue::new(id);
    let text = Memo::new(move |_| RowText::of(store, view_state, &id.get_value()));
    let is_open = Memo::new(move |_| view_state.open.with(|open| open.contains(&id.get_value())));
    let summary = {
        let editor_id = editor_id.clone();
        move || {
            let open = is_open.get();
            text.get().map(|row| {
                view! {
                    <p class="gap" class:gap-long=row.long_gap>{row.gap}</p>
                    <div class="moment-summary">
                        <time class="moment-time">{row.time}</time>
                        {kind_badge(row.kind)}
                        <span class="moment-description" data-action=OPEN_FOR_TYPING>{row.description}</span>
                        <span class="moment-tags">{row.tags}</span>
                        <span class="moment-people">{row.people}</span>
                        <button
                            type="button"
                            class="quiet"
                            data-action=TOGGLE_EDITOR
                            aria-expanded=open.to_string()
                            aria-controls=editor_id.clone()
                        >
                            {if open { "Done" } else { "Edit" }}
                        </button>
                    </div>
                    {(!row.evidence.is_empty()).then(|| view! {
                        <div class="moment-evidence">
                            {row.evidence.into_iter().map(evidence_view).collect_view()}
                        </div>
                    })}
                }
            })
        }
    };
    view! {
        <li
            class="moment"
            data-moment=row_id
            aria-label=move || text.with(|row| row.as_ref().map(RowText::accessible))
        >
            {summary}
            <Show when=move || is_open.get()>
                <MomentEditor id=id.get_value() editor_id=editor_id.clone()/>
            </Show>
        </li>
    }
}

/// The list's one click listener: finds the row and what was clicked in its summary.
fn row_click(view_state: TimelineView, event: &web_sys::MouseEvent) {
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
        TOGGLE_EDITOR => view_state.open.update(|open| {
            if !open.remove(&id) {
                open.insert(id);
            }
        }),
        OPEN_FOR_TYPING => {
            view_state.open.update(|open| {
                open.insert(id.clone());
            });
            focus_by_id(description_dom_id(&id));
        }
        _ => {}
    }
}

/// A kind's symbol and label together, so kinds never differ by colour alone.
fn kind_badge(kind: MomentKind) -> impl IntoView {
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

/// One piece of evidence as read: links open only when their address is safe.
fn evidence_view(evidence: Evidence) -> impl IntoView {
    let after = (evidence.seen == Seen::FoundAfterwards).then_some(" (found afterwards)");
    let text = match evidence.kind {
        EvidenceKind::Quote => format!("\u{201c}{}\u{201d}", evidence.text),
        _ if evidence.text.trim().is_empty() => evidence.url.clone(),
        _ => evidence.text.clone(),
    };
    let body = match safe_href(&evidence.url) {
        Some(href) if evidence.kind == EvidenceKind::Link => view! {
            <a href=href.to_string() target="_blank" rel="noopener noreferrer">{text}</a>
        }
        .into_any(),
        _ if evidence.kind == EvidenceKind::Link && !evidence.url.is_empty() => {
            view! { <span>{format!("{text} ({})", evidence.url)}</span> }.into_any()
        }
        _ => view! { <span>{text}</span> }.into_any(),
    };
    view! {
        <p class="evidence">
            <span class="evidence-kind">{evidence.kind.label()} ": "</span>
            {body}
            <span class="evidence-seen">{after}</span>
        </p>
    }
}

#[component]
fn MomentEditor(id: Id, editor_id: String) -> impl IntoView {
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
            store.edit_moment(&id.get_value(), |m| m.at = value);
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
        let evidence = Evidence {
            id: app.new_id("e"),
            kind: EvidenceKind::Note,
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
                    id=description_id
                    value=read(|m| m.description.clone())
                    set=edit(|m, v| m.description = v)
                />
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
    let remove = move |_| {
        store.edit_moment(&moment.get_value(), |m| {
            m.evidence.retain(|e| e.id != evidence.get_value())
        })
    };
    view! {
        <div class="evidence-item" role="group" aria-label="Piece of evidence">
            <SelectField
                label="Evidence kind"
                options=EvidenceKind::ALL.iter().map(|k| (k.key().to_string(), k.label().to_string())).collect()
                value=kind
                set=edit(|e, key| e.kind = EvidenceKind::from_key(&key).unwrap_or(e.kind))
            />
            <SelectField
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
