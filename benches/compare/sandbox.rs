//! `refinerctl sandbox serve` as a child process: seeding a template database once, and
//! serving a database with the latency and rate limit of one run.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Server settings of one run.
#[derive(Debug, Clone)]
pub struct ServeSettings {
    pub seed: u64,
    pub contacts: usize,
    pub latency_ms: u64,
    /// Requests per minute per key, or `None` to turn the rate limit off.
    pub rate_per_minute: Option<u32>,
}

/// A sandbox server process, stopped on drop.
pub struct Sandbox {
    child: Child,
    pub url: String,
    pub key: String,
    pub addr: SocketAddr,
}

impl Sandbox {
    /// Serves `db` (seeded first when it does not exist) on a free port of 127.0.0.1.
    pub fn serve(binary: &Path, db: &Path, settings: &ServeSettings, scratch: &Path) -> Sandbox {
        let mut command = Command::new(binary);
        command
            .args(["sandbox", "serve", "--addr", "127.0.0.1:0", "--db"])
            .arg(db)
            .args(["--seed", &settings.seed.to_string()])
            .args(["--contacts", &settings.contacts.to_string()])
            .args(["--latency-ms", &settings.latency_ms.to_string()]);
        match settings.rate_per_minute {
            Some(rate) => {
                command.args(["--rate-limit", "on", "--rate-per-minute", &rate.to_string()])
            }
            None => command.args(["--rate-limit", "off"]),
        };
        let log =
            std::fs::File::create(scratch.join("sandbox.log")).expect("sandbox log can be created");
        let mut child = command
            .env("REFINER_STATE_DIR", scratch.join("sandbox-state"))
            .env("REFINER_CONFIG_DIR", scratch.join("sandbox-config"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("refinerctl sandbox serve starts");
        let mut lines = BufReader::new(child.stdout.take().expect("piped stdout")).lines();
        let url = lines.next().and_then(Result::ok).unwrap_or_else(|| {
            panic!(
                "sandbox printed no URL; see {}",
                scratch.join("sandbox.log").display()
            )
        });
        let key = lines
            .next()
            .and_then(Result::ok)
            .expect("sandbox prints its API key after the URL");
        let addr = socket_addr_of(&url);
        Sandbox {
            child,
            url,
            key,
            addr,
        }
    }

    /// Returns the sandbox URL with its host and port replaced by `addr`, for a relay in between.
    pub fn url_through(&self, addr: SocketAddr) -> String {
        self.url
            .replacen(&self.addr.to_string(), &addr.to_string(), 1)
    }

    /// Stops the server with SIGINT, as Ctrl-C would, so that SQLite closes cleanly. Kills
    /// it when it has not exited after 10 seconds.
    pub fn stop(mut self) {
        self.stop_child();
    }

    fn stop_child(&mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.stop_child();
    }
}

fn socket_addr_of(url: &str) -> SocketAddr {
    let rest = url
        .strip_prefix("http://")
        .unwrap_or_else(|| panic!("sandbox URL `{url}` is not plain http"));
    let authority = rest.split('/').next().unwrap_or_default();
    authority
        .parse()
        .unwrap_or_else(|_| panic!("sandbox URL `{url}` has no IP address and port"))
}

/// Seeds a database once by starting and stopping a server on it.
pub fn seed_template(binary: &Path, dir: &Path, seed: u64, contacts: usize) -> PathBuf {
    let db = dir.join("template.db");
    let settings = ServeSettings {
        seed,
        contacts,
        latency_ms: 0,
        rate_per_minute: None,
    };
    Sandbox::serve(binary, &db, &settings, dir).stop();
    db
}

/// Copies a database and its SQLite side files (`-wal`, `-shm`, `-journal`) to `target`.
pub fn copy_database(source: &Path, target: &Path) {
    std::fs::copy(source, target).expect("template database can be copied");
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = PathBuf::from(format!("{}{suffix}", source.display()));
        if side.exists() {
            std::fs::copy(&side, format!("{}{suffix}", target.display()))
                .expect("SQLite side file can be copied");
        }
    }
}
