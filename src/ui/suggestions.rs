//! Suggestions from responders' worksheets, on the timeline: each one accepted (a remembered
//! moment joins the timeline, a correction becomes an open question at its moment, see
//! `method::interviews::take_suggestion`) or rejected.

use super::app::{use_app, Notice, Undo};
use super::browser::{focus_by_id, IntlZones};
use super::widgets::Button;
use crate::method::interviews::{take_suggestion, Taken};
use crate::method::walk;
use crate::model::time::moment_time_label;
use crate::model::{Id, Person, SuggestionKind};
use crate::store::{use_store, Part};
use leptos::prelude::*;

#[component]
pub fn Suggestions() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let listed = Memo::new(move |_| {
        store.read(&Part::Meeting, |r| {
            r.open_suggestions()
                .map(|s| {
                    let who = r
                        .person(&s.person)
                        .map(Person::display_name)
                        .unwrap_or_else(|| "A responder".into());
                    let place = match (&s.moment, s.kind) {
                        // The kind says what it is: "A moment they remember (09:20)".
                        (_, SuggestionKind::Remembered) => String::new(),
                        (Some(id), _) => r
                            .moment(id)
                            .map(|m| {
                                let when = moment_time_label(
                                    m.at, m.precision, &r.time_zone, &IntlZones, false,
                                );
                                format!("{when} \u{b7} {}", m.description)
                            })
                            .unwrap_or_else(|| "a moment no longer in the timeline".into()),
                        (None, _) => "the timeline".into(),
                    };
                    let said = if s.text.trim().is_empty() {
                        String::new()
                    } else {
                        format!(": \u{201c}{}\u{201d}", s.text.trim())
                    };
                    let label = match s.kind {
                        SuggestionKind::Remembered => {
                            let when = match s.when.trim() {
                                "" => "time not given",
                                when => when,
                            };
                            format!("{who}, {} ({when}){said}", s.kind.label())
                        }
                        _ => format!("{who}, {}: {place}{said}", s.kind.label()),
                    };
                    (s.id.clone(), label)
                })
                .collect::<Vec<_>>()
        })
    });
    // The row leaves the list: the focus goes to the next suggestion (or the one before), else
    // to the timeline's quick entry, not to the top of the page.
    let focus_after = move |id: &Id| {
        let next = listed.with_untracked(|l| {
            let at = l.iter().position(|(s, _)| s == id)?;
            l.get(at + 1)
                .or(at.checked_sub(1).and_then(|b| l.get(b)))
                .map(|(s, _)| format!("accept-{s}"))
        });
        let target = next.unwrap_or_else(|| "quick-entry-time".into());
        request_animation_frame(move || focus_by_id(target));
    };
    let accept = move |id: Id| {
        focus_after(&id);
        let new_id = app.new_id(
            if store.untracked(|r| {
                r.suggestions
                    .iter()
                    .any(|s| s.id == id && s.kind == SuggestionKind::Remembered)
            }) {
                "m"
            } else {
                "n"
            },
        );
        let taken = store.untracked(|r| {
            r.suggestions
                .iter()
                .find(|s| s.id == id)
                .map(|s| take_suggestion(r, s, &IntlZones, new_id))
        });
        match taken {
            Some(Taken::Moment(moment, placed)) => {
                let before = store.untracked(walk::position);
                store.add_moment(moment);
                let walk = super::timeline::added_before_the_walk(store, before);
                // Where it went when its time could not be used, then the walk's word on it.
                let said: Vec<String> = placed.into_iter().chain(walk).collect();
                if !said.is_empty() {
                    app.tell(said.join(" "));
                }
            }
            Some(Taken::Note(note)) => {
                store.write(&[Part::Meeting], |r| r.notes.push(note));
            }
            None => return,
        }
        store.write(&[Part::Meeting], |r| r.settle_suggestion(&id));
    };
    let reject = move |id: Id, text: String| {
        focus_after(&id);
        store.write(&[Part::Meeting], |r| r.settle_suggestion(&id));
        app.notice.set(Some(Notice {
            failure: false,
            text: format!("Rejected: {text}."),
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                store.write(&[Part::Meeting], |r| r.reopen_suggestion(&id));
            }))),
        }));
    };
    view! {
        <Show when=move || listed.with(|l| !l.is_empty())>
            <section class="suggestions card" aria-labelledby="suggestions-heading">
                <h3 id="suggestions-heading">"Suggestions from responders"</h3>
                <p class="hint">
                    "From worksheets. Accept a remembered moment to add it to the timeline; accept a "
                    "correction to keep it as an open question at its moment, to check in the meeting."
                </p>
                <ul aria-label="Suggestions from responders">
                    <For each=move || listed.get() key=|(id, _)| id.clone() let:item>
                        {
                            let (id, text) = item;
                            let button = format!("accept-{id}");
                            let (accept_id, reject_id) = (id.clone(), id);
                            let said = text.clone();
                            view! {
                                <li>
                                    <span>{text.clone()}</span>
                                    " "
                                    <Button id=button on_click=move |_| accept(accept_id.clone()) label="Accept" aria_label=format!("Accept: {text}")/>
                                    <Button class="quiet" on_click=move |_| reject(reject_id.clone(), said.clone()) label="Reject" aria_label=format!("Reject: {text}")/>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}
