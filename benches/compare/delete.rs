//! Group deletion of the same users by refinerctl, a sequential curl loop and `xargs -P 8`
//! curl, each from a fresh copy of the seeded database and a freshly started sandbox, so
//! that no run inherits another's rate-limit window.
//!
//! The sandbox's limit is a sliding window of one minute: a run that sends fewer requests
//! than the per-minute limit never receives a 429, however fast it sends them. One more
//! variant therefore runs `xargs -P 8` on a larger group, more than one minute's budget,
//! to show what an unpaced script does when it runs into the limit.

use crate::fixtures::{remaining_contacts, ApiReader};
use crate::measure::{Invocation, Measured};
use crate::proxy::{phases, traffic, Phases, Traffic};
use crate::sandbox::{copy_database, Sandbox, ServeSettings};
use crate::table::{header, ratios, row, Spread};
use crate::{progress, Bench, Config};
use std::path::{Path, PathBuf};

/// `--concurrency` of refinerctl when the rate limit is off, to find the server's ceiling.
const UNLIMITED_CONCURRENCY: usize = 32;
/// `--max-rps` of refinerctl when the rate limit is off: far above what the server serves.
const UNLIMITED_MAX_RPS: f64 = 100_000.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tool {
    Refinerctl,
    CurlSequential,
    CurlXargs,
    RefinerctlUnlimited,
    /// `xargs -P 8` on more users than one minute's rate limit allows requests.
    CurlXargsOverBudget,
}

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Refinerctl => "refinerctl",
            Tool::CurlSequential => "curl loop",
            Tool::CurlXargs => "xargs -P 8 curl",
            Tool::RefinerctlUnlimited => "refinerctl, no rate limit",
            Tool::CurlXargsOverBudget => "xargs -P 8 curl, over one minute's budget",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Tool::Refinerctl => "refinerctl",
            Tool::CurlSequential => "curl-sequential",
            Tool::CurlXargs => "curl-xargs",
            Tool::RefinerctlUnlimited => "refinerctl-unlimited",
            Tool::CurlXargsOverBudget => "curl-xargs-over-budget",
        }
    }

    fn rate_limited(self) -> bool {
        self != Tool::RefinerctlUnlimited
    }

    /// Returns how many users this variant deletes.
    fn users(self, config: &Config) -> usize {
        match self {
            Tool::CurlXargsOverBudget => config.over_budget_users,
            _ => config.delete_users,
        }
    }
}

/// Returns the variants in the order each round runs them.
fn tools(config: &Config) -> Vec<Tool> {
    let mut tools = vec![
        Tool::Refinerctl,
        Tool::CurlSequential,
        Tool::CurlXargs,
        Tool::RefinerctlUnlimited,
    ];
    if config.over_budget_users > 0 {
        tools.push(Tool::CurlXargsOverBudget);
    }
    tools
}

/// Target users of a variant, in a file and in memory.
struct Targets {
    file: PathBuf,
    uuids: Vec<String>,
}

/// What one deletion run measured.
struct Outcome {
    measured: Measured,
    /// Every request the server answered.
    all: Traffic,
    /// The DELETE requests alone.
    deletes: Traffic,
    /// Requests before, during and after the DELETEs.
    phases: Phases,
    /// Target users still in the database afterwards.
    remaining: usize,
}

pub fn run(bench: &mut Bench) -> String {
    let template = bench.template();
    let tools = tools(&bench.config);
    let largest = tools
        .iter()
        .map(|t| t.users(&bench.config))
        .max()
        .unwrap_or(0);
    let uuids = target_uuids(bench, &template, largest);
    let targets: Vec<Targets> = tools
        .iter()
        .map(|tool| {
            let users = tool.users(&bench.config);
            let file = bench.scratch.join(format!("delete-ids-{users}.txt"));
            let uuids = uuids[..users].to_vec();
            std::fs::write(&file, uuids.join("\n") + "\n").expect("ids file can be written");
            Targets { file, uuids }
        })
        .collect();

    let mut outcomes: Vec<Vec<Outcome>> = tools.iter().map(|_| Vec::new()).collect();
    for round in 0..bench.config.runs {
        for (index, tool) in tools.iter().enumerate() {
            progress(&format!(
                "delete round {}/{}: {}",
                round + 1,
                bench.config.runs,
                tool.name()
            ));
            outcomes[index].push(run_once(bench, &template, *tool, round, &targets[index]));
        }
    }
    render(bench, &tools, &outcomes)
}

