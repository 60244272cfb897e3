//! The parts of the app that load on first use, in four files: `setup` (the tab a review opens
//! on, and the dialogs that follow a file read from the library or Setup), `screens` (the
//! review's other tabs but the timeline, and the choices between two windows' changes),
//! `timeline_extras` (a moment's editor and the language notes under it, responders'
//! suggestions, the picture of the incident) and `present` (the shared screen, which a window
//! of its own opens with nothing else). The release build cuts them out
//! (`scripts/build-app.sh`, with `wasm-split-cli`), so the first download holds only the
//! library, the review's header and its timeline. The library fetches `setup` while it waits
//! (`preload_opening`); once a review is open the others are fetched in the background
//! (`preload`), so moving between phases does not wait on the network; a part that cannot be
//! fetched (offline before the app was ever kept) says so and leaves the rest working.
//!
//! Four files, not one a screen: cut a screen each, 13 parts made 120 more files of code two
//! or more of them shared (some of 257 bytes), 133 in all, each a request, a compile and a
//! start of its own on the page. With four there are 13 in all. Setup has a file of its own
//! because a review opens on it: in the `screens` file, the review's reading at its address
//! shared the machine with compiling the other tabs.
//!
//! With the cargo feature `split` (the release build turns it on), each function marked
//! `wasm_split` becomes an async call that loads its file first. Without it (browser tests,
//! clippy) they are plain calls and nothing is cut out, so the tests need no splitter.

use super::answers::{AnswersImport, CopiesImport};
use super::guard::NotesUnder;
use super::import::{import_dialog, ImportDialog, ImportState};
use super::interviews::InterviewsScreen;
use super::picture::IncidentPicture;
use super::present::Presenter;
use super::report::ReportScreen;
use super::review::ConflictChoices;
use super::setup::Setup;
use super::suggestions::Suggestions;
use super::synthesis::SynthesisScreen;
use super::timeline::MomentEditor;
use super::timeline_import::ImportScreen;
use super::walk::Walk;
use crate::io::merge::Conflict;
use crate::method::picture::Scene;
use crate::model::Id;
use crate::route::Source;
use leptos::prelude::*;
#[cfg(feature = "split")]
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A part that could not be fetched.
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

