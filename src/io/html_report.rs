//! The report as one self-contained HTML file: inline CSS, readable with scripts off, opens
//! from disk, prints cleanly. It carries the review's JSON in an inert data block, so that
//! importing the file into Tunnel gives the review back exactly. Everything people typed is
//! escaped; the file's own Content-Security-Policy forbids every script anyway.

use super::report::{Block, Item, Report};

const DATA_OPEN: &str = r#"<script type="application/json" id="tunnel-review">"#;
const DATA_CLOSE: &str = "</script>";

/// `review_json` is the exported envelope; it is embedded so that no `</script>`, `<!--` or
/// `&` in it can end the data block early.
pub fn render(report: &Report, review_json: &str) -> String {
    let mut body = format!("<h1>{}</h1>\n", escape(&report.title));
    for block in &report.blocks {
        match block {
            Block::Heading(level, text) => {
                let level = (*level).clamp(2, 6);
                body.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text)));
            }
            Block::Paragraph(text) => body.push_str(&format!("<p>{}</p>\n", lines(text))),
            Block::Facts(facts) => {
                body.push_str("<dl>\n");
                for (label, value) in facts {
                    body.push_str(&format!(
                        "<dt>{}</dt><dd>{}</dd>\n",
                        escape(label),
                        lines(value)
                    ));
                }
                body.push_str("</dl>\n");
            }
            Block::List(items) => {
                body.push_str("<ul>\n");
                for item in items {
                    body.push_str(&format!("<li>{}</li>\n", item_html(item)));
                }
                body.push_str("</ul>\n");
            }
            Block::Table { head, rows } => {
                body.push_str("<table>\n<thead><tr>");
                for cell in head {
                    body.push_str(&format!("<th scope=\"col\">{}</th>", escape(cell)));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    body.push_str("<tr>");
                    for cell in row {
                        body.push_str(&format!("<td>{}</td>", lines(cell)));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"Tunnel\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}\
         <footer><p>Written with Tunnel. Import this file into Tunnel to open the review again.</p></footer>\n\
         </main>\n{DATA_OPEN}{data}{DATA_CLOSE}\n</body>\n</html>\n",
        title = escape(&report.title),
        data = embed(review_json),
    )
}

fn item_html(item: &Item) -> String {
    match &item.href {
        Some(href) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(href),
            escape(&item.text)
        ),
        None => lines(&item.text),
    }
}

/// Text with its line breaks kept.
fn lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON inside a script element: `<`, `>` and `&` become JSON escapes, which mean the same
/// characters to a JSON reader but cannot close the element.
fn embed(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Whether a file's text is an HTML document (rather than JSON).
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let lower: String = start
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    lower.starts_with("<!doctype html") || lower.starts_with("<html")
}

/// The review JSON carried by a report written by [`render`].
pub fn extract_json(html: &str) -> Option<&str> {
    let start = html.find(DATA_OPEN)? + DATA_OPEN.len();
    let end = start + html[start..].find(DATA_CLOSE)?;
    Some(&html[start..end])
}

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1b1f24;background:#fff;margin:0}\
main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem}\
h1{font-size:1.9rem;margin:0 0 1rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}\
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}\
table{border-collapse:collapse;width:100%;font-size:.95rem;margin-bottom:.75rem}th,td{border:1px solid #ccd;padding:.35rem .5rem;text-align:left;vertical-align:top}\
th{background:#f2f3f5}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}\
a{color:#1d4e89}footer{margin-top:3rem;color:#59616b;font-size:.9rem}\
@media print{main{max-width:none;padding:0}h2,h3,h4{break-after:avoid}tr,dl,li{break-inside:avoid}a{color:inherit}footer{display:none}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_json_cannot_end_the_data_block() {
        let json = r#"{"title":"</script><script>alert(1)</script> & <!-- x -->"}"#;
        let html = render(
            &Report {
                title: "t".into(),
                blocks: vec![],
            },
            json,
        );
        assert_eq!(html.matches("</script>").count(), 1);
        let back = extract_json(&html).unwrap();
        let value: serde_json::Value = serde_json::from_str(back).unwrap();
        assert_eq!(
            value["title"],
            "</script><script>alert(1)</script> & <!-- x -->"
        );
    }

    #[test]
    fn recognises_html_files() {
        assert!(looks_like_html("\u{feff}  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(!looks_like_html("{\"format\": \"tunnel-review\"}"));
    }
}
