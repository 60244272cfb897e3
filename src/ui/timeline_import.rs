//! The import page: building the timeline from what responders left behind (a pasted
//! transcript, a Slack export or a CSV file), always previewed before anything is added.
//! Opened from the timeline; closing it returns there.

use super::app::{use_app, Notice, Undo};
use super::browser::{self, IntlZones};
use super::fields::{CheckField, SelectField, TextArea, TextField};
use super::widgets::{Button, Modal};
use super::worker;
use crate::io::import::{self, NameChoice, Preview, Repeat};
use crate::io::slack::{self, ExportFolder};
use crate::io::transcript::Stamp;
use crate::io::work::{self, Job};
use crate::method::walk;
use crate::model::time::{moment_time_label, to_local, Date, Instant, TimeOfDay, ZoneOffsets};
use crate::model::{Id, MomentKind, Precision};
use crate::route::{Route, Source, Tab};
use crate::store::use_store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Rows of a preview shown at once; more appear on request, so that 5,000 lines stay quick.
const PAGE: usize = 200;
/// Rows drawn in one task: a page comes in a few tasks, the first at once, so that drawing it
/// is no long task (200 rows in one go were about 90 ms, and 50 rows 60 ms).
const STEP: usize = 25;

#[derive(Clone)]
enum Stage {
    Pasting,
    Choosing,
    Reading,
    /// A Slack export picked as a folder with more than one channel: which one, which days.
    Channels {
        folder: ExportFolder,
    },
    Previewing {
        preview: Preview,
    },
    Failed {
        message: String,
    },
}

/// A preview read, its times in the hour the clocks went back settled in the review's zone.
/// `zone` is read before the worker is asked: by its answer the review may have been left.
fn previewing(zone: &str, mut preview: Preview) -> Stage {
    import::settle_repeated_hour(&mut preview, zone, &IntlZones);
    Stage::Previewing { preview }
}

/// The import page for one source; closing it returns to the timeline.
#[component]
pub fn ImportScreen(source: Source) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let stage = RwSignal::new(match source {
        Source::Transcript => Stage::Pasting,
        Source::Slack | Source::Csv => Stage::Choosing,
    });
    let close = Callback::new(move |_| {
        app.go(Route::Review(store.id(), Tab::Timeline));
        // Back to the button that opened the import, drawn again with the timeline.
        let opener = format!("#{}", source.opener());
        request_animation_frame(move || browser::focus_if_lost(opener, 5));
    });
    // A folder's files, kept while the facilitator chooses which of them to read.
    let picked = StoredValue::new_local(Vec::<web_sys::File>::new());
    // A pasted transcript is kept until its moments are added (`browser::Draft`).
    let pasted = browser::Draft::new(format!("{}:paste", store.id()));
    let source_name = match source {
        Source::Transcript => "the transcript",
        Source::Slack => "the Slack export",
        Source::Csv => "the CSV file",
    };
    view! {
        <section class="import-page" aria-label="Import">
            <p class="hint">
                "Nothing is added to the timeline until you confirm the preview. "
                <a href=Route::Review(store.id(), Tab::Timeline).to_hash()>"Back to the timeline"</a>
            </p>
        </section>
        {move || match stage.get() {
            Stage::Pasting => view! { <PasteDialog stage close text=pasted/> }.into_any(),
            Stage::Choosing | Stage::Reading => view! { <ChooseFiles source stage close picked/> }.into_any(),
            Stage::Channels { folder } => {
                view! { <ChooseChannel folder picked stage close/> }.into_any()
            }
            Stage::Failed { message } => view! {
                <Modal title="The file could not be read" on_close=close>
                    <p>{message}</p>
                    <p>"Nothing was added to the timeline."</p>
                    <div class="dialog-actions">
                        <Button class="primary" on_click=move |_| stage.set(Stage::Choosing) label="Choose another file"/>
                        <Button on_click=close label="Cancel"/>
                    </div>
                </Modal>
            }
            .into_any(),
            Stage::Previewing { preview } => {
                let pasted = matches!(source, Source::Transcript).then_some(pasted);
                view! { <PreviewDialog source=source_name preview close pasted/> }.into_any()
            }
        }}
    }
}

