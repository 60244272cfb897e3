//! An open review: its header, its sections, and what the person must know about saving.

use super::app::{use_app, AppState, Undo};
use super::browser;
use super::guard::ReviewCounter;
use super::library::{display_title, export_review, UnreadableNotice};
use super::parts::{part, preload, Which};
use super::timeline::Timeline;
use super::widgets::{Button, Modal};
use crate::io::journal::{describe, shown};
use crate::io::merge::{Conflict, Seg, Side};
use crate::model::Id;
use crate::route::{Route, Tab};
use crate::storage::autosave::{Autosave, SaveStatus};
use crate::store::ReviewStore;
use leptos::prelude::*;

/// An open review: its header, saving, and the body of the current tab.
#[component]
pub fn ReviewScreen(id: Id) -> impl IntoView {
    let app = use_app();
    let mut ids = app.id_gen();
    let loaded = super::browser::measured("tunnel: read the review", || {
        app.reviews.with_value(|r| r.load(&id, &mut ids))
    });
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(problem) => {
            // A link or a bookmark to a review this browser never had, or no longer has, is
            // not a damaged review: there is nothing to download or delete.
            let missing = !app.reviews.with_value(|r| r.exists(&id));
            return view! {
                <main class="unreadable">
                    {if missing {
                        view! { <MissingReview id=id.clone()/> }.into_any()
                    } else {
                        view! { <UnreadableNotice problem/> }.into_any()
                    }}
                    <p>
                        <a href="#/">"Back to the library"</a>
                    </p>
                </main>
            }
            .into_any();
        }
    };
    let mut said = Vec::new();
    if !loaded.repairs.is_empty() {
        said.push(format!(
            "This review was repaired while reading: {}",
            loaded.repairs.join(" ")
        ));
    }
    let review = loaded.review;
    // A meeting clock left running when the review was last put away stops at its last change,
    // so that the night between two sittings is not meeting time. Settled as the review is
    // opened, not when the console is drawn: moving to the console from another tab is the
    // meeting going on, and settling then (writing the review while the console was being
    // built) stopped the app. Written as an edit once this screen is built, so that it is
    // saved: the shared screen, opened on its own, reads the stored clock.
    let (last_change, settled_at) = (review.updated_at, crate::storage::now());
    let left_running = {
        let mut session = review.session.clone();
        crate::method::clock::settle(&mut session, last_change, settled_at)
    };
    if left_running {
        said.push(
            "The meeting clock was left running; it stopped at this review's last change. \
             Resume it when the meeting goes on."
                .to_string(),
        );
    }
    if !said.is_empty() {
        app.tell(said.join(" "));
    }
    let store = ReviewStore::new(review);
    provide_context(store);
    provide_context(super::timeline::LastDeleted(StoredValue::new(None)));
    ReviewCounter::provide();
    super::guard::KnownPeople::provide();
    // Ids have no colon, as a window's name in a journal key must not.
    let window = app.new_id("w");
    let autosave = Autosave::start(
        store,
        app.reviews.get_value(),
        loaded.revision,
        window.as_str(),
    );
    provide_context(autosave);
    app.review_opened(id.clone(), autosave);
    if left_running {
        // Once, after this screen is drawn, and gone with it if it goes first.
        let pending = StoredValue::new(true);
        Effect::new(move |_| {
            if pending.get_value() {
                pending.set_value(false);
                untrack(|| {
                    store.write(&[crate::store::Part::Meeting], |r| {
                        crate::method::clock::settle(&mut r.session, last_change, settled_at);
                    });
                    autosave.flush_soon();
                });
            }
        });
    }
    // The other phases' parts arrive while the person looks at this one.
    set_timeout(preload, std::time::Duration::from_millis(300));
    let closing = id.clone();
    on_cleanup(move || {
        app.review_closed(&closing);
        // An undo inside this review would write to a store that is gone: the notice stays,
        // its undo goes.
        app.notice.try_update(|notice| {
            if let Some(notice) = notice {
                if matches!(notice.undo, Some(Undo::Run(_))) {
                    notice.undo = None;
                }
            }
        });
    });

    Effect::new(move |_| {
        let title = store.details(|r| display_title(&r.title));
        document().set_title(&format!("{title} · Tunnel"));
    });
    // Leaving the review keeps the last tab, so nothing of it redraws on the way out.
    let tab = Memo::new(move |last: Option<&Tab>| match app.route.get() {
        Route::Review(_, tab) => tab,
        Route::Moment(..) => Tab::Timeline,
        _ => last.copied().unwrap_or(Tab::Setup),
    });

    view! {
        <ReviewHeader tab/>
        <SaveProblems/>
        <LeaveQuestion/>
        <main class="review-main">{move || tab_body(tab.get())}</main>
    }
    .into_any()
}

fn tab_body(tab: Tab) -> AnyView {
    match tab {
        Tab::Timeline => view! { <Timeline/> }.into_any(),
        Tab::Setup => part(Which::Setup),
        Tab::Import(source) => part(Which::Import(source)),
        Tab::Interviews => part(Which::Interviews),
        Tab::Walk => part(Which::Walk),
        Tab::Synthesis => part(Which::Synthesis),
        Tab::Report => part(Which::Report),
    }
}

