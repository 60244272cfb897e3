//! The library: the reviews kept in this browser, and what can be done with each.

use super::app::{use_app, AppState, Notice, Undo};
use super::browser::{self, IntlZones};
use super::fields::{SelectField, TextField};
use super::import::ImportButton;
use super::widgets::{Button, Modal};
use crate::io::envelope;
use crate::io::library::{self, storage_size, LibraryEntry, Order};
use crate::model::time::{date_time_label, to_local};
use crate::model::{Id, Review};
use crate::route::{Route, Tab};
use crate::storage::backend::LOCAL_STORAGE_CHARS;
use crate::storage::now;
use crate::storage::reviews::Unreadable;
use leptos::prelude::*;

/// The key under which this window keeps the library's order (`browser::remember_choice`).
const ORDER_CHOICE: &str = "library-order";

#[component]
pub fn Library() -> impl IntoView {
    let app = use_app();
    let listing = Memo::new(move |_| {
        app.track_library();
        let mut ids = app.id_gen();
        app.reviews.with_value(|r| r.list(&mut ids))
    });
    // Another window may create or delete reviews.
    let listener = window_event_listener(leptos::ev::storage, move |_| app.library_changed());
    on_cleanup(move || listener.remove());
    Effect::new(move |_| document().set_title("Tunnel: reviews"));
    // Once the list is drawn (effects run after it): the fetch and the compile happen off the
    // main thread, and a review opened meanwhile waits on the same load.
    Effect::new(move |_| super::parts::preload_opening());

    // Finding one among many: every word typed in its title, in the order chosen.
    let query = RwSignal::new(String::new());
    // Kept across a reload of this window, as a choice made there is expected to be.
    let order = RwSignal::new(
        browser::remembered_choice(ORDER_CHOICE).map_or(Order::Edited, |key| Order::from_key(&key)),
    );
    let total = move || listing.with(|(entries, _)| entries.len());
    let entries = Memo::new(move |_| {
        listing.with(|(entries, _)| {
            query.with(|q| library::find(entries, q, order.get(), &browser::lowercase))
        })
    });
    let problems = move || listing.with(|(_, problems)| problems.clone());
    let used = move || {
        listing.with(|(entries, problems)| {
            let healthy: usize = entries.iter().filter_map(|e| e.chars).sum();
            healthy + problems.iter().map(|p| p.chars).sum::<usize>()
        })
    };
    // A plain task, not a resource: resources bring async machinery the app has no other use for.
    let kept = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let answer = browser::keep_storage().await;
        kept.try_set(answer);
    });

    view! {
        <header class="app-header">
            <h1>"Tunnel"</h1>
            <p class="tagline">
                "Blameless incident reviews, from inside the tunnel. "
                "Everything stays in this browser until you export it."
            </p>
        </header>
        <main class="library">
            <div class="toolbar">
                <Button class="primary" on_click=move |_| create_review(app) label="New review"/>
                <ImportButton/>
            </div>
            <Show
                when=move || listing.with(|(entries, problems)| !entries.is_empty() || !problems.is_empty())
                fallback=|| {
                    view! {
                        <p class="empty">
                            "No reviews in this browser yet. Start one with "
                            <strong>"New review"</strong>
                            ", or import a review file someone shared with you."
                        </p>
                    }
                }
            >
                <Show when=move || { total() > 1 }>
                    <div class="library-find" role="search" aria-label="Find a review">
                        <TextField
                            label="Find by title"
                            value=query
                            set=move |text: String| query.set(text)
                        />
                        <SelectField
                            label="Order"
                            options=Order::ALL
                                .iter()
                                .map(|o| (o.key().to_string(), o.label().to_string()))
                                .collect()
                            value=Signal::derive(move || order.get().key().to_string())
                            set=move |key: String| {
                                browser::remember_choice(ORDER_CHOICE, &key);
                                order.set(Order::from_key(&key));
                            }
                        />
                        <span role="status">
                            {move || {
                                let (shown, all) = (entries.with(Vec::len), total());
                                if shown == all {
                                    String::new()
                                } else if shown == 0 {
                                    "No review's title holds what is typed.".to_string()
                                } else {
                                    format!("{shown} of {all} reviews")
                                }
                            }}
                        </span>
                    </div>
                </Show>
                <ul class="review-list" role="list" aria-label="Reviews">
                    <For each=problems key=|p| p.id.clone() let:problem>
                        <DamagedRow problem/>
                    </For>
                    <For
                        each=move || entries.get()
                        key=|e| (e.id.clone(), e.revision, e.title.clone())
                        let:entry
                    >
                        <LibraryRow entry/>
                    </For>
                </ul>
            </Show>
            <p class="hint">
                "Reviews in this browser take " {move || storage_size(used())} " of the "
                {storage_size(LOCAL_STORAGE_CHARS)} " a browser keeps for a site. "
                {move || match kept.get() {
                    Some(true) => "The browser agreed to keep them until you delete them.",
                    Some(false) => {
                        "The browser has not agreed to keep them for good: it may clear them when \
                         the disk runs short of space, and some browsers (Safari among them) after \
                         a week without a visit. Export reviews you want to keep."
                    }
                    None => "Export reviews you want to keep: browsers may clear what a site stored.",
                }}
            </p>
        </main>
    }
}

