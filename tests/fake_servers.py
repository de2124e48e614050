"""Servers that are not a class server, on 127.0.0.1 and free ports, for the bad-input tests: a web page,
a 404, garbage, an endless answer, one that accepts connections and never answers, and a closed port."""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _handler(kind: str):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def _answer(self):
            if kind == "page":
                self._send(200, b"<html><body>Welcome to the school's web site</body></html>", "text/html")
            elif kind == "404":
                self._send(404, b"<html>Not Found</html>", "text/html")
            elif kind == "garbage":
                self._send(200, b"{{{ not json", "application/json")
            elif kind == "endless":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(b"[")
                    chunk = b"0," * 32768
                    for _ in range(10_000):  # 640 MB at most: the reader must give up long before
                        self.wfile.write(chunk)

        def _send(self, status, body, kind_):
            self.send_response(status)
            self.send_header("Content-Type", kind_)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = _answer

    return Handler


class FakeServers:
    """{kind: url}; stop() ends them all."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}
        self._servers = []
        for kind in ("page", "404", "garbage", "endless"):
            server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(kind))
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)
            self.urls[kind] = f"http://127.0.0.1:{server.server_address[1]}"
        self._silent = socket.socket()  # accepts (the kernel's backlog) and never answers
        self._silent.bind(("127.0.0.1", 0))
        self._silent.listen(64)
        self.urls["hangs"] = f"http://127.0.0.1:{self._silent.getsockname()[1]}"
        with socket.socket() as probe:  # a port nobody listens on
            probe.bind(("127.0.0.1", 0))
            self.urls["nobody"] = f"http://127.0.0.1:{probe.getsockname()[1]}"

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._silent.close()
