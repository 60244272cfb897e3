//! The app shell: shared state, the current address and the screen it names, lasting warnings
//! and notices. Every screen lives in this one app; moving between them never loads a page.

use super::browser;
use super::library::Library;
use super::parts::{part, Which};
use super::review::ReviewScreen;
use super::update::UpdateBanner;
use super::widgets::Button;
use crate::model::{Id, IdGen, Review};
use crate::route::Route;
use crate::storage::autosave::Autosave;
use crate::storage::backend::Backend;
use crate::storage::reviews::{Reviews, SaveError};
use crate::storage::{now, random_seed};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What every screen shares.
#[derive(Clone, Copy)]
pub struct AppState {
    pub reviews: StoredValue<Reviews>,
    ids: StoredValue<IdGen>,
    pub route: RwSignal<Route>,
    pub notice: RwSignal<Option<Notice>>,
    /// Bumped whenever the set of stored reviews changes, so the library re-reads it.
    library_version: RwSignal<u64>,
    /// The saving of the review open in this window, if any (asked before anything reloads).
    open_autosave: StoredValue<Option<(Id, Autosave)>>,
    /// Where the person asked to go while the open review held edits that could not be saved;
    /// the review's screen asks whether to leave anyway (`ui::review`).
    pub leaving: RwSignal<Option<Route>>,
}

/// A short message for the person, optionally with a way to undo what just happened.
#[derive(Clone)]
pub struct Notice {
    pub text: String,
    pub undo: Option<Undo>,
    /// It says something could not be done: it stays until dismissed or replaced, where other
    /// notices close once read (`notice_lasts`).
    pub failure: bool,
}

#[derive(Clone)]
pub enum Undo {
    /// Put a deleted or replaced review back, if no window has saved it since: its stored
    /// revision is still the one given (0: nothing stored).
    RestoreReview(Box<Review>, u64),
    /// Undo something inside the open review. A plain closure, not a reactive `Callback`: the
    /// view it came from may be gone by the time the person clicks Undo.
    Run(std::sync::Arc<dyn Fn() + Send + Sync>),
}

impl AppState {
    /// A fresh id for a new record.
    pub fn new_id(&self, prefix: &str) -> Id {
        self.ids
            .try_update_value(|ids| ids.next(prefix))
            .unwrap_or_else(|| IdGen::new(random_seed()).next(prefix))
    }

    /// A generator for code that makes many ids at once (imports, repairs).
    pub fn id_gen(&self) -> IdGen {
        IdGen::new(random_seed())
    }

    /// Says what happened, in a notice that closes once read.
    pub fn tell(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            text: text.into(),
            undo: None,
            failure: false,
        }));
    }

    /// Says that something could not be done, in a notice that stays until dismissed.
    pub fn tell_failure(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            text: text.into(),
            undo: None,
            failure: true,
        }));
    }

    /// Goes to `route`: the address changes (a history entry, so Back returns) and the app
    /// draws the screen it names, without loading a page.
    pub fn go(&self, route: Route) {
        browser::go_to(&route.to_hash());
    }

    pub fn library_changed(&self) {
        self.library_version.update(|v| *v += 1);
    }

    /// Subscribes the caller to changes of the set of stored reviews.
    pub fn track_library(&self) {
        self.library_version.track();
    }

    /// Called by a review's screen when it opens.
    pub fn review_opened(&self, id: Id, autosave: Autosave) {
        self.open_autosave.try_set_value(Some((id, autosave)));
    }

    /// Called by a review's screen when it closes (perhaps after the next one opened).
    pub fn review_closed(&self, id: &Id) {
        self.open_autosave.try_update_value(|open| {
            if open.as_ref().is_some_and(|(open_id, _)| open_id == id) {
                *open = None;
            }
        });
    }

    pub fn open_autosave(&self) -> Option<Autosave> {
        self.open_autosave
            .try_get_value()
            .flatten()
            .map(|(_, autosave)| autosave)
    }

    pub fn is_persistent(&self) -> bool {
        self.reviews.with_value(|r| r.backend().is_persistent())
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// Which review (if any) the page shows; switching tabs within a review keeps it open, so the
/// review is read once and stays in memory across the phases.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Page {
    Library,
    Review(Id),
    Present(Id),
    NotFound,
}

