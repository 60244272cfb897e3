//! The picture of the incident: where each moment, person and period goes in a drawing.
//!
//! One lane per person, time running left to right, each moment a mark whose shape says its
//! kind, pivots as lines across the lanes, the incident's window and its impact changes as
//! bands, and the silences that stand out shaded. This module only places things; the timeline
//! draws them with Leptos, the HTML report writes them as static SVG ([`svg`]), and the shared
//! screen draws what the hindsight rule lets it have (built from a `RoomView`, so nothing later
//! than the current moment is ever an input).

use super::gaps;
use super::hindsight::RoomView;
use crate::model::time::{to_local, Date, Instant, ZoneOffsets};
use crate::model::{Id, MomentKind, Review};

/// The drawing's width in its own units; it scales to the page. Whole units are fine enough
/// for a drawing about as wide as the screen, and keep float formatting out of the wasm.
pub const WIDTH: i32 = 1000;
/// Room on the left for the lanes' names.
pub const LABELS: i32 = 130;
pub const RIGHT: i32 = 12;
pub const TOP: i32 = 34;
const LANE: i32 = 30;
pub const AXIS: i32 = 30;

/// Where the drawings' labels and strips sit, so that the page and the report draw the same.
pub mod frame {
    use super::{LABELS, TOP};
    /// The "Incident" label, above the lanes.
    pub const BAND_LABEL_Y: i32 = TOP - 22;
    /// The impact strip, just above the lanes.
    pub const IMPACT_Y: i32 = TOP - 12;
    pub const IMPACT_HEIGHT: i32 = 10;
    /// Lane names end here, right-aligned, a little below their line.
    pub const LANE_NAME_X: i32 = LABELS - 6;
    pub const LANE_NAME_DY: i32 = 4;
    /// Below the lanes: a tick's length, its label, and a day's label.
    pub const TICK: i32 = 4;
    pub const TICK_LABEL_DY: i32 = 15;
    pub const DAY_LABEL_DY: i32 = 26;
    /// Labels that start at a line sit this far to its right.
    pub const LABEL_DX: i32 = 3;
}
/// The fewest milliseconds a picture spans (a review with one moment still gets an axis).
const MIN_SPAN_MS: i64 = 10 * 60 * 1000;

/// A stretch of time drawn, in milliseconds: from, to.
pub type Span = (i64, i64);

/// One moment as the picture needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureMoment {
    pub id: Id,
    pub at: Instant,
    pub kind: MomentKind,
    pub description: String,
    /// The names of the people in it; its mark goes in the first one's lane.
    pub people: Vec<String>,
    pub pivot: bool,
}

/// What a picture is drawn from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scene {
    pub moments: Vec<PictureMoment>,
    pub people: Vec<String>,
    pub start: Option<Instant>,
    pub end: Option<Instant>,
    pub time_zone: String,
}

impl Scene {
    /// The whole review, for the timeline and the report.
    pub fn of_review(review: &Review) -> Scene {
        let name = |id: &Id| review.person(id).map(|p| p.display_name());
        let moments = review
            .timeline_order()
            .into_iter()
            .map(|i| {
                let m = &review.moments[i];
                PictureMoment {
                    id: m.id.clone(),
                    at: m.at,
                    kind: m.kind,
                    description: m.description.clone(),
                    people: m.people.iter().filter_map(name).collect(),
                    pivot: m.pivot,
                }
            })
            .collect();
        Scene {
            moments,
            people: review.people.iter().map(|p| p.display_name()).collect(),
            start: review.incident_start,
            end: review.incident_end,
            time_zone: review.time_zone.clone(),
        }
    }

