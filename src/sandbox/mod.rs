//! Local Refiner-compatible API server backed by SQLite.
//! (Temporary interface stub in this branch; the real module lands from the sandbox branch.)

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct RateLimits {
    pub per_key_per_minute: u32,
    pub per_user_per_minute: u32,
}

#[derive(Default)]
pub struct FaultSpec;

impl FaultSpec {
    pub fn parse(_spec: &str) -> Result<FaultSpec, String> {
        Ok(FaultSpec)
    }
}

pub struct ServeOptions {
    pub addr: SocketAddr,
    pub db_path: PathBuf,
    pub seed: u64,
    pub contacts: usize,
    pub latency: Duration,
    pub rate_limit: Option<RateLimits>,
    pub faults: FaultSpec,
    pub page_length_default: u32,
}

impl ServeOptions {
    pub fn local(db_path: PathBuf, seed: u64, contacts: usize) -> ServeOptions {
        ServeOptions {
            addr: "127.0.0.1:0".parse().unwrap(),
            db_path,
            seed,
            contacts,
            latency: Duration::ZERO,
            rate_limit: None,
            faults: FaultSpec,
            page_length_default: 50,
        }
    }
}

pub struct Running {
    pub base_url: String,
    pub api_key: String,
    pub project_name: String,
}

impl Running {
    pub async fn shutdown(self) {}
}

pub async fn start(_opts: ServeOptions) -> anyhow::Result<Running> {
    anyhow::bail!("sandbox not merged yet")
}

pub fn reset(_db_path: &Path, _seed: u64, _contacts: usize) -> anyhow::Result<()> {
    anyhow::bail!("sandbox not merged yet")
}