#[component]
fn ReviewHeader(tab: Memo<Tab>) -> impl IntoView {
    let app = use_app();
    let store = expect_context::<ReviewStore>();
    let autosave = expect_context::<Autosave>();
    let id = store.id();
    let export = move |_| {
        export_open(app, store);
        // Mid-choice, the file holds this window's side of every field in question.
        if autosave.status() == SaveStatus::Conflict {
            app.tell(
                "Exported this window's version: where the two windows differ, the file holds \
                 this window's text, not the other's. Choose above to save the review.",
            );
        }
    };
    let confirming = RwSignal::new(false);
    let close = Callback::new(move |_| confirming.set(false));
    let delete = move |_| delete_open_review(app, store, autosave);
    view! {
        <header class="review-header">
            <a class="back" href="#/">
                "All reviews"
            </a>
            <h1>{move || store.details(|r| display_title(&r.title))}</h1>
            <SaveIndicator/>
            <nav class="tabs" aria-label="Review sections">
                {Tab::NAV
                    .into_iter()
                    .map(|t| {
                        let href = Route::Review(id.clone(), t).to_hash();
                        view! {
                            <a
                                href=href
                                aria-current=move || (tab.get() == t).then_some("page")
                            >
                                {t.label()}
                            </a>
                        }
                    })
                    .collect_view()}
            </nav>
            <div class="header-actions">
                <Button on_click=export label="Export review"/>
                <Button class="danger" on_click=move |_| confirming.set(true) label="Delete review"/>
            </div>
        </header>
        <Show when=move || confirming.get()>
            <Modal title="Delete this review?" on_close=close>
                <p>
                    "\u{201c}" {move || store.details(|r| display_title(&r.title))} "\u{201d} will be removed from "
                    "this browser. Export it first if you may need it again."
                </p>
                // As in the library: the first button, which has the focus, is the safe one.
                <div class="dialog-actions">
                    <Button on_click=export label="Export review"/>
                    <Button class="danger" on_click=delete label="Delete it"/>
                    <Button on_click=close label="Cancel"/>
                </div>
            </Modal>
        </Show>
    }
}

/// Downloads the open review as this window holds it, saved or not.
fn export_open(app: AppState, store: ReviewStore) {
    if let Err(error) = export_review(&store.snapshot()) {
        app.tell_failure(format!("Could not export the review: {error}."));
    }
}

fn delete_open_review(app: AppState, store: ReviewStore, autosave: Autosave) {
    let review = store.snapshot();
    autosave.stop();
    app.reviews.with_value(|r| r.delete(&review.id));
    app.notice.set(Some(super::app::Notice {
        failure: false,
        text: format!("Deleted \u{201c}{}\u{201d}.", display_title(&review.title)),
        // As this window held it, unsaved edits too; put back only if nothing is stored since.
        undo: Some(super::app::Undo::RestoreReview(Box::new(review), 0)),
    }));
    app.library_changed();
    app.go(Route::Library);
}

/// Asked when the person goes elsewhere while this review holds edits that could not be saved:
/// leaving would drop them.
#[component]
fn LeaveQuestion() -> impl IntoView {
    let app = use_app();
    let store = expect_context::<ReviewStore>();
    let stay = Callback::new(move |_| app.leaving.set(None));
    let export_now = move |_| export_open(app, store);
    let leave = move |_| {
        // `leaving` still names the place, so the app lets this one through.
        if let Some(route) = app.leaving.get_untracked() {
            app.go(route);
        }
    };
    move || {
        app.leaving.get().map(|_| {
            view! {
                <Modal title="Leave without your latest changes?" on_close=stay>
                    <p>
                        "Your latest changes to this review could not be saved in this browser "
                        "(see the message on the page), so leaving the review now loses them. "
                        "Export the review first to keep them."
                    </p>
                    <div class="dialog-actions">
                        <Button class="primary" on_click=export_now label="Export review"/>
                        <Button class="danger" on_click=leave label="Leave anyway"/>
                        <Button on_click=stay label="Stay"/>
                    </div>
                </Modal>
            }
        })
    }
}

/// A quiet line that says whether everything is saved.
#[component]
fn SaveIndicator() -> impl IntoView {
    let autosave = expect_context::<Autosave>();
    let text = move || match autosave.status() {
        SaveStatus::Saved => "All changes saved",
        SaveStatus::Pending => "Saving…",
        SaveStatus::MemoryOnly => "Not saved: this browser keeps nothing",
        SaveStatus::Full => "Not saved: storage full",
        SaveStatus::Failed(_) => "Not saved",
        SaveStatus::Conflict => "Not saved: choose between two versions",
    };
    let trouble = move || !matches!(autosave.status(), SaveStatus::Saved | SaveStatus::Pending);
    view! {
        <p class="save-state" class:trouble=trouble>
            {text}
        </p>
    }
}

