//! refinerctl: govern the user data that Refiner environments hold.
//!
//! Layers: `commands` parses arguments and dispatches; domain modules (`selection`, `jobs`,
//! `export`, `retention`) do the work; `api` is a typed client that never prints; `output`
//! owns stdout and stderr; `sandbox` is a local Refiner-compatible server that shares only
//! the wire types in `api::models`.

pub mod api;
pub mod sandbox;
pub mod time;
