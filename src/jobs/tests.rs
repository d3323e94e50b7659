//! Engine tests against a small fake API served by axum on 127.0.0.1, for the cases the
//! sandbox cannot set up directly: a hook veto, a contact that survives its DELETE, and
//! counting which verification requests were made.

use super::engine::run_job;
use super::hook::BeforeDelete;
use super::plan::{Plan, Target};
use super::receipts::{read_receipts, Receipt, ReceiptLog, ReceiptStatus};
use crate::api::Client;
use crate::output::Progress;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use futures::future::BoxFuture;
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

/// The fake API's contacts and a log of the requests it served.
#[derive(Default)]
struct FakeApi {
    present: Mutex<BTreeSet<String>>,
    /// Contacts whose DELETE returns 200 but leaves them in place.
    sticky: BTreeSet<String>,
    deletes: Mutex<Vec<String>>,
    lookups: Mutex<usize>,
    listings: Mutex<usize>,
}

type Params = Query<HashMap<String, String>>;

async fn delete_contact(
    State(api): State<Arc<FakeApi>>,
    Query(query): Params,
) -> (StatusCode, Json<Value>) {
    let uuid = query.get("uuid").cloned().unwrap_or_default();
    api.deletes.lock().unwrap().push(uuid.clone());
    if api.sticky.contains(&uuid) {
        return (StatusCode::OK, Json(json!({"message": "ok"})));
    }
    match api.present.lock().unwrap().remove(&uuid) {
        true => (StatusCode::OK, Json(json!({"message": "ok"}))),
        false => (
            StatusCode::NOT_FOUND,
            Json(json!({"error": "Contact not found"})),
        ),
    }
}

async fn get_contact(
    State(api): State<Arc<FakeApi>>,
    Query(query): Params,
) -> (StatusCode, Json<Value>) {
    *api.lookups.lock().unwrap() += 1;
    let uuid = query.get("uuid").cloned().unwrap_or_default();
    match api.present.lock().unwrap().contains(&uuid) {
        true => (StatusCode::OK, Json(json!({"uuid": uuid}))),
        false => (
            StatusCode::NOT_FOUND,
            Json(json!({"error": "Contact not found"})),
        ),
    }
}

async fn list_contacts(State(api): State<Arc<FakeApi>>) -> Json<Value> {
    *api.listings.lock().unwrap() += 1;
    let items: Vec<Value> = api
        .present
        .lock()
        .unwrap()
        .iter()
        .map(|uuid| json!({"uuid": uuid}))
        .collect();
    let pagination = json!({"items_count": items.len(), "current_page": 1, "last_page": 1});
    Json(json!({"items": items, "pagination": pagination}))
}

async fn serve(api: Arc<FakeApi>) -> Client {
    let app = Router::new()
        .route("/v1/contact", get(get_contact).delete(delete_contact))
        .route("/v1/contacts", get(list_contacts))
        .with_state(api);
    crate::api::testing::serve(app).await
}

fn fake(present: &[String], sticky: &[&str]) -> Arc<FakeApi> {
    Arc::new(FakeApi {
        present: Mutex::new(present.iter().cloned().collect()),
        sticky: sticky.iter().map(|s| s.to_string()).collect(),
        ..FakeApi::default()
    })
}

fn plan(uuids: &[String]) -> Plan {
    super::plan::test_plan("20261204-120000-abcd", uuids)
}

fn uuids(prefix: &str, count: usize) -> Vec<String> {
    (0..count).map(|i| format!("{prefix}-{i:04}")).collect()
}

async fn run(
    client: &Client,
    plan: &Plan,
    dir: &std::path::Path,
    stop: bool,
    hook: Option<Arc<dyn BeforeDelete>>,
) -> super::JobSummary {
    let stop = Arc::new(AtomicBool::new(stop));
    run_job(client, plan, dir, 4, &Progress::hidden(), stop, hook)
        .await
        .unwrap()
}

/// Rejects one uuid, as an export that failed would.
struct RejectOne(String);

impl BeforeDelete for RejectOne {
    fn before_delete<'a>(&'a self, target: &'a Target) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            match target.uuid == self.0 {
                true => Err("export failed".to_string()),
                false => Ok(()),
            }
        })
    }
}

