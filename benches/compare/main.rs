//! Benchmarks refinerctl against the scripts administrators write without it: group
//! deletion against curl loops, segment export against a page-by-page Python loop, and
//! start-up time. All runs go to `refinerctl sandbox serve` on 127.0.0.1, and the variants
//! of each comparison run interleaved (A, B, C, A, B, C, …) so that ratios compare runs
//! taken under the same machine load.
//!
//! Run with `cargo bench --bench compare [-- GROUP…]`, where GROUP is `startup`, `delete`
//! or `export` (all three by default). The `REFINER_BENCH_*` variables in [`Config`]
//! change the sizes; the results are printed as Markdown on stdout, progress on stderr.

mod delete;
mod export;
mod fixtures;
mod measure;
mod proxy;
mod sandbox;
mod startup;
mod table;

use measure::{Invocation, Measured};
use proxy::{Exchange, Proxy};
use sandbox::{Sandbox, ServeSettings};
use std::path::{Path, PathBuf};

/// Environment variables that size the benchmark, with their defaults.
const ENV_RUNS: &str = "REFINER_BENCH_RUNS";
const ENV_SMOKE: &str = "REFINER_BENCH_SMOKE";
const ENV_SEED: &str = "REFINER_BENCH_SEED";
const ENV_CONTACTS: &str = "REFINER_BENCH_CONTACTS";
const ENV_LATENCY_MS: &str = "REFINER_BENCH_LATENCY_MS";
const ENV_RATE_PER_MINUTE: &str = "REFINER_BENCH_RATE_PER_MINUTE";
const ENV_DELETE_USERS: &str = "REFINER_BENCH_DELETE_USERS";
const ENV_OVER_BUDGET_USERS: &str = "REFINER_BENCH_OVER_BUDGET_USERS";
const ENV_CONCURRENCY: &str = "REFINER_BENCH_CONCURRENCY";
const ENV_PYTHON: &str = "REFINER_BENCH_PYTHON";

/// Share of the sandbox's rate limit passed to refinerctl as `--max-rps`.
pub const PACE_SHARE: f64 = 0.97;

/// Sizes and server settings of one benchmark run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Runs of every variant; each figure is the median of these.
    pub runs: usize,
    pub seed: u64,
    /// Contacts in the seeded database that every deletion and export run starts from.
    pub contacts: usize,
    /// Delay the sandbox adds to every request, standing in for the network.
    pub latency_ms: u64,
    /// Requests per minute per key that the sandbox allows in the rate-limited runs.
    pub rate_per_minute: u32,
    /// Users deleted by every deletion run.
    pub delete_users: usize,
    /// Users deleted by the `xargs -P 8` run over one minute's budget; 0 skips that run.
    pub over_budget_users: usize,
    /// `--concurrency` of refinerctl in the rate-limited deletion runs.
    pub concurrency: usize,
    pub python: PathBuf,
    pub smoke: bool,
}

impl Config {
    fn from_env() -> Config {
        let smoke = std::env::var(ENV_SMOKE).is_ok_and(|v| v == "1");
        let rate_per_minute = number(ENV_RATE_PER_MINUTE, 4000);
        // One eighth more users than the limit admits requests in a minute.
        let over_budget = if smoke {
            0
        } else {
            rate_per_minute as usize * 9 / 8
        };
        Config {
            runs: number(ENV_RUNS, if smoke { 1 } else { 3 }),
            seed: number(ENV_SEED, 42),
            contacts: number(ENV_CONTACTS, if smoke { 2000 } else { 60_000 }),
            latency_ms: number(ENV_LATENCY_MS, 30),
            rate_per_minute,
            delete_users: number(ENV_DELETE_USERS, if smoke { 50 } else { 600 }),
            over_budget_users: number(ENV_OVER_BUDGET_USERS, over_budget),
            concurrency: number(ENV_CONCURRENCY, 8),
            python: std::env::var_os(ENV_PYTHON)
                .map(PathBuf::from)
                .unwrap_or_else(real_python),
            smoke,
        }
    }

    /// Returns the `--max-rps` of refinerctl in the rate-limited runs.
    pub fn max_rps(&self) -> f64 {
        f64::from(self.rate_per_minute) / 60.0 * PACE_SHARE
    }
}

fn number<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|_| panic!("{name}=`{text}` is not a valid number")),
        Err(_) => default,
    }
}

/// Finds the interpreter behind `python3`, so that a version manager's shim is not timed.
fn real_python() -> PathBuf {
    let output = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output();
    match output {
        Ok(output) if output.status.success() => {
            PathBuf::from(String::from_utf8_lossy(&output.stdout).trim())
        }
        _ => PathBuf::from("python3"),
    }
}

/// State that the variants of a comparison share: the binary, the seeded database, the runtime
/// that hosts the counting relay, and a scratch folder.
pub struct Bench {
    pub config: Config,
    pub binary: PathBuf,
    pub scratch: PathBuf,
    pub runtime: tokio::runtime::Runtime,
    template: Option<PathBuf>,
}

