//! The findings of `folio check` (codes C0xx), each in its own module; `cmd/check.rs` runs
//! them with the other stages' checks.

pub mod faithful;
pub mod residual;
