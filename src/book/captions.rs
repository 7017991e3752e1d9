//! Captions of pictures the edition does not reproduce (an edition holds no pictures): with
//! `[style] captions = "marked"`, the default, each begins with "[Picture not reproduced]", so
//! a reader does not take it for the caption of a picture gone missing. The words are the
//! book's, not the manuscript's: check and diff compare the manuscript, which keeps the caption
//! as the source has it.

use crate::config::Captions;
use crate::diag::Span;
use crate::model::{for_each_text_block_mut, BlockKind, Document, Inline};

/// What a marked caption begins with, a space after it.
pub const MARK: &str = "[Picture not reproduced]";

/// Marks every caption of `body` as `style` asks.
pub fn mark(body: &mut Document, style: Captions) {
    if style == Captions::Plain {
        return;
    }
    for_each_text_block_mut(&mut body.blocks, &mut |kind| {
        if let BlockKind::Caption { content } = kind {
            content.insert(0, Inline::text(format!("{MARK} "), Span::generated()));
        }
    });
}