/// Lasting messages for saving problems, each with a way out that loses nothing.
#[component]
fn SaveProblems() -> impl IntoView {
    let app = use_app();
    let store = expect_context::<ReviewStore>();
    let autosave = expect_context::<Autosave>();
    let export_now = move |_| export_open(app, store);
    move || {
        match autosave.status() {
        SaveStatus::Full => Some(
            view! {
                <div class="banner banner-error" role="alert">
                    <p>
                        <strong>"This browser's storage for Tunnel is full."</strong>
                        " Your latest changes are kept in this window only. Export the review now "
                        "to keep them; deleting exported reviews from the library frees space. "
                        "Saving is tried again every few seconds and after each change. "
                        "The shared screen shows only what is saved: it stays where it was until "
                        "saving works again."
                    </p>
                    <Button class="primary" on_click=export_now label="Export now"/>
                </div>
            }
            .into_any(),
        ),
        SaveStatus::Failed(message) => Some(
            view! {
                <div class="banner banner-error" role="alert">
                    <p>
                        <strong>"Your latest changes could not be saved"</strong>
                        " (" {message} "). They are kept in this window; export the review to keep them. "
                        "The shared screen shows only what is saved: it stays where it was until "
                        "saving works again."
                    </p>
                    <Button class="primary" on_click=export_now label="Export now"/>
                </div>
            }
            .into_any(),
        ),
        SaveStatus::Conflict => {
            Some(super::parts::conflicts_part(autosave.conflicts()))
        }
        _ => None,
    }
    }
}

/// Fields that this window and another window both changed, differently: both texts side by
/// side, and the person keeps one of them. Everything else was merged already.
#[component]
pub fn ConflictChoices(conflicts: Vec<Conflict>) -> impl IntoView {
    let app = use_app();
    let store = expect_context::<ReviewStore>();
    let autosave = expect_context::<Autosave>();
    let export_now = move |_| export_open(app, store);
    let count = conflicts.len();
    let rows = store.untracked(|review| {
        conflicts
            .into_iter()
            .map(|c| (describe(&c, review), c))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="banner banner-error conflict" role="region" aria-label="Changed in two windows">
            <p>
                <strong>"This review was also changed in another window."</strong>
                " Changes to different fields were merged. "
                {if count == 1 {
                    "One field was changed differently in both windows".to_string()
                } else {
                    format!("{count} fields were changed differently in both windows")
                }}
                ": choose which text to keep. Saving waits until you have chosen."
            </p>
            <ul class="conflicts" role="list">
                {rows
                    .into_iter()
                    .map(|(what, conflict)| {
                        let name = what.clone();
                        view! {
                            <li role="group" aria-label=name>
                                <h3>{what.clone()}</h3>
                                <div class="sides">
                                    <ConflictSide
                                        heading="This window"
                                        text=shown(&conflict, &conflict.mine)
                                        keep="Keep this window\u{2019}s"
                                        what=what.clone()
                                        path=conflict.path.clone()
                                        side=Side::Mine
                                    />
                                    <ConflictSide
                                        heading="The other window"
                                        text=shown(&conflict, &conflict.theirs)
                                        keep="Keep the other window\u{2019}s"
                                        what
                                        path=conflict.path
                                        side=Side::Theirs
                                    />
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="dialog-actions">
                <Button
                    on_click=move |_| {
                        autosave.choose_all(Side::Mine);
                        focus_after_choice();
                    }
                    label="Keep all of this window\u{2019}s"
                />
                <Button
                    on_click=move |_| {
                        autosave.choose_all(Side::Theirs);
                        focus_after_choice();
                    }
                    label="Keep all of the other window\u{2019}s"
                />
                <Button on_click=export_now label="Export this window\u{2019}s version"/>
            </div>
        </section>
    }
}

/// A choice takes its row away, or the whole panel: the next conflict's first button, or the
/// page's heading when none is left, takes the focus.
fn focus_after_choice() {
    request_animation_frame(|| {
        browser::focus_if_lost(".conflicts button".into(), 0);
        browser::focus_if_lost("h1".into(), 0);
    });
}

/// One window's text of a conflicting field, and the button that keeps it.
#[component]
fn ConflictSide(
    heading: &'static str,
    text: String,
    keep: &'static str,
    /// What the conflict is about: each button's name says it, since every row has the same two.
    what: String,
    path: Vec<Seg>,
    side: Side,
) -> impl IntoView {
    let autosave = expect_context::<Autosave>();
    let choose = move |_| {
        autosave.choose(&path, side);
        focus_after_choice();
    };
    view! {
        <div class="side">
            <h4>{heading}</h4>
            <p class="side-text">{text}</p>
            <Button on_click=choose label=keep aria_label=format!("{keep}: {what}")/>
        </div>
    }
}

/// The review an address names is not in this browser's storage.
#[component]
fn MissingReview(id: Id) -> impl IntoView {
    view! {
        <section class="banner banner-error" role="alert" aria-label="Review not in this browser">
            <p>
                <strong>"This review is not in this browser"</strong>
                " (the address names \u{201c}" {id.to_string()} "\u{201d})."
            </p>
            <p>
                "Reviews are kept in the browser they were made in. If it was sent to you as a "
                "file, import it from the library; if it was deleted here, it is gone from this "
                "browser."
            </p>
        </section>
    }
}
