//! `users get`.

use super::{Context, IdentifierArgs};
use crate::commands::account::plain;
use crate::exit::CliError;
use crate::output::{Format, Records};
use crate::selection::resolve;
use anyhow::Result;
use serde_json::Value;

pub async fn run(args: IdentifierArgs, ctx: &mut Context) -> Result<()> {
    let identifier = args.identifier();
    identifier
        .validate()
        .map_err(|reason| CliError::usage(format!("invalid identifier: {reason}")))?;
    let connection = ctx.connect().await?;
    let found = resolve(&connection.client, &identifier).await?;
    if found.is_empty() {
        return Err(CliError::new(
            crate::exit::Code::Failure,
            format!("no user found for {identifier}"),
        )
        .with_hint("search with `refinerctl users list --search TEXT`")
        .into());
    }
    if found.len() > 1 {
        ctx.printer
            .status(&format!("{} users share {identifier}", found.len()));
    }
    match ctx.printer.format {
        Format::Table => {
            for (index, item) in found.iter().enumerate() {
                if index > 0 {
                    ctx.printer.data("\n")?;
                }
                ctx.printer.records(&fields(&item.raw))?;
            }
            Ok(())
        }
        _ => {
            let mut records = Records::new(&super::list::COLUMNS);
            for item in &found {
                records.push(super::list::row(&item.contact), item.raw.clone());
            }
            ctx.printer.records(&records)
        }
    }
}

/// Lays a contact out as field/value rows, attributes and segments included.
fn fields(raw: &Value) -> Records {
    let mut records = Records::new(&["field", "value"]);
    let Some(object) = raw.as_object() else {
        return records;
    };
    for (name, value) in object {
        match (name.as_str(), value) {
            ("attributes", Value::Object(attributes)) => {
                for (trait_name, trait_value) in attributes {
                    records.push(
                        vec![format!("attributes.{trait_name}"), plain(trait_value)],
                        Value::Null,
                    );
                }
            }
            ("segments", Value::Array(segments)) => {
                let names: Vec<String> = segments
                    .iter()
                    .map(|s| s.get("name").map(plain).unwrap_or_default())
                    .collect();
                records.push(vec!["segments".into(), names.join(", ")], Value::Null);
            }
            ("account", Value::Object(account)) => {
                for (field, field_value) in account {
                    records.push(
                        vec![format!("account.{field}"), plain(field_value)],
                        Value::Null,
                    );
                }
            }
            _ => records.push(vec![name.clone(), plain(value)], Value::Null),
        }
    }
    records
}
