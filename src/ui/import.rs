//! Importing a review file: pick, read, and add it without ever overwriting silently. A
//! responder's worksheet answers are recognised and offered for merging (`ui::answers`).

use super::app::{use_app, AppState, Notice, Undo};
use super::browser;
use super::library::display_title;
use super::parts::{import_dialog_part, merge_dialog, Merging};
use super::widgets::Button;
use super::widgets::Modal;
use crate::io::answers;
use crate::io::envelope::{self, ReadReview, MAX_FILE_BYTES};
use crate::model::time::date_time_label;
use crate::model::Review;
use crate::route::{Route, Tab};
use crate::storage::now;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where an import stands.
#[derive(Clone)]
pub enum ImportState {
    Idle,
    Reading,
    /// The file is read and a dialog asks or tells something about it.
    Asking(ImportDialog),
}

/// What an import asks or tells once the file is read. The dialogs are in a part
/// (`parts::import_dialog_part`): the library's first download carries only the button.
#[derive(Clone)]
pub enum ImportDialog {
    Failed {
        file: String,
        message: String,
        /// The file's bytes, when it is a review with wrong values that can be left out
        /// (`envelope::read_bytes_mending`).
        mendable: Option<Arc<Vec<u8>>>,
    },
    /// The file's review is already in this browser: replace it, or keep both?
    AlreadyHere {
        read: Box<ReadReview>,
        existing: Box<Review>,
    },
    /// A responder's worksheet answers, or another copy of a review here: offered for merging.
    Merge(Merging),
}

#[component]
pub fn ImportButton() -> impl IntoView {
    let app = use_app();
    let input = NodeRef::<leptos::html::Input>::new();
    let state = RwSignal::new(ImportState::Idle);

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = target.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Picking the same file again must fire `change` again.
        target.set_value("");
        state.set(ImportState::Reading);
        leptos::task::spawn_local(async move {
            state.set(read_picked(app, file).await);
        });
    };

    view! {
        // Not disabled while a file is read: a disabled button drops the focus, and the dialog
        // that follows would give it back to nothing when closed.
        <Button on_click=move |_| {
                if matches!(state.get_untracked(), ImportState::Reading) {
                    return;
                }
                if let Some(input) = input.get() {
                    input.click();
                }
            }
            label="Import review"/>
        <input
            node_ref=input
            type="file"
            hidden
            tabindex="-1"
            aria-hidden="true"
            accept=".json,.html,.htm,application/json,text/html"
            on:change=on_pick
        />
        {move || match state.get() {
            ImportState::Idle | ImportState::Reading => None,
            // Why a file could not be read is said here, not in a part: a part that cannot be
            // fetched would put its own message in place of the reason.
            ImportState::Asking(ImportDialog::Failed {
                file,
                message,
                mendable,
            }) => Some(failed_dialog(app, file, message, mendable, state)),
            ImportState::Asking(dialog) => Some(import_dialog_part(dialog, state)),
        }}
    }
}

/// Why a file could not be imported; closing it ends the import. A review with wrong values
/// can be imported without them, each kept in a note.
fn failed_dialog(
    app: AppState,
    file: String,
    message: String,
    mendable: Option<Arc<Vec<u8>>>,
    state: RwSignal<ImportState>,
) -> AnyView {
    let close = Callback::new(move |_| state.set(ImportState::Idle));
    let Some(bytes) = mendable else {
        return view! { <ImportFailed file message close/> }.into_any();
    };
    let name = file.clone();
    let mend = Callback::new(move |_| {
        let mut ids = app.id_gen();
        state.set(match envelope::read_bytes_mending(&bytes, &mut ids) {
            Ok(read) => place_read(app, read),
            Err(error) => ImportState::Asking(ImportDialog::Failed {
                file: name.clone(),
                message: error.to_string(),
                mendable: None,
            }),
        });
    });
    view! { <ImportFailed file message close mend/> }.into_any()
}

/// Draws the dialog an import shows once its file is read (called by the part).
pub fn import_dialog(dialog: ImportDialog, state: RwSignal<ImportState>) -> AnyView {
    let close = Callback::new(move |_| state.set(ImportState::Idle));
    match dialog {
        ImportDialog::Failed {
            file,
            message,
            mendable,
        } => failed_dialog(use_app(), file, message, mendable, state),
        ImportDialog::AlreadyHere { read, existing } => {
            view! { <AlreadyHere read=*read existing=*existing state/> }.into_any()
        }
        ImportDialog::Merge(merging) => merge_dialog(merging, close),
    }
}

