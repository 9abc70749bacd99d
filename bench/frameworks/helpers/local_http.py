"""A small JSON API on 127.0.0.1, on a port the system picks, served by
http.server in daemon threads: the remote service the requests workloads call.
HTTP/1.1 keep-alive, so that a client's connection pool reuses its connection."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK wait between them

    def do_GET(self):
        body = json.dumps({"path": self.path, "items": [{"id": i, "qty": i * 2} for i in range(3)]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def start():
    """Starts the server and returns its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return "http://127.0.0.1:%d" % server.server_address[1]