    /// What the shared screen may show: the moments up to the current one and nothing else:
    /// not the incident's end, not a later impact change.
    pub fn of_room(room: &RoomView) -> Scene {
        let moments: Vec<PictureMoment> = room
            .earlier
            .iter()
            .chain(room.current.as_ref())
            .map(|m| PictureMoment {
                id: m.id.clone(),
                at: m.at,
                kind: m.kind,
                description: m.description.clone(),
                people: m.people.clone(),
                pivot: m.pivot,
            })
            .collect();
        let mut people: Vec<String> = Vec::new();
        for name in moments.iter().flat_map(|m| &m.people) {
            if !people.contains(name) {
                people.push(name.clone());
            }
        }
        Scene {
            moments,
            people,
            start: None,
            end: None,
            time_zone: room.time_zone.clone(),
        }
    }

    /// The time the whole picture spans: the incident's window and every moment.
    pub fn span(&self) -> Option<Span> {
        let times = self
            .moments
            .iter()
            .map(|m| m.at)
            .chain(self.start)
            .chain(self.end)
            .map(Instant::millis);
        let (mut from, mut to) = (i64::MAX, i64::MIN);
        for t in times {
            from = from.min(t);
            to = to.max(t);
        }
        if from > to {
            return None;
        }
        let pad = ((to - from) / 40).max(60_000);
        let (from, to) = (from - pad, to + pad);
        let short = MIN_SPAN_MS - (to - from);
        Some(if short > 0 {
            (from - short / 2, to + short - short / 2)
        } else {
            (from, to)
        })
    }
}

/// A mark's shape: each kind its own, so kinds never differ by colour alone.
///
/// Paths around (0, 0), about 12 units across, in relative commands: on their own they are
/// drawn around (0, 0), and after `M x,y` around (x, y), so the marks of a still picture can
/// share a path ([`still_marks`]).
pub fn shape(kind: MomentKind) -> &'static str {
    match kind {
        MomentKind::OrdinaryWork => "m-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0",
        MomentKind::Signal => "m0,-7l7,12h-14z",
        MomentKind::Observation => "m-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0",
        MomentKind::Hypothesis => "m0,-7l7,7l-7,7l-7,-7zm0,4l3,3l-3,3l-3,-3z",
        MomentKind::Decision => "m0,-7l7,7l-7,7l-7,-7z",
        MomentKind::Action => "m-5,-7l12,7l-12,7z",
        MomentKind::Communication => "m-6,-5h12v10h-12z",
        MomentKind::Handoff => "m-7,-6l7,6l-7,6zm14,0l-7,6l7,6z",
        MomentKind::External => "m-6,0l3,-6h6l3,6l-3,6h-6z",
        MomentKind::ImpactChange => "m-2,-7h6l-3,6h4l-8,8l2,-6h-4z",
    }
}

/// The marks of a picture nobody points at (the shared screen, the report's preview): one path
/// for all the marks that look alike (`mark_class`), as `(class, d)`. An element per mark,
/// each with its tooltip, made the shared screen style and lay out some 4,000 elements at
/// every step of a walk at 2,000 moments. The paths go in the order of their latest marks, so
/// that the latest moment (on the shared screen, the one at hand) is drawn over the others.
pub fn still_marks(picture: &Picture) -> Vec<(String, String)> {
    use std::fmt::Write;
    // Each look, with the index of its latest mark.
    let mut looks: Vec<((MomentKind, bool), String, String, usize)> = Vec::new();
    for (index, mark) in picture.marks.iter().enumerate() {
        let look = (mark.kind, mark.pivot);
        let at = match looks.iter().position(|(l, ..)| *l == look) {
            Some(at) => at,
            None => {
                looks.push((look, mark_class(mark), String::new(), index));
                looks.len() - 1
            }
        };
        let _ = write!(looks[at].2, "M{},{}{}", mark.x, mark.y, shape(mark.kind));
        looks[at].3 = index;
    }
    looks.sort_by_key(|look| look.3);
    looks
        .into_iter()
        .map(|(_, class, d, _)| (class, d))
        .collect()
}

