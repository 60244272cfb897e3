//! The picture of the incident on the page (`method::picture` places everything). On the
//! timeline each mark is focusable (arrow keys move between them, Enter opens the moment) and
//! the picture zooms and pans; in the report preview and on the shared screen it is a still
//! image. The shared screen passes a source built from its `RoomView`, so no later moment
//! can be drawn there whatever is pressed.

use super::browser::{IntlZones, Words};
use super::widgets::Button;
use crate::method::kinds;
use crate::method::picture::frame::*;
use crate::method::picture::{self, Picture, Scene, Span, LABELS, RIGHT, TOP, WIDTH};
use crate::model::{Id, MomentKind};
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

/// `on_open`: what Enter or a click on a mark does; without it the picture is a still image.
#[component]
pub fn IncidentPicture(
    #[prop(into)] source: Signal<Scene>,
    #[prop(optional)] on_open: Option<Callback<Id>>,
) -> impl IntoView {
    let range = RwSignal::new(None::<Span>);
    let whole = Memo::new(move |_| source.with(Scene::span));
    let drawn = Memo::new(move |_| source.with(|s| picture::layout(s, range.get(), &IntlZones)));
    let change = move |to: &dyn Fn(Span, Span) -> Span| {
        if let Some(whole) = whole.get_untracked() {
            let now = range.get_untracked().unwrap_or(whole);
            let next = to(now, whole);
            range.set((next != whole).then_some(next));
        }
    };
    let zoom_in = move || change(&|r, w| picture::zoom(r, 0.5, w));
    let zoom_out = move || change(&|r, w| picture::zoom(r, 2.0, w));
    // A focusable picture's marks go into their group once it is on the page (`draw_marks`);
    // a new drawing brings a new group.
    let marks = NodeRef::<leptos::svg::G>::new();
    Effect::new(move |_| {
        if let Some(group) = marks.get() {
            drawn.with_untracked(|p| draw_marks(&group, p));
        }
    });
    let Some(on_open) = on_open else {
        return view! {
            <figure class="picture">
                {move || drawn.with(|p| drawing(p, None))}
                <Legend/>
            </figure>
        }
        .into_any();
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let Some(mark) = mark_of(ev.target()) else {
            return;
        };
        let index: usize = mark
            .get_attribute("data-index")
            .and_then(|i| i.parse().ok())
            .unwrap_or(0);
        let count = drawn.with_untracked(|p| p.marks.len());
        let target = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Some((index + 1).min(count.saturating_sub(1))),
            "ArrowLeft" | "ArrowUp" => Some(index.saturating_sub(1)),
            "Home" => Some(0),
            "End" => Some(count.saturating_sub(1)),
            "Enter" | " " => {
                if let Some(id) = drawn.with_untracked(|p| p.marks.get(index).map(|m| m.id.clone()))
                {
                    on_open.run(id);
                }
                None
            }
            "+" | "=" | "-" => {
                // Zoom on the mark in focus, and keep the focus on it once drawn again.
                let factor = if ev.key() == "-" { 2.0 } else { 0.5 };
                let Some(mark) = drawn.with_untracked(|p| p.marks.get(index).cloned()) else {
                    return;
                };
                change(&|r, w| picture::zoom_at(r, factor, mark.at, w));
                let host = ev
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                request_animation_frame(move || {
                    let now =
                        drawn.with_untracked(|p| p.marks.iter().position(|m| m.id == mark.id));
                    if let (Some(host), Some(now)) = (host, now) {
                        move_focus(&host, 0, now);
                    }
                });
                None
            }
            _ => return,
        };
        ev.prevent_default();
        let host = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let (Some(target), Some(host)) = (target, host) {
            move_focus(&host, index, target);
        }
    };
    // The mark under the pointer or the focus, named in words under the picture (the marks
    // carry no tooltips: one element each keeps 2,000 of them quick to draw).
    let pointed = RwSignal::new(String::new());
    let point = move |target: Option<web_sys::EventTarget>| {
        if let Some(name) = mark_of(target).and_then(|m| m.get_attribute("aria-label")) {
            pointed.set(name);
        }
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        let index = mark_of(ev.target())
            .and_then(|m| m.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(id) =
            index.and_then(|i| drawn.with_untracked(|p| p.marks.get(i).map(|m| m.id.clone())))
        {
            on_open.run(id);
        }
    };
    let hidden = move || {
        drawn.with(|p| match p.hidden {
            (0, 0) => String::new(),
            (before, after) => {
                format!("{before} moments earlier and {after} later are outside the view.")
            }
        })
    };
    view! {
        <figure class="picture" aria-label="Incident picture">
            <div class="picture-tools" role="group" aria-label="Picture view">
                <Button on_click=move |_| zoom_in() label="Zoom in"/>
                <Button on_click=move |_| zoom_out() label="Zoom out"/>
                <Button on_click=move |_| change(&|r, w| picture::pan(r, -0.5, w)) label="Earlier"/>
                <Button on_click=move |_| change(&|r, w| picture::pan(r, 0.5, w)) label="Later"/>
                <Button on_click=move |_| range.set(None) label="Whole incident"/>
                <span class="hint" aria-live="polite">{hidden}</span>
            </div>
            <div on:keydown=keys on:click=click on:mouseover=move |ev| point(ev.target())
                on:focusin=move |ev| point(ev.target())
            >
                {move || drawn.with(|p| drawing(p, Some(marks)))}
            </div>
            <p class="picture-pointed">{move || pointed.get()}</p>
            <figcaption class="hint">
                "Each person has a lane. Tab to the picture, then the arrow keys move between moments, "
                "Enter opens one, + and - zoom."
            </figcaption>
            <Legend/>
        </figure>
    }
    .into_any()
}

