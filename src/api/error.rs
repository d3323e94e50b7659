//! Errors of the API client, one variant per way a request can fail.

use std::time::Duration;

/// Maximum length, in characters, of a response body excerpt in an error message.
pub const BODY_EXCERPT_CHARS: usize = 512;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("could not reach {url}: {message}")]
    Transport { url: String, message: String },

    #[error("{method} {path} timed out after {}s", after.as_secs())]
    Timeout {
        method: String,
        path: String,
        after: Duration,
    },

    #[error("the API rejected the key (HTTP {status}): {message}")]
    Unauthorized { status: u16, message: String },

    #[error("the key may not do this (HTTP 403): {message}")]
    Forbidden { message: String },

    #[error("{what} not found: {message}")]
    NotFound { what: String, message: String },

    #[error("rate limited (HTTP 429){}", retry_after.map(|d| format!(", retry after {}s", d.as_secs())).unwrap_or_default())]
    RateLimited { retry_after: Option<Duration> },

    #[error("{method} {path} failed with HTTP {status}: {body}")]
    Status {
        method: String,
        path: String,
        status: u16,
        body: String,
    },

    #[error("{method} {path} returned HTTP {status} with a {content_type} body instead of JSON: {excerpt}")]
    NotJson {
        method: String,
        path: String,
        status: u16,
        content_type: String,
        excerpt: String,
    },

    #[error("could not decode the response of {path}: {message}")]
    Decode { path: String, message: String },

    #[error("gave up after {attempts} attempts: {last}")]
    GaveUp { attempts: u32, last: Box<ApiError> },

    #[error("listing {path} ended early: {message}")]
    Incomplete { path: String, message: String },

    #[error("redirect to another origin refused: {location}")]
    CrossOriginRedirect { location: String },
}

impl ApiError {
    /// Reports whether a failed attempt may be repeated: rate limits, server errors,
    /// timeouts and connection failures. Whether the request itself may be repeated is the
    /// caller's decision.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Transport { .. }
            | ApiError::Timeout { .. }
            | ApiError::RateLimited { .. } => true,
            ApiError::Status { status, .. } | ApiError::NotJson { status, .. } => *status >= 500,
            _ => false,
        }
    }

    /// Reports whether the key was missing, wrong or not allowed, directly or after retries.
    pub fn is_auth(&self) -> bool {
        matches!(
            self,
            ApiError::Unauthorized { .. } | ApiError::Forbidden { .. }
        )
    }

    pub fn is_not_found(&self) -> bool {
        matches!(self, ApiError::NotFound { .. })
    }
}

/// Cuts a body to `BODY_EXCERPT_CHARS` characters on a character boundary, with control
/// characters replaced so that the excerpt prints on one line.
pub fn excerpt(body: &str) -> String {
    let mut cut: String = body
        .chars()
        .take(BODY_EXCERPT_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if body.chars().count() > BODY_EXCERPT_CHARS {
        cut.push('…');
    }
    cut.trim().to_string()
}
