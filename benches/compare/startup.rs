//! Start-up: `refinerctl --version` and `refinerctl --help`, wall time and peak RSS.

use crate::measure::Invocation;
use crate::table::{header, row, Spread};
use crate::{progress, Bench};

/// Runs per figure. A start-up takes milliseconds, so many runs cost little.
const WALL_RUNS: usize = 30;
const RSS_RUNS: usize = 5;

pub fn run(bench: &Bench) -> String {
    let scratch = bench.run_dir("startup");
    let mut lines = vec![
        "## Start-up".to_string(),
        String::new(),
        format!("Median (min–max) of {WALL_RUNS} runs for wall time (process spawned directly) and of {RSS_RUNS} runs under GNU time for peak RSS."),
        String::new(),
        header(&["command", "wall ms", "peak RSS MiB", "exit code"]),
    ];
    let commands: [&[&str]; 3] = [&["--version"], &["--help"], &["users", "delete", "--help"]];
    let mut walls: Vec<Vec<f64>> = vec![Vec::new(); commands.len()];
    let mut codes = vec![0; commands.len()];
    // Interleaved: every command once per round.
    for _ in 0..WALL_RUNS {
        for (index, args) in commands.iter().enumerate() {
            let (wall, code) = invocation(bench, args).run_wall_only();
            walls[index].push(wall * 1000.0);
            codes[index] = code;
        }
    }
    for (index, args) in commands.iter().enumerate() {
        progress(&format!("start-up: refinerctl {}", args.join(" ")));
        let rss: Vec<f64> = (0..RSS_RUNS)
            .map(|_| invocation(bench, args).run_measured(&scratch).max_rss_kib as f64 / 1024.0)
            .collect();
        lines.push(row(&[
            format!("`refinerctl {}`", args.join(" ")),
            Spread::of(&walls[index]).show(2),
            Spread::of(&rss).show(1),
            codes[index].to_string(),
        ]));
    }
    lines.join("\n") + "\n"
}

fn invocation(bench: &Bench, args: &[&str]) -> Invocation {
    Invocation::new(&bench.binary)
        .args(args)
        .env("NO_COLOR", "1")
}
