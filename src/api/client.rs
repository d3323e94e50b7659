//! The HTTP client: authentication, pacing, retries and typed endpoint calls.

use super::error::{excerpt, ApiError};
use super::gate::Gate;
use super::models::{AccountInfo, Contact, Page, RootInfo};
use super::pager::Pager;
use super::retry::{parse_retry_after, RetryPolicy};
use super::ApiKey;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};
use url::Url;

/// Documented limit of the API per key, in requests per minute.
pub const DOCUMENTED_REQUESTS_PER_MINUTE: f64 = 4000.0;

/// Default pace: 3,900 requests per minute, just under the documented limit, so that a
/// long job does not provoke 429s.
pub const DEFAULT_MAX_RPS: f64 = 65.0;

/// Receives a line for every retry, so that the command layer can show it.
pub trait RetryObserver: Send + Sync {
    fn on_retry(&self, event: &RetryEvent);

    /// Called after every attempt with its method, path (without query), outcome and
    /// duration, for `--verbose`.
    fn on_attempt(&self, _method: &str, _path: &str, _outcome: &str, _elapsed: Duration) {}
}

#[derive(Debug, Clone)]
pub struct RetryEvent {
    pub method: String,
    pub path: String,
    /// The attempt that failed, starting at 1.
    pub attempt: u32,
    pub wait: Duration,
    pub reason: String,
}

#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: Url,
    pub key: ApiKey,
    pub timeout: Duration,
    pub max_rps: f64,
    pub retry: RetryPolicy,
    /// Items per page of listings: 1..=1000.
    pub page_length: u32,
}

/// Request counters, read by benchmarks and summaries.
#[derive(Debug, Default)]
pub struct ClientStats {
    pub requests: AtomicU64,
    pub retries: AtomicU64,
    pub rate_limited: AtomicU64,
}

/// Result of a DELETE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted,
    /// The server returned 404: the contact was gone already, possibly removed by an earlier
    /// attempt of this same request whose answer was lost.
    AlreadyAbsent,
}

/// Query key with which `GET /contact` and `DELETE /contact` name one contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactKey {
    Uuid(String),
    RemoteId(String),
    Email(String),
}

impl ContactKey {
    fn query(&self) -> (&'static str, String) {
        match self {
            ContactKey::Uuid(value) => ("uuid", value.clone()),
            ContactKey::RemoteId(value) => ("id", value.clone()),
            ContactKey::Email(value) => ("email", value.clone()),
        }
    }
}

