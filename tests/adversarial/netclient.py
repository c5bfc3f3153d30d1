"""Raw loopback clients for the adversarial endpoint tests: requests http.client would not send."""

from __future__ import annotations

import http.client
import socket
import struct
import urllib.parse


def address(server) -> tuple[str, int]:
    host, port = server.httpd.server_address[:2]
    return host, port


def connect(server, source: str = "127.0.0.1", timeout: float = 30.0) -> socket.socket:
    """A TCP connection from `source` (any 127.x.y.z address is this machine: a different client to the server)."""
    sock = socket.create_connection(address(server), timeout=timeout, source_address=(source, 0))
    return sock


def raw(server, data: bytes, source: str = "127.0.0.1", timeout: float = 30.0) -> bytes:
    """Send `data` as is and read the answer until the server closes or `timeout` passes."""
    with connect(server, source, timeout) as sock:
        sock.sendall(data)
        return read_all(sock)


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
            if _complete(b"".join(chunks)):
                break
    except (TimeoutError, ConnectionResetError):
        pass
    return b"".join(chunks)


def _complete(data: bytes) -> bool:
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return False


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0


def body_of(answer: bytes) -> bytes:
    return answer.partition(b"\r\n\r\n")[2]


def header_of(answer: bytes, name: str) -> str | None:
    for line in answer.partition(b"\r\n\r\n")[0].split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name.lower().encode():
            return value.strip().decode()
    return None


def call(server, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None,
         source: str = "127.0.0.1"):  # fmt: skip
    """An ordinary request from `source`: (status, headers, body)."""
    host, port = address(server)
    connection = http.client.HTTPConnection(host, port, timeout=60, source_address=(source, 0))
    try:
        data = body.encode() if isinstance(body, str) else body
        connection.request(method, path, body=data, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def query(server, text: str, source: str = "127.0.0.1", accept: str | None = None):
    headers = {"Accept": accept} if accept else {}
    return call(server, "GET", "/sparql?query=" + urllib.parse.quote(text), headers=headers, source=source)


def reset(sock: socket.socket) -> None:
    """Close with a TCP reset (as a browser tab that is closed mid-request)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
