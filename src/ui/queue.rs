//! A person's question queue: questions the facilitator means to ask them, written while
//! preparing (on the setup screen) or during the walk, and brought up in that person's account
//! at each of their moments until marked asked. Never on the shared screen or in a report.

use super::app::{use_app, Notice, Undo};
use super::browser::focus_by_id;
use super::fields::TextField;
use super::widgets::Button;
use crate::model::{Id, QueuedQuestion};
use crate::store::{use_store, Part};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The questions still to ask `person`, each with "Edit", "Asked" and "Remove", and a field to
/// add one. What is typed there and not added yet is kept across reloads and screens.
#[component]
pub fn QuestionQueue(person: Id, #[prop(into)] name: Signal<String>) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let person = StoredValue::new(person);
    let draft =
        super::browser::Draft::new(format!("{}:question:{}", store.id(), person.get_value()));
    let queued = move || {
        store.read(&Part::Meeting, |r| {
            r.queued_for(&person.get_value())
                .into_iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let add = move || {
        let text = draft.text.get_untracked().trim().to_string();
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
    // A question leaves the list (asked, removed): the focus goes to the one after it (or
    // before it), else to the field for a new one, not to the top of the page.
    let focus_after = Callback::new(move |id: Id| {
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
        let target = match next {
            Some(next) => format!("asked-{next}"),
            None => draft_id.get_value(),
        };
        request_animation_frame(move || focus_by_id(target));
    });
    view! {
        <div class="question-queue">
            <ul aria-label=move || format!("Questions for {}", name.get())>
                <For each=queued key=|id| id.clone() let:id>
                    <QueuedRow id focus_after/>
                </For>
            </ul>
            // Not a form: a page with a form per person (Setup, Interviews with 300 people) had
            // the browser look its forms over again after every batch of rows, a second and
            // more of work for 300 forms. Enter in the box adds, as a form's would.
            <div
                class="inline-add"
                on:keydown=move |ev| {
                    let in_box = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .is_some();
                    // 229: Safari's Enter that ends an input method's word, not a question.
                    let composing = ev.is_composing() || ev.key_code() == 229;
                    if ev.key() == "Enter" && in_box && !composing {
                        ev.prevent_default();
                        add();
                    }
                }
            >
                <TextField label="Question for later" id=draft_field value=draft.text set=move |v: String| draft.set(v)/>
                <Button on_click=move |_| add() label="Add to queue"/>
            </div>
        </div>
    }
}

/// One queued question: its text, or a field to change it, and its buttons. `focus_after` is
/// called just before it leaves the list.
#[component]
fn QueuedRow(id: Id, focus_after: Callback<Id>) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let id = StoredValue::new(id);
    let text = Signal::derive(move || {
        store.read(&Part::Meeting, |r| {
            r.questions
                .iter()
                .find(|q| q.id == id.get_value())
                .map(|q| q.text.clone())
                .unwrap_or_default()
        })
    });
    let dom = move |what: &str| format!("{what}-{}", id.get_value());
    // While the text is being changed: what it was before, for Escape.
    let editing = RwSignal::new(None::<String>);
    let set_text = move |to: String| {
        store.write(&[Part::Meeting], |r| {
            if let Some(q) = r.queued_mut(&id.get_value()) {
                q.text = to;
            }
        });
    };
    let remove = move || {
        focus_after.run(id.get_value());
        let Some(Some((at, question))) =
            store.write(&[Part::Meeting], |r| r.remove_question(&id.get_value()))
        else {
            return;
        };
        let said = question.text.trim().to_string();
        app.notice.set(Some(Notice {
            failure: false,
            text: if said.is_empty() {
                "Removed an empty question.".to_string()
            } else {
                format!("Removed the question \u{201c}{said}\u{201d}.")
            },
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                let question = question.clone();
                store.write(&[Part::Meeting], |r| r.restore_question(at, question));
            }))),
        }));
    };
    let asked = move || {
        focus_after.run(id.get_value());
        let text = store
            .write(&[Part::Meeting], |r| {
                r.queued_mut(&id.get_value()).map(|q| {
                    q.asked = true;
                    q.text.clone()
                })
            })
            .flatten();
        // A press by mistake takes a question away for good otherwise: it is asked no more.
        // The row is gone by the time Undo is pressed: the undo holds the id itself.
        let question = id.get_value();
        if let Some(text) = text {
            app.notice.set(Some(Notice {
                failure: false,
                text: format!("Marked asked: \u{201c}{text}\u{201d}."),
                undo: Some(Undo::Run(std::sync::Arc::new(move || {
                    store.write(&[Part::Meeting], |r| {
                        if let Some(q) = r.queued_mut(&question) {
                            q.asked = false;
                        }
                    });
                }))),
            }));
        }
    };
    let done = move || {
        let before = editing.try_update(Option::take).flatten();
        if text.get_untracked().trim().is_empty() {
            // Emptied and kept: taken away, with the words it had for the notice and Undo.
            if let Some(before) = before {
                set_text(before);
            }
            remove();
        } else {
            let button = dom("edit");
            request_animation_frame(move || focus_by_id(button));
        }
    };
    let cancel = move || {
        if let Some(before) = editing.get_untracked() {
            set_text(before);
        }
        editing.set(None);
        let button = dom("edit");
        request_animation_frame(move || focus_by_id(button));
    };
    let edit = move || {
        editing.set(Some(text.get_untracked()));
        focus_by_id(dom("question"));
    };
    view! {
        <li>
            <Show
                when=move || editing.with(Option::is_some)
                fallback=move || view! {
                    <span>{text}</span>
                    " "
                    <button type="button" class="quiet" id=dom("edit") aria-label=move || format!("Edit: {}", text.get()) on:click=move |_| edit()>
                        "Edit"
                    </button>
                    <button type="button" class="quiet" id=dom("asked") aria-label=move || format!("Asked: {}", text.get()) on:click=move |_| asked()>
                        "Asked"
                    </button>
                    <button type="button" class="quiet" aria-label=move || format!("Remove: {}", text.get()) on:click=move |_| remove()>
                        "Remove"
                    </button>
                }
            >
                <form
                    class="inline-add"
                    on:submit=move |ev| { ev.prevent_default(); done(); }
                    on:keydown=move |ev| {
                        // Escape puts the question back as it was, as a rename does.
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            ev.stop_propagation();
                            cancel();
                        }
                    }
                >
                    <TextField label="Question" id=dom("question") value=text set=set_text/>
                    <Button on_click=move |_| done() label="Done"/>
                </form>
            </Show>
        </li>
    }
}
