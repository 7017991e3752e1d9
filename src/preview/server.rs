//! The preview's HTTP server, on tiny_http (the only module that uses it): listens on
//! 127.0.0.1 only, answers GET and HEAD from `site::answer`, each request on a thread of its
//! own (a long poll waits for minutes), and nothing is cached, so a reload shows the last
//! build.

use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;

use tiny_http::{Header, Method, Request, Response};

use super::{site, Preview};
use crate::diag::Error;

/// The ports tried, in order, when none is given: mdBook's 3000 and the next ones, so two
/// previews can run side by side; then any free port.
const DEFAULT_PORTS: std::ops::RangeInclusive<u16> = 3000..=3009;

/// Which port to listen on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Port {
    /// 3000, or the first free one after it, or any free port.
    Default,
    /// Exactly this one (0: any free port); an error if it is taken.
    Given(u16),
}

/// A running preview server; it stops when dropped.
pub struct Server {
    http: Arc<tiny_http::Server>,
    address: SocketAddr,
    accepting: Option<JoinHandle<()>>,
}

impl Server {
    /// The address a browser opens.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.http.unblock();
        if let Some(thread) = self.accepting.take() {
            let _ = thread.join();
        }
    }
}

/// Starts serving `preview` on 127.0.0.1.
pub fn start(preview: Arc<Preview>, port: Port) -> Result<Server, Error> {
    let http = Arc::new(listen(port)?);
    let address = http
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Internal("the preview listens on no IP address".into()))?;
    let accepting = {
        let http = http.clone();
        std::thread::spawn(move || {
            for request in http.incoming_requests() {
                let preview = preview.clone();
                std::thread::spawn(move || respond(&preview, request));
            }
        })
    };
    Ok(Server {
        http,
        address,
        accepting: Some(accepting),
    })
}

fn listen(port: Port) -> Result<tiny_http::Server, Error> {
    let bind = |port: u16| tiny_http::Server::http(("127.0.0.1", port));
    match port {
        Port::Given(port) => bind(port).map_err(|e| {
            Error::Usage(format!(
                "cannot serve the preview on 127.0.0.1:{port}: {e} (`--port 0` takes any free port)"
            ))
        }),
        Port::Default => DEFAULT_PORTS
            .chain([0])
            .find_map(|port| bind(port).ok())
            .ok_or_else(|| Error::Usage("cannot serve the preview: no free port".into())),
    }
}

fn respond(preview: &Preview, request: Request) {
    // tiny_http sends no body in answer to HEAD.
    let answer = match request.method() {
        Method::Get | Method::Head => site::answer(preview, request.url()),
        _ => site::Answer {
            status: 405,
            content_type: "text/plain; charset=utf-8",
            body: b"405: the preview only answers GET\n".to_vec(),
        },
    };
    let mut response = Response::from_data(answer.body).with_status_code(answer.status);
    for (name, value) in [
        ("Content-Type", answer.content_type),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
    ] {
        if let Ok(header) = Header::from_bytes(name, value) {
            response.add_header(header);
        }
    }
    // A browser that went away before the answer is not an error of the preview.
    let _ = request.respond(response);
}
