//! Where the person is in the app, as the address's fragment ("#/review/r-1a2b/timeline"), so
//! that a reload, the back button or a bookmark returns to the same place. Fragments work on
//! any static server with no rewrite rules, and from a file opened from disk. This is the one
//! table of the app's addresses: every screen is reached through `Route::parse`.

use crate::model::Id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    Review(Id, Tab),
    /// One moment of a review's timeline (synthesis items link to the moments they cite).
    Moment(Id, Id),
    /// The read-only presenter view of a review, for the shared screen.
    Present(Id),
    /// An address the app does not know (mistyped, cut short, from a newer version): a plain
    /// "not found" with a way back, never a guess at another screen.
    NotFound,
}

/// The screens of an open review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Setup,
    Timeline,
    /// One-to-one interviews before the meeting, and each person's point of view.
    Interviews,
    /// The walk-through console of the meeting.
    Walk,
    /// What the room learned, and the opportunities.
    Synthesis,
    /// The report to share.
    Report,
    /// Adding moments from what responders left behind.
    Import(Source),
}

/// What an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Transcript,
    Slack,
    Csv,
}

impl Source {
    /// The id of the timeline's button that opens this import: it has the focus back when the
    /// import closes.
    pub fn opener(self) -> String {
        format!("open-{}", self.segment())
    }

    fn segment(self) -> &'static str {
        match self {
            Source::Transcript => "transcript",
            Source::Slack => "slack",
            Source::Csv => "csv",
        }
    }
}

impl Tab {
    /// The tabs in the review's navigation, in order.
    pub const NAV: [Tab; 6] = [
        Tab::Setup,
        Tab::Timeline,
        Tab::Interviews,
        Tab::Walk,
        Tab::Synthesis,
        Tab::Report,
    ];

    fn segment(self) -> String {
        match self {
            Tab::Setup => String::new(),
            Tab::Timeline => "timeline".into(),
            Tab::Interviews => "interviews".into(),
            Tab::Walk => "walk".into(),
            Tab::Synthesis => "synthesis".into(),
            Tab::Report => "report".into(),
            Tab::Import(source) => format!("import/{}", source.segment()),
        }
    }

    /// The tab named by the segments after the review's id; `None` for anything unknown.
    fn from_segments(first: Option<&str>, second: Option<&str>) -> Option<Tab> {
        let tab = match (first.unwrap_or(""), second) {
            ("", None) => Tab::Setup,
            ("timeline", None) => Tab::Timeline,
            ("interviews", None) => Tab::Interviews,
            ("walk", None) => Tab::Walk,
            ("synthesis", None) => Tab::Synthesis,
            ("report", None) => Tab::Report,
            // The import screen opens on its first source when none is named.
            ("import", None) => Tab::Import(Source::Transcript),
            ("import", Some(source)) => Tab::Import(
                [Source::Transcript, Source::Slack, Source::Csv]
                    .into_iter()
                    .find(|s| s.segment() == source)?,
            ),
            _ => return None,
        };
        Some(tab)
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Setup => "Setup",
            Tab::Timeline => "Timeline",
            Tab::Interviews => "Interviews",
            Tab::Walk => "Walk-through",
            Tab::Synthesis => "Synthesis",
            Tab::Report => "Report",
            Tab::Import(_) => "Import",
        }
    }
}

impl Route {
    /// Reads a fragment such as "#/review/r-1/timeline". The empty address is the library;
    /// a missing leading slash and one trailing slash are forgiven; anything else unknown is
    /// `NotFound`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Route::Library;
        }
        let parts: Vec<&str> = path.split('/').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Route::NotFound;
        }
        match parts.as_slice() {
            ["review", id, "timeline", moment] => Route::Moment(Id(decode(id)), Id(decode(moment))),
            ["review", id, rest @ ..] if rest.len() <= 2 => {
                match Tab::from_segments(rest.first().copied(), rest.get(1).copied()) {
                    Some(tab) => Route::Review(Id(decode(id)), tab),
                    None => Route::NotFound,
                }
            }
            ["present", id] => Route::Present(Id(decode(id))),
            _ => Route::NotFound,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Library => "#/".to_string(),
            Route::Review(id, Tab::Setup) => format!("#/review/{}", encode(id.as_str())),
            Route::Review(id, tab) => {
                format!("#/review/{}/{}", encode(id.as_str()), tab.segment())
            }
            Route::Moment(id, moment) => format!(
                "#/review/{}/timeline/{}",
                encode(id.as_str()),
                encode(moment.as_str())
            ),
            Route::Present(id) => format!("#/present/{}", encode(id.as_str())),
            Route::NotFound => "#/not-found".to_string(),
        }
    }

    pub fn review_id(&self) -> Option<&Id> {
        match self {
            Route::Review(id, _) | Route::Moment(id, _) | Route::Present(id) => Some(id),
            Route::Library | Route::NotFound => None,
        }
    }
}

/// Percent-encodes everything but unreserved characters, so any imported id is a safe segment.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(value)) => {
                out.push(value);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip() {
        for route in [
            Route::Library,
            Route::Review(Id::from("r-1a2b"), Tab::Setup),
            Route::Review(Id::from("r-1a2b"), Tab::Timeline),
            Route::Review(Id::from("weird id/#?%é"), Tab::Timeline),
            Route::Review(Id::from("r-1"), Tab::Import(Source::Slack)),
            Route::Moment(Id::from("r-1"), Id::from("m 2/x")),
            Route::Present(Id::from("r-9")),
        ]
        .into_iter()
        .chain(Tab::NAV.map(|tab| Route::Review(Id::from("r-2"), tab)))
        {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn forgiving_about_slashes() {
        let walk = Route::Review(Id::from("r1"), Tab::Walk);
        for hash in [
            "#/review/r1/walk", "#review/r1/walk", "#/review/r1/walk/", "review/r1/walk",
        ] {
            assert_eq!(Route::parse(hash), walk, "{hash}");
        }
        assert_eq!(
            Route::parse("#/review/r1/import"),
            Route::Review(Id::from("r1"), Tab::Import(Source::Transcript))
        );
        assert_eq!(
            Route::parse("#/review/r1/timeline/m7"),
            Route::Moment(Id::from("r1"), Id::from("m7"))
        );
    }

    #[test]
    fn the_empty_address_is_the_library() {
        for hash in ["", "#", "#/", "#//"] {
            assert_eq!(Route::parse(hash), Route::Library, "{hash}");
        }
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        for hash in [
            "#/nothing",
            "#/review/",
            "#/review",
            "#/present",
            "#/present/r1/extra",
            "#/review/r1/bogus",
            "#/review/r1/import/fax",
            "#/review/r1/walk/m1",
            "#/review/r1/timeline/m1/x",
            "#/review//timeline",
            "#///",
            "#/review/r1/report/x/y",
        ] {
            assert_eq!(Route::parse(hash), Route::NotFound, "{hash}");
        }
        assert_eq!(
            Route::parse("#/review/%ZZ"),
            Route::Review(Id::from("%ZZ"), Tab::Setup)
        );
        assert_eq!(Route::parse(&Route::NotFound.to_hash()), Route::NotFound);
    }
}