/// Asks for the files to read: the Slack export's day files (and users.json, channels.json), or
/// a CSV file.
#[component]
fn ChooseFiles(
    source: Source,
    stage: RwSignal<Stage>,
    close: Callback<()>,
    picked: StoredValue<Vec<web_sys::File>, LocalStorage>,
) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let folder_input = NodeRef::<leptos::html::Input>::new();
    let slack = source == Source::Slack;
    // A CSV file's times of day written without a date start on this day.
    let first_day = first_day_shown();
    let anchor = RwSignal::new(first_day.to_string());
    let on_pick = move |ev: leptos::ev::Event| {
        let files = picked_files(&ev);
        if files.is_empty() {
            return;
        }
        if let Some(message) = files
            .iter()
            .find_map(|f| import::packed_file(&f.name(), slack))
        {
            return stage.set(Stage::Failed { message });
        }
        // Read before the stage changes: the dialog, and this field, go with it.
        // A date the browser's field could not give is the day it started with, which the
        // preview names.
        let anchor = Date::parse_iso(&anchor.get_untracked()).unwrap_or(first_day);
        if slack {
            read_files(files, slack_job, stage);
        } else {
            read_files(
                files,
                move |mut texts| Job::Csv {
                    text: texts.swap_remove(0).1,
                    anchor,
                },
                stage,
            );
        }
    };
    // An unpacked export, or one channel's folder in it: each channel's day files are in a
    // folder of their own, and users.json beside them, which one pick of files cannot reach.
    let on_folder = move |ev: leptos::ev::Event| {
        let files = picked_files(&ev);
        if files.is_empty() {
            return;
        }
        let paths: Vec<String> = files.iter().map(relative_path).collect();
        let folder = slack::export_folder(&paths.iter().map(String::as_str).collect::<Vec<_>>());
        if folder.channels.is_empty() {
            return stage.set(Stage::Failed {
                message: format!(
                    "\u{201c}{}\u{201d} holds no Slack day files (2026-03-14.json and so on). Choose the \
                     unpacked Slack export's folder, or the folder of one channel in it.",
                    paths[0].split(['/', '\\']).next().unwrap_or_default()
                ),
            });
        }
        if folder.read_at_once() {
            let channel = &folder.channels[0];
            let chosen = folder.files_for(0, channel.first_day(), channel.last_day());
            let files = chosen
                .unwrap_or_default()
                .iter()
                .map(|&at| files[at].clone())
                .collect();
            return read_files(files, slack_job, stage);
        }
        picked.set_value(files);
        stage.set(Stage::Channels { folder });
    };
    let (title, explanation) = if slack {
        (
            "Import Slack export",
            "Choose the unpacked Slack export's folder (or one channel's folder in it): you then \
             choose the channel and its days. Or choose files: the channel folder's day files \
             (2026-03-14.json and so on), the export's users.json to see people's names and its \
             channels.json to see channels' names.",
        )
    } else {
        (
            "Import CSV",
            "Choose a CSV file whose first row names the columns: time (or date and time) and \
             description (or title, summary, message), and optionally precision, kind, people, \
             evidence and pivot; the preview names any other column. A time with no date is on \
             the day of the row before, the first on the date below; a time column headed \
             \u{201c}(UTC)\u{201d} is in UTC.",
        )
    };
    let date_field = (!slack).then(|| {
        view! {
            <label class="field">
                <span class="field-label">"Date of the first time without a date"</span>
                <input
                    type="date"
                    prop:value=move || anchor.get()
                    on:change=move |ev| anchor.set(event_target_value(&ev))
                />
            </label>
        }
    });
    view! {
        <Modal title=title on_close=close>
            <p>{explanation}</p>
            {date_field}
            <div class="dialog-actions">
                <Button
                    class="primary"
                    on_click=move |_| {
                        if let Some(input) = input.get() {
                            input.click();
                        }
                    }
                    disabled=Signal::derive(move || matches!(stage.get(), Stage::Reading))
                    label=if slack { "Choose files" } else { "Choose a file" }
                />
                {slack.then(|| view! {
                    <Button
                        on_click=move |_| {
                            if let Some(input) = folder_input.get() {
                                input.click();
                            }
                        }
                        disabled=Signal::derive(move || matches!(stage.get(), Stage::Reading))
                        label="Choose the export's folder"
                    />
                    <input
                        node_ref=folder_input
                        type="file"
                        prop:webkitdirectory=true
                        hidden
                        tabindex="-1"
                        aria-hidden="true"
                        on:change=on_folder
                    />
                })}
                <Button on_click=close label="Cancel"/>
            </div>
            <input
                node_ref=input
                type="file"
                multiple=slack
                hidden
                tabindex="-1"
                aria-hidden="true"
                accept=if slack { ".json,application/json" } else { ".csv,text/csv" }
                on:change=on_pick
            />
        </Modal>
    }
}

