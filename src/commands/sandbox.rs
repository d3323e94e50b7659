//! `sandbox serve` and `sandbox reset`.

use super::context::{SANDBOX_CONTACTS, SANDBOX_SEED};
use super::Context;
use crate::exit::CliError;
use crate::sandbox::{self, FaultSpec, RateLimits, ServeOptions};
use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve a Refiner-compatible API on loopback until interrupted
    Serve(ServeArgs),
    /// Delete the sandbox database that --sandbox uses and seed it anew
    Reset {
        /// Seed of the generated data
        #[arg(long, default_value_t = SANDBOX_SEED)]
        seed: u64,
        /// Number of contacts to generate
        #[arg(long, default_value_t = SANDBOX_CONTACTS)]
        contacts: usize,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Loopback address to listen on; port 0 picks a free port
    #[arg(long, default_value = "127.0.0.1:8931")]
    pub addr: SocketAddr,
    /// SQLite database; created and seeded when missing [default: sandbox.db in the state folder]
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Seed of the generated data
    #[arg(long, default_value_t = SANDBOX_SEED)]
    pub seed: u64,
    /// Number of contacts generated for a new database
    #[arg(long, default_value_t = SANDBOX_CONTACTS)]
    pub contacts: usize,
    /// Delay added to every request, in milliseconds
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency_ms: u64,
    /// Enforce the documented rate limits (4,000 requests per minute per key, 100 per
    /// minute per user identifier)
    #[arg(long, value_enum, default_value_t = Switch::On)]
    pub rate_limit: Switch,
    /// Requests per minute per key when the rate limit is on
    #[arg(long, default_value_t = 4000, value_name = "N")]
    pub rate_per_minute: u32,
    /// Requests per minute per user identifier when the rate limit is on
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub user_rate_per_minute: u32,
    /// Injected faults: comma-separated KIND=RATE (a share of requests) or KIND#N (the next
    /// N requests); KIND is 500, 502, 503, 429, 429-date, drop, html or slow
    #[arg(long, value_name = "SPEC")]
    pub faults: Option<String>,
    /// Default page length of list endpoints
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub page_length: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

pub async fn run(command: SandboxCommand, ctx: &mut Context) -> Result<()> {
    match command {
        SandboxCommand::Serve(args) => serve(args, ctx).await,
        SandboxCommand::Reset { seed, contacts } => {
            let state_dir = ctx.settings()?.state_dir.clone();
            crate::settings::create_private_dir(&state_dir)?;
            let db_path = state_dir.join("sandbox.db");
            sandbox::reset(&db_path, seed, contacts)?;
            ctx.printer.status(&format!(
                "Sandbox reset: {contacts} contacts from seed {seed} in {}",
                db_path.display()
            ));
            Ok(())
        }
    }
}

async fn serve(args: ServeArgs, ctx: &mut Context) -> Result<()> {
    if !args.addr.ip().is_loopback() {
        return Err(CliError::usage(format!(
            "the sandbox listens on loopback only, not {}",
            args.addr
        ))
        .with_hint("use 127.0.0.1:PORT or [::1]:PORT")
        .into());
    }
    let faults = FaultSpec::parse(args.faults.as_deref().unwrap_or(""))
        .map_err(|reason| CliError::usage(format!("invalid --faults: {reason}")))?;
    let db_path = match args.db {
        Some(path) => path,
        None => {
            let state_dir = ctx.settings()?.state_dir.clone();
            crate::settings::create_private_dir(&state_dir)?;
            state_dir.join("sandbox.db")
        }
    };
    let rate_limit = (args.rate_limit == Switch::On).then_some(RateLimits {
        per_key_per_minute: args.rate_per_minute,
        per_user_per_minute: args.user_rate_per_minute,
    });
    let options = ServeOptions {
        addr: args.addr,
        db_path: db_path.clone(),
        seed: args.seed,
        contacts: args.contacts,
        latency: Duration::from_millis(args.latency_ms),
        rate_limit,
        faults,
        page_length_default: args.page_length,
    };
    let running = sandbox::start(options).await?;
    // The URL and key go to stdout, one per line, so that scripts and tests can read them.
    ctx.printer
        .data(&format!("{}\n{}\n", running.base_url, running.api_key))?;
    ctx.printer.status(&format!(
        "Sandbox `{}` serving {} from {} (Ctrl-C stops it)",
        running.project_name,
        running.base_url,
        db_path.display()
    ));
    tokio::signal::ctrl_c().await?;
    running.shutdown().await;
    Ok(())
}
