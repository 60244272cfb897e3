//! After the walk: what the room learned (surprises, themes, conditions, what helped, risks,
//! process), the opportunities decided from the parking lot, and the debrief's own pulse. Every
//! item can cite the moments and accounts it rests on, with links back into the timeline.

use super::app::{use_app, Notice, Undo};
use super::browser::{focus_by_id, IntlZones};
use super::fields::{SelectField, TextField};
use super::guard::{GuardedArea, NotesUnder};
use super::widgets::Button;
use crate::io::report::SYNTHESIS_SECTIONS;
use crate::method::{citations, questions};
use crate::model::{
    Citation, Finding, Id, Opportunity, OpportunityKind, OpportunityStatus, Pulse, Review,
    Synthesis, HELP_KINDS,
};
use crate::route::Route;
use crate::store::{use_store, Part, ReviewStore};
use leptos::prelude::*;

/// The findings of one section, by its key (as `io::report::section`, but to change).
fn section_mut<'a>(synthesis: &'a mut Synthesis, key: &str) -> &'a mut Vec<Finding> {
    match key {
        "surprises" => &mut synthesis.surprises,
        "themes" => &mut synthesis.themes,
        "conditions" => &mut synthesis.conditions,
        "helped" => &mut synthesis.helped,
        "risks" => &mut synthesis.risks,
        _ => &mut synthesis.process,
    }
}

/// Applies `f` to the finding with this id, wherever it is.
fn edit_finding(store: ReviewStore, id: &Id, f: impl FnOnce(&mut Finding)) {
    store.write(&[Part::Synthesis], |r| {
        if let Some(finding) = r.synthesis.all_mut().find(|x| &x.id == id) {
            f(finding);
        }
    });
}

#[component]
pub fn SynthesisScreen() -> impl IntoView {
    let store = use_store();
    // What an item can cite, for every item's picker: built when a picker first opens, and
    // again as the timeline changes or once typing in accounts pauses.
    let settled = super::widgets::after_edits_settle(store);
    provide_context(CiteChoices(Memo::new(move |_| {
        settled.track();
        store.timeline(|r| {
            citations::choices(r, &IntlZones)
                .into_iter()
                .map(|(c, text)| (citation_key(&c), text))
                .collect()
        })
    })));
    view! {
        <section class="synthesis" aria-labelledby="synthesis-heading">
            <h2 id="synthesis-heading">"Synthesis"</h2>
            <p class="hint">
                "Turn what the room heard into learning. Cite the moments and accounts each item "
                "rests on; the citations link back into the timeline."
            </p>
            {SYNTHESIS_SECTIONS
                .iter()
                .map(|&(key, heading)| view! { <FindingList key heading/> })
                .collect_view()}
            <Opportunities/>
            <Pulse/>
        </section>
    }
}

