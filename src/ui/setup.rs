//! Preparing a review: its details and the people involved.

use super::browser::{self, focus_by_id};
use super::fields::{TextArea, TextField, WhenField};
use crate::model::{Person, ReviewStatus, Role};
use crate::store::{use_store, Part};
use leptos::prelude::*;

#[component]
pub fn Setup() -> impl IntoView {
    view! {
        <div class="setup">
            <Details/>
            <People/>
        </div>
    }
}

#[component]
fn Details() -> impl IntoView {
    let store = use_store();
    let zone = Signal::derive(move || store.details(|r| r.time_zone.clone()));
    let zone_known = move || browser::is_known_zone(&zone.get());
    let zones = browser::known_zones();
    view! {
        <section class="card" aria-labelledby="details-heading">
            <h2 id="details-heading">"Details"</h2>
            <TextField
                label="Title"
                id="review-title"
                value=Signal::derive(move || store.details(|r| r.title.clone()))
                set=move |v: String| store.edit_details(|r| r.title = v)
                placeholder="What happened, in a few words"
            />
            <label class="field">
                <span class="field-label">"Status"</span>
                <select
                    prop:value=move || store.details(|r| r.status.key().to_string())
                    on:change=move |ev| {
                        if let Some(status) = ReviewStatus::from_key(&event_target_value(&ev)) {
                            store.edit_details(|r| r.status = status);
                        }
                    }
                >
                    {ReviewStatus::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.key()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field-label">"Display time zone"</span>
                <input
                    type="text"
                    list="known-zones"
                    autocomplete="off"
                    aria-describedby="zone-hint"
                    prop:value=move || zone.get()
                    on:change=move |ev| {
                        let value = event_target_value(&ev).trim().to_string();
                        store.write(&[Part::Details, Part::Timeline], |r| r.time_zone = value);
                    }
                />
                <datalist id="known-zones">
                    {zones.into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
                </datalist>
                <span class="field-hint" id="zone-hint">
                    {move || {
                        if zone_known() {
                            "Times are shown and entered in this zone.".to_string()
                        } else {
                            format!(
                                "This browser does not know the zone \u{201c}{}\u{201d}: times are shown in UTC.",
                                zone.get(),
                            )
                        }
                    }}
                </span>
            </label>
            <div class="when-pair">
                <WhenField
                    legend="Incident start"
                    value=Signal::derive(move || store.details(|r| r.incident_start))
                    zone
                    set=move |at| store.edit_details(|r| r.incident_start = at)
                />
                <WhenField
                    legend="Incident end"
                    value=Signal::derive(move || store.details(|r| r.incident_end))
                    zone
                    set=move |at| store.edit_details(|r| r.incident_end = at)
                />
            </div>
            <TextArea
                label="Summary"
                value=Signal::derive(move || store.details(|r| r.summary.clone()))
                set=move |v: String| store.edit_details(|r| r.summary = v)
                placeholder="What happened, as plainly as possible"
            />
            <TextArea
                label="Impact"
                value=Signal::derive(move || store.details(|r| r.impact.clone()))
                set=move |v: String| store.edit_details(|r| r.impact = v)
                placeholder="Who was affected, how, and for how long"
            />
        </section>
    }
}

#[component]
fn People() -> impl IntoView {
    let store = use_store();
    let ids = move || store.people(|people| people.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    let add = move |_| {
        let id = super::app::use_app().new_id("p");
        let person = Person {
            id: id.clone(),
            present: true,
            ..Person::default()
        };
        store.edit_people(|people| people.push(person));
        focus_by_id(format!("person-name-{id}"));
    };
    view! {
        <section class="card" aria-labelledby="people-heading">
            <h2 id="people-heading">"People"</h2>
            <p class="hint">
                "Everyone involved in the incident or the review, with the role they had at the time."
            </p>
            <ul class="people" aria-label="People">
                <For each=ids key=|id| id.clone() let:id>
                    <PersonRow id/>
                </For>
            </ul>
            <button on:click=add>"Add person"</button>
        </section>
    }
}

/// Applies `f` to the person with this id.
fn edit_person(store: crate::store::ReviewStore, id: &crate::model::Id, f: impl FnOnce(&mut Person)) {
    store.edit_people(|people| {
        if let Some(p) = people.iter_mut().find(|p| &p.id == id) {
            f(p);
        }
    });
}

#[component]
fn PersonRow(id: crate::model::Id) -> impl IntoView {
    let store = use_store();
    let name_input_id = format!("person-name-{id}");
    let id = StoredValue::new(id);
    let person = Memo::new(move |_| {
        store.people(|people| people.iter().find(|p| p.id == id.get_value()).cloned())
    });
    let name = Signal::derive(move || person.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default()));
    let shown_name = move || {
        let n = name.get();
        if n.trim().is_empty() { "Unnamed person".to_string() } else { n }
    };
    let role = Signal::derive(move || person.with(|p| p.as_ref().map(|p| p.role.clone()).unwrap_or_default()));
    let role_key = move || match role.get() {
        Role::Other(_) => "other".to_string(),
        known => known.key().to_string(),
    };
    let other_text = move || match role.get() {
        Role::Other(text) => Some(text),
        _ => None,
    };
    let team = move || person.with(|p| p.as_ref().map(|p| p.team.clone()).unwrap_or_default());
    let present = move || person.with(|p| p.as_ref().is_some_and(|p| p.present));

    view! {
        <li class="person" aria-label=shown_name>
            <label class="field">
                <span class="field-label">"Name"</span>
                <input
                    type="text"
                    id=name_input_id
                    prop:value=name
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit_person(store, &id.get_value(), |p| p.name = v);
                    }
                />
            </label>
            <label class="field">
                <span class="field-label">"Role at the time"</span>
                <select
                    prop:value=role_key
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        let role = if key == "other" { Role::Other(String::new()) } else { Role::parse(&key) };
                        edit_person(store, &id.get_value(), |p| p.role = role);
                    }
                >
                    {Role::KNOWN
                        .into_iter()
                        .map(|r| view! { <option value=r.key().to_string()>{r.label().to_string()}</option> })
                        .collect_view()}
                    <option value="other">"Other…"</option>
                </select>
            </label>
            {move || {
                other_text()
                    .map(|text| {
                        view! {
                            <label class="field">
                                <span class="field-label">"Role (your words)"</span>
                                <input
                                    type="text"
                                    prop:value=text
                                    on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        edit_person(store, &id.get_value(), |p| p.role = Role::Other(v));
                                    }
                                />
                            </label>
                        }
                    })
            }}
            <label class="field">
                <span class="field-label">"Team"</span>
                <input
                    type="text"
                    prop:value=team
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit_person(store, &id.get_value(), |p| p.team = v);
                    }
                />
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=present
                    on:change=move |ev| {
                        let v = event_target_checked(&ev);
                        edit_person(store, &id.get_value(), |p| p.present = v);
                    }
                />
                "Takes part in the review"
            </label>
            <button class="danger quiet" on:click=move |_| store.remove_person(&id.get_value())>
                {move || format!("Remove {}", shown_name())}
            </button>
        </li>
    }
}