#[cfg_attr(
    feature = "split",
    wasm_split(setup, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_setup))
)]
fn setup() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Setup/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn import(source: Source) -> Result<AnyView, NotLoaded> {
    Ok(view! { <ImportScreen source/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn interviews() -> Result<AnyView, NotLoaded> {
    Ok(view! { <InterviewsScreen/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_walk))
)]
fn walk() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Walk/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn synthesis() -> Result<AnyView, NotLoaded> {
    Ok(view! { <SynthesisScreen/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn report() -> Result<AnyView, NotLoaded> {
    Ok(view! { <ReportScreen/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(present, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_present))
)]
fn present(id: Id) -> Result<AnyView, NotLoaded> {
    Ok(view! { <Presenter id/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(timeline_extras, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn picture(scene: Signal<Scene>, on_open: Callback<Id>) -> Result<AnyView, NotLoaded> {
    Ok(view! { <IncidentPicture source=scene on_open/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(timeline_extras, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_editor))
)]
fn editor(id: Id, editor_id: String) -> Result<AnyView, NotLoaded> {
    Ok(view! { <MomentEditor id editor_id/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(timeline_extras, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn suggestions() -> Result<AnyView, NotLoaded> {
    Ok(view! { <Suggestions/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(timeline_extras, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn description_notes(moment: Id, area: String) -> Result<AnyView, NotLoaded> {
    let store = crate::store::use_store();
    let id = StoredValue::new(moment);
    let value = Signal::derive(move || {
        store
            .moment(&id.get_value(), |m| m.description.clone())
            .unwrap_or_default()
    });
    let field = Signal::derive(move || crate::method::language::description_name(&id.get_value()));
    Ok(view! { <NotesUnder value field area/> }.into_any())
}

#[cfg_attr(
    feature = "split",
    wasm_split(setup, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn imported(dialog: ImportDialog, state: RwSignal<ImportState>) -> Result<AnyView, NotLoaded> {
    Ok(import_dialog(dialog, state))
}

/// Merging a file into a stored review: a responder's answers, or another copy of it.
pub fn merge_dialog(merging: Merging, close: Callback<()>) -> AnyView {
    match merging {
        Merging::Answers { file, text } => view! { <AnswersImport file text close/> }.into_any(),
        Merging::Copy(read) => view! { <CopiesImport read=*read close/> }.into_any(),
    }
}

#[cfg_attr(
    feature = "split",
    wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn conflicts(list: Vec<Conflict>) -> Result<AnyView, NotLoaded> {
    Ok(view! { <ConflictChoices conflicts=list/> }.into_any())
}

/// What an import merges into a stored review.
#[derive(Clone)]
pub enum Merging {
    /// A responder's worksheet answers: the file's name and text.
    Answers { file: String, text: String },
    /// Another copy of a review that is here.
    Copy(Box<crate::io::envelope::ReadReview>),
}

/// Calls a part: awaited where the build cuts it out, directly where it does not.
macro_rules! load {
    ($call:expr) => {{
        #[cfg(feature = "split")]
        let drawn = $call.await;
        #[cfg(not(feature = "split"))]
        let drawn = $call;
        drawn
    }};
}

/// Which part to draw.
#[derive(Clone, PartialEq)]
pub enum Which {
    Setup,
    Import(Source),
    Interviews,
    Walk,
    Synthesis,
    Report,
    Present(Id),
}

/// The timeline's picture of the incident, a part (in `timeline_extras`): most visits to the
/// timeline never open it, and the first download should not carry it.
pub fn picture_part(scene: Signal<Scene>, on_open: Callback<Id>) -> AnyView {
    Suspend::new(
        async move { load!(picture(scene, on_open)).unwrap_or_else(|NotLoaded| not_loaded()) },
    )
    .into_any()
}

thread_local! {
    /// Whether the editor's part has been fetched and started.
    static EDITOR_HERE: std::cell::Cell<bool> = const { std::cell::Cell::new(!cfg!(feature = "split")) };
}

/// Fetches the editor's part at the page's first idle moment after the timeline opens (at
/// most 700 ms later), ahead of the other parts, so that the first "Edit" or "Add moment"
/// finds it here. Not at once: fetching and starting the part's pieces in the middle of
/// drawing 2,000 rows made the list take about a fifth longer (measured when the editor was a
/// file of its own, with its shared pieces in a dozen more). One pressed before it is here
/// waits for it (`with_editor`, `editor_part`).
pub fn fetch_editor() {
    #[cfg(feature = "split")]
    if !EDITOR_HERE.get() {
        super::browser::when_idle(EDITOR_WAITS_AT_MOST, || {
            leptos::task::spawn_local(async {
                if preload_editor().await.is_ok() {
                    EDITOR_HERE.set(true);
                }
            });
        });
    }
}

/// Longer than a 2,000-row timeline takes to draw, shorter than a person takes to find "Edit".
#[cfg(feature = "split")]
const EDITOR_WAITS_AT_MOST: std::time::Duration = std::time::Duration::from_millis(700);

/// Whether the editor's part is here, so that an editor opened now shows at once.
pub fn editor_is_here() -> bool {
    EDITOR_HERE.get()
}

/// Runs `then` once the editor's part is here: at once when it is. A moment added before it is
/// is added when it arrives, so that the words typed next go into its description, not into the
/// button (whose every space added another blank moment).
pub fn with_editor(then: impl FnOnce() + 'static) {
    #[cfg(feature = "split")]
    if !EDITOR_HERE.get() {
        leptos::task::spawn_local(async move {
            if preload_editor().await.is_ok() {
                EDITOR_HERE.set(true);
            }
            then();
        });
        return;
    }
    then();
}

/// A moment's editor in the timeline, a part (in `timeline_extras`): the timeline's first
/// screen is its rows, and an editor is opened a moment after, by when the part is here
/// (`fetch_editor`).
pub fn editor_part(id: Id, editor_id: String) -> AnyView {
    Suspend::new(
        async move { load!(editor(id, editor_id)).unwrap_or_else(|NotLoaded| not_loaded()) },
    )
    .into_any()
}

/// Responders' suggestions on the timeline, a part (in `timeline_extras`): only reviews that
/// merged worksheet answers have any.
pub fn suggestions_part() -> AnyView {
    Suspend::new(async move { load!(suggestions()).unwrap_or_else(|NotLoaded| not_loaded()) })
        .into_any()
}

/// The language notes under a moment's description in the timeline's editor, a part (in
/// `timeline_extras`): the guard's engine is about a fifth of the app, and the first download
/// (the library and the timeline) should not carry it for a field few edits are flagged in.
pub fn description_notes_part(moment: Id, area: String) -> AnyView {
    Suspend::new(async move {
        load!(description_notes(moment, area)).unwrap_or_else(|NotLoaded| not_loaded())
    })
    .into_any()
}

/// What an import asks or tells once its file is read (replace or keep both, merge, why it
/// failed): a part (in `setup`, which the library fetches while it waits), loaded when a file
/// has been read.
pub fn import_dialog_part(dialog: ImportDialog, state: RwSignal<ImportState>) -> AnyView {
    Suspend::new(
        async move { load!(imported(dialog, state)).unwrap_or_else(|NotLoaded| not_loaded()) },
    )
    .into_any()
}

/// The choices between two windows' texts of the same field: a part (in `screens`), as most
/// meetings never see it; fetched with the others once a review is open (`preload`).
pub fn conflicts_part(list: Vec<Conflict>) -> AnyView {
    Suspend::new(async move { load!(conflicts(list)).unwrap_or_else(|NotLoaded| not_loaded()) })
        .into_any()
}

fn not_loaded() -> AnyView {
    view! {
        <p class="part-problem" role="alert">
            "This part of Tunnel could not be loaded: the browser is offline and has not "
            "kept it yet. Nothing stored was changed: try again once the network is back."
        </p>
    }
    .into_any()
}

/// Draws a part: at once when its file is already here, otherwise as soon as it arrives.
pub fn part(which: Which) -> AnyView {
    Suspend::new(async move {
        let drawn = match which {
            Which::Setup => load!(setup()),
            Which::Import(source) => load!(import(source)),
            Which::Interviews => load!(interviews()),
            Which::Walk => load!(walk()),
            Which::Synthesis => load!(synthesis()),
            Which::Report => load!(report()),
            Which::Present(id) => load!(present(id)),
        };
        drawn.unwrap_or_else(|NotLoaded| not_loaded())
    })
    .into_any()
}

/// Fetches the part a review opens on (its Setup) while the library waits for a choice, so
/// that opening a review costs its reading and drawing, not a fetch and a compile as well.
pub fn preload_opening() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = preload_setup().await;
    });
}

/// Fetches the parts of a review in the background, the timeline's first, so that moving to
/// them draws at once. Fetching a part twice is free; a failure is only retried on use.
///
/// Each part waits for the page to be idle: compiling and starting a part holds the main
/// thread for a few milliseconds, and all of them at once, while a person who had just opened
/// a review moved to the timeline, made its 2,000 rows take about a third longer. Waiting for
/// a task of the lowest priority instead (`in_background`) won back only a fraction of that.
pub fn preload() {
    #[cfg(feature = "split")]
    preload_from(0);
}

#[cfg(feature = "split")]
fn preload_from(part: usize) {
    super::browser::when_idle(PRELOAD_WAITS_AT_MOST, move || {
        leptos::task::spawn_local(async move {
            // A part that cannot be fetched is left for its first use; the others still come.
            // Every part: a window that a new version took over in another window can no
            // longer fetch its own (`ui::update`).
            let _ = match part {
                0 => preload_editor().await,
                1 => preload_walk().await,
                2 => preload_setup().await,
                3 => preload_present().await,
                // The benchmark types once every part is here: one started mid-measure
                // landed on one review's keystrokes and not the other's.
                _ => return super::browser::mark("tunnel: every part fetched"),
            };
            preload_from(part + 1);
        })
    });
}

/// How long a part waits for the page to be idle before it is fetched anyway.
#[cfg(feature = "split")]
const PRELOAD_WAITS_AT_MOST: std::time::Duration = std::time::Duration::from_secs(3);
