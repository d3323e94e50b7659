//! Test support: a client for an axum router served on 127.0.0.1, standing in for the API
//! where a test needs a fault or a shape that the sandbox does not produce.

use super::{ApiKey, Client, ClientConfig};
use axum::Router;

/// Serves `router` (routes under `/v1`) on a free loopback port and returns a client for
/// it, with no pacing and the default retries.
pub async fn serve(router: Router) -> Client {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    Client::new(ClientConfig {
        base_url: format!("http://{addr}/v1/").parse().unwrap(),
        key: ApiKey::new("test-key-0123456789"),
        timeout: std::time::Duration::from_secs(10),
        max_rps: 0.0,
        retry: Default::default(),
        page_length: super::pager::MAX_PAGE_LENGTH,
    })
    .unwrap()
}
