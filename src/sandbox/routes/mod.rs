//! Routing: paths under `/v1`, the adapter from endpoint functions to axum handlers, and
//! the JSON errors for unknown paths and methods.
//!
//! Endpoints are plain functions of the database connection and the request's merged
//! parameters. They run while the database lock is held, so they never await.

mod account;
mod catalog;
mod contacts;
mod identify;
mod responses;
mod writes;

use axum::extract::State;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use rusqlite::Connection;
use serde_json::Value;
use std::future::{ready, Ready};
use std::sync::Arc;

use super::error::{json_response, ApiError, ApiResult};
use super::params::Params;
use super::server::App;
use super::SandboxIdentity;

/// Request context that an endpoint receives besides the connection.
pub struct Call<'a> {
    pub params: &'a Params,
    pub identity: &'a SandboxIdentity,
    pub page_length_default: u32,
}

type Endpoint = fn(&mut Connection, &Call) -> ApiResult<Value>;

/// Builds the router of every implemented endpoint.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/v1", get(endpoint(account::root)))
        .route("/v1/", get(endpoint(account::root)))
        .route("/v1/account", get(endpoint(account::account)))
        .route("/v1/reporting", get(endpoint(account::reporting)))
        .route("/v1/identify-user", post(endpoint(identify::identify_user)))
        .route("/v1/track-event", post(endpoint(identify::track_event)))
        .route(
            "/v1/sync-segment",
            post(endpoint(identify::add_to_segment))
                .delete(endpoint(identify::remove_from_segment)),
        )
        .route("/v1/contacts", get(endpoint(contacts::list)))
        .route(
            "/v1/contact",
            get(endpoint(contacts::get)).delete(endpoint(contacts::delete)),
        )
        .route("/v1/segments", get(endpoint(catalog::segments)))
        .route("/v1/forms", get(endpoint(catalog::forms)))
        .route(
            "/v1/responses",
            get(endpoint(responses::list)).post(endpoint(responses::store)),
        )
        .route("/v1/responses/tags", post(endpoint(responses::add_tags)))
        .fallback(unknown_path)
        .method_not_allowed_fallback(unsupported_method)
        .with_state(app)
}

/// Wraps an endpoint function as an axum handler that responds with 200 and the JSON it
/// returns, or with the error it returns.
fn endpoint(
    run: Endpoint,
) -> impl Fn(State<Arc<App>>, Extension<Arc<Params>>) -> Ready<Response> + Clone + Send + Sync + 'static
{
    move |State(app): State<Arc<App>>, Extension(params): Extension<Arc<Params>>| {
        let call = Call {
            params: &params,
            identity: &app.identity,
            page_length_default: app.page_length_default,
        };
        let result = run(&mut app.db(), &call);
        ready(match result {
            Ok(body) => json_response(StatusCode::OK, &body),
            Err(error) => error.into_response(),
        })
    }
}

async fn unknown_path(method: Method, uri: Uri) -> Response {
    ApiError::not_found(format!("Unknown endpoint {method} {}", uri.path())).into_response()
}

async fn unsupported_method(method: Method, uri: Uri) -> Response {
    let message = format!("Method {method} is not allowed for {}", uri.path());
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, message).into_response()
}
