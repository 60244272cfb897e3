//! The report cut into parts for the screen, which puts one part on the page per task: each
//! part about as many elements as the browser makes in a few milliseconds. A table longer than
//! a part (the timeline of a large review is thousands of rows) is cut between rows into
//! tables with the same head, and every piece keeps the whole table's column widths, so that the
//! pieces read as one table and only the pieces in view are laid out.

use super::report::Block;

/// About as many elements as the browser creates in a few milliseconds.
pub const ELEMENTS_PER_PART: usize = 1500;

/// A block as the screen draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub block: Block,
    /// For a piece of a table that was cut: each column's share of the width, in percent, a
    /// multiple of 5, the same in every piece. `None` for a block drawn whole.
    pub shares: Option<Vec<u8>>,
}

/// `blocks` in parts of about `elements` elements each (a block that cannot be cut, such as the
/// picture, is a part of its own when it is larger).
pub fn parts(blocks: Vec<Block>, elements: usize) -> Vec<Vec<Shown>> {
    let elements = elements.max(1);
    let mut parts: Vec<Vec<Shown>> = Vec::new();
    let mut part: Vec<Shown> = Vec::new();
    let mut weight = 0;
    let mut close = |part: &mut Vec<Shown>, weight: &mut usize| {
        if !part.is_empty() {
            parts.push(std::mem::take(part));
        }
        *weight = 0;
    };
    for block in blocks {
        let size = block_elements(&block);
        match block {
            Block::Table { head, rows } if size > elements => {
                let shares = column_shares(&head, &rows);
                let per_row = 1 + head.len();
                // Room for at least one row in each piece, whatever the budget.
                let rows_per_piece = (elements.saturating_sub(4 + head.len()) / per_row).max(1);
                let mut rows = rows.into_iter().peekable();
                while rows.peek().is_some() {
                    let piece: Vec<Vec<String>> = rows.by_ref().take(rows_per_piece).collect();
                    let piece = Block::Table {
                        head: head.clone(),
                        rows: piece,
                    };
                    // A piece starts a part unless the part so far is small: a heading stays
                    // with the table's first rows.
                    let piece_size = block_elements(&piece);
                    if weight + piece_size > elements {
                        close(&mut part, &mut weight);
                    }
                    weight += piece_size;
                    part.push(Shown {
                        block: piece,
                        shares: Some(shares.clone()),
                    });
                }
            }
            block => {
                // A block larger than a part (the picture of a large review) is a part of its
                // own, so that the blocks before it are not held back by it.
                if size > elements {
                    close(&mut part, &mut weight);
                }
                part.push(Shown {
                    block,
                    shares: None,
                });
                weight += size;
                if weight >= elements {
                    close(&mut part, &mut weight);
                }
            }
        }
    }
    close(&mut part, &mut weight);
    parts
}

/// How many elements a block becomes on the screen.
pub fn block_elements(block: &Block) -> usize {
    match block {
        Block::Heading(..) | Block::Paragraph(_) => 1,
        Block::Facts(facts) => 1 + 2 * facts.len(),
        Block::List(items) => 1 + items.len(),
        Block::Table { head, rows } => 4 + head.len() + rows.len() * (1 + head.len()),
        // About two shapes per moment, plus the axis and the legend.
        Block::Picture(source) => 40 + 2 * source.moments.len(),
    }
}

