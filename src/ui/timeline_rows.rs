//! The timeline's rows, written to the page by hand.
//!
//! Through the view macro each row cost about a dozen reactive nodes and a hundred calls from
//! wasm to the page, and 2,000 rows took four times as long as plain JS putting up the same
//! markup. Here a row is a copy of a prepared row of its kind (`cloneNode`) with its words put
//! in, and it follows its moment through one immediate effect that rewrites only what changed
//! (`RowNodes::write`). What every row shows besides its moment (`RowsShared`: the search's
//! words, the zone, the silences) is handed to the rows by the list, those in view first
//! (`SharedChange`). The rows made together are drawn by one call to `static/draw.js`, their
//! words sent as one string (`browser::Words`), and rows added at the end go in by one call. The
//! selection and the open editors are followed by one effect each for the whole list. Clicks
//! and keys are the list's (`row_click` and `row_key` in `timeline`), so a row has no listener
//! of its own. User text only ever goes in as text.

use super::browser::{self, IntlZones, Words};
use super::timeline::{day_and_time, TimelineView};
use crate::io::links::safe_href;
use crate::method::placement::Misplaced;
use crate::method::{gaps, kinds};
use crate::model::filter::found_in;
use crate::model::time::moment_time_label;
use crate::model::time::Instant;
use crate::model::{Evidence, EvidenceKind, Id, IdMap, MomentKind, Seen};
use crate::store::{use_store, ReviewStore};
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use leptos::tachys::view::{Mountable, Render};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

/// What a click on a row asks for (the `data-action` of what was clicked).
pub(super) const OPEN_FOR_TYPING: &str = "open";
pub(super) const TOGGLE_EDITOR: &str = "toggle";
pub(super) const SELECT_ROW: &str = "select";
pub(super) const MOVE_TO_DAY: &str = "move";

/// Everything a row shows while closed, derived from its moment.
#[derive(Clone, PartialEq, Default)]
pub(super) struct RowText {
    time: String,
    kind: MomentKind,
    description: String,
    /// Where the search's words are in the description (byte ranges).
    found: Vec<Range<usize>>,
    tags: String,
    people: String,
    gap: Option<String>,
    /// A day it most likely belongs on, when it looks misplaced: milliseconds, and the words.
    move_to: Option<(String, String)>,
    evidence: Vec<Evidence>,
}

/// What every row shows besides its own moment, derived once for the whole list. A row follows
/// only its moment and is handed this by the list (`SharedChange`). Rows that followed the signals
/// behind it made 16,000 subscriptions at 2,000 rows, and a search word typed unsubscribed and
/// resubscribed every row from each of them; rows that followed this memo were all rewritten in
/// the task of the key typed.
#[derive(PartialEq)]
struct RowsShared {
    with_date: bool,
    zone: String,
    start: Option<Instant>,
    end: Option<Instant>,
    filtered: bool,
    search_words: Vec<String>,
    /// Everyone's name as shown, in the review's order.
    names: Vec<(Id, String)>,
    gaps: HashMap<Id, i64>,
    misplaced: HashMap<Id, Misplaced>,
}

impl RowsShared {
    fn of(store: ReviewStore, view_state: TimelineView) -> RowsShared {
        let (zone, start, end) =
            store.details(|r| (r.time_zone.clone(), r.incident_start, r.incident_end));
        RowsShared {
            with_date: view_state.with_dates.get(),
            zone,
            start,
            end,
            filtered: view_state.filtered.get(),
            search_words: view_state.search_words.get(),
            names: store.people(|people| {
                people
                    .iter()
                    .map(|p| (p.id.clone(), p.display_name()))
                    .collect()
            }),
            gaps: view_state.gaps.get(),
            misplaced: view_state.misplaced.get(),
        }
    }
}

