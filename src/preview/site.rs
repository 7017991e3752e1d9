//! What the preview answers to each request: the reader page (the book's documents in a
//! frame, its contents, the PDFs, the build's status or diagnostics), the book's own files and
//! the PDFs from memory, and the long poll that tells a browser a new build is there. A path
//! with `..`, `.`, an empty segment, a backslash or any percent-encoding is refused before it
//! is looked up, and lookups are in the site's maps of built files only.

use std::time::Duration;

use super::{Preview, Site, Status};
use crate::export::xml::{escape_attr, escape_text};

/// How long a long poll waits for the next build before it answers with the current one (the
/// browser asks again at once): under the idle time-outs of browsers and proxies.
const LONG_POLL: Duration = Duration::from_secs(25);

/// An HTTP answer, independent of the server that sends it.
#[derive(Debug, PartialEq)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Answer {
    fn ok(content_type: &'static str, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status: 200,
            content_type,
            body: body.into(),
        }
    }

    fn error(status: u16, message: &str) -> Answer {
        Answer {
            status,
            content_type: "text/plain; charset=utf-8",
            body: format!("{status}: {message}\n").into_bytes(),
        }
    }
}

/// The answer to a GET of `target` (the request line's path and query, as sent).
pub fn answer(preview: &Preview, target: &str) -> Answer {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if !is_plain_path(path) {
        return Answer::error(400, "refused: the path is not a plain path of the preview");
    }
    match path {
        "/" => Answer::ok("text/html; charset=utf-8", reader_page(&preview.current())),
        "/panel" => Answer::ok("text/html; charset=utf-8", panel(&preview.current())),
        "/wait" => {
            let after = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("after="))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            let site = preview.next_after(after, LONG_POLL);
            Answer::ok("text/plain; charset=utf-8", site.generation.to_string())
        }
        _ => built_file(&preview.current(), path),
    }
}

/// Whether `path` names a file without leaving the preview's tree: absolute from its root,
/// no `.` or `..` segments, no empty segment (`//`), no backslash, nothing percent-encoded
/// (the book's own names never need it), no control characters.
fn is_plain_path(path: &str) -> bool {
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    if path
        .chars()
        .any(|c| c == '%' || c == '\\' || c.is_control())
    {
        return false;
    }
    rest.is_empty()
        || rest
            .split('/')
            .all(|segment| !matches!(segment, "" | "." | ".."))
}

/// A file of the book (`/book/OEBPS/…`) or a PDF (`/pdf/NAME.pdf`), from the last good
/// build.
fn built_file(site: &Site, path: &str) -> Answer {
    let found = if let Some(inside) = path.strip_prefix("/book/") {
        site.book
            .get(inside)
            .map(|bytes| (bytes, media_type(inside)))
    } else if let Some(name) = path.strip_prefix("/pdf/") {
        site.pdfs.get(name).map(|bytes| (bytes, "application/pdf"))
    } else {
        None
    };
    match found {
        Some((bytes, content_type)) => Answer::ok(content_type, bytes.clone()),
        None => Answer::error(404, "the last build wrote no such file"),
    }
}

/// The media type of a file of the book, as its manifest gives it.
fn media_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, extension)| extension) {
        Some("xhtml") => "application/xhtml+xml; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("opf") | Some("xml") => "application/xml; charset=utf-8",
        Some("ttf") => "font/ttf",
        Some("otf") => "font/otf",
        Some("png") => "image/png",
        Some("jpg") | Some("jpeg") => "image/jpeg",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The book's documents in reading order, with their titles: the package document's spine
/// (its linear items), each document's `<title>`. Empty when there is no book.
pub fn reading_order(book: &std::collections::BTreeMap<String, Vec<u8>>) -> Vec<(String, String)> {
    let Some(opf) = book
        .get("OEBPS/content.opf")
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
    else {
        return Vec::new();
    };
    let tags: Vec<&str> = opf.split('<').collect();
    let href_of = |id: &str| {
        tags.iter()
            .filter(|tag| tag.starts_with("item "))
            .find(|tag| attribute(tag, "id") == Some(id))
            .and_then(|tag| attribute(tag, "href"))
    };
    tags.iter()
        .filter(|tag| tag.starts_with("itemref ") && attribute(tag, "linear") != Some("no"))
        .filter_map(|tag| href_of(attribute(tag, "idref")?))
        .map(|href| {
            let path = format!("OEBPS/{href}");
            let title = book
                .get(&path)
                .and_then(|bytes| document_title(bytes))
                .unwrap_or_else(|| href.to_string());
            (path, title)
        })
        .collect()
}

/// The value of `name="…"` in a tag the exporter wrote (double quotes, escaped values).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let length = tag[start..].find('"')?;
    Some(&tag[start..start + length])
}