fn create_review(app: AppState) {
    let id = app.new_id("r");
    // No title yet: the title box, which takes the focus, shows what to write (its
    // placeholder), and what is typed is the title, not appended to "Untitled review". The
    // review is called "Untitled review" wherever it is named until then (`display_title`).
    let review = Review::new(id.clone(), "", &browser::local_zone(), now());
    match app.reviews.with_value(|r| r.replace(&review, now())) {
        Ok(_) => {
            app.library_changed();
            // Asked before going, so that the focus request travels to the review's page.
            browser::focus_by_id("review-title".into());
            app.go(Route::Review(id, Tab::Setup));
        }
        Err(error) => app.tell_failure(format!("Could not create the review: {error}.")),
    }
}

#[component]
fn LibraryRow(entry: LibraryEntry) -> impl IntoView {
    let app = use_app();
    let renaming = RwSignal::new(false);
    let id = entry.id.clone();
    let href = Route::Review(id.clone(), Tab::Setup).to_hash();
    let incident = entry
        .incident_start
        .map(|at| {
            let local = to_local(at, &entry.time_zone, &IntlZones);
            local.date.human()
        })
        .unwrap_or_else(|| "date not set".to_string());
    let edited = date_time_label(entry.updated_at, &browser::local_zone(), &IntlZones);
    let moments = match entry.moments {
        1 => "1 moment".to_string(),
        n => format!("{n} moments"),
    };
    let title = display_title(&entry.title);
    let heading_id = format!("review-{}", entry.id);

    let export = {
        let id = id.clone();
        move |_| export_stored(app, &id)
    };
    let duplicate = {
        let id = id.clone();
        move |_| duplicate_stored(app, &id)
    };
    // Deleting a whole review asks first, as the review's own header does: the notice's Undo
    // lasts only until the next notice, or until it closes once read.
    let confirming = RwSignal::new(false);
    let close = Callback::new(move |_| confirming.set(false));
    let delete = {
        let id = id.clone();
        Callback::new(move |_| {
            confirming.set(false);
            delete_stored(app, &id)
        })
    };
    let export_first = {
        let id = id.clone();
        Callback::new(move |_| export_stored(app, &id))
    };
    let asked_title = StoredValue::new(title.clone());

    view! {
        <li class="review-row" aria-labelledby=heading_id.clone()>
            <div class="review-row-main">
                <h2 id=heading_id.clone()>
                    <a href=href id=format!("review-link-{}", entry.id)>{title.clone()}</a>
                </h2>
                <p class="meta">
                    <span>"Incident: " {incident}</span>
                    <span>{moments}</span>
                    <span>"Last edited " {edited}</span>
                    {entry.chars.map(|chars| view! { <span>"Stored: " {storage_size(chars)}</span> })}
                </p>
            </div>
            <Show
                when=move || renaming.get()
                fallback=move || {
                    view! {
                        <div class="row-actions">
                            <Button on_click=move |_| renaming.set(true) label="Rename"/>
                            <Button on_click=duplicate.clone() label="Duplicate"/>
                            <Button on_click=export.clone() label="Export review"/>
                            <Button class="danger" on_click=move |_| confirming.set(true) label="Delete review"/>
                        </div>
                    }
                }
            >
                <RenameForm id=id.clone() title=entry.title.clone() done=renaming/>
            </Show>
            <Show when=move || confirming.get()>
                <Modal title="Delete this review?" on_close=close>
                    <p>
                        "\u{201c}" {asked_title.get_value()} "\u{201d} will be removed from this browser. "
                        "Export it first if you may need it again."
                    </p>
                    <div class="dialog-actions">
                        <Button on_click=export_first label="Export review"/>
                        <Button class="danger" on_click=delete label="Delete it"/>
                        <Button on_click=close label="Cancel"/>
                    </div>
                </Modal>
            </Show>
        </li>
    }
}

