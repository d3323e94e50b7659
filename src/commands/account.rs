//! `account`: plan, monthly usage and environments.

use super::Context;
use crate::output::{Format, Records};
use anyhow::Result;
use serde_json::{json, Value};

pub async fn run(ctx: &mut Context) -> Result<()> {
    let connection = ctx.connect().await?;
    let account = connection.client.account().await?;
    if ctx.printer.format != Format::Table {
        return ctx.printer.json(&serde_json::to_value(&account)?);
    }
    let mut usage = Records::new(&["field", "value"]);
    for (name, value) in &account.subscription {
        usage.push(vec![name.clone(), plain(value)], json!({ name: value }));
    }
    ctx.printer.records(&usage)?;
    if !account.environments.is_empty() {
        ctx.printer.data("\n")?;
        let mut environments = Records::new(&["environment", "uuid", "mtu", "mpv", "msr", "mte"]);
        for environment in &account.environments {
            let cell = |value: &Option<Value>| value.as_ref().map(plain).unwrap_or_default();
            environments.push(
                vec![
                    environment.name.clone().unwrap_or_default(),
                    environment.uuid.clone().unwrap_or_default(),
                    cell(&environment.mtu),
                    cell(&environment.mpv),
                    cell(&environment.msr),
                    cell(&environment.mte),
                ],
                serde_json::to_value(environment)?,
            );
        }
        ctx.printer.records(&environments)?;
    }
    Ok(())
}

/// Renders a JSON value for a table cell: strings without quotes, null as empty.
pub fn plain(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}