impl RowText {
    /// The row of moment `id`, depending on that moment and on what every row shares.
    fn of(store: ReviewStore, shared: &RowsShared, id: &Id) -> Option<RowText> {
        let silence = shared.gaps.get(id).copied();
        let misplaced = shared.misplaced.get(id);
        store.moment(id, |m| {
            let people = shared
                .names
                .iter()
                .filter(|(person, _)| m.people.contains(person))
                .map(|(_, name)| name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let mut tags = Vec::new();
            if m.pivot {
                tags.push("⚑ Pivot");
            }
            if shared.start.is_some_and(|start| m.at < start) {
                tags.push("Before the incident");
            }
            if shared.end.is_some_and(|end| m.at > end) {
                tags.push("After the incident ended");
            } else if misplaced.is_some() && shared.start.is_none() {
                tags.push("Far from the other moments");
            }
            RowText {
                time: moment_time_label(
                    m.at, m.precision, &shared.zone, &IntlZones, shared.with_date,
                ),
                kind: m.kind,
                description: if m.description.trim().is_empty() {
                    "(no description yet)".to_string()
                } else {
                    m.description.clone()
                },
                found: found_in(&m.description, &shared.search_words, &browser::lowercase),
                tags: tags.join(" · "),
                people,
                gap: silence.map(|ms| gaps::describe(ms, shared.filtered)),
                move_to: misplaced.map(|fix| {
                    let label = format!("Move to {}", day_and_time(fix.move_to, &shared.zone));
                    (fix.move_to.millis().to_string(), label)
                }),
                evidence: m.evidence.clone(),
            }
        })
    }

    fn select_label(&self) -> String {
        let mut label = String::new();
        self.write_select_label(&mut label);
        label
    }

    fn write_select_label(&self, into: &mut String) {
        into.push_str("Select ");
        into.push_str(&self.time);
        into.push(' ');
        into.extend(self.description.chars().take(60));
    }

    fn accessible(&self) -> String {
        let mut name = String::new();
        self.write_accessible(&mut name);
        name
    }

    fn write_accessible(&self, into: &mut String) {
        into.push_str(&self.time);
        into.push_str(", ");
        into.push_str(kinds::info(self.kind).label);
        into.push_str(": ");
        into.push_str(&self.description);
    }

    /// The parts a new row is drawn with from its batch's words; `RowNodes::write` adds the rest.
    fn common(&self) -> RowText {
        RowText {
            time: self.time.clone(),
            kind: self.kind,
            description: self.description.clone(),
            tags: self.tags.clone(),
            people: self.people.clone(),
            evidence: self.evidence.clone(),
            ..RowText::default()
        }
    }

    /// Whether the row shows more than `common` (every field named, so that a new one is
    /// weighed here).
    fn beyond_common(&self) -> bool {
        let RowText {
            time: _,
            kind: _,
            description: _,
            tags: _,
            people: _,
            evidence: _,
            found,
            gap,
            move_to,
        } = self;
        !found.is_empty() || gap.is_some() || move_to.is_some()
    }
}

impl RowText {
    /// Adds the seven words a new row is drawn with to its batch's, in the order
    /// `static/draw.js` puts them in, then its evidence's (`add_evidence`). A description with
    /// search marks is left empty: it is written with its marks by `RowNodes::write`. Returns
    /// how many lines of evidence the row has.
    fn add_to_batch(&self, id: &Id, words: &mut Words) -> u32 {
        words.add(&id.0);
        words.add_with(|into| self.write_accessible(into));
        words.add_with(|into| self.write_select_label(into));
        words.add(&self.time);
        let description = if self.found.is_empty() {
            self.description.as_str()
        } else {
            ""
        };
        words.add(description);
        words.add(&self.tags);
        words.add(&self.people);
        add_evidence(&self.evidence, words)
    }
}

/// Adds four words a line of `evidence` to `words`, in the order `static/draw.js` puts them in:
/// its kind, its words, its address if it is a link whose address is safe to open (else
/// nothing), and whether it was found afterwards. Returns how many lines there are.
fn add_evidence(evidence: &[Evidence], words: &mut Words) -> u32 {
    for evidence in evidence {
        words.add_with(|into| {
            into.push_str(evidence.kind.label());
            into.push_str(": ");
        });
        let href = safe_href(&evidence.url).filter(|_| evidence.kind == EvidenceKind::Link);
        words.add_with(|into| match evidence.kind {
            EvidenceKind::Quote => {
                into.push('\u{201c}');
                into.push_str(&evidence.text);
                into.push('\u{201d}');
            }
            _ => {
                let text = if evidence.text.trim().is_empty() {
                    &evidence.url
                } else {
                    &evidence.text
                };
                into.push_str(text);
                if href.is_none() && evidence.kind == EvidenceKind::Link && !evidence.url.is_empty()
                {
                    into.push_str(" (");
                    into.push_str(&evidence.url);
                    into.push(')');
                }
            }
        });
        words.add(href.unwrap_or_default());
        words.add(if evidence.seen == Seen::FoundAfterwards {
            " (found afterwards)"
        } else {
            ""
        });
    }
    u32::try_from(evidence.len()).unwrap_or(u32::MAX)
}

#[wasm_bindgen]
extern "C" {
    /// `static/draw.js`: copies of `templates` (one per kind, in the order of
    /// `MomentKind::ALL`), of kinds `kinds`, each with its seven pieces of `words` (which end at
    /// `ends`) put in, and its `lines[i]` lines of evidence. The rows, in order.
    #[wasm_bindgen(js_namespace = tunnelDraw, js_name = rows)]
    fn draw_rows(
        templates: &js_sys::Array,
        kinds: &[u8],
        words: &js_sys::JsString,
        ends: &[u32],
        lines: &[u32],
    ) -> js_sys::Array;

    /// `static/draw.js`: the evidence under a row, `count` lines of four pieces of `words`
    /// from piece `from`.
    #[wasm_bindgen(js_namespace = tunnelDraw, js_name = evidence)]
    fn draw_evidence(words: &js_sys::JsString, ends: &[u32], from: u32, count: u32) -> Element;
}

/// The list of moments: the rows of `shown`, in its order, drawn and kept by hand.
#[component]
pub(super) fn MomentList(
    /// How many of the moments shown (`TimelineView::visible`) are drawn: the first `drawn`,
    /// and those already on the page.
    drawn: RwSignal<usize>,
    /// The list's click listener.
    on_click: Callback<web_sys::MouseEvent>,
    /// The list's key listener.
    on_key: Callback<web_sys::KeyboardEvent>,
) -> impl IntoView {
    let store = use_store();
    let view_state = expect_context::<TimelineView>();
    let list_ref = NodeRef::<leptos::html::Ol>::new();
    // Rows and editors are created under the list's own owner, so that they find the
    // timeline's context and go when the list goes, not when an effect re-runs.
    let owner = Owner::current().unwrap_or_default();
    let rows = StoredValue::new_local(None::<Rows>);
    let shared = Memo::new(move |_| RowsShared::of(store, view_state));
    Effect::new(move |_| {
        let drawn = drawn.get();
        let Some(list) = list_ref.get() else {
            return;
        };
        let created = rows.with_value(Option::is_none);
        if created {
            let list: Element = list.into();
            rows.set_value(owner.with(|| Rows::new(list, owner.clone())));
        }
        browser::measured("tunnel: draw timeline rows", || {
            rows.update_value(|rows| {
                if let Some(rows) = rows {
                    let wanted = view_state.visible.with(|all| rows.drawn_of(all, drawn));
                    rows.show(store, shared, view_state, &wanted);
                }
            })
        });
    });
    // What every row shares changes with each key typed in the search, and every row shows
    // it: the rows in view take it at once, the others a batch a task. All 2,000 rows of the
    // benchmark's review in one task was 80 to 260 ms a key. A newer change stops the batches
    // of an older one, and a row drawn meanwhile is drawn with the newest.
    let latest = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        shared.track();
        if first.is_none() {
            return;
        }
        let this = latest.get_value() + 1;
        latest.set_value(this);
        let order = rows
            .with_value(|rows| rows.as_ref().map(Rows::in_view_first))
            .unwrap_or_default();
        let change = SharedChange {
            rows,
            store,
            shared,
            order: std::rc::Rc::new(order),
            change: this,
            latest,
        };
        untrack(|| change.reach(0, REACHED_AT_ONCE));
    });
    // The selection: only the rows whose state changed are touched.
    let ticked = StoredValue::new(HashSet::<Id>::new());
    Effect::new(move |_| {
        let now = view_state.selected.get();
        let was = ticked.get_value();
        rows.with_value(|rows| {
            if let Some(rows) = rows {
                for id in now.symmetric_difference(&was) {
                    rows.mark_selected(id, now.contains(id));
                }
            }
        });
        ticked.set_value(now);
    });
    // Open editors: mounted under their row while open, unmounted when closed.
    Effect::new(move |_| {
        let open = view_state.open.get();
        rows.update_value(|rows| {
            if let Some(rows) = rows {
                rows.follow_open(&open);
            }
        });
    });
    // The rows hold effects, arena values and mounted editors: they are let go here, before
    // the arena's own teardown, which must not be re-entered from a drop.
    on_cleanup(move || {
        let gone = rows.try_update_value(Option::take).flatten();
        drop(gone);
    });
    view! {
        <ol
            class="timeline"
            role="list"
            aria-label="Timeline"
            node_ref=list_ref
            on:click=move |ev| on_click.run(ev)
            on:keydown=move |ev| on_key.run(ev)
        ></ol>
    }
}