fn target_uuids(bench: &Bench, template: &Path, count: usize) -> Vec<String> {
    let dir = bench.run_dir("delete-targets");
    let settings = ServeSettings {
        seed: bench.config.seed,
        contacts: bench.config.contacts,
        latency_ms: 0,
        rate_per_minute: None,
    };
    let db = dir.join("sandbox.db");
    copy_database(template, &db);
    let sandbox = Sandbox::serve(&bench.binary, &db, &settings, &dir);
    let reader = ApiReader::new(&sandbox.url, &sandbox.key);
    let uuids = bench.runtime.block_on(reader.contact_uuids(count));
    sandbox.stop();
    uuids
}

fn run_once(
    bench: &Bench,
    template: &Path,
    tool: Tool,
    round: usize,
    targets: &Targets,
) -> Outcome {
    let config = &bench.config;
    let dir = bench.run_dir(&format!("delete-{round}-{}", tool.slug()));
    let db = dir.join("sandbox.db");
    copy_database(template, &db);
    let settings = ServeSettings {
        seed: config.seed,
        contacts: config.contacts,
        latency_ms: config.latency_ms,
        rate_per_minute: tool.rate_limited().then_some(config.rate_per_minute),
    };
    let ids = &targets.file;
    let (measured, exchanges) =
        bench.measure(tool.name(), &db, &settings, &dir, |url, key| match tool {
            Tool::Refinerctl => refinerctl(
                bench,
                &dir,
                url,
                key,
                ids,
                config.max_rps(),
                config.concurrency,
            ),
            Tool::RefinerctlUnlimited => refinerctl(
                bench,
                &dir,
                url,
                key,
                ids,
                UNLIMITED_MAX_RPS,
                UNLIMITED_CONCURRENCY,
            ),
            Tool::CurlSequential => script("delete-sequential.sh", url, key, ids),
            Tool::CurlXargs | Tool::CurlXargsOverBudget => script("delete-xargs.sh", url, key, ids),
        });
    Outcome {
        all: traffic(&exchanges, &[]),
        deletes: traffic(&exchanges, &["DELETE"]),
        phases: phases(&exchanges, "DELETE"),
        remaining: remaining_contacts(&db, &targets.uuids),
        measured,
    }
}

fn refinerctl(
    bench: &Bench,
    dir: &Path,
    url: &str,
    key: &str,
    ids: &Path,
    max_rps: f64,
    concurrency: usize,
) -> Invocation {
    let users = bench.config.delete_users.to_string();
    bench
        .refinerctl(dir, url, key)
        .args(["users", "delete", "--yes", "--output", "json", "--ids-file"])
        .arg(ids)
        .args([
            "--max-delete",
            &users,
            "--max-rps",
            &format!("{max_rps:.3}"),
            "--concurrency",
            &concurrency.to_string(),
        ])
}

fn script(name: &str, url: &str, key: &str, ids_file: &Path) -> Invocation {
    Invocation::new("sh")
        .arg(Bench::script(name))
        .stdin_file(ids_file)
        .env("REFINER_API_URL", url)
        .env("REFINER_API_KEY", key)
}

/// Counts the status codes that a curl script printed, one per line, other than 2xx.
fn curl_failures(stdout: &str) -> usize {
    stdout
        .lines()
        .filter(|line| !line.trim().starts_with('2'))
        .count()
}

/// Summarizes one value of every run.
fn spread(runs: &[Outcome], value: impl Fn(&Outcome) -> f64) -> Spread {
    Spread::of(&runs.iter().map(value).collect::<Vec<_>>())
}

