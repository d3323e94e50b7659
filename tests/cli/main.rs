//! One integration test binary: the real `refinerctl` against a real sandbox server.

mod support;

mod auth;
mod basics;
mod export;
mod generated;
mod jobs;
mod lost_response;
mod network;
mod retention;
mod safety;
mod users;