/// How many rows take a change to what they share at once, from just above the first in view:
/// more than a screenful.
const REACHED_AT_ONCE: usize = 100;
/// How many rows take it in each task after that: about 10 ms at 2,000 moments.
const REACHED_PER_TASK: usize = 250;

/// A change to what the rows share, on its way to the rows: those in `order` take it in that
/// order, a batch at a time, until a newer change takes over.
struct SharedChange {
    rows: StoredValue<Option<Rows>, LocalStorage>,
    store: ReviewStore,
    shared: Memo<RowsShared>,
    order: std::rc::Rc<Vec<Id>>,
    /// Which change this is, and the newest one: an older change stops.
    change: u64,
    latest: StoredValue<u64>,
}

impl SharedChange {
    /// Rewrites the rows of `order[from..from + count]`, and asks for the next batch in a task
    /// of its own.
    fn reach(self, from: usize, count: usize) {
        if self.latest.try_get_value() != Some(self.change) {
            return;
        }
        let to = from.saturating_add(count).min(self.order.len());
        let Some(ids) = self.order.get(from..to) else {
            return;
        };
        let done = self.shared.try_with_untracked(|shared| {
            self.rows.try_with_value(|rows| {
                if let Some(rows) = rows {
                    rows.refresh(self.store, shared, ids);
                }
            })
        });
        if done.flatten().is_some() && to < self.order.len() {
            set_timeout(
                move || self.reach(to, REACHED_PER_TASK),
                std::time::Duration::ZERO,
            );
        }
    }
}