/// The Slack importer's job for the files read.
fn slack_job(files: Vec<(String, String)>) -> Job {
    Job::Slack { files }
}

/// Reads `files` and has the worker make the preview of `job` of their names and texts.
fn read_files(
    files: Vec<web_sys::File>,
    job: impl FnOnce(Vec<(String, String)>) -> Job + 'static,
    stage: RwSignal<Stage>,
) {
    // Read before the stage changes: the review may be left while the worker reads.
    let zone = use_store().untracked(|r| r.time_zone.clone());
    stage.set(Stage::Reading);
    leptos::task::spawn_local(async move {
        let mut texts = Vec::new();
        for file in files {
            match browser::read_file_text(file.clone()).await {
                Ok(text) => texts.push((file.name(), text)),
                Err(message) => {
                    let _ = stage.try_set(Stage::Failed { message });
                    return;
                }
            }
        }
        match work::read_answer(&worker::ask(job(texts).to_json()).await) {
            Ok(preview) => make_then_show(stage, move || previewing(&zone, preview)),
            Err(message) => {
                let _ = stage.try_set(Stage::Failed { message });
            }
        }
    });
}

/// A file's path within the folder picked ("export/general/2026-03-14.json"); its name alone
/// when it was not picked with a folder.
fn relative_path(file: &web_sys::File) -> String {
    js_sys::Reflect::get(file, &"webkitRelativePath".into())
        .ok()
        .and_then(|path| path.as_string())
        .filter(|path| !path.is_empty())
        .unwrap_or_else(|| file.name())
}