impl Bench {
    /// Returns the seeded template database, creating it on first use.
    pub fn template(&mut self) -> PathBuf {
        if let Some(template) = &self.template {
            return template.clone();
        }
        let dir = self.scratch.join("template");
        std::fs::create_dir_all(&dir).expect("template folder can be created");
        progress(&format!(
            "seeding {} contacts (seed {})",
            self.config.contacts, self.config.seed
        ));
        let template =
            sandbox::seed_template(&self.binary, &dir, self.config.seed, self.config.contacts);
        self.template = Some(template.clone());
        template
    }

    /// Creates an empty folder for one run.
    pub fn run_dir(&self, name: &str) -> PathBuf {
        let dir = self.scratch.join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("run folder can be created");
        dir
    }

    /// Serves `db` with a counting relay in front, runs the invocation that `build` returns
    /// for the relay's URL and the API key, stops the server, and returns the measurement
    /// with the exchanges that the relay recorded.
    pub fn measure(
        &self,
        label: &str,
        db: &Path,
        settings: &ServeSettings,
        dir: &Path,
        build: impl FnOnce(&str, &str) -> Invocation,
    ) -> (Measured, Vec<Exchange>) {
        let sandbox = Sandbox::serve(&self.binary, db, settings, dir);
        let proxy = self
            .runtime
            .block_on(Proxy::start(sandbox.addr))
            .expect("relay starts");
        let invocation = build(&sandbox.url_through(proxy.addr), &sandbox.key);
        let measured = invocation.run_measured(dir);
        let exchanges = proxy.take();
        drop(proxy);
        sandbox.stop();
        if measured.exit_code != 0 {
            let last_line = measured.stderr.lines().last().unwrap_or_default();
            progress(&format!(
                "{label} exited with {}: {last_line}",
                measured.exit_code
            ));
        }
        (measured, exchanges)
    }

    /// Returns a `refinerctl` invocation against `url` with config and state in `dir`.
    pub fn refinerctl(&self, dir: &Path, url: &str, key: &str) -> Invocation {
        Invocation::new(&self.binary)
            .env("REFINER_API_URL", url)
            .env("REFINER_API_KEY", key)
            .env("REFINER_CONFIG_DIR", dir.join("config"))
            .env("REFINER_STATE_DIR", dir.join("state"))
            .env("NO_COLOR", "1")
    }

    pub fn script(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("benches/scripts")
            .join(name)
    }
}

/// Prints a progress line on stderr.
pub fn progress(line: &str) {
    eprintln!("bench: {line}");
}

fn main() {
    let groups = selected_groups();
    let config = Config::from_env();
    let scratch = tempfile::Builder::new()
        .prefix("refinerctl-bench-")
        .tempdir()
        .expect("scratch folder can be created");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime starts");
    let mut bench = Bench {
        config,
        binary: PathBuf::from(env!("CARGO_BIN_EXE_refinerctl")),
        scratch: scratch.path().to_owned(),
        runtime,
        template: None,
    };

    println!("{}", machine_description(&bench));
    if groups.iter().any(|g| g == "startup") {
        println!("{}", startup::run(&bench));
    }
    if groups.iter().any(|g| g == "delete") {
        println!("{}", delete::run(&mut bench));
    }
    if groups.iter().any(|g| g == "export") {
        println!("{}", export::run(&mut bench));
    }
}

/// Groups named on the command line; cargo's own `--bench` flag is skipped.
fn selected_groups() -> Vec<String> {
    let named: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    for group in &named {
        assert!(
            ["startup", "delete", "export"].contains(&group.as_str()),
            "unknown benchmark group `{group}`: use startup, delete or export"
        );
    }
    if named.is_empty() {
        vec!["startup".into(), "delete".into(), "export".into()]
    } else {
        named
    }
}

fn machine_description(bench: &Bench) -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_default();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory_kib: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let config = &bench.config;
    format!(
        "## Machine and settings\n\n\
         - CPU: {cpu}, {cores} cores available (`nproc`); memory {:.1} GiB\n\
         - {}; {}\n\
         - runs per figure: {}; seed {}; {} contacts; sandbox latency {} ms; rate limit {} requests/minute; \
         refinerctl --max-rps {:.2} ({} of the limit)\n",
        memory_kib as f64 / 1024.0 / 1024.0,
        first_line("curl", &["--version"]),
        first_line(&config.python.to_string_lossy(), &["--version"]),
        config.runs,
        config.seed,
        config.contacts,
        config.latency_ms,
        config.rate_per_minute,
        config.max_rps(),
        PACE_SHARE,
    )
}

fn first_line(program: &str, args: &[&str]) -> String {
    let output = std::process::Command::new(program).args(args).output();
    let text = output
        .map(|o| {
            String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
        })
        .unwrap_or_default();
    text.lines().next().unwrap_or(program).to_string()
}
