//! Where the person is in the app, as the address's fragment ("#/review/r-1a2b/timeline"), so
//! that a reload, the back button or a bookmark returns to the same place. Fragments work on
//! any static server with no rewrite rules.

use crate::model::Id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Library,
    Review(Id, Tab),
    /// The read-only presenter view of a review, for the shared screen.
    Present(Id),
}

/// The screens of an open review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Setup,
    Timeline,
}

impl Tab {
    pub const ALL: [Tab; 2] = [Tab::Setup, Tab::Timeline];

    fn segment(self) -> &'static str {
        match self {
            Tab::Setup => "",
            Tab::Timeline => "timeline",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Setup => "Setup",
            Tab::Timeline => "Timeline",
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
    /// Preparing a review: details, people and the timeline.
    Prepare,
}

impl Bundle {
    /// The bundle's file name stem: `prepare.js`, `prepare_bg.wasm`.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Library => "tunnel",
            Bundle::Prepare => "prepare",
        }
    }
}

impl Route {
    pub fn bundle(&self) -> Bundle {
        match self {
            Route::Library => Bundle::Library,
            Route::Review(_, Tab::Setup | Tab::Timeline) => Bundle::Prepare,
            Route::Present(_) => Bundle::Prepare,
        }
    }

    /// Reads a fragment such as "#/review/r-1/timeline"; anything unknown is the library.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("review"), Some(id), tab) if !id.is_empty() => {
                let tab = tab.unwrap_or("");
                let tab = Tab::ALL
                    .into_iter()
                    .find(|t| t.segment() == tab)
                    .unwrap_or(Tab::Setup);
                Route::Review(Id(decode(id)), tab)
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
            Route::Present(id) => format!("#/present/{}", encode(id.as_str())),
        }
    }

    pub fn review_id(&self) -> Option<&Id> {
        match self {
            Route::Review(id, _) | Route::Present(id) => Some(id),
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
            Route::Present(Id::from("r-9")),
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn each_address_has_its_bundle() {
        assert_eq!(Route::parse("#/").bundle(), Bundle::Library);
        assert_eq!(Route::parse("#/review/r1").bundle(), Bundle::Prepare);
        assert_eq!(
            Route::parse("#/review/r1/timeline").bundle(),
            Bundle::Prepare
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
