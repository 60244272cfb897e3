//! A person's question queue: questions the facilitator means to ask them, written while
//! preparing (on the setup screen) or during the walk, and brought up in that person's account
//! at each of their moments until marked asked. Never on the shared screen or in a report.

use super::app::{use_app, Notice, Undo};
use super::fields::TextField;
use super::widgets::Button;
use crate::model::{Id, QueuedQuestion};
use crate::store::{use_store, Part};
use leptos::prelude::*;

/// The questions still to ask `person`, each with "Asked", and a field to add one.
#[component]
pub fn QuestionQueue(person: Id, #[prop(into)] name: Signal<String>) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let person = StoredValue::new(person);
    let draft = RwSignal::new(String::new());
    let queued = move || {
        store.read(&Part::Meeting, |r| {
            r.queued_for(&person.get_value())
                .into_iter()
                .map(|q| (q.id.clone(), q.text.clone()))
                .collect::<Vec<_>>()
        })
    };
    let add = move || {
        let text = draft.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let question = QueuedQuestion {
            id: app.new_id("q"),
            person: person.get_value(),
            text,
            asked: false,
        };
        store.write(&[Part::Meeting], |r| r.questions.push(question));
        draft.set(String::new());
    };
    let draft_field = super::widgets::dom_id("question-draft");
    let draft_id = StoredValue::new(draft_field.clone());
    let asked = move |id: Id| {
        // The list is drawn again without it: the focus goes to the question after it (or
        // before it), else to the field for a new one, not to the top of the page.
        let next = store.untracked(|r| {
            let left: Vec<Id> = r
                .queued_for(&person.get_value())
                .into_iter()
                .map(|q| q.id.clone())
                .collect();
            let at = left.iter().position(|q| q == &id)?;
            left.get(at + 1)
                .or(at.checked_sub(1).and_then(|b| left.get(b)))
                .cloned()
        });
        let text = store
            .write(&[Part::Meeting], |r| {
                r.queued_mut(&id).map(|q| {
                    q.asked = true;
                    q.text.clone()
                })
            })
            .flatten();
        // A press by mistake takes a question away for good otherwise: it is asked no more.
        if let Some(text) = text {
            app.notice.set(Some(Notice {
                text: format!("Marked asked: \u{201c}{text}\u{201d}."),
                undo: Some(Undo::Run(std::sync::Arc::new(move || {
                    store.write(&[Part::Meeting], |r| {
                        if let Some(q) = r.questions.iter_mut().find(|q| q.id == id) {
                            q.asked = false;
                        }
                    });
                }))),
            }));
        }
        let target = match next {
            Some(next) => format!("asked-{next}"),
            None => draft_id.get_value(),
        };
        request_animation_frame(move || super::browser::focus_by_id(target));
    };
    view! {
        <div class="question-queue">
            <ul aria-label=move || format!("Questions for {}", name.get())>
                {move || {
                    queued()
                        .into_iter()
                        .map(|(id, text)| {
                            let label = format!("Asked: {text}");
                            let button_id = format!("asked-{id}");
                            view! {
                                <li>
                                    <span>{text}</span>
                                    " "
                                    <Button class="quiet" id=button_id on_click=move |_| asked(id.clone()) label="Asked" aria_label=label/>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <form class="inline-add" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <TextField label="Question for later" id=draft_field value=draft set=move |v: String| draft.set(v)/>
                <Button on_click=move |_| add() label="Add to queue"/>
            </form>
        </div>
    }
}
