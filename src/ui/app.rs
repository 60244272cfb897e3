//! The app shell: shared state, the current address, lasting warnings and notices.

use super::browser;
use super::widgets::Button;
use crate::model::{Id, IdGen, Review};
use crate::route::{Bundle, Route};
use crate::storage::backend::Backend;
use crate::storage::reviews::Reviews;
use crate::storage::{now, random_seed};
use leptos::prelude::*;

/// What every screen shares.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The bundle running in this page.
    pub bundle: Bundle,
    pub reviews: StoredValue<Reviews>,
    ids: StoredValue<IdGen>,
    pub route: RwSignal<Route>,
    pub notice: RwSignal<Option<Notice>>,
    /// Bumped whenever the set of stored reviews changes, so the library re-reads it.
    library_version: RwSignal<u64>,
}

/// A short message for the person, optionally with a way to undo what just happened.
#[derive(Clone)]
pub struct Notice {
    pub text: String,
    pub undo: Option<Undo>,
}

#[derive(Clone)]
pub enum Undo {
    /// Put a deleted review back.
    RestoreReview(Box<Review>),
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

    pub fn tell(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            text: text.into(),
            undo: None,
        }));
    }

    /// Goes to `route`. When another bundle serves it, the page reloads into that bundle, and
    /// the pending keyboard focus and the current message are carried over.
    pub fn go(&self, route: Route) {
        if route.bundle() != self.bundle {
            let notice = self.notice.get_untracked().map(|n| n.text);
            browser::carry_over(browser::pending_focus().as_deref(), notice.as_deref());
        }
        browser::go_to(&route.to_hash());
    }

    pub fn library_changed(&self) {
        self.library_version.update(|v| *v += 1);
    }

    /// Subscribes the caller to changes of the set of stored reviews.
    pub fn track_library(&self) {
        self.library_version.track();
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

/// Which review (if any) the page shows; switching tabs within a review keeps it open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Library,
    Review(Id),
    Present(Id),
}

/// Starts `bundle` in the page. `screen` draws the pages the bundle serves; an address served by
/// another bundle reloads the page, and `static/loader.js` then starts that bundle.
pub fn mount(bundle: Bundle, screen: fn(Page) -> AnyView) {
    std::panic::set_hook(Box::new(super::report_panic));
    leptos::mount::mount_to_body(move || view! { <App bundle screen/> });
}

#[component]
pub fn App(bundle: Bundle, screen: fn(Page) -> AnyView) -> impl IntoView {
    let app = AppState {
        bundle,
        reviews: StoredValue::new(Reviews::new(Backend::open())),
        ids: StoredValue::new(IdGen::new(random_seed())),
        route: RwSignal::new(current_route()),
        notice: RwSignal::new(None),
        library_version: RwSignal::new(0),
    };
    provide_context(app);
    let (focus, notice) = browser::take_carried();
    if let Some(focus) = focus {
        browser::focus_by_id(focus);
    }
    if let Some(text) = notice {
        app.tell(text);
    }
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = current_route();
        if route.bundle() == bundle {
            app.route.set(route);
        } else {
            crate::storage::autosave::flush_all();
            app.reviews
                .with_value(|r| r.backend().keep_across_page_load());
            let _ = window().location().reload();
        }
    });
    on_cleanup(move || listener.remove());

    let page = Memo::new(move |_| match app.route.get() {
        Route::Library => Page::Library,
        Route::Review(id, _) | Route::Moment(id, _) => Page::Review(id),
        Route::Present(id) => Page::Present(id),
    });

    view! {
        <StorageWarning/>
        <NoticeBar/>
        {move || screen(page.get())}
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
            undo: Some(Undo::RestoreReview(review)),
            ..
        }) => {
            let restored = app
                .reviews
                .with_value(|r| r.replace(&review, now()))
                .map(|_| format!("Restored \u{201c}{}\u{201d}.", review.title))
                .unwrap_or_else(|e| format!("Could not restore the review: {e}."));
            app.tell(restored);
            app.library_changed();
        }
        _ => {}
    };
    view! {
        <div class="notice-bar" role="status" aria-live="polite">
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
