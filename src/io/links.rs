//! Which evidence links may be opened. Anything but http, https and mailto (javascript:,
//! data:, file:, vbscript:, custom schemes) is shown as text and never becomes a link.

/// The address to use as a link's target, or `None` when it must stay text.
pub fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let (scheme, rest) = url.split_once(':')?;
    let allowed = ["http", "https", "mailto"]
        .iter()
        .any(|s| scheme.eq_ignore_ascii_case(s));
    let well_formed = match scheme.to_ascii_lowercase().as_str() {
        "mailto" => rest.contains('@'),
        _ => rest.starts_with("//") && rest.len() > 2,
    };
    (allowed && well_formed).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_open() {
        for ok in [
            "https://grafana.example.com/d/1?x=1#y",
            "HTTP://example.com",
            "  https://example.com/path  ",
            "mailto:oncall@example.com",
        ] {
            assert!(safe_href(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "https:example.com",
            "https://",
            "//example.com",
            "example.com",
            "https://exa mple.com",
            "mailto:nobody",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
    }
}