#[tokio::test]
async fn hook_veto_skips_without_delete() {
    let targets = uuids("c", 3);
    let api = fake(&targets, &[]);
    let client = serve(api.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let hook: Arc<dyn BeforeDelete> = Arc::new(RejectOne("c-0001".into()));
    let summary = run(&client, &plan(&targets), dir.path(), false, Some(hook)).await;

    assert_eq!(summary.counts.deleted, 2);
    assert_eq!(summary.counts.skipped, 1);
    assert!(!api.deletes.lock().unwrap().contains(&"c-0001".to_string()));
    let receipts = read_receipts(dir.path()).unwrap();
    let skipped = receipts.iter().find(|r| r.uuid == "c-0001").unwrap();
    assert_eq!(skipped.status, ReceiptStatus::Skipped);
    assert_eq!(skipped.detail.as_deref(), Some("export failed"));
    assert!(summary.verified);
    assert_eq!(summary.survivors, 0);
}

#[tokio::test]
async fn missing_contact_is_already_absent() {
    let targets = uuids("c", 2);
    let api = fake(&targets[..1], &[]);
    let client = serve(api).await;
    let dir = tempfile::tempdir().unwrap();
    let summary = run(&client, &plan(&targets), dir.path(), false, None).await;
    assert_eq!(summary.counts.deleted, 1);
    assert_eq!(summary.counts.already_absent, 1);
    assert_eq!(summary.counts.failed, 0);
}

#[tokio::test]
async fn raised_stop_starts_no_delete() {
    let targets = uuids("c", 3);
    let api = fake(&targets, &[]);
    let client = serve(api.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let summary = run(&client, &plan(&targets), dir.path(), true, None).await;
    assert!(summary.interrupted);
    assert!(!summary.verified);
    assert_eq!(summary.counts.pending, 3);
    assert!(api.deletes.lock().unwrap().is_empty());
    assert_eq!(*api.lookups.lock().unwrap(), 0);
}

#[tokio::test]
async fn rerun_skips_final_items_and_retries_failed() {
    let targets = uuids("c", 3);
    let api = fake(&targets[1..], &[]);
    let client = serve(api.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let log = ReceiptLog::open(dir.path()).unwrap();
    let receipt = |uuid: &str, status| Receipt {
        uuid: uuid.into(),
        status,
        attempts: 1,
        at: chrono::Utc::now(),
        identifier: None,
        detail: None,
    };
    log.append(&receipt("c-0000", ReceiptStatus::Deleted))
        .unwrap();
    log.append(&receipt("c-0001", ReceiptStatus::Failed))
        .unwrap();

    let summary = run(&client, &plan(&targets), dir.path(), false, None).await;
    let mut deletes = api.deletes.lock().unwrap().clone();
    deletes.sort();
    assert_eq!(deletes, ["c-0001", "c-0002"]);
    assert_eq!(summary.counts.deleted, 3);
    let retried = read_receipts(dir.path())
        .unwrap()
        .into_iter()
        .rfind(|r| r.uuid == "c-0001")
        .unwrap();
    assert_eq!(retried.attempts, 2);
}

#[tokio::test]
async fn small_job_verifies_each_uuid() {
    let targets = uuids("c", 5);
    let api = fake(&targets, &["c-0003"]);
    let client = serve(api.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let summary = run(&client, &plan(&targets), dir.path(), false, None).await;
    assert_eq!(summary.survivors, 1);
    assert_eq!(*api.lookups.lock().unwrap(), 5);
    assert_eq!(*api.listings.lock().unwrap(), 0);
}

#[tokio::test]
async fn large_job_verifies_with_one_listing() {
    let targets = uuids("c", 250);
    let mut present = targets.clone();
    present.extend(uuids("other", 5));
    let api = fake(&present, &["c-0100", "c-0200"]);
    let client = serve(api.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let summary = run(&client, &plan(&targets), dir.path(), false, None).await;
    assert_eq!(summary.counts.deleted, 250);
    assert_eq!(
        summary.survivors, 2,
        "the 5 contacts outside the job are no survivors"
    );
    assert_eq!(*api.listings.lock().unwrap(), 1);
    assert_eq!(*api.lookups.lock().unwrap(), 0);
}

#[tokio::test]
async fn listing_check_ignores_failed_and_skipped() {
    let targets = uuids("c", 3);
    let api = fake(&targets, &[]);
    let client = serve(api.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let mut purge = plan(&targets);
    purge.verify_listing = Some(Vec::new());
    let hook: Arc<dyn BeforeDelete> = Arc::new(RejectOne("c-0002".into()));
    api.present.lock().unwrap().insert("newcomer".into());
    let summary = run(&client, &purge, dir.path(), false, Some(hook)).await;
    assert_eq!(summary.counts.skipped, 1);
    assert_eq!(
        summary.survivors, 1,
        "only the contact that arrived after the plan is left over"
    );
    assert_eq!(*api.listings.lock().unwrap(), 1);
}