/// Whether a kind's shape is drawn as an outline (the rest are filled).
pub fn hollow(kind: MomentKind) -> bool {
    matches!(kind, MomentKind::OrdinaryWork | MomentKind::Hypothesis)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub name: String,
    pub y: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: i32,
    pub label: String,
    /// The label ends at the line instead of starting there (near the right edge).
    pub end: bool,
}

impl Tick {
    /// Where a day's label goes, and its class.
    pub fn day_label(&self) -> (i32, &'static str) {
        if self.end {
            (self.x - frame::LABEL_DX, "pic-day-label end")
        } else {
            (self.x + frame::LABEL_DX, "pic-day-label")
        }
    }
}

/// An impact band's class: every other one darker, so that a change shows where two meet.
pub fn impact_class(index: usize) -> &'static str {
    if index % 2 == 1 {
        "pic-impact alt"
    } else {
        "pic-impact"
    }
}

/// A period drawn across the lanes.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub x: i32,
    pub width: i32,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub id: Id,
    pub x: i32,
    pub y: i32,
    pub kind: MomentKind,
    pub pivot: bool,
    /// Its accessible name: the time, the kind and the description.
    pub name: String,
    /// The lanes of the other people in it, joined to the mark by a line.
    pub also: Vec<i32>,
    /// Its time (milliseconds), to zoom on.
    pub at: i64,
}

/// Everything placed, in drawing units.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Picture {
    pub height: i32,
    pub lanes: Vec<Lane>,
    pub ticks: Vec<Tick>,
    /// Local midnights, labelled with the new date.
    pub days: Vec<Tick>,
    /// The incident's window (start to end), when known.
    pub incident: Option<Band>,
    /// From each impact change to the next (or the end of what is drawn).
    pub impact: Vec<Band>,
    pub silences: Vec<Band>,
    pub pivots: Vec<i32>,
    pub marks: Vec<Mark>,
    /// Moments outside the range drawn (zoomed in), before and after it.
    pub hidden: (usize, usize),
}

/// The height of `name`'s lane, added below the others when it is new.
fn lane_of(name: &str, lanes: &mut Vec<Lane>) -> i32 {
    match lanes.iter().find(|l| l.name == name) {
        Some(lane) => lane.y,
        None => {
            let y = TOP + LANE * lanes.len() as i32 + LANE / 2;
            lanes.push(Lane {
                name: name.to_string(),
                y,
            });
            y
        }
    }
}

impl Picture {
    /// The bottom of the lanes, where the axis starts.
    pub fn bottom(&self) -> i32 {
        self.height - AXIS
    }
}

/// Where time `t` goes across the drawing, for the range `from..to`.
fn x_of(t: i64, (from, to): (i64, i64)) -> i32 {
    let span = i128::from((to - from).max(1));
    let across = i128::from(t - from) * i128::from(WIDTH - LABELS - RIGHT) / span;
    LABELS + across as i32
}

const NO_ONE: &str = "No one named";

