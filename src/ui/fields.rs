//! Form fields bound to the review: they show a value read from the store and report edits.
//!
//! Every input of the app goes through these few components, with the value as a `Signal` and
//! the edit as a `Callback`. Besides consistency this keeps the wasm small: each distinct inline
//! input in a view costs about 1 KB (gzip) of generated rendering code, a use of a shared
//! component about 70 bytes (measured; see docs/development.md).

use super::browser::{self, IntlZones};
use super::widgets::dom_id;
use crate::method::placement;
use crate::model::time::{from_local, parse_clock, to_local, Date};
use crate::model::Instant;
use leptos::prelude::*;

/// Focuses the element once mounted when its id was asked for by [`browser::focus_by_id`].
fn focus_on_mount<E>(node: NodeRef<E>, id: Option<String>)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    let Some(id) = id else { return };
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            if browser::claim_focus(&id) {
                use wasm_bindgen::JsCast;
                if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        }
    });
}

/// What a box committed when left (a lazy text box, a time) shows for `wanted`: `wanted`,
/// unless the person is typing in it, when what they typed stays. Another window's save or a
/// merge changes the stored value while they type, and showing it would throw their words
/// away; their value is committed when they leave the box. `shown` is what was last put in.
fn unless_typing(
    input: &NodeRef<leptos::html::Input>,
    shown: StoredValue<String>,
    wanted: String,
) -> String {
    if let Some(element) = input.get_untracked() {
        let typing = browser::has_focus(&element) && shown.with_value(|s| element.value() != *s);
        if typing {
            return element.value();
        }
    }
    shown.set_value(wanted.clone());
    wanted
}

/// A labelled one-line text box. With `lazy`, the value is reported when the person leaves the
/// box or presses Enter, not at every keystroke (for values that are only meaningful whole).
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] set: Callback<String>,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional, into)]
    list: Option<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional)] lazy: bool,
    /// `"text"` unless given (`"date"` for a date picker).
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// A fuller accessible name than the visible label, when several fields share a label.
    #[prop(optional)]
    aria_label: Option<&'static str>,
    /// Whether what it holds cannot be used (its hint then says why).
    #[prop(optional, into)]
    invalid: Option<Signal<bool>>,
) -> impl IntoView {
    let hint_id = hint.map(|_| dom_id("hint"));
    // Named by its label alone: the hint inside the label describes it, and is not its name.
    let label_id = (aria_label.is_none() && hint.is_some()).then(|| dom_id("label"));
    let shown = StoredValue::new(String::new());
    let report = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        // What is committed is what the box shows: not typing any more.
        shown.set_value(value.clone());
        set.run(value)
    };
    let input = NodeRef::<leptos::html::Input>::new();
    focus_on_mount(input, id.clone());
    view! {
        <label class="field">
            <span class="field-label" id=label_id.clone()>{label}</span>
            <input
                node_ref=input
                type=input_type.unwrap_or("text")
                id=id
                aria-label=aria_label
                aria-labelledby=label_id
                aria-invalid=move || invalid.is_some_and(|i| i.get()).then_some("true")
                placeholder=placeholder
                list=list
                autocomplete="off"
                aria-describedby=hint_id.clone()
                prop:value=move || {
                    let wanted = value.get();
                    if lazy { unless_typing(&input, shown, wanted) } else { wanted }
                }
                on:input=move |ev| {
                    if !lazy {
                        report(ev)
                    }
                }
                on:change=move |ev| {
                    if lazy {
                        report(ev)
                    }
                }
            />
            {hint.map(|hint| view! { <span class="field-hint" id=hint_id>{move || hint.get()}</span> })}
        </label>
    }
}

/// A labelled text area that grows with its text.
#[component]
pub fn TextArea(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] set: Callback<String>,
    /// Empty for none.
    #[prop(optional, into)]
    id: String,
    #[prop(optional, into)] placeholder: Option<String>,
    /// Empty for none.
    #[prop(optional, into)]
    hint: String,
) -> impl IntoView {
    let id = (!id.is_empty()).then_some(id);
    let hint = (!hint.is_empty()).then_some(hint);
    let hint_id = hint.as_ref().map(|_| dom_id("hint"));
    // Named by its label alone, as `TextField` is: the hint describes it.
    let label_id = hint.as_ref().map(|_| dom_id("label"));
    let area = NodeRef::<leptos::html::Textarea>::new();
    focus_on_mount(area, id.clone());
    view! {
        <label class="field">
            <span class="field-label" id=label_id.clone()>{label}</span>
            {hint
                .map(|hint| {
                    view! { <span class="field-hint" id=hint_id.clone()>{hint}</span> }
                })}
            <textarea
                node_ref=area
                id=id
                class="grow"
                rows="2"
                placeholder=placeholder
                aria-labelledby=label_id
                aria-describedby=hint_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| set.run(event_target_value(&ev))
            ></textarea>
        </label>
    }
}

