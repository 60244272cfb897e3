//! Sharing the result: the report as Markdown (copy or download), as one self-contained HTML
//! file, as JSON, printed, and optionally with every name replaced by a pseudonym.

use super::app::use_app;
use super::browser::{self, IntlZones};
use super::fields::CheckField;
use super::guard::{count_notes, LanguageCount, ReviewOfNotes};
use super::picture::IncidentPicture;
use super::widgets::{Button, Modal};
use super::worker;
use crate::io::report::{Block, Item};
use crate::io::report_parts::Shown;
use crate::io::work::{self, Format, Job};
use crate::io::{envelope, pseudonym};
use crate::model::time::to_local;
use crate::model::Review;
use crate::storage::now;
use crate::store::use_store;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn ReportScreen() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    // Kept while the window is open, as the worksheets' choice is (`interviews`).
    let choice = store.untracked(|r| format!("report-pseudonyms:{}", r.id));
    let pseudonyms = RwSignal::new(browser::remembered(&choice));
    let word_names = Memo::new(move |_| store.people(pseudonym::names_like_words));
    // The report is written in the worker bundle (`io::work`): each edit or change of the
    // pseudonyms asks again, and only the newest answer is shown.
    let preview = RwSignal::new(Preview {
        edition: 0,
        title: String::new(),
        parts: Vec::new(),
    });
    let ready = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let asked = StoredValue::new(0u64);
    Effect::new(move |_| {
        store.edits();
        let job = Job::share(store.snapshot(), pseudonyms.get(), Format::Blocks, now());
        let Some(mine) = asked.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let answer = worker::ask(job.to_json()).await;
            if asked.try_get_value() != Some(mine) {
                return;
            }
            match work::read_report(&answer) {
                Ok(report) => {
                    preview.update(|p| {
                        *p = Preview {
                            edition: p.edition + 1,
                            title: report.title,
                            parts: report.parts,
                        }
                    });
                    ready.set(true);
                    problem.set(None);
                }
                Err(message) => problem.set(Some(message)),
            }
        });
    });
    // A large review's report is tens of thousands of elements: it is read and put on the page a
    // part per task, so that the page stays responsive while it fills. A new edition starts again.
    // Printing asks for the rest at once and prints when it is all on the page.
    let shown = RwSignal::new(1usize);
    let print_asked = RwSignal::new(false);
    Effect::watch(
        move || preview.with(|p| p.edition),
        move |_, _, _| shown.set(1),
        false,
    );
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let total = preview.with(|p| p.parts.len());
        if shown.get() >= total {
            if print_asked.get() {
                print_asked.set(false);
                // A task later, once the last parts are on the page.
                set_timeout(|| drop(window().print()), Duration::ZERO);
            }
        } else if print_asked.get() {
            shown.set(total);
        } else {
            // A frame between parts: with the next part in the same frame as the last, the
            // browser drew nothing until both were made (the answer's part and the picture
            // made one frame of 100 to 200 ms).
            browser::after_paint(move || {
                shown.try_update(|n| *n = n.saturating_add(1));
            });
        }
    });
    let print = move || print_asked.set(true);
    // The browser's own Print (Ctrl+P) gets the whole report too: the rest goes on the page in
    // the microtasks that run before the browser lays the page out for print.
    let before_print = window_event_listener_untyped("beforeprint", move |_| shown.set(usize::MAX));
    on_cleanup(move || before_print.remove());
    let on_page = move || {
        let (edition, count) = preview.with(|p| (p.edition, p.parts.len()));
        (0..shown.get().min(count))
            .map(|slice| (edition, slice))
            .collect::<Vec<_>>()
    };
    let file_name = move |review: &Review, extension: &str| {
        let date = review
            .incident_start
            .map(|at| to_local(at, &review.time_zone, &IntlZones).date);
        // A copy for others is not named after the title, which may name someone.
        if pseudonyms.get_untracked() {
            envelope::export_file_name("", date, &format!("pseudonymised.{extension}"))
        } else {
            envelope::export_file_name(&review.title, date, extension)
        }
    };
    // Asks the worker for a file of the review as it is now, then does `then` with its text.
    let write = move |format: Format, then: Box<dyn FnOnce(String)>| {
        let job = Job::share(store.snapshot(), pseudonyms.get_untracked(), format, now());
        leptos::task::spawn_local(async move {
            match work::read_text(&worker::ask(job.to_json()).await) {
                Ok(text) => then(text),
                Err(message) => app.tell_failure(format!("Could not write the report: {message}.")),
            }
        });
    };
    let save = move |format: Format, extension: &'static str, mime: &'static str| {
        let name = file_name(&store.snapshot(), extension);
        write(
            format,
            Box::new(move |text| {
                if let Err(error) = browser::download(&name, mime, &text) {
                    app.tell_failure(format!("Could not download the file: {error}."));
                }
            }),
        );
    };
    // Open language notes go into the report as written: before the first file is written the
    // facilitator is asked once whether to review them.
    let notes = count_notes(true);
    let reviewing = RwSignal::new(false);
    let pending = StoredValue::new_local(None::<Box<dyn FnOnce()>>);
    let confirming = RwSignal::new(false);
    let acknowledged = StoredValue::new(false);
    let guarded = move |action: Box<dyn FnOnce()>| {
        let open = notes.counts.get_untracked().map_or(0, |(open, _)| open);
        if open == 0 || acknowledged.get_value() {
            action();
        } else {
            pending.set_value(Some(action));
            confirming.set(true);
        }
    };
    let copy = move || {
        write(
            Format::Markdown,
            Box::new(move |text| {
                leptos::task::spawn_local(async move {
                    match browser::copy_text(&text).await {
                        Ok(()) => app.tell("The Markdown report is on the clipboard."),
                        Err(error) => app.tell_failure(format!(
                            "Could not copy: {error}. Use Download Markdown instead."
                        )),
                    }
                });
            }),
        );
    };
    view! {
        <section class="report-screen" aria-labelledby="report-heading">
            <div class="report-tools">
                <h2 id="report-heading">"Report"</h2>
                <LanguageCount count=notes/>
                <ReviewOfNotes count=notes open=reviewing/>
                <CheckField label="Replace names with pseudonyms" checked=pseudonyms set=move |on: bool| {
                    pseudonyms.set(on);
                    browser::remember(&choice, on);
                }/>
                // Always on the page, so that a screen reader hears the words when they come.
                <p class="hint words-note" role="status">
                    {move || {
                        (pseudonyms.get() && word_names.with(|w| !w.is_empty()))
                            .then(|| word_names.with(|w| words_note(w)))
                    }}
                </p>
                <div class="dialog-actions">
                    <Button on_click=move |_| guarded(Box::new(copy)) label="Copy Markdown"/>
                    <Button on_click=move |_| guarded(Box::new(move || save(Format::Markdown, "md", "text/markdown"))) label="Download Markdown"/>
                    <Button on_click=move |_| guarded(Box::new(move || save(Format::Html, "report.html", "text/html"))) label="Download HTML report"/>
                    <Button on_click=move |_| guarded(Box::new(move || save(Format::Json, "shared.tunnel.json", "application/json"))) label="Download JSON"/>
                    <Button class="primary" on_click=move |_| guarded(Box::new(print)) label="Print report"/>
                </div>
                <h3>"Before the meeting"</h3>
                <p class="hint">
                    "The calibration draft is for the people involved to correct before the room sees it: "
                    "the data reviewed, who was interviewed, each person's point of view, the themes so far "
                    "and questions for them. Nothing said off the record, no notes, no reasons for interviews."
                </p>
                <div class="dialog-actions">
                    <Button on_click=move |_| guarded(Box::new(move || save(Format::CalibrationHtml, "calibration.html", "text/html"))) label="Export calibration draft"/>
                    <Button on_click=move |_| guarded(Box::new(move || save(Format::CalibrationMarkdown, "calibration.md", "text/markdown"))) label="Calibration draft as Markdown"/>
                </div>
                <p class="hint">
                    "With pseudonyms, every person becomes their role and a letter (\u{201c}Responder A\u{201d}) in all "
                    "three formats, names inside free text included. The HTML report carries the review, so "
                    "importing it into Tunnel gives the review back."
                </p>
            </div>
            <Show when=move || confirming.get()>
                <Modal title="Language notes are still open" on_close=Callback::new(move |_| confirming.set(false))>
                    <p>
                        {move || format!(
                            "The review still holds {} open language note(s). The report would carry them as written.",
                            notes.counts.get().map_or(0, |(open, _)| open)
                        )}
                    </p>
                    <div class="dialog-actions">
                        <Button
                            class="primary"
                            on_click=move |_| {
                                confirming.set(false);
                                pending.set_value(None);
                                reviewing.set(true);
                                // After the dialog has given the focus back.
                                request_animation_frame(|| browser::focus_by_id("review-notes-summary".into()));
                            }
                            label="Review them first"
                        />
                        <Button
                            on_click=move |_| {
                                confirming.set(false);
                                acknowledged.set_value(true);
                                if let Some(action) = pending.try_update_value(Option::take).flatten() {
                                    action();
                                }
                            }
                            label="Write it anyway"
                        />
                    </div>
                </Modal>
            </Show>
            <p class="hint" role="status">
                {move || match problem.get() {
                    Some(message) => format!("The report could not be written: {message}."),
                    None if !ready.get() => "Writing the report…".to_string(),
                    None => String::new(),
                }}
            </p>
            <article class="report-preview" aria-label="Report preview">
                <h1 class="report-title">{move || preview.with(|p| p.title.clone())}</h1>
                <For each=on_page key=|slice| *slice let:slice>
                    <div class="report-slice">
                        {preview.with_untracked(|p| {
                            p.parts.get(slice.1).map(|part| match work::read_part(part) {
                                Ok(blocks) => blocks_view(blocks).into_any(),
                                Err(message) => view! {
                                    <p class="hint">{format!("This part of the report could not be shown: {message}.")}</p>
                                }
                                .into_any(),
                            })
                        })}
                    </div>
                </For>
            </article>
        </section>
    }
}

