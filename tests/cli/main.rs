//! One integration test binary: the real `refinerctl` against a real sandbox server.

mod support;

mod auth;
mod basics;
mod generated;
mod network;
mod retention;
mod users;