/// A labelled drop-down; options are (value, label) pairs.
#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] set: Callback<String>,
    #[prop(optional)] aria_label: Option<&'static str>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select
                id=id
                aria-label=aria_label
                prop:value=move || value.get()
                on:change=move |ev| set.run(event_target_value(&ev))
            >
                {options
                    .into_iter()
                    .map(|(key, text)| view! { <option value=key>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// A checkbox with its label after it.
#[component]
pub fn CheckField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] set: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    set.run(event_target_checked(&ev));
                    // A change refused or put off (a question asked first) leaves the box
                    // showing the state, not the click.
                    let state = checked.get_untracked();
                    if let Some(input) = ev
                        .target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                    {
                        if input.checked() != state {
                            input.set_checked(state);
                        }
                    }
                }
            />
            {move || label.get()}
        </label>
    }
}

/// A date and a time in the review's zone, stored as an instant.
///
/// The time box takes what people type ("10:15", "1015", "10:15 pm"); nothing changes until
/// both boxes make sense, and until then a message says what is wrong.
#[component]
pub fn WhenField(
    #[prop(into)] legend: String,
    #[prop(into)] value: Signal<Option<Instant>>,
    #[prop(into)] zone: Signal<String>,
    #[prop(into)] set: Callback<Option<Instant>>,
    /// The date to assume when only a time is typed.
    #[prop(optional, into)]
    default_date: Option<Signal<Option<Date>>>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let date_input = NodeRef::<leptos::html::Input>::new();
    let time_input = NodeRef::<leptos::html::Input>::new();
    let (date_shown, time_shown) = (
        StoredValue::new(String::new()),
        StoredValue::new(String::new()),
    );
    let problem = RwSignal::new(None::<String>);
    // Said of a time committed over a change of the clocks, until the next commit.
    let clock_note = RwSignal::new(None::<String>);
    let problem_id = dom_id("when-problem");
    let local = move || value.get().map(|at| to_local(at, &zone.get(), &IntlZones));
    let commit = move || {
        let (Some(date_el), Some(time_el)) = (date_input.get(), time_input.get()) else {
            return;
        };
        let (date_text, time_text) = (date_el.value(), time_el.value());
        // Left as it was shown (tabbed through): nothing to commit, and no edit to journal.
        let unchanged = date_shown.with_value(|d| *d == date_text)
            && time_shown.with_value(|t| *t == time_text)
            && !date_el.validity().bad_input();
        if unchanged && problem.with_untracked(Option::is_none) {
            return;
        }
        // A date box half filled reads as empty: committing would clear the date.
        if date_el.validity().bad_input() {
            problem.set(Some(
                "The date is not complete: finish it, or clear it.".into(),
            ));
            return;
        }
        let committed = move || {
            // What the boxes show is committed: not typing any more (`unless_typing`).
            date_shown.set_value(date_el.value());
            time_shown.set_value(time_el.value());
        };
        match read_when(
            &date_text,
            &time_text,
            default_date.and_then(|d| d.get_untracked()),
            required,
        ) {
            Ok(None) => {
                problem.set(None);
                clock_note.set(None);
                committed();
                set.run(None);
            }
            Ok(Some((date, time))) => {
                problem.set(None);
                committed();
                let zone = zone.get_untracked();
                let at = from_local(date, time, &zone, &IntlZones);
                clock_note.set(at.and_then(|at| {
                    placement::clock_change_said(date, time, at, &zone, &IntlZones)
                }));
                set.run(at);
            }
            Err(message) => {
                clock_note.set(None);
                problem.set(Some(message.to_string()));
            }
        }
    };
    // The date box's value is set here rather than by `prop:value`, which sets it whatever
    // it is: a date half typed ("14/03/yyyy") reads as empty until whole, and setting any
    // value then, as another window's save does, clears what was typed.
    Effect::new(move |_| {
        let wanted = local().map(|l| l.date.to_string()).unwrap_or_default();
        let Some(element) = date_input.get() else {
            return;
        };
        if element.validity().bad_input() && browser::has_focus(&element) {
            return;
        }
        let shown = unless_typing(&date_input, date_shown, wanted);
        if element.value() != shown {
            element.set_value(&shown);
        }
    });
    view! {
        <fieldset class="when">
            <legend>{legend.clone()}</legend>
            <label class="field">
                <span class="field-label">"Date"</span>
                <input
                    node_ref=date_input
                    type="date"
                    aria-label=format!("{legend} date")
                    aria-invalid=move || problem.with(|p| p.is_some().to_string())
                    // Committed when left or on Enter, not at each change: a date box changes
                    // at every part typed ("2026-03-1" is the 1st of March), and a moment
                    // committed at each would jump about the timeline, and onto the shared
                    // screen, while its date is typed.
                    on:blur=move |_| commit()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            commit();
                        }
                    }
                />
            </label>
            <label class="field">
                <span class="field-label">"Time"</span>
                <input
                    node_ref=time_input
                    type="text"
                    inputmode="numeric"
                    placeholder="HH:MM"
                    autocomplete="off"
                    aria-label=format!("{legend} time")
                    aria-describedby=problem_id.clone()
                    aria-invalid=move || problem.with(|p| p.is_some().to_string())
                    // Typing replaces what is there rather than adding to it.
                    on:focus=move |_| {
                        if let Some(input) = time_input.get() {
                            input.select();
                        }
                    }
                    prop:value=move || {
                        let wanted = local()
                            .map(|l| {
                                if l.time.second == 0 { l.time.hh_mm() } else { l.time.hh_mm_ss() }
                            })
                            .unwrap_or_default();
                        unless_typing(&time_input, time_shown, wanted)
                    }
                    on:change=move |_| commit()
                />
            </label>
            <span class="field-problem" id=problem_id aria-live="polite">
                {move || problem.get()}
            </span>
            <span class="field-hint" role="status">{move || clock_note.get()}</span>
        </fieldset>
    }
}

