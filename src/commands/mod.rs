//! The command layer: each file parses one command's arguments and calls the domain code.

pub mod account;
pub mod auth;
pub mod completions;
pub mod context;
pub mod destructive;
pub mod environment;
pub mod export;
pub mod export_to;
pub mod guards;
pub mod interrupt;
pub mod jobs;
pub mod retention;
pub mod sandbox;
pub mod segments;
pub mod selector;
pub mod snapshot;
pub mod users;

use crate::cli::{Cli, Command};
use anyhow::Result;
pub use context::Context;

/// Runs the parsed command.
pub async fn dispatch(cli: Cli, ctx: &mut Context) -> Result<()> {
    match cli.command {
        Command::Auth(command) => auth::run(command, ctx).await,
        Command::Account => account::run(ctx).await,
        Command::Segments(command) => segments::run(command, ctx).await,
        Command::Users(command) => users::run(command, ctx).await,
        Command::Environment(command) => environment::run(command, ctx).await,
        Command::Jobs(command) => jobs::run(command, ctx).await,
        Command::Export(args) => export::run(args, ctx).await,
        Command::Retention(command) => retention::run(command, ctx).await,
        Command::Sandbox(command) => sandbox::run(command, ctx).await,
        Command::Completions(args) => completions::run(args, ctx),
    }
}
