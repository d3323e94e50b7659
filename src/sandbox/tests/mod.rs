//! Tests of the sandbox.

mod seed;
