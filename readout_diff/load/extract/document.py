"""The record every source kind is read into: the extracted text, its kind and what the file states."""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Iterable
from types import ModuleType
from typing import NamedTuple

from ...errors import InputError, require_extra


class SourceKind(enum.Enum):
    """What a file was read as; the values are the names a report prints."""

    TEXT = "text"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


class Metadata(NamedTuple):
    """What a page or document states about itself, each field missing when it does not say.

    ``date`` is the day the page or document gives (a page's meta tags, ``<time>`` or JSON-LD; a PDF's
    or Word file's creation date), not a day found in its text.
    """

    title: str | None = None
    date: _dt.date | None = None
    #: The author a page names (meta ``author``, JSON-LD) or a document's author property.
    author: str | None = None
    #: The site or publisher: a page's ``og:site_name`` or JSON-LD publisher, a Word file's company.
    publisher: str | None = None
    #: The page's own address (canonical link, ``og:url`` or a browser's "saved from" note).
    url: str | None = None

    @property
    def issuer_hint(self) -> str | None:
        """Who probably issued the text: the publisher, else the author (a hint, never a header)."""
        return self.publisher or self.author


class DocumentText(NamedTuple):
    """The text a file holds as the pipeline reads it: spans index ``text``.

    ``encoding`` is the text encoding the bytes were decoded with (plain text and web pages; None for
    PDF and Word files, which carry their text in their own structures).
    """

    text: str
    kind: SourceKind
    encoding: str | None = None
    metadata: Metadata = Metadata()


_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n")


def clean_block(text: str) -> str:
    """A block's text with runs of spaces and tabs as one space, no blank line inside and no space
    around its lines (layout, not content: a paragraph keeps only its words and its line breaks)."""
    lines = (line.strip() for line in _SPACES.sub(" ", text).split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line))


def join_blocks(blocks: Iterable[str]) -> str:
    """Blocks (paragraphs, headings, lists) as the text the pipeline reads: cleaned, each separated from
    the next by one blank line, ending with a newline; empty blocks are left out."""
    cleaned = [block for block in map(clean_block, blocks) if block]
    return "\n\n".join(cleaned) + "\n" if cleaned else ""


def parse_date(value: object) -> _dt.date | None:
    """The day of an ISO 8601 date or date-time string ("2025-05-14", "2025-05-14T16:30:00+02:00"), a
    datetime or a date; None for anything else."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and (match := re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)):
        try:
            return _dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    return None


def text_or_none(value: object) -> str | None:
    """A metadata string with its spaces collapsed, or None when it is empty or not a string."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def require(module: str, extra: str, what: str) -> ModuleType:
    """Import ``module`` from an optional extra; InputError naming the install command when it is not
    installed, or when it is but cannot be imported (see ``errors.require_extra``)."""
    return require_extra(module, extra, f"reading {what}", InputError)


def quiet_library_logs(name: str) -> None:
    """Give a library's logger a NullHandler, as trafilatura and htmldate give theirs: without one,
    Python prints its warnings about a damaged file ("MediaBox missing from /Page") on stderr, where a
    report's one-line error is all there should be. An application that sets up logging still gets them."""
    import logging  # here: only a PDF or Word file's reader needs it, and a text seed's run never pays for it

    logger = logging.getLogger(name)
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