/// Interprets the two boxes of a [`WhenField`].
fn read_when(
    date_text: &str,
    time_text: &str,
    default_date: Option<Date>,
    required: bool,
) -> Result<Option<(Date, crate::model::time::TimeOfDay)>, &'static str> {
    let (date_text, time_text) = (date_text.trim(), time_text.trim());
    if date_text.is_empty() && time_text.is_empty() {
        return if required {
            Err("Enter a date and a time.")
        } else {
            Ok(None)
        };
    }
    let date = if date_text.is_empty() {
        default_date.ok_or("Enter a date too.")?
    } else {
        Date::parse_iso(date_text).ok_or("Enter the date as YYYY-MM-DD.")?
    };
    // A date alone is not midnight: filling in 00:00 made "23:50" typed next read "00:0023:50".
    if time_text.is_empty() {
        return Err("Enter a time too.");
    }
    let time = parse_clock(time_text).ok_or("Enter the time as HH:MM, for example 09:42.")?;
    Ok(Some((date, time)))
}

/// Keys on a closed drop-down: each arrow or letter changes its value, and acting on each
/// would show the room every moment or question passed over. A value reached by keys is only
/// browsed until Enter confirms it (Escape or leaving the list goes back); a value picked with
/// the mouse, or from the open list, acts at once. Shared by the jump list and `ActionSelect`.
#[derive(Clone, Copy)]
pub(super) struct Browsing {
    /// A key was pressed in this task: the change it causes is browsing.
    keyed: StoredValue<bool>,
    /// Where the keys went, not acted on yet.
    to: StoredValue<Option<String>>,
    /// Whether a value is shown that is only browsed: the list then says how to choose it,
    /// where all can see (leaving it puts the value back, which surprised people).
    browsed: RwSignal<bool>,
}

pub(super) enum Key {
    /// Enter on a browsed value.
    Choose(String),
    /// Escape while browsing: the value shown goes back.
    Back,
    Other,
}

