//! Preparing a review: its details, the people involved, and what the language guard is
//! taught for this review.

use super::app::{use_app, AppState, Notice, Undo};
use super::browser::{self, focus_by_id};
use super::fields::{CheckField, SelectField, TextField, WhenField};
use super::guard::{GuardedArea, TeachGuard};
use super::notes::ReviewNotes;
use super::queue::QuestionQueue;
use super::widgets::{also_went, count, Button};
use crate::model::{Id, Person, ReviewStatus, Role};
use crate::store::{use_store, Part, ReviewStore};
use leptos::prelude::*;

#[component]
pub fn Setup() -> impl IntoView {
    view! {
        <div class="setup">
            <Details/>
            <People/>
            <ReviewNotes/>
            <TeachGuard/>
        </div>
    }
}

#[component]
fn Details() -> impl IntoView {
    let store = use_store();
    let zone = Signal::derive(move || store.details(|r| r.time_zone.clone()));
    // The browser's ~420 zones are a datalist of as many options, about a third of the
    // elements Setup puts on the page at once; no one needs them before the first frame.
    let zones_wanted = browser::painted();
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
            <SelectField
                label="Status"
                options=ReviewStatus::ALL.iter().map(|s| (s.key().to_string(), s.label().to_string())).collect()
                value=Signal::derive(move || store.details(|r| r.status.key().to_string()))
                set=move |key: String| {
                    if let Some(status) = ReviewStatus::from_key(&key) {
                        store.edit_details(|r| r.status = status);
                    }
                }
            />
            <TextField
                label="Display time zone"
                list="known-zones"
                lazy=true
                value=zone
                set=move |value: String| {
                    let value = value.trim().to_string();
                    store.write(&[Part::Details, Part::Timeline], |r| r.time_zone = value);
                }
                hint=Signal::derive(move || zone_hint(&zone.get()))
            />
            <datalist id="known-zones">
                {move || {
                    zones_wanted.get().then(|| {
                        browser::known_zones()
                            .into_iter()
                            .map(|z| view! { <option value=z></option> })
                            .collect_view()
                    })
                }}
            </datalist>
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
            <GuardedArea
                label="Summary"
                value=Signal::derive(move || store.details(|r| r.summary.clone()))
                set=move |v: String| store.edit_details(|r| r.summary = v)
                field="summary"
                hint="What happened, as plainly as possible."
            />
            <GuardedArea
                label="Impact"
                value=Signal::derive(move || store.details(|r| r.impact.clone()))
                set=move |v: String| store.edit_details(|r| r.impact = v)
                field="impact"
                hint="Who was affected, how, and for how long; when impact started compared with detection."
            />
        </section>
    }
}

fn zone_hint(zone: &str) -> String {
    if browser::is_known_zone(zone) {
        "Times are shown and entered in this zone.".to_string()
    } else {
        format!(
            "This browser does not know the zone \u{201c}{zone}\u{201d}: times are shown in UTC."
        )
    }
}

