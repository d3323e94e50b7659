//! refinerctl: govern the user data that Refiner environments hold.
//!
//! Layers: `commands` parses arguments and dispatches; domain modules (`selection`, `jobs`,
//! `retention`) do the work; `api` is a typed client that never prints; `output` owns stdout and
//! stderr; `sandbox` is a local Refiner-compatible server that shares only the wire types
//! in `api::models`.

pub mod api;
pub mod assets;
pub mod cli;
pub mod commands;
pub mod exit;
pub mod export;
pub mod jobs;
pub mod output;
pub mod retention;
pub mod sandbox;
pub mod selection;
pub mod settings;
pub mod time;

use clap::Parser;
use exit::Code;

/// Runs refinerctl with the process arguments and returns the exit code.
pub fn run() -> i32 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() == 3 && args[1] == "help" && args[2] == "exit-codes" {
        println!("{}", exit::EXIT_CODES_HELP);
        return 0;
    }
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() {
                Code::Usage as i32
            } else {
                0
            };
            let _ = error.print();
            return code;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: could not start the async runtime: {error}");
            return Code::Failure as i32;
        }
    };
    let mut ctx = commands::Context::new(cli.global.clone());
    let result = runtime.block_on(async {
        let result = commands::dispatch(cli, &mut ctx).await;
        ctx.shutdown().await;
        result
    });
    match result {
        Ok(()) => 0,
        Err(error) if exit::is_broken_pipe(&error) => 0,
        Err(error) => {
            let code = exit::code_of(&error);
            if error.downcast_ref::<exit::Outcome>().is_none() {
                ctx.printer.error(&exit::render(&error));
            }
            code as i32
        }
    }
}