/// Places everything of `source` that falls in `range` (milliseconds; the whole span when
/// `None`). Costs one pass over the moments, plus a sort of their intervals.
pub fn layout(source: &Scene, range: Option<Span>, zones: &dyn ZoneOffsets) -> Picture {
    let Some(whole) = source.span() else {
        return Picture::default();
    };
    let range = range.unwrap_or(whole);
    let (from, to) = range;
    let zone = &source.time_zone;
    let mut lanes: Vec<Lane> = Vec::new();
    // Lanes in the order people were entered, only for people in some moment.
    for name in &source.people {
        if source.moments.iter().any(|m| m.people.contains(name)) {
            lane_of(name, &mut lanes);
        }
    }
    let mut marks = Vec::new();
    let mut pivots = Vec::new();
    let mut hidden = (0, 0);
    for m in &source.moments {
        let t = m.at.millis();
        if t < from {
            hidden.0 += 1;
            continue;
        }
        if t > to {
            hidden.1 += 1;
            continue;
        }
        let x = x_of(t, range);
        let first = m.people.first().map(String::as_str).unwrap_or(NO_ONE);
        let y = lane_of(first, &mut lanes);
        let also = m
            .people
            .iter()
            .skip(1)
            .map(|p| lane_of(p, &mut lanes))
            .collect();
        let local = to_local(m.at, zone, zones);
        // Everything the row in the timeline says, so that a screen reader finds the pivots
        // and the people here too, and two moments in one minute apart.
        let time = if local.time.second == 0 {
            local.time.hh_mm()
        } else {
            local.time.hh_mm_ss()
        };
        let name = format!(
            "{} {time}, {}{}: {}{}",
            local.date.human(),
            m.kind.label(),
            if m.pivot { ", pivot" } else { "" },
            if m.description.trim().is_empty() {
                "(no description yet)"
            } else {
                &m.description
            },
            if m.people.is_empty() {
                String::new()
            } else {
                format!(" ({})", m.people.join(", "))
            }
        );
        if m.pivot {
            pivots.push(x);
        }
        marks.push(Mark {
            id: m.id.clone(),
            x,
            y,
            kind: m.kind,
            pivot: m.pivot,
            name,
            also,
            at: t,
        });
    }
    let bottom = TOP + LANE * lanes.len().max(1) as i32;
    let band = |a: i64, b: i64, label: String| -> Option<Band> {
        let (a, b) = (a.max(from), b.min(to));
        (a < b).then(|| Band {
            x: x_of(a, range),
            width: x_of(b, range) - x_of(a, range),
            label,
        })
    };
    let incident = match (source.start, source.end) {
        (Some(s), Some(e)) => band(s.millis(), e.millis(), "Incident".into()),
        (Some(s), None) => band(s.millis(), to, "Incident".into()),
        _ => None,
    };
    let changes: Vec<&PictureMoment> = source
        .moments
        .iter()
        .filter(|m| m.kind == MomentKind::ImpactChange)
        .collect();
    let last = source.moments.last().map(|m| m.at.millis()).unwrap_or(to);
    // The last change lasts to the end, or, with no end known (the shared screen), to the edge.
    let impact_end = source.end.map_or(to, |end| end.millis().max(last));
    let impact = changes
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let until = changes.get(i + 1).map_or(impact_end, |n| n.at.millis());
            let label: String = m.description.chars().take(40).collect();
            band(m.at.millis(), until, label)
        })
        .collect();
    let times: Vec<i64> = source.moments.iter().map(|m| m.at.millis()).collect();
    let silences = gaps::notable_silences(&times)
        .into_iter()
        .enumerate()
        .filter_map(|(i, silence)| {
            let ms = silence?;
            band(
                times[i] - ms,
                times[i],
                crate::model::time::duration_label(ms),
            )
        })
        .collect();
    let (ticks, days) = axis(range, zone, zones);
    Picture {
        height: bottom + AXIS,
        lanes,
        ticks,
        days,
        incident,
        impact,
        silences,
        pivots,
        marks,
        hidden,
    }
}

/// Tick steps, in minutes: the first giving at most eight ticks is used.
const STEPS: [i64; 14] = [
    1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080,
];

