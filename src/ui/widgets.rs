//! Small building blocks shared by the screens.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT_DOM_ID: AtomicUsize = AtomicUsize::new(1);

/// A page-unique element id, for label and description references.
pub fn dom_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT_DOM_ID.fetch_add(1, Ordering::Relaxed))
}

/// The "Keyboard shortcuts" dialog of a screen: each key with what it does.
#[component]
pub fn ShortcutHelp(keys: Vec<(String, String)>, close: Callback<()>) -> impl IntoView {
    view! {
        <Modal title="Keyboard shortcuts" on_close=close>
            <dl class="shortcuts">
                {keys.into_iter().map(|(key, what)| view! { <dt><kbd>{key}</kbd></dt><dd>{what}</dd> }).collect_view()}
            </dl>
            <p class="hint">"Shortcuts work when the cursor is not in a text field."</p>
            <div class="dialog-actions">
                <Button class="primary" on_click=close label="Close"/>
            </div>
        </Modal>
    }
}

thread_local! {
    /// What opened the dialog open now, or the last one: see [`Modal`].
    static OPENER: std::cell::RefCell<Option<web_sys::Element>> =
        const { std::cell::RefCell::new(None) };
}

/// A modal dialog on the native `<dialog>` element: real dialog semantics, focus kept inside,
/// Escape closes it (through `on_close`). When it goes, focus goes back to what had it before
/// (the button that opened it) if that is still on the page and nothing else took the focus:
/// a dialog taken out of the page rather than closed leaves focus nowhere, and a keyboard user
/// at the top of the page.
/// What can take the focus in a dialog, first to last.
const FOCUSABLE: &str =
    "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), \
                         textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

#[component]
pub fn Modal(
    #[prop(into)] title: String,
    #[prop(into)] on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    let before = document().active_element();
    // A dialog opened from another one that closes ("Merge the two copies" in the import
    // dialog): when the button it came from is gone, the focus goes back to what opened the
    // first, not to the top of the page.
    let in_dialog = before
        .as_ref()
        .is_some_and(|e| e.closest("dialog").ok().flatten().is_some());
    let opener = if in_dialog {
        OPENER.with(|o| o.borrow().clone())
    } else {
        before.clone()
    };
    OPENER.with(|o| *o.borrow_mut() = opener.clone());
    let back = send_wrapper::SendWrapper::new((before, opener));
    on_cleanup(move || {
        // Once the dialog is off the page (while it is open, the rest of the page is inert
        // and cannot take the focus), and only if what the dialog did left the focus nowhere.
        let (before, opener) = back.take();
        request_animation_frame(move || {
            if !super::browser::focus_lost() {
                return;
            }
            let target = [before, opener]
                .into_iter()
                .flatten()
                .find(|e| e.is_connected());
            if let Some(Ok(element)) = target.map(|e| e.dyn_into::<web_sys::HtmlElement>()) {
                let _ = element.focus();
            }
        });
    });
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let title_id = dom_id("dialog-title");
    let labelled_by = title_id.clone();
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
            // A dialog that takes the place of another (the preview after the pasted text)
            // found the focus given back to the page as the other went: put it in this one.
            request_animation_frame(move || {
                let inside = document()
                    .active_element()
                    .is_some_and(|e| dialog.contains(Some(&e)));
                if !inside {
                    let first = dialog
                        .query_selector(FOCUSABLE)
                        .ok()
                        .flatten()
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    let _ = first.map(|e| e.focus());
                }
            });
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class="modal"
            aria-labelledby=labelled_by
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                on_close.run(());
            }
        >
            <h2 id=title_id>{title}</h2>
            {children()}
        </dialog>
    }
}

/// A button. Every button of the app goes through here: with its action as a `Callback`, a use
/// costs a fraction of an inline `on:click` closure in the wasm.
#[component]
pub fn Button(
    #[prop(into)] label: TextProp,
    #[prop(into)] on_click: Callback<()>,
    #[prop(optional)] class: &'static str,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// An accessible name when the visible label is a symbol or a short word.
    #[prop(optional, into)]
    aria_label: Option<String>,
    /// For a button the focus is sent to (`browser::focus_by_id`).
    #[prop(optional)]
    id: Option<String>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class=class
            aria-label=aria_label
            disabled=move || disabled.get()
            on:click=move |_| on_click.run(())
        >
            {move || label.get()}
        </button>
    }
}