#[component]
fn People() -> impl IntoView {
    let store = use_store();
    // A screenful of rows at once, then a batch a task: building every row in one task took
    // about 370 ms with 300 people (docs/development.md). A row is about 1.5 ms of work on a
    // slow machine: batches of 40 were tasks of 55 to 100 ms, over the 50 ms a task may take.
    // A row is about 340 px tall in a 1,280-px window and the Details card fills most screens
    // above them, so three rows cover what a screen shows before the next batch; twelve made
    // the task that opens Setup one of 57 to 81 ms (traced, 300 people).
    let drawn = super::widgets::drawn_in_batches(3, 20, move || store.people(<[Person]>::len));
    let ids = move || {
        store.people(|people| {
            people
                .iter()
                .take(drawn.get())
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    };
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
            <ul class="people" role="list" aria-label="People">
                <For each=ids key=|id| id.clone() let:id>
                    <PersonRow id/>
                </For>
            </ul>
            <Button on_click=add label="Add person"/>
        </section>
    }
}

/// Removes a person with their accounts, and says so with an undo: a person's accounts are
/// their words, and one click must not lose them.
fn remove_person(app: AppState, store: ReviewStore, id: &Id, name: String) {
    let Some(removed) = store.remove_person(id) else {
        return;
    };
    let accounts = also_went([
        count(removed.accounts.len(), "their account", "their # accounts"),
        // Asked ones too: they go, and come back, with the rest.
        count(
            removed.questions.len(),
            "a question for them",
            "# questions for them",
        ),
        count(
            removed
                .suggestions
                .iter()
                .filter(|(_, s)| !s.settled)
                .count(),
            "their suggestion",
            "their # suggestions",
        ),
        count(
            removed.citations.len(),
            "a finding's citation of their account",
            "# citations of their accounts",
        ),
    ]);
    app.notice.set(Some(Notice {
        failure: false,
        text: format!("Removed {name}{accounts}."),
        undo: Some(Undo::Run(std::sync::Arc::new(move || {
            store.restore_person(removed.clone());
            app.tell(format!("Restored {name}{accounts}."));
        }))),
    }));
}

#[component]
fn PersonRow(id: Id) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let name_input_id = format!("person-name-{id}");
    let id = StoredValue::new(id);
    let person = Memo::new(move |_| store.person(&id.get_value(), Person::clone));
    let read = move |f: fn(&Person) -> String| {
        Signal::derive(move || person.with(|p| p.as_ref().map(f).unwrap_or_default()))
    };
    let edit = move |f: fn(&mut Person, String)| {
        Callback::new(move |value: String| store.edit_person(&id.get_value(), |p| f(p, value)))
    };
    let zone = Signal::derive(move || store.details(|r| r.time_zone.clone()));
    let name = read(|p| p.name.clone());
    let shown_name = Signal::derive(move || {
        let n = name.get();
        if n.trim().is_empty() {
            "Unnamed person".to_string()
        } else {
            n
        }
    });
    let role_key = read(|p| match &p.role {
        Role::Other(_) => "other".to_string(),
        known => known.key().to_string(),
    });
    let queue_opened = RwSignal::new(false);
    let role_options = Role::KNOWN
        .iter()
        .map(|r| (r.key().to_string(), r.label().to_string()))
        .chain([("other".to_string(), "Other…".to_string())])
        .collect();

    view! {
        <li class="person" aria-label=move || shown_name.get()>
            <TextField label="Name" id=name_input_id value=name set=edit(|p, v| p.name = v)/>
            <SelectField
                label="Role at the time"
                options=role_options
                value=role_key
                set=edit(|p, key| {
                    p.role = if key == "other" { Role::Other(String::new()) } else { Role::parse(&key) }
                })
            />
            <Show when=move || role_key.get() == "other">
                <TextField
                    label="Role (your words)"
                    value=read(|p| p.role.label().to_string())
                    set=edit(|p, v| p.role = Role::Other(v))
                />
            </Show>
            <TextField label="Team" value=read(|p| p.team.clone()) set=edit(|p, v| p.team = v)/>
            <TextField
                label="Chat names"
                lazy=true
                value=read(Person::handles_text)
                set=edit(|p, v| p.set_handles_text(&v))
                hint=Signal::derive(|| {
                    "Handles and display names they use in chat or e-mail, separated by commas. \
                     An import links them to this person."
                        .to_string()
                })
            />
            <WhenField
                legend="Joined the response"
                value=Signal::derive(move || person.with(|p| p.as_ref().and_then(|p| p.joined)))
                zone
                set=move |at| store.edit_person(&id.get_value(), |p| p.joined = at)
            />
            <WhenField
                legend="Left the response"
                value=Signal::derive(move || person.with(|p| p.as_ref().and_then(|p| p.left)))
                zone
                set=move |at| store.edit_person(&id.get_value(), |p| p.left = at)
            />
            // The queue is made when first opened: closed, it shows nothing, and with 300
            // people it was 300 fields and their drafts made for no one to see.
            <details class="person-queue" on:toggle=move |_| queue_opened.set(true)>
                <summary>"Questions to ask " {move || shown_name.get()}</summary>
                <Show when=move || queue_opened.get()>
                    <QuestionQueue person=id.get_value() name=shown_name/>
                </Show>
            </details>
            <CheckField
                label="Takes part in the review"
                checked=Signal::derive(move || person.with(|p| p.as_ref().is_some_and(|p| p.present)))
                set=move |on: bool| store.edit_person(&id.get_value(), |p| p.present = on)
            />
            <Button
                class="danger quiet"
                on_click=move |_| remove_person(app, store, &id.get_value(), shown_name.get_untracked())
                label=move || format!("Remove {}", shown_name.get())
            />
        </li>
    }
}
