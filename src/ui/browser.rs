//! Small bridges to browser facilities the views need: time zones through `Intl`, file
//! downloads, reading picked files, focus.

use crate::model::time::ZoneOffsets;
use crate::model::Instant;
use js_sys::{Array, Function, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// Zone offsets from the browser's `Intl` data, cached per zone and quarter hour (every
/// daylight-saving change in the IANA data falls on a quarter hour).
#[derive(Debug, Clone, Copy, Default)]
pub struct IntlZones;

thread_local! {
    static FORMATTERS: RefCell<HashMap<String, Option<js_sys::Intl::DateTimeFormat>>> =
        RefCell::new(HashMap::new());
    /// Offsets by zone, then by quarter hour: looked up by the zone's name as given, without
    /// making a key (a transcript's preview asks tens of thousands of times).
    static OFFSETS: RefCell<HashMap<String, HashMap<i64, Option<i32>>>> =
        RefCell::new(HashMap::new());
    /// The last offset asked for: rows in time order ask for the same one many times over.
    static LAST_OFFSET: RefCell<Option<(String, i64, Option<i32>)>> = const { RefCell::new(None) };
}

const QUARTER_HOUR_MS: i64 = 15 * 60 * 1000;

impl ZoneOffsets for IntlZones {
    fn offset_minutes(&self, zone: &str, at: Instant) -> Option<i32> {
        let bucket = at.millis().div_euclid(QUARTER_HOUR_MS);
        let last = LAST_OFFSET.with(|last| match &*last.borrow() {
            Some((z, b, offset)) if z == zone && *b == bucket => Some(*offset),
            _ => None,
        });
        if let Some(offset) = last {
            return offset;
        }
        let cached = OFFSETS.with(|o| {
            o.borrow()
                .get(zone)
                .and_then(|buckets| buckets.get(&bucket).copied())
        });
        let offset = match cached {
            Some(cached) => cached,
            None => {
                let offset = compute_offset(zone, bucket * QUARTER_HOUR_MS);
                OFFSETS.with(|o| {
                    let mut offsets = o.borrow_mut();
                    if offsets.values().map(HashMap::len).sum::<usize>() > 50_000 {
                        offsets.clear();
                    }
                    match offsets.get_mut(zone) {
                        Some(buckets) => {
                            buckets.insert(bucket, offset);
                        }
                        None => {
                            offsets.insert(zone.to_string(), HashMap::from([(bucket, offset)]));
                        }
                    }
                });
                offset
            }
        };
        LAST_OFFSET.with(|last| {
            let mut last = last.borrow_mut();
            match &mut *last {
                Some((z, b, o)) if z == zone => (*b, *o) = (bucket, offset),
                _ => *last = Some((zone.to_string(), bucket, offset)),
            }
        });
        offset
    }
}

/// The global `Intl` object.
fn intl() -> JsValue {
    Reflect::get(&js_sys::global(), &"Intl".into()).unwrap_or(JsValue::UNDEFINED)
}

/// True when the browser knows the zone name.
pub fn is_known_zone(zone: &str) -> bool {
    formatter(zone).is_some()
}

fn formatter(zone: &str) -> Option<js_sys::Intl::DateTimeFormat> {
    if let Some(cached) = FORMATTERS.with(|f| f.borrow().get(zone).cloned()) {
        return cached;
    }
    let created = new_formatter(zone);
    FORMATTERS.with(|f| f.borrow_mut().insert(zone.to_string(), created.clone()));
    created
}

/// `new Intl.DateTimeFormat("en-US", {timeZone, hourCycle: "h23", ...})`, or `None` when the
/// zone is unknown (the constructor throws a RangeError, caught here).
fn new_formatter(zone: &str) -> Option<js_sys::Intl::DateTimeFormat> {
    if zone.trim().is_empty() {
        return None;
    }
    let options = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    };
    set("timeZone", zone);
    set("hourCycle", "h23");
    set("year", "numeric");
    set("month", "numeric");
    set("day", "numeric");
    set("hour", "numeric");
    set("minute", "numeric");
    set("second", "numeric");
    let constructor: Function = Reflect::get(&intl(), &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args = Array::of2(&JsValue::from_str("en-US"), &options);
    Reflect::construct(&constructor, &args)
        .ok()?
        .dyn_into()
        .ok()
}

fn compute_offset(zone: &str, at_ms: i64) -> Option<i32> {
    let formatter = formatter(zone)?;
    let date = js_sys::Date::new(&JsValue::from_f64(at_ms as f64));
    let parts = formatter.format_to_parts(&date);
    let mut fields = [0i64; 6];
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        let slot = match kind.as_str() {
            "year" => 0,
            "month" => 1,
            "day" => 2,
            "hour" => 3,
            "minute" => 4,
            "second" => 5,
            _ => continue,
        };
        fields[slot] = value.parse().ok()?;
    }
    let [year, month, day, hour, minute, second] = fields;
    // The month's first day counted here, not by `Date.UTC`, which takes the years 0 to 99 for
    // 1900 to 1999 and so put a moment typed as 0026 in 1926.
    let month_start =
        crate::model::time::Date::new(i32::try_from(year).ok()?, u8::try_from(month).ok()?, 1)?;
    let wall_clock_as_utc = month_start.days_since_epoch() * 86_400_000
        + (day - 1) * 86_400_000
        + hour * 3_600_000
        + minute * 60_000
        + second * 1000;
    let seconds_floor = at_ms.div_euclid(1000) * 1000;
    Some(((wall_clock_as_utc - seconds_floor) / 60_000) as i32)
}