async fn read_picked(app: AppState, file: web_sys::File) -> ImportState {
    let name = file.name();
    let failed = |message: String| {
        ImportState::Asking(ImportDialog::Failed {
            file: name.clone(),
            message,
            mendable: None,
        })
    };
    if file.size() > MAX_FILE_BYTES as f64 {
        return failed(
            envelope::ReadError::TooLarge {
                bytes: file.size() as usize,
            }
            .to_string(),
        );
    }
    let bytes = match read_bytes(&file).await {
        Ok(bytes) => bytes,
        Err(message) => return failed(message),
    };
    let mut ids = app.id_gen();
    if let Some(text) = std::str::from_utf8(&bytes)
        .ok()
        .filter(|text| answers::is_response(text))
    {
        return ImportState::Asking(ImportDialog::Merge(Merging::Answers {
            file: name,
            text: text.to_string(),
        }));
    }
    match envelope::read_bytes(&bytes, &mut ids) {
        Ok(read) => place_read(app, read),
        Err(error @ envelope::ReadError::Invalid { .. }) => {
            ImportState::Asking(ImportDialog::Failed {
                file: name,
                message: error.to_string(),
                mendable: Some(Arc::new(bytes)),
            })
        }
        Err(error) => failed(error.to_string()),
    }
}

/// Stores a review read from a file, or asks first when it is already here.
fn place_read(app: AppState, read: ReadReview) -> ImportState {
    let mut ids = app.id_gen();
    let id = read.envelope.review.id.clone();
    let existing = app
        .reviews
        .with_value(|r| r.load(&id, &mut ids).ok())
        .map(|loaded| loaded.review);
    match existing {
        Some(existing) => ImportState::Asking(ImportDialog::AlreadyHere {
            read: Box::new(read),
            existing: Box::new(existing),
        }),
        // A stored value that cannot be read is never replaced by an import either.
        None if app.reviews.with_value(|r| r.exists(&id)) => {
            let mut copy = read;
            copy.envelope.review.id = app.new_id("r");
            store_imported(app, copy, None);
            ImportState::Idle
        }
        None => {
            store_imported(app, read, None);
            ImportState::Idle
        }
    }
}

