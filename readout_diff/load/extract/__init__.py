"""Turn a readout as people have it (text, a saved web page, a PDF, a Word file) into the text spans index.

``read_document(path)`` tells the kind by the file's content (``detect_kind``): a PDF by its ``%PDF``
signature, a Word file by being a zip archive holding ``word/document.xml``, a web page by starting as
one (``<!DOCTYPE html>``, ``<html>``, ``<head>`` or ``<body>``, after any comments) or by a web page's
extension (``.html``, ``.htm``: fragments too), a page saved as one file by its MIME headers (MHTML).
Anything else is read as a text seed is (``reading.decode``): a ``.txt`` that is text stays text,
whatever tags it mentions. A file named ``.pdf`` or ``.docx`` whose content is neither is refused with
what it is not. The readers of web pages, PDFs and Word files need an optional extra each
(``readout-diff[html]``, ``[pdf]``, ``[docx]``); a missing one is an InputError naming the command.
"""

from __future__ import annotations

import os
import re
import sys

from ...errors import InputError
from ..reading import decode, file_error
from .document import DocumentText, Metadata, SourceKind

__all__ = ["MAX_DOCUMENT_BYTES", "DocumentText", "Metadata", "SourceKind", "detect_kind", "read_document"]

#: The largest web page, PDF or Word file read (text seeds have no bound). A readout's PDF or page is
#: kilobytes to a few megabytes, a saved page with its pictures inlined tens; the bound keeps a parser
#: from spending minutes and gigabytes on a file that is not a readout.
MAX_DOCUMENT_BYTES = 50_000_000

# How much of a file is looked at to tell its kind: signatures, a page's first tag, MHTML's headers.
_SNIFF_BYTES = 4096
# The PDF standard lets a reader find the signature within the first kilobyte (after junk some tools add).
_PDF_SIGNATURE_BYTES = 1024
_ZIP_SIGNATURE = b"PK\x03\x04"
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_MHTML_SUFFIXES = frozenset({".mht", ".mhtml"})
# A whole page's first tag, after an XML declaration, comments (a browser's "saved from" note) and space.
_PAGE_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
# MHTML starts with mail headers ("From: <Saved by Blink>", "MIME-Version: 1.0") naming multipart/related.
_MAIL_HEADERS = re.compile(r"(?:[A-Za-z][\w-]*:[^\n]*\n|[ \t][^\n]*\n)+")
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _head_text(head: bytes) -> str:
    """The first bytes as text, enough to see tags and headers (never fails: ASCII is all it needs)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return head.decode("latin-1")


def _is_mhtml(text: str) -> bool:
    headers = _MAIL_HEADERS.match(text.replace("\r\n", "\n"))
    return headers is not None and "multipart/related" in headers.group(0).lower()


def detect_kind(head: bytes, name: str = "") -> SourceKind:
    """What a file is, from its first bytes (``_SNIFF_BYTES`` are enough) and, for web pages, its name
    (see the module docstring); a ``.pdf`` or ``.docx`` that is neither is an InputError."""
    suffix = os.path.splitext(name)[1].lower()
    if b"%PDF-" in head[:_PDF_SIGNATURE_BYTES]:
        return SourceKind.PDF
    if head.startswith(_ZIP_SIGNATURE):
        return SourceKind.DOCX
    text = _head_text(head)
    if _PAGE_START.match(text) or _is_mhtml(text) or suffix in _HTML_SUFFIXES | _MHTML_SUFFIXES:
        return SourceKind.HTML
    if suffix == ".pdf":
        raise InputError("not a PDF document: it does not start with %PDF (is the file complete?)")
    if suffix == ".docx":
        raise InputError("not a Word document: a .docx is a zip archive and this file is not one")
    return SourceKind.TEXT


def _check_size(size: int, kind: SourceKind) -> None:
    if kind is not SourceKind.TEXT and size > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"the file is {size / 1e6:,.0f} MB, larger than the {MAX_DOCUMENT_BYTES / 1e6:,.0f} MB this tool "
            f"reads in a {kind.value} file (MAX_DOCUMENT_BYTES): copy the readout into a smaller file or a "
            ".txt file"
        )


def _read_bytes(path: str) -> tuple[bytes, SourceKind]:
    """The bytes of ``path`` (``-``: standard input) and their kind; InputError for a file that cannot
    be read, or a web page, PDF or Word file larger than MAX_DOCUMENT_BYTES (told before it is read)."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            kind = detect_kind(data[:_SNIFF_BYTES])
            _check_size(len(data), kind)
            return data, kind
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            kind = detect_kind(head, path)
            _check_size(os.fstat(handle.fileno()).st_size, kind)
            return head + handle.read(), kind
    except OSError as exc:
        raise file_error(exc) from exc


def read_document(path: str) -> DocumentText:
    """The text of a readout file of any kind this tool reads, its kind, encoding and metadata; spans
    index its ``text``. InputError, one line, for a file that cannot be read."""
    data, kind = _read_bytes(path)
    # Each reader is imported when its kind is met: a run over text seeds loads none of them.
    if kind is SourceKind.PDF:
        from .pdf import read_pdf

        return read_pdf(data)
    if kind is SourceKind.DOCX:
        from .docx import read_docx

        return read_docx(data)
    if kind is SourceKind.HTML:
        from .html import read_html, read_mhtml

        text = _head_text(data[:_SNIFF_BYTES])
        return read_mhtml(data) if _is_mhtml(text) else read_html(data)
    source = decode(data)
    return DocumentText(source.text, SourceKind.TEXT, source.encoding)
