//! Retention policies: what a policy says, which contacts violate it, and the report of an
//! audit.
//!
//! The Refiner API has no retention feature, so refinerctl stores the policy (in a profile
//! or a TOML file) and enforces it by listing contacts and deleting the candidates one by
//! one. `policy` owns the rules and their validation, `evaluation` decides on each contact
//! without touching the network, `audit` fetches what the evaluation needs from the API,
//! and `report` shapes the result for people, files and exit codes.

pub mod audit;
pub mod evaluation;
pub mod policy;
pub mod report;

pub use audit::{audit, Audit};
pub use evaluation::{evaluate, Candidate, Evaluation, Rule, Scope};
pub use policy::Policy;
pub use report::Report;
