//! Test support: a real sandbox server started from the built binary on 127.0.0.1:0, and
//! `refinerctl` invocations with HOME, config and state folders isolated per test.

// Each test module uses a different part of this support code.
#![allow(dead_code)]

use assert_cmd::Command;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_refinerctl");

/// A sandbox server process, killed on drop.
pub struct Sandbox {
    child: Child,
    pub url: String,
    pub key: String,
    pub db_path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Sandbox {
    /// Starts `refinerctl sandbox serve` with a small seeded database and no rate limit,
    /// plus `extra` arguments.
    pub fn start(contacts: usize, extra: &[&str]) -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let db_path = dir.path().join("sandbox.db");
        let contacts = contacts.to_string();
        let mut args = vec![
            "sandbox",
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--db",
            db_path.to_str().unwrap(),
            "--contacts",
            &contacts,
            "--rate-limit",
            "off",
        ];
        args.extend_from_slice(extra);
        let mut child = std::process::Command::new(BIN)
            .args(&args)
            .env("REFINER_STATE_DIR", dir.path().join("state"))
            .env("REFINER_CONFIG_DIR", dir.path().join("config"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("sandbox starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let url = lines.next().expect("sandbox prints its URL").unwrap();
        let key = lines.next().expect("sandbox prints its key").unwrap();
        assert!(url.starts_with("http://127.0.0.1:"), "unexpected URL {url}");
        Sandbox {
            child,
            url,
            key,
            db_path,
            _dir: dir,
        }
    }

    /// Opens the sandbox database for assertions.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db_path).unwrap()
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |row| row.get(0)).unwrap()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Isolated HOME, config and state folders for one test.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A `refinerctl` command with no API settings at all.
    pub fn bare(&self) -> Command {
        Command::from_std(self.process())
    }

    /// A `refinerctl` process builder with no API settings, for tests that spawn the
    /// command and signal it while it runs.
    pub fn process(&self) -> std::process::Command {
        let mut command = std::process::Command::new(BIN);
        command
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("REFINER_CONFIG_DIR", self.config_dir())
            .env("REFINER_STATE_DIR", self.state_dir())
            .env("NO_COLOR", "1")
            .env("TZ", "UTC");
        command
    }

    /// A `refinerctl` command pointed at `sandbox` through the environment.
    pub fn cmd(&self, sandbox: &Sandbox) -> Command {
        let mut command = self.bare();
        command
            .env("REFINER_API_URL", &sandbox.url)
            .env("REFINER_API_KEY", &sandbox.key);
        command
    }
}

/// Output of a finished command, with everything needed to explain a failure.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub fn run(command: &mut Command) -> Run {
    let output = command.output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn write_file(path: &Path, content: &[u8]) {
    std::fs::write(path, content).unwrap();
}

impl Sandbox {
    /// Creates or updates a contact through `POST /identify-user`, as an SDK would, and
    /// returns its uuid.
    pub fn identify(&self, body: serde_json::Value) -> String {
        let answer = self.post("identify-user", body);
        answer["contact_uuid"]
            .as_str()
            .expect("identify-user returns contact_uuid")
            .to_string()
    }

    /// Sends a JSON POST to the sandbox API and returns the JSON answer.
    pub fn post(&self, path: &str, body: serde_json::Value) -> serde_json::Value {
        let (status, text) = self.send(reqwest::Method::POST, path, Some(body));
        assert!(
            (200..300).contains(&status),
            "POST {path} returned {status}: {text}"
        );
        serde_json::from_str(&text).unwrap()
    }

    /// Sends a GET to the sandbox API and returns status and JSON answer.
    pub fn get(&self, path_and_query: &str) -> (u16, serde_json::Value) {
        let (status, text) = self.send(reqwest::Method::GET, path_and_query, None);
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
        )
    }

    fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, String) {
        let url = format!("{}/{path}", self.url);
        let key = self.key.clone();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let mut request = reqwest::Client::new()
                .request(method, &url)
                .bearer_auth(key);
            if let Some(body) = body {
                request = request.json(&body);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (status, response.text().await.unwrap())
        })
    }
}

/// Parses stdout as JSON.
pub fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|error| panic!("stdout is not JSON ({error}): {run:?}"))
}