/// The zone this browser runs in, e.g. "Europe/Paris"; "UTC" when it cannot tell.
pub fn local_zone() -> String {
    let options =
        js_sys::Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|z| z.as_string())
        .unwrap_or_else(|| "UTC".to_string())
}

/// Every zone name the browser knows (`Intl.supportedValuesOf("timeZone")`).
pub fn known_zones() -> Vec<String> {
    let list = Reflect::get(&intl(), &"supportedValuesOf".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&JsValue::NULL, &"timeZone".into()).ok())
        .map(|list| Array::from(&list));
    let mut zones: Vec<String> = list
        .map(|a| a.iter().filter_map(|z| z.as_string()).collect())
        .unwrap_or_default();
    if !zones.iter().any(|z| z == "UTC") {
        zones.insert(0, "UTC".to_string());
    }
    zones
}

/// Lowercases text with the browser's own Unicode rules (no case tables in the wasm).
pub fn lowercase(text: &str) -> String {
    // ASCII, most of what an incident's chat holds, lowercases the same in every language:
    // no trip to the page for it (a search of 5,000 moments made some 20,000 a keystroke).
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    js_sys::JsString::from(text).to_lower_case().into()
}

/// Lowercases text with its accents split off as combining marks (Unicode's canonical
/// decomposition, then the browser's lowercasing): what the pseudonymiser matches names with,
/// so that "Zoë" is found however it was typed, and "Jose" is José.
pub fn fold_letters(text: &str) -> String {
    js_sys::JsString::from(text)
        .normalize("NFD")
        .to_lower_case()
        .into()
}

/// Offers `text` to the person as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not prepare the download".to_string())?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "the browser could not start the download".to_string())?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        let _ = body.remove_child(&anchor);
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    let _ = leptos::prelude::set_timeout_with_handle(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Puts text on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    // Browsers leave `navigator.clipboard` undefined on pages that are not https or localhost;
    // calling into it then would throw through the wasm.
    let clipboard = Reflect::get(&leptos::prelude::window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())
        .ok_or("this page may not use the clipboard (it needs https or localhost)")?
        .unchecked_into::<web_sys::Clipboard>();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow it".to_string())
}

