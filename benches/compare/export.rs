//! Export of a segment's contacts and responses: `refinerctl export` as JSON and as CSV,
//! against the page-by-page Python loop, for a large segment and a segment about a quarter
//! of its size, to show that peak memory does not grow with the segment.

use crate::fixtures::{ApiReader, SegmentSize};
use crate::measure::{Invocation, Measured};
use crate::proxy::{traffic, Traffic};
use crate::sandbox::{Sandbox, ServeSettings};
use crate::table::{header, ratios, row, Spread};
use crate::{progress, Bench};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tool {
    RefinerctlJson,
    RefinerctlCsv,
    PageLoop,
}

const TOOLS: [Tool; 3] = [Tool::RefinerctlJson, Tool::RefinerctlCsv, Tool::PageLoop];

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::RefinerctlJson => "refinerctl export, JSON",
            Tool::RefinerctlCsv => "refinerctl export, CSV",
            Tool::PageLoop => "Python page loop (100/page)",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Tool::RefinerctlJson => "refinerctl-json",
            Tool::RefinerctlCsv => "refinerctl-csv",
            Tool::PageLoop => "page-loop",
        }
    }
}

/// A segment to export, with the number of responses of its contacts.
struct Target {
    segment: SegmentSize,
    responses: u64,
}

struct Outcome {
    measured: Measured,
    traffic: Traffic,
    output_bytes: u64,
}

pub fn run(bench: &mut Bench) -> String {
    let template = bench.template();
    let targets = pick_segments(bench, &template);
    let mut sections = vec![
        "## Segment export".to_string(),
        String::new(),
        describe(bench),
    ];
    for target in &targets {
        let mut outcomes: Vec<Vec<Outcome>> = TOOLS.iter().map(|_| Vec::new()).collect();
        for round in 0..bench.config.runs {
            for (index, tool) in TOOLS.iter().enumerate() {
                progress(&format!(
                    "export of {} contacts, round {}/{}: {}",
                    target.segment.contacts,
                    round + 1,
                    bench.config.runs,
                    tool.name()
                ));
                outcomes[index].push(run_once(bench, &template, target, *tool, round));
            }
        }
        sections.push(render(target, &outcomes));
    }
    sections.join("\n")
}

fn describe(bench: &Bench) -> String {
    let config = &bench.config;
    format!(
        "Sandbox latency {} ms per request, rate limit {} requests/minute; the database is seeded with {} contacts (seed {}). \
         refinerctl runs with its defaults. Median (min–max) of {} interleaved runs; \
         speed-up is the page loop's wall time divided by the tool's, per round.\n",
        config.latency_ms, config.rate_per_minute, config.contacts, config.seed, config.runs
    )
}

/// Picks the largest segment and the one closest to a quarter of its size.
fn pick_segments(bench: &Bench, template: &Path) -> Vec<Target> {
    let dir = bench.run_dir("export-segments");
    let settings = ServeSettings {
        seed: bench.config.seed,
        contacts: bench.config.contacts,
        latency_ms: 0,
        rate_per_minute: None,
    };
    let sandbox = Sandbox::serve(&bench.binary, template, &settings, &dir);
    let reader = ApiReader::new(&sandbox.url, &sandbox.key);
    let targets = bench.runtime.block_on(async {
        let sizes = reader.segment_sizes().await;
        let largest = sizes
            .first()
            .cloned()
            .expect("the seeded data has segments");
        let quarter = largest.contacts / 4;
        let smaller = sizes
            .iter()
            .skip(1)
            .min_by_key(|s| s.contacts.abs_diff(quarter))
            .cloned()
            .unwrap_or_else(|| largest.clone());
        let mut targets = Vec::new();
        for segment in [smaller, largest] {
            let responses = reader
                .count(
                    "responses",
                    &[
                        ("segment_uuid", segment.uuid.clone()),
                        ("include", "all".into()),
                    ],
                )
                .await;
            targets.push(Target { segment, responses });
        }
        targets
    });
    sandbox.stop();
    targets
}

