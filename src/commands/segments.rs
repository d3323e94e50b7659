//! `segments list`: name, uuid, whether manual, and member count.

use super::Context;
use crate::api::models::Segment;
use crate::output::Records;
use anyhow::Result;
use clap::Subcommand;
use futures::stream::{self, StreamExt, TryStreamExt};
use serde_json::json;

#[derive(Debug, Subcommand)]
pub enum SegmentsCommand {
    /// List every segment with its member count
    List {
        /// Skip the member counts (one request per segment)
        #[arg(long)]
        no_counts: bool,
    },
}

pub async fn run(command: SegmentsCommand, ctx: &mut Context) -> Result<()> {
    let SegmentsCommand::List { no_counts } = command;
    let connection = ctx.connect().await?;
    let client = connection.client;
    let raw = client.list("segments", Vec::new()).collect_all().await?;
    let segments: Vec<(Segment, serde_json::Value)> = raw
        .into_iter()
        .map(|value| Ok((serde_json::from_value(value.clone())?, value)))
        .collect::<Result<_, serde_json::Error>>()?;

    // The API has no member count on segments: `items_count` of a one-item contact listing
    // filtered by the segment gives it.
    let counts: Vec<Option<u64>> = if no_counts {
        vec![None; segments.len()]
    } else {
        stream::iter(segments.iter().map(|(segment, _)| {
            let client = client.clone();
            let uuid = segment.uuid.clone();
            async move {
                let page = client
                    .page(
                        "contacts",
                        &[("segment_uuid", uuid), ("page_length", "1".into())],
                    )
                    .await?;
                Ok::<_, crate::api::ApiError>(page.pagination.and_then(|p| p.items_count))
            }
        }))
        .buffered(4)
        .try_collect()
        .await?
    };

    let mut records = Records::new(&["name", "uuid", "manual", "members"]);
    for ((segment, mut raw), count) in segments.into_iter().zip(counts) {
        if let Some(count) = count {
            raw["members"] = json!(count);
        }
        records.push(
            vec![
                segment.name.unwrap_or_default(),
                segment.uuid,
                segment
                    .is_manual
                    .map(|m| if m { "yes" } else { "no" })
                    .unwrap_or("?")
                    .to_string(),
                count.map(|c| c.to_string()).unwrap_or_default(),
            ],
            raw,
        );
    }
    ctx.printer.records(&records)
}