/// How many rows of a long list are drawn: `first` at once, then `batch` more a task until
/// `wanted()` are, so that the list shows within a frame or two and is whole soon after. The
/// second batch waits until the first has been painted; the rest go in tasks of their own
/// (waiting for an animation frame per batch left the browser idle most of the time). The count
/// may pass `wanted()`: a view takes at most what it has. No more than `first` rows added to a
/// list drawn whole (a person added) are drawn at once, with the change: waiting for a frame
/// sent the keys typed next to the button that added the row, not to its first field.
pub fn drawn_in_batches(
    first: usize,
    batch: usize,
    wanted: impl Fn() -> usize + 'static,
) -> RwSignal<usize> {
    let drawn = RwSignal::new(first);
    Effect::new(move |wanted_before: Option<usize>| {
        let now = drawn.get();
        let wanted = wanted();
        if now >= wanted {
            return wanted;
        }
        if wanted_before.is_some_and(|before| now >= before) && wanted - now <= first {
            drawn.set(wanted);
            return wanted;
        }
        let more = move || {
            drawn.try_update(|n| *n = n.saturating_add(batch));
        };
        if now == first {
            super::browser::after_paint(more);
        } else {
            set_timeout(more, std::time::Duration::ZERO);
        }
        wanted
    });
    drawn
}

/// A counter that moves a second after the review's changes pause: edits here, and a review
/// taken from another window. Summaries that read the whole review (counts, progress) follow
/// it, so that they stay off the keystroke path.
pub fn after_edits_settle(store: crate::store::ReviewStore) -> ReadSignal<u64> {
    let settled = RwSignal::new(0u64);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        store.changes();
        if first.is_none() {
            return;
        }
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || settled.update(|n| *n += 1),
            std::time::Duration::from_secs(1),
        );
        timer.set_value(handle.ok());
    });
    settled.read_only()
}

/// A copy of `value` that follows it once it has not changed for `pause`, with the `place` it
/// is in (a field's name): what the language guard reads, so that checking a field never runs
/// on the keystroke path. When the same field shows another record (the walk's next moment),
/// the new place and its value pass at once: what is read never belongs to the last record.
pub fn settled_in<T: Clone + PartialEq + Send + Sync + 'static>(
    place: Signal<String>,
    value: Signal<T>,
    pause: std::time::Duration,
) -> ReadSignal<(String, T)> {
    let settled = RwSignal::new((place.get_untracked(), value.get_untracked()));
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let now = (place.get(), value.get());
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        if settled.with_untracked(|(was, _)| *was != now.0) {
            settled.set(now);
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                if settled.try_get_untracked().as_ref() != Some(&now) {
                    settled.try_set(now);
                }
            },
            pause,
        );
        timer.set_value(handle.ok());
    });
    settled.read_only()
}

/// The time now, refreshed every `every` for as long as the calling view lives (the clocks).
pub fn now_every(every: std::time::Duration) -> RwSignal<crate::model::Instant> {
    let tick = RwSignal::new(crate::storage::now());
    let ticker = set_interval_with_handle(move || tick.set(crate::storage::now()), every);
    on_cleanup(move || {
        if let Ok(handle) = ticker {
            handle.clear();
        }
    });
    tick
}

/// "their account", "their 3 accounts" or nothing: `many` has "#" where the count goes.
pub fn count(n: usize, one: &str, many: &str) -> Option<String> {
    match n {
        0 => None,
        1 => Some(one.to_string()),
        n => Some(many.replace('#', &n.to_string())),
    }
}

/// What went with a removed thing, to follow its name in a notice: "", " and their account",
/// ", their 2 accounts and a note". Whatever one click removes is named, so that an undo
/// offered is an undo understood.
pub fn also_went<const N: usize>(parts: [Option<String>; N]) -> String {
    let parts: Vec<String> = parts.into_iter().flatten().collect();
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => format!(" and {last}"),
        Some((last, rest)) => format!(", {} and {last}", rest.join(", ")),
    }
}