/// Asks the browser to keep this site's storage until the person deletes it
/// (`navigator.storage.persist()`); `None` when the browser has no way to ask.
pub async fn keep_storage() -> Option<bool> {
    // Like the clipboard, `navigator.storage` is missing where the page is not a secure context.
    let storage = Reflect::get(&leptos::prelude::window().navigator(), &"storage".into())
        .ok()
        .filter(|s| s.is_object())?;
    let persist = Reflect::get(&storage, &"persist".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = persist
        .call0(&storage)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// The text of a file picked in a file input. Files over the import limit are refused before
/// reading: a wrong pick (a video, a disk image) must not take the tab down.
pub async fn read_file_text(file: web_sys::File) -> Result<String, String> {
    let limit = crate::io::envelope::MAX_FILE_BYTES;
    if file.size() > limit as f64 {
        return Err(format!(
            "{} is {} MB; Tunnel reads files up to {} MB.",
            file.name(),
            (file.size() / 1_048_576.0).ceil() as u64,
            limit / 1_048_576
        ));
    }
    let promise = file.text();
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| format!("The browser could not read {}.", file.name()))?
        .as_string()
        .ok_or_else(|| format!("{} is not a text file.", file.name()))
}

thread_local! {
    /// The id of an element that should take the keyboard focus as soon as it is mounted.
    static PENDING_FOCUS: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Moves keyboard focus to the element with this id: now if it is on the page, otherwise as
/// soon as a field with that id mounts (see [`claim_focus`]), so that nothing typed right after
/// the click that created it is lost.
pub fn focus_by_id(id: String) {
    match focusable(&id) {
        Some(element) => {
            let _ = element.focus();
        }
        None => PENDING_FOCUS.with(|p| *p.borrow_mut() = Some(id)),
    }
}

/// Whether `element` has the keyboard focus.
pub fn has_focus(element: &web_sys::Element) -> bool {
    leptos::prelude::document()
        .active_element()
        .is_some_and(|active| active == *element)
}

/// Whether the pointer is over the element `selector` names, or the focus is in it.
pub fn in_use(selector: &str) -> bool {
    leptos::prelude::document()
        .query_selector(&format!("{selector}:hover, {selector}:focus-within"))
        .ok()
        .flatten()
        .is_some()
}

/// Whether the keyboard focus is nowhere: on the page's body, as when the element that had it
/// was taken out of the page (a removed row, a dialog's button).
pub fn focus_lost() -> bool {
    let document = leptos::prelude::document();
    match document.active_element() {
        None => true,
        Some(element) => document.body().is_some_and(|body| *body == element),
    }
}

/// Gives the focus to the first element matching `selector` when the focus is nowhere (what
/// had it was drawn away: a new page, a closed import): a keyboard or screen-reader user goes
/// on from there, not from the top of the page. What is not drawn yet on the first frame (a
/// review still being read) is looked for again shortly, `tries` times. Whether the focus is
/// nowhere is asked once it is found: until then the focus may still be in what is going (the
/// import dialog, on the frame after its Cancel), and is lost when it goes.
pub fn focus_if_lost(selector: String, tries: u32) {
    let found = leptos::prelude::document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match found {
        Some(_) if !focus_lost() => {}
        Some(element) => {
            // A heading takes the focus only when asked for it by script.
            if element.tab_index() < 0 && !element.has_attribute("tabindex") {
                let _ = element.set_attribute("tabindex", "-1");
            }
            let _ = element.focus();
        }
        None if tries > 0 => leptos::prelude::set_timeout(
            move || focus_if_lost(selector, tries - 1),
            std::time::Duration::from_millis(100),
        ),
        None => {}
    }
}

/// A choice this window keeps until it is closed, across screens and reloads (a box ticked on a
/// screen drawn again later): in the tab's session storage, not in the review.
pub fn remembered(key: &str) -> bool {
    remembered_either(key) == Some(true)
}

/// Keeps a choice for `remembered`.
pub fn remember(key: &str, on: bool) {
    if let Some(storage) = session_storage() {
        let key = format!("tunnel:choice:{key}");
        let _ = if on {
            storage.set_item(&key, "1")
        } else {
            storage.remove_item(&key)
        };
    }
}

/// A choice between two this window keeps until it is closed, across reloads, or `None` when
/// none was made here yet (so that a default, such as the system's theme, still applies).
pub fn remembered_either(key: &str) -> Option<bool> {
    session_storage()
        .and_then(|s| s.get_item(&format!("tunnel:choice:{key}")).ok().flatten())
        .and_then(|value| match value.as_str() {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        })
}

/// Keeps a choice for `remembered_either`.
pub fn remember_either(key: &str, on: bool) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(&format!("tunnel:choice:{key}"), if on { "1" } else { "0" });
    }
}

