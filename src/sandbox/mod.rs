//! Local Refiner-compatible API server backed by SQLite.