fn mark_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-index]")
        .ok()
        .flatten()
}

/// Roving focus: one mark is in the tab order at a time, so the picture is one tab stop.
fn move_focus(host: &web_sys::Element, from: usize, to: usize) {
    let find = |i: usize| {
        host.query_selector(&format!("[data-index=\"{i}\"]"))
            .ok()
            .flatten()
    };
    if let (Some(old), Some(new)) = (find(from), find(to)) {
        let _ = old.set_attribute("tabindex", "-1");
        let _ = new.set_attribute("tabindex", "0");
        if let Ok(new) = new.dyn_into::<web_sys::SvgElement>() {
            let _ = new.focus();
        }
    }
}

/// The picture as SVG elements. With `focusable`, the marks are to be buttons in one roving tab
/// stop, and their group is left empty for `draw_marks`; else they are a still image's, one
/// path for all those that look alike (`picture::still_marks`).
fn drawing(p: &Picture, focusable: Option<NodeRef<leptos::svg::G>>) -> impl IntoView {
    let bottom = p.bottom();
    let lane_height = bottom - TOP;
    let view_box = format!("0 0 {WIDTH} {}", p.height);
    let incident = p.incident.clone().map(|band| {
        view! {
            <rect class="pic-incident" x=band.x y=TOP width=band.width height=lane_height/>
            <text class="pic-band-label" x=band.x + LABEL_DX y=BAND_LABEL_Y>{band.label}</text>
        }
    });
    let silences = p
        .silences
        .iter()
        .map(|b| view! { <rect class="pic-silence" x=b.x y=TOP width=b.width height=lane_height><title>{format!("{} silent", b.label)}</title></rect> })
        .collect_view();
    let impact = p
        .impact
        .iter()
        .enumerate()
        .map(|(i, b)| view! { <rect class=picture::impact_class(i) x=b.x y=IMPACT_Y width=b.width height=IMPACT_HEIGHT><title>{format!("Impact: {}", b.label)}</title></rect> })
        .collect_view();
    let lanes = p
        .lanes
        .iter()
        .map(|l| {
            view! {
                <line class="pic-lane" x1=LABELS x2=WIDTH - RIGHT y1=l.y y2=l.y/>
                <text class="pic-lane-name" x=LANE_NAME_X y=l.y + LANE_NAME_DY>{l.name.clone()}</text>
            }
        })
        .collect_view();
    let days = p
        .days
        .iter()
        .map(|d| {
            let (label_x, class) = d.day_label();
            view! {
                <line class="pic-day" x1=d.x x2=d.x y1=TOP y2=bottom + DAY_LABEL_DY/>
                <text class=class x=label_x y=bottom + DAY_LABEL_DY>{d.label.clone()}</text>
            }
        })
        .collect_view();
    let pivots = p
        .pivots
        .iter()
        .map(|&x| view! { <line class="pic-pivot" x1=x x2=x y1=TOP y2=bottom/> })
        .collect_view();
    let ticks = p
        .ticks
        .iter()
        .map(|t| {
            view! {
                <line class="pic-tick" x1=t.x x2=t.x y1=bottom y2=bottom + TICK/>
                <text class="pic-tick-label" x=t.x y=bottom + TICK_LABEL_DY>{t.label.clone()}</text>
            }
        })
        .collect_view();
    // The lines joining a moment to the other people in it, and their dots: two paths in all,
    // not two elements per moment.
    let (mut with_lines, mut with_dots) = (String::new(), String::new());
    for m in &p.marks {
        for y in &m.also {
            with_lines.push_str(&format!("M{} {}V{y}", m.x, m.y));
            with_dots.push_str(&format!(
                "M{} {y}m-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0",
                m.x
            ));
        }
    }
    let with = (!with_lines.is_empty()).then(|| {
        view! {
            <path class="pic-with" d=with_lines/>
            <path class="pic-also" d=with_dots/>
        }
    });
    let (role, label) = if focusable.is_some() {
        ("group", "Moments")
    } else {
        ("img", "Incident picture")
    };
    let marks = match focusable {
        Some(marks) => view! { <g class="pic-marks" node_ref=marks></g> }.into_any(),
        None => {
            let still = picture::still_marks(p)
                .into_iter()
                .map(|(class, d)| view! { <path class=class d=d/> })
                .collect_view();
            view! { <g class="pic-marks">{still}</g> }.into_any()
        }
    };
    view! {
        <svg class="incident-picture" viewBox=view_box role=role aria-label=label>
            {incident}
            {silences}
            {impact}
            {lanes}
            {days}
            {pivots}
            {ticks}
            {with}
            {marks}
        </svg>
    }
}

