//! The timeline: the incident's moments in time order, each readable at a glance and editable
//! in place.

use super::app::use_app;
use super::browser::{focus_by_id, IntlZones};
use super::fields::{CheckField, SelectField, TextArea, WhenField};
use super::widgets::Button;
use crate::method::kinds;
use crate::model::time::{moment_time_label, to_local};
use crate::model::{Id, Moment, MomentKind, Precision};
use crate::store::{use_store, Part, ReviewStore};
use leptos::prelude::*;
use std::collections::HashSet;

/// What every row of the timeline shares.
#[derive(Clone, Copy)]
struct TimelineView {
    /// Moments whose editor is open.
    open: RwSignal<HashSet<Id>>,
    /// Whether times need their dates (the review spans days).
    with_dates: Memo<bool>,
}

#[component]
pub fn Timeline() -> impl IntoView {
    let store = use_store();
    let order = Memo::new(move |_| store.timeline(|r| r.timeline_ids()));
    let with_dates = Memo::new(move |_| {
        store.track(&Part::Details);
        store.timeline(|r| r.spans_days(&IntlZones))
    });
    let view_state = TimelineView {
        open: RwSignal::new(HashSet::new()),
        with_dates,
    };
    provide_context(view_state);
    let count = move || order.with(Vec::len);

    view! {
        <section class="timeline-screen" aria-labelledby="timeline-heading">
            <div class="section-head">
                <h2 id="timeline-heading">"Timeline"</h2>
                <p class="count">
                    {move || match count() {
                        1 => "1 moment".to_string(),
                        n => format!("{n} moments"),
                    }}
                </p>
                <Button class="primary" on_click=move |_| add_moment(store, view_state) label="Add moment"/>
            </div>
            <Show when=move || count() == 0>
                <p class="empty">
                    "No moments yet. Start before the incident, with ordinary work, and add what "
                    "people saw, believed and did, moment by moment."
                </p>
            </Show>
            <ol class="timeline" aria-label="Timeline">
                <For each=move || order.get() key=|id| id.clone() let:id>
                    <MomentRow id/>
                </For>
            </ol>
        </section>
    }
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
            .unwrap_or_else(crate::storage::now)
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

fn description_dom_id(id: &Id) -> String {
    format!("moment-description-{id}")
}

#[component]
fn MomentRow(id: Id) -> impl IntoView {
    let store = use_store();
    let view_state = expect_context::<TimelineView>();
    let editor_id = format!("moment-editor-{id}");
    let id = StoredValue::new(id);
    let zone = move || store.details(|r| r.time_zone.clone());
    let time_text = Signal::derive(move || {
        let with_date = view_state.with_dates.get();
        let zone = zone();
        store
            .moment(&id.get_value(), |m| {
                moment_time_label(m.at, m.precision, &zone, &IntlZones, with_date)
            })
            .unwrap_or_default()
    });
    let kind = Signal::derive(move || {
        store
            .moment(&id.get_value(), |m| m.kind)
            .unwrap_or_default()
    });
    let description = Signal::derive(move || {
        store
            .moment(&id.get_value(), |m| m.description.clone())
            .unwrap_or_default()
    });
    let people = move || {
        let ids = store
            .moment(&id.get_value(), |m| m.people.clone())
            .unwrap_or_default();
        store.people(|people| {
            people
                .iter()
                .filter(|p| ids.contains(&p.id))
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let is_open =
        Signal::derive(move || view_state.open.with(|open| open.contains(&id.get_value())));
    let toggle = move || {
        view_state.open.update(|open| {
            let id = id.get_value();
            if !open.remove(&id) {
                open.insert(id);
            }
        })
    };
    let shown_description = move || {
        let text = description.get();
        if text.trim().is_empty() {
            "(no description yet)".to_string()
        } else {
            text
        }
    };
    let accessible = move || {
        format!(
            "{}, {}: {}",
            time_text.get(),
            kinds::info(kind.get()).label,
            shown_description()
        )
    };
    let open_for_typing = move |_| {
        if !is_open.get_untracked() {
            toggle();
        }
        focus_by_id(description_dom_id(&id.get_value()));
    };

    view! {
        <li class="moment" aria-label=accessible>
            <div class="moment-summary">
                <time class="moment-time">{time_text}</time>
                <KindBadge kind/>
                <span class="moment-description" on:click=open_for_typing>
                    {shown_description}
                </span>
                <span class="moment-people">{people}</span>
                <button
                    class="quiet"
                    aria-expanded=move || is_open.get().to_string()
                    aria-controls=editor_id.clone()
                    on:click=move |_| toggle()
                >
                    {move || if is_open.get() { "Done" } else { "Edit" }}
                </button>
            </div>
            <Show when=move || is_open.get()>
                <MomentEditor id=id.get_value() editor_id=editor_id.clone()/>
            </Show>
        </li>
    }
}

/// A kind's symbol and label together, so kinds never differ by colour alone.
#[component]
pub fn KindBadge(#[prop(into)] kind: Signal<MomentKind>) -> impl IntoView {
    view! {
        <span class=move || format!("kind kind-{}", kinds::info(kind.get()).class)>
            <span class="kind-symbol" aria-hidden="true">
                {move || kinds::info(kind.get()).symbol}
            </span>
            <span class="kind-label">{move || kinds::info(kind.get()).label}</span>
        </span>
    }
}

#[component]
fn MomentEditor(id: Id, editor_id: String) -> impl IntoView {
    let store = use_store();
    let app = use_app();
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
    let set_at = move |value: Option<crate::model::Instant>| {
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
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let delete = move |_| {
        if let Some(removed) = store.remove_moment(&id.get_value()) {
            let text: String = removed.moment.description.chars().take(60).collect();
            app.tell(format!("Deleted the moment \u{201c}{text}\u{201d}."));
        }
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
            <div class="wide">
                <TextArea
                    label="Description"
                    id=description_id
                    value=read(|m| m.description.clone())
                    set=edit(|m, v| m.description = v)
                />
            </div>
            <fieldset class="people-involved">
                <legend>"People involved"</legend>
                <Show
                    when=move || !people().is_empty()
                    fallback=|| view! { <p class="hint">"Add people in Setup to link them here."</p> }
                >
                    <For each=people key=|(person, name)| (person.clone(), name.clone()) let:entry>
                        <PersonCheck moment=id.get_value() person=entry.0 name=entry.1/>
                    </For>
                </Show>
            </fieldset>
            <div class="editor-actions">
                <Button class="danger quiet" on_click=delete label="Delete moment"/>
            </div>
        </div>
    }
}

/// Whether one person was involved in one moment.
#[component]
fn PersonCheck(moment: Id, person: Id, name: String) -> impl IntoView {
    let store = use_store();
    let label = if name.trim().is_empty() {
        "Unnamed person".to_string()
    } else {
        name
    };
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
    view! { <CheckField label=label checked set/> }
}
