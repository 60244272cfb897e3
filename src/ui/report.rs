//! Sharing the result: the report as Markdown (copy or download), as one self-contained HTML
//! file, as JSON, printed, and optionally with every name replaced by a pseudonym.

use super::app::use_app;
use super::browser::{self, IntlZones};
use super::fields::CheckField;
use super::widgets::Button;
use crate::io::report::{self, Block, Item, Report};
use crate::io::{envelope, html_report, markdown, pseudonym};
use crate::model::time::to_local;
use crate::model::Review;
use crate::storage::now;
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn ReportScreen() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let pseudonyms = RwSignal::new(false);
    // The review as it will be shared: with pseudonyms when asked.
    let shared = move || {
        let review = store.snapshot();
        if pseudonyms.get_untracked() {
            pseudonym::pseudonymize(&review)
        } else {
            review
        }
    };
    let preview = Memo::new(move |_| {
        store.edits();
        pseudonyms.get();
        report::build(&shared(), &IntlZones)
    });
    let file_name = move |review: &Review, extension: &str| {
        let date = review
            .incident_start
            .map(|at| to_local(at, &review.time_zone, &IntlZones).date);
        let extension = if pseudonyms.get_untracked() {
            format!("pseudonymised.{extension}")
        } else {
            extension.to_string()
        };
        envelope::export_file_name(review, date, &extension)
    };
    let save = move |extension: &str, mime: &str, text: String| {
        let name = file_name(&store.snapshot(), extension);
        if let Err(error) = browser::download(&name, mime, &text) {
            app.tell(format!("Could not download the file: {error}."));
        }
    };
    let markdown_text = move || markdown::render(&report::build(&shared(), &IntlZones));
    let copy = move |_| {
        let text = markdown_text();
        leptos::task::spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => app.tell("The Markdown report is on the clipboard."),
                Err(error) => app.tell(format!(
                    "Could not copy: {error}. Use Download Markdown instead."
                )),
            }
        });
    };
    let html = move || {
        let review = shared();
        let json = envelope::export_json(&review, now());
        html_report::render(&report::build(&review, &IntlZones), &json)
    };
    view! {
        <section class="report-screen" aria-labelledby="report-heading">
            <div class="report-tools">
                <h2 id="report-heading">"Report"</h2>
                <CheckField label="Replace names with pseudonyms" checked=pseudonyms set=move |on: bool| pseudonyms.set(on)/>
                <div class="dialog-actions">
                    <Button on_click=copy label="Copy Markdown"/>
                    <Button on_click=move |_| save("md", "text/markdown", markdown_text()) label="Download Markdown"/>
                    <Button on_click=move |_| save("report.html", "text/html", html()) label="Download HTML report"/>
                    <Button
                        on_click=move |_| save("tunnel.json", "application/json", envelope::export_json(&shared(), now()))
                        label="Download JSON"
                    />
                    <Button class="primary" on_click=move |_| { let _ = window().print(); } label="Print report"/>
                </div>
                <p class="hint">
                    "With pseudonyms, every person becomes their role and a letter (\u{201c}Responder A\u{201d}) in all "
                    "three formats, names inside free text included. The HTML report carries the review, so "
                    "importing it into Tunnel gives the review back."
                </p>
            </div>
            <article class="report-preview" aria-label="Report preview">
                {move || view! { <ReportView report=preview.get()/> }}
            </article>
        </section>
    }
}

/// The report's blocks as HTML elements (text only ever as text).
#[component]
fn ReportView(report: Report) -> impl IntoView {
    let blocks = report.blocks.into_iter().map(|block| match block {
        Block::Heading(2, text) => view! { <h2>{text}</h2> }.into_any(),
        Block::Heading(3, text) => view! { <h3>{text}</h3> }.into_any(),
        Block::Heading(_, text) => view! { <h4>{text}</h4> }.into_any(),
        Block::Paragraph(text) => view! { <p class="keep-lines">{text}</p> }.into_any(),
        Block::Facts(facts) => view! {
            <dl>
                {facts.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd class="keep-lines">{value}</dd> }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::List(items) => view! { <ul>{items.into_iter().map(item).collect_view()}</ul> }.into_any(),
        Block::Table { head, rows } => view! {
            <table>
                <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>{row.into_iter().map(|c| view! { <td class="keep-lines">{c}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    });
    view! {
        <h1 class="report-title">{report.title}</h1>
        {blocks.collect_view()}
    }
}

fn item(item: Item) -> impl IntoView {
    match item.href {
        Some(href) => view! { <li><a href=href target="_blank" rel="noopener noreferrer">{item.text}</a></li> }.into_any(),
        None => view! { <li class="keep-lines">{item.text}</li> }.into_any(),
    }
}
