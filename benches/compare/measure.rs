//! Running one command under `/usr/bin/time -v`: wall time, peak RSS, exit code and output.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// GNU time, which reports the peak resident set size of a command and its children.
pub const GNU_TIME: &str = "/usr/bin/time";

/// A command to run with a clean environment: only PATH, HOME, LANG and what `env` adds.
#[derive(Debug, Clone)]
pub struct Invocation {
    program: OsString,
    args: Vec<OsString>,
    envs: Vec<(OsString, OsString)>,
    stdin: Option<PathBuf>,
    stdout: Option<PathBuf>,
}

/// What one run of an invocation measured.
#[derive(Debug, Clone)]
pub struct Measured {
    pub wall_secs: f64,
    pub max_rss_kib: u64,
    pub exit_code: i32,
    /// Standard output, unless it went to a file.
    pub stdout: String,
    pub stderr: String,
}

impl Invocation {
    pub fn new(program: impl AsRef<OsStr>) -> Invocation {
        Invocation {
            program: program.as_ref().to_owned(),
            args: Vec::new(),
            envs: Vec::new(),
            stdin: None,
            stdout: None,
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Invocation {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Invocation
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    pub fn env(mut self, name: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Invocation {
        self.envs
            .push((name.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    pub fn stdin_file(mut self, path: &Path) -> Invocation {
        self.stdin = Some(path.to_owned());
        self
    }

    pub fn stdout_file(mut self, path: &Path) -> Invocation {
        self.stdout = Some(path.to_owned());
        self
    }

    /// Runs the command under GNU time, whose report goes to a file in `scratch`.
    pub fn run_measured(&self, scratch: &Path) -> Measured {
        let report = scratch.join("time-report.txt");
        let mut command = Command::new(GNU_TIME);
        command
            .arg("-v")
            .arg("-o")
            .arg(&report)
            .arg(&self.program)
            .args(&self.args);
        let (wall_secs, output) = self.run(command);
        let text = std::fs::read_to_string(&report).unwrap_or_default();
        Measured {
            wall_secs,
            max_rss_kib: field(&text, "Maximum resident set size (kbytes):").unwrap_or(0),
            exit_code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Runs the command directly and returns its wall time in seconds, for start-up times
    /// where GNU time's own fork and exec would be a large share.
    pub fn run_wall_only(&self) -> (f64, i32) {
        let mut command = Command::new(&self.program);
        command.args(&self.args);
        let (wall_secs, output) = self.run(command);
        (wall_secs, output.status.code().unwrap_or(-1))
    }

    fn run(&self, mut command: Command) -> (f64, std::process::Output) {
        command.env_clear();
        for name in ["PATH", "HOME", "LANG"] {
            if let Some(value) = std::env::var_os(name) {
                command.env(name, value);
            }
        }
        command.envs(self.envs.iter().map(|(k, v)| (k, v)));
        command.stdin(match &self.stdin {
            Some(path) => Stdio::from(std::fs::File::open(path).expect("stdin file opens")),
            None => Stdio::null(),
        });
        command.stdout(match &self.stdout {
            Some(path) => {
                Stdio::from(std::fs::File::create(path).expect("stdout file can be created"))
            }
            None => Stdio::piped(),
        });
        command.stderr(Stdio::piped());
        let start = Instant::now();
        let output = command
            .output()
            .unwrap_or_else(|e| panic!("{} could not start: {e}", self.program.to_string_lossy()));
        (start.elapsed().as_secs_f64(), output)
    }
}

fn field(report: &str, label: &str) -> Option<u64> {
    report
        .lines()
        .find_map(|line| line.trim().strip_prefix(label))
        .and_then(|value| value.trim().parse().ok())
}
