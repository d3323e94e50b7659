//! The clap command tree. Each leaf's arguments live beside its code in `commands/`.

use crate::commands;
use crate::output::{ColorChoice, Format};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "refinerctl",
    version,
    about = "Govern the user data that Refiner environments hold",
    long_about = "Govern the user data that Refiner environments hold: find users, export what \
an environment holds about a person, delete users one by one or in groups, purge an \
environment, and enforce retention policies.\n\nThe Refiner API has no purge, retention or \
bulk deletion: refinerctl composes them from documented calls (list, then delete one \
contact at a time), pacing itself under the documented 4,000 requests per minute.\n\n\
Try any command without an account on a local sandbox with --sandbox.",
    after_long_help = crate::exit::EXIT_CODES_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Profile in the config file to use [env: REFINER_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// API base URL [env: REFINER_API_URL] [default: https://api.refiner.io/v1]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,

    /// Read the API key from FILE, or from stdin with `-` [env: REFINER_API_KEY]
    #[arg(long, global = true, value_name = "FILE")]
    pub api_key_file: Option<PathBuf>,

    /// Run against the local sandbox (a Refiner-compatible server with sample data, kept in
    /// the state folder) instead of a real environment
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Output format of data on stdout
    #[arg(short, long, global = true, value_enum, default_value_t = Format::Table)]
    pub output: Format,

    /// Print nothing on stderr but warnings and errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print details such as each request's retries and timings on stderr
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// When to use colour (also NO_COLOR and CLICOLOR_FORCE)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Never prompt; treat the session as having no terminal (as CI=true does)
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Requests in flight at once in bulk work
    #[arg(long, global = true, value_name = "N")]
    pub concurrency: Option<usize>,

    /// Maximum requests per second [default: 65, just under the documented 4,000 per minute]
    #[arg(long, global = true, value_name = "R")]
    pub max_rps: Option<f64>,

    /// Seconds to wait for one HTTP request before it counts as timed out
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,

    /// Retries of one request after a transient failure (429, 5xx, timeout, dropped
    /// connection) before giving up
    #[arg(long, global = true, value_name = "N", default_value_t = 7)]
    pub retries: u32,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store, check and remove API keys
    #[command(subcommand)]
    Auth(commands::auth::AuthCommand),

    /// Show the plan, usage and environments of the Refiner account
    Account,

    /// List segments
    #[command(subcommand)]
    Segments(commands::segments::SegmentsCommand),

    /// Find, show and delete users
    #[command(subcommand)]
    Users(commands::users::UsersCommand),

    /// Purge an environment: delete every user and response in it
    #[command(subcommand)]
    Environment(commands::environment::EnvironmentCommand),

    /// List, show and resume deletion jobs
    #[command(subcommand)]
    Jobs(commands::jobs::JobsCommand),

    /// Export everything the environment holds about users (subject-access requests)
    Export(commands::export::ExportArgs),

    /// Keep a retention policy, audit it from cron and enforce it
    #[command(subcommand)]
    Retention(commands::retention::RetentionCommand),

    /// Run and manage the local sandbox server
    #[command(subcommand)]
    Sandbox(commands::sandbox::SandboxCommand),

    /// Print a shell completion script
    Completions(commands::completions::CompletionsArgs),
}