async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("The browser could not read {}.", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Stores an imported review and opens it; one that replaced `previous` is not opened, and the
/// notice offers to put `previous` back (while the library is shown, `ui::app`).
fn store_imported(app: AppState, read: ReadReview, previous: Option<Review>) {
    // A file that does not say when its review was last changed is listed as changed when
    // it tells something else (exported, created), or now, not on 1 January 1970.
    let changed = read.envelope.last_changed();
    let mut review = read.envelope.review;
    if review.updated_at == crate::model::Instant::default() {
        review.updated_at = changed.unwrap_or_else(now);
    }
    match app.reviews.with_value(|r| r.replace(&review, now())) {
        Ok(revision) => {
            let mut text = match previous {
                Some(_) => format!(
                    "Replaced \u{201c}{}\u{201d} with the file's copy.",
                    display_title(&review.title)
                ),
                None => format!("Imported \u{201c}{}\u{201d}.", display_title(&review.title)),
            };
            if crate::io::work::is_shared_copy(&review) {
                text.push_str(
                    " It is a copy made for others, without the facilitator's notes, the \
                     questions for people and what was said off the record: it is kept apart \
                     from the review it was made from.",
                );
            }
            if !read.repairs.is_empty() {
                text.push_str(" Repaired while reading: ");
                text.push_str(&read.repairs.join(" "));
            }
            app.library_changed();
            match previous {
                Some(previous) => app.notice.set(Some(Notice {
                    failure: false,
                    text,
                    undo: Some(Undo::RestoreReview(Box::new(previous), revision)),
                })),
                None => {
                    app.tell(text);
                    app.go(Route::Review(review.id, Tab::Setup));
                }
            }
        }
        Err(error) => app.tell_failure(format!(
            "Could not import: {error}. Nothing stored was changed."
        )),
    }
}

/// Why a file could not be imported; with `mend`, the offer to import it without the values
/// that cannot be read.
#[component]
pub fn ImportFailed(
    file: String,
    message: String,
    close: Callback<()>,
    #[prop(optional)] mend: Option<Callback<()>>,
) -> impl IntoView {
    let actions = match mend {
        Some(mend) => view! {
            <p>
                "It can be imported without the values that cannot be read: each is kept, as "
                "the file wrote it, in a note of the review, on its moment when it was in one."
            </p>
            <p>"Nothing has been imported yet, and nothing in this browser was changed."</p>
            <div class="dialog-actions">
                <Button class="primary" on_click=move |_| mend.run(()) label="Import without them"/>
                <Button on_click=move |_| close.run(()) label="Cancel"/>
            </div>
        }
        .into_any(),
        None => view! {
            <p>"Nothing was imported and nothing in this browser was changed."</p>
            <div class="dialog-actions">
                <Button class="primary" on_click=move |_| close.run(()) label="OK"/>
            </div>
        }
        .into_any(),
    };
    view! {
        <Modal title="The file could not be imported" on_close=close>
            <p>
                <strong>{file}</strong>
                ": "
                {message}
            </p>
            {actions}
        </Modal>
    }
}

#[component]
fn AlreadyHere(read: ReadReview, existing: Review, state: RwSignal<ImportState>) -> impl IntoView {
    let app = use_app();
    let zone = browser::local_zone();
    // A file whose review does not say when it was last changed is taken as changed when the
    // file says something else happened (exported, saved, created), as the library lists it
    // once imported; not on 1 January 1970, and not as older than every copy.
    let file_changed = read.envelope.last_changed();
    let theirs = file_changed.map_or_else(
        || "at a time the file does not say".to_string(),
        |at| date_time_label(at, &zone, &browser::IntlZones),
    );
    let ours = date_time_label(existing.updated_at, &zone, &browser::IntlZones);
    let newer_here = file_changed.is_some_and(|at| existing.updated_at > at);
    let undated = file_changed.is_none();
    let title = display_title(&existing.title);
    let file_title = display_title(&read.envelope.review.title);
    let file_title_shown = file_title.clone();
    let close = Callback::new(move |_| state.set(ImportState::Idle));
    let keep_both = {
        let read = read.clone();
        move |_| {
            state.set(ImportState::Idle);
            let mut copy = read.clone();
            copy.envelope.review.id = app.new_id("r");
            let titles = super::library::titles_in_library(app);
            // The title as it was written, not as shown (cut, isolated).
            copy.envelope.review.title =
                crate::io::library::copy_title(&copy.envelope.review.title, "imported", &titles);
            store_imported(app, copy, None);
        }
    };
    let replace = {
        let read = read.clone();
        let existing_here = StoredValue::new(existing.clone());
        move |_| {
            state.set(ImportState::Idle);
            let mut read = read.clone();
            // This browser's session as it is now: another window may have moved the walk
            // since the dialog opened.
            let id = read.envelope.review.id.clone();
            let now = app
                .reviews
                .with_value(|r| r.load(&id, &mut app.id_gen()).ok());
            let previous = now.map_or_else(|| existing_here.get_value(), |l| l.review);
            read.envelope.review.session =
                crate::method::walk::session_on_replace(&previous.session, &read.envelope.review);
            store_imported(app, read, Some(previous));
        }
    };
    let merge = {
        let read = read.clone();
        move |_| {
            state.set(ImportState::Asking(ImportDialog::Merge(Merging::Copy(
                Box::new(read.clone()),
            ))))
        }
    };
    view! {
        <Modal title="This review is already in this browser" on_close=close>
            <p>
                "The file holds \u{201c}" {file_title_shown}
                "\u{201d}, last edited " {theirs} ". This browser has \u{201c}" {title}
                "\u{201d}, last edited " {ours} "."
            </p>
            {newer_here
                .then(|| {
                    view! {
                        <p class="warning">
                            <strong>"The copy in this browser is newer than the file."</strong>
                            " Replacing it would lose the later edits."
                        </p>
                    }
                })}
            {undated
                .then(|| {
                    view! {
                        <p class="warning">
                            "The file does not say when it was edited. Replacing loses what was "
                            "changed in this browser since it was made."
                        </p>
                    }
                })}
            <p class="hint">
                "Replacing keeps where the meeting is in this browser: its phase, its moment and "
                "what the shared screen shows. The notice that follows can undo it, in the library."
            </p>
            <div class="dialog-actions">
                <Button class="primary" on_click=merge label="Merge the two"/>
                <Button on_click=keep_both label="Keep both"/>
                <Button class="danger" on_click=replace label="Replace it"/>
                <Button on_click=move |_| close.run(()) label="Cancel"/>
            </div>
        </Modal>
    }
}