/// Each column's share of a table's width, in percent (multiples of 5, summing to 100 when the
/// columns allow): by the mean length of its cells, head included, each counted up to 60
/// characters, so that a column of long descriptions gets the room. A column is never narrower
/// than its longest word (up to 24 characters) needs, so that a time or a kind is not broken.
pub fn column_shares(head: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let columns = head.len();
    if columns == 0 {
        return Vec::new();
    }
    let least = if columns * 10 <= 100 { 10 } else { 5 };
    let mut weights = vec![0usize; columns];
    let mut longest_word = vec![0usize; columns];
    for row in std::iter::once(head).chain(rows.iter().map(Vec::as_slice)) {
        for (column, cell) in row.iter().take(columns).enumerate() {
            weights[column] += cell.chars().count().min(60);
            let word = cell.split_whitespace().map(|w| w.chars().count()).max();
            longest_word[column] = longest_word[column].max(word.unwrap_or(0).min(24));
        }
    }
    let up_to_5 = |percent: usize| percent.div_ceil(5) * 5;
    // On the report's page a character is about 1.2 per cent of the table, and a cell's padding
    // and border about 2.
    let floors: Vec<usize> = longest_word
        .iter()
        .map(|&chars| up_to_5((chars * 6).div_ceil(5) + 2).max(least))
        .collect();
    let total: usize = weights.iter().sum::<usize>().max(1);
    let mut shares: Vec<usize> = (0..columns)
        .map(|c| ((weights[c] * 20 + total / 2) / total * 5).max(floors[c]))
        .collect();
    // Rounding and the floors leave the sum off 100: the column with the most room above its
    // floor gives or takes the difference, 5 at a time.
    let slack = |shares: &[usize]| {
        (0..columns)
            .max_by_key(|&c| (shares[c].saturating_sub(floors[c]), shares[c], columns - c))
            .unwrap_or(0)
    };
    let sum: usize = shares.iter().sum();
    if sum < 100 {
        let c = slack(&shares);
        shares[c] += 100 - sum;
    }
    while shares.iter().sum::<usize>() > 100 {
        let c = slack(&shares);
        if shares[c] <= least {
            break;
        }
        shares[c] -= 5;
    }
    shares.into_iter().map(|s| s.min(100) as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::report::Item;

    fn table(rows: usize) -> Block {
        Block::Table {
            head: vec!["When".into(), "Kind".into(), "What happened".into(), "People".into()],
            rows: (0..rows)
                .map(|i| {
                    vec![
                        format!("14:{:02}", i % 60),
                        "action".into(),
                        format!("Step {i}: the on-call restarted the checkout service and watched the graph"),
                        "Priya Raman, Ben".into(),
                    ]
                })
                .collect(),
        }
    }

    fn rows_of(shown: &Shown) -> Vec<Vec<String>> {
        match &shown.block {
            Block::Table { rows, .. } => rows.clone(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_long_table_is_cut_between_rows_into_pieces_that_keep_its_head_and_widths() {
        let heading = Block::Heading(2, "Timeline".into());
        let Block::Table { rows: all, head } = table(2_000) else {
            unreachable!()
        };
        let blocks = vec![
            heading.clone(),
            table(2_000),
            Block::Paragraph("After".into()),
        ];
        let parts = parts(blocks, 1_500);
        // No part is much over the budget: the largest piece is one part's worth.
        for part in &parts {
            let size: usize = part.iter().map(|s| block_elements(&s.block)).sum();
            assert!(size <= 1_500, "a part of {size} elements");
        }
        assert!(parts.len() >= 7, "{} parts", parts.len());
        // The heading stays with the first rows; the paragraph follows the last.
        assert_eq!(parts[0][0].block, heading);
        assert!(matches!(parts[0][1].block, Block::Table { .. }));
        assert_eq!(
            parts.last().unwrap().last().unwrap().block,
            Block::Paragraph("After".into())
        );
        // Every row once, in order, and every piece with the same head and shares.
        let pieces: Vec<&Shown> = parts
            .iter()
            .flatten()
            .filter(|s| s.shares.is_some())
            .collect();
        let rows: Vec<Vec<String>> = pieces.iter().flat_map(|s| rows_of(s)).collect();
        assert_eq!(rows, all);
        let shares = column_shares(&head, &all);
        for piece in &pieces {
            let Block::Table {
                head: piece_head, ..
            } = &piece.block
            else {
                unreachable!()
            };
            assert_eq!(piece_head, &head);
            assert_eq!(piece.shares.as_ref(), Some(&shares));
        }
    }

    #[test]
    fn small_blocks_are_drawn_whole_and_share_a_part() {
        let blocks = vec![
            Block::Heading(2, "People".into()),
            table(3),
            Block::List(vec![Item::text("one"), Item::text("two")]),
        ];
        let parts = parts(blocks.clone(), 1_500);
        assert_eq!(parts.len(), 1);
        assert!(parts[0].iter().all(|s| s.shares.is_none()));
        assert_eq!(
            parts[0].iter().map(|s| s.block.clone()).collect::<Vec<_>>(),
            blocks
        );
        assert!(super::parts(Vec::new(), 1_500).is_empty());
    }

    #[test]
    fn a_block_that_cannot_be_cut_and_is_larger_than_a_part_is_a_part_of_its_own() {
        let review = crate::model::Review {
            moments: vec![crate::model::Moment::default(); 2_000],
            ..Default::default()
        };
        let picture = crate::method::picture::Scene::of_review(&review);
        assert_eq!(picture.moments.len(), 2_000);
        let blocks = vec![
            Block::Heading(2, "Timeline".into()),
            Block::Picture(Box::new(picture)),
            Block::Paragraph("After".into()),
        ];
        let parts = parts(blocks, 1_500);
        let kinds: Vec<Vec<&str>> = parts
            .iter()
            .map(|part| {
                part.iter()
                    .map(|s| match s.block {
                        Block::Picture(_) => "picture",
                        _ => "text",
                    })
                    .collect()
            })
            .collect();
        assert_eq!(kinds, [vec!["text"], vec!["picture"], vec!["text"]]);
    }

    #[test]
    fn a_budget_smaller_than_a_row_still_gives_each_row_a_piece() {
        let parts = parts(vec![table(3)], 1);
        assert_eq!(parts.len(), 3);
        assert!(parts
            .iter()
            .all(|p| p.len() == 1 && rows_of(&p[0]).len() == 1));
    }

    #[test]
    fn column_shares_follow_the_cells_and_sum_to_a_hundred() {
        let Block::Table { head, rows } = table(50) else {
            unreachable!()
        };
        let shares = column_shares(&head, &rows);
        assert_eq!(shares.iter().map(|&s| usize::from(s)).sum::<usize>(), 100);
        assert!(shares.iter().all(|s| s % 5 == 0 && *s >= 10), "{shares:?}");
        // The descriptions get the most room.
        assert!(
            shares[2] > shares[3] && shares[3] >= shares[0],
            "{shares:?}"
        );
        // A column of long words is wide enough not to break them; one of short words is not
        // wider than its share of the text needs.
        let words = |longest: &str| {
            let rows = vec![vec!["10:00".to_string(), longest.to_string(), "x ".repeat(40)]; 20];
            column_shares(&["When".into(), "Kind".into(), "What".into()], &rows)
        };
        assert!(
            words("Communication")[1] >= 20,
            "{:?}",
            words("Communication")
        );
        assert_eq!(words("Action")[1], 10);
        // Any table: empty cells, ragged rows, many columns.
        let wide: Vec<String> = (0..14).map(|c| format!("column {c}")).collect();
        for (head, rows) in [
            (wide.clone(), vec![vec![String::new(); 3]]),
            (vec!["a".into(), "b".into()], vec![vec![]]),
            (vec!["x".into()], vec![vec!["y".repeat(500)]]),
            (wide, Vec::new()),
        ] {
            let shares = column_shares(&head, &rows);
            assert_eq!(shares.len(), head.len());
            let sum: usize = shares.iter().map(|&s| usize::from(s)).sum();
            assert!(sum == 100 || shares.iter().all(|&s| s == 5), "{shares:?}");
        }
        assert!(column_shares(&[], &[]).is_empty());
    }

    #[test]
    fn the_style_sheet_has_a_width_for_every_share() {
        let css = include_str!("../../style/main.css");
        for share in (5..=100).step_by(5) {
            let rule = format!(".share-{share} {{ width: {share}%; }}");
            assert!(css.contains(&rule), "style/main.css lacks {rule}");
        }
    }
}
