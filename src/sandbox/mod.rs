//! Local Refiner-compatible API server backed by SQLite.
//!
//! So far: the request-level building blocks and the SQLite store with deterministic
//! seed data. The HTTP server comes next.

mod auth;
mod db;
mod error;
mod faults;
mod ids;
mod paging;
mod params;
mod ratelimit;
mod seed;
#[cfg(test)]
mod tests;

use anyhow::{bail, Context, Result};
use std::path::Path;

pub use faults::{FaultKind, FaultSpec};
pub use seed::PROJECT_NAME;

/// Seed of the generated data when none is given.
pub const DEFAULT_SEED: u64 = 1;

/// Number of contacts generated for a new database when no number is given.
pub const DEFAULT_CONTACTS: usize = 5000;

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