fn run_once(bench: &Bench, template: &Path, target: &Target, tool: Tool, round: usize) -> Outcome {
    let config = &bench.config;
    let dir = bench.run_dir(&format!(
        "export-{}-{round}-{}",
        target.segment.contacts,
        tool.slug()
    ));
    let settings = ServeSettings {
        seed: config.seed,
        contacts: config.contacts,
        latency_ms: config.latency_ms,
        rate_per_minute: Some(config.rate_per_minute),
    };
    let out = dir.join("out");
    std::fs::create_dir_all(&out).expect("output folder can be created");
    let segment = &target.segment.uuid;
    // Exports only read, so every run serves the template itself.
    let (measured, exchanges) = bench.measure(
        tool.name(),
        template,
        &settings,
        &dir,
        |url, key| match tool {
            Tool::RefinerctlJson => bench
                .refinerctl(&dir, url, key)
                .args(["export", "--segment", segment, "--format", "json"])
                .stdout_file(&out.join("export.json")),
            Tool::RefinerctlCsv => bench
                .refinerctl(&dir, url, key)
                .args(["export", "--segment", segment, "--format", "csv", "--out"])
                // A trailing slash makes `--out` a folder for the CSV tables.
                .arg(format!("{}/", out.display())),
            Tool::PageLoop => Invocation::new(&config.python)
                .arg(Bench::script("export-pages.py"))
                .args(["--segment", segment, "--out-dir"])
                .arg(&out)
                .env("REFINER_API_URL", url)
                .env("REFINER_API_KEY", key),
        },
    );
    Outcome {
        traffic: traffic(&exchanges, &[]),
        output_bytes: folder_size(&out),
        measured,
    }
}

fn folder_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| match entry.metadata() {
            Ok(meta) if meta.is_dir() => folder_size(&entry.path()),
            Ok(meta) => meta.len(),
            Err(_) => 0,
        })
        .sum()
}

fn render(target: &Target, outcomes: &[Vec<Outcome>]) -> String {
    let loop_walls = walls(&outcomes[2]);
    let mut lines = vec![
        format!(
            "### Segment `{}`: {} contacts, {} responses (`include=all`)",
            target.segment.name, target.segment.contacts, target.responses
        ),
        String::new(),
        header(&[
            "tool",
            "wall s",
            "requests",
            "429s",
            "peak RSS MiB",
            "output MiB",
            "speed-up vs page loop",
            "exit codes",
        ]),
    ];
    for (tool, runs) in TOOLS.iter().zip(outcomes) {
        let walls = walls(runs);
        lines.push(row(&[
            tool.name().to_string(),
            Spread::of(&walls).show(1),
            Spread::of(
                &runs
                    .iter()
                    .map(|r| r.traffic.requests as f64)
                    .collect::<Vec<_>>(),
            )
            .show(0),
            Spread::of(
                &runs
                    .iter()
                    .map(|r| r.traffic.rate_limited as f64)
                    .collect::<Vec<_>>(),
            )
            .show(0),
            Spread::of(
                &runs
                    .iter()
                    .map(|r| r.measured.max_rss_kib as f64 / 1024.0)
                    .collect::<Vec<_>>(),
            )
            .show(1),
            Spread::of(
                &runs
                    .iter()
                    .map(|r| r.output_bytes as f64 / 1024.0 / 1024.0)
                    .collect::<Vec<_>>(),
            )
            .show(1),
            Spread::of(&ratios(&loop_walls, &walls)).show(1),
            format!(
                "{:?}",
                runs.iter()
                    .map(|r| r.measured.exit_code)
                    .collect::<Vec<_>>()
            ),
        ]));
    }
    lines.join("\n") + "\n"
}

fn walls(runs: &[Outcome]) -> Vec<f64> {
    runs.iter().map(|r| r.measured.wall_secs).collect()
}
