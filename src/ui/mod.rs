//! The Leptos views, by screen. Views read and write the review through the store
//! (`crate::store`); the rules they apply live in `model`, `method` and `io`.

pub mod answers;
pub mod app;
pub mod browser;
pub mod fields;
pub mod guard;
pub mod import;
pub mod interviews;
pub mod library;
pub mod notes;
pub mod parts;
pub mod picture;
pub mod present;
pub mod queue;
pub mod report;
pub mod review;
pub mod setup;
pub mod suggestions;
pub mod synthesis;
pub mod timeline;
pub mod timeline_import;
pub mod timeline_rows;
pub mod update;
pub mod walk;
pub mod widgets;
pub mod worker;

/// A bug must not look like a frozen page: say so, and say that saved work is safe.
pub(crate) fn report_panic(info: &std::panic::PanicHookInfo) {
    let message = format!(
        "Tunnel stopped because of a bug: {info}. Everything saved before this is safe in this \
         browser; reload the page to continue."
    );
    web_sys::console::error_1(&message.clone().into());
    if let Some(note) = leptos::prelude::document().get_element_by_id("boot-error") {
        note.set_text_content(Some(&message));
        let _ = note.remove_attribute("hidden");
    }
}
