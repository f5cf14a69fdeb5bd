"""Read a saved web page: its main text with trafilatura, and the title, date and site it states.

What trafilatura decides is kept as it decides it; one choice of its own shows in the text: a block of
more than 50 characters that repeats the block before it word for word is read once (it takes such
twins for an artifact of a page's overlapping containers). Blocks repeated apart, as two readouts on
one page that share a paragraph, are each read.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re

from ...errors import InputError, reason
from ..reading import clean_text, decode
from .document import (
    DocumentText,
    Metadata,
    SourceKind,
    join_blocks,
    parse_date,
    require,
    text_or_none,
)

#: Fewer words than this in lines that end a sentence is a page without a readout. When a page has no
#: article, trafilatura falls back to what text there is: menu items, link lists, a copyright line, which
#: do not end in a full stop; the shortest readouts ("The President spoke with ... today to ...") hold a
#: dozen words or more in sentences.
MIN_MAIN_TEXT_WORDS = 10
_SENTENCE_LINE = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")

# The HTML standard's encoding sniffing: a charset named in a <meta> tag within the first 1,024 bytes.
_META_CHARSET_BYTES = 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# The note browsers write at the top of a saved page: <!-- saved from url=(0042)https://... -->
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
# Dates a page states in its markup only (meta tags, <time>, JSON-LD), never guessed from its text or
# its address; and no "not after today" bound, so a page reads the same whatever day the tool runs.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "9999-12-31"}


def _declared_charset(data: bytes) -> str | None:
    """The encoding a page's <meta> names in its first 1,024 bytes, as browsers read it (windows-1252
    for "iso-8859-1" and "ascii", as the HTML standard says); None when it names none or an unknown one,
    or a UTF-16 or UTF-32 one (which a <meta> written in ASCII cannot truly be in)."""
    found = _META_CHARSET.search(data[:_META_CHARSET_BYTES])
    try:
        encoding = codecs.lookup(found.group(1).decode("ascii")).name if found else None
    except LookupError:
        return None
    if encoding in ("iso8859-1", "ascii"):
        return "cp1252"
    return None if encoding is None or encoding.startswith(("utf-16", "utf-32")) else encoding


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and encoding: a byte-order mark, else the charset its <meta> names, else as a
    seed file is read (UTF-8, or a detected encoding)."""
    declared = (
        None if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) else _declared_charset(data)
    )
    if declared is not None:
        try:
            return clean_text(data.decode(declared)), declared
        except UnicodeDecodeError:
            pass  # the page is not in the charset it names: read it as a seed file is
    source = decode(data)
    return source.text, source.encoding


def read_mhtml(data: bytes) -> DocumentText:
    """A page saved as one file (MHTML, ``.mht``/``.mhtml``): its HTML part, read as a saved page."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = message.get_body(preferencelist=("html",)) if message.is_multipart() else None
    if part is None:
        raise InputError("a web archive (MHTML) without an HTML page in it")
    html = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if charset and not re.search(rb"<meta[^>]+charset", html[:_META_CHARSET_BYTES], re.IGNORECASE):
        html = f'<meta charset="{charset}">'.encode("ascii", "ignore") + html
    return read_html(
        html, address=message.get("Snapshot-Content-Location") or message.get("Content-Location")
    )


def read_html(data: bytes, address: str | None = None) -> DocumentText:
    """A saved page's main text, as paragraphs, list items and headings, each block separated from the
    next by a blank line, with its title, date, author and site; InputError when it has no main text."""
    trafilatura = require("trafilatura", "html", "web pages")
    from trafilatura.xml import xmltotxt

    page, encoding = decode_html(data)
    if address is None and (saved := _SAVED_FROM.search(page[:_META_CHARSET_BYTES])):
        address = saved.group(1)
    try:
        found = trafilatura.bare_extraction(
            page,
            url=address,
            with_metadata=True,
            include_comments=False,  # readers' comments under an article are not the readout
            include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
        body = getattr(found, "body", None)
        # Each top-level element of the extracted body (paragraph, heading, list, quote, table) is one
        # block, rendered as trafilatura renders it in its own text output.
        text = join_blocks(xmltotxt(element, False) for element in body) if body is not None else ""
    except Exception as exc:
        # trafilatura turns the parse errors it expects into "nothing found"; anything else it raises
        # on a malformed page (lxml's errors, a recursion limit on deep nesting) means the same here.
        raise InputError(f"the web page cannot be read ({reason(exc)})") from exc
    words = sum(len(line.split()) for line in text.splitlines() if _SENTENCE_LINE.search(line))
    if words < MIN_MAIN_TEXT_WORDS:
        left = "no sentence" if not words else f"sentences of only {words} word{'s' * (words != 1)}"
        raise InputError(
            f"no main text found in the web page ({left} outside navigation, banners and footers): "
            "save the page with its article, or copy the readout into a .txt file"
        )
    metadata = Metadata(
        title=text_or_none(found.title),
        date=parse_date(found.date),
        author=text_or_none(found.author),
        publisher=text_or_none(found.sitename),
        url=text_or_none(found.url) or address,
    )
    return DocumentText(clean_text(text), SourceKind.HTML, encoding, metadata)
