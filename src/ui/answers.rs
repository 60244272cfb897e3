//! Merging into a stored review: a responder's worksheet answers, or another copy of the same
//! review (a co-facilitator's). Both show the "Merge answers" dialog, which says what will be
//! added and asks about each field that differs; `io::answers` and `io::copies` decide the rest.

use super::app::{use_app, AppState};
use super::fields::SelectField;
use super::import::ImportFailed;
use super::library::display_title;
use super::widgets::{Button, Modal};
use crate::io::answers::{self, Choice, Plan, Response};
use crate::io::copies;
use crate::io::envelope::ReadReview;
use crate::io::journal::{describe, shown};
use crate::io::merge::Side;
use crate::method::questions;
use crate::model::{Id, Review};
use crate::route::{Route, Tab};
use crate::storage::now;
use leptos::prelude::*;

/// A response ready to merge, with what merging it would do.
#[derive(Clone)]
struct MergeOffer {
    response: Response,
    plan: Plan,
    review: Review,
}

/// Reads the review `response` is for and plans the merge, or says why it cannot be merged.
fn offer_merge(app: AppState, response: Response) -> Result<MergeOffer, Whose> {
    let mut ids = app.id_gen();
    let loaded = app
        .reviews
        .with_value(|r| r.load(&response.review, &mut ids));
    let review = match loaded {
        Ok(loaded) => loaded.review,
        Err(_) if app.reviews.with_value(|r| r.exists(&response.review)) => {
            return Err(Whose::Failed(format!(
                "These answers are for \u{201c}{}\u{201d}, which this browser cannot read. \
                 Nothing was imported.",
                display_title(&response.title)
            )))
        }
        Err(_) => {
            return Err(Whose::Failed(format!(
                "These answers are for \u{201c}{}\u{201d}, a review that is not in this browser. \
                 Nothing was imported.",
                display_title(&response.title)
            )))
        }
    };
    if review.person(&response.person).is_none() && !review.people.is_empty() {
        // Removed since the worksheet was made, or removed and added again as a new person:
        // the facilitator says whose answers these are.
        return Err(Whose::Ask(Box::new((response, review))));
    }
    let plan = answers::plan(&review, &response).map_err(Whose::Failed)?;
    Ok(MergeOffer {
        response,
        plan,
        review,
    })
}

/// Why answers cannot be offered for merging at once.
enum Whose {
    /// Their person is not in the review: asked whose they are.
    Ask(Box<(Response, Review)>),
    Failed(String),
}

/// Merges with the choices made, into the review as it is stored now.
fn merge(app: AppState, offer: &MergeOffer, chosen: &[Choice]) -> Result<String, String> {
    let mut ids = app.id_gen();
    let loaded = app
        .reviews
        .with_value(|r| r.load(&offer.review.id, &mut ids))
        .map_err(|problem| problem.message)?;
    let mut review = loaded.review;
    // Planned again: another window may have changed the review while the dialog was open.
    let plan = answers::plan(&review, &offer.response)?;
    let key = |conflict: &answers::Answer| {
        offer
            .plan
            .conflicts
            .iter()
            .position(|c| c.moment == conflict.moment && c.field == conflict.field)
            .and_then(|i| chosen.get(i).copied())
            .unwrap_or(conflict.default_choice())
    };
    let choices: Vec<Choice> = plan.conflicts.iter().map(key).collect();
    let merged = answers::apply(
        &mut review,
        &offer.response,
        &plan,
        &choices,
        &mut |prefix| app.new_id(prefix),
    );
    app.reviews
        .with_value(|r| r.save(&review, loaded.revision, now()))
        .map_err(|error| format!("Could not merge: {error}. Nothing stored was changed."))?;
    Ok(format!(
        "Merged {}'s answers into \u{201c}{}\u{201d}: {} added, {} chosen where they differed, {} \
         already there, {} suggestions on the timeline, {} notes.",
        plan.name,
        display_title(&review.title),
        merged.added,
        merged.conflicts,
        merged.unchanged,
        merged.suggestions,
        merged.notes
    ))
}

/// An imported response file: the "Merge answers" dialog, or why it cannot be merged. A part
/// of its own (`ui::parts`): only facilitators who send worksheets need it.
#[component]
pub fn AnswersImport(file: String, text: String, close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let offer = answers::read(&text)
        .unwrap_or_else(|| Err("This is not a worksheet's answers.".into()))
        .map_err(Whose::Failed)
        .and_then(|response| offer_merge(app, response));
    match offer {
        Ok(offer) => view! { <MergeAnswers offer close/> }.into_any(),
        Err(Whose::Failed(message)) => view! { <ImportFailed file message close/> }.into_any(),
        Err(Whose::Ask(asked)) => {
            let (response, review) = *asked;
            view! { <WhoseAnswers file response review close/> }.into_any()
        }
    }
}

