//! Where the person is in the app, as the address's fragment ("#/review/r-1a2b/timeline"), so
//! that a reload, the back button or a bookmark returns to the same place. Fragments work on
//! any static server with no rewrite rules.

use crate::model::Id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    Review(Id, Tab),
    /// One moment of a review's timeline (synthesis items link to the moments they cite).
    Moment(Id, Id),
    /// The read-only presenter view of a review, for the shared screen.
    Present(Id),
}

/// The screens of an open review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Setup,
    Timeline,
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
    pub const NAV: [Tab; 5] = [
        Tab::Setup,
        Tab::Timeline,
        Tab::Walk,
        Tab::Synthesis,
        Tab::Report,
    ];

    fn segment(self) -> String {
        match self {
            Tab::Setup => String::new(),
            Tab::Timeline => "timeline".into(),
            Tab::Walk => "walk".into(),
            Tab::Synthesis => "synthesis".into(),
            Tab::Report => "report".into(),
            Tab::Import(source) => format!("import/{}", source.segment()),
        }
    }

    fn from_segments(first: &str, second: Option<&str>) -> Tab {
        match (first, second) {
            ("timeline", _) => Tab::Timeline,
            ("walk", _) => Tab::Walk,
            ("synthesis", _) => Tab::Synthesis,
            ("report", _) => Tab::Report,
            ("import", Some(source)) => [Source::Transcript, Source::Slack, Source::Csv]
                .into_iter()
                .find(|s| s.segment() == source)
                .map(Tab::Import)
                .unwrap_or(Tab::Timeline),
            _ => Tab::Setup,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Setup => "Setup",
            Tab::Timeline => "Timeline",
            Tab::Walk => "Walk-through",
            Tab::Synthesis => "Synthesis",
            Tab::Report => "Report",
            Tab::Import(_) => "Import",
        }
    }
}

/// The wasm bundle that serves an address. Tunnel ships one bundle per phase of the method, so
/// that no page downloads the code of the others (see docs/development.md); `static/loader.js`
/// holds the same mapping, and an end-to-end test checks that the two agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The library of reviews.
    Library,
    /// A review's details and people.
    Setup,
    /// A review's timeline.
    Timeline,
    /// Importing moments from a transcript, a Slack export or a CSV file.
    Import,
    /// The walk-through console.
    Meeting,
    /// The shared screen (read-only).
    Present,
    /// The synthesis and the opportunities.
    Synthesis,
    /// The report.
    Report,
}

impl Bundle {
    /// The bundle's file name stem: `prepare.js`, `prepare_bg.wasm`.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Library => "tunnel",
            Bundle::Setup => "setup",
            Bundle::Timeline => "timeline",
            Bundle::Import => "import",
            Bundle::Meeting => "meeting",
            Bundle::Present => "present",
            Bundle::Synthesis => "synthesis",
            Bundle::Report => "report",
        }
    }
}

impl Route {
    pub fn bundle(&self) -> Bundle {
        match self {
            Route::Library => Bundle::Library,
            Route::Review(_, Tab::Setup) => Bundle::Setup,
            Route::Review(_, Tab::Timeline) | Route::Moment(..) => Bundle::Timeline,
            Route::Review(_, Tab::Import(_)) => Bundle::Import,
            Route::Review(_, Tab::Walk) => Bundle::Meeting,
            Route::Review(_, Tab::Synthesis) => Bundle::Synthesis,
            Route::Review(_, Tab::Report) => Bundle::Report,
            Route::Present(_) => Bundle::Present,
        }
    }

    /// Reads a fragment such as "#/review/r-1/timeline"; anything unknown is the library.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("review"), Some(id), tab) if !id.is_empty() => {
                let next = parts.next();
                match (tab, next) {
                    (Some("timeline"), Some(moment)) if !moment.is_empty() => {
                        Route::Moment(Id(decode(id)), Id(decode(moment)))
                    }
                    _ => Route::Review(Id(decode(id)), Tab::from_segments(tab.unwrap_or(""), next)),
                }
            }
            (Some("present"), Some(id), _) if !id.is_empty() => Route::Present(Id(decode(id))),
            _ => Route::Library,
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
        }
    }

    pub fn review_id(&self) -> Option<&Id> {
        match self {
            Route::Review(id, _) | Route::Moment(id, _) | Route::Present(id) => Some(id),
            Route::Library => None,
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
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn each_address_has_its_bundle() {
        assert_eq!(Route::parse("#/").bundle(), Bundle::Library);
        assert_eq!(Route::parse("#/review/r1").bundle(), Bundle::Setup);
        assert_eq!(
            Route::parse("#/review/r1/timeline").bundle(),
            Bundle::Timeline
        );
    }

    #[test]
    fn unknown_addresses_go_to_the_library() {
        for hash in ["", "#", "#/", "#/nothing", "#/review/", "#/present"] {
            assert_eq!(Route::parse(hash), Route::Library, "{hash}");
        }
        assert_eq!(
            Route::parse("#/review/r1/bogus"),
            Route::Review(Id::from("r1"), Tab::Setup)
        );
        assert_eq!(
            Route::parse("#/review/%ZZ"),
            Route::Review(Id::from("%ZZ"), Tab::Setup)
        );
    }
}
