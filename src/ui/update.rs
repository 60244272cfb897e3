//! "A new version is ready": the service worker (static/sw.js, started by static/loader.js)
//! has installed a newer Tunnel beside the running one. The new version takes over only when the
//! person asks and nothing unsaved would be lost by the reload that follows.
//!
//! When another window made the new version take over, this window can no longer load the
//! parts of the app it has not loaded yet (they now come from the new version, which its code
//! cannot run): it reloads at once when hidden, and otherwise at its next change of screen,
//! which is what loads a part, or when the person asks. The shared screen reloads at once: it
//! holds nothing, and the room must not be shown a banner.

use super::app::{use_app, AppState};
use super::widgets::Button;
use crate::route::Route;
use leptos::prelude::*;

const READY_EVENT: &str = "tunnel-update-ready";
const APPLY_EVENT: &str = "tunnel-update-apply";
const TAKEN_EVENT: &str = "tunnel-update-taken";

/// What `static/loader.js` said of a new version: "ready" or "taken".
fn announced(state: &str) -> bool {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("data-update"))
        .as_deref()
        == Some(state)
}

/// Another window made a new version take over: this one runs code older than the server's.
pub fn taken_elsewhere() -> bool {
    announced("taken")
}

/// Reloads this window into the new version, unless an edit would be lost; says whether it did.
pub fn reload_if_nothing_lost(app: AppState) -> bool {
    // A box that commits when left (a count, a time) is left first, as before a change of screen.
    super::browser::leave_field();
    if let Some(autosave) = app.open_autosave() {
        autosave.flush();
        if autosave.is_dirty() {
            return false;
        }
    }
    window().location().reload().is_ok()
}

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let app = use_app();
    let presenting = matches!(app.route.get_untracked(), Route::Present(_));
    let ready = RwSignal::new(announced("ready") && !presenting);
    let taken = RwSignal::new(taken_elsewhere());
    let listener = window_event_listener_untyped(READY_EVENT, move |_| ready.set(!presenting));
    let follow = move || {
        if taken.get_untracked() && (presenting || document().hidden()) {
            reload_if_nothing_lost(app);
        }
    };
    let took = window_event_listener_untyped(TAKEN_EVENT, move |_| {
        taken.set(true);
        follow();
    });
    let hidden = window_event_listener_untyped("visibilitychange", move |_| follow());
    follow();
    on_cleanup(move || {
        listener.remove();
        took.remove();
        hidden.remove();
    });
    let update = move |_| {
        if let Some(autosave) = app.open_autosave() {
            autosave.flush();
            if autosave.is_dirty() {
                app.tell_failure(
                    "The update waits: your latest changes to this review are not saved yet \
                     (see the message above). Export the review or resolve the message, then \
                     update.",
                );
                return;
            }
        }
        if let Ok(event) = web_sys::Event::new(APPLY_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    };
    // One banner, said two ways: a new version waiting, or one another window has taken.
    move || {
        let (headline, detail, action, later) = if taken.get() && !presenting {
            (
                "Tunnel was updated in another window.",
                " This window reloads when you next change screen; everything saved stays as it is.",
                "Reload now",
                false,
            )
        } else if ready.get() {
            (
                "A new version of Tunnel is ready.",
                " Updating reloads the page; everything saved stays as it is.",
                "Update now",
                true,
            )
        } else {
            return None;
        };
        Some(view! {
            <div class="banner banner-info" role="status">
                <p>
                    <strong>{headline}</strong>
                    {detail}
                </p>
                <Button class="primary" on_click=update label=action/>
                {later.then(|| view! { <Button on_click=move |_| ready.set(false) label="Later"/> })}
            </div>
        })
    }
}