/// The marks of `p`, one `<path>` each, into `group`: buttons named by their moment. Through
/// the view macro each mark was an element and seven attributes built one call at a time,
/// most of the picture's cost at 2,000 moments: here each is a copy of a prepared mark of its
/// kind, given its place and name (as text, never markup), all by one call to
/// `static/draw.js`.
fn draw_marks(group: &web_sys::Element, p: &Picture) {
    const SVG: Option<&str> = Some("http://www.w3.org/2000/svg");
    let Some(document) = group.owner_document() else {
        return;
    };
    let prepared = |kind: MomentKind| -> Option<web_sys::Element> {
        let mark = document.create_element_ns(SVG, "path").ok()?;
        mark.set_attribute("class", &picture::kind_class(kind))
            .ok()?;
        mark.set_attribute("d", picture::shape(kind)).ok()?;
        mark.set_attribute("role", "button").ok()?;
        mark.set_attribute("tabindex", "-1").ok()?;
        Some(mark)
    };
    let templates = js_sys::Array::new();
    for &kind in MomentKind::ALL {
        let Some(mark) = prepared(kind) else {
            return;
        };
        templates.push(&mark);
    }
    let mut words = Words::default();
    let places: Vec<u8> = p
        .marks
        .iter()
        .map(|m| {
            words.add_with(|all| {
                let _ = write!(all, "translate({} {})", m.x, m.y);
            });
            words.add(&m.name);
            words.add(&if m.pivot {
                picture::mark_class(m)
            } else {
                String::new()
            });
            kinds::place(m.kind)
        })
        .collect();
    let (words, ends) = words.send();
    draw_marks_on_page(group, &templates, &places, &words, &ends);
}

#[wasm_bindgen]
extern "C" {
    /// `static/draw.js`: the marks of kinds `kinds` (indexes in `templates`, one prepared mark
    /// per kind in the order of `MomentKind::ALL`) in place of what `group` held, each with
    /// three pieces of `words` (which end at `ends`): its place (a transform), its name, and
    /// its classes if they are not its kind's (else empty). Each gets the name as its own,
    /// its index as `data-index`, and the first the tab stop.
    #[wasm_bindgen(js_namespace = tunnelDraw, js_name = marks)]
    fn draw_marks_on_page(
        group: &web_sys::Element,
        templates: &js_sys::Array,
        kinds: &[u8],
        words: &js_sys::JsString,
        ends: &[u32],
    );
}

/// Each kind's shape beside its name: the shapes, not the colours, carry the kinds.
#[component]
fn Legend() -> impl IntoView {
    view! {
        <ul class="picture-legend" role="list" aria-label="Shapes">
            {MomentKind::ALL
                .iter()
                .map(|&kind| {
                    let class = picture::kind_class(kind);
                    view! {
                        <li>
                            <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
                                <path class=class d=picture::shape(kind)/>
                            </svg>
                            " "
                            {kind.label()}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