/// Starts Tunnel in the page.
pub fn mount() {
    std::panic::set_hook(Box::new(super::report_panic));
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let app = AppState {
        reviews: StoredValue::new(Reviews::new(Backend::open())),
        ids: StoredValue::new(IdGen::new(random_seed())),
        route: RwSignal::new(current_route()),
        notice: RwSignal::new(None),
        library_version: RwSignal::new(0),
        open_autosave: StoredValue::new(None),
        leaving: RwSignal::new(None),
    };
    provide_context(app);
    let listener = window_event_listener(leptos::ev::hashchange, move |event| {
        // A box that commits when left (a count, a zone, chat names, a time) is left before
        // the screen that holds it goes: Back pressed while typing in it keeps what was typed,
        // where the box's own commit would come after the box was gone.
        super::browser::leave_field();
        // The next screen may need a part this window has not loaded, which only the new
        // version (taken in another window) now has: go there by loading that version.
        if super::update::taken_elsewhere() && super::update::reload_if_nothing_lost(app) {
            return;
        }
        let route = current_route();
        let forced = app.leaving.with_untracked(|l| l.as_ref() == Some(&route));
        if !forced && leaves_unsaved_work(app, &route) {
            // Stay, put the address back (without another hashchange) and ask on the page.
            if let Ok(history) = window().history() {
                let old = event.old_url();
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&old));
            }
            app.leaving.set(Some(route));
            return;
        }
        app.leaving.set(None);
        // A new page (a review opened, a merge that opens its timeline) takes away what had
        // the focus. A tab or a moment of the same review is not a new page: the walk's keys
        // work with the focus on the page itself.
        if app.route.with_untracked(page_of) != page_of(&route) {
            request_animation_frame(|| super::browser::focus_if_lost("h1".into(), 10));
            // Putting a whole review back is offered only in the library, where it was taken
            // away or is gone to (a review deleted from its own page): under this window's
            // screen of it, the screen would go on showing (and saving) the copy it replaced.
            if page_of(&route) != Page::Library
                && app.notice.with_untracked(|n| {
                    n.as_ref()
                        .is_some_and(|n| matches!(n.undo, Some(Undo::RestoreReview(..))))
                })
            {
                app.notice.set(None);
            }
        }
        app.route.set(route);
    });
    // The last line of defence: closing or reloading a page that holds work kept nowhere else
    // (saving has stopped, or this browser keeps nothing) makes the browser ask first.
    let leaving = window_event_listener(leptos::ev::beforeunload, move |event| {
        // A box that commits when left (a time, a zone, chat names) is left now, so that what
        // was typed in it is saved with the rest.
        super::browser::leave_field();
        let unsaved = app.open_autosave().is_some_and(|autosave| {
            autosave.flush();
            autosave.is_dirty()
        });
        let only_here =
            !app.is_persistent() && app.reviews.with_value(|r| !r.backend().keys().is_empty());
        if unsaved || only_here {
            event.prevent_default();
        }
    });
    on_cleanup(move || {
        listener.remove();
        leaving.remove();
    });

    // Once per window, soon after start, unless a review has been read already: has the engine
    // promote the reader and writer before a real review is opened (see `envelope::rehearse`).
    set_timeout(
        move || {
            if app.open_autosave().is_none() {
                super::browser::measured("tunnel: rehearse the reader", || {
                    crate::io::envelope::rehearse(crate::io::library::REHEARSED_MOMENTS)
                });
                // A task of its own, so that a click waits for one of them at most.
                set_timeout(
                    move || {
                        if app.open_autosave().is_none() {
                            super::browser::measured(
                                "tunnel: rehearse on the largest review",
                                || app.reviews.with_value(|r| r.rehearse_largest()),
                            );
                        }
                    },
                    std::time::Duration::ZERO,
                );
            }
        },
        std::time::Duration::from_millis(250),
    );

    let page = Memo::new(move |_| app.route.with(page_of));
    let screen = move || match page.get() {
        Page::Library => view! { <Library/> }.into_any(),
        Page::Review(id) => view! { <ReviewScreen id/> }.into_any(),
        Page::Present(id) => part(Which::Present(id)),
        Page::NotFound => view! { <NotFound/> }.into_any(),
    };

    view! {
        <StorageWarning/>
        <UpdateBanner/>
        <NoticeBar/>
        {screen}
    }
}