impl Browsing {
    pub(super) fn new() -> Self {
        Browsing {
            keyed: StoredValue::new(false),
            to: StoredValue::new(None),
            browsed: RwSignal::new(false),
        }
    }

    /// Whether the value shown is only browsed (tracked).
    pub(super) fn is_browsed(self) -> bool {
        self.browsed.get()
    }

    /// Where the keys went, or none.
    fn take(self) -> Option<String> {
        if self.browsed.try_get_untracked() == Some(true) {
            self.browsed.set(false);
        }
        self.to.try_update_value(Option::take).flatten()
    }

    pub(super) fn key(self, ev: &leptos::ev::KeyboardEvent) -> Key {
        match ev.key().as_str() {
            "Enter" => self.take().map_or(Key::Other, Key::Choose),
            "Escape" => match self.take() {
                Some(_) => Key::Back,
                None => Key::Other,
            },
            // Space and Alt+arrows open the list, Tab leaves: none changes the value.
            " " | "Tab" | "Shift" => Key::Other,
            _ if ev.alt_key() => Key::Other,
            _ => {
                // A key that moves the choice changes it before this task ends; one that does
                // not (Ctrl to hush a screen reader, an arrow at the end) must not leave the
                // next mouse pick taken for browsing.
                self.keyed.set_value(true);
                set_timeout(
                    move || {
                        self.keyed.try_set_value(false);
                    },
                    std::time::Duration::ZERO,
                );
                Key::Other
            }
        }
    }

    /// A change of value: the value to act on now, or none when it is only browsed.
    pub(super) fn change(self, value: String) -> Option<String> {
        if self.keyed.try_update_value(std::mem::take).unwrap_or(false) {
            self.to.set_value(Some(value));
            self.browsed.set(true);
            None
        } else {
            Some(value)
        }
    }

    /// Leaving the list: whether a browsed value must be put back.
    pub(super) fn leave(self) -> bool {
        self.keyed.set_value(false);
        self.take().is_some()
    }

    /// The value changed underneath: what was browsed to is no longer what Enter would choose.
    pub(super) fn forget(self) {
        self.take();
    }
}

/// A drop-down whose choice acts at once: it changes the meeting's phase, adds an account,
/// puts a question on the shared screen, or (on the Timeline) says whether a piece of evidence
/// was seen during the incident. A closed drop-down changes its value on every arrow or letter
/// key, and acting on each would put every question passed over on the room's screen.
/// So, as in the jump list, a value reached by keys is only browsed until Enter confirms it
/// (Escape or leaving the list goes back); a value picked with the mouse acts at once.
#[component]
pub fn ActionSelect(
    label: &'static str,
    options: Vec<(String, String)>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] set: Callback<String>,
) -> impl IntoView {
    let select = NodeRef::<leptos::html::Select>::new();
    let browsing = Browsing::new();
    let put_back = move || {
        if let Some(select) = select.get_untracked() {
            select.set_value(&value.get_untracked());
        }
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| match browsing.key(&ev) {
        Key::Choose(chosen) => {
            ev.prevent_default();
            set.run(chosen);
            put_back();
        }
        Key::Back => {
            // Only the browsing is undone; the console's own Escape waits for the next.
            ev.stop_propagation();
            put_back();
        }
        Key::Other => {}
    };
    let change = move |ev: leptos::ev::Event| {
        if let Some(chosen) = browsing.change(event_target_value(&ev)) {
            set.run(chosen);
            put_back();
        }
    };
    let hint = dom_id("choose-hint");
    let blur = move |_| {
        if browsing.leave() {
            put_back();
        }
    };
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select
                node_ref=select
                aria-describedby=hint.clone()
                prop:value=move || {
                    // Changed meanwhile (another window, a key elsewhere): what was browsed to
                    // is no longer what Enter would be asked for.
                    browsing.forget();
                    value.get()
                }
                on:keydown=keydown
                on:change=change
                on:blur=blur
            >
                {options
                    .into_iter()
                    .map(|(key, text)| view! { <option value=key>{text}</option> })
                    .collect_view()}
            </select>
        </label>
        <span id=hint class="visually-hidden">"Arrows browse; Enter chooses."</span>
        <Show when=move || browsing.is_browsed()>
            <span class="field-hint browsing-hint">"Not chosen yet: Enter chooses it, Esc or leaving goes back."</span>
        </Show>
    }
}
