//! One integration test binary: the real `refinerctl` against a real sandbox server.

mod support;

mod basics;
mod generated;
