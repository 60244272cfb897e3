//! The bundles Tunnel ships, one per phase of the method. Each binary (`src/main.rs`,
//! `src/bin/*.rs`) starts one of them, and only the screens it names end up in its wasm, so
//! that no page downloads the code of the others. `static/loader.js` picks the bundle for the
//! address; `Route::bundle` is the same mapping in Rust.

use super::app::{mount, Page};
use super::library::Library;
use super::present::Presenter;
use super::report::ReportScreen;
use super::review::ReviewScreen;
use super::setup::Setup;
use super::synthesis::SynthesisScreen;
use super::timeline::Timeline;
use super::timeline_import::ImportScreen;
use super::walk::Walk;
use crate::route::{Bundle, Tab};
use leptos::prelude::*;

/// The library of reviews: the first page most people see.
pub fn library() {
    mount(Bundle::Library, library_screen);
}

pub fn library_screen(page: Page) -> AnyView {
    match page {
        Page::Library => view! { <Library/> }.into_any(),
        _ => elsewhere(),
    }
}

/// A review's details and people.
pub fn setup() {
    mount(Bundle::Setup, |page| match page {
        Page::Review(id) => view! { <ReviewScreen id body=setup_tab/> }.into_any(),
        _ => elsewhere(),
    });
}

fn setup_tab(tab: Tab) -> AnyView {
    match tab {
        Tab::Setup => view! { <Setup/> }.into_any(),
        _ => elsewhere(),
    }
}

/// A review's timeline.
pub fn timeline() {
    mount(Bundle::Timeline, |page| match page {
        Page::Review(id) => view! { <ReviewScreen id body=timeline_tab/> }.into_any(),
        _ => elsewhere(),
    });
}

fn timeline_tab(tab: Tab) -> AnyView {
    match tab {
        Tab::Timeline => view! { <Timeline/> }.into_any(),
        _ => elsewhere(),
    }
}

/// Importing moments from a transcript, a Slack export or a CSV file.
pub fn import() {
    mount(Bundle::Import, |page| match page {
        Page::Review(id) => view! { <ReviewScreen id body=import_tab/> }.into_any(),
        _ => elsewhere(),
    });
}

fn import_tab(tab: Tab) -> AnyView {
    match tab {
        Tab::Import(source) => view! { <ImportScreen source/> }.into_any(),
        _ => elsewhere(),
    }
}

/// The walk-through console of the meeting.
pub fn meeting() {
    mount(Bundle::Meeting, |page| match page {
        Page::Review(id) => view! { <ReviewScreen id body=meeting_tab/> }.into_any(),
        _ => elsewhere(),
    });
}

fn meeting_tab(tab: Tab) -> AnyView {
    match tab {
        Tab::Walk => view! { <Walk/> }.into_any(),
        _ => elsewhere(),
    }
}

/// What the room learned, the opportunities and the pulse.
pub fn synthesis() {
    mount(Bundle::Synthesis, |page| match page {
        Page::Review(id) => view! { <ReviewScreen id body=synthesis_tab/> }.into_any(),
        _ => elsewhere(),
    });
}

fn synthesis_tab(tab: Tab) -> AnyView {
    match tab {
        Tab::Synthesis => view! { <SynthesisScreen/> }.into_any(),
        _ => elsewhere(),
    }
}

/// The report: Markdown, HTML, JSON and print, with pseudonyms when asked.
pub fn report() {
    mount(Bundle::Report, |page| match page {
        Page::Review(id) => view! { <ReviewScreen id body=report_tab/> }.into_any(),
        _ => elsewhere(),
    });
}

fn report_tab(tab: Tab) -> AnyView {
    match tab {
        Tab::Report => view! { <ReportScreen/> }.into_any(),
        _ => elsewhere(),
    }
}

/// The shared screen: read-only, without the review's header or saving.
pub fn present() {
    mount(Bundle::Present, |page| match page {
        Page::Present(id) => view! { <Presenter id/> }.into_any(),
        _ => elsewhere(),
    });
}

/// Shown only if a bundle is started for an address it does not serve (the loader and the
/// routes disagree): a reload picks the right one.
fn elsewhere() -> AnyView {
    view! {
        <main>
            <p role="alert">
                "This part of Tunnel did not load. " <a href="#/">"Go to the library"</a>
                " or reload the page."
            </p>
        </main>
    }
    .into_any()
}