/// A choice among several this window keeps until it is closed, across reloads (the
/// library's order), or `None` when none was made here yet.
pub fn remembered_choice(key: &str) -> Option<String> {
    session_storage().and_then(|s| s.get_item(&format!("tunnel:choice:{key}")).ok().flatten())
}

/// Keeps a choice for `remembered_choice`.
pub fn remember_choice(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(&format!("tunnel:choice:{key}"), value);
    }
}

/// Text typed in a box that adds something (a question for later, an idea to park) and not
/// added yet, kept in the tab's session storage until it is added or cleared: a reload, or
/// leaving the screen and coming back, does not lose it. Not in the review, because it is not
/// part of it yet.
#[derive(Clone, Copy)]
pub struct Draft {
    pub text: leptos::prelude::RwSignal<String>,
    key: leptos::prelude::StoredValue<String>,
}

impl Draft {
    /// The draft kept under `key` (the review's id and the box's name), or an empty one.
    pub fn new(key: String) -> Self {
        use leptos::prelude::*;
        let key = format!("tunnel:draft:{key}");
        let kept = session_storage()
            .and_then(|s| s.get_item(&key).ok().flatten())
            .unwrap_or_default();
        Draft {
            text: RwSignal::new(kept),
            key: StoredValue::new(key),
        }
    }

    pub fn set(self, text: String) {
        use leptos::prelude::*;
        if let Some(storage) = session_storage() {
            let key = self.key.get_value();
            // Storage full: the box still holds the text, as it did before drafts were kept.
            let _ = if text.is_empty() {
                storage.remove_item(&key)
            } else {
                storage.set_item(&key, &text)
            };
        }
        self.text.set(text);
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Moves keyboard focus to the first element matching a CSS selector, if there is one.
pub fn focus_first(selector: &str) {
    if let Some(element) = leptos::prelude::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// What is typed while the field it is meant for is not on the page yet (a moment's editor
/// waiting for its part after "Add moment"): the letters and Backspace are kept, not sent to
/// the button that still has the focus, until `finish` hands them over to go where the typing
/// was meant to; so is a paste. Keys typed or text pasted in a field are that field's; an input
/// method's words are not kept. Dropped, it stops keeping keys.
pub struct KeysTyped {
    text: std::rc::Rc<RefCell<String>>,
    listener: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::KeyboardEvent)>,
    paste: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::ClipboardEvent)>,
}

impl KeysTyped {
    pub fn start() -> Self {
        let text = std::rc::Rc::new(RefCell::new(String::new()));
        let kept = text.clone();
        let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
            move |ev: web_sys::KeyboardEvent| {
                // A shortcut is not a letter; AltGr (Ctrl and Alt at once on some systems) and
                // Option on a Mac type one: "@", "€" or "ł" on many keyboards.
                let shortcut =
                    ev.meta_key() || (ev.ctrl_key() && !ev.get_modifier_state("AltGraph"));
                if shortcut || ev.is_composing() || typing_in_field(&ev) {
                    return;
                }
                let key = ev.key();
                let mut chars = key.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => kept.borrow_mut().push(c),
                    _ if key == "Backspace" => drop(kept.borrow_mut().pop()),
                    // Enter, Tab, Escape, arrows: theirs as usual.
                    _ => return,
                }
                ev.prevent_default();
                ev.stop_propagation();
            },
        );
        let kept = text.clone();
        let paste = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::ClipboardEvent)>::new(
            move |ev: web_sys::ClipboardEvent| {
                if typing_in_field(&ev) {
                    return;
                }
                let Some(pasted) = ev
                    .clipboard_data()
                    .and_then(|d| d.get_data("text").ok())
                    .filter(|text| !text.is_empty())
                else {
                    return;
                };
                kept.borrow_mut().push_str(&pasted);
                ev.prevent_default();
                ev.stop_propagation();
            },
        );
        // Caught before any other listener: a letter is not a shortcut while it is kept.
        let window = leptos::prelude::window();
        let _ = window.add_event_listener_with_callback_and_bool(
            "keydown",
            listener.as_ref().unchecked_ref(),
            true,
        );
        let _ = window.add_event_listener_with_callback_and_bool(
            "paste",
            paste.as_ref().unchecked_ref(),
            true,
        );
        KeysTyped {
            text,
            listener,
            paste,
        }
    }

    /// Stops keeping keys; what was typed meanwhile.
    pub fn finish(self) -> String {
        self.text.take()
    }
}