/// Which channel of a Slack export picked as a folder, and which of its days: an export holds
/// every channel for all time, and only the files chosen are read.
#[component]
fn ChooseChannel(
    folder: ExportFolder,
    picked: StoredValue<Vec<web_sys::File>, LocalStorage>,
    stage: RwSignal<Stage>,
    close: Callback<()>,
) -> impl IntoView {
    let options = (0..folder.channels.len())
        .map(|at| (at.to_string(), folder.label(at)))
        .collect();
    let several = folder.channels.len() > 1;
    let folder = StoredValue::new(folder);
    let chosen = RwSignal::new(0usize);
    let span = move |at: usize| {
        folder.with_value(|f| {
            let channel = &f.channels[at];
            (channel.first_day(), channel.last_day())
        })
    };
    let (first, last) = span(0);
    let from = RwSignal::new(first.to_string());
    let to = RwSignal::new(last.to_string());
    let problem = RwSignal::new(None::<String>);
    let choose = move |value: String| {
        let at = value.parse().unwrap_or(0);
        chosen.set(at);
        // Each channel starts with all its days.
        let (first, last) = span(at);
        from.set(first.to_string());
        to.set(last.to_string());
        problem.set(None);
    };
    let read = move |_| {
        let at = chosen.get_untracked();
        let (first, last) = span(at);
        let day = |text: String, or: Date| match text.trim() {
            "" => Ok(or),
            text => Date::parse_iso(text).ok_or(format!("\u{201c}{text}\u{201d} is not a date.")),
        };
        let files = day(from.get_untracked(), first)
            .and_then(|from| Ok((from, day(to.get_untracked(), last)?)))
            .and_then(|(from, to)| folder.with_value(|f| f.files_for(at, from, to)));
        match files {
            Ok(files) => {
                let files = picked
                    .with_value(|picked| files.iter().map(|&at| picked[at].clone()).collect());
                read_files(files, slack_job, stage);
            }
            Err(why) => problem.set(Some(why)),
        }
    };
    let edited = move |field: RwSignal<String>| {
        Callback::new(move |value: String| {
            field.set(value);
            problem.set(None);
        })
    };
    let invalid = Signal::derive(move || problem.with(Option::is_some));
    let intro = if several {
        "The folder holds several channels. Choose the incident's channel and its days: only those are read."
    } else {
        "The channel holds many days. Choose the incident's days: only those are read."
    };
    view! {
        <Modal title="Import Slack export" on_close=close>
            <p>{intro}</p>
            <SelectField label="Channel" options value=Signal::derive(move || chosen.get().to_string()) set=choose/>
            <TextField label="First day" input_type="date" value=from set=edited(from) invalid/>
            <TextField label="Last day" input_type="date" value=to set=edited(to) invalid/>
            <p class="hint" role="status">{move || problem.get()}</p>
            <div class="dialog-actions">
                <Button class="primary" on_click=read label="Read these days"/>
                <Button on_click=move |_| stage.set(Stage::Choosing) label="Choose another folder"/>
                <Button on_click=close label="Cancel"/>
            </div>
        </Modal>
    }
}

/// The day a pasted or imported time of day without a date starts on, unless the facilitator
/// gives another: the incident's first day on the review's clock, or else today.
fn first_day_shown() -> Date {
    use_store().untracked(|r| {
        r.incident_span()
            .map(|(from, _)| to_local(from, &r.time_zone, &IntlZones).date)
            .unwrap_or_else(|| to_local(crate::storage::now(), &r.time_zone, &IntlZones).date)
    })
}

fn picked_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    // Picking the same files again must fire `change` again.
    input.set_value("");
    files
}

/// Makes the next stage in a task of its own and shows it in the one after: for a 5,000-line
/// transcript, reading the worker's answer and settling its times in the review's zone in one
/// task took 50 to 55 ms (traced), and drawing the preview's first rows is a task of its own.
fn make_then_show(stage: RwSignal<Stage>, next: impl FnOnce() -> Stage + 'static) {
    set_timeout(
        move || {
            // Left meanwhile: nothing to show it on.
            if stage.is_disposed() {
                return;
            }
            let next = next();
            set_timeout(
                move || {
                    let _ = stage.try_set(next);
                },
                std::time::Duration::ZERO,
            );
        },
        std::time::Duration::ZERO,
    );
}

