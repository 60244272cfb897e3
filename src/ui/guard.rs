//! The language guard on a text field: the counterfactual and blaming phrases in it are listed
//! under it with a reframe each, and stay listed after the field loses the focus. It never blocks or changes the text;
//! each occurrence can be dismissed, and the dismissal is kept with the review.

use super::fields::{TextArea, TextField};
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
    // The area needs an id so that dismissing a note can give it the focus back.
    let id = if id.is_empty() {
        super::widgets::dom_id("guarded")
    } else {
        id
    };
    let area = id.clone();
    view! {
        <div class="guarded">
            <TextArea label value set id hint/>
            <NotesUnder value field area/>
        </div>
    }
}

/// The language notes of the text in the field with the id `area`, listed under it. They stay
/// after the field loses the focus, until each is reworded or dismissed: a note seen only while
/// typing was soon forgotten. `field` names the text for dismissals.
#[component]
pub fn NotesUnder(
    #[prop(into)] value: Signal<String>,
    #[prop(into)] field: Signal<String>,
    area: String,
) -> impl IntoView {
    let store = use_store();
    let area = StoredValue::new(area);
    // Checked once typing pauses: a long field takes about a millisecond to read.
    let settled = super::widgets::settled_in(field, value, std::time::Duration::from_millis(300));
    let people = use_context::<KnownPeople>();
    let findings = Memo::new(move |_| {
        settled.with(|(field, text)| {
            let read = |people: &language::People| {
                store.read(&Part::Language, |r| {
                    language::open_findings_knowing(text, field, &r.language, people)
                })
            };
            match people {
                Some(KnownPeople(people)) => people.with(read),
                None => read(&language::People::default()),
            }
        })
    });
    let dismiss = move |finding: language::Finding| {
        // Dismissed where it was found.
        let dismissal = settled.with_untracked(|(field, _)| language::dismissal(&finding, field));
        store.write(&[Part::Language], |r| r.language.dismissed.push(dismissal));
        super::browser::focus_by_id(area.get_value());
    };
    view! {
        <Show when=move || findings.with(|f| !f.is_empty())>
            <ul class="language-notes" aria-label="Language notes" aria-live="polite">
                {move || {
                    let all = told_apart(findings.get());
                    let more = all.len().saturating_sub(NOTES_SHOWN);
                    let lines = all
                        .into_iter()
                        .take(NOTES_SHOWN)
                        .map(|(finding, which)| {
                            view! { <NoteLine finding which dismiss=Callback::new(dismiss)/> }
                        })
                        .collect_view();
                    (lines, more_notes(more))
                }}
            </ul>
        </Show>
    }
}

/// The most notes listed for one text: a long paste (an interview's transcript) is not drawn
/// note by note, but its first notes and how many more there are.
const NOTES_SHOWN: usize = 30;

fn more_notes(more: usize) -> Option<impl IntoView> {
    (more > 0).then(|| {
        view! {
            <li>{format!("{more} more language notes in this text: reword or dismiss these first.")}</li>
        }
    })
}

/// What a large count's first task checks (`language::check_cost`, about a character each:
/// a hundred short texts); later tasks check as much as fits in `MS_PER_TASK` at the pace the
/// last one went, within `TASK_BUDGETS`. A text costs several times more in the browser's first
/// tier than natively: a fixed 1,500 texts made tasks of 50 to 65 ms at 10,000 accounts, and a
/// first task of 300 texts took 58 to 73 ms on the report screen, opened at its address.
const FIRST_BUDGET: usize = 4_000;
/// The least and the most a task after the first may check: at most about 25 ms of text at
/// the native pace, whatever the last task's pace said.
const TASK_BUDGETS: (usize, usize) = (1_000, 30_000);
/// A click waits for the slice that is running: 10 ms is under a frame, where 20 ms slices,
/// still running when the Walk-through was left at once, held the Timeline back by up to 20 ms.
const MS_PER_TASK: f64 = 10.0;

