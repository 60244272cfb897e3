//! Before the meeting: one-to-one interviews (method, phase 1). For each person: the plan (why
//! them, their place in the order, status, date, consent to notes), their follow-up questions
//! (their question queue, which the walk-through brings up at their moments), and their point of
//! view of the incident, where what they say in the interview is written as their accounts. Any
//! answer can be marked off the record: it then stays in this review only
//! (`method::interviews`).

use super::app::{use_app, AppState, Notice, Undo};
use super::browser::{self, IntlZones};
use super::fields::{CheckField, SelectField, TextField};
use super::guard::GuardedArea;
use super::queue::QuestionQueue;
use super::widgets::Button;
use super::worker;
use crate::io::envelope;
use crate::io::work::{self, Job};
use crate::method::interviews::{self, interview_order, point_of_view, seen_then};
use crate::method::language::{self, TextRef};
use crate::method::questions;
use crate::model::time::moment_time_label;
use crate::model::{AccountSource, Id, InterviewStatus, Person};
use crate::storage::now;
use crate::store::{use_store, Part, ReviewStore};
use leptos::prelude::*;

/// Every person, in interview order, with their plan.
#[component]
pub fn InterviewsScreen() -> impl IntoView {
    let store = use_store();
    // Kept while the window is open: a worksheet made after a visit to another screen must not
    // name everyone because the box was drawn anew.
    let choice = store.untracked(|r| format!("worksheet-pseudonyms:{}", r.id));
    let pseudonyms = RwSignal::new(browser::remembered(&choice));
    provide_context(WorksheetPseudonyms(pseudonyms));
    let order = Memo::new(move |_| {
        store.read(&Part::People, |r| {
            interview_order(r)
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // A screenful of cards at once, then a batch a task, as Setup's rows (`setup::People`).
    let drawn = super::widgets::drawn_in_batches(6, 10, move || order.with(Vec::len));
    view! {
        <section class="interviews" aria-labelledby="interviews-heading">
            <h2 id="interviews-heading">"Interviews"</h2>
            <p class="hint">
                "Talk one to one, before the meeting, with the people most involved and most likely "
                "to feel blamed: 20 to 60 minutes, with them doing most of the talking. Take notes only "
                "with their consent. What they say off the record stays in this review: it never "
                "reaches the shared screen, a report or a copy shared with others."
            </p>
            <Show when=move || order.with(Vec::is_empty)>
                <p>"No people yet: add them on the Setup page."</p>
            </Show>
            {move || store.details(crate::io::worksheet::later_moments_shown).then(|| view! {
                <p class="warning" role="note">
                    "The incident\u{2019}s end is not set (Setup): a worksheet cannot tell what "
                    "happened during the incident from what was found after it, and shows the "
                    "moments after it too. Set the end before exporting worksheets."
                </p>
            })}
            <CheckField
                label="Worksheets use pseudonyms for everyone else"
                checked=pseudonyms
                set=move |on: bool| {
                    pseudonyms.set(on);
                    browser::remember(&choice, on);
                }
            />
            <ol class="interview-list" role="list" aria-label="Interview order">
                <For
                    each=move || order.with(|ids| ids.iter().take(drawn.get()).cloned().collect::<Vec<_>>())
                    key=|id| id.clone()
                    let:id
                >
                    <InterviewCard id/>
                </For>
            </ol>
        </section>
    }
}

/// Whether exported worksheets name only their reader.
#[derive(Clone, Copy)]
struct WorksheetPseudonyms(RwSignal<bool>);

/// Writes `person`'s worksheet in the worker and downloads it.
fn export_worksheet(app: AppState, store: ReviewStore, person: Id, pseudonyms: bool) {
    let review = store.snapshot();
    let name = review
        .person(&person)
        .map(Person::display_name)
        .unwrap_or_default();
    // A worksheet naming no one but its reader is not named after the title, which may.
    let title = if pseudonyms {
        ""
    } else {
        review.title.as_str()
    };
    // Named after its reader in whatever script their name is written.
    let file = match envelope::slug(&name) {
        reader if reader.is_empty() => envelope::export_file_name(title, None, "worksheet.html"),
        reader => envelope::export_file_name(title, None, &format!("worksheet-{reader}.html")),
    };
    let job = Job::worksheet(review, person, pseudonyms, now());
    leptos::task::spawn_local(async move {
        match work::read_text(&worker::ask(job.to_json()).await) {
            Ok(text) => match browser::download(&file, "text/html", &text) {
                Ok(()) => app.tell(format!(
                    "The worksheet for {name} was saved as {file}. Send it to them: it opens in \
                     any browser, and \u{201c}Save my answers\u{201d} gives the file to import here."
                )),
                Err(error) => app.tell_failure(format!("Could not download the worksheet: {error}.")),
            },
            Err(message) => app.tell_failure(format!("Could not write the worksheet: {message}.")),
        }
    });
}

/// One person's interview: the plan, follow-up questions, and their point of view.
#[component]
fn InterviewCard(id: Id) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let pseudonyms = use_context::<WorksheetPseudonyms>();
    let id = StoredValue::new(id);
    let person = Memo::new(move |_| store.person(&id.get_value(), Person::clone));
    let read = move |f: fn(&Person) -> String| {
        Signal::derive(move || person.with(|p| p.as_ref().map(f).unwrap_or_default()))
    };
    let edit = move |f: fn(&mut Person, String)| {
        Callback::new(move |value: String| store.edit_person(&id.get_value(), |p| f(p, value)))
    };
    let name = read(Person::display_name);
    let heading = read(|p| format!("{} ({})", p.display_name(), p.role.label()));
    let consent =
        Signal::derive(move || person.with(|p| p.as_ref().is_some_and(|p| p.interview.consent)));
    let heading_id = super::widgets::dom_id("interview");
    let order_id = StoredValue::new(super::widgets::dom_id("interview-order"));
    let labelled_by = heading_id.clone();
    let status_options = InterviewStatus::ALL
        .iter()
        .map(|s| (s.key().to_string(), s.label().to_string()))
        .collect();
    let why_field = Signal::derive(move || TextRef::Interview(id.get_value()).name());
    // What is wrong with an order typed that could not be read; empty when nothing is.
    let order_problem = RwSignal::new(String::new());
    let viewing = RwSignal::new(false);
    view! {
        <li>
            <section class="card interview" aria-labelledby=labelled_by>
                <h3 id=heading_id>{heading}</h3>
                <div class="interview-plan">
                    <SelectField
                        label="Interview status"
                        options=status_options
                        value=read(|p| p.interview.status.key().to_string())
                        set=edit(|p, key| {
                            p.interview.status = InterviewStatus::from_key(&key).unwrap_or_default()
                        })
                    />
                    <TextField
                        label="Order"
                        id=order_id.get_value()
                        input_type="number"
                        lazy=true
                        value=read(|p| p.interview.order.map(|n| n.to_string()).unwrap_or_default())
                        set=move |text: String| match interviews::read_order(&text) {
                            Ok(order) => {
                                order_problem.set(String::new());
                                // The card moves to its new place in the order, and a moved
                                // field loses the focus: given back when Enter committed it.
                                let field = order_id.get_value();
                                let had_focus = document()
                                    .active_element()
                                    .is_some_and(|e| e.id() == field);
                                store.edit_person(&id.get_value(), |p| p.interview.order = order);
                                if had_focus {
                                    request_animation_frame(move || browser::focus_by_id(field));
                                }
                            }
                            Err(problem) => order_problem.set(problem.to_string()),
                        }
                        hint=order_problem
                        invalid=Signal::derive(move || !order_problem.with(String::is_empty))
                    />
                    <TextField
                        label="Date"
                        input_type="date"
                        value=read(|p| p.interview.date.clone())
                        set=edit(|p, date| p.interview.date = date)
                    />
                    <CheckField
                        label="Agreed to notes"
                        checked=consent
                        set=move |on: bool| set_consent(app, store, id.get_value(), on)
                    />
                </div>
                <GuardedArea
                    label="Why this person"
                    value=read(|p| p.interview.why.clone())
                    set=edit(|p, why| p.interview.why = why)
                    field=why_field
                    hint="What they saw or did that the review needs to hear; whether they may feel blamed."
                />
                <h4>"Follow-up questions"</h4>
                <p class="hint">"They come up at this person's moments in the walk-through."</p>
                <QuestionQueue person=id.get_value() name/>
                <Button
                    on_click=move |_| {
                        let pseudonyms = pseudonyms.is_some_and(|p| p.0.get_untracked());
                        export_worksheet(app, store, id.get_value(), pseudonyms)
                    }
                    label="Export worksheet"
                />
                <button
                    type="button"
                    aria-expanded=move || if viewing.get() { "true" } else { "false" }
                    on:click=move |_| viewing.update(|v| *v = !*v)
                >
                    {move || format!("Point of view of {}", name.get())}
                </button>
                <Show when=move || viewing.get()>
                    <PointOfView person=id.get_value() name consent/>
                </Show>
            </section>
        </li>
    }
}

/// The incident as one person lived it: their moments, what could be seen then, and their
/// accounts, written here as interview notes.
#[component]
fn PointOfView(person: Id, name: Signal<String>, consent: Signal<bool>) -> impl IntoView {
    let store = use_store();
    let person = StoredValue::new(person);
    // Read when the view opens and when the timeline changes shape; moments a person joins
    // while this is open appear when it is opened again.
    let moments = Memo::new(move |_| {
        store.read(&Part::Timeline, |r| {
            point_of_view(r, &person.get_value())
                .iter()
                .map(|v| v.moment.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="point-of-view">
            <Show when=move || moments.with(Vec::is_empty)>
                <p>
                    {move || format!(
                        "{} is not named in any moment yet: add them to moments on the Timeline.",
                        name.get()
                    )}
                </p>
            </Show>
            <Show when=move || !consent.get()>
                <p class="hint">
                    {move || format!("Notes can be written once {} has agreed to them.", name.get())}
                </p>
            </Show>
            <ol aria-label=move || format!("Point of view of {}", name.get())>
                <For each=move || moments.get() key=|id| id.clone() let:moment>
                    <Viewpoint moment person=person.get_value() consent/>
                </For>
            </ol>
        </div>
    }
}

/// Consent to notes given or withdrawn. Withdrawn, the notes already taken go off the record
/// (`interviews::withdraw_consent`), said with an Undo: they stay in the review, and the
/// facilitator can still read, change or clear them.
fn set_consent(app: AppState, store: ReviewStore, person: Id, on: bool) {
    if on {
        store.edit_person(&person, |p| p.interview.consent = true);
        return;
    }
    let parts: Vec<Part> = std::iter::once(Part::People)
        .chain(
            store
                .untracked(|r| interviews::interview_accounts(r, &person))
                .into_iter()
                .map(Part::Account),
        )
        .collect();
    let withdrawn = store
        .write(&parts, |r| interviews::withdraw_consent(r, &person))
        .unwrap_or_default();
    if withdrawn.is_empty() {
        return;
    }
    let name = store
        .person(&person, Person::display_name)
        .unwrap_or_default();
    let count = withdrawn.len();
    app.notice.set(Some(Notice {
        failure: false,
        text: format!(
            "{name} no longer agrees to notes: what the interview notes say at {count} {} is now off the record. It stays in this review, and no report, copy, worksheet or draft carries it.",
            if count == 1 { "moment" } else { "moments" }
        ),
        undo: Some(Undo::Run(std::sync::Arc::new(move || {
            store.write(&parts, |r| {
                interviews::restore_consent(r, &person, &withdrawn)
            });
        }))),
    }));
}

/// One moment of a person's point of view, with their notes.
#[component]
fn Viewpoint(moment: Id, person: Id, consent: Signal<bool>) -> impl IntoView {
    let store = use_store();
    let (moment, person) = (StoredValue::new(moment), StoredValue::new(person));
    let shown = Memo::new(move |_| {
        let zone = store.details(|r| r.time_zone.clone());
        let with_date = store.timeline(|r| r.spans_days(&IntlZones));
        store.moment(&moment.get_value(), |m| {
            let when = moment_time_label(m.at, m.precision, &zone, &IntlZones, with_date);
            let seen: Vec<String> = seen_then(m).map(|e| e.text.clone()).collect();
            (when, m.kind.label(), m.description.clone(), seen)
        })
    });
    let account = Memo::new(move |_| store.account_of(&moment.get_value(), &person.get_value()));
    let source = move || {
        account
            .get()
            .and_then(|id| store.account(&id, |a| a.source.label()))
            .map(|label| format!("Told in: {label}"))
    };
    let writing = RwSignal::new(false);
    // Notes taken before consent was withdrawn stay at hand, to be read, changed or cleared.
    let open = move || {
        consent.get()
            || account.get().is_some_and(|id| {
                store
                    .account(&id, |a| {
                        a.source == AccountSource::Interview && !a.is_blank()
                    })
                    .unwrap_or(false)
            })
    };
    let when = move || shown.with(|s| s.as_ref().map(|s| s.0.clone()).unwrap_or_default());
    view! {
        <li class="viewpoint">
            {move || shown.get().map(|(when, kind, description, seen)| view! {
                <p>
                    <strong>{when}</strong>
                    " · " {kind} " · " {description}
                </p>
                {(!seen.is_empty()).then(|| view! {
                    <p class="hint">"Could be seen then: " {seen.join(" · ")}</p>
                })}
            })}
            <p class="hint">{source}</p>
            <Show when=open>
                <button
                    type="button"
                    class="quiet"
                    aria-expanded=move || if writing.get() { "true" } else { "false" }
                    on:click=move |_| writing.update(|w| *w = !*w)
                >
                    {move || format!("Interview notes at {}", when())}
                </button>
            </Show>
            <Show when=move || writing.get() && open()>
                <InterviewNotes moment=moment.get_value() person=person.get_value() account/>
            </Show>
        </li>
    }
}

/// The person's account of the moment, written from the interview: the core questions, the rest
/// on request, each answer with its "off the record" mark.
#[component]
fn InterviewNotes(moment: Id, person: Id, account: Memo<Option<Id>>) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let (moment, person) = (StoredValue::new(moment), StoredValue::new(person));
    let all = RwSignal::new(false);
    let ensure = move || {
        store.ensure_account(
            &moment.get_value(),
            &person.get_value(),
            AccountSource::Interview,
            || app.new_id("a"),
        )
    };
    let families = questions::FAMILIES
        .iter()
        .chain([&questions::NOTES])
        .copied()
        .map(|family| {
            let field = family.field;
            let value = Signal::derive(move || {
                account
                    .get()
                    .and_then(|id| store.account(&id, |a| a.field(field).clone()))
                    .unwrap_or_default()
            });
            let off = Signal::derive(move || {
                account
                    .get()
                    .and_then(|id| store.account(&id, |a| a.is_off_record(field)))
                    .unwrap_or(false)
            });
            let field_name = Signal::derive(move || {
                account
                    .get()
                    .map(|id| language::account_field_name(&id, field))
                    .unwrap_or_default()
            });
            let open = move || {
                questions::CORE.contains(&field) || all.get() || !value.with(String::is_empty)
            };
            view! {
                <div class="family" hidden=move || !open()>
                    <GuardedArea
                        label=family.name
                        value
                        set=move |text: String| {
                            let id = ensure();
                            // Without consent, anything written now is off the record, as
                            // what was written before was made when consent was withdrawn.
                            let consent = store
                                .person(&person.get_value(), |p| p.interview.consent)
                                .unwrap_or(false);
                            store.edit_account(&id, |a| {
                                *a.field_mut(field) = text;
                                if !consent {
                                    a.set_off_record(field, true);
                                }
                            });
                        }
                        field=field_name
                        hint=family.prompts[0]
                    />
                    <CheckField
                        label=format!("{}: off the record", family.name)
                        checked=off
                        set=move |on: bool| {
                            let id = ensure();
                            store.edit_account(&id, |a| a.set_off_record(field, on));
                        }
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="interview-notes">
            {families}
            <button
                type="button"
                class="quiet"
                aria-expanded=move || if all.get() { "true" } else { "false" }
                on:click=move |_| all.update(|a| *a = !*a)
            >
                {move || if all.get() { "Fewer questions" } else { "All questions" }}
            </button>
        </div>
    }
}