#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: Url,
    key: ApiKey,
    timeout: Duration,
    gate: Gate,
    retry: RetryPolicy,
    page_length: u32,
    observer: RwLock<Option<Arc<dyn RetryObserver>>>,
    stats: ClientStats,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client, ApiError> {
        let origin = config.base_url.origin();
        let redirect = reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= 5 {
                attempt.error("too many redirects")
            } else if attempt.url().origin() != origin {
                attempt.stop()
            } else {
                attempt.follow()
            }
        });
        let http = reqwest::Client::builder()
            .user_agent(concat!("refinerctl/", env!("CARGO_PKG_VERSION")))
            .redirect(redirect)
            .connect_timeout(Duration::from_secs(10))
            .pool_max_idle_per_host(64)
            .build()
            .map_err(|e| ApiError::Transport {
                url: config.base_url.to_string(),
                message: e.to_string(),
            })?;
        let mut base_url = config.base_url;
        if !base_url.path().ends_with('/') {
            let path = format!("{}/", base_url.path());
            base_url.set_path(&path);
        }
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                key: config.key,
                timeout: config.timeout,
                gate: Gate::new(config.max_rps),
                retry: config.retry,
                page_length: config.page_length,
                observer: RwLock::new(None),
                stats: ClientStats::default(),
            }),
        })
    }

    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    pub fn stats(&self) -> &ClientStats {
        &self.inner.stats
    }

    pub fn set_observer(&self, observer: Arc<dyn RetryObserver>) {
        *self
            .inner
            .observer
            .write()
            .unwrap_or_else(|e| e.into_inner()) = Some(observer);
    }

    /// `GET /`: the environment the key belongs to.
    pub async fn root(&self) -> Result<RootInfo, ApiError> {
        self.get_typed("", &[]).await
    }

    /// `GET /account`: plan, usage and environments.
    pub async fn account(&self) -> Result<AccountInfo, ApiError> {
        self.get_typed("account", &[]).await
    }

    /// `GET /contact`: one contact, returned as raw JSON and typed view.
    pub async fn contact(&self, key: &ContactKey) -> Result<(Contact, Value), ApiError> {
        let (name, value) = key.query();
        let raw = self
            .request(Method::GET, "contact", &[(name, value)], "contact")
            .await?;
        let contact = decode::<Contact>("contact", raw.clone())?;
        Ok((contact, raw))
    }

    /// `DELETE /contact?uuid=`: deletes one contact and its responses.
    pub async fn delete_contact(&self, uuid: &str) -> Result<DeleteOutcome, ApiError> {
        let query = [("uuid", uuid.to_string())];
        match self
            .request(Method::DELETE, "contact", &query, "contact")
            .await
        {
            Ok(_) => Ok(DeleteOutcome::Deleted),
            Err(ApiError::NotFound { .. }) => Ok(DeleteOutcome::AlreadyAbsent),
            Err(ApiError::GaveUp { last, .. }) if last.is_not_found() => {
                Ok(DeleteOutcome::AlreadyAbsent)
            }
            Err(other) => Err(other),
        }
    }

    /// Starts a listing of `path` (for example `contacts`) with the given filters.
    pub fn list(&self, path: &str, filters: Vec<(String, String)>) -> Pager {
        Pager::new(self.clone(), path, filters).page_length(self.inner.page_length)
    }

    /// Fetches one page of a listing.
    pub async fn page(&self, path: &str, query: &[(&str, String)]) -> Result<Page, ApiError> {
        self.get_typed(path, query).await
    }

    async fn get_typed<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<T, ApiError> {
        let raw = self.request(Method::GET, path, query, path).await?;
        decode(path, raw)
    }

    /// Sends one request with pacing and retries, and returns the JSON body of a 2xx answer.
    /// `what` names the resource in a not-found error.
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        what: &str,
    ) -> Result<Value, ApiError> {
        let url = self.url(path, query);
        let display_path = format!("/{path}");
        let idempotent = matches!(
            method,
            Method::GET | Method::DELETE | Method::HEAD | Method::PUT
        );
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.inner.gate.acquire().await;
            self.inner.stats.requests.fetch_add(1, Ordering::Relaxed);
            let started = std::time::Instant::now();
            let result = self.send_once(&method, &url, &display_path, what).await;
            self.report_attempt(&method, &display_path, &result, started.elapsed());
            let error = match result {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            let retryable = match &error {
                ApiError::RateLimited { .. } => true,
                other => idempotent && other.is_transient(),
            };
            if !retryable {
                return Err(error);
            }
            if attempt >= self.inner.retry.max_attempts {
                return Err(ApiError::GaveUp {
                    attempts: attempt,
                    last: Box::new(error),
                });
            }
            let wait = self.wait_before_retry(&error, attempt).await;
            self.inner.stats.retries.fetch_add(1, Ordering::Relaxed);
            self.notify(RetryEvent {
                method: method.to_string(),
                path: display_path.clone(),
                attempt,
                wait,
                reason: error.to_string(),
            });
            tokio::time::sleep(wait).await;
        }
    }

    async fn wait_before_retry(&self, error: &ApiError, attempt: u32) -> Duration {
        let backoff = self.inner.retry.backoff(attempt);
        match error {
            ApiError::RateLimited {
                retry_after: Some(wait),
            } => {
                let wait = self
                    .inner
                    .retry
                    .cap_retry_after(*wait)
                    .max(Duration::from_millis(100));
                self.inner.gate.pause(wait).await;
                wait
            }
            ApiError::RateLimited { retry_after: None } => {
                self.inner.gate.pause(backoff).await;
                backoff
            }
            _ => backoff,
        }
    }

    fn report_attempt(
        &self,
        method: &Method,
        path: &str,
        result: &Result<Value, ApiError>,
        elapsed: Duration,
    ) {
        if let Some(observer) = self.observer() {
            let outcome = match result {
                Ok(_) => "ok".to_string(),
                Err(error) => error.to_string(),
            };
            observer.on_attempt(method.as_str(), path, &outcome, elapsed);
        }
    }

    fn observer(&self) -> Option<Arc<dyn RetryObserver>> {
        let observer = self.inner.observer.read();
        observer.unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn notify(&self, event: RetryEvent) {
        if let Some(observer) = self.observer() {
            observer.on_retry(&event);
        }
    }

    async fn send_once(
        &self,
        method: &Method,
        url: &Url,
        path: &str,
        what: &str,
    ) -> Result<Value, ApiError> {
        let request = self
            .inner
            .http
            .request(method.clone(), url.clone())
            .bearer_auth(self.inner.key.expose())
            .header(reqwest::header::ACCEPT, "application/json")
            .timeout(self.inner.timeout);
        let response = match request.send().await {
            Ok(response) => response,
            Err(error) => return Err(self.transport_error(method, path, error)),
        };
        let status = response.status();
        let headers = response.headers().clone();
        let body = match response.text().await {
            Ok(body) => body,
            Err(error) => return Err(self.transport_error(method, path, error)),
        };
        let content_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("unknown")
            .to_string();
        if status.is_redirection() {
            let location = headers
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("?");
            return Err(ApiError::CrossOriginRedirect {
                location: strip_query(location),
            });
        }
        if status == StatusCode::TOO_MANY_REQUESTS {
            let retry_after = headers
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| parse_retry_after(v, SystemTime::now()));
            self.inner
                .stats
                .rate_limited
                .fetch_add(1, Ordering::Relaxed);
            return Err(ApiError::RateLimited { retry_after });
        }
        let parsed: Option<Value> = serde_json::from_str(&body).ok();
        if status.is_success() {
            return match parsed {
                Some(value) => Ok(value),
                None if body.trim().is_empty() => Ok(Value::Null),
                None => Err(not_json(method, path, status, &content_type, &body)),
            };
        }
        let message = parsed.as_ref().map(error_message).unwrap_or_default();
        Err(match (status.as_u16(), parsed) {
            (401, _) => ApiError::Unauthorized {
                status: 401,
                message: or_status(message, status),
            },
            (403, _) => ApiError::Forbidden {
                message: or_status(message, status),
            },
            (404, Some(_)) if message.contains("API key") => ApiError::Unauthorized {
                status: 404,
                message,
            },
            (404, Some(_)) => ApiError::NotFound {
                what: what.to_string(),
                message: or_status(message, status),
            },
            (_, None) if !body.trim().is_empty() => {
                not_json(method, path, status, &content_type, &body)
            }
            (code, _) => ApiError::Status {
                method: method.to_string(),
                path: path.to_string(),
                status: code,
                body: if message.is_empty() {
                    excerpt(&body)
                } else {
                    message
                },
            },
        })
    }

    fn transport_error(&self, method: &Method, path: &str, error: reqwest::Error) -> ApiError {
        if error.is_timeout() {
            return ApiError::Timeout {
                method: method.to_string(),
                path: path.to_string(),
                after: self.inner.timeout,
            };
        }
        // reqwest's error text includes the URL; the key never travels in it because it is
        // sent as a header, but the query may carry an email, so only the path is named.
        let mut message = error.to_string();
        if let Some(url) = error.url() {
            message = message.replace(url.as_str(), path);
        }
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        ApiError::Transport {
            url: format!(
                "{}{}",
                self.inner.base_url.origin().ascii_serialization(),
                path
            ),
            message,
        }
    }

    fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.inner.base_url.clone();
        let joined = format!("{}{}", url.path(), path);
        url.set_path(&joined);
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in query {
                pairs.append_pair(name, value);
            }
        }
        url
    }
}

fn decode<T: DeserializeOwned>(path: &str, raw: Value) -> Result<T, ApiError> {
    serde_json::from_value(raw).map_err(|e| ApiError::Decode {
        path: format!("/{path}"),
        message: e.to_string(),
    })
}

fn not_json(
    method: &Method,
    path: &str,
    status: StatusCode,
    content_type: &str,
    body: &str,
) -> ApiError {
    ApiError::NotJson {
        method: method.to_string(),
        path: path.to_string(),
        status: status.as_u16(),
        content_type: content_type.to_string(),
        excerpt: excerpt(body),
    }
}

/// Reads the message of an error body: `error` first, then `message`.
fn error_message(body: &Value) -> String {
    ["error", "message"]
        .iter()
        .find_map(|key| body.get(key).and_then(Value::as_str))
        .map(excerpt)
        .unwrap_or_default()
}

fn or_status(message: String, status: StatusCode) -> String {
    if message.is_empty() {
        status.to_string()
    } else {
        message
    }
}

fn strip_query(location: &str) -> String {
    location
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}
