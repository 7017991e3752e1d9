//! Print PDF -> handout PDF (stage 5, after `pdf`): imposes the already-typeset pages of the
//! print edition two to a side on landscape office paper, in the order `impose` gives. Each
//! page becomes a Form XObject drawn on its sheet, so fonts are shared, not copied; links and
//! outline entries are moved to the sheet and spot where their page landed. Pages too large
//! for their half of the sheet are scaled down, and the build says so (E002). The handout
//! is not tagged: the print PDF's structure tree refers to pages imposition removes, so it
//! is dropped with the claims that go with it. This module plans the sheets; `pdf_objects::
//! sheets` writes them.

use crate::config::{HandoutMode, HandoutOutput, PageSize};
use crate::diag::{Diagnostic, Diagnostics, Error};
use crate::impose::{self, Mode, Side};

use super::pdf_objects::sheets::{num, Placement, PrintFile, SheetSide};

/// Points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;
/// Distance of a crop mark from the trim edge: 3 mm, the usual bleed, so a mark never shows on
/// a trimmed page even when the cut wanders.
const MARK_OFFSET_MM: f64 = 3.0;
/// Length of a crop mark (5 mm, as in most imposition software).
const MARK_LENGTH_MM: f64 = 5.0;
/// Hairline width of the crop marks, in points (0.25 pt, the usual registration hairline).
const MARK_WIDTH_PT: f64 = 0.25;

/// Every page size folio typesets, largest first: a scaled handout suggests the first that
/// fits, which keeps the most of the edition's type area.
const PAGE_SIZES: [PageSize; 4] = [
    PageSize::A4,
    PageSize::Letter,
    PageSize::A5,
    PageSize::Paperback,
];

/// Imposes the print PDF `edition` as settings ask; a warning goes to `diags` when its pages
/// must be scaled down to fit. The result is as deterministic as its input: no clock, no
/// random ids.
pub fn write(
    edition: &[u8],
    settings: &HandoutOutput,
    diags: &mut Diagnostics,
) -> Result<Vec<u8>, Error> {
    let print = PrintFile::read(edition)?;
    let page_size = print.page_size()?;
    let imposition = Imposition::new(page_size, print.page_count(), settings);
    if imposition.scale < FULL_SIZE {
        diags.push(scale_warning(page_size, imposition.scale, settings));
    }
    let sides: Vec<SheetSide> = imposition
        .sides
        .iter()
        .map(|side| imposition.sheet_side(side, settings.crop_marks))
        .collect();
    print.impose(&sides)
}

/// How the pages sit on the sheets: the sides in order, the scale, the placed page's size
/// and the sheet's.
struct Imposition {
    mode: Mode,
    sides: Vec<Side>,
    /// Sheets in the stack (a booklet's creep depends on the depth).
    sheets: usize,
    scale: f64,
    /// The placed page's width, height and bottom edge.
    w: f64,
    h: f64,
    y: f64,
    sheet_w: f64,
    sheet_h: f64,
    /// The most a booklet's innermost sheet moves out, in points.
    creep: f64,
}

impl Imposition {
    fn new((page_w, page_h): (f64, f64), pages: usize, settings: &HandoutOutput) -> Self {
        let (sheet_h, sheet_w) = settings.sheet.page_size().dimensions();
        let mode = match settings.mode {
            HandoutMode::Booklet => Mode::Booklet,
            HandoutMode::TwoUp => Mode::TwoUp,
        };
        let sides = impose::impose(mode, pages);
        let sheets = sides.last().map_or(0, |s| s.sheet + 1);
        let scale = page_scale((page_w, page_h), settings);
        let (w, h) = (page_w * scale, page_h * scale);
        Imposition {
            mode,
            sides,
            sheets,
            scale,
            w,
            h,
            y: (sheet_h - h) / 2.0,
            sheet_w,
            sheet_h,
            creep: settings.creep * PT_PER_MM,
        }
    }

    /// The left edges of the two halves of `side`, creep included.
    fn halves(&self, side: &Side) -> (f64, f64) {
        let (left_x, right_x) = self.slots();
        // Creep: the cover sheet stays put, the innermost moves by the full amount, the ones
        // between in proportion to their depth in the stack.
        let shift = match self.mode {
            Mode::Booklet if self.sheets > 1 => {
                self.creep * side.sheet as f64 / (self.sheets - 1) as f64
            }
            _ => 0.0,
        };
        (left_x - shift, right_x + shift)
    }