/// The text of an XHTML document's `<title>`, unescaped.
fn document_title(xhtml: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(xhtml).ok()?;
    let start = text.find("<title>")? + "<title>".len();
    let length = text[start..].find("</title>")?;
    Some(
        text[start..start + length]
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&"),
    )
}

/// The page a browser opens: a bar with the status and the contents, the book's current
/// document in a frame, and the script that waits for the next build.
fn reader_page(site: &Site) -> String {
    let first = site
        .spine
        .iter()
        .find(|(path, _)| !path.ends_with("/cover.xhtml"))
        .or(site.spine.first())
        .map(|(path, _)| format!("/book/{path}"))
        .unwrap_or_default();
    let failed = matches!(site.status, Status::Failed { .. });
    let mut page = String::from(READER_HEAD);
    page.push_str("<div id=\"panel\">");
    page.push_str(&panel(site));
    page.push_str("</div>\n<iframe id=\"page\" name=\"page\" title=\"The book\"");
    if failed || first.is_empty() {
        page.push_str(" hidden=\"hidden\"");
    }
    page.push_str(" src=\"");
    escape_attr(&first, &mut page);
    page.push_str("\"></iframe>\n<script>\n");
    page.push_str(&format!("let generation = {};\n", site.generation));
    page.push_str(READER_SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    page
}

/// The part of the reader page that changes with each build: status, diagnostics or
/// warnings, contents and PDFs.
fn panel(site: &Site) -> String {
    let mut html = String::new();
    let (class, summary, details) = match &site.status {
        Status::Building => ("building", "building…", &[][..]),
        Status::Built { summary, warnings } => ("built", summary.as_str(), warnings.as_slice()),
        Status::Failed {
            summary,
            diagnostics,
        } => ("failed", summary.as_str(), diagnostics.as_slice()),
    };
    html.push_str(&format!("<p class=\"status {class}\" role=\"status\">"));
    escape_text(summary, &mut html);
    html.push_str("</p>\n");
    if class == "failed" {
        html.push_str(
            "<p class=\"failed\">The build failed, so the preview shows its diagnostics \
             instead of the book; the last good outputs are kept. Fix the file and save it.</p>\n",
        );
    }
    for diagnostic in details {
        html.push_str("<pre class=\"diagnostic\">");
        escape_text(diagnostic, &mut html);
        html.push_str("</pre>\n");
    }
    html.push_str("<nav aria-label=\"Contents\"><ul>");
    for (path, title) in &site.spine {
        link(&mut html, &format!("/book/{path}"), "page", title);
    }
    for name in site.pdfs.keys() {
        link(&mut html, &format!("/pdf/{name}"), "_blank", name);
    }
    html.push_str("</ul></nav>\n");
    html
}

fn link(html: &mut String, href: &str, target: &str, text: &str) {
    html.push_str("<li><a href=\"");
    escape_attr(href, html);
    html.push_str(&format!("\" target=\"{target}\">"));
    escape_text(text, html);
    html.push_str("</a></li>");
}

const READER_HEAD: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>folio preview</title>
<style>
body { margin: 0; display: flex; height: 100vh; font: 14px/1.4 system-ui, sans-serif; }
#panel { width: 18em; overflow: auto; padding: 0.5em 1em; background: #f4efe6; }
#page { flex: 1; border: 0; height: 100vh; }
.status.built { color: #2c6e2c; }
.status.failed, p.failed { color: #8e1b1b; }
pre.diagnostic { white-space: pre-wrap; font-size: 12px; background: #fff; padding: 0.5em; }
body:has(.status.failed) #panel { width: auto; flex: 1; }
nav ul { padding-left: 1em; }
</style>
</head>
<body>
"#;

/// Waits for each next build (a long poll, asked again as soon as it answers), then replaces
/// the panel and reloads the document in the frame, keeping the reader's place; when the
/// build failed the frame is hidden, so the diagnostics are not mistaken for the book. The
/// frame's document is kept in the address's fragment, so a reload of the page keeps it too.
const READER_SCRIPT: &str = r#"const frame = document.getElementById('page');
if (location.hash.startsWith('#/book/')) frame.src = location.hash.slice(1);
frame.addEventListener('load', () => {
  const at = frame.contentWindow.location;
  if (at.pathname.startsWith('/book/')) history.replaceState(null, '', '#' + at.pathname + at.hash);
});
async function refresh() {
  const panel = document.getElementById('panel');
  panel.innerHTML = await (await fetch('/panel', { cache: 'no-store' })).text();
  const failed = panel.querySelector('.status.failed') !== null;
  frame.hidden = failed || !frame.getAttribute('src');
  if (!failed) {
    if (!frame.getAttribute('src')) {
      const first = panel.querySelector('nav a[target=page]');
      if (first) { frame.src = first.getAttribute('href'); frame.hidden = false; }
    } else {
      frame.contentWindow.location.reload();
    }
  }
}
async function follow() {
  for (;;) {
    try {
      const answer = await fetch('/wait?after=' + generation, { cache: 'no-store' });
      const next = Number(await answer.text());
      if (next !== generation) { generation = next; await refresh(); }
    } catch (e) {
      // The watch stopped or restarted: try again in a moment.
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
  }
}
follow();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    fn preview_of(site: Site) -> Preview {
        let preview = Preview::default();
        *preview.site.lock().unwrap() = Arc::new(site);
        preview
    }

    fn site() -> Site {
        let opf = r#"<package><manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="chapter-1" href="text/chapter-1.xhtml" media-type="application/xhtml+xml"/>
<item id="title-page" href="text/title.xhtml" media-type="application/xhtml+xml"/>
</manifest><spine><itemref idref="nav" linear="no"/><itemref idref="title-page"/><itemref idref="chapter-1"/></spine></package>"#;
        let book: BTreeMap<String, Vec<u8>> = [
            ("OEBPS/content.opf", opf),
            (
                "OEBPS/text/title.xhtml",
                "<html><head><title>Tom &amp; Jerry</title></head></html>",
            ),
            (
                "OEBPS/text/chapter-1.xhtml",
                "<html><head><title>One</title></head><body>Text</body></html>",
            ),
        ]
        .into_iter()
        .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
        .collect();
        Site {
            generation: 3,
            status: Status::Built {
                summary: "built".into(),
                warnings: Vec::new(),
            },
            spine: reading_order(&book),
            book,
            pdfs: [("ed.pdf".to_string(), b"%PDF".to_vec())].into(),
        }
    }

    #[test]
    fn the_spine_is_read_in_order_with_titles() {
        assert_eq!(
            site().spine,
            [
                ("OEBPS/text/title.xhtml".into(), "Tom & Jerry".into()),
                ("OEBPS/text/chapter-1.xhtml".into(), "One".into()),
            ]
        );
    }

    #[test]
    fn built_files_are_served_with_their_media_types() {
        let preview = preview_of(site());
        let chapter = answer(&preview, "/book/OEBPS/text/chapter-1.xhtml?reload=1");
        assert_eq!(chapter.status, 200);
        assert!(chapter.content_type.starts_with("application/xhtml+xml"));
        assert_eq!(answer(&preview, "/pdf/ed.pdf").body, b"%PDF");
        assert_eq!(answer(&preview, "/book/OEBPS/text/none.xhtml").status, 404);
        assert_eq!(answer(&preview, "/pdf/../ed.pdf").status, 400);
    }

    #[test]
    fn paths_that_could_leave_the_preview_are_refused() {
        let preview = preview_of(site());
        for path in [
            "/book/OEBPS/../OEBPS/content.opf",
            "/book/../../etc/passwd",
            "/book/%2e%2e/%2e%2e/etc/passwd",
            "/book/OEBPS%2Fcontent.opf",
            "/book//etc/passwd",
            "/book/./OEBPS/content.opf",
            "/book/OEBPS\\..\\content.opf",
            "http://127.0.0.1/book/OEBPS/content.opf",
            "book/OEBPS/content.opf",
            "/..",
        ] {
            assert_eq!(answer(&preview, path).status, 400, "{path}");
        }
        assert_eq!(answer(&preview, "/etc/passwd").status, 404);
        assert_eq!(answer(&preview, "/edition.toml").status, 404);
    }

    #[test]
    fn a_failed_build_shows_its_diagnostics_instead_of_the_book() {
        let mut failed = site();
        failed.status = Status::Failed {
            summary: "1 error in the content".into(),
            diagnostics: vec!["error[M003]: a <broken> reference\n --> m.md:3:9".into()],
        };
        let page = answer(&preview_of(failed), "/");
        let page = String::from_utf8(page.body).unwrap();
        assert!(page.contains("error[M003]: a &lt;broken&gt; reference\n --&gt; m.md:3:9"));
        assert!(page.contains("<iframe id=\"page\" name=\"page\" title=\"The book\" hidden="));
        let built = String::from_utf8(answer(&preview_of(site()), "/").body).unwrap();
        assert!(built.contains("src=\"/book/OEBPS/text/title.xhtml\""));
        assert!(!built.contains("hidden="));
        assert!(built.contains("let generation = 3;"));
    }

    #[test]
    fn the_long_poll_answers_at_once_when_a_newer_build_is_there() {
        let preview = preview_of(site());
        let answer = answer(&preview, "/wait?after=2");
        assert_eq!(answer.body, b"3");
    }
}