fn render(bench: &Bench, tools: &[Tool], outcomes: &[Vec<Outcome>]) -> String {
    let config = &bench.config;
    let limit_rps = f64::from(config.rate_per_minute) / 60.0;
    let sequential_walls = walls(&outcomes[1]);
    let mut lines = vec![
        "## Group deletion".to_string(),
        String::new(),
        format!(
            "{} users (the over-budget row: {}), the first ones of the listing, from an ids file; every run on a fresh copy of the database. \
             Sandbox latency {} ms per request; rate limit {} requests/minute ({limit_rps:.1}/s) in a sliding one-minute window, \
             off in the \"no rate limit\" row. refinerctl: `--max-rps {:.2} --concurrency {}`; without the limit `--max-rps {UNLIMITED_MAX_RPS} --concurrency {UNLIMITED_CONCURRENCY}`. \
             Median (min–max) of {} interleaved runs. Rates are over the time from the first request to the last response that the relay saw.",
            config.delete_users,
            config.over_budget_users,
            config.latency_ms,
            config.rate_per_minute,
            config.max_rps(),
            config.concurrency,
            config.runs
        ),
        String::new(),
        header(&[
            "tool",
            "wall s",
            "users deleted/s",
            "requests",
            "req/s",
            "× limit",
            "DELETE/s",
            "DELETE × limit",
            "429s",
            "other errors",
            "failed items (DB)",
            "speed-up vs curl loop",
        ]),
    ];
    for (tool, runs) in tools.iter().zip(outcomes) {
        let users = tool.users(config);
        let request_rate: Vec<f64> = runs
            .iter()
            .map(|r| r.all.requests as f64 / r.all.span_secs)
            .collect();
        let delete_rate: Vec<f64> = runs
            .iter()
            .map(|r| r.deletes.requests as f64 / r.deletes.span_secs)
            .collect();
        let share = |rates: &[f64]| {
            if tool.rate_limited() {
                Spread::of(&rates.iter().map(|r| r / limit_rps).collect::<Vec<_>>()).show(2)
            } else {
                "–".into()
            }
        };
        let mut failed = spread(runs, |r| r.remaining as f64).show(0);
        if matches!(
            tool,
            Tool::CurlSequential | Tool::CurlXargs | Tool::CurlXargsOverBudget
        ) {
            let by_status = spread(runs, |r| curl_failures(&r.measured.stdout) as f64).show(0);
            failed = format!("{failed} (curl: {by_status} non-2xx)");
        }
        let speed_up = if users == config.delete_users {
            Spread::of(&ratios(&sequential_walls, &walls(runs))).show(1)
        } else {
            "–".into()
        };
        lines.push(row(&[
            tool.name().to_string(),
            spread(runs, |r| r.measured.wall_secs).show(1),
            spread(runs, |r| {
                (users - r.remaining) as f64 / r.measured.wall_secs
            })
            .show(1),
            spread(runs, |r| r.all.requests as f64).show(0),
            Spread::of(&request_rate).show(1),
            share(&request_rate),
            Spread::of(&delete_rate).show(1),
            share(&delete_rate),
            spread(runs, |r| r.all.rate_limited as f64).show(0),
            spread(runs, |r| r.all.errors as f64).show(0),
            failed,
            speed_up,
        ]));
    }
    lines.push(String::new());
    lines.push(exit_codes(tools, outcomes));
    lines.push(String::new());
    lines.push(render_phases(tools, outcomes));
    lines.join("\n") + "\n"
}

fn walls(runs: &[Outcome]) -> Vec<f64> {
    runs.iter().map(|r| r.measured.wall_secs).collect()
}

fn exit_codes(tools: &[Tool], outcomes: &[Vec<Outcome>]) -> String {
    let parts: Vec<String> = tools
        .iter()
        .zip(outcomes)
        .map(|(tool, runs)| {
            format!(
                "{} {:?}",
                tool.name(),
                runs.iter()
                    .map(|r| r.measured.exit_code)
                    .collect::<Vec<_>>()
            )
        })
        .collect();
    format!("Exit codes per run: {}.", parts.join("; "))
}

/// Shows where refinerctl's wall time goes: requests before the first DELETE (lookups of
/// the ids), the DELETEs, and requests after the last one (verification).
fn render_phases(tools: &[Tool], outcomes: &[Vec<Outcome>]) -> String {
    let mut lines = vec![
        "Where refinerctl's time goes (requests and seconds, seen by the relay):".to_string(),
        String::new(),
        header(&[
            "tool",
            "before first DELETE",
            "DELETEs",
            "after last DELETE",
            "outside requests s",
        ]),
    ];
    for (tool, runs) in tools.iter().zip(outcomes) {
        if !matches!(tool, Tool::Refinerctl | Tool::RefinerctlUnlimited) {
            continue;
        }
        let phase = |pick: fn(&Phases) -> (usize, f64)| {
            let requests = spread(runs, |r| pick(&r.phases).0 as f64).show(0);
            let secs = spread(runs, |r| pick(&r.phases).1).show(1);
            format!("{requests} in {secs} s")
        };
        lines.push(row(&[
            tool.name().to_string(),
            phase(|p| p.before),
            phase(|p| p.during),
            phase(|p| p.after),
            spread(runs, |r| r.measured.wall_secs - r.all.span_secs).show(2),
        ]));
    }
    lines.join("\n")
}