impl Drop for KeysTyped {
    fn drop(&mut self) {
        let window = leptos::prelude::window();
        let _ = window.remove_event_listener_with_callback_and_bool(
            "keydown",
            self.listener.as_ref().unchecked_ref(),
            true,
        );
        let _ = window.remove_event_listener_with_callback_and_bool(
            "paste",
            self.paste.as_ref().unchecked_ref(),
            true,
        );
    }
}

/// Called by fields when they mount: true when the field should take the focus now.
pub fn claim_focus(id: &str) -> bool {
    PENDING_FOCUS.with(|p| {
        let mut pending = p.borrow_mut();
        if pending.as_deref() == Some(id) {
            *pending = None;
            true
        } else {
            false
        }
    })
}

fn focusable(id: &str) -> Option<web_sys::HtmlElement> {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Whether a key was pressed (or text pasted) where it types or chooses: a text field, a
/// drop-down or an editable element, where keyboard shortcuts must not steal the keys. A
/// checkbox, a radio button or a button takes no letters, so shortcuts work while one has the
/// focus.
pub fn typing_in_field(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| match e.tag_name().as_str() {
            "TEXTAREA" | "SELECT" => true,
            "INPUT" => !matches!(
                e.get_attribute("type")
                    .unwrap_or_default()
                    .to_ascii_lowercase()
                    .as_str(),
                "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "color" | "image"
            ),
            _ => e.is_content_editable(),
        })
}

/// Scrolls the element with this id into view once it is on the page: at the next frame, or
/// at a later one while what holds it is still arriving (a moment's editor, opened by a link
/// as the page loads, waits for its part), for two seconds at most, and not once the person
/// has scrolled meanwhile.
pub fn scroll_to(id: String) {
    let from = leptos::prelude::window().scroll_y().unwrap_or_default();
    scroll_when_there(id, from, js_sys::Date::now() + 2000.0);
}

fn scroll_when_there(id: String, from: f64, until: f64) {
    leptos::prelude::request_animation_frame(move || {
        if leptos::prelude::window().scroll_y().unwrap_or(from) != from {
            return;
        }
        match leptos::prelude::document().get_element_by_id(&id) {
            Some(element) => element.scroll_into_view(),
            None if js_sys::Date::now() < until => scroll_when_there(id, from, until),
            None => {}
        }
    });
}

/// Takes the keyboard focus out of the field that has it (a text box, a drop-down, an editable
/// element), so that a box that commits when left commits now. A link or a button keeps it.
pub fn leave_field() {
    if let Some(element) = leptos::prelude::document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.is_content_editable()
        })
    {
        let _ = element.blur();
    }
}

/// Changes the address fragment (which adds a history entry, so Back works).
pub fn go_to(hash: &str) {
    let _ = leptos::prelude::window().location().set_hash(hash);
}

/// Runs `work` in a task of its own once the frame being drawn now has been painted: what a
/// screen does not need for its first frame.
pub fn after_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO)
    });
}

/// False until the frame being drawn now has been painted (`after_paint`): for what a screen
/// draws only after its first frame.
pub fn painted() -> leptos::prelude::ReadSignal<bool> {
    use leptos::prelude::{RwSignal, Set};
    let painted = RwSignal::new(false);
    after_paint(move || {
        let _ = painted.try_set(true);
    });
    painted.read_only()
}