#[component]
fn PasteDialog(stage: RwSignal<Stage>, close: Callback<()>, text: browser::Draft) -> impl IntoView {
    let store = use_store();
    let anchor = RwSignal::new(first_day_shown().to_string());
    let zone = store.untracked(|r| r.time_zone.clone());
    let problem = RwSignal::new(None::<String>);
    let reading = RwSignal::new(false);
    let preview = move |_| {
        let Some(anchor) = Date::parse_iso(&anchor.get_untracked()) else {
            problem.set(Some(
                "Enter the date of the first message as YYYY-MM-DD.".into(),
            ));
            return;
        };
        // The review's clock that day, for times written with a zone of their own.
        let noon = TimeOfDay::new(12, 0, 0).and_then(|noon| Instant::from_utc(anchor, noon));
        let east = noon
            .and_then(|noon| store.untracked(|r| IntlZones.offset_minutes(&r.time_zone, noon)))
            .unwrap_or(0);
        let job = Job::Transcript {
            text: text.text.get_untracked(),
            anchor,
            east,
        };
        reading.set(true);
        problem.set(None);
        // The pasted text stays in the box until the preview is there, so a failure loses nothing.
        let zone = store.untracked(|r| r.time_zone.clone());
        leptos::task::spawn_local(async move {
            let answer = worker::ask(job.to_json()).await;
            match work::read_answer(&answer) {
                // "Reading…" until the preview replaces this dialog, two tasks on: a second
                // press meanwhile would read the text again over the preview.
                Ok(preview) => make_then_show(stage, move || previewing(&zone, preview)),
                Err(message) => {
                    let _ = reading.try_set(false);
                    let _ = problem.try_set(Some(message));
                }
            }
        });
    };
    view! {
        <Modal title="Paste transcript" on_close=close>
            <p class="hint">
                "Paste a chat log: lines like \u{201c}09:42 Ana: text\u{201d}, \u{201c}[09:42] <ana> text\u{201d}, "
                "ISO timestamps, messages copied from Slack, Teams, Google Chat or Discord, a saved Zoom chat, a WhatsApp export, "
                "or your own notes (\u{201c}~09:50\u{201d} marks a time as approximate). Times without a date are read in "
                {zone} " from the date below; a time earlier than the line before means the next day "
                "(on a clock with no AM or PM and no hour past 12, the afternoon: the preview says so)."
            </p>
            <TextArea label="Transcript" id="transcript-text" value=text.text set=move |v: String| text.set(v)/>
            <label class="field">
                <span class="field-label">"Date of the first message"</span>
                <input
                    type="date"
                    aria-describedby="anchor-problem"
                    prop:value=move || anchor.get()
                    on:change=move |ev| anchor.set(event_target_value(&ev))
                />
                <span class="field-problem" id="anchor-problem" aria-live="polite">{move || problem.get()}</span>
            </label>
            <div class="dialog-actions">
                <Button
                    class="primary"
                    on_click=preview
                    label=move || if reading.get() { "Reading…" } else { "Preview" }
                    disabled=reading
                />
                <Button on_click=close label="Cancel"/>
            </div>
        </Modal>
    }
}

