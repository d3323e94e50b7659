//! `retention show`: print the policy as TOML, or as JSON with `-o json`.

use super::{Context, PolicyArgs};
use crate::output::Format;
use anyhow::Result;

pub fn run(args: PolicyArgs, ctx: &mut Context) -> Result<()> {
    let loaded = args.load(ctx)?;
    ctx.printer
        .status(&format!("Retention policy of {}:", loaded.source));
    match ctx.printer.format {
        Format::Json | Format::Ndjson => ctx.printer.json(&serde_json::to_value(&loaded.policy)?),
        Format::Table | Format::Csv => ctx.printer.data(&toml::to_string_pretty(&loaded.policy)?),
    }
}
