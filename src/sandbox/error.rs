//! The error type of the sandbox's HTTP handlers and its JSON rendering.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// An HTTP error response: a status and a JSON body, normally `{"error": "..."}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: Value,
}

impl ApiError {
    /// Creates an error with the body `{"error": message}`.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: json!({ "error": message.into() }),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    /// Creates a 500 for a failed database statement. The message names the operation
    /// only, because SQL text is of no use to an API client.
    pub fn internal(operation: &str) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("The sandbox database failed while {operation}"),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_response(self.status, &self.body)
    }
}

/// Builds a response with a JSON body and `Content-Type: application/json`.
pub fn json_response(status: StatusCode, body: &Value) -> Response {
    // Serializing a `Value` cannot fail: its map keys are always strings.
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut response = (status, bytes).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Result type of every endpoint.
pub type ApiResult<T = Value> = Result<T, ApiError>;

/// Converts a database error into a 500 that names the operation.
pub trait DbContext<T> {
    fn during(self, operation: &str) -> ApiResult<T>;
}

impl<T> DbContext<T> for rusqlite::Result<T> {
    fn during(self, operation: &str) -> ApiResult<T> {
        self.map_err(|_| ApiError::internal(operation))
    }
}
