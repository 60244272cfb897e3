//! The report as one self-contained HTML file: inline CSS, readable with scripts off, opens
//! from disk, prints cleanly. It carries the review's JSON in an inert data block, so that
//! importing the file into Tunnel gives the review back exactly. Everything people typed is
//! escaped; the file's own Content-Security-Policy forbids every script anyway.

use super::report::{Block, Item, Report};
use crate::method::picture::frame::*;
use crate::method::picture::{self, Picture, LABELS, RIGHT, TOP, WIDTH};
use crate::model::time::ZoneOffsets;
use std::fmt::Write;

const DATA_OPEN: &str = r#"<script type="application/json" id="tunnel-review">"#;
const DATA_CLOSE: &str = "</script>";

/// `review_json` is the exported envelope; it is embedded so that no `</script>`, `<!--` or
/// `&` in it can end the data block early. `zones` place the picture's times in the review's
/// zone.
/// The report as one HTML file. With `review_json`, the file carries the review so that
/// importing it gives the review back; without, it is for reading only.
pub fn render(report: &Report, zones: &dyn ZoneOffsets, review_json: Option<&str>) -> String {
    let mut body = format!("<h1>{}</h1>\n", escape(&report.title));
    for block in &report.blocks {
        match block {
            Block::Picture(source) => {
                let picture = picture::layout(source, None, zones);
                body.push_str("<figure class=\"picture\">");
                body.push_str(&picture_svg(&picture, "Incident picture"));
                body.push_str(
                    "<figcaption>Each person has a lane; a mark's shape gives its kind: ",
                );
                body.push_str(&legend());
                body.push_str("</figcaption></figure>\n");
            }
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
         <footer><p>{footer}</p></footer>\n</main>\n{data}</body>\n</html>\n",
        title = escape(&report.title),
        footer = if review_json.is_some() {
            "Written with Tunnel. Import this file into Tunnel to open the review again."
        } else {
            "Written with Tunnel."
        },
        data = review_json
            .map(|json| format!("{DATA_OPEN}{}{DATA_CLOSE}\n", embed(json)))
            .unwrap_or_default(),
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
            // Control characters have no place in a page (line breaks are written as <br>).
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The picture as static SVG text, for the HTML report and print: no script, every text
/// escaped. The marks carry their names as `<title>` for readers.
pub fn picture_svg(picture: &Picture, title: &str) -> String {
    let mut out = String::new();
    let h = picture.height;
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="incident-picture" role="img" aria-label="{}" viewBox="0 0 {WIDTH} {h}">"#,
        escape(title)
    );
    let bottom = picture.bottom();
    if let Some(band) = &picture.incident {
        let _ = write!(
            out,
            r#"<rect class="pic-incident" x="{}" y="{TOP}" width="{}" height="{}"/>"#,
            band.x,
            band.width,
            bottom - TOP
        );
        let _ = write!(
            out,
            r#"<text class="pic-band-label" x="{}" y="{}">{}</text>"#,
            band.x + LABEL_DX,
            BAND_LABEL_Y,
            escape(&band.label)
        );
    }
    for band in &picture.silences {
        let _ = write!(
            out,
            r#"<rect class="pic-silence" x="{}" y="{TOP}" width="{}" height="{}"><title>{} silent</title></rect>"#,
            band.x,
            band.width,
            bottom - TOP,
            escape(&band.label)
        );
    }
    for (i, band) in picture.impact.iter().enumerate() {
        let _ = write!(
            out,
            r#"<rect class="{}" x="{}" y="{}" width="{}" height="{IMPACT_HEIGHT}"><title>Impact: {}</title></rect>"#,
            picture::impact_class(i),
            band.x,
            IMPACT_Y,
            band.width,
            escape(&band.label)
        );
    }
    for lane in &picture.lanes {
        let _ = write!(
            out,
            r#"<line class="pic-lane" x1="{LABELS}" x2="{}" y1="{}" y2="{}"/><text class="pic-lane-name" x="{}" y="{}">{}</text>"#,
            WIDTH - RIGHT,
            lane.y,
            lane.y,
            LANE_NAME_X,
            lane.y + LANE_NAME_DY,
            escape(&lane.name)
        );
    }
    for day in &picture.days {
        let (label_x, class) = day.day_label();
        let _ = write!(
            out,
            r#"<line class="pic-day" x1="{}" x2="{}" y1="{TOP}" y2="{}"/><text class="{class}" x="{label_x}" y="{}">{}</text>"#,
            day.x,
            day.x,
            bottom + DAY_LABEL_DY,
            bottom + DAY_LABEL_DY,
            escape(&day.label)
        );
    }
    for x in &picture.pivots {
        let _ = write!(
            out,
            r#"<line class="pic-pivot" x1="{x}" x2="{x}" y1="{TOP}" y2="{bottom}"/>"#
        );
    }
    for tick in &picture.ticks {
        let _ = write!(
            out,
            r#"<line class="pic-tick" x1="{}" x2="{}" y1="{bottom}" y2="{}"/><text class="pic-tick-label" x="{}" y="{}">{}</text>"#,
            tick.x,
            tick.x,
            bottom + TICK,
            tick.x,
            bottom + TICK_LABEL_DY,
            escape(&tick.label)
        );
    }
    for mark in &picture.marks {
        for y in &mark.also {
            let _ = write!(
                out,
                r#"<line class="pic-with" x1="{}" x2="{}" y1="{}" y2="{y}"/><circle class="pic-also" cx="{}" cy="{y}" r="2.5"/>"#,
                mark.x, mark.x, mark.y, mark.x
            );
        }
        let _ = write!(
            out,
            r#"<path class="{}" transform="translate({} {})" d="{}"><title>{}</title></path>"#,
            picture::mark_class(mark),
            mark.x,
            mark.y,
            picture::shape(mark.kind),
            escape(&mark.name)
        );
    }
    out.push_str("</svg>");
    out
}

/// The kinds' shapes, each beside its name.
fn legend() -> String {
    let mut out = String::new();
    for &kind in crate::model::MomentKind::ALL {
        let class = if picture::hollow(kind) { " hollow" } else { "" };
        let _ = write!(
            out,
            r#"<span class="legend-item"><svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true"><path class="pic-mark kind-{}{class}" d="{}"/></svg> {}</span> "#,
            crate::method::kinds::info(kind).class,
            picture::shape(kind),
            escape(kind.label())
        );
    }
    out
}

/// JSON inside a script element: `<`, `>` and `&` become JSON escapes, which mean the same
/// characters to a JSON reader but cannot close the element.
pub(crate) fn embed(json: &str) -> String {
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
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1b1f24;background:#fff;margin:0;overflow-wrap:anywhere}th,td{overflow-wrap:break-word}\
main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem}\
h1{font-size:1.9rem;margin:0 0 1rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}\
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}\
table{border-collapse:collapse;width:100%;font-size:.95rem;margin-bottom:.75rem}th,td{border:1px solid #ccd;padding:.35rem .5rem;text-align:left;vertical-align:top}\
th{background:#f2f3f5}p,li,td,dd,h1,h2,h3,h4{unicode-bidi:plaintext}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}\
a{color:#1d4e89}footer{margin-top:3rem;color:#59616b;font-size:.9rem}\
figure.picture{margin:0 0 1rem}.incident-picture{width:100%;height:auto;border:1px solid #ccd}\
figcaption{font-size:.85rem;color:#59616b}.legend-item{white-space:nowrap;margin-right:.6rem}\
.pic-incident{fill:#e8f0fb}.pic-silence{fill:#d5d8dc;opacity:.6}.pic-impact{fill:#a3261b;opacity:.35}\
.pic-lane{stroke:#d5d8dc}.pic-lane-name{font-size:11px;text-anchor:end}.pic-tick,.pic-day{stroke:#59616b}\
.pic-tick-label,.pic-day-label,.pic-band-label{font-size:10px;fill:#59616b}.pic-tick-label{text-anchor:middle}.pic-day-label.end{text-anchor:end}.pic-impact.alt{opacity:.6}\
.pic-pivot{stroke:#1d4e89;stroke-dasharray:3 3}.pic-with{stroke:#59616b}.pic-also{fill:#59616b}\
.pic-mark{fill:currentColor;stroke:#fff}.pic-mark.hollow{fill:#fff;stroke:currentColor;stroke-width:2}\
.pic-mark.pivot{stroke:#1d4e89;stroke-width:2.5}\
.kind-ordinary{color:#59616b}.kind-signal{color:#b35c00}.kind-observation{color:#2f6f9f}.kind-hypothesis{color:#6b4fa1}\
.kind-decision{color:#1d6b4f}.kind-action{color:#1d4e89}.kind-communication{color:#5a6b1d}.kind-handoff{color:#8a3b75}\
.kind-external{color:#555f6b}.kind-impact{color:#a3261b}\
@media print{figure.picture{break-inside:avoid}main{max-width:none;padding:0}h2,h3,h4{break-after:avoid}tr,dl,li{break-inside:avoid}a{color:inherit}footer{display:none}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_left_out() {
        assert_eq!(escape("nul\u{0} \u{1b}[31mred\u{7}\tok"), "nul [31mred\tok");
    }

    #[test]
    fn hostile_json_cannot_end_the_data_block() {
        let json = r#"{"title":"</script><script>alert(1)</script> & <!-- x -->"}"#;
        let html = render(
            &Report {
                title: "t".into(),
                blocks: vec![],
            },
            &crate::model::time::Utc,
            Some(json),
        );
        assert_eq!(html.matches("</script>").count(), 1);
        let back = extract_json(&html).unwrap();
        let value: serde_json::Value = serde_json::from_str(back).unwrap();
        assert_eq!(
            value["title"],
            "</script><script>alert(1)</script> & <!-- x -->"
        );
        // A file for reading only carries no review at all.
        let reading = render(
            &Report {
                title: "t".into(),
                blocks: vec![],
            },
            &crate::model::time::Utc,
            None,
        );
        assert!(extract_json(&reading).is_none() && !reading.contains("<script"));
    }

    #[test]
    fn recognises_html_files() {
        assert!(looks_like_html("\u{feff}  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(!looks_like_html("{\"format\": \"tunnel-review\"}"));
    }
}