    /// The left edges of the two halves, before creep.
    fn slots(&self) -> (f64, f64) {
        let (sheet_w, w) = (self.sheet_w, self.w);
        match self.mode {
            Mode::Booklet => (sheet_w / 2.0 - w, sheet_w / 2.0),
            Mode::TwoUp => (sheet_w / 4.0 - w / 2.0, sheet_w * 3.0 / 4.0 - w / 2.0),
        }
    }

    /// One side of a sheet: its pages where they land, and its crop marks if asked for.
    fn sheet_side(&self, side: &Side, with_marks: bool) -> SheetSide {
        let (left_x, right_x) = self.halves(side);
        let pages = [(side.left, left_x), (side.right, right_x)]
            .into_iter()
            .filter_map(|(page, x)| {
                let at = Placement {
                    scale: self.scale,
                    x,
                    y: self.y,
                };
                page.map(|page| (page, at))
            })
            .collect();
        let marks = if with_marks {
            let (slot_left, slot_right) = self.slots();
            crop_marks(
                side,
                self.mode,
                (slot_left, slot_right, self.y, self.w, self.h),
            )
        } else {
            String::new()
        };
        SheetSide {
            width: self.sheet_w,
            height: self.sheet_h,
            pages,
            marks,
        }
    }
}

/// A scale this close to 1 is full size (it absorbs rounding in the media box).
const FULL_SIZE: f64 = 0.9995;

/// The scale at which a page of `page_w` × `page_h` points fits its half of the sheet. Pages
/// are only ever scaled down, never enlarged, so the type keeps its size when the paper allows
/// (A5 on A4).
fn page_scale((page_w, page_h): (f64, f64), settings: &HandoutOutput) -> f64 {
    let (sheet_h, sheet_w) = settings.sheet.page_size().dimensions();
    let margin = if settings.crop_marks {
        (MARK_OFFSET_MM + MARK_LENGTH_MM) * PT_PER_MM
    } else {
        0.0
    };
    let (slot_w, slot_h) = match settings.mode {
        HandoutMode::Booklet => ((sheet_w - 2.0 * margin) / 2.0, sheet_h - 2.0 * margin),
        HandoutMode::TwoUp => (sheet_w / 2.0 - 2.0 * margin, sheet_h - 2.0 * margin),
    };
    (slot_w / page_w).min(slot_h / page_h).min(1.0)
}

/// E002: the pages print smaller than they were set. Names the scale, and what would print at
/// full size on this sheet: a page size that fits, or the same without crop marks.
fn scale_warning(page: (f64, f64), scale: f64, settings: &HandoutOutput) -> Diagnostic {
    let sheet = settings.sheet.page_size().label();
    let named = PAGE_SIZES
        .into_iter()
        .find(|size| {
            let (w, h) = size.dimensions();
            (w - page.0).abs() < 1.0 && (h - page.1).abs() < 1.0
        })
        .map_or_else(
            || format!("{:.0} × {:.0} mm", page.0 / PT_PER_MM, page.1 / PT_PER_MM),
            |size| size.label().to_string(),
        );
    let warning = Diagnostic::warning(
        "E002",
        format!(
            "the handout prints the {named} pages at {:.0} % of their size, to fit two on a side \
             of {sheet} paper",
            scale * 100.0
        ),
    );
    let fitting = |settings: &HandoutOutput| -> Vec<PageSize> {
        PAGE_SIZES
            .into_iter()
            .filter(|size| page_scale(size.dimensions(), settings) >= FULL_SIZE)
            .collect()
    };
    let without_marks = HandoutOutput {
        crop_marks: false,
        ..settings.clone()
    };
    match (fitting(settings).first(), fitting(&without_marks).first()) {
        (Some(&size), _) => warning.with_hint(format!(
            "{} pages fit on {sheet} paper at full size: set `page-size = \"{}\"` in [output.pdf], \
             or build with `--page-size {}`",
            size.label(),
            setting_name(size),
            setting_name(size)
        )),
        (None, Some(&size)) => warning.with_hint(format!(
            "{} pages fit on {sheet} paper at full size without crop marks: set \
             `page-size = \"{}\"` in [output.pdf] and `crop-marks = false` in [output.handout]",
            size.label(),
            setting_name(size)
        )),
        (None, None) => warning.with_hint(format!(
            "no page size folio sets fits on {sheet} paper at full size; print the handout on \
             larger paper to keep the type at its size"
        )),
    }
}