/// The axis's ticks (wall-clock times in the zone) and its day boundaries.
fn axis(range: (i64, i64), zone: &str, zones: &dyn ZoneOffsets) -> (Vec<Tick>, Vec<Tick>) {
    let (from, to) = range;
    let minutes = (to - from) / 60_000;
    let step = STEPS
        .iter()
        .copied()
        .find(|s| minutes / s <= 8)
        .unwrap_or(10080);
    // Ticks on round wall-clock times: offsets change rarely, so the offset at the start of the
    // range is good for finding round times; each tick is then placed by its own instant.
    let offset = i64::from(
        zones
            .offset_minutes(zone, Instant::from_millis(from).unwrap_or_default())
            .unwrap_or(0),
    ) * 60_000;
    let step_ms = step * 60_000;
    let first = (from + offset).div_euclid(step_ms) * step_ms + step_ms - offset;
    let mut ticks = Vec::new();
    let mut t = first;
    while t <= to && ticks.len() < 20 {
        if let Some(at) = Instant::from_millis(t) {
            let local = to_local(at, zone, zones);
            let label = if step >= 1440 {
                short_date(local.date)
            } else {
                local.time.hh_mm()
            };
            ticks.push(Tick {
                x: x_of(t, range),
                label,
                end: false,
            });
        }
        t += step_ms;
    }
    let mut days = Vec::new();
    let (Some(start), Some(end)) = (Instant::from_millis(from), Instant::from_millis(to)) else {
        return (ticks, days);
    };
    let mut date = to_local(start, zone, zones).date;
    let last = to_local(end, zone, zones).date;
    while date < last && days.len() < 60 {
        date = date.next_day();
        let midnight = crate::model::time::from_local(date, Default::default(), zone, zones);
        if let Some(midnight) = midnight.filter(|m| m.millis() > from && m.millis() < to) {
            let x = x_of(midnight.millis(), range);
            days.push(Tick {
                x,
                label: date.human(),
                end: x > WIDTH - RIGHT - 110,
            });
        }
    }
    (ticks, days)
}

fn short_date(date: Date) -> String {
    format!("{} {}", date.day, date.month_abbrev())
}

/// Zooms `range` around its middle (`factor` below 1 zooms in), kept inside `whole` and never
/// narrower than a minute.
pub fn zoom(range: Span, factor: f64, whole: Span) -> Span {
    zoom_at(range, factor, range.0 + (range.1 - range.0) / 2, whole)
}

/// Zooms `range` keeping the time `at` where it is on the drawing (a mark being zoomed on).
pub fn zoom_at(range: Span, factor: f64, at: i64, whole: Span) -> Span {
    let (from, to) = range;
    let width = (((to - from) as f64 * factor) as i64).max(60_000);
    let before = ((at - from) as f64 * factor) as i64;
    clamp((at - before, at - before + width), whole)
}

/// Moves `range` by `share` of its width (negative: earlier), kept inside `whole`.
pub fn pan(range: Span, share: f64, whole: Span) -> Span {
    let shift = ((range.1 - range.0) as f64 * share) as i64;
    clamp((range.0 + shift, range.1 + shift), whole)
}

fn clamp((from, to): Span, (first, last): Span) -> Span {
    let width = (to - from).min(last - first);
    let from = from.max(first).min(last - width);
    (from, from + width)
}

/// The classes of a mark of `kind` (and of its shape in the legend): its colour and fill.
pub fn kind_class(kind: MomentKind) -> String {
    let hollow = if hollow(kind) { " hollow" } else { "" };
    format!("pic-mark kind-{}{hollow}", super::kinds::info(kind).class)
}

