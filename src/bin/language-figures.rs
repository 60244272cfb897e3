//! Prints how the language guard does on the labelled corpus: recall on blaming sentences and
//! false flags on neutral ones, overall, per split and per category, then (with `--wrong`)
//! every sentence it gets wrong with what it found; then how many flagged blaming sentences got
//! a finding of their labelled kind, and (with `--misfits`) those that did not.
//!
//! cargo run --release --bin language-figures [-- [--wrong] [--misfits] [corpus.tsv]]

use tunnel::method::language::{self, corpus};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_wrong = args.iter().any(|a| a == "--wrong");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "tests/fixtures/language-corpus.tsv".to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("Could not read {path}: {error}");
            std::process::exit(1);
        }
    };
    let rows = match corpus::rows(&text) {
        Ok(rows) => rows,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    };
    let score = corpus::score(&rows);
    let line = |name: &str, tally: corpus::Tally| {
        println!(
            "  {name:<28} {:>4} of {:>4}  {:.3}",
            tally.flagged,
            tally.total,
            tally.share()
        );
    };
    println!("{path}: {} sentences", rows.len());
    println!("Recall (blaming sentences flagged):");
    line("all", score.recall);
    for ((blame, split), tally) in &score.by_split {
        if *blame {
            line(split, *tally);
        }
    }
    for ((blame, category), tally) in &score.by_category {
        if *blame {
            line(category, *tally);
        }
    }
    println!("False flags (neutral sentences flagged):");
    line("all", score.false_flags);
    for ((blame, split), tally) in &score.by_split {
        if !*blame {
            line(split, *tally);
        }
    }
    for ((blame, category), tally) in &score.by_category {
        if !*blame {
            line(category, *tally);
        }
    }
    println!("Category fit (flagged blaming sentences with a finding of their labelled kind):");
    line("all", score.fitting);
    for (category, tally) in &score.fitting_by_category {
        line(category, *tally);
    }
    // The cost: a 2,000-character field made of the corpus's own sentences, checked again
    // and again.
    let mut field = String::new();
    for row in rows.iter().cycle() {
        if field.len() >= 2_000 {
            break;
        }
        field.push_str(&row.sentence);
        field.push(' ');
    }
    let mut cut = 2_000;
    while !field.is_char_boundary(cut) {
        cut -= 1;
    }
    field.truncate(cut);
    // Batches, so that a moment of other work on the machine shows as one slow batch: the
    // median and the best are printed.
    let (batches, rounds) = (21, 50);
    let mut times: Vec<f64> = (0..batches)
        .map(|_| {
            let started = std::time::Instant::now();
            for _ in 0..rounds {
                std::hint::black_box(language::check(std::hint::black_box(&field)));
            }
            started.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "Checking a {}-character field: {:.3} ms median, {:.3} ms best ({} findings)",
        field.len(),
        times[batches / 2],
        times[0],
        language::check(&field).len()
    );
    let list = |rows: &[corpus::Row], what: fn(&corpus::Row) -> &'static str| {
        for row in rows {
            let found: Vec<String> = language::check(&row.sentence)
                .iter()
                .map(|f| format!("{} [{}]", f.phrase, f.category.name()))
                .collect();
            println!(
                "  {} {}/{} {}: {}  => {}",
                what(row),
                row.category,
                row.split,
                row.source,
                row.sentence,
                found.join(", ")
            );
        }
    };
    if show_wrong {
        println!("Wrong:");
        list(
            &score.wrong,
            |row| if row.blame { "missed" } else { "flagged" },
        );
    }
    if args.iter().any(|a| a == "--misfits") {
        println!("Flagged with a finding of another kind:");
        list(&score.misfits, |_| "misfit");
    }
}
