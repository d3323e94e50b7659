//! Typed client for the Refiner REST API v1. Nothing in this module prints; progress and
//! retry notices reach the caller through `RetryObserver`.

pub mod models;
