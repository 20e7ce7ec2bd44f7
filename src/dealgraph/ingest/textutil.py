"""Bytes to clean text, shared by every source.

Every source (files, stdin, URLs, feeds, WARC records) funnels raw bytes through
:func:`decode_bytes` and the result through :func:`clean_text`, so that a document's
character offsets mean the same thing whatever it came from, and so that no source can
crash a batch on undecodable or binary input.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from ..errors import InputError

# Signatures of common binary formats that can pass a NUL-byte test in their first bytes.
_MAGIC = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
)

# charset_normalizer likes to call German cp1252/latin-1 text "cp1250" (it turns "ï" into
# "ď"). For German and English news a Western encoding is by far the likeliest, so when
# the guess is one of these single-byte Latin code pages we decode as cp1252 instead.
_LATIN_GUESSES = frozenset(
    {
        "ascii",
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "cp437",
        "cp850",
        "cp858",
        "latin_1",
        "mac_roman",
        "mac_latin2",
        "mac_iceland",
        "mac_turkish",
    }
    | {f"iso8859_{n}" for n in (2, 3, 4, 9, 10, 13, 14, 15, 16)}
)

# C0 controls except \t and \n (\r is normalised to \n first), DEL, C1 controls, lone
# surrogates (JSON "\ud800" produces them and they cannot be encoded as UTF-8 later),
# and the BOM / zero-width no-break space.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])")
_LANG = re.compile(r"^\s*([A-Za-z]{2,3})(?:$|[-_])")


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode *data*, or raise InputError("binary file").

    Order: a BOM (UTF-8, UTF-32, UTF-16) is authoritative; then strict UTF-8 (the
    common case, and it almost never decodes non-UTF-8 text by accident); then the
    charset the transport declared (HTTP header, XML prolog); then detection; then
    cp1252 with replacement so that no byte sequence ever makes decoding fail.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", "replace"), name)
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(codec, "replace"), name)
    if data.startswith(_MAGIC):
        raise InputError(name, "binary file")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise InputError(name, "binary file (contains NUL bytes)")
        return _checked(data.decode(utf16, "replace"), name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(declared), name)
        except (LookupError, UnicodeDecodeError):
            pass
    guess = from_bytes(data[:200_000]).best()
    encoding = guess.encoding if guess is not None else None
    if encoding and encoding not in _LATIN_GUESSES:
        try:
            return _checked(data.decode(encoding), name)
        except (LookupError, UnicodeDecodeError):
            pass
    return _checked(data.decode("cp1252", "replace"), name)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs in every other byte for Latin text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters or replacement marks."""
    sample = text[:100_000]
    if sample and len(_BINARY_CHARS.findall(sample)) > 0.1 * len(sample):
        raise InputError(name, "binary file (mostly non-text bytes)")
    return text


def clean_text(text: str) -> str:
    """Normalise newlines, drop control characters, NFC-normalise.

    Later stages store character offsets into this exact string, so every source must
    produce it the same way; NFC makes "ü" one code point whichever way it was typed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_field(value: object) -> str | None:
    """A metadata field as one clean line, or None when absent or blank."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = " ".join(clean_text(str(value)).split())
    return text or None


def normalise_date(value: object) -> str | None:
    """An ISO date as precise as given (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), or None.

    A full timestamp keeps only its date: the pipeline anchors relative dates on days.
    """
    if value is None or isinstance(value, bool):
        return None
    match = _ISO_DATE.match(str(value))
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        return None
    if day and not 1 <= int(day) <= 31:
        return None
    return "-".join(part for part in (year, month, day) if part)


def normalise_lang(value: object) -> str | None:
    """The primary language subtag in lower case: "de-DE" and "DE" are both "de"."""
    if not isinstance(value, str):
        return None
    match = _LANG.match(value)
    return match.group(1).lower() if match else None


_MARKUP = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|article|main|section|span|a\s|br|table|h[1-6])\b",
    re.IGNORECASE,
)
_FEED = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Markup near the start: used to sniff stdin and untyped HTTP bodies."""
    head = text.lstrip()[:4096]
    return head.startswith("<") and bool(_MARKUP.search(head))


def looks_like_feed(head: bytes) -> bool:
    """An RSS, Atom or RDF root element near the start of *head*."""
    return bool(_FEED.search(head[:4096].decode("latin-1")))