/// A page size as edition.toml and `--page-size` spell it.
fn setting_name(size: PageSize) -> &'static str {
    match size {
        PageSize::A4 => "a4",
        PageSize::Letter => "letter",
        PageSize::A5 => "a5",
        PageSize::Paperback => "paperback",
    }
}

/// Crop marks for one side: at the corners of the spread of a booklet (with a mark at each end
/// of the fold, where the sheet is folded, not cut), at the corners of each page in 2-up.
fn crop_marks(
    side: &Side,
    mode: Mode,
    (left_x, right_x, y, w, h): (f64, f64, f64, f64, f64),
) -> String {
    let off = MARK_OFFSET_MM * PT_PER_MM;
    let len = MARK_LENGTH_MM * PT_PER_MM;
    let mut lines: Vec<[f64; 4]> = Vec::new();
    let mut corners = |x0: f64, x1: f64| {
        for (x, dx) in [(x0, -1.0), (x1, 1.0)] {
            for (yy, dy) in [(y, -1.0), (y + h, 1.0)] {
                lines.push([x + dx * off, yy, x + dx * (off + len), yy]);
                lines.push([x, yy + dy * off, x, yy + dy * (off + len)]);
            }
        }
    };
    match mode {
        Mode::Booklet => corners(left_x, right_x + w),
        Mode::TwoUp => {
            corners(left_x, left_x + w);
            if side.right.is_some() {
                corners(right_x, right_x + w);
            }
        }
    }
    if mode == Mode::Booklet {
        let fold = right_x;
        lines.push([fold, y - off, fold, y - off - len]);
        lines.push([fold, y + h + off, fold, y + h + off + len]);
    }
    let mut ops = format!("q {} w 0 G\n", num(MARK_WIDTH_PT));
    for [x0, y0, x1, y1] in lines {
        ops.push_str(&format!(
            "{} {} m {} {} l S\n",
            num(x0),
            num(y0),
            num(x1),
            num(y1)
        ));
    }
    ops.push_str("Q\n");
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Sheet;

    fn sheet(sheet: Sheet, mode: HandoutMode, crop_marks: bool) -> HandoutOutput {
        HandoutOutput {
            sheet,
            mode,
            crop_marks,
            ..HandoutOutput::default()
        }
    }

    #[test]
    fn an_a4_page_on_an_a4_sheet_is_scaled_and_said_to_be() {
        let settings = sheet(Sheet::A4, HandoutMode::Booklet, false);
        let a4 = PageSize::A4.dimensions();
        let scale = page_scale(a4, &settings);
        assert!((scale - 1.0 / 2f64.sqrt()).abs() < 1e-3, "{scale}");
        let warning = scale_warning(a4, scale, &settings);
        assert_eq!(warning.code, "E002");
        assert_eq!(
            warning.message,
            "the handout prints the A4 pages at 71 % of their size, to fit two on a side of A4 paper"
        );
        assert!(warning.hints[0].starts_with("A5 pages fit on A4 paper at full size"));
        assert_eq!(page_scale(PageSize::A5.dimensions(), &settings), 1.0);
    }

    #[test]
    fn crop_marks_and_letter_paper_name_their_own_remedies() {
        let marked = sheet(Sheet::A4, HandoutMode::Booklet, true);
        let a5 = PageSize::A5.dimensions();
        let scale = page_scale(a5, &marked);
        assert_eq!((scale * 100.0).round(), 92.0);
        // Crop marks take 8 mm of each edge: nothing fits beside them, A5 fits without them.
        let hint = &scale_warning(a5, scale, &marked).hints[0];
        assert!(
            hint.starts_with("A5 pages fit on A4 paper at full size without crop marks"),
            "{hint}"
        );
        let letter = sheet(Sheet::Letter, HandoutMode::TwoUp, false);
        let scale = page_scale(a5, &letter);
        let warning = scale_warning(a5, scale, &letter);
        assert!(
            warning.message.contains("A5 pages at 94 %"),
            "{}",
            warning.message
        );
        assert!(
            warning.hints[0].contains("`page-size = \"paperback\"`"),
            "{:?}",
            warning.hints
        );
    }
}