/// What an import would add, with a choice per line and per name before anything is added.
#[component]
fn PreviewDialog(
    source: &'static str,
    preview: Preview,
    close: Callback<()>,
    /// The pasted transcript this preview is of: cleared once its moments are added.
    pasted: Option<browser::Draft>,
) -> impl IntoView {
    let store = use_store();
    let app = use_app();
    // What the timeline already holds, or a line above already says, starts unticked:
    // importing the same file twice, or a channel exported twice, adds nothing twice unless
    // chosen.
    let held = store.untracked(|r| import::repeats(&preview, r, &IntlZones));
    let count_of = |what: Repeat| held.iter().filter(|h| **h == what).count();
    let (held_count, above_count) = (count_of(Repeat::OnTimeline), count_of(Repeat::Above));
    let selected: Vec<RwSignal<bool>> = held
        .iter()
        .map(|h| RwSignal::new(*h == Repeat::New))
        .collect();
    let held = StoredValue::new(held);
    // Each line's kind: suggested from its words, changeable here before adding.
    let kinds: Vec<RwSignal<MomentKind>> = preview
        .candidates
        .iter()
        .map(|c| RwSignal::new(c.kind))
        .collect();
    let proposals = store.untracked(|r| import::propose_people(&preview, &r.people));
    let proposed = StoredValue::new(proposals.clone());
    // Each name's choice, and its options: the people who fit first when several do.
    let everyone: Vec<(String, String)> = store.untracked(|r| {
        r.people
            .iter()
            .map(|p| (p.id.to_string(), p.display_name()))
            .collect()
    });
    let choices: Vec<NameRow> = proposals
        .into_iter()
        .map(|(name, choice)| {
            let mut options = Vec::new();
            let key = match &choice {
                NameChoice::Existing(id) => id.to_string(),
                NameChoice::New => "new".to_string(),
                NameChoice::Ignore => "ignore".to_string(),
                NameChoice::Ask(ids) => {
                    options.push((
                        "ask".to_string(),
                        match ids.len() {
                            1 => "Who is this? 1 person fits".to_string(),
                            n => format!("Who is this? {n} people fit"),
                        },
                    ));
                    options.extend(
                        everyone
                            .iter()
                            .filter(|(id, _)| ids.iter().any(|fit| fit.as_str() == id))
                            .cloned(),
                    );
                    "ask".to_string()
                }
            };
            options.push(("new".to_string(), "A new person".to_string()));
            options.extend(
                everyone
                    .iter()
                    .filter(|option| !options.contains(option))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            options.push(("ignore".to_string(), "Nobody (do not link)".to_string()));
            NameRow {
                also: preview.other_names_of(&name).join(", "),
                name,
                choice: RwSignal::new(key),
                options,
            }
        })
        .collect();
    let total = preview.candidates.len();
    // The rows asked for, and those drawn so far: the rest follow a task at a time.
    let wanted = RwSignal::new(PAGE.min(total));
    let drawn = super::widgets::drawn_in_batches(STEP, STEP, move || wanted.get());
    let shown = move || drawn.get().min(wanted.get());
    let has_noise = preview.candidates.iter().any(|c| c.noise.is_some());
    let preview = StoredValue::new(preview);
    let selected = StoredValue::new(selected);
    let kinds = StoredValue::new(kinds);
    let choices = StoredValue::new(choices);
    let count = move || selected.with_value(|s| s.iter().filter(|s| s.get()).count());
    let select_all = move |on: bool| selected.with_value(|s| s.iter().for_each(|s| s.set(on)));
    let drop_noise = move |_| {
        preview.with_value(|p| {
            selected.with_value(|s| {
                for (candidate, sel) in p.candidates.iter().zip(s) {
                    if candidate.noise.is_some() {
                        sel.set(false);
                    }
                }
            })
        })
    };
    let zone = StoredValue::new(store.untracked(|r| r.time_zone.clone()));
    let with_dates = preview.with_value(|p| p.spans_days(&zone.get_value(), &IntlZones));
    let row = move |index: usize| {
        let (when, who, text, noise, suggested) = preview.with_value(|p| {
            let c = &p.candidates[index];
            (
                stamp_label(c.stamp, &zone.get_value(), with_dates),
                c.names.join(", "),
                c.text.chars().take(300).collect::<String>(),
                c.noise.clone(),
                c.suggested.clone(),
            )
        });
        let has_noise = noise.is_some();
        let held = held.with_value(|h| h[index]);
        let label = if who.is_empty() {
            format!("{when}: {text}")
        } else {
            format!("{when} {who}: {text}")
        };
        let sel = selected.with_value(|s| s[index]);
        let kind = kinds.with_value(|k| k[index]);
        let kind_name = format!("Kind of {label}");
        view! {
            <li class="preview-line" class:noise=has_noise>
                <CheckField label checked=sel set=move |on: bool| sel.set(on)/>
                {noise.map(|n| view! { <span class="tag">{n}</span> })}
                {match held {
                    Repeat::New => None,
                    Repeat::OnTimeline => Some(view! { <span class="tag">"already on the timeline"</span> }),
                    Repeat::Above => Some(view! { <span class="tag">"repeats a line above"</span> }),
                }}
                <KindPick kind name=kind_name suggested/>
            </li>
        }
    };
    // A name that fits several people is answered before anything is added.
    let unanswered = move || {
        choices.with_value(|c| {
            c.iter()
                .filter(|row| row.choice.get() == "ask")
                .map(|row| format!("\u{201c}{}\u{201d}", row.name))
                .collect::<Vec<_>>()
        })
    };
    let add = move |_| {
        let asking =
            choices.with_value(|c| c.iter().any(|row| row.choice.get_untracked() == "ask"));
        if asking {
            return;
        }
        let keep: Vec<bool> =
            selected.with_value(|s| s.iter().map(|s| s.get_untracked()).collect());
        let choices: Vec<(String, NameChoice)> = choices.with_value(|c| {
            c.iter()
                .map(|NameRow { name, choice, .. }| {
                    let choice = match choice.get_untracked().as_str() {
                        "new" => NameChoice::New,
                        "ignore" | "ask" => NameChoice::Ignore,
                        id => NameChoice::Existing(Id::from(id)),
                    };
                    (name.clone(), choice)
                })
                .collect()
        });
        let mut ids = app.id_gen();
        let addition = preview.with_value(|p| {
            let mut p = p.clone();
            kinds.with_value(|k| {
                for (candidate, kind) in p.candidates.iter_mut().zip(k) {
                    candidate.kind = kind.get_untracked();
                }
            });
            import::build(&p, &keep, &choices, &zone.get_value(), &IntlZones, &mut ids)
        });
        let (moments, people) = (addition.moments.len(), addition.people.len());
        // The names linked to someone become their chat names; written only if that or a new
        // person changes the list, so that an import changing neither adds no edit to undo.
        let before = store.untracked(|r| r.people.clone());
        let mut after = before.clone();
        preview.with_value(|p| {
            proposed
                .with_value(|proposed| import::remember_names(&mut after, p, proposed, &choices))
        });
        after.extend(addition.people);
        let people_before = (after != before).then_some(before);
        if people_before.is_some() {
            let after = after.clone();
            store.edit_people(|list| *list = after);
        }
        let before = store.untracked(walk::position);
        let added: Vec<Id> = addition.moments.iter().map(|m| m.id.clone()).collect();
        store.add_moments(addition.moments);
        if let Some(pasted) = pasted {
            pasted.set(String::new());
        }
        let shown = super::timeline::added_before_the_walk(store, before)
            .map(|said| format!(" {said}"))
            .unwrap_or_default();
        app.notice.set(Some(Notice {
            failure: false,
            text: format!(
                "Added {moments} moment{} and {people} new {} from {source}.{shown}",
                if moments == 1 { "" } else { "s" },
                if people == 1 { "person" } else { "people" },
            ),
            // A wrong paste is taken back in one step, not 500 deletes.
            undo: Some(Undo::Run(std::sync::Arc::new(move || {
                let gone = store.take_back_moments(&added);
                let kept =
                    store.untracked(|r| added.iter().filter(|id| r.moment(id).is_some()).count());
                // The people list goes back only if every moment went (a moment kept may name
                // someone the import added) and nobody has changed the list since.
                if let Some(people) = people_before.clone() {
                    if kept == 0 && store.untracked(|r| r.people == after) {
                        store.edit_people(|list| *list = people);
                    }
                }
                app.tell(match kept {
                    0 => format!(
                        "Took back the {gone} imported moment{}.",
                        if gone == 1 { "" } else { "s" }
                    ),
                    _ => format!(
                        "Took back {gone} imported moment{}; {kept} stay{}, as accounts, notes or \
                         the walk came to them since.",
                        if gone == 1 { "" } else { "s" },
                        if kept == 1 { "s" } else { "" },
                    ),
                });
            }))),
        }));
        close.run(());
    };
    let skipped = preview.with_value(|p| p.skipped.clone());
    let skipped_count = skipped.len();
    let notes = preview.with_value(|p| p.notes.clone());

    view! {
        <Modal title=format!("Preview of {source}") on_close=close>
            <p>
                {import::preview_summary(total, skipped_count, held_count, above_count)}
            </p>
            {notes.into_iter().map(|note| view! { <p class="warning">{note}</p> }).collect_view()}
            <div class="dialog-actions">
                <Button on_click=move |_| select_all(true) label="Select all"/>
                <Button on_click=move |_| select_all(false) label="Select none"/>
                {has_noise.then(|| view! { <Button on_click=drop_noise label="Leave out joins, leaves and bots"/> })}
                <span role="status">{move || format!("{} of {total} selected", count())}</span>
            </div>
            <ul class="preview-lines" role="list" aria-label="Moments to add">
                // Keyed, so that more rows add theirs and leave the drawn ones be.
                <For each=move || 0..shown() key=|index| *index children=row/>
            </ul>
            <Show when=move || wanted.get() < total>
                <Button
                    on_click=move |_| wanted.update(|n| *n = (*n + PAGE).min(total))
                    label=move || format!("Show {} more", (total - wanted.get()).min(PAGE))
                />
            </Show>
            {(!skipped.is_empty()).then(|| view! {
                <details class="skipped" open=total == 0>
                    <summary>{format!("Skipped lines ({skipped_count})")}</summary>
                    <ul aria-label="Skipped lines">
                        {skipped.into_iter().take(500).map(|s| view! {
                            <li>{format!("{}: {}: ", s.source, s.reason)} <q>{s.text}</q></li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
            {choices.with_value(|c| !c.is_empty()).then(|| view! {
                <fieldset class="name-choices">
                    <legend>"People named in the import"</legend>
                    {choices.with_value(|c| c.clone()).into_iter().map(|NameRow { name, choice, options, also }| view! {
                        <SelectField
                            label=format!("\u{201c}{name}\u{201d} is")
                            options
                            value=choice
                            set=move |v: String| choice.set(v)
                        />
                        {(!also.is_empty()).then(|| view! { <p class="hint">{format!("Also called {also} in the export")}</p> })}
                    }).collect_view()}
                </fieldset>
            })}
            <p class="hint" role="status">
                {move || {
                    let names = unanswered();
                    (!names.is_empty()).then(|| format!("Say who {} is before adding: several people fit.", names.join(", ")))
                }}
            </p>
            <div class="dialog-actions">
                <Button class="primary" on_click=add label="Add selected moments" disabled=Signal::derive(move || !unanswered().is_empty())/>
                <Button on_click=close label="Cancel"/>
            </div>
        </Modal>
    }
}

thread_local! {
    /// Every kind as an option of a line's kind list, in order (text, never markup).
    static KIND_OPTIONS: Option<web_sys::DocumentFragment> = {
        let document = document();
        let all = document.create_document_fragment();
        MomentKind::ALL
            .iter()
            .map(|k| {
                let option =
                    web_sys::HtmlOptionElement::new_with_text_and_value(k.label(), k.key()).ok()?;
                all.append_child(&option).ok()
            })
            .collect::<Option<Vec<_>>>()
            .map(|_| all)
    };
}

/// A line's kind in the preview: a compact choice, marked "suggested" (with what suggested it)
/// while it is still the one read from the line's words.
#[component]
fn KindPick(kind: RwSignal<MomentKind>, name: String, suggested: Option<String>) -> impl IntoView {
    let first = kind.get_untracked();
    let was_suggested = suggested.is_some();
    let marked = move || was_suggested && kind.get() == first;
    let why = suggested
        .as_ref()
        .map(|cue| format!("Suggested from \u{201c}{cue}\u{201d}"))
        .unwrap_or_default();
    let select = NodeRef::<leptos::html::Select>::new();
    // The options are copied from one list made once, then the line's kind is chosen: made
    // through the view, each row's ten options were forty calls to the page.
    select.on_load(move |select| {
        KIND_OPTIONS.with(|options| {
            if let Some(copy) = options
                .as_ref()
                .and_then(|o| o.clone_node_with_deep(true).ok())
            {
                let _ = select.append_child(&copy);
            }
        });
        select.set_value(first.key());
    });
    view! {
        <select
            class="kind-pick"
            aria-label=name
            node_ref=select
            on:change=move |ev| {
                if let Some(picked) = MomentKind::from_key(&event_target_value(&ev)) {
                    kind.set(picked);
                }
            }
        >
        </select>
        <Show when=marked>
            <span class="tag suggested" title=why.clone()>"suggested"</span>
        </Show>
    }
}

/// A name found in an import: what the facilitator chose it is, and the choices offered.
#[derive(Clone)]
struct NameRow {
    name: String,
    /// A person's id, "new", "ignore", or "ask" while unanswered.
    choice: RwSignal<String>,
    options: Vec<(String, String)>,
    /// The other names the source gives them ("dee, dokafor"), to help say who they are.
    also: String,
}

fn stamp_label(stamp: Stamp, zone: &str, with_date: bool) -> String {
    let at = import::instant_of(stamp, zone, &IntlZones).unwrap_or_default();
    moment_time_label(at, Precision::Exact, zone, &IntlZones, with_date)
}