/// Titles are never blank on screen.
/// A title as the app shows it (`model::title_shown`), cut at 200 characters: a title pasted
/// with a whole document in it filled the library and every notice naming it.
pub fn display_title(title: &str) -> String {
    const LONGEST: usize = 200;
    match title.char_indices().nth(LONGEST) {
        Some((cut, _)) => crate::model::title_shown(&format!("{}\u{2026}", &title[..cut])),
        None => crate::model::title_shown(title),
    }
}

#[component]
fn RenameForm(id: Id, title: String, done: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
            input.select();
        }
    });
    // The form leaves the page with the focus in it: the focus goes to the review's title, once
    // the row is drawn again.
    // Read before the form is closed: closing disposes what the form owns.
    let link = StoredValue::new(format!("review-link-{id}"));
    let back_to_row = move |link: String| {
        request_animation_frame(move || browser::focus_by_id(link));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let link = link.get_value();
        let Some(new_title) = input.get_untracked().map(|i| i.value()) else {
            return;
        };
        if new_title.trim().is_empty() {
            // A blank title would be shown as "Untitled review", and the old one lost unasked.
            app.tell("Type the new title, or press Escape to keep the one it has.");
            return;
        }
        let mut ids = app.id_gen();
        let result = app.reviews.with_value(|r| {
            let mut loaded = r.load(&id, &mut ids).map_err(|p| p.message)?;
            loaded.review.title = new_title.trim().to_string();
            loaded.review.updated_at = now();
            r.save(&loaded.review, loaded.revision, now())
                .map_err(|e| e.to_string())
        });
        if let Err(error) = result {
            app.tell_failure(format!("Could not rename the review: {error}."));
        }
        done.set(false);
        app.library_changed();
        back_to_row(link);
    };
    view! {
        <form
            class="rename"
            on:submit=save
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                // Escape cancels, as in a dialog.
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    let link = link.get_value();
                    done.set(false);
                    back_to_row(link);
                }
            }
        >
            <label>
                "New title"
                <input node_ref=input type="text" value=title maxlength="300"/>
            </label>
            <button type="submit" class="primary">"Save title"</button>
            <Button
                on_click=move |_| {
                    let link = link.get_value();
                    done.set(false);
                    back_to_row(link);
                }
                label="Cancel"
            />
        </form>
    }
}

/// The titles of the reviews in the library, for a copy's title to differ from them all.
pub fn titles_in_library(app: AppState) -> Vec<String> {
    let mut ids = app.id_gen();
    let (entries, _) = app.reviews.with_value(|r| r.list(&mut ids));
    entries.into_iter().map(|entry| entry.title).collect()
}

fn load_stored(app: AppState, id: &Id) -> Result<Review, String> {
    let mut ids = app.id_gen();
    app.reviews
        .with_value(|r| r.load(id, &mut ids))
        .map(|loaded| loaded.review)
        .map_err(|problem| problem.message)
}

/// Downloads a review as a JSON file.
pub fn export_review(review: &Review) -> Result<(), String> {
    let date = review
        .incident_start
        .map(|at| to_local(at, &review.time_zone, &IntlZones).date);
    let name = envelope::export_file_name(&review.title, date, "tunnel.json");
    browser::download(
        &name,
        "application/json",
        &envelope::export_json(review, now()),
    )
}

fn export_stored(app: AppState, id: &Id) {
    if let Err(error) = load_stored(app, id).and_then(|review| export_review(&review)) {
        app.tell_failure(format!("Could not export the review: {error}."));
    }
}

fn duplicate_stored(app: AppState, id: &Id) {
    let result = load_stored(app, id).and_then(|mut review| {
        review.id = app.new_id("r");
        // The title as it was written, not as shown (cut, isolated).
        review.title = library::copy_title(&review.title, "copy", &titles_in_library(app));
        review.created_at = now();
        review.updated_at = now();
        app.reviews
            .with_value(|r| r.replace(&review, now()))
            .map_err(|e| e.to_string())
            .map(|_| review.title)
    });
    match result {
        Ok(title) => app.tell(format!("Created \u{201c}{title}\u{201d}.")),
        Err(error) => app.tell_failure(format!("Could not duplicate the review: {error}.")),
    }
    app.library_changed();
}

/// Deletes a stored review, keeping it in memory so that the notice can undo the deletion.
pub fn delete_stored(app: AppState, id: &Id) {
    let review = load_stored(app, id).ok();
    app.reviews.with_value(|r| r.delete(id));
    let title = review
        .as_ref()
        .map(|r| display_title(&r.title))
        .unwrap_or_else(|| "the review".into());
    app.notice.set(Some(Notice {
        failure: false,
        text: format!("Deleted \u{201c}{title}\u{201d}."),
        // Nothing stored once deleted: put back only if it stays so.
        undo: review.map(|r| Undo::RestoreReview(Box::new(r), 0)),
    }));
    app.library_changed();
}