/// The review's language notes, counted after edits settle: (open, dismissed), and the open
/// notes themselves when `list` was asked for.
#[derive(Clone, Copy)]
pub struct NoteCount {
    pub counts: RwSignal<Option<(usize, usize)>>,
    /// The open notes, text by text (`Counter::open_by_text`).
    pub notes: RwSignal<Vec<(language::TextRef, Vec<language::Finding>)>>,
    list: bool,
}

/// What the review's texts were found to hold, kept while the review is open: a screen that
/// counts again (the Walk-through or the Report, opened again) re-checks only the texts that
/// changed since. The first count of a 10,000-account review is about a second of work.
#[derive(Clone, Copy)]
pub struct ReviewCounter(StoredValue<language::Counter>);

impl ReviewCounter {
    /// Keeps a counter for the review open under the calling component.
    pub fn provide() {
        provide_context(ReviewCounter(
            StoredValue::new(language::Counter::default()),
        ));
    }
}

/// The open review's people as the guard knows them, one for the review: the notes under
/// every field read it, and are read again only when a name or a handle changes. Followed by
/// each field, every key typed in a person's role or consent checked every field on the page
/// again, and on Interviews each of 300 people's fields built the list again.
#[derive(Clone, Copy)]
pub struct KnownPeople(Memo<language::People>);

impl KnownPeople {
    pub fn provide() {
        let store = use_store();
        provide_context(KnownPeople(Memo::new(move |_| {
            store.read(&Part::People, language::People::of)
        })));
    }
}

/// Starts counting the review's notes for the life of the calling component.
pub fn count_notes(list: bool) -> NoteCount {
    let store = use_store();
    let count = NoteCount {
        counts: RwSignal::new(None),
        notes: RwSignal::new(Vec::new()),
        list,
    };
    // Counting reads the whole review, so it waits for typing to pause, and then runs a slice
    // per task, re-checking only the texts that changed (`language::Counter`).
    let settled = super::widgets::after_edits_settle(store);
    // A window without an open review's counter (a test) counts on its own.
    let counter = use_context::<ReviewCounter>()
        .map_or_else(|| StoredValue::new(language::Counter::default()), |c| c.0);
    // A newer count supersedes one still running.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        settled.track();
        let mine = generation.try_update_value(|g| {
            *g += 1;
            *g
        });
        // Even the first slice waits for a task of its own: run here, it held up the screen
        // that asked for the count (the Walk-through's first paint at 2,000 moments).
        if let Some(mine) = mine {
            super::browser::in_background(move || {
                count_slice(store, counter, count, generation, mine, FIRST_BUDGET)
            });
        }
    });
    count
}

