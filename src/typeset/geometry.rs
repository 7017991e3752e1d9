//! Page geometry: the page's size, the text block inside its margins, and the body size,
//! from the edition's page size and font size. Everything the pages are measured by is here.

use crate::config::PageSize;

use super::Settings;

/// Points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

impl PageSize {
    /// Width and height in points.
    pub fn dimensions(self) -> (f64, f64) {
        let (w, h) = match self {
            PageSize::A4 => (210.0, 297.0),
            PageSize::Letter => (215.9, 279.4),
            PageSize::A5 => (148.0, 210.0),
            PageSize::Paperback => (129.0, 198.0),
        };
        (w * PT_PER_MM, h * PT_PER_MM)
    }

    /// The size as a reader names it.
    pub fn label(self) -> &'static str {
        match self {
            PageSize::A4 => "A4",
            PageSize::Letter => "US Letter",
            PageSize::A5 => "A5",
            PageSize::Paperback => "129 × 198 mm",
        }
    }

    /// Body text size: large pages get a larger size so lines stay near 60–75 characters.
    pub fn default_font_size(self) -> f64 {
        match self {
            PageSize::A4 | PageSize::Letter => 12.0,
            PageSize::A5 => 10.5,
            PageSize::Paperback => 10.0,
        }
    }
}

/// The page and its text block, in points.
#[derive(Debug, Clone, Copy)]
pub struct PageGeometry {
    pub width: f64,
    pub height: f64,
    /// The margin at the spine.
    pub inner: f64,
    /// The margin at the fore-edge.
    pub outer: f64,
    /// The margin above the text block.
    pub top: f64,
    /// The text block's width and height.
    pub measure: f64,
    pub block_height: f64,
    /// The body text's size.
    pub size: f64,
}

impl PageGeometry {
    pub fn new(settings: &Settings) -> Self {
        let (width, height) = settings.page.dimensions();
        // Margins in the proportions of the Van de Graaf canon (1/9 and 2/9 of the page),
        // with the outer and foot margins widened a little less, so small pages keep a usable
        // measure.
        let inner = width / 9.0;
        let outer = width * 1.6 / 9.0;
        let top = height / 9.0;
        let bottom = height * 1.6 / 9.0;
        PageGeometry {
            width,
            height,
            inner,
            outer,
            top,
            measure: width - inner - outer,
            block_height: height - top - bottom,
            size: settings
                .font_size
                .unwrap_or_else(|| settings.page.default_font_size()),
        }
    }

    /// The text block's left edge on page `number` (from 1): recto pages (odd) have the wide
    /// margin outside, on the right.
    pub fn left(&self, number: usize) -> f64 {
        if number % 2 == 1 {
            self.inner
        } else {
            self.outer
        }
    }

    /// The text block's top edge, from the bottom of the page.
    pub fn block_top(&self) -> f64 {
        self.height - self.top
    }
}
