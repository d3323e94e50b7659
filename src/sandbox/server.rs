//! The HTTP server: accept loop, then per request latency, faults, body and parameter
//! parsing, authentication and rate limits before the router runs the endpoint.
//!
//! Connections are served by hyper directly rather than by `axum::serve`, because a
//! `drop` fault must close the connection without any response. The service returns an
//! error for such a request, and hyper then closes the connection.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use rusqlite::Connection;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tower::ServiceExt;

use super::error::ApiError;
use super::faults::{self, FaultAction, FaultInjector};
use super::params::Params;
use super::ratelimit::{retry_after_seconds, RateLimiter};
use super::{auth, routes, SandboxIdentity};

/// Largest request body the sandbox reads.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Parameters whose values identify a user for the per-user rate limit.
const USER_PARAMETERS: [&str; 3] = ["id", "email", "uuid"];

/// State shared by all requests.
pub struct App {
    db: Mutex<Connection>,
    pub identity: SandboxIdentity,
    pub page_length_default: u32,
    latency: Duration,
    faults: Mutex<FaultInjector>,
    limiter: Option<Mutex<RateLimiter>>,
}

impl App {
    pub fn new(
        connection: Connection,
        identity: SandboxIdentity,
        options: &super::ServeOptions,
    ) -> App {
        App {
            db: Mutex::new(connection),
            identity,
            page_length_default: options.page_length_default,
            latency: options.latency,
            faults: Mutex::new(FaultInjector::new(&options.faults, options.seed)),
            limiter: options
                .rate_limit
                .map(|limits| Mutex::new(RateLimiter::new(limits))),
        }
    }

    /// Locks the database. A panic while the lock was held cannot leave a statement half
    /// done, because SQLite rolls back an unfinished transaction, so a poisoned lock is
    /// taken over.
    pub fn db(&self) -> MutexGuard<'_, Connection> {
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn next_fault(&self) -> Option<faults::FaultKind> {
        self.faults
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .next_fault()
    }

    /// Returns a 429 response when the request is over a rate limit.
    fn check_rate_limit(&self, params: &Params) -> Option<Response> {
        let limiter = self.limiter.as_ref()?;
        let users: Vec<String> = USER_PARAMETERS
            .iter()
            .filter_map(|name| params.text(name).map(|value| format!("{name}:{value}")))
            .collect();
        let verdict = limiter
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .check(&users, Instant::now());
        let wait = verdict.err()?;
        let seconds = retry_after_seconds(wait).to_string();
        Some(faults::too_many_requests(&seconds, ""))
    }
}

/// The error a service returns to make hyper close the connection without a response.
#[derive(Debug)]
struct InjectedDrop;

impl std::fmt::Display for InjectedDrop {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for InjectedDrop {}

/// Accepts connections until `shutdown` fires or its sender is dropped, then aborts the
/// connections still open.
pub async fn serve(listener: TcpListener, app: Arc<App>, mut shutdown: oneshot::Receiver<()>) {
    let router = routes::router(app.clone());
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(serve_connection(stream, app.clone(), router.clone()));
                }
                // Accept fails when the process is out of file descriptors; waiting
                // briefly keeps the loop from spinning until some are closed.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    connections.shutdown().await;
}

async fn serve_connection(stream: TcpStream, app: Arc<App>, router: Router) {
    let service = service_fn(move |request| handle(app.clone(), router.clone(), request));
    // A connection ends with an error when the client goes away or a fault drops it;
    // neither needs handling here.
    let _ = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .serve_connection(TokioIo::new(stream), service)
        .await;
}

async fn handle(
    app: Arc<App>,
    router: Router,
    request: Request<Incoming>,
) -> Result<Response, InjectedDrop> {
    if !app.latency.is_zero() {
        tokio::time::sleep(app.latency).await;
    }
    if let Some(kind) = app.next_fault() {
        match faults::action_for(kind) {
            FaultAction::Respond(response) => return Ok(response),
            FaultAction::DropConnection => return Err(InjectedDrop),
            FaultAction::Delay(delay) => tokio::time::sleep(delay).await,
        }
    }
    let (parts, body) = request.into_parts();
    let Ok(body) = axum::body::to_bytes(Body::new(body), MAX_BODY_BYTES).await else {
        let message =
            format!("Request body could not be read or is larger than {MAX_BODY_BYTES} bytes");
        return Ok(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, message).into_response());
    };
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok());
    let params = Params::collect(parts.uri.query(), content_type, &body);
    if let Err(error) =
        auth::authenticate(&parts.headers, params.as_ref().ok(), &app.identity.api_key)
    {
        return Ok(error.into_response());
    }
    let params = match params {
        Ok(params) => params,
        Err(error) => return Ok(error.into_response()),
    };
    if let Some(response) = app.check_rate_limit(&params) {
        return Ok(response);
    }
    let mut request = Request::from_parts(parts, Body::empty());
    request.extensions_mut().insert(Arc::new(params));
    Ok(router
        .oneshot(request)
        .await
        .unwrap_or_else(|never| match never {}))
}
