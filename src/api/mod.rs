//! Typed client for the Refiner REST API v1. Nothing in this module prints; retry notices
//! reach the caller through `RetryObserver`.

pub mod client;
pub mod error;
pub mod gate;
pub mod models;
pub mod pager;
pub mod retry;
#[cfg(test)]
pub mod testing;

pub use client::{Client, ClientConfig, ContactKey, DeleteOutcome, RetryEvent, RetryObserver};
pub use error::ApiError;

/// An API key. `Debug` and `Display` print a placeholder, so that the key cannot reach a
/// log line or an error message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> ApiKey {
        ApiKey(key.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Returns the key with all but its last four characters hidden, for `auth status`.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() <= 8 {
            return "****".to_string();
        }
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("****{tail}")
    }
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey(****)")
    }
}

impl std::fmt::Display for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("****")
    }
}