fn page_of(route: &Route) -> Page {
    match route {
        Route::Library => Page::Library,
        Route::Review(id, _) | Route::Moment(id, _) => Page::Review(id.clone()),
        Route::Present(id) => Page::Present(id.clone()),
        Route::NotFound => Page::NotFound,
    }
}

/// Whether going to `next` closes the open review while it holds edits that could not be saved
/// (storage full, a conflict): closing it would drop them.
fn leaves_unsaved_work(app: AppState, next: &Route) -> bool {
    let open = app.open_autosave.try_get_value().flatten();
    let Some((id, autosave)) = open else {
        return false;
    };
    let stays = matches!(next, Route::Review(other, _) | Route::Moment(other, _) if *other == id);
    if stays {
        return false;
    }
    autosave.flush();
    autosave.is_dirty()
}

/// An address the app does not know: say so plainly, and offer the way back.
#[component]
fn NotFound() -> impl IntoView {
    document().set_title("Not found · Tunnel");
    view! {
        <main class="not-found">
            <h1>"Not found"</h1>
            <p>"Tunnel has no page at this address. It may have been mistyped or cut short."</p>
            <p>
                <a href="#/">"Go to the library"</a>
            </p>
        </main>
    }
}

/// A lasting warning when nothing can be kept in this browser.
#[component]
fn StorageWarning() -> impl IntoView {
    let app = use_app();
    (!app.is_persistent()).then(|| {
        view! {
            <div class="banner banner-warning" role="alert">
                <strong>"This browser does not let Tunnel keep anything. "</strong>
                "Reviews live only in this window until it closes. Export each review before "
                "closing, or open Tunnel in a normal (not private) window."
            </div>
        }
    })
}

/// How long a notice stays: long enough to read it, and to undo (the bar sits over the lower
/// middle of the screen, and a notice that stayed until the next one covered the console).
/// One that says something could not be done stays until dismissed or replaced: `None`.
fn notice_lasts(notice: &Notice) -> Option<std::time::Duration> {
    if notice.failure {
        return None;
    }
    let least = if notice.undo.is_some() { 20_000 } else { 8_000 };
    let chars = notice.text.chars().count() as u64;
    Some(std::time::Duration::from_millis((chars * 70).max(least)))
}

/// Closes the notice shown as number `shown` after `delay`, but not while the pointer or the
/// focus is on it: the person is reading it or about to undo.
fn close_later(app: AppState, shown: StoredValue<u32>, delay: std::time::Duration) {
    let number = shown.get_value();
    set_timeout(
        move || {
            if shown.try_get_value() != Some(number) {
                return;
            }
            if browser::in_use(".notice-bar") {
                close_later(app, shown, std::time::Duration::from_secs(3));
            } else {
                app.notice.set(None);
            }
        },
        delay,
    );
}

