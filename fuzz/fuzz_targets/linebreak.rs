//! Fuzz target: a paragraph of arbitrary text -> items (shaped with the edition's fonts) ->
//! Knuth–Plass line breaking; the lines must give back the paragraph's words and fit the
//! measure unless reported overfull. The first byte picks the measure, indent and hyphenation.
#![no_main]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use folio::diag::{Diagnostics, Span};
use folio::model::{Inline, InlineKind};
use folio::typeset::fonts::{FontSet, Style};
use folio::typeset::hyphenate::Hyphenator;
use folio::typeset::items::{self, Context, Item, ParStyle, INFINITE_PENALTY};
use folio::typeset::linebreak;
use folio::typeset::shape::{Shaper, Variant};
use libfuzzer_sys::fuzz_target;

fn fonts() -> &'static FontSet {
    static FONTS: OnceLock<FontSet> = OnceLock::new();
    FONTS.get_or_init(FontSet::built_in)
}

/// One hyphenator per thread, for the life of the fuzzer: its cache of breaks is not shared
/// between threads.
fn hyphenator() -> Option<&'static Hyphenator> {
    thread_local! {
        static HYPHENATOR: Option<&'static Hyphenator> =
            Hyphenator::for_language("en").map(|h| &*Box::leak(Box::new(h)));
    }
    HYPHENATOR.with(|h| *h)
}

fuzz_target!(|data: &[u8]| {
    let Some((&settings, text)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let measure = 10.0 + f64::from(settings & 0x3F) * 8.0; // 10pt to 514pt
    let par = ParStyle {
        style: Style::Regular,
        variant: Variant::Text,
        size: 10.0,
        indent: if settings & 0x40 != 0 { 12.0 } else { 0.0 },
        hyphenate: settings & 0x80 != 0,
        lang: None,
    };
    let mut shaper = Shaper::new(fonts()).expect("the fonts shape");
    let mut diags = Diagnostics::default();
    let mut cx = Context {
        shaper: &mut shaper,
        hyphenator: hyphenator(),
        protected: &BTreeSet::new(),
        diags: &mut diags,
    };
    let inline = Inline {
        kind: InlineKind::Text(text.to_string()),
        span: Span::generated(),
    };
    let mut items = Vec::new();
    items::paragraph(&[inline], &par, &|_| None, &mut cx, &mut items);
    let lines = linebreak::knuth_plass(&items, measure, linebreak::Edges::Hanging);

    // The lines cover the items: each starts after the previous break, the last ends the
    // paragraph; only glue and penalties fall between them.
    let mut joined = String::new();
    let mut next = 0;
    for line in &lines {
        assert!(items[next..line.start]
            .iter()
            .all(|i| !matches!(i, Item::Box { .. })));
        assert!(line.start <= line.end && line.end < items.len());
        let (mut natural, mut shrink, mut glyphs) = (0.0, 0.0, 0.0);
        for item in &items[line.start..line.end] {
            match item {
                Item::Box { width, run, .. } => {
                    natural += width;
                    if run.is_some() {
                        glyphs += width;
                    }
                    joined.push_str(&run.as_ref().map(|r| r.text()).unwrap_or_default());
                }
                Item::Glue {
                    width, shrink: z, ..
                } => {
                    joined.push(' ');
                    natural += width;
                    shrink += z;
                }
                // Penalties inside a line are not drawn; only the one it ends at may be.
                Item::Penalty { .. } => {}
            }
        }
        // A break inside a word (at a hyphenation point or after a dash) joins the halves.
        match &items[line.end] {
            Item::Penalty { width, cost, .. } if *cost > -INFINITE_PENALTY => natural += width,
            _ => joined.push(' '),
        }
        // No line is wider than the measure, shrunk as far as its glue and letters go and
        // less what hangs into the margins, unless it is reported overfull (the caller turns
        // `is_overfull` into diagnostic T002).
        let narrowest = natural - shrink - linebreak::EXPANSION * glyphs;
        assert!(
            line.is_overfull()
                || narrowest - line.hang_left - line.hang_right
                    <= measure + 1e-6 * measure.max(natural),
            "{line:?}: natural {natural}, shrink {shrink}, glyphs {glyphs}, measure {measure}"
        );
        assert!(line.hang_left >= 0.0 && line.hang_right >= 0.0, "{line:?}");
        next = line.end + 1;
    }
    assert_eq!(next, items.len(), "the last line ends the paragraph");
    let words = |s: &str| {
        s.replace('\u{AD}', "")
            .split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        words(&joined),
        words(text),
        "the lines give back the paragraph's words"
    );
});
