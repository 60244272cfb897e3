//! The report as Markdown (CommonMark with GitHub's tables). Everything people typed is escaped,
//! so that no text can start a heading, a list, a table cell or a link, or become HTML.

use super::report::{Block, Item, Report};

pub fn render(report: &Report) -> String {
    let mut out = format!("# {}\n", escape_line(&one_line(&report.title)));
    for block in &report.blocks {
        out.push('\n');
        match block {
            // A drawing has no Markdown form; the timeline's table follows it.
            Block::Picture(_) => {}
            Block::Heading(level, text) => {
                let level = usize::from((*level).clamp(2, 6));
                out.push_str(&format!(
                    "{} {}\n",
                    "#".repeat(level),
                    escape_line(&one_line(text))
                ));
            }
            Block::Paragraph(text) => {
                out.push_str(&escape_block(text));
                out.push('\n');
            }
            Block::Facts(facts) => {
                for (label, value) in facts {
                    out.push_str(&format!(
                        "- **{}:** {}\n",
                        escape_line(label),
                        indent(&escape_block(value))
                    ));
                }
            }
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", indent(&item_text(item))));
                }
            }
            Block::Table { head, rows } => {
                out.push_str(&table_row(head));
                out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
                for row in rows {
                    out.push_str(&table_row(row));
                }
            }
        }
    }
    out
}

fn item_text(item: &Item) -> String {
    match &item.href {
        // Angle brackets keep any parentheses or spaces in the address from ending the link.
        Some(href) if !href.contains(['<', '>', '\n']) => {
            format!("[{}](<{href}>)", escape_line(&one_line(&item.text)))
        }
        _ => escape_block(&item.text),
    }
}

fn table_row(cells: &[String]) -> String {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| {
            c.lines()
                .map(|l| escape_line(l.trim()))
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("<br>")
        })
        .collect();
    format!("| {} |\n", cells.join(" | "))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A multi-line text as lines of one paragraph, each escaped, joined by hard line breaks.
fn escape_block(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(|l| escape_line(l.trim()))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\\\n")
}

/// Continuation lines of a list item are indented so that they stay in the item.
fn indent(text: &str) -> String {
    text.replace('\n', "\n  ")
}

/// Escapes one line: characters with inline meaning everywhere, and markers that only mean
/// something at the start of a line (headings, lists, quotes, setext underlines) there.
pub fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    // Control characters (a NUL, a terminal's colour codes) made the file "binary" to tools
    // and recoloured the terminal it was printed in; a tab is kept.
    for c in line.chars().filter(|&c| c == '\t' || !c.is_control()) {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    let starts_block = out.starts_with(['#', '+', '-', '='])
        || out
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['.', ')'])
            && out.starts_with(|c: char| c.is_ascii_digit());
    if starts_block {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        out.insert(digits, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_become_markup() {
        assert_eq!(escape_line("# not a heading"), "\\# not a heading");
        assert_eq!(
            escape_line("nul\u{0} bell\u{7} \u{1b}[31mred\tok"),
            "nul bell \\[31mred\tok"
        );
        assert_eq!(escape_line("- not a list"), "\\- not a list");
        assert_eq!(escape_line("1. not a list"), "1\\. not a list");
        assert_eq!(escape_line("a | b"), "a \\| b");
        assert_eq!(escape_line("<script>"), "\\<script\\>");
        assert_eq!(
            escape_line("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(
            escape_line("plain words, v2.0 at 10:15"),
            "plain words, v2.0 at 10:15"
        );
        assert_eq!(escape_line("==="), "\\===");
    }
}