/// Announces notices politely and offers their undo.
#[component]
fn NoticeBar() -> impl IntoView {
    let app = use_app();
    let undo = move |_| match app.notice.get_untracked() {
        Some(Notice {
            undo: Some(Undo::Run(action)),
            ..
        }) => {
            app.notice.set(None);
            action();
        }
        Some(Notice {
            undo: Some(Undo::RestoreReview(review, expected)),
            ..
        }) => {
            let title = super::library::display_title(&review.title);
            let restored = match app.reviews.with_value(|r| r.save(&review, expected, now())) {
                Ok(_) => Ok(format!("Restored \u{201c}{title}\u{201d}.")),
                // Another window saved it since (edits made on the copy that replaced it, a
                // review imported again): putting the old copy back would lose them.
                Err(SaveError::Conflict { .. }) => {
                    Err(match super::library::export_review(&review) {
                        Ok(()) => format!(
                        "\u{201c}{title}\u{201d} was changed since, in another window: it was not \
                         put back over those changes. The copy it would have restored was \
                         downloaded instead."
                    ),
                        Err(error) => format!(
                        "\u{201c}{title}\u{201d} was changed since, in another window, and was not \
                         put back; the copy it would have restored could not be downloaded \
                         ({error})."
                    ),
                    })
                }
                Err(SaveError::Write(error)) => {
                    Err(format!("Could not restore the review: {error}."))
                }
            };
            match restored {
                Ok(text) => app.tell(text),
                Err(text) => app.tell_failure(text),
            }
            app.library_changed();
        }
        _ => {}
    };
    // The button that did it may have gone with what it removed (a moment, a person) or was
    // the Undo itself: the focus then goes to the notice's first button, so that a keyboard
    // user can undo at once and is not sent back to the top of the page. Only around an undo:
    // other notices leave the focus where it is, even nowhere. (A dialog that closes gives the
    // focus back in a frame too, `widgets::Modal`; each acts only if the focus is still
    // nowhere, so whichever runs first wins and the other does nothing.)
    let shown = StoredValue::new(0u32);
    Effect::new(move |was_undoable: Option<bool>| {
        let (lasts, undoable) = app.notice.with(|n| {
            (
                n.as_ref().map(notice_lasts),
                n.as_ref().is_some_and(|n| n.undo.is_some()),
            )
        });
        if lasts.is_some() && (undoable || was_undoable == Some(true)) {
            request_animation_frame(|| {
                if browser::focus_lost() {
                    browser::focus_first(".notice button");
                }
            });
        }
        shown.update_value(|n| *n += 1);
        if let Some(Some(lasts)) = lasts {
            close_later(app, shown, lasts);
        }
        undoable
    });
    // Where the person was before going into the notice: a notice that goes (dismissed,
    // undone, closed once read) with the focus in it gives it back there, or to the page's
    // heading, not to the top of the page.
    let came_from = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let entered = move |ev: leptos::ev::FocusEvent| {
        let from = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        if from
            .as_ref()
            .is_none_or(|e| e.closest(".notice-bar").ok().flatten().is_none())
        {
            came_from.set_value(from);
        }
    };
    Effect::new(move |had_notice: Option<bool>| {
        let has_notice = app.notice.with(Option::is_some);
        if had_notice == Some(true) && !has_notice {
            request_animation_frame(move || {
                if !browser::focus_lost() {
                    return;
                }
                match came_from.get_value().filter(|e| e.is_connected()) {
                    Some(element) => {
                        let _ = element.focus();
                    }
                    None => browser::focus_if_lost("h1".into(), 0),
                }
            });
        }
        has_notice
    });
    view! {
        <div class="notice-bar" role="status" aria-live="polite" on:focusin=entered>
            {move || {
                app.notice
                    .get()
                    .map(|notice| {
                        let has_undo = notice.undo.is_some();
                        view! {
                            <div class="notice">
                                <span>{notice.text}</span>
                                {has_undo.then(|| view! { <Button on_click=undo label="Undo"/> })}
                                <Button
                                    class="quiet"
                                    aria_label="Dismiss message"
                                    on_click=move |_| app.notice.set(None)
                                    label="×"
                                />
                            </div>
                        }
                    })
            }}
        </div>
    }
}
