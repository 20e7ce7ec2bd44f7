"""Fetching a URL safely: http(s) only, public addresses only, bounded in time and size.

dealgraph may run as a service that fetches URLs a user typed in, so a URL must not be
a way into the machine's own network (cloud metadata at 169.254.169.254, an admin page
on localhost, an intranet host). Every hop of a redirect chain is checked, and the
connection goes to the very address that was checked (the host name travels in the
Host header and TLS SNI), so a DNS answer that changes between check and connect
(DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from ..errors import InputError
from ..model import Document
from .html import html_to_document
from .options import ReadOptions
from .textutil import clean_text, decode_bytes, looks_like_html

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass
class Fetched:
    """A successful response: the final URL after redirects and the raw body."""

    url: str
    content_type: str
    charset: str | None
    body: bytes

    @property
    def is_html(self) -> bool:
        return self.content_type in _HTML_TYPES

    @property
    def is_feed(self) -> bool:
        return self.content_type in _FEED_TYPES


def address_problem(ip: IPAddress) -> str | None:
    """Why *ip* must not be fetched from, or None when it is a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return address_problem(mapped)
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    )
    for label, hit in checks:
        if hit:
            return f"{label} address {ip}"
    if not ip.is_global:
        return f"non-public address {ip}"
    return None


def _resolve(host: str, port: int) -> list[IPAddress]:
    """All addresses of *host*; a module function so tests can stand in a resolver."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    return addresses


def _pinned_request(url: httpx.URL, options: ReadOptions, name: str) -> httpx.Request:
    """Check *url* and build a request that connects to the checked address."""
    if url.scheme not in ("http", "https"):
        raise InputError(name, f"unsupported URL scheme {url.scheme or '(none)'!r}: only http and https")
    if url.userinfo:
        raise InputError(name, "URL with credentials refused")
    host = url.host
    if not host:
        raise InputError(name, "URL without a host")
    port = url.port or (443 if url.scheme == "https" else 80)
    lookup = url.raw_host.decode("ascii", "replace")  # IDNA-encoded
    try:
        addresses = [ipaddress.ip_address(host)]  # a literal needs no lookup
    except ValueError:
        addresses = []
    try:
        addresses = addresses or _resolve(lookup, port)
    except (OSError, UnicodeError, ValueError) as exc:
        raise InputError(name, f"cannot resolve host {host!r}: {exc}") from exc
    if not addresses:
        raise InputError(name, f"cannot resolve host {host!r}")
    if not options.allow_private:
        for ip in addresses:
            problem = address_problem(ip)
            if problem:
                raise InputError(
                    name, f"refused: {host} resolves to a {problem} (private/loopback; allow_private is off)"
                )
    target = url.copy_with(host=str(addresses[0]))
    headers = {
        "Host": url.netloc.decode("ascii", "replace"),
        "User-Agent": options.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
    }
    extensions = {"sni_hostname": lookup} if url.scheme == "https" else {}
    return httpx.Request("GET", target, headers=headers, extensions=extensions)


def fetch(url: str, options: ReadOptions) -> Fetched:
    """GET *url* following up to MAX_REDIRECTS redirects, each hop checked again.

    The body is streamed and abandoned as soon as it passes ``options.max_bytes``
    (after decompression, so a gzip bomb stops too); ``options.timeout`` bounds each
    network wait and, as a whole, the time the download may take. Every failure is an
    InputError naming *url*.
    """
    try:
        return _fetch(url, options)
    except InputError:
        raise
    except Exception as exc:  # a hostile server can provoke odd errors; report, never raise them
        raise InputError(url, f"fetch failed: {type(exc).__name__}: {exc}") from exc


def _fetch(url: str, options: ReadOptions) -> Fetched:
    name = url
    try:
        current = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InputError(name, f"invalid URL: {exc}") from exc
    deadline = time.monotonic() + options.timeout
    # trust_env=False: an environment proxy would resolve names itself and defeat the check.
    with httpx.Client(timeout=options.timeout, follow_redirects=False, trust_env=False) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            request = _pinned_request(current, options, name)
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise InputError(name, f"timed out after {options.timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise InputError(name, f"HTTP error: {type(exc).__name__}: {exc}") from exc
            try:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise InputError(name, f"redirect {response.status_code} without a Location")
                    try:
                        current = httpx.URL(urljoin(str(current), location))
                    except (httpx.InvalidURL, ValueError) as exc:
                        raise InputError(name, f"invalid redirect target {location!r}") from exc
                    continue
                if response.status_code != 200:
                    raise InputError(name, f"HTTP status {response.status_code}")
                body = _read_limited(response, options, name, deadline)
            finally:
                response.close()
            content_type, charset = parse_content_type(response.headers.get("content-type", ""))
            return Fetched(str(current), content_type, charset, body)
    raise InputError(name, f"more than {MAX_REDIRECTS} redirects")


def _read_limited(response: httpx.Response, options: ReadOptions, name: str, deadline: float) -> bytes:
    limit = options.max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(name, f"larger than the limit of {limit} bytes (Content-Length {declared})")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputError(name, f"larger than the limit of {limit} bytes")
            if time.monotonic() > deadline:
                raise InputError(name, f"timed out after {options.timeout:g} s")
            chunks.append(chunk)
    except httpx.TimeoutException as exc:
        raise InputError(name, f"timed out after {options.timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise InputError(name, f"download failed: {type(exc).__name__}: {exc}") from exc
    return b"".join(chunks)


def parse_content_type(header: str) -> tuple[str, str | None]:
    """Media type in lower case and its charset parameter, if any."""
    parts = [part.strip() for part in header.split(";")]
    media = parts[0].lower()
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media, charset


def fetched_to_document(fetched: Fetched, name: str) -> Document:
    """Turn an HTML or plain-text response into a Document (id = the URL asked for).

    A response without a useful type (none, or octet-stream) is sniffed: HTML if it
    looks like markup, else text.
    """
    media = fetched.content_type
    untyped = media in ("", "application/octet-stream")
    if not (fetched.is_html or media.startswith("text/") or untyped):
        raise InputError(name, f"unsupported content type {media!r}")
    text = decode_bytes(fetched.body, name, fetched.charset)
    if fetched.is_html or media == "text/html" or (untyped and looks_like_html(text)):
        return html_to_document(text, name, url=fetched.url)
    return Document(id=name, text=clean_text(text), url=fetched.url)


def fetch_url(url: str, options: ReadOptions) -> Document:
    """Fetch *url* and return its article as a Document; InputError(url, reason) otherwise."""
    return fetched_to_document(fetch(url, options), url)