/// Runs `work` in a task of its own that waits for the page's other work: at the browser's
/// lowest priority where it has one (`scheduler.postTask`), else after the tasks already
/// queued. For long work done in slices (counting language notes over a whole review): a
/// click or a change of address goes first instead of waiting for a slice to finish.
pub fn in_background(work: impl FnOnce() + 'static) {
    let scheduler =
        Reflect::get(&leptos::prelude::window(), &"scheduler".into()).unwrap_or(JsValue::UNDEFINED);
    let options = Object::new();
    let _ = Reflect::set(&options, &"priority".into(), &"background".into());
    call_later(&scheduler, "postTask", &options, work);
}

/// Runs `work` once the browser has a moment with nothing else to do (`requestIdleCallback`),
/// or after `at_most` if it never has. For work that can wait but holds the main thread when
/// it runs, such as starting the parts of the app: unlike `in_background`, it also waits
/// while the page draws in a chain of tasks (the timeline's rows).
pub fn when_idle(at_most: std::time::Duration, work: impl FnOnce() + 'static) {
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &"timeout".into(),
        &(at_most.as_millis() as f64).into(),
    );
    call_later(
        &leptos::prelude::window(),
        "requestIdleCallback",
        &options,
        work,
    );
}

/// Hands `work` to `on.method(callback, options)`; where there is no such method (or no `on`),
/// or it refuses, `work` runs after the tasks already queued instead.
fn call_later(on: &JsValue, method: &str, options: &Object, work: impl FnOnce() + 'static) {
    let method = Reflect::get(on, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let Some(method) = method else {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
        return;
    };
    // Kept here too, so that the work still runs if the call is refused.
    let work = std::rc::Rc::new(RefCell::new(Some(work)));
    let posted = work.clone();
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(work) = posted.borrow_mut().take() {
            work();
        }
    });
    if method.call2(on, &callback, options).is_err() {
        if let Some(work) = work.borrow_mut().take() {
            leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
        }
    }
}

/// Runs `work` and records how long it took as a User Timing measure named `name`, for the
/// benchmark (`scripts/bench.mjs`) and the browser's performance panel.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return work();
    };
    let start = format!("{name}: start");
    let _ = performance.mark(&start);
    let out = work();
    let _ = performance.measure_with_start_mark(name, &start);
    out
}

/// Records a User Timing mark: a point the benchmark waits for (`scripts/bench.mjs`).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Words many elements are given at once: gathered here into one string, sent to the page in
/// one piece with where each piece ends, and cut there by `static/draw.js`. Sent one by one,
/// each string is copied out of wasm's memory and decoded on its own, which was the largest
/// single cost of drawing 2,000 timeline rows.
#[derive(Default)]
pub struct Words {
    all: String,
    /// Where each piece ends in `all`, in UTF-16 code units (JS strings' measure).
    ends: Vec<u32>,
    units: u32,
}

impl Words {
    /// Adds `text` as the next piece.
    pub fn add(&mut self, text: &str) {
        self.add_with(|all| all.push_str(text))
    }

    /// Adds a piece written by `write` (which appends to the string it is given).
    pub fn add_with(&mut self, write: impl FnOnce(&mut String)) {
        let from = self.all.len();
        write(&mut self.all);
        self.units = self.units.saturating_add(utf16_units(&self.all[from..]));
        self.ends.push(self.units);
    }

    /// The words as one string on the page's side, and where each piece ends in it.
    pub fn send(self) -> (js_sys::JsString, Vec<u32>) {
        (js_sys::JsString::from(self.all.as_str()), self.ends)
    }
}

/// The length of `text` in UTF-16 code units. Most of a review is ASCII, checked a word at
/// a time; counting character by character took 4 ms over the words of 2,000 rows.
fn utf16_units(text: &str) -> u32 {
    let units = if text.is_ascii() {
        text.len()
    } else {
        text.encode_utf16().count()
    };
    u32::try_from(units).unwrap_or(u32::MAX)
}
