//! Tests of the sandbox over HTTP: each starts a server on 127.0.0.1:0 with a fresh
//! database in a temporary folder.

mod api;
mod auth;
mod faults;
mod paging;
mod seed;
mod writes;

use super::{start, RateLimits, Running, ServeOptions};
use reqwest::{Client, Method, RequestBuilder};
use serde_json::Value;
use std::path::PathBuf;
use std::time::Duration;

/// A running sandbox with a client that never uses a proxy.
pub struct TestServer {
    running: Running,
    pub db_path: PathBuf,
    pub client: Client,
    _dir: tempfile::TempDir,
}

/// Starts a sandbox with `contacts` seeded contacts, seed 1, after `configure` adjusted
/// the options.
pub async fn start_with(contacts: usize, configure: impl FnOnce(&mut ServeOptions)) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("sandbox.db");
    let mut options = ServeOptions::local(db_path.clone(), 1, contacts);
    configure(&mut options);
    let running = start(options).await.unwrap();
    TestServer {
        running,
        db_path,
        client: client(),
        _dir: dir,
    }
}

pub async fn start_plain(contacts: usize) -> TestServer {
    start_with(contacts, |_| {}).await
}

/// Builds a client for loopback tests: no proxy from the environment, no pooled connections
/// (so that a dropped connection never affects the next request), a 10 s timeout.
pub fn client() -> Client {
    Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// Rate limits for tests.
pub fn limits(per_key: u32, per_user: u32) -> RateLimits {
    RateLimits {
        per_key_per_minute: per_key,
        per_user_per_minute: per_user,
    }
}

impl TestServer {
    pub fn key(&self) -> &str {
        &self.running.api_key
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}/{path_and_query}", self.running.base_url)
    }

    /// Builds a request with the sandbox key as a bearer token.
    pub fn request(&self, method: Method, path_and_query: &str) -> RequestBuilder {
        self.client
            .request(method, self.url(path_and_query))
            .bearer_auth(self.key())
    }

    /// Sends a request and returns the status and the JSON body (`Null` when the body is
    /// not JSON).
    pub async fn send(&self, request: RequestBuilder) -> (u16, Value) {
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn get(&self, path_and_query: &str) -> (u16, Value) {
        self.send(self.request(Method::GET, path_and_query)).await
    }

    pub async fn get_ok(&self, path_and_query: &str) -> Value {
        let (status, body) = self.get(path_and_query).await;
        assert_eq!(status, 200, "GET {path_and_query}: {body}");
        body
    }

    pub async fn post_json(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.request(Method::POST, path).json(&body))
            .await
    }

    pub async fn delete(&self, path_and_query: &str) -> (u16, Value) {
        self.send(self.request(Method::DELETE, path_and_query))
            .await
    }

    /// Opens the database file for assertions.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db_path).unwrap()
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |row| row.get(0)).unwrap()
    }

    pub async fn stop(self) {
        self.running.shutdown().await;
    }
}