/// The rows on the page, by moment.
struct Rows {
    list: Element,
    owner: Owner,
    /// A prepared, empty row per kind, in the order of `MomentKind::ALL`.
    templates: js_sys::Array,
    /// The moments of the rows on the page, in order.
    on_page: Vec<Id>,
    rows: IdMap<Id, Row>,
}

struct Row {
    /// What the row's effect found on its first run, drawn with the other new rows
    /// (`None` if the moment is gone).
    nodes: StoredValue<Option<Drawing>, LocalStorage>,
    /// Keeps the row following its moment; dropping it stops that. An immediate effect runs
    /// on the change itself and, unlike a render effect, spawns no task per row.
    _follows: ImmediateEffect,
    editor: Option<Editor>,
}

/// A row waiting for the others made with it, then on the page.
enum Drawing {
    Waiting(RowText),
    Drawn(RowNodes),
}

impl Row {
    /// The row's `li`, once it has one.
    fn li(&self) -> Option<Element> {
        self.nodes.with_value(|n| match n {
            Some(Drawing::Drawn(n)) => Some(n.li.clone()),
            _ => None,
        })
    }

    fn with_nodes(&self, f: impl FnOnce(&RowNodes)) {
        self.nodes.with_value(|n| {
            if let Some(Drawing::Drawn(n)) = n {
                f(n)
            }
        });
    }

    /// The row's words, if it is waiting to be drawn; it is then no longer waiting.
    fn take_waiting(&self) -> Option<RowText> {
        self.nodes
            .try_update_value(|n| match n.take() {
                Some(Drawing::Waiting(text)) => Some(text),
                other => {
                    *n = other;
                    None
                }
            })
            .flatten()
    }
}

impl Drop for Row {
    fn drop(&mut self) {
        self.nodes.dispose();
    }
}

/// A moment's editor mounted under its row.
struct Editor {
    state: <AnyView as Render>::State,
    owner: Owner,
}

impl Drop for Editor {
    fn drop(&mut self) {
        self.state.unmount();
        self.owner.cleanup();
    }
}

impl Rows {
    fn new(list: Element, owner: Owner) -> Option<Rows> {
        let document = list.owner_document()?;
        let templates = js_sys::Array::new();
        for &kind in MomentKind::ALL {
            templates.push(&row_template(&document, kind)?.into());
        }
        Some(Rows {
            list,
            owner,
            templates,
            on_page: Vec::new(),
            rows: IdMap::default(),
        })
    }

    /// The moments of `all` to draw now: the first `drawn`, and after them those on the page.
    fn drawn_of(&self, all: &[Id], drawn: usize) -> Vec<Id> {
        let (first, rest) = all.split_at(drawn.min(all.len()));
        let on_page = rest.iter().filter(|id| self.rows.contains_key(*id));
        first.iter().chain(on_page).cloned().collect()
    }

    /// Makes the list show the rows of `wanted`, in order: new rows are made (and drawn
    /// together), rows that are no longer wanted go, and as few rows move as keep the order
    /// right. Rows added after those on the page, as when the list grows, go in as one piece.
    fn show(
        &mut self,
        store: ReviewStore,
        shared: Memo<RowsShared>,
        view_state: TimelineView,
        wanted: &[Id],
    ) {
        let made: Vec<(Id, Row)> = wanted
            .iter()
            .filter(|id| !self.rows.contains_key(*id))
            .map(|id| {
                let row = self.owner.with(|| Row::new(store, shared, id.clone()));
                (id.clone(), row)
            })
            .collect();
        let drawn = draw_together(&made, &self.templates);
        // The new rows, when they are exactly those to add at the end: already in order.
        let at_end = &wanted[self.on_page.len().min(wanted.len())..];
        let drawn_at_end = drawn
            .filter(|(ids, _)| ids.iter().copied().eq(at_end))
            .map(|(_, rows)| rows);
        self.rows.extend(made);
        if wanted.starts_with(&self.on_page) {
            self.append(at_end, view_state, drawn_at_end);
        } else {
            self.rearrange(wanted, view_state);
        }
        self.on_page = wanted.to_vec();
    }

