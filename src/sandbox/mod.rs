//! Local Refiner-compatible API server backed by SQLite.
//!
//! The sandbox serves the Refiner REST API v1 under `/v1` on a loopback address, from a
//! SQLite database that it seeds with deterministic data on first use. It emulates the
//! three ways to authenticate and their error bodies, the pagination envelope with page
//! numbers and keyset cursors, the object shapes and both timestamp styles, the documented
//! rate limits (when switched on), added latency, and injected faults. The library never
//! prints; the CLI reports the base URL and key that `start` returns.
//!
//! Module map: `server` (accept loop and the per-request pipeline), `auth`, `ratelimit`,
//! `faults`, `params` (query and body parameters), `paging`, `routes` (endpoints),
//! `render` (JSON shapes), `db` (schema), `seed` (generated data), `ids` (UUIDs, key,
//! clock).

mod auth;
mod db;
mod error;
mod faults;
mod ids;
mod paging;
mod params;
mod ratelimit;
mod render;
mod routes;
mod seed;
mod server;
#[cfg(test)]
mod tests;

use anyhow::{bail, Context, Result};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use faults::{FaultKind, FaultSpec};
pub use seed::PROJECT_NAME;

/// Seed of the generated data when none is given.
pub const DEFAULT_SEED: u64 = 1;

/// Number of contacts generated for a new database when no number is given.
pub const DEFAULT_CONTACTS: usize = 5000;

/// Default `page_length` of list endpoints.
pub const DEFAULT_PAGE_LENGTH: u32 = 50;

/// How to run a sandbox server.
pub struct ServeOptions {
    /// Address to listen on. It must be a loopback address; port 0 picks a free port.
    pub addr: SocketAddr,
    /// SQLite database, created and seeded when missing or empty.
    pub db_path: PathBuf,
    /// Seed of the generated data and of random fault draws.
    pub seed: u64,
    /// Number of contacts generated when the database is new.
    pub contacts: usize,
    /// Delay added before every response.
    pub latency: Duration,
    /// Rate limits to enforce; `None` switches them off.
    pub rate_limit: Option<RateLimits>,
    /// Faults to inject.
    pub faults: FaultSpec,
    /// `page_length` of list endpoints when a request gives none (clamped to 1..=1000).
    pub page_length_default: u32,
}

impl ServeOptions {
    /// Options for an in-process sandbox on 127.0.0.1 with a free port, no latency, no
    /// rate limits and no faults.
    pub fn local(db_path: PathBuf, seed: u64, contacts: usize) -> ServeOptions {
        ServeOptions {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            db_path,
            seed,
            contacts,
            latency: Duration::ZERO,
            rate_limit: None,
            faults: FaultSpec::default(),
            page_length_default: DEFAULT_PAGE_LENGTH,
        }
    }
}

/// Requests per minute that the rate limits admit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    /// Requests per minute with the API key.
    pub per_key_per_minute: u32,
    /// Requests per minute that carry the same `id`, `email` or `uuid` value.
    pub per_user_per_minute: u32,
}

impl Default for RateLimits {
    /// Returns the documented limits: 4,000 per key and 100 per user identifier each
    /// minute.
    fn default() -> RateLimits {
        RateLimits {
            per_key_per_minute: 4000,
            per_user_per_minute: 100,
        }
    }
}

/// The environment a sandbox database emulates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxIdentity {
    /// `sandbox-` and 32 hex digits, derived from the seed.
    pub api_key: String,
    pub project_name: String,
    pub project_uuid: String,
}

/// A sandbox serving in a tokio task. Dropping it stops the server as `shutdown` does,
/// without waiting for the task to end.
pub struct Running {
    /// Base URL of the API, such as `http://127.0.0.1:8931/v1`.
    pub base_url: String,
    pub api_key: String,
    pub project_name: String,
    /// Address the server listens on, with the port picked for port 0.
    pub addr: SocketAddr,
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

impl Running {
    /// Stops accepting connections, closes the open ones and waits for the server task.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(());
        let _ = self.task.await;
    }
}

/// Binds the address, seeds the database on first use and serves in a tokio task.
pub async fn start(options: ServeOptions) -> Result<Running> {
    if !options.addr.ip().is_loopback() {
        bail!(
            "the sandbox listens on loopback addresses only, not {}: use 127.0.0.1:PORT or [::1]:PORT",
            options.addr
        );
    }
    let db_path = options.db_path.clone();
    let (seed, contacts) = (options.seed, options.contacts);
    let (connection, identity) =
        tokio::task::spawn_blocking(move || open_seeded(&db_path, seed, contacts))
            .await
            .context("the task that prepares the sandbox database failed")??;
    let listener = TcpListener::bind(options.addr)
        .await
        .with_context(|| format!("could not listen on {}", options.addr))?;
    let addr = listener.local_addr()?;
    let running_identity = identity.clone();
    let app = Arc::new(server::App::new(connection, identity, &options));
    let (shutdown, shutdown_signal) = oneshot::channel();
    let task = tokio::spawn(server::serve(listener, app, shutdown_signal));
    Ok(Running {
        base_url: format!("http://{addr}/v1"),
        api_key: running_identity.api_key,
        project_name: running_identity.project_name,
        addr,
        shutdown,
        task,
    })
}

/// Deletes the database (with its `-wal` and `-shm` files) and seeds it anew. A file that
/// is not a sandbox database is left alone and reported as an error.
pub fn reset(db_path: &Path, seed: u64, contacts: usize) -> Result<()> {
    if db::inspect(db_path)? == db::FileState::Foreign {
        bail!(
            "{} is a SQLite database that the sandbox did not create; not deleting it",
            db_path.display()
        );
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut path = db_path.as_os_str().to_owned();
        path.push(suffix);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("could not delete {}", Path::new(&path).display()))
            }
        }
    }
    ensure_seeded(db_path, seed, contacts).map(|_| ())
}

/// Seeds the database when it is missing or empty, and returns its identity. An existing
/// sandbox database keeps its data and ignores `seed` and `contacts`.
pub fn ensure_seeded(db_path: &Path, seed: u64, contacts: usize) -> Result<SandboxIdentity> {
    open_seeded(db_path, seed, contacts).map(|(_, identity)| identity)
}

/// Returns the identity that a database seeded with `seed` has, without a database.
pub fn identity_for_seed(seed: u64) -> SandboxIdentity {
    let (api_key, project_uuid) = ids::identity_parts(seed, seed::reference());
    SandboxIdentity {
        api_key,
        project_name: PROJECT_NAME.to_string(),
        project_uuid,
    }
}

fn open_seeded(
    db_path: &Path,
    seed: u64,
    contacts: usize,
) -> Result<(rusqlite::Connection, SandboxIdentity)> {
    let state = db::inspect(db_path)?;
    if state == db::FileState::Foreign {
        bail!(
            "{} is a SQLite database that the sandbox did not create: pass another path",
            db_path.display()
        );
    }
    let mut connection = db::open(db_path)?;
    if state != db::FileState::Sandbox {
        let identity = seed::seed_database(&mut connection, seed, contacts).with_context(|| {
            format!("could not seed the sandbox database {}", db_path.display())
        })?;
        return Ok((connection, identity));
    }
    let identity = SandboxIdentity {
        api_key: db::require_meta(&connection, "api_key")?,
        project_name: db::require_meta(&connection, "project_name")?,
        project_uuid: db::require_meta(&connection, "project_uuid")?,
    };
    Ok((connection, identity))
}
