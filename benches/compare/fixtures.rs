//! What the benchmark reads from the seeded data before it measures anything: contact
//! uuids to delete, segment sizes, and what is left in a database after a run.

use serde_json::Value;
use std::path::Path;

/// Calls the sandbox API without pacing; used only on a server with no rate limit.
pub struct ApiReader {
    http: reqwest::Client,
    url: String,
    key: String,
}

/// A segment and its member count.
#[derive(Debug, Clone)]
pub struct SegmentSize {
    pub uuid: String,
    pub name: String,
    pub contacts: u64,
}

impl ApiReader {
    pub fn new(url: &str, key: &str) -> ApiReader {
        ApiReader {
            http: reqwest::Client::new(),
            url: url.trim_end_matches('/').to_string(),
            key: key.to_string(),
        }
    }

    async fn get(&self, path: &str, query: &[(&str, String)]) -> Value {
        let response = self
            .http
            .get(format!("{}/{path}", self.url))
            .bearer_auth(&self.key)
            .query(query)
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET /{path} failed: {e}"));
        assert!(
            response.status().is_success(),
            "GET /{path} returned {}",
            response.status()
        );
        response
            .json()
            .await
            .unwrap_or_else(|e| panic!("GET /{path} returned invalid JSON: {e}"))
    }

    /// Returns the uuids of the first `count` contacts in listing order.
    pub async fn contact_uuids(&self, count: usize) -> Vec<String> {
        let mut uuids = Vec::with_capacity(count);
        let mut page = 1;
        while uuids.len() < count {
            let body = self
                .get(
                    "contacts",
                    &[("page_length", "1000".into()), ("page", page.to_string())],
                )
                .await;
            let items = body["items"].as_array().cloned().unwrap_or_default();
            if items.is_empty() {
                break;
            }
            uuids.extend(
                items
                    .iter()
                    .filter_map(|item| item["uuid"].as_str().map(str::to_string)),
            );
            page += 1;
        }
        assert!(
            uuids.len() >= count,
            "the sandbox has only {} contacts, fewer than the {count} to delete",
            uuids.len()
        );
        uuids.truncate(count);
        uuids
    }

    /// Returns every segment with its member count, largest first.
    pub async fn segment_sizes(&self) -> Vec<SegmentSize> {
        let body = self
            .get("segments", &[("page_length", "1000".into())])
            .await;
        let mut sizes = Vec::new();
        for item in body["items"].as_array().cloned().unwrap_or_default() {
            let uuid = item["uuid"].as_str().unwrap_or_default().to_string();
            let name = item["name"].as_str().unwrap_or_default().to_string();
            let listing = self
                .get(
                    "contacts",
                    &[("segment_uuid", uuid.clone()), ("page_length", "1".into())],
                )
                .await;
            let contacts = listing["pagination"]["items_count"].as_u64().unwrap_or(0);
            sizes.push(SegmentSize {
                uuid,
                name,
                contacts,
            });
        }
        sizes.sort_by_key(|s| std::cmp::Reverse(s.contacts));
        sizes
    }

    /// Returns the `items_count` of a listing, for example `responses` of one segment.
    pub async fn count(&self, path: &str, filters: &[(&str, String)]) -> u64 {
        let mut query = filters.to_vec();
        query.push(("page_length", "1".into()));
        let body = self.get(path, &query).await;
        body["pagination"]["items_count"].as_u64().unwrap_or(0)
    }
}

/// Counts how many of `uuids` are still contacts in the sandbox database at `db`.
pub fn remaining_contacts(db: &Path, uuids: &[String]) -> usize {
    let connection = rusqlite::Connection::open(db).expect("sandbox database opens");
    let mut statement = connection
        .prepare("SELECT COUNT(*) FROM contacts WHERE uuid = ?1")
        .expect("contacts table has a uuid column");
    uuids
        .iter()
        .map(|uuid| {
            statement
                .query_row([uuid], |row| row.get::<_, i64>(0))
                .expect("count query runs") as usize
        })
        .sum()
}
