//! Exporters: each turns the `Book` of a `Publication` into the bytes of one output format. Writing files is left to the caller, so nothing is written on failure.

mod cover;
mod deflate;
pub mod epub;
pub mod handout;
mod nav;
mod ocf;
mod opf;
mod page_content;
mod pagemarks;
pub mod pdf;
mod pdf_objects;
mod pdf_structure;
mod xhtml;
pub(crate) mod xml;
mod xmp;