    /// Puts the rows of `ids` after those on the page; `drawn`, if given, holds their `li`s in
    /// order, so that they go in by one call.
    fn append(&mut self, ids: &[Id], view_state: TimelineView, drawn: Option<js_sys::Array>) {
        let (selected, open) = (
            view_state.selected.get_untracked(),
            view_state.open.get_untracked(),
        );
        let batch = drawn
            .is_none()
            .then(|| self.list.owner_document())
            .flatten()
            .map(|d| d.create_document_fragment());
        let mut with_editor = Vec::new();
        for id in ids {
            let Some(row) = self.rows.get(id) else {
                continue;
            };
            if let Some(batch) = &batch {
                let Some(li) = row.li() else {
                    continue;
                };
                let _ = batch.append_with_node_1(&li);
            }
            if selected.contains(id) {
                row.with_nodes(|nodes| nodes.mark_selected(true));
            }
            if open.contains(id) && row.editor.is_none() {
                with_editor.push(id);
            }
        }
        match (drawn, batch) {
            (Some(rows), _) => {
                let _ = self.list.append_with_node(&rows);
            }
            (None, Some(batch)) => {
                let _ = self.list.append_with_node_1(&batch);
            }
            (None, _) => {}
        }
        // Editors are mounted once their rows are on the page, where they can take the focus.
        for id in with_editor {
            if let Some(row) = self.rows.get_mut(id) {
                if let Some(li) = row.li() {
                    row.editor = Some(mount_editor(&self.owner, &li, id));
                    row.with_nodes(|nodes| nodes.mark_open(id, true));
                }
            }
        }
    }

    /// Removes the rows no longer in `wanted` and moves the others into its order.
    fn rearrange(&mut self, wanted: &[Id], view_state: TimelineView) {
        let position: HashMap<&Id, usize> =
            wanted.iter().enumerate().map(|(i, id)| (id, i)).collect();
        for id in &self.on_page {
            if !position.contains_key(id) {
                if let Some(row) = self.rows.remove(id) {
                    row.with_nodes(|nodes| nodes.li.remove());
                }
            }
        }
        let staying: Vec<&Id> = self
            .on_page
            .iter()
            .filter(|id| position.contains_key(id))
            .collect();
        let in_place: HashSet<&Id> = {
            let positions: Vec<usize> = staying.iter().map(|id| position[*id]).collect();
            kept_in_place(&positions)
                .into_iter()
                .map(|k| staying[k])
                .collect()
        };
        let (selected, open) = (
            view_state.selected.get_untracked(),
            view_state.open.get_untracked(),
        );
        // Moving a row takes the focus from whatever in it had it (a field of its open editor
        // when a new time moves it), so the focus is given back afterwards.
        let focused = (in_place.len() < staying.len())
            .then(|| self.list.owner_document()?.active_element())
            .flatten();
        // From the end, each row that is not in place goes just before the row after it.
        let mut after: Option<Element> = None;
        for id in wanted.iter().rev() {
            let Some(row) = self.rows.get_mut(id) else {
                continue;
            };
            let Some(li) = row.li() else {
                continue;
            };
            if !in_place.contains(id) {
                let _ = self.list.insert_before(&li, after.as_deref());
                if selected.contains(id) {
                    row.with_nodes(|nodes| nodes.mark_selected(true));
                }
                if open.contains(id) && row.editor.is_none() {
                    row.editor = Some(mount_editor(&self.owner, &li, id));
                    row.with_nodes(|nodes| nodes.mark_open(id, true));
                }
            }
            after = Some(li);
        }
        if let Some(focused) = focused.and_then(|f| f.dyn_into::<HtmlElement>().ok()) {
            let lost = focused.owner_document().and_then(|d| d.active_element())
                != Some(focused.clone().into());
            if lost && self.list.contains(Some(&focused)) {
                let _ = focused.focus();
            }
        }
    }

    /// The rows on the page from just above the first in view to the end, then those before.
    fn in_view_first(&self) -> Vec<Id> {
        // Rows are stacked in their order, so those wholly above the view come first.
        let above = self.on_page.partition_point(|id| {
            self.rows
                .get(id)
                .and_then(Row::li)
                .is_some_and(|li| li.get_bounding_client_rect().bottom() < 0.0)
        });
        let start = above.saturating_sub(REACHED_AT_ONCE / 10);
        let (before, from) = self.on_page.split_at(start);
        from.iter().chain(before).cloned().collect()
    }

    /// Rewrites the rows of `ids` with what they share now.
    fn refresh(&self, store: ReviewStore, shared: &RowsShared, ids: &[Id]) {
        for id in ids {
            if let Some(row) = self.rows.get(id) {
                row.show(RowText::of(store, shared, id));
            }
        }
    }

