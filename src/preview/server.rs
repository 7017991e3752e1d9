//! The preview's HTTP server, on tiny_http (the only module that uses it): listens on
//! 127.0.0.1 only, answers GET and HEAD from `site::answer`, each request on a thread of its
//! own (a long poll waits for minutes), and nothing is cached, so a reload shows the last
//! build. A request must name the preview itself as its host (`127.0.0.1:PORT` or
//! `localhost:PORT`): a web page elsewhere whose name is made to resolve to 127.0.0.1 (DNS
//! rebinding) is refused, so it cannot read the book or its diagnostics.

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
                std::thread::spawn(move || respond(&preview, request, address.port()));
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

fn respond(preview: &Preview, request: Request, port: u16) {
    let host = request
        .headers()
        .iter()
        .find(|header| header.field.equiv("Host"))
        .map(|header| header.value.as_str());
    // tiny_http sends no body in answer to HEAD.
    let answer = match request.method() {
        _ if !host.is_some_and(|host| is_own_host(host, port)) => {
            plain(403, "403: the preview answers only requests to itself\n")
        }
        Method::Get | Method::Head => site::answer(preview, request.url()),
        _ => plain(405, "405: the preview only answers GET\n"),
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

fn plain(status: u16, message: &str) -> site::Answer {
    site::Answer {
        status,
        content_type: "text/plain; charset=utf-8",
        body: message.as_bytes().to_vec(),
    }
}

/// Whether a request's `Host` is the preview itself, by address or as `localhost`.
fn is_own_host(host: &str, port: u16) -> bool {
    let port = port.to_string();
    host.rsplit_once(':')
        .is_some_and(|(name, given)| given == port && matches!(name, "127.0.0.1" | "localhost"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_requests_to_the_preview_itself_are_answered() {
        assert!(is_own_host("127.0.0.1:3000", 3000));
        assert!(is_own_host("localhost:3000", 3000));
        assert!(!is_own_host("127.0.0.1:3001", 3000));
        assert!(!is_own_host("evil.example:3000", 3000));
        assert!(!is_own_host("127.0.0.1", 3000));
        assert!(!is_own_host("localhost.evil.example:3000", 3000));
    }

    #[test]
    fn a_given_port_that_is_taken_is_an_error_and_0_is_any_free_port() {
        let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port();
        let error = listen(Port::Given(port)).err().expect("the port is taken");
        assert!(matches!(&error, Error::Usage(m) if m.contains(&format!("127.0.0.1:{port}"))));
        let server = start(Arc::new(Preview::default()), Port::Given(0)).unwrap();
        assert!(server.url().starts_with("http://127.0.0.1:"));
        assert_ne!(server.address.port(), 0);
    }
}