/// Answers whose person is no longer in the review (removed, or removed and added again as a
/// new person): the facilitator says whose they are, and the merge goes on as theirs.
#[component]
fn WhoseAnswers(
    file: String,
    response: Response,
    review: Review,
    close: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    // Nobody is chosen at first: one click must not give someone's answers to whoever came
    // first in the list.
    let people: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose a person\u{2026}".to_string()))
            .chain(
                review
                    .people
                    .iter()
                    .map(|p| (p.id.to_string(), p.display_name())),
            )
            .collect();
    let picked = RwSignal::new(String::new());
    let next = RwSignal::new(None::<Result<MergeOffer, String>>);
    let response = StoredValue::new(response);
    let go = Callback::new(move |_| {
        let mut theirs = response.get_value();
        theirs.person = Id::from(picked.get_untracked().as_str());
        next.set(Some(offer_merge(app, theirs).map_err(|why| match why {
            Whose::Failed(message) => message,
            Whose::Ask(..) => "That person is not in the review either.".into(),
        })));
    });
    let title = StoredValue::new(display_title(&review.title));
    let people = StoredValue::new(people);
    let file = StoredValue::new(file);
    move || {
        match next.get() {
        Some(Ok(offer)) => view! { <MergeAnswers offer close/> }.into_any(),
        Some(Err(message)) => {
            view! { <ImportFailed file=file.get_value() message close/> }.into_any()
        }
        None => view! {
            <Modal title="Whose answers are these?" on_close=close>
                <p>
                    "The answers in \u{201c}" {file.get_value()} "\u{201d} are from someone who is no longer in \u{201c}" {title.get_value()}
                    "\u{201d}: removed since the worksheet was made, or removed and added again "
                    "as a new person. Choose whose they are, and they are merged as theirs. "
                    "Someone removed by mistake can be added back on the Setup screen first."
                </p>
                <SelectField
                    label="Their answers are from"
                    options=people.get_value()
                    value=picked
                    set=move |id: String| picked.set(id)
                />
                <div class="dialog-actions">
                    <Button class="primary" on_click=go label="Merge as theirs" disabled=Signal::derive(move || picked.with(String::is_empty))/>
                    <Button on_click=move |_| close.run(()) label="Cancel"/>
                </div>
            </Modal>
        }
        .into_any(),
    }
    }
}

/// The "Merge answers" dialog.
#[component]
fn MergeAnswers(offer: MergeOffer, close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let plan = offer.plan.clone();
    let title = display_title(&offer.review.title);
    let review_id = offer.review.id.clone();
    let chosen = RwSignal::new(
        plan.conflicts
            .iter()
            .map(|c| c.default_choice())
            .collect::<Vec<_>>(),
    );
    let moment_label = |id: &Id| {
        let text = offer
            .review
            .moment(id)
            .map(|m| m.description.clone())
            .unwrap_or_default();
        let short: String = text.chars().take(70).collect();
        if text.chars().count() > 70 {
            format!("{short}…")
        } else {
            short
        }
    };
    // What an earlier merge of their worksheet kept beside the review's text (`answers::apply`).
    let earlier = answers::kept_beside(&plan.name);
    let conflicts = plan
        .conflicts
        .iter()
        .enumerate()
        .map(|(i, conflict)| {
            let legend = format!(
                "{} · {}",
                moment_label(&conflict.moment),
                questions::family_of(conflict.field).name
            );
            if conflict.cleared() {
                choice_group(
                    chosen,
                    i,
                    legend,
                    [
                        ("In the review: ", conflict.mine.clone()),
                        (
                            "In the worksheet: ",
                            "(cleared: they took this answer back)".into(),
                        ),
                    ],
                    &[
                        (Choice::Mine, "Keep the review's"),
                        (Choice::Theirs, "Clear it, as the worksheet did"),
                    ],
                )
                .into_any()
            } else {
                choice_group(
                    chosen,
                    i,
                    legend,
                    [
                        ("In the review: ", conflict.mine.clone()),
                        ("In the worksheet: ", conflict.theirs.clone()),
                    ],
                    if conflict.mine.contains(&earlier) {
                        &[
                            (Choice::Both, "Keep both"),
                            (
                                Choice::InPlaceOfEarlier,
                                "Keep the review's up to the worksheet's earlier answer, and this one in its place (what follows that answer goes)",
                            ),
                            (Choice::Mine, "Keep the review's"),
                            (Choice::Theirs, "Take the worksheet's"),
                        ][..]
                    } else {
                        &[
                            (Choice::Both, "Keep both"),
                            (Choice::Mine, "Keep the review's"),
                            (Choice::Theirs, "Take the worksheet's"),
                        ][..]
                    },
                )
                .into_any()
            }
        })
        .collect_view();
    let summary = format!(
        "{}'s answers for \u{201c}{title}\u{201d}: {} new, {} already in the review, {} that differ \
         from it, {} corrections or remembered moments for the timeline, {} kept as facilitator \
         notes (answers to questions, and words for a place the review keeps apart or no longer \
         has).",
        plan.name,
        plan.added.len(),
        plan.unchanged,
        plan.conflicts.len(),
        plan.suggestions.len(),
        plan.notes.len()
    );
    let gone = (!plan.gone.is_empty()).then(|| {
        format!(
            "The worksheet named others by pseudonyms, and {} no longer in the review: left as written in the answers.",
            match plan.gone.as_slice() {
                [one] => format!("{one} is"),
                many => format!("{} are", many.join(", ")),
            }
        )
    });
    let offer = StoredValue::new(offer);
    let go = move |_| {
        close.run(());
        let result = offer.with_value(|o| merge(app, o, &chosen.get_untracked()));
        match result {
            Ok(message) => {
                app.tell(message);
                app.library_changed();
                app.go(Route::Review(review_id.clone(), Tab::Timeline));
            }
            Err(message) => app.tell_failure(message),
        }
    };
    view! {
        <Modal title="Merge answers" on_close=close>
            <p>{summary}</p>
            {gone.map(|gone| view! { <p>{gone}</p> })}
            {(!plan.conflicts.is_empty()).then(|| view! {
                <p>"Where an answer differs, choose what the review keeps. Nothing is replaced without your choice."</p>
            })}
            {conflicts}
            <div class="dialog-actions">
                <Button class="primary" on_click=go label="Merge"/>
                <Button on_click=move |_| close.run(()) label="Cancel"/>
            </div>
        </Modal>
    }
}