    fn mark_selected(&self, id: &Id, selected: bool) {
        if let Some(row) = self.rows.get(id) {
            row.with_nodes(|nodes| nodes.mark_selected(selected));
        }
    }

    /// Mounts the editors of the rows in `open` and unmounts the others.
    fn follow_open(&mut self, open: &HashSet<Id>) {
        let owner = self.owner.clone();
        for (id, row) in self.rows.iter_mut() {
            let wanted = open.contains(id);
            if wanted == row.editor.is_some() {
                continue;
            }
            if wanted {
                if let Some(li) = row.li() {
                    row.editor = Some(mount_editor(&owner, &li, id));
                    row.with_nodes(|nodes| nodes.mark_open(id, true));
                }
            } else {
                row.editor = None;
                row.with_nodes(|nodes| nodes.mark_open(id, false));
            }
        }
    }
}

/// Mounts moment `id`'s editor at the end of its row, under a child of `owner` (so that it
/// finds the timeline's context).
fn mount_editor(owner: &Owner, li: &Element, id: &Id) -> Editor {
    let owner = owner.child();
    let editor_id = editor_dom_id(id);
    let id = id.clone();
    let mut state = owner.with(|| super::parts::editor_part(id, editor_id).build());
    state.mount(li, None);
    Editor { state, owner }
}

fn editor_dom_id(id: &Id) -> String {
    format!("moment-editor-{id}")
}

impl Row {
    /// A row following moment `id`. What the rows share reaches it through `Rows::refresh`.
    fn new(store: ReviewStore, shared: Memo<RowsShared>, id: Id) -> Row {
        let nodes = StoredValue::new_local(None::<Drawing>);
        let follows = ImmediateEffect::new(move || {
            let text = shared.with_untracked(|shared| RowText::of(store, shared, &id));
            show(nodes, text);
        });
        Row {
            nodes,
            _follows: follows,
            editor: None,
        }
    }

    fn show(&self, text: Option<RowText>) {
        show(self.nodes, text);
    }
}

/// Writes `text` into the row, or keeps it for when the row is drawn; `None` (the moment is
/// gone) leaves the row as it is.
fn show(nodes: StoredValue<Option<Drawing>, LocalStorage>, text: Option<RowText>) {
    let Some(text) = text else {
        return;
    };
    nodes.update_value(|state| match state {
        Some(Drawing::Drawn(row)) => row.write(text),
        _ => *state = Some(Drawing::Waiting(text)),
    });
}

/// Draws the rows of `made` that wait, in one call to the page (`static/draw.js`); returns
/// which were drawn and their `li`s, in the same order.
fn draw_together<'a>(
    made: &'a [(Id, Row)],
    templates: &js_sys::Array,
) -> Option<(Vec<&'a Id>, js_sys::Array)> {
    let mut words = Words::default();
    let mut places = Vec::new();
    let mut lines = Vec::new();
    let waiting: Vec<(&Id, &Row, RowText)> = made
        .iter()
        .filter_map(|(id, row)| {
            let text = row.take_waiting()?;
            places.push(kinds::place(text.kind));
            lines.push(text.add_to_batch(id, &mut words));
            Some((id, row, text))
        })
        .collect();
    if waiting.is_empty() {
        return None;
    }
    let (words, ends) = words.send();
    let drawn = draw_rows(templates, &places, &words, &ends, &lines);
    let mut ids = Vec::with_capacity(waiting.len());
    for (at, (id, row, text)) in (0..).zip(waiting) {
        let li: Element = drawn.get(at).unchecked_into();
        row.nodes
            .set_value(Some(Drawing::Drawn(RowNodes::new(li, text))));
        ids.push(id);
    }
    Some((ids, drawn))
}

/// A row on the page, and what it shows now.
struct RowNodes {
    li: Element,
    gap: Option<Element>,
    move_to: Option<Element>,
    written: RowText,
}

/// The parts of a row that change, found when one does (keeping them all for every row was
/// nine handles a row, fetched from the page as each row was made).
struct RowParts {
    select: HtmlInputElement,
    time: Element,
    badge: Element,
    description: Element,
    tags: Element,
    people: Element,
}

impl RowParts {
    /// The parts of row `li`, by their place in the prepared row (`row_template`).
    fn of(li: &Element) -> Option<RowParts> {
        let summary = summary_of(li)?;
        let select = summary.first_element_child()?;
        let time = select.next_element_sibling()?;
        let badge = time.next_element_sibling()?;
        let description = badge.next_element_sibling()?;
        let tags = description.next_element_sibling()?;
        // A "move to" button may stand between the tags and the people.
        let people = summary.query_selector(":scope > .moment-people").ok()??;
        Some(RowParts {
            select: select.unchecked_into(),
            time,
            badge,
            description,
            tags,
            people,
        })
    }
}

