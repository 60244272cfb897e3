//! A person's question queue: questions the facilitator means to ask them, written while
//! preparing (on the setup screen) or during the walk, and brought up in that person's account
//! at each of their moments until marked asked. Never on the shared screen or in a report.

use super::app::use_app;
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
    let asked = move |id: Id| {
        store.write(&[Part::Meeting], |r| {
            if let Some(q) = r.queued_mut(&id) {
                q.asked = true;
            }
        });
    };
    view! {
        <div class="question-queue">
            <ul aria-label=move || format!("Questions for {}", name.get())>
                {move || {
                    queued()
                        .into_iter()
                        .map(|(id, text)| {
                            let label = format!("Asked: {text}");
                            view! {
                                <li>
                                    <span>{text}</span>
                                    " "
                                    <Button class="quiet" on_click=move |_| asked(id.clone()) label="Asked" aria_label=label/>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <form class="inline-add" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <TextField label="Question for later" value=draft set=move |v: String| draft.set(v)/>
                <Button on_click=move |_| add() label="Add to queue"/>
            </form>
        </div>
    }
}