/// A mark's CSS classes: its kind, outline or filled, pivot.
pub fn mark_class(mark: &Mark) -> String {
    let mut class = kind_class(mark.kind);
    if mark.pivot {
        class.push_str(" pivot");
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::hindsight::room_view;
    use crate::model::time::Utc;
    use crate::model::{Moment, Person};

    fn at(text: &str) -> Instant {
        Instant::parse_rfc3339(text).unwrap()
    }

    fn review() -> Review {
        let person = |id: &str, name: &str| Person {
            id: Id::from(id),
            name: name.into(),
            ..Person::default()
        };
        let moment = |id: &str, t: &str, kind, people: &[&str], description: &str| Moment {
            id: Id::from(id),
            at: at(t),
            kind,
            people: people.iter().map(|p| Id::from(*p)).collect(),
            description: description.into(),
            ..Moment::default()
        };
        let mut r = Review {
            time_zone: "UTC".into(),
            incident_start: Some(at("2026-07-14T23:00:00Z")),
            incident_end: Some(at("2026-07-15T01:00:00Z")),
            people: vec![
                person("ana", "Ana Souza"),
                person("ben", "Ben Lee"),
                person("cy", "Cy"),
            ],
            moments: vec![
                moment(
                    "m1",
                    "2026-07-14T23:05:00Z",
                    MomentKind::Signal,
                    &["ana"],
                    "Alert fires",
                ),
                moment(
                    "m2",
                    "2026-07-14T23:07:00Z",
                    MomentKind::Observation,
                    &["ben", "ana"],
                    "Graphs",
                ),
                moment(
                    "m3",
                    "2026-07-14T23:08:00Z",
                    MomentKind::ImpactChange,
                    &[],
                    "Checkout down",
                ),
                moment(
                    "m4",
                    "2026-07-14T23:40:00Z",
                    MomentKind::Decision,
                    &["ana"],
                    "Roll back",
                ),
                moment(
                    "m5",
                    "2026-07-15T00:20:00Z",
                    MomentKind::ImpactChange,
                    &["ben"],
                    "Checkout back",
                ),
            ],
            ..Review::default()
        };
        r.moments[3].pivot = true;
        r
    }

    #[test]
    fn every_moment_is_one_mark_in_its_first_persons_lane() {
        let picture = layout(&Scene::of_review(&review()), None, &Utc);
        assert_eq!(picture.marks.len(), 5);
        let names: Vec<&str> = picture.lanes.iter().map(|l| l.name.as_str()).collect();
        // Cy is in no moment: no lane. A moment with no one has a lane of its own.
        assert_eq!(names, ["Ana Souza", "Ben Lee", "No one named"]);
        let ana = picture.lanes[0].y;
        let ben = picture.lanes[1].y;
        let graphs = &picture.marks[1];
        assert_eq!(graphs.y, ben);
        assert_eq!(graphs.also, vec![ana]);
        assert_eq!(
            graphs.name,
            "Tue 14 Jul 2026 23:07, Observation: Graphs (Ben Lee, Ana Souza)"
        );
        assert!(
            picture.marks[3].name.contains(", pivot: "),
            "{}",
            picture.marks[3].name
        );
        // Time runs left to right.
        assert!(picture.marks.windows(2).all(|w| w[0].x < w[1].x));
        assert_eq!(picture.pivots, vec![picture.marks[3].x]);
        assert!(picture.marks[3].pivot);
    }

    #[test]
    fn the_window_impact_silences_and_midnight_are_drawn() {
        let picture = layout(&Scene::of_review(&review()), None, &Utc);
        let incident = picture.incident.as_ref().unwrap();
        assert!(
            incident.x < picture.marks[0].x && incident.x + incident.width > picture.marks[4].x
        );
        // From each impact change to the next, and the last to the incident's end.
        let labels: Vec<&str> = picture.impact.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["Checkout down", "Checkout back"]);
        assert!((picture.impact[0].x + picture.impact[0].width - picture.marks[4].x).abs() <= 1);
        // 32 and 40 quiet minutes in an incident otherwise recorded every minute or two.
        let silences: Vec<&str> = picture.silences.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(silences, ["32 min", "40 min"]);
        assert_eq!(picture.days.len(), 1);
        assert_eq!(picture.days[0].label, "Wed 15 Jul 2026");
        // Midnight is well inside the drawing: its label starts at its line.
        assert_eq!(picture.days[0].day_label().1, "pic-day-label");
        // Near the right edge a day's label ends at its line, inside the drawing.
        let late = Tick {
            x: WIDTH - RIGHT - 20,
            label: "Thu 16 Jul 2026".into(),
            end: true,
        };
        assert_eq!(
            late.day_label(),
            (WIDTH - RIGHT - 20 - frame::LABEL_DX, "pic-day-label end")
        );
        assert_eq!(impact_class(1), "pic-impact alt");
        assert!(picture.days[0].x > picture.marks[3].x && picture.days[0].x < picture.marks[4].x);
        assert!(picture.ticks.len() >= 3 && picture.ticks.len() <= 9);
        assert!(picture
            .ticks
            .iter()
            .all(|t| t.label.len() == 5 && t.label.contains(':')));
    }

    #[test]
    fn each_kind_has_its_own_shape() {
        let shapes: std::collections::HashSet<(&str, bool)> = MomentKind::ALL
            .iter()
            .map(|&k| (shape(k), hollow(k)))
            .collect();
        assert_eq!(shapes.len(), MomentKind::ALL.len());
    }

    /// The points a path visits, for the commands the shapes use (arcs by their end points).
    fn corners(d: &str) -> Vec<(i32, i32)> {
        let mut commands: Vec<(char, Vec<i32>)> = Vec::new();
        let mut number = String::new();
        let flush = |number: &mut String, commands: &mut Vec<(char, Vec<i32>)>| {
            if !number.is_empty() {
                let n = number.parse().expect("a number");
                commands.last_mut().expect("a command first").1.push(n);
                number.clear();
            }
        };
        for c in d.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            flush(&mut number, &mut commands);
            if c == '-' {
                number.push(c);
            } else if c.is_ascii_alphabetic() {
                commands.push((c, Vec::new()));
            }
        }
        flush(&mut number, &mut commands);
        let (mut at, mut start, mut visited) = ((0, 0), (0, 0), Vec::new());
        for (command, n) in commands {
            let relative = command.is_ascii_lowercase();
            let to = |at: (i32, i32), x: Option<i32>, y: Option<i32>| {
                let add = |from: i32, by: Option<i32>| match by {
                    Some(by) if relative => from + by,
                    Some(by) => by,
                    None => from,
                };
                (add(at.0, x), add(at.1, y))
            };
            match command.to_ascii_lowercase() {
                'm' | 'l' => {
                    for (i, pair) in n.chunks(2).enumerate() {
                        at = to(at, Some(pair[0]), Some(pair[1]));
                        if i == 0 && command.eq_ignore_ascii_case(&'m') {
                            start = at;
                        }
                        visited.push(at);
                    }
                }
                'h' => at = to(at, Some(n[0]), None),
                'v' => at = to(at, None, Some(n[0])),
                'a' => at = to(at, Some(n[5]), Some(n[6])),
                'z' => at = start,
                other => panic!("no command {other}"),
            }
            if !matches!(command.to_ascii_lowercase(), 'm' | 'l') {
                visited.push(at);
            }
        }
        visited
    }

    #[test]
    fn each_shape_stays_inside_its_box_and_moves_with_the_point_before_it() {
        for &kind in MomentKind::ALL {
            let alone = corners(shape(kind));
            assert!(
                alone.iter().all(|&(x, y)| x.abs() <= 8 && y.abs() <= 8),
                "{kind:?}"
            );
            // Placed at (100, 40) after another mark, it is the same shape moved there.
            let placed = corners(&format!("M3,3{}M100,40{}", shape(kind), shape(kind)));
            let moved: Vec<_> = alone.iter().map(|&(x, y)| (x + 100, y + 40)).collect();
            assert_eq!(placed[placed.len() - moved.len()..], moved[..], "{kind:?}");
        }
        // The shapes as they were first drawn, in absolute commands, visit the same corners.
        let first_drawn = [
            (
                MomentKind::OrdinaryWork,
                "M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0",
            ),
            (MomentKind::Signal, "M0,-7L7,5L-7,5Z"),
            (
                MomentKind::Observation,
                "M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0",
            ),
            (
                MomentKind::Hypothesis,
                "M0,-7L7,0L0,7L-7,0Z M0,-3L3,0L0,3L-3,0Z",
            ),
            (MomentKind::Decision, "M0,-7L7,0L0,7L-7,0Z"),
            (MomentKind::Action, "M-5,-7L7,0L-5,7Z"),
            (MomentKind::Communication, "M-6,-5H6V5H-6Z"),
            (MomentKind::Handoff, "M-7,-6L0,0L-7,6Z M7,-6L0,0L7,6Z"),
            (MomentKind::External, "M-6,0L-3,-6H3L6,0L3,6H-3Z"),
            (MomentKind::ImpactChange, "M-2,-7H4L1,-1H5L-3,7L-1,1H-5Z"),
        ];
        assert_eq!(first_drawn.len(), MomentKind::ALL.len());
        for (kind, absolute) in first_drawn {
            assert_eq!(corners(shape(kind)), corners(absolute), "{kind:?}");
        }
    }

    #[test]
    fn a_still_picture_draws_every_mark_once_in_one_path_per_look() {
        let mut r = review();
        r.moments[1].pivot = true;
        let picture = layout(&Scene::of_review(&r), None, &Utc);
        let still = still_marks(&picture);
        let placed: usize = still.iter().map(|(_, d)| d.matches('M').count()).sum();
        assert_eq!(placed, picture.marks.len());
        for mark in &picture.marks {
            let (_, d) = still
                .iter()
                .find(|(class, _)| *class == mark_class(mark))
                .expect("its look has a path");
            assert!(d.contains(&format!("M{},{}{}", mark.x, mark.y, shape(mark.kind))));
        }
        let looks: std::collections::HashSet<_> = still.iter().map(|(c, _)| c).collect();
        assert_eq!(looks.len(), still.len());
        assert!(still.iter().any(|(class, _)| class.ends_with(" pivot")));
        // The latest mark's path is drawn last, over the others.
        let latest = picture.marks.last().unwrap();
        let (class, d) = still.last().unwrap();
        assert_eq!(*class, mark_class(latest));
        assert!(d.ends_with(&format!("M{},{}{}", latest.x, latest.y, shape(latest.kind))));
    }

    #[test]
    fn the_shared_screen_gets_nothing_after_the_current_moment() {
        let mut r = review();
        r.session.current = Some(Id::from("m3"));
        r.session.walked = ["m1", "m2", "m3"].map(Id::from).to_vec();
        let source = Scene::of_room(&room_view(&r));
        assert!(source
            .moments
            .iter()
            .all(|m| m.at <= at("2026-07-14T23:08:00Z")));
        assert_eq!((source.start, source.end), (None, None));
        let picture = layout(&source, None, &Utc);
        assert_eq!(picture.marks.len(), 3);
        assert!(picture.incident.is_none());
        // The impact change at the current moment runs to the edge: no later change is known.
        assert_eq!(picture.impact.len(), 1);
        assert_eq!(picture.impact[0].label, "Checkout down");
        assert!(picture.impact[0].x + picture.impact[0].width <= WIDTH - RIGHT);
        let text = format!("{picture:?}");
        assert!(!text.contains("Roll back") && !text.contains("Checkout back"));
    }

    #[test]
    fn zooming_and_panning_stay_inside_the_incident() {
        let whole = (0, 100 * 60_000);
        let half = zoom(whole, 0.5, whole);
        assert_eq!(half, (25 * 60_000, 75 * 60_000));
        assert_eq!(zoom(half, 4.0, whole), whole);
        // Zooming on a mark keeps it where it was on the drawing.
        assert_eq!(
            zoom_at(whole, 0.5, 80 * 60_000, whole),
            (40 * 60_000, 90 * 60_000)
        );
        assert_eq!(pan(half, -1.0, whole), (0, 50 * 60_000));
        assert_eq!(pan(half, 1.0, whole), (50 * 60_000, 100 * 60_000));
        // Zoomed in, the moments outside are counted, not drawn.
        let source = Scene::of_review(&review());
        let picture = layout(
            &source,
            Some((
                at("2026-07-14T23:06:00Z").millis(),
                at("2026-07-14T23:30:00Z").millis(),
            )),
            &Utc,
        );
        assert_eq!(picture.marks.len(), 2);
        assert_eq!(picture.hidden, (1, 2));
    }

    #[test]
    fn an_empty_review_draws_nothing() {
        assert_eq!(layout(&Scene::default(), None, &Utc), Picture::default());
    }
}