/// Row `li`'s line of summary: its first child, unless a silence stands before it.
fn summary_of(li: &Element) -> Option<Element> {
    let first = li.first_element_child()?;
    if first.class_name() == "moment-summary" {
        Some(first)
    } else {
        first.next_element_sibling()
    }
}

impl RowNodes {
    /// Row `li`, drawn by `static/draw.js` with `text`'s common words; writes the rest.
    fn new(li: Element, text: RowText) -> RowNodes {
        if !text.beyond_common() {
            // Most rows: nothing but the common words, and no copy of them made.
            return RowNodes {
                li,
                gap: None,
                move_to: None,
                written: text,
            };
        }
        let mut row = RowNodes {
            li,
            gap: None,
            move_to: None,
            written: text.common(),
        };
        // Writes what the common words left out (marks, silence, move).
        row.write(text);
        row
    }

    /// Shows `text`, changing only what differs from what the row shows now.
    fn write(&mut self, text: RowText) {
        let was = &self.written;
        if *was == text {
            return;
        }
        // The document only for what is rare in a row (marks, silences, moves).
        let document = leptos::prelude::document;
        if was.gap != text.gap {
            match (&self.gap, &text.gap) {
                (Some(p), Some(gap)) => p.set_text_content(Some(gap)),
                (Some(p), None) => {
                    p.remove();
                    self.gap = None;
                }
                (None, Some(gap)) => {
                    if let Some(p) = element(&document(), "p", "gap", gap) {
                        let _ = self.li.prepend_with_node_1(&p);
                        self.gap = Some(p);
                    }
                }
                (None, None) => {}
            }
        }
        let found = std::cell::OnceCell::new();
        let parts = || found.get_or_init(|| RowParts::of(&self.li)).as_ref();
        if was.time != text.time {
            if let Some(parts) = parts() {
                parts.time.set_text_content(Some(&text.time));
            }
        }
        if was.kind != text.kind {
            let info = kinds::info(text.kind);
            if let Some(badge) = parts().map(|p| &p.badge) {
                badge.set_class_name(&format!("kind kind-{}", info.class));
                if let Some(symbol) = badge.first_element_child() {
                    symbol.set_text_content(Some(info.symbol));
                    if let Some(label) = symbol.next_element_sibling() {
                        label.set_text_content(Some(info.label));
                    }
                }
            }
        }
        if was.description != text.description || was.found != text.found {
            if let Some(parts) = parts() {
                write_marked(&parts.description, &text.description, &text.found);
            }
        }
        if was.tags != text.tags {
            if let Some(parts) = parts() {
                parts.tags.set_text_content(Some(&text.tags));
            }
        }
        if was.people != text.people {
            if let Some(parts) = parts() {
                parts.people.set_text_content(Some(&text.people));
            }
        }
        if was.move_to != text.move_to {
            if let Some(button) = self.move_to.take() {
                button.remove();
            }
            if let (Some((to, label)), Some(parts)) = (&text.move_to, parts()) {
                if let Some(button) = element(&document(), "button", "misplaced", label) {
                    let _ = button.set_attribute("type", "button");
                    let _ = button.set_attribute("data-action", MOVE_TO_DAY);
                    let _ = button.set_attribute("data-to", to);
                    let _ = parts.people.before_with_node_1(&button);
                    self.move_to = Some(button);
                }
            }
        }
        if was.evidence != text.evidence {
            // Only the summary, not every part: the evidence follows it.
            if let Some(summary) = summary_of(&self.li) {
                if let Some(old) = evidence_after(&summary) {
                    old.remove();
                }
                if !text.evidence.is_empty() {
                    let _ = summary.after_with_node_1(&evidence_list(&text.evidence));
                }
            }
        }
        // The names follow the time, kind and words only; comparing them as words would spell
        // out the old ones on every change.
        let named = was.time != text.time || was.description != text.description;
        if named || was.kind != text.kind {
            let _ = self.li.set_attribute("aria-label", &text.accessible());
        }
        if let (true, Some(parts)) = (named, parts()) {
            let _ = parts
                .select
                .set_attribute("aria-label", &text.select_label());
        }
        self.written = text;
    }

    fn mark_selected(&self, selected: bool) {
        self.li.set_class_name(if selected {
            "moment selected"
        } else {
            "moment"
        });
        if let Some(select) = summary_of(&self.li).and_then(|s| s.first_element_child()) {
            select
                .unchecked_into::<HtmlInputElement>()
                .set_checked(selected);
        }
    }

    /// Shows whether the row's editor is open. The button names the editor it controls only
    /// while there is one.
    fn mark_open(&self, id: &Id, open: bool) {
        // The button to open the editor ends the row's summary (`row_template`).
        let Some(toggle) = summary_of(&self.li).and_then(|s| s.last_element_child()) else {
            return;
        };
        let _ = if open {
            toggle.set_attribute("aria-controls", &editor_dom_id(id))
        } else {
            toggle.remove_attribute("aria-controls")
        };
        let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
        toggle.set_text_content(Some(if open { "Done" } else { "Edit" }));
    }
}

