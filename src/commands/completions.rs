//! `completions SHELL`: a completion script generated from the command tree.

use super::Context;
use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs, ctx: &mut Context) -> Result<()> {
    let mut buffer = Vec::new();
    write_completions(args.shell, &mut buffer);
    ctx.printer.data(&String::from_utf8_lossy(&buffer))
}

/// Writes the completion script of `shell` into `out`.
pub fn write_completions(shell: Shell, out: &mut Vec<u8>) {
    let mut command = crate::cli::Cli::command();
    clap_complete::generate(shell, &mut command, "refinerctl", out);
}
