//! The language guard on a text field: the counterfactual and blaming phrases in it are listed
//! under it with a reframe each, and stay listed after the field loses the focus. It never blocks or changes the text;
//! each occurrence can be dismissed, and the dismissal is kept with the review.

use super::fields::TextArea;
use super::widgets::Button;
use crate::method::language;
use crate::store::{use_store, Part};
use leptos::prelude::*;

/// A text area watched by the language guard. `field` names it for dismissals
/// (`language::account_field_name`, "summary", "note:<id>"...).
#[component]
pub fn GuardedArea(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] set: Callback<String>,
    #[prop(into)] field: Signal<String>,
    #[prop(optional, into)] id: String,
    #[prop(optional, into)] hint: String,
) -> impl IntoView {
    let store = use_store();
    // The area needs an id so that dismissing a note can give it the focus back.
    let id = if id.is_empty() {
        super::widgets::dom_id("guarded")
    } else {
        id
    };
    let area_id = StoredValue::new(id.clone());
    let findings = Memo::new(move |_| {
        let text = value.get();
        let field = field.get();
        store.read(&Part::Language, |r| {
            language::open_findings(&text, &field, &r.language.dismissed)
        })
    });
    let dismiss = move |finding: language::Finding| {
        let dismissal = language::dismissal(&finding, &field.get_untracked());
        store.write(&[Part::Language], |r| r.language.dismissed.push(dismissal));
        super::browser::focus_by_id(area_id.get_value());
    };
    view! {
        // The notes stay under the field after it loses the focus, until each is reworded or
        // dismissed: a note seen only while typing was soon forgotten.
        <div class="guarded">
            <TextArea label value set id hint/>
            <Show when=move || findings.with(|f| !f.is_empty())>
                <ul class="language-notes" aria-label="Language notes" aria-live="polite">
                    {move || {
                        findings
                            .get()
                            .into_iter()
                            .map(|finding| {
                                let phrase = finding.phrase.clone();
                                let reframe = finding.reframe;
                                view! {
                                    <li>
                                        <q>{phrase.clone()}</q>
                                        ": "
                                        {reframe}
                                        " "
                                        <Button
                                            class="quiet"
                                            on_click=move |_| dismiss(finding.clone())
                                            label=format!("Dismiss \u{201c}{phrase}\u{201d}")
                                        />
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </div>
    }
}

/// Texts checked per task while counting: a slice of a large review's first count, a few
/// milliseconds, so the page keeps answering.
const TEXTS_PER_TASK: usize = 1_500;

/// "Language notes in this review: 3 open, 1 dismissed."
#[component]
pub fn LanguageCount() -> impl IntoView {
    let store = use_store();
    // Counting reads the whole review, so it waits for typing to pause, and then runs a slice
    // per task, re-checking only the texts that changed (`language::Counter`).
    let settled = super::widgets::after_edits_settle(store);
    let counter = StoredValue::new(language::Counter::default());
    let counts = RwSignal::new(None::<(usize, usize)>);
    // A newer count supersedes one still running.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        settled.track();
        let mine = generation.try_update_value(|g| {
            *g += 1;
            *g
        });
        if let Some(mine) = mine {
            count_slice(store, counter, counts, generation, mine);
        }
    });
    view! {
        <p class="language-count">
            {move || match counts.get() {
                Some((open, dismissed)) => {
                    format!("Language notes in this review: {open} open, {dismissed} dismissed.")
                }
                None => "Language notes in this review: counting…".to_string(),
            }}
        </p>
    }
}

fn count_slice(
    store: crate::store::ReviewStore,
    counter: StoredValue<language::Counter>,
    counts: RwSignal<Option<(usize, usize)>>,
    generation: StoredValue<u64>,
    mine: u64,
) {
    // The screen may have closed, or a newer count begun, since this slice was scheduled.
    if generation.try_get_value() != Some(mine) {
        return;
    }
    let Some(result) =
        counter.try_update_value(|c| store.untracked(|review| c.count(review, TEXTS_PER_TASK)))
    else {
        return;
    };
    match result {
        Some(found) => counts.set(Some(found)),
        None => set_timeout(
            move || count_slice(store, counter, counts, generation, mine),
            std::time::Duration::ZERO,
        ),
    }
}