#[component]
fn FindingList(key: &'static str, heading: &'static str) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let ids = move || {
        store.read(&Part::Synthesis, |r| {
            crate::io::report::section(r, key)
                .iter()
                .map(|f| f.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let add = move |_| {
        let id = app.new_id("f");
        let focus = format!("finding-{id}");
        store.write(&[Part::Synthesis], |r| {
            section_mut(&mut r.synthesis, key).push(Finding {
                id,
                ..Finding::default()
            })
        });
        super::browser::focus_by_id(focus);
    };
    let heading_id = format!("section-{key}");
    let singular = match key {
        "surprises" => "surprise",
        "themes" => "theme",
        "conditions" => "condition",
        "helped" => "what helped",
        "risks" => "risk",
        _ => "observation",
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="finding-section" aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            <p class="hint">{questions::whole_review(key)}</p>
            <For each=ids key=|id| id.clone() let:id>
                <FindingEditor id section=key label=heading/>
            </For>
            <Button on_click=add label=format!("Add {singular}") id=format!("add-{key}")/>
        </section>
    }
}

#[component]
fn FindingEditor(id: Id, section: &'static str, label: &'static str) -> impl IntoView {
    let store = use_store();
    let dom_id = format!("finding-{id}");
    let field = format!("finding:{id}");
    let id = StoredValue::new(id);
    let read = move |f: fn(&Finding) -> String| {
        Signal::derive(move || {
            store.read(&Part::Synthesis, |r| {
                r.synthesis
                    .all()
                    .find(|x| x.id == id.get_value())
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let citations = move || {
        store.read(&Part::Synthesis, |r| {
            let finding = r.synthesis.all().find(|x| x.id == id.get_value());
            finding
                .map(|f| {
                    f.citations
                        .iter()
                        .map(|c| (c.clone(), citations::text(r, c, &IntlZones)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    // The picker's thousands of choices are drawn only once asked for, for this item.
    let CiteChoices(choices) = expect_context::<CiteChoices>();
    let picking = RwSignal::new(false);
    let picker_id = format!("cite-{}", id.get_value());
    // Choosing and citing are two steps: arrow keys on a closed drop-down change its value, and
    // a keyboard user passing over options must not cite each one.
    let choice = RwSignal::new(String::new());
    let cite = move |_| {
        if let Some(citation) = citation_from_key(&choice.get_untracked()) {
            edit_finding(store, &id.get_value(), |f| {
                if !f.citations.contains(&citation) {
                    f.citations.push(citation);
                }
            });
            choice.set(String::new());
        }
    };
    // Done citing: the picker goes, and the focus goes back to the button that opened it.
    let opener_id = format!("open-cite-{}", id.get_value());
    let stop_picking = {
        let opener_id = opener_id.clone();
        move || {
            picking.set(false);
            choice.set(String::new());
            let opener_id = opener_id.clone();
            request_animation_frame(move || focus_by_id(opener_id));
        }
    };
    let escape = {
        let stop_picking = stop_picking.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" && picking.get_untracked() {
                ev.prevent_default();
                stop_picking();
            }
        }
    };
    let app = use_app();
    let remove = move |_| {
        let removed = store.write(&[Part::Synthesis], |r| r.synthesis.remove(&id.get_value()));
        let Some(removed) = removed.flatten() else {
            return;
        };
        // The focus, gone with the button, goes to the notice's Undo, as for every removal
        // (on the section's "Add", a second Enter added an empty item).
        let text: String = removed.finding.text.chars().take(60).collect();
        app.notice.set(Some(Notice {
            failure: false,
            text: if text.trim().is_empty() {
                "Removed an empty item.".to_string()
            } else {
                format!("Removed \u{201c}{text}\u{201d}.")
            },
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                let focus = format!("finding-{}", removed.finding.id);
                store.write(&[Part::Synthesis], |r| r.synthesis.restore(removed.clone()));
                app.tell("Restored the item.");
                super::browser::focus_by_id(focus);
            }))),
        }));
    };
    let review_id = store.id();
    view! {
        <div class="finding" role="group" aria-label=label>
            <GuardedArea
                label
                id=dom_id
                value=read(|f| f.text.clone())
                set=move |text: String| edit_finding(store, &id.get_value(), |f| f.text = text)
                field=Signal::derive(move || field.clone())
            />
            {(section == "helped").then(|| view! {
                <SelectField
                    label="What kind of help"
                    options=std::iter::once((String::new(), "Not said".to_string()))
                        .chain(HELP_KINDS.iter().map(|(key, label)| (key.to_string(), label.to_string())))
                        .collect()
                    value=read(|f| f.tag.clone())
                    set=move |tag: String| edit_finding(store, &id.get_value(), |f| f.tag = tag)
                />
            })}
            <ul class="citations" aria-label="Cited">
                {move || {
                    let review_id = review_id.clone();
                    citations()
                        .into_iter()
                        .map(|(citation, text)| {
                            let href = Route::Moment(review_id.clone(), citation.moment.clone()).to_hash();
                            let drop = citation.clone();
                            view! {
                                <li>
                                    <a href=href>{text.clone()}</a>
                                    " "
                                    <Button
                                        class="quiet"
                                        on_click=move |_| {
                                            let drop = drop.clone();
                                            edit_finding(store, &id.get_value(), move |f| f.citations.retain(|c| c != &drop));
                                            // The button went with its citation: the focus goes
                                            // back to the item's text.
                                            focus_by_id(format!("finding-{}", id.get_value()));
                                        }
                                        label="Remove"
                                        aria_label=format!("Remove citation of {text}")
                                    />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <div class="inline-add" on:keydown=escape>
                {move || if picking.get() {
                    let options = std::iter::once((String::new(), "Choose a moment or an account…".to_string()))
                        .chain(choices.get())
                        .collect::<Vec<_>>();
                    let stop_picking = stop_picking.clone();
                    view! {
                        <SelectField label="Moment or account to cite" id=picker_id.clone() options value=choice set=move |key| choice.set(key)/>
                        <Button on_click=cite label="Add citation"/>
                        <Button class="quiet" on_click=move |_| stop_picking() label="Done citing"/>
                    }
                    .into_any()
                } else {
                    let picker_id = picker_id.clone();
                    view! {
                        <Button
                            id=opener_id.clone()
                            on_click=move |_| {
                                picking.set(true);
                                // Once drawn: the button that had the focus goes with this.
                                let picker_id = picker_id.clone();
                                request_animation_frame(move || focus_by_id(picker_id));
                            }
                            label="Cite a moment or account"
                        />
                    }
                    .into_any()
                }}
            </div>
            <Button class="danger quiet" on_click=remove label="Remove item"/>
        </div>
    }
}

fn citation_key(c: &Citation) -> String {
    match &c.account {
        Some(account) => format!("a {} {}", c.moment, account),
        None => format!("m {}", c.moment),
    }
}

fn citation_from_key(key: &str) -> Option<Citation> {
    let mut parts = key.split(' ');
    match (parts.next()?, parts.next(), parts.next()) {
        ("m", Some(moment), None) => Some(Citation {
            moment: Id::from(moment),
            account: None,
        }),
        ("a", Some(moment), Some(account)) => Some(Citation {
            moment: Id::from(moment),
            account: Some(Id::from(account)),
        }),
        _ => None,
    }
}

/// What every item's picker offers (`citations::choices`), keyed as the drop-down keys them.
#[derive(Clone, Copy)]
struct CiteChoices(Memo<Vec<(String, String)>>);

/// Opportunities grown from the parking lot: owner, kind, due date, status; and the ones the
/// group decided not to do, with why.
#[component]
fn Opportunities() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let of_status = move |declined: bool| {
        store.read(&Part::Synthesis, |r| {
            r.opportunities
                .iter()
                .filter(|o| (o.status == OpportunityStatus::Declined) == declined)
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let waiting = move || {
        store.read(&Part::Meeting, |_| ());
        store.read(&Part::Synthesis, |r| {
            r.parking_lot
                .iter()
                .filter(|i| {
                    !r.opportunities
                        .iter()
                        .any(|o| o.parked.as_ref() == Some(&i.id))
                })
                .map(|i| (i.id.clone(), i.text.clone()))
                .collect::<Vec<_>>()
        })
    };
    let create = move |title: String, parked: Option<Id>| {
        let id = app.new_id("o");
        let focus = format!("opportunity-{id}");
        store.write(&[Part::Synthesis], |r| {
            r.opportunities.push(Opportunity {
                id,
                title,
                parked,
                ..Opportunity::default()
            })
        });
        super::browser::focus_by_id(focus);
    };
    view! {
        <section class="opportunities" aria-labelledby="opportunities-heading">
            <h3 id="opportunities-heading">"Opportunities"</h3>
            <p class="hint">{questions::whole_review("opportunities")}</p>
            <h4>"Waiting in the parking lot"</h4>
            <Show
                when=move || !waiting().is_empty()
                fallback=|| view! { <p class="empty">"Nothing is waiting: every parked idea has become an opportunity."</p> }
            >
                <ul class="parked" aria-label="Waiting in the parking lot">
                    {move || waiting().into_iter().map(|(id, text)| {
                        let title = text.clone();
                        view! {
                            <li>
                                <span class="keep-lines">{text.clone()}</span>
                                " "
                                <Button
                                    on_click=move |_| create(title.clone(), Some(id.clone()))
                                    label="Make an opportunity"
                                    aria_label=format!("Make an opportunity of \u{201c}{text}\u{201d}")
                                />
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <h4>"To do"</h4>
            <For each=move || of_status(false) key=|id| id.clone() let:id>
                <OpportunityEditor id/>
            </For>
            <Button on_click=move |_| create(String::new(), None) label="Add opportunity" id="add-opportunity".to_string()/>
            <h4>"Decided not to do, and why"</h4>
            <For each=move || of_status(true) key=|id| id.clone() let:id>
                <OpportunityEditor id/>
            </For>
        </section>
    }
}

#[component]
fn OpportunityEditor(id: Id) -> impl IntoView {
    let store = use_store();
    let title_id = format!("opportunity-{id}");
    let field = StoredValue::new(format!("opportunity:{id}"));
    let id = StoredValue::new(id);
    let read = move |f: fn(&Opportunity) -> String| {
        Signal::derive(move || {
            store.read(&Part::Synthesis, |r| {
                r.opportunities
                    .iter()
                    .find(|o| o.id == id.get_value())
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let edit = move |f: fn(&mut Opportunity, String)| {
        Callback::new(move |value: String| {
            store.write(&[Part::Synthesis], |r| {
                if let Some(o) = r.opportunities.iter_mut().find(|o| o.id == id.get_value()) {
                    f(o, value);
                }
            });
        })
    };
    let status = read(|o| o.status.key().to_string());
    let app = use_app();
    let remove = move |_| {
        let removed = store.write(&[Part::Synthesis], |r| {
            r.remove_opportunity(&id.get_value())
        });
        let Some(removed) = removed.flatten() else {
            return;
        };
        // The focus goes to the notice's Undo, as above.
        let title: String = removed.1.title.chars().take(60).collect();
        app.notice.set(Some(Notice {
            failure: false,
            text: if title.trim().is_empty() {
                "Removed an opportunity without a title.".to_string()
            } else {
                format!("Removed the opportunity \u{201c}{title}\u{201d}.")
            },
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                let focus = format!("opportunity-{}", removed.1.id);
                store.write(&[Part::Synthesis], |r| {
                    r.restore_opportunity(removed.clone())
                });
                app.tell("Restored the opportunity.");
                super::browser::focus_by_id(focus);
            }))),
        }));
    };
    let title = read(|o| o.title.clone());
    let status_id = format!("opportunity-status-{}", id.get_value());
    let set_status = edit(|o, s| o.status = OpportunityStatus::from_key(&s).unwrap_or(o.status));
    view! {
        <div class="opportunity" role="group" aria-label=move || format!("Opportunity: {}", title.get())>
            <div class="guarded">
                <TextField label="Opportunity" id=title_id.clone() value=title set=edit(|o, v| o.title = v)/>
                <NotesUnder value=title field=Signal::derive(move || format!("opportunity-title:{}", id.get_value())) area=title_id/>
            </div>
            <TextField label="Owner" value=read(|o| o.owner.clone()) set=edit(|o, v| o.owner = v)/>
            <SelectField
                label="Kind"
                options=OpportunityKind::ALL.iter().map(|k| (k.key().to_string(), k.label().to_string())).collect()
                value=read(|o| o.kind.key().to_string())
                set=edit(|o, k| o.kind = OpportunityKind::from_key(&k).unwrap_or(o.kind))
            />
            <TextField
                label="Due"
                input_type="date"
                value=read(|o| o.due.clone().unwrap_or_default())
                set=edit(|o, v| o.due = (!v.is_empty()).then_some(v))
            />
            <SelectField
                label="Status"
                id=status_id.clone()
                options=OpportunityStatus::ALL.iter().map(|s| (s.key().to_string(), s.label().to_string())).collect()
                value=status
                set=move |value: String| {
                    set_status.run(value);
                    // "Decided not to do" moves the opportunity to the other list, drawn
                    // anew: the focus goes with it.
                    let status_id = status_id.clone();
                    request_animation_frame(move || super::browser::focus_by_id(status_id));
                }
            />
            <div class="wide">
                <GuardedArea
                    label="Details"
                    value=read(|o| o.description.clone())
                    set=edit(|o, v| o.description = v)
                    field=Signal::derive(move || format!("opportunity-details:{}", id.get_value()))
                />
            </div>
            <Show when=move || status.get() == "declined">
                <div class="wide">
                    <GuardedArea
                        label="Why not"
                        value=read(|o| o.decline_reason.clone())
                        set=edit(|o, v| o.decline_reason = v)
                        field=Signal::derive(move || field.get_value())
                    />
                </div>
            </Show>
            <Button class="danger quiet" on_click=remove label="Remove opportunity"/>
        </div>
    }
}

/// Was the review worth it?
#[component]
fn Pulse() -> impl IntoView {
    let store = use_store();
    let count = move |f: fn(&Review) -> Option<u32>| {
        Signal::derive(move || {
            store.read(&Part::Synthesis, |r| {
                f(r).map(|n| n.to_string()).unwrap_or_default()
            })
        })
    };
    // What was typed and cannot be read is said beside its box; the count stays as it was.
    let problems: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let set = move |which: usize, f: fn(&mut Review, Option<u32>)| {
        Callback::new(move |text: String| match Pulse::read_count(&text) {
            Ok(value) => {
                problems[which].set(String::new());
                store.write(&[Part::Synthesis], |r| f(r, value));
            }
            Err(problem) => problems[which].set(problem.to_string()),
        })
    };
    let hint = move |which: usize| Signal::derive(move || problems[which].get());
    let invalid =
        move |which: usize| Signal::derive(move || !problems[which].with(String::is_empty));
    view! {
        <section class="pulse" aria-labelledby="pulse-heading">
            <h3 id="pulse-heading">"Was it worth it?"</h3>
            <p class="hint">"Raise a hand if you learned something new that changes how you work."</p>
            <div class="when-pair">
                <TextField
                    label="People in the review"
                    lazy=true
                    value=count(|r| r.pulse.attendees)
                    set=set(0, |r, v| r.pulse.attendees = v)
                    hint=hint(0)
                    invalid=invalid(0)
                />
                <TextField
                    label="Learned something that changes their work"
                    lazy=true
                    value=count(|r| r.pulse.learned)
                    set=set(1, |r, v| r.pulse.learned = v)
                    hint=hint(1)
                    invalid=invalid(1)
                />
                <TextField
                    label="Would come to another review"
                    lazy=true
                    value=count(|r| r.pulse.would_return)
                    set=set(2, |r, v| r.pulse.would_return = v)
                    hint=hint(2)
                    invalid=invalid(2)
                />
            </div>
        </section>
    }
}
