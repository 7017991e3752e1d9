//! Exporters: each turns the annotated `Document` of a `Publication` into the bytes of one
//! output format. Writing files is left to the caller, so nothing is written on failure.

mod deflate;
pub mod epub;
pub mod handout;
mod ocf;
mod page_content;
mod pagemarks;
pub mod pdf;
mod xhtml;
mod xml;