/// The empty row of one kind that every row of that kind is copied from. `static/draw.js` and
/// `RowParts::of` find its parts by their order: keep the three in step.
fn row_template(document: &Document, kind: MomentKind) -> Option<Element> {
    let info = kinds::info(kind);
    let li = element(document, "li", "moment", "")?;
    let summary = element(document, "div", "moment-summary", "")?;
    let select = element(document, "input", "row-select", "")?;
    select.set_attribute("type", "checkbox").ok()?;
    select.set_attribute("data-action", SELECT_ROW).ok()?;
    // The row's selection is the app's, not the browser's to restore. Without this the browser
    // saves the state of every row's box on each change of address (about 15 ms at 2,000 rows,
    // paid by every switch away from the Timeline).
    select.set_attribute("autocomplete", "off").ok()?;
    let badge = element(document, "span", &format!("kind kind-{}", info.class), "")?;
    let symbol = element(document, "span", "kind-symbol", info.symbol)?;
    symbol.set_attribute("aria-hidden", "true").ok()?;
    let label = element(document, "span", "kind-label", info.label)?;
    badge.append_with_node_2(&symbol, &label).ok()?;
    let description = element(document, "span", "moment-description", "")?;
    description
        .set_attribute("data-action", OPEN_FOR_TYPING)
        .ok()?;
    let toggle = element(document, "button", "quiet", "Edit")?;
    toggle.set_attribute("type", "button").ok()?;
    toggle.set_attribute("data-action", TOGGLE_EDITOR).ok()?;
    toggle.set_attribute("aria-expanded", "false").ok()?;
    let time = element(document, "time", "moment-time", "")?;
    let tags = element(document, "span", "moment-tags", "")?;
    let people = element(document, "span", "moment-people", "")?;
    for part in [
        &select, &time, &badge, &description, &tags, &people, &toggle,
    ] {
        summary.append_with_node_1(part).ok()?;
    }
    li.append_with_node_1(&summary).ok()?;
    Some(li)
}

/// A new `tag` element of class `class` holding `text` (as text).
fn element(document: &Document, tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    element.set_class_name(class);
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    Some(element)
}

/// Writes `text` into `into`, with the ranges `found` marked (search matches).
fn write_marked(into: &Element, text: &str, found: &[Range<usize>]) {
    into.set_text_content(Some(if found.is_empty() { text } else { "" }));
    if found.is_empty() {
        return;
    }
    let document = leptos::prelude::document();
    let mut at = 0;
    for range in found {
        let (Some(before), Some(word)) = (text.get(at..range.start), text.get(range.clone()))
        else {
            // A range that does not fit the text: show the text unmarked rather than a part.
            into.set_text_content(Some(text));
            return;
        };
        let _ = into.append_with_str_1(before);
        if let Some(mark) = element(&document, "mark", "", word) {
            let _ = into.append_with_node_1(&mark);
        }
        at = range.end;
    }
    let _ = into.append_with_str_1(text.get(at..).unwrap_or_default());
}

/// The evidence shown under a row, drawn by `static/draw.js` as a new row's is: links open
/// only when their address is safe (`add_evidence`).
fn evidence_list(evidence: &[Evidence]) -> Element {
    let mut words = Words::default();
    let count = add_evidence(evidence, &mut words);
    let (words, ends) = words.send();
    draw_evidence(&words, &ends, 0, count)
}

/// The evidence under a row, which follows the row's `summary` when there is any.
fn evidence_after(summary: &Element) -> Option<Element> {
    summary
        .next_element_sibling()
        .filter(|next| next.class_name() == "moment-evidence")
}

/// Which of the rows that stay, at these new `positions` (in their order on the page), can stay
/// where they are: a longest run whose positions increase. Every other row is moved, so a
/// moment whose time changes moves one row, not every row between its old and new places.
pub fn kept_in_place(positions: &[usize]) -> Vec<usize> {
    // `ends[k]`: the index of the smallest last position of an increasing run of length k + 1.
    let mut ends: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; positions.len()];
    for (i, &p) in positions.iter().enumerate() {
        let k = ends.partition_point(|&e| positions[e] < p);
        before[i] = k.checked_sub(1).map(|k| ends[k]);
        if k == ends.len() {
            ends.push(i);
        } else {
            ends[k] = i;
        }
    }
    let mut kept = Vec::with_capacity(ends.len());
    let mut at = ends.last().copied();
    while let Some(i) = at {
        kept.push(i);
        at = before[i];
    }
    kept.reverse();
    kept
}
