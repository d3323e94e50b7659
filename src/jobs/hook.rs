//! The before-delete hook: a seam for work that must succeed before a contact is deleted,
//! such as "export, then erase".

use super::plan::Target;
use futures::future::BoxFuture;

/// Work that runs right before each target's DELETE.
///
/// The engine calls `before_delete` once per target that it is about to delete, with up to
/// `--concurrency` calls in flight. When it returns `Err(reason)`, the target is not deleted
/// and gets a `skipped` receipt with `reason` as its detail. A skipped target is final, so
/// `jobs resume` does not call the hook for it again.
pub trait BeforeDelete: Send + Sync {
    fn before_delete<'a>(&'a self, target: &'a Target) -> BoxFuture<'a, Result<(), String>>;
}