/// "Language notes in this review: 3 open, 1 dismissed."
#[component]
pub fn LanguageCount(#[prop(optional)] count: Option<NoteCount>) -> impl IntoView {
    let count = count.unwrap_or_else(|| count_notes(false));
    view! {
        <p class="language-count">
            {move || match count.counts.get() {
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
    count: NoteCount,
    generation: StoredValue<u64>,
    mine: u64,
    budget: usize,
) {
    // The screen may have closed, or a newer count begun, since this slice was scheduled.
    if generation.try_get_value() != Some(mine) {
        return;
    }
    let started = js_sys::Date::now();
    let Some(result) =
        counter.try_update_value(|c| store.untracked(|review| c.count(review, budget)))
    else {
        return;
    };
    let took = (js_sys::Date::now() - started).max(1.0);
    let next =
        ((budget as f64 * MS_PER_TASK / took) as usize).clamp(TASK_BUDGETS.0, TASK_BUDGETS.1);
    match result {
        Some(found) => {
            if count.list {
                counter.with_value(|c| count.notes.set(c.open_by_text()));
            }
            count.counts.set(Some(found));
        }
        None => super::browser::in_background(move || {
            count_slice(store, counter, count, generation, mine, next)
        }),
    }
}

/// Texts listed at once in the review of open notes; a review with more says how many more.
const TEXTS_LISTED: usize = 60;

/// Every open note of the review, text by text with where it is, for a last look before the
/// review is shared: each can be dismissed, and each text reworded in place.
#[component]
pub fn ReviewOfNotes(count: NoteCount, #[prop(into)] open: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    // Texts opened for rewording stay listed until closed, even once their notes are gone,
    // so that the field being typed in does not vanish under the typist.
    let rewording = RwSignal::new(Vec::<language::TextRef>::new());
    // Each moment's number, worked out once for the list rather than once per entry.
    let numbers = StoredValue::new(store.untracked(language::moment_numbers));
    let texts = Memo::new(move |_| {
        let mut texts: Vec<language::TextRef> = count
            .notes
            .with(|notes| notes.iter().map(|(text, _)| text.clone()).collect());
        for text in rewording.get() {
            if !texts.contains(&text) {
                texts.push(text);
            }
        }
        texts
    });
    let listed = move || texts.with(|t| t.iter().take(TEXTS_LISTED).cloned().collect::<Vec<_>>());
    let more = move || texts.with(|t| t.len().saturating_sub(TEXTS_LISTED));
    let has_more = move || more() != 0;
    let entry = move |text: language::TextRef| {
        let text = StoredValue::new(text);
        let place = store.untracked(|r| text.with_value(|t| t.place(r, &numbers.get_value())));
        let notes = Memo::new(move |_| {
            count.notes.with(|n| {
                n.iter()
                    .find(|(t, _)| text.with_value(|mine| t == mine))
                    .map(|(_, findings)| findings.clone())
                    .unwrap_or_default()
            })
        });
        let sentence = move |finding: &language::Finding| {
            store.untracked(|r| {
                text.with_value(|t| t.text(r))
                    .map(|body| language::sentence_around(body, finding, 160))
                    .unwrap_or_default()
            })
        };
        let dismiss = move |finding: language::Finding| {
            let dismissal = language::dismissal(&finding, &text.with_value(|t| t.name()));
            store.write(&[Part::Language], |r| r.language.dismissed.push(dismissal));
        };
        let is_rewording = move || rewording.with(|r| text.with_value(|t| r.contains(t)));
        let place_label = place.clone();
        view! {
            <li class="review-note">
                <h3>{place.clone()}</h3>
                <Show
                    when=is_rewording
                    fallback=move || view! {
                        <ul class="language-notes">
                            {move || {
                                let all = told_apart(notes.get());
                                let more = all.len().saturating_sub(NOTES_SHOWN);
                                let lines = all.into_iter().take(NOTES_SHOWN).map(|(finding, which)| {
                                    let said = sentence(&finding);
                                    view! { <NoteLine finding which dismiss=Callback::new(dismiss) said/> }
                                }).collect_view();
                                (lines, more_notes(more))
                            }}
                        </ul>
                        <Button
                            on_click=move |_| rewording.update(|r| r.push(text.get_value()))
                            label="Reword"
                            aria_label=format!("Reword: {}", place_label.clone())
                        />
                    }
                >
                    <GuardedArea
                        label=place.clone()
                        value=Signal::derive(move || {
                            text.with_value(|t| {
                                store.read(&part_of(t), |r| t.text(r).unwrap_or_default().to_string())
                            })
                        })
                        set=move |value: String| write_text(store, &text.get_value(), value)
                        field=Signal::derive(move || text.with_value(|t| t.name()))
                    />
                    <Button
                        on_click=move |_| rewording.update(|r| r.retain(|t| text.with_value(|x| x != t)))
                        label="Done rewording"
                    />
                </Show>
            </li>
        }
    };
    view! {
        <Show when=move || count.counts.get().is_some_and(|(open, _)| open > 0) || !rewording.with(Vec::is_empty)>
            <details
                class="review-notes"
                id="review-notes"
                prop:open=move || open.get()
                on:toggle=move |ev| {
                    let element: web_sys::Element = event_target(&ev);
                    open.set(element.has_attribute("open"));
                }
            >
                <summary id="review-notes-summary">"Review the open language notes"</summary>
                <p class="hint">
                    "Each note stays in the report as written unless it is reworded or dismissed here."
                </p>
                <ul role="list" aria-label="Open language notes">
                    <For each=listed key=|t| t.name() let:text>
                        {entry(text)}
                    </For>
                </ul>
                <Show when=has_more>
                    <p class="hint">{move || format!("And {} more texts with open notes.", more())}</p>
                </Show>
            </details>
        </Show>
    }
}

/// The part of the store a text is kept in.
fn part_of(text: &language::TextRef) -> Part {
    use language::TextRef::*;
    match text {
        Summary | Impact => Part::Details,
        Moment(id) => Part::Moment(id.clone()),
        Account(id, _) => Part::Account(id.clone()),
        Note(_) | Question(_) => Part::Meeting,
        Finding(_) | Opportunity(_) | OpportunityTitle(_) | OpportunityDetails(_) => {
            Part::Synthesis
        }
        Interview(_) => Part::People,
    }
}

fn write_text(store: crate::store::ReviewStore, text: &language::TextRef, value: String) {
    match text {
        language::TextRef::Account(id, field) => {
            store.edit_account(id, |a| *a.field_mut(*field) = value)
        }
        language::TextRef::Moment(id) => store.edit_moment(id, |m| m.description = value),
        other => {
            store.write(&[part_of(other)], |r| {
                if let Some(body) = other.text_mut(r) {
                    *body = value;
                }
            });
        }
    }
}

/// Each note with what tells its buttons apart from another's on the same words: " (2 of 3)"
/// when a text holds the phrase more than once, nothing when once.
fn told_apart(findings: Vec<language::Finding>) -> Vec<(language::Finding, String)> {
    use std::collections::HashMap;
    // Counted once: a pasted transcript can hold thousands of notes.
    let mut total: HashMap<&str, usize> = HashMap::new();
    for f in &findings {
        *total.entry(&f.rule).or_default() += 1;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let which: Vec<String> = findings
        .iter()
        .map(|f| {
            let nth = seen.entry(&f.rule).or_default();
            *nth += 1;
            match total[f.rule.as_str()] {
                1 => String::new(),
                all => format!(" ({nth} of {all})"),
            }
        })
        .collect();
    findings.into_iter().zip(which).collect()
}

/// One language note: (the sentence it is in,) the words, their kind, the reframe, and what
/// the facilitator can do about it. `which` tells it apart from another note on the same words.
#[component]
fn NoteLine(
    finding: language::Finding,
    which: String,
    #[prop(into)] dismiss: Callback<language::Finding>,
    #[prop(optional)] said: Option<String>,
) -> impl IntoView {
    let phrase = finding.phrase.clone();
    let rule = finding.rule.clone();
    let kind = finding.category.name();
    let reframe = finding.reframe;
    view! {
        <li>
            {said.map(|said| view! { <span class="keep-lines">{said}</span> " " })}
            <q>{phrase.clone()}</q>
            " ("
            {kind}
            "): "
            {reframe}
            " "
            <Button
                class="quiet"
                on_click=move |_| dismiss.run(finding.clone())
                label=format!("Dismiss \u{201c}{phrase}\u{201d}{which}")
            />
            <NotBlameHere rule phrase/>
        </li>
    }
}

/// "Not blame here": the phrase is never flagged again anywhere in this review (a team's
/// jargon, a tool's name). Undone from the setup screen's "Language guard".
#[component]
fn NotBlameHere(rule: String, phrase: String) -> impl IntoView {
    let store = use_store();
    let app = super::app::use_app();
    let rule = StoredValue::new(rule);
    let shown = StoredValue::new(phrase.clone());
    let teach = move |_| {
        let rule = rule.get_value();
        let watched = store.untracked(|r| r.language.watches(&rule));
        store.write(&[Part::Language], |r| {
            r.language.not_blame_here(rule.clone())
        });
        // Said, with a way back: the phrase goes unflagged everywhere in the review, and off
        // the team's own watch list if it was on it.
        let phrase = shown.get_value();
        app.notice.set(Some(super::app::Notice {
            failure: false,
            text: if watched {
                format!(
                    "\u{201c}{phrase}\u{201d} is no longer watched for, and is not flagged again \
                     in this review."
                )
            } else {
                format!("\u{201c}{phrase}\u{201d} is not flagged again in this review.")
            },
            undo: Some(super::app::Undo::Run(std::sync::Arc::new(move || {
                let rule = rule.clone();
                store.write(&[Part::Language], |r| {
                    r.language.not_blame.retain(|p| p != &rule);
                    if watched {
                        r.language.watch_for(rule);
                    }
                });
            }))),
        }));
    };
    view! {
        <Button
            class="quiet"
            on_click=teach
            label="Not blame here"
            aria_label=format!("Not blame here: \u{201c}{phrase}\u{201d}")
        />
    }
}

/// What the facilitator taught the guard for this review: phrases that are not blame here
/// (each can be flagged again), and phrases of the team's own to watch for.
#[component]
pub fn TeachGuard() -> impl IntoView {
    let store = use_store();
    let draft = super::browser::Draft::new(format!("{}:watch", store.id()));
    let list = move |pick: fn(&crate::model::LanguageLog) -> &Vec<String>| {
        move || store.read(&Part::Language, |r| pick(&r.language).clone())
    };
    let not_blame = list(|l| &l.not_blame);
    let watch = list(|l| &l.watch);
    let remove = move |which: Which, phrase: String| {
        store.write(&[Part::Language], |r| {
            let list = match which {
                Which::NotBlame => &mut r.language.not_blame,
                Which::Watch => &mut r.language.watch,
            };
            list.retain(|p| p != &phrase);
        });
    };
    let add = move || {
        let phrase = draft.text.get_untracked().trim().to_ascii_lowercase();
        if phrase.is_empty() {
            return;
        }
        store.write(&[Part::Language], |r| r.language.watch_for(phrase));
        draft.set(String::new());
    };
    let item = move |which: Which, phrase: String| {
        let label = match which {
            Which::NotBlame => format!("Flag \u{201c}{phrase}\u{201d} again"),
            Which::Watch => format!("Stop watching for \u{201c}{phrase}\u{201d}"),
        };
        let shown = phrase.clone();
        view! {
            <li>
                <q>{shown}</q>
                " "
                <Button class="quiet" on_click=move |_| remove(which, phrase.clone()) label="Remove" aria_label=label/>
            </li>
        }
    };
    view! {
        <section class="card taught" aria-labelledby="guard-heading">
            <h2 id="guard-heading">"Language guard"</h2>
            <p class="hint">
                "The guard marks blame and hindsight in what is typed here. Teach it this team's "
                "words: a phrase marked \u{201c}Not blame here\u{201d} on any note is never flagged "
                "again in this review, and a phrase to watch for is flagged wherever it appears. "
                "Both travel with the review."
            </p>
            <h3>"Not blame in this review"</h3>
            <Show
                when=move || store.read(&Part::Language, |r| !r.language.not_blame.is_empty())
                fallback=|| view! { <p class="hint">"None yet: use \u{201c}Not blame here\u{201d} on a note."</p> }
            >
                <ul aria-label="Not blame in this review">
                    {move || not_blame().into_iter().map(|p| item(Which::NotBlame, p)).collect_view()}
                </ul>
            </Show>
            <h3>"Phrases to watch for"</h3>
            <Show when=move || store.read(&Part::Language, |r| !r.language.watch.is_empty())>
                <ul aria-label="Phrases to watch for">
                    {move || watch().into_iter().map(|p| item(Which::Watch, p)).collect_view()}
                </ul>
            </Show>
            <form
                class="inline-add"
                on:submit=move |ev| {
                    ev.prevent_default();
                    add();
                }
            >
                <TextField
                    label="Phrase to watch for"
                    value=draft.text
                    set=move |v: String| draft.set(v)
                    placeholder="e.g. cowboy deploy"
                />
                <Button on_click=move |_| add() label="Watch for phrase"/>
            </form>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Which {
    NotBlame,
    Watch,
}