/// Another copy of a review that is already here: what it adds, and a choice for each field
/// the two copies wrote differently.
#[component]
pub fn CopiesImport(read: ReadReview, close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let theirs = read.envelope.review;
    let mut ids = app.id_gen();
    let loaded = app.reviews.with_value(|r| r.load(&theirs.id, &mut ids));
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(problem) => {
            return view! { <ImportFailed file=display_title(&theirs.title) message=problem.message close/> }
                .into_any()
        }
    };
    let combined = copies::combine(&loaded.review, &theirs);
    let chosen = RwSignal::new(vec![Side::Mine; combined.conflicts.len()]);
    let here = loaded.review.clone();
    let conflicts = combined
        .conflicts
        .iter()
        .enumerate()
        .map(|(i, conflict)| {
            choice_group(
                chosen,
                i,
                describe(conflict, &here),
                [
                    ("In this browser: ", shown(conflict, &conflict.mine)),
                    ("In the file: ", shown(conflict, &conflict.theirs)),
                ],
                &[
                    (Side::Mine, "Keep this browser's"),
                    (Side::Theirs, "Take the file's"),
                ],
            )
        })
        .collect_view();
    let added = if combined.added.is_empty() {
        "nothing new".to_string()
    } else {
        combined.added.join(", ")
    };
    let summary = format!(
        "Another copy of \u{201c}{}\u{201d}. The file adds {added}; it fills in {} field(s) that \
         are empty here; {} field(s) were written differently in the two copies. Everything \
         else is left as it is here, and nothing here is removed. The meeting stays where it \
         is in this browser: its phase, its moment and what the shared screen shows.",
        display_title(&here.title),
        combined.filled,
        combined.conflicts.len()
    );
    let id = here.id.clone();
    let revision = loaded.revision;
    let combined = StoredValue::new(combined);
    let go = move |_| {
        close.run(());
        let result = combined
            .with_value(|c| copies::resolve(c, &chosen.get_untracked()))
            .and_then(|review| {
                app.reviews
                    .with_value(|r| r.save(&review, revision, now()))
                    .map_err(|error| {
                        format!("Could not merge: {error}. Nothing stored was changed.")
                    })
            });
        match result {
            Ok(_) => {
                app.tell("The two copies were merged.");
                app.library_changed();
                app.go(Route::Review(id.clone(), Tab::Setup));
            }
            Err(message) => app.tell_failure(message),
        }
    };
    view! {
        <Modal title="Merge the two copies" on_close=close>
            <p>{summary}</p>
            {conflicts}
            <div class="dialog-actions">
                <Button class="primary" on_click=go label="Merge"/>
                <Button on_click=move |_| close.run(()) label="Cancel"/>
            </div>
        </Modal>
    }
    .into_any()
}

/// One field the two sides wrote differently: a group named by `legend` with both texts and a
/// radio button per option, the choice kept in `chosen[i]`.
fn choice_group<T: Copy + PartialEq + Send + Sync + 'static>(
    chosen: RwSignal<Vec<T>>,
    i: usize,
    legend: String,
    sides: [(&'static str, String); 2],
    options: &[(T, &'static str)],
) -> impl IntoView {
    let name = super::widgets::dom_id("merge-choice");
    let radios = options
        .iter()
        .map(|&(choice, label)| {
            let name = name.clone();
            view! {
                <label class="check">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || chosen.with(|c| c[i] == choice)
                        on:change=move |_| chosen.update(|c| c[i] = choice)
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    let sides = sides
        .into_iter()
        .map(|(label, text)| view! { <p><strong>{label}</strong>{text}</p> })
        .collect_view();
    view! {
        <fieldset class="merge-choice">
            <legend>{legend}</legend>
            {sides}
            {radios}
        </fieldset>
    }
}
