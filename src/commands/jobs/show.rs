//! `jobs show`: a job's plan and counts; `-o json` adds every item's result, and
//! `-o ndjson` / `-o csv` print one record per item.

use super::{describe, Context};
use crate::jobs::receipts::latest_by_uuid;
use crate::jobs::store::find_job;
use crate::jobs::{jobs_dir, StoredJob};
use crate::output::{Format, Records};
use anyhow::Result;
use clap::Args;
use serde_json::{json, Value};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Job id, or a unique prefix of it, as `refinerctl jobs list` shows it
    pub job: String,
}

const ITEM_COLUMNS: [&str; 6] = ["uuid", "identifier", "status", "attempts", "at", "detail"];

pub fn run(args: ShowArgs, ctx: &mut Context) -> Result<()> {
    let job = find_job(&jobs_dir(&ctx.settings()?.state_dir), Some(&args.job))?;
    let counts = job.counts();
    let items = items(&job);
    match ctx.printer.format {
        Format::Json => {
            let mut document = describe(&job, &counts);
            document["folder"] = json!(job.dir.display().to_string());
            document["items"] = Value::Array(items.json);
            ctx.printer.json(&document)
        }
        Format::Ndjson | Format::Csv => ctx.printer.records(&items),
        Format::Table => {
            ctx.printer
                .records(&fields(&job, describe(&job, &counts)))?;
            let open = failed_or_skipped(&items);
            if !open.is_empty() {
                ctx.printer.data("\n")?;
                ctx.printer.records(&open)?;
            }
            Ok(())
        }
    }
}

/// Lists every target with its latest receipt, or `pending` when it has none.
fn items(job: &StoredJob) -> Records {
    let latest = latest_by_uuid(&job.receipts);
    let mut records = Records::new(&ITEM_COLUMNS);
    for target in &job.plan.targets {
        let receipt = latest.get(target.uuid.as_str());
        let status = receipt.map(|r| serde_json::to_value(r.status).unwrap_or_default());
        let status = status
            .as_ref()
            .and_then(Value::as_str)
            .unwrap_or("pending")
            .to_string();
        let value = json!({
            "uuid": target.uuid,
            "identifier": target.identifier,
            "status": status,
            "attempts": receipt.map_or(0, |r| r.attempts),
            "at": receipt.map(|r| r.at),
            "detail": receipt.and_then(|r| r.detail.clone()),
        });
        let row = vec![
            target.uuid.clone(),
            target.identifier.clone().unwrap_or_default(),
            status,
            value["attempts"].to_string(),
            receipt.map(|r| r.at.to_rfc3339()).unwrap_or_default(),
            receipt.and_then(|r| r.detail.clone()).unwrap_or_default(),
        ];
        records.push(row, value);
    }
    records
}

/// Selects the failed and skipped items. Pending items only appear as a count, because an
/// early interruption leaves nearly every item pending.
fn failed_or_skipped(items: &Records) -> Records {
    let mut open = Records::new(&ITEM_COLUMNS);
    for (row, value) in items.rows.iter().zip(&items.json) {
        if matches!(row[2].as_str(), "failed" | "skipped") {
            open.push(row.clone(), value.clone());
        }
    }
    open
}

/// Lays the job description out as field/value rows.
fn fields(job: &StoredJob, description: Value) -> Records {
    let mut records = Records::new(&["field", "value"]);
    let mut push =
        |name: &str, value: String| records.push(vec![name.to_string(), value], Value::Null);
    let text = |value: &Value| {
        value
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| value.to_string())
    };
    for name in [
        "job_id",
        "kind",
        "created_at",
        "profile",
        "api_url",
        "selector",
        "target_count",
        "state",
    ] {
        push(name, text(&description[name]));
    }
    push(
        "environment",
        format!(
            "{} ({})",
            text(&description["environment"]["name"]),
            text(&description["environment"]["uuid"])
        ),
    );
    for (name, value) in description["counts"].as_object().into_iter().flatten() {
        push(name, text(value));
    }
    if let Some(run) = &job.last_run {
        push("last_run", run.finished_at.to_rfc3339());
        push(
            "verified_by",
            run.verified_by
                .clone()
                .unwrap_or_else(|| "not verified".into()),
        );
        push("survivors", run.survivors.to_string());
    }
    push("folder", job.dir.display().to_string());
    records
}
