//! Local Refiner-compatible API server backed by SQLite.
//!
//! This commit adds the request-level building blocks: parameter parsing, paging, API key
//! checks, fault injection, rate limits and identifiers. The server and the database come
//! next.

mod auth;
mod error;
mod faults;
mod ids;
mod paging;
mod params;
mod ratelimit;

pub use faults::{FaultKind, FaultSpec};

/// Requests per minute that the rate limits admit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    /// Requests per minute with the API key.
    pub per_key_per_minute: u32,
    /// Requests per minute that carry the same `id`, `email` or `uuid` value.
    pub per_user_per_minute: u32,
}
