//! The facilitator's notes: one note's field, wherever it is shown, and the notes on the whole
//! review rather than on one moment. Notes are the facilitator's alone: never on the shared
//! screen, in a report or in a copy for others.

use super::app::{use_app, Notice, Undo};
use super::browser::focus_by_id;
use super::fields::{CheckField, TextArea};
use super::widgets::Button;
use crate::model::{Id, Note, NoteKind};
use crate::store::{use_store, Part};
use leptos::prelude::*;

/// One note: its text, whether it is answered (for a question), and a way to remove it, after
/// which the focus goes to the element with the id `after_remove`.
#[component]
pub fn NoteField(note: Id, #[prop(into)] after_remove: String) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let dom_id = format!("note-{note}");
    let note = StoredValue::new(note);
    let read = move |f: fn(&Note) -> String| {
        Signal::derive(move || {
            store.read(&Part::Meeting, |r| {
                r.notes
                    .iter()
                    .find(|n| n.id == note.get_value())
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let edit = move |f: Box<dyn FnOnce(&mut Note)>| {
        store.write(&[Part::Meeting], |r| {
            if let Some(n) = r.notes.iter_mut().find(|n| n.id == note.get_value()) {
                f(n);
            }
        });
    };
    let kind = store.untracked(|r| {
        r.notes
            .iter()
            .find(|n| n.id == note.get_value())
            .map(|n| n.kind)
            .unwrap_or_default()
    });
    let label = match kind {
        NoteKind::Note => "Note".to_string(),
        other => other.label().to_string(),
    };
    let answered = Signal::derive(move || {
        store.read(&Part::Meeting, |r| {
            r.notes
                .iter()
                .any(|n| n.id == note.get_value() && n.resolved)
        })
    });
    let remove = move |_| {
        let Some((index, removed)) = store
            .write(&[Part::Meeting], |r| r.remove_note(&note.get_value()))
            .flatten()
        else {
            return;
        };
        focus_by_id(after_remove.clone());
        let said = removed.text.trim().chars().take(60).collect::<String>();
        app.notice.set(Some(Notice {
            text: if said.is_empty() {
                "Removed an empty note.".to_string()
            } else {
                format!("Removed the note \u{201c}{said}\u{201d}.")
            },
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                let removed = removed.clone();
                store.write(&[Part::Meeting], |r| {
                    let at = index.min(r.notes.len());
                    r.notes.insert(at, removed);
                });
            }))),
            failure: false,
        }));
    };
    view! {
        <div class="note">
            <TextArea
                label
                id=dom_id
                value=read(|n| n.text.clone())
                set=move |text: String| edit(Box::new(move |n| n.text = text))
            />
            {(kind != NoteKind::Note).then(|| view! {
                <CheckField
                    label="Answered"
                    checked=answered
                    set=move |on: bool| edit(Box::new(move |n| n.resolved = on))
                />
            })}
            <Button class="quiet" on_click=remove label="Remove note"/>
        </div>
    }
}

/// The notes on the whole review rather than on one moment: the facilitator's own, and what
/// came from elsewhere without a moment (a worksheet's answers to a question for that person,
/// words about a moment deleted since, values a file held that could not be read).
#[component]
pub fn ReviewNotes() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let notes = Memo::new(move |_| store.read(&Part::Meeting, |r| r.note_ids_on(None)));
    let add = move |_| {
        let id = app.new_id("n");
        let focus = format!("note-{id}");
        store.write(&[Part::Meeting], |r| {
            r.notes.push(Note {
                id,
                moment: None,
                kind: NoteKind::Note,
                text: String::new(),
                resolved: false,
            })
        });
        focus_by_id(focus);
    };
    view! {
        <section class="card" aria-labelledby="review-notes-heading">
            <h2 id="review-notes-heading">"Notes on the whole review"</h2>
            <p class="hint">
                "Yours alone: never on the shared screen, in a report or in a copy for others. "
                "Answers from worksheets that belong to no moment are kept here too."
            </p>
            <For each=move || notes.get() key=|id| id.clone() let:note>
                <NoteField note after_remove="add-review-note"/>
            </For>
            <Button on_click=add label="Add a note" id="add-review-note".to_string()/>
        </section>
    }
}
