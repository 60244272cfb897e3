//! "A new version is ready": the service worker (static/sw.js, started by static/loader.js)
//! has installed a newer Tunnel beside the running one. The new version takes over only when the
//! person asks and nothing unsaved would be lost by the reload that follows.

use super::app::use_app;
use super::widgets::Button;
use leptos::prelude::*;

const READY_EVENT: &str = "tunnel-update-ready";
const APPLY_EVENT: &str = "tunnel-update-apply";

fn announced() -> bool {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("data-update"))
        .as_deref()
        == Some("ready")
}

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let app = use_app();
    let ready = RwSignal::new(announced());
    let listener = window_event_listener_untyped(READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
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
    move || {
        ready.get().then(|| {
            view! {
                <div class="banner banner-info" role="status">
                    <p>
                        <strong>"A new version of Tunnel is ready."</strong>
                        " Updating reloads the page; everything saved stays as it is."
                    </p>
                    <Button class="primary" on_click=update label="Update now"/>
                    <Button on_click=move |_| ready.set(false) label="Later"/>
                </div>
            }
        })
    }
}