/// The report on screen. `edition` tells rebuilt reports apart, so that a rebuilt report's
/// blocks replace the old ones on the page.
#[derive(Clone, PartialEq)]
struct Preview {
    edition: u64,
    title: String,
    /// The report in parts (`io::report_parts`), one part read and put on the page per task.
    parts: Vec<String>,
}

/// Blocks as HTML elements (text only ever as text). A piece of a cut table is laid out by its
/// columns' shares (classes in the style sheet), not by its own cells, so that the pieces line up.
fn blocks_view(blocks: Vec<Shown>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|Shown { block, shares }| match block {
            Block::Heading(2, text) => view! { <h2>{text}</h2> }.into_any(),
            Block::Heading(3, text) => view! { <h3>{text}</h3> }.into_any(),
            Block::Heading(_, text) => view! { <h4>{text}</h4> }.into_any(),
            Block::Paragraph(text) => view! { <p class="keep-lines">{text}</p> }.into_any(),
            Block::Picture(source) => {
                view! { <IncidentPicture source=Signal::stored(*source)/> }.into_any()
            }
            Block::Facts(facts) => view! {
                <dl>
                    {facts.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd class="keep-lines">{value}</dd> }).collect_view()}
                </dl>
            }
            .into_any(),
            Block::List(items) => view! { <ul>{items.into_iter().map(item).collect_view()}</ul> }.into_any(),
            Block::Table { head, rows } => {
                let cut = shares.is_some();
                view! {
                <table class:cut=cut>
                    {shares.map(|shares| view! {
                        <colgroup>
                            {shares.into_iter().map(|share| view! { <col class=format!("share-{share}")/> }).collect_view()}
                        </colgroup>
                    })}
                    <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr>{row.into_iter().map(|c| view! { <td class="keep-lines">{c}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
                }
                .into_any()
            }
        })
        .collect_view()
}

/// Says which names are also ordinary words, and so where the copy with pseudonyms leaves
/// them (`io::pseudonym`).
fn words_note(words: &[String]) -> String {
    let quoted = words
        .iter()
        .map(|w| format!("\u{201c}{w}\u{201d}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "{quoted}: also ordinary words. The copy replaces them where they are written as a name \
         (with a capital, or after @) and leaves them where they are written in lowercase \
         (\u{201c}the alert will page\u{201d}), so a name written in lowercase stays. Read the \
         copy before you share it."
    )
}

fn item(item: Item) -> impl IntoView {
    match item.href {
        Some(href) => view! { <li><a href=href target="_blank" rel="noopener noreferrer">{item.text}</a></li> }.into_any(),
        None => view! { <li class="keep-lines">{item.text}</li> }.into_any(),
    }
}