/// A stored review that could not be read, in the library's list: marked, with its raw text
/// on offer.
#[component]
fn DamagedRow(problem: Unreadable) -> impl IntoView {
    let heading_id = format!("review-{}", problem.id);
    view! {
        <li class="review-row damaged" aria-labelledby=heading_id.clone()>
            <div class="review-row-main">
                <h2 id=heading_id.clone()>
                    "Damaged review \u{201c}"
                    {problem.title.clone().unwrap_or_else(|| problem.id.to_string())}
                    "\u{201d}"
                </h2>
                <p class="meta">
                    <strong>"Damaged: Tunnel cannot read it. "</strong>
                    {problem.message.clone()}
                </p>
                <p class="meta">
                    <span>"Stored: " {storage_size(problem.chars)}</span>
                    <span>"Its stored text is untouched."</span>
                </p>
            </div>
            <DamagedActions id=problem.id/>
        </li>
    }
}

/// A stored review that could not be read, opened directly: say so, offer its raw text.
#[component]
pub fn UnreadableNotice(problem: Unreadable) -> impl IntoView {
    view! {
        <section class="banner banner-error" role="alert" aria-label="Review that could not be read">
            <p>
                <strong>"A review stored in this browser could not be read"</strong>
                " (stored as \u{201c}" {problem.id.to_string()} "\u{201d}). " {problem.message}
            </p>
            <p>
                "Its text is untouched. Download it to recover what you can, or delete it."
            </p>
            <DamagedActions id=problem.id/>
        </section>
    }
}

/// Download and delete for a damaged review. Deleting asks first and offers the download
/// again, and the notice after it can undo the deletion.
#[component]
fn DamagedActions(id: Id) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let confirming = RwSignal::new(false);
    let close = Callback::new(move |_| confirming.set(false));
    let download = Callback::new(move |_| download_stored_text(app, &id.get_value()));
    let delete = move |_| {
        confirming.set(false);
        delete_damaged(app, &id.get_value());
    };
    view! {
        <div class="row-actions">
            <Button on_click=download label="Download stored text"/>
            <Button class="danger" on_click=move |_| confirming.set(true) label="Delete review"/>
        </div>
        <Show when=move || confirming.get()>
            <Modal title="Delete this damaged review?" on_close=close>
                <p>
                    "Tunnel cannot read it, so deleting it throws away whatever it still holds. "
                    "Download its stored text first to keep it."
                </p>
                <div class="dialog-actions">
                    <Button class="primary" on_click=download label="Download stored text"/>
                    <Button class="danger" on_click=delete label="Delete it"/>
                    <Button on_click=close label="Cancel"/>
                </div>
            </Modal>
        </Show>
    }
}

/// Downloads a damaged review's stored text: unpacked when that still works, since the JSON is
/// what a person can recover from.
fn download_stored_text(app: AppState, id: &Id) {
    let raw = app.reviews.with_value(|r| match r.stored_json(id) {
        Some(Ok(json)) => json,
        _ => r.raw(id).unwrap_or_default(),
    });
    let name = format!("unreadable-review-{}.txt", envelope::slug(id.as_str()));
    if let Err(error) = browser::download(&name, "text/plain", &raw) {
        app.tell_failure(format!("Could not download the stored text: {error}."));
    }
}

/// Deletes a damaged review; the notice's Undo puts its stored text back as it was.
fn delete_damaged(app: AppState, id: &Id) {
    let backend = app.reviews.with_value(|r| r.backend().clone());
    let revision_key = library::revision_key(id);
    let raw = app.reviews.with_value(|r| r.raw(id));
    let revision = backend.get(&revision_key);
    app.reviews.with_value(|r| r.delete(id));
    let id = id.clone();
    let text = format!("Deleted the damaged review \u{201c}{id}\u{201d}.");
    let restore = move || {
        let put = raw
            .as_deref()
            .map(|raw| app.reviews.with_value(|r| r.put_raw(&id, raw)));
        if let Some(revision) = &revision {
            let _ = backend.set_text(&revision_key, revision);
        }
        match put {
            Some(Err(error)) => app.tell_failure(format!("Could not put it back: {error}.")),
            _ => app.tell(format!("Put back the damaged review \u{201c}{id}\u{201d}.")),
        }
        app.library_changed();
    };
    app.notice.set(Some(Notice {
        failure: false,
        text,
        undo: Some(Undo::Run(std::sync::Arc::new(restore))),
    }));
    app.library_changed();
    if matches!(app.route.get_untracked(), Route::Review(..)) {
        app.go(Route::Library);
    }
}
