//! Latency, injected faults and rate limits over real connections.

use super::{limits, start_with};
use crate::sandbox::FaultSpec;
use std::time::{Duration, Instant};

async fn with_faults(spec: &str) -> super::TestServer {
    let faults = FaultSpec::parse(spec).unwrap();
    start_with(5, move |options| options.faults = faults).await
}

#[tokio::test]
async fn counted_500_then_success() {
    let server = with_faults("500#1").await;
    let (status, body) = server.get("contacts").await;
    assert_eq!(status, 500);
    assert_eq!(body["error"], "Internal Server Error");
    let (status, body) = server.get("contacts").await;
    assert_eq!(status, 200);
    assert_eq!(body["items"].as_array().unwrap().len(), 5);
    server.stop().await;
}

#[tokio::test]
async fn status_faults_set_status_and_headers() {
    let server = with_faults("502#1,503#1,429#1,429-date#1,html#1").await;
    let expected = [
        (502, "502"),
        (503, "503"),
        (429, "429"),
        (429, "429-date"),
        (502, "html"),
    ];
    for (status, name) in expected {
        let response = server
            .request(reqwest::Method::GET, "contacts")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), status, "{name}");
        assert_eq!(response.headers()["x-sandbox-fault"], name);
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_string();
        let retry_after = response
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().to_string());
        let text = response.text().await.unwrap();
        match name {
            "429" => assert_eq!(retry_after.as_deref(), Some("1")),
            "429-date" => {
                let date = httpdate::parse_http_date(retry_after.as_deref().unwrap()).unwrap();
                assert!(date > std::time::SystemTime::now() - Duration::from_secs(1));
            }
            "html" => {
                assert!(content_type.starts_with("text/html"), "{content_type}");
                assert!(text.contains("<html>"), "{text}");
            }
            _ => assert!(
                content_type.starts_with("application/json"),
                "{content_type}"
            ),
        }
    }
    let (status, _) = server.get("contacts").await;
    assert_eq!(status, 200);
    server.stop().await;
}

#[tokio::test]
async fn drop_closes_the_connection_then_serves() {
    let server = with_faults("drop#1").await;
    let error = server
        .request(reqwest::Method::GET, "contacts")
        .send()
        .await
        .unwrap_err();
    assert!(!error.is_timeout(), "{error}");
    assert!(
        error.status().is_none(),
        "no HTTP status for a dropped connection: {error}"
    );
    let (status, _) = server.get("contacts").await;
    assert_eq!(status, 200);
    server.stop().await;
}

#[tokio::test]
async fn slow_fault_outlasts_a_client_timeout() {
    let server = with_faults("slow#1").await;
    let impatient = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let error = impatient
        .get(server.url("contacts"))
        .bearer_auth(server.key())
        .send()
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error}");
    let (status, _) = server.get("contacts").await;
    assert_eq!(status, 200);
    server.stop().await;
}

#[tokio::test]
async fn rate_faults_repeat_for_the_same_seed() {
    let mut runs = Vec::new();
    for _ in 0..2 {
        let server = with_faults("500=0.5").await;
        let mut statuses = Vec::new();
        for _ in 0..20 {
            statuses.push(server.get("").await.0);
        }
        server.stop().await;
        runs.push(statuses);
    }
    assert_eq!(runs[0], runs[1]);
    assert!(
        runs[0].contains(&500) && runs[0].contains(&200),
        "{:?}",
        runs[0]
    );
}

#[tokio::test]
async fn rate_limit_per_key_and_per_user() {
    let server = start_with(5, |options| options.rate_limit = Some(limits(6, 2))).await;
    for _ in 0..2 {
        let (status, _) = server.get("contact?id=user-000001").await;
        assert_eq!(status, 200);
    }
    let response = server
        .request(reqwest::Method::GET, "contact?id=user-000001")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "You are doing this too often.");

    let (status, _) = server.get("contact?id=user-000002").await;
    assert_eq!(status, 200, "another user has its own window");
    for _ in 0..3 {
        let (status, _) = server.get("segments").await;
        assert_eq!(status, 200);
    }
    let (status, body) = server.get("segments").await;
    assert_eq!(status, 429, "the key's 6 requests are used up");
    assert_eq!(body["error"], "You are doing this too often.");
    server.stop().await;
}

#[tokio::test]
async fn latency_delays_every_response() {
    let server = start_with(3, |options| options.latency = Duration::from_millis(150)).await;
    let started = Instant::now();
    let (status, _) = server.get("").await;
    assert_eq!(status, 200);
    assert!(
        started.elapsed() >= Duration::from_millis(150),
        "{:?}",
        started.elapsed()
    );
    server.stop().await;
}

#[tokio::test]
async fn start_rejects_non_loopback_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = crate::sandbox::ServeOptions::local(dir.path().join("s.db"), 1, 3);
    options.addr = "0.0.0.0:0".parse().unwrap();
    let error = crate::sandbox::start(options)
        .await
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("loopback"), "{error}");
    assert!(
        !dir.path().join("s.db").exists(),
        "nothing is created before the address check"
    );
}
