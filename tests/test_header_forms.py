"""Header forms nobody here has written: each pair rendered under many made-up headers, loaded, checked.

Every dev-corpus pair (its gold sentences and issuers, read from ../shared at test time) and a few
made-up pairs of this file are written into a seed file under each header form below: issuer, date and
title lines in the four dev layouts' order and in others ("Statement by ...", the issuer inside the
title line, a one-line table row, a dateline opening the first paragraph, a source line after the
body, ...). The loader must find two statements, the issuer and date written, and exactly the body's
sentences, in order: no sentence moved into a header or into the other statement, none lost. Each
statement is also written alone, as a file of one side holds it (``--pair``): the loader reads it as
it reads that statement in a seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest

from readout_diff.load.reading import read_source
from readout_diff.load.statements import find_statement, find_statements

from .conftest import CORPUS

# The generator's seed: each form x pair draws its date, title and place from Random(f"{SEED}:{id}").
SEED = 14


@dataclass(frozen=True)
class Pair:
    """Two statements' issuers and body sentences."""

    issuers: tuple[str, str]
    sentences: tuple[tuple[str, ...], tuple[str, ...]]
    #: Made-up text whose sentences the splitter is known to cut as written, so they may share lines.
    own: bool = False


_JOINERS = {"paragraphs": "\n\n", "lines": "\n", "one-paragraph": " "}


@dataclass(frozen=True)
class Statement:
    """One statement to render: its header fields and body."""

    issuer: str
    date: dt.date
    date_text: str
    title: str
    place: str
    sentences: tuple[str, ...]
    # "paragraphs" (blank line between sentences), "lines" (one sentence a line) or "one-paragraph" (the
    # whole body in one paragraph, as a one-paragraph release is written)
    layout: str
    #: Its place in the file (1, 2, ...), for forms that number the statements.
    number: int = 1

    @property
    def body(self) -> str:
        return _JOINERS[self.layout].join(self.sentences)

    @property
    def rest(self) -> str:
        """The body after its first sentence (for a dateline that opens the first paragraph)."""
        rest = _JOINERS[self.layout].join(self.sentences[1:])
        if self.layout == "one-paragraph":
            return " " + rest if rest else ""
        return "\n\n" + rest if rest else ""

    @property
    def the_issuer(self) -> str:
        """The issuer after "by"/"from": "the Ministry of X", "The White House"."""
        return self.issuer if self.issuer.lower().startswith("the ") else "the " + self.issuer


@dataclass(frozen=True)
class Form:
    """A header form: how one statement is written, and what the loader should read as its date."""

    name: str
    render: Callable[[Statement], str]
    #: Written between the statements.
    between: str = "\n\n"
    headline: str | None = "Readouts of the ministers' meeting"
    #: The date the loader should find: the rendered one, or None (a dateline without its year).
    dated: bool = True
    #: Whether each statement's title is the rendered one (not where a title stands apart above the
    #: first statement, which makes it part of the file's headline, or where none is written).
    titled: bool = False
    #: The issuer is written in capitals (and should be read as written).
    caps: bool = False
    #: The issuer is written at all (not: two articles pasted without the sites' names; issuer "").
    named: bool = True
    xfail: str | None = None


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _month_day(s: Statement) -> str:
    return f"{s.date:%B} {s.date.day}"


FORMS = [
    Form("plain", lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("statement-by", lambda s: f"Statement by {s.the_issuer}\n{s.date_text}\n\n{s.body}"),
    Form("statement-by-topic", lambda s: f"Statement by {s.the_issuer} on the talks in {s.place.title()}\n{s.date_text}\n\n{s.body}"),
    Form("readout-from-dated", lambda s: f"Readout from {s.the_issuer}, {s.date_text}\n\n{s.body}", headline=None),
    Form("issuer-colon-title", lambda s: f"{s.issuer}: {s.title}\n{s.date_text}\n\n{s.body}", titled=True),
    Form("table-row", lambda s: f"{s.issuer} | {s.date_text} | {s.title}\n\n{s.body}", titled=True),
    Form(
        "markdown-table",
        lambda s: f"| Issuer | Date | Title |\n|---|---|---|\n| {s.issuer} | {s.date_text} | {s.title} |\n\n{s.body}",
        headline=None,
        titled=True,
    ),
    Form("press-release-pipes", lambda s: f"Press release | {s.issuer} | {s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("from-office-colon", lambda s: f"From {s.the_issuer}:\n{s.date_text}\n\n{s.body}"),
    Form("readout-label", lambda s: f"Readout:\n{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form(
        "dateline-no-year",
        lambda s: f"{s.title}\n\n{s.place}, {_month_day(s)} ({s.issuer}) - {s.sentences[0]}{s.rest}",
        dated=False,
    ),
    Form(
        "dateline-year-in-title",
        lambda s: f"{s.title}, {s.date.year}\n\n{s.place}, {_month_day(s)} ({s.issuer}) — {s.sentences[0]}{s.rest}",
    ),
    Form(
        "dateline-full-date",
        lambda s: f"{s.place.upper()}, {s.date_text} ({s.issuer}) -- {s.sentences[0]}{s.rest}",
        headline=None,
    ),
    Form("dateline-under-issuer", lambda s: f"{s.issuer}\n\n{s.place.upper()}, {s.date_text.upper()} — {s.sentences[0]}{s.rest}"),
    Form("source-after-body", lambda s: f"{s.title}\n\n{s.body}\n— Source: {s.issuer}, {s.date_text}", titled=True),
    Form("source-after-body-bare", lambda s: f"{s.body}\nSource: {s.issuer} ({s.date_text})", headline=None),
    Form("title-then-issuer-in-brackets", lambda s: f"{s.title} ({s.issuer})\n{s.date_text}\n\n{s.body}", titled=True),
    Form("bold-issuer-and-title", lambda s: f"**{s.issuer} — {s.title}**\n_{s.date_text}_\n\n{s.body}", titled=True),
    Form("heading-issuer-and-title", lambda s: f"## {s.issuer}: {s.title}\n{s.date_text}\n\n{s.body}", headline="# Readouts of the meeting", titled=True),
    Form("after-a-rule", lambda s: f"* * *\n\n{s.issuer}\n{s.date_text}\n\n{s.body}"),
    Form("date-above-issuer", lambda s: f"{s.date_text}\n{s.issuer}\n{s.title}\n\n{s.body}", titled=True),
    Form("title-above-issuer", lambda s: f"{s.title}\n{s.issuer}\n{s.date_text}\n\n{s.body}", titled=True),
    Form("issuer-alone", lambda s: f"{s.issuer}\n\n{s.body}", dated=False),
    Form("byline", lambda s: f"{s.title}\nBy {s.the_issuer}\n{s.date_text}\n\n{s.body}", titled=True),
    Form("dash-attribution", lambda s: f"{s.title}\n— {s.issuer}, {s.date_text}\n\n{s.body}", titled=True),
    Form("email-fields", lambda s: f"From: {s.issuer}\nSent: {s.date_text}\nSubject: {s.title}\n\n{s.body}", headline=None, titled=True),
    Form("issued-by-sentence", lambda s: f"The following statement was issued by {s.the_issuer} on {s.date_text}:\n\n{s.body}"),
    Form("issuer-with-date-in-brackets", lambda s: f"{s.issuer} ({s.date_text})\n{s.title}\n\n{s.body}", titled=True),
    Form("release-banner", lambda s: f"FOR IMMEDIATE RELEASE\n{s.issuer}\n{s.title}\n{s.date_text}\n\n{s.body}", titled=True),
    Form("inline-fields", lambda s: f"Issuer: {s.issuer} | Date: {s.date_text} | Title: {s.title}\n\n{s.body}", titled=True),
    Form("issuer-and-date-on-one-line", lambda s: f"{s.issuer}, {s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("posted-on-by", lambda s: f"{s.title}\nPosted on {s.date_text} by {s.the_issuer}\n\n{s.body}", titled=True),
    Form("statement-of", lambda s: f"Statement of {s.the_issuer}\n{s.date_text}\n\n{s.body}"),
    Form("numbered-release", lambda s: f"{s.issuer}\nPress Release No. 12/{s.date.year}\n{s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("caps-banner-with-dashes", lambda s: f"{s.issuer} — PRESS RELEASE — {s.date_text}\n\n{s.body}", caps=True),
    Form("separated-fields", lambda s: f"Issuer: {s.issuer}\nDate: {s.date_text}\n\n{s.body}", between="\n\n---\n\n"),
    # Forms added after the loader was first written against the ones above (probed in seven rounds; the
    # 25 that failed were fixed):
    Form("published-author-fields", lambda s: f"{s.title}\nPublished: {s.date_text}\nAuthor: {s.issuer}\n\n{s.body}", titled=True),
    Form("press-statement-banner", lambda s: f"PRESS STATEMENT\n{s.issuer}\n{s.date_text}\n\n{s.body}"),
    Form("bracketed-date-first", lambda s: f"[{s.date_text}] {s.issuer}\n{s.title}\n\n{s.body}", titled=True),
    Form("news-release-date-field", lambda s: f"NEWS RELEASE\n{s.issuer}\nRelease date: {s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("breadcrumb-above", lambda s: f"Home > Newsroom > Readouts\n{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("issuer-title-date-en-dashes", lambda s: f"{s.issuer} – {s.title} – {s.date_text}\n\n{s.body}", titled=True),
    Form("date-then-title-with-issuer", lambda s: f"{s.date_text}\n{s.title} ({s.issuer})\n\n{s.body}", titled=True),
    Form("issuer-slash-date", lambda s: f"{s.issuer} / {s.date_text}\n\n{s.body}"),
    Form("title-date-issuer", lambda s: f"{s.title}\n{s.date_text}\n{s.issuer}\n\n{s.body}", titled=True),
    Form("heading3-issuer-italic-date", lambda s: f"### {s.issuer}\n*{s.date_text}*\n\n{s.body}"),
    Form("statement-from", lambda s: f"Statement from {s.the_issuer}\n{s.date_text}\n\n{s.body}"),
    Form("date-dash-issuer", lambda s: f"{s.date_text} - {s.issuer}\n{s.title}\n\n{s.body}", titled=True),
    Form("rule-of-equals-between", lambda s: f"{s.issuer}\n{s.date_text}\n\n{s.body}", between="\n\n==========\n\n"),
    Form("ordinal-date", lambda s: f"{s.issuer}\n{_ordinal(s.date.day)} {s.date:%B %Y}\n{s.title}\n\n{s.body}", titled=True),
    Form("us-ordinal-date", lambda s: f"{s.issuer}\n{s.date:%B} {_ordinal(s.date.day)}, {s.date.year}\n{s.title}\n\n{s.body}", titled=True),
    Form("date-with-time", lambda s: f"{s.issuer}\n{s.date:%B} {s.date.day}, {s.date.year} · 2:30 PM\n{s.title}\n\n{s.body}", titled=True),
    Form("caps-title-above-issuer", lambda s: f"{s.title.upper()}\n{s.issuer}\n{s.date_text}\n\n{s.body}"),
    Form("web-address-under-title", lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\nhttps://www.example.gov/news/{s.date.year}/readout\n\n{s.body}", titled=True),
    Form("share-and-print-links", lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\nShare\nPrint\n\n{s.body}", titled=True),
    Form("location-field", lambda s: f"Issuer: {s.issuer}\nLocation: {s.place}\nDate: {s.date_text}\n\n{s.body}"),
    Form("title-with-date-in-brackets", lambda s: f"{s.issuer}\n{s.title} ({s.date_text})\n\n{s.body}", titled=True),
    Form("last-updated-under-date", lambda s: f"{s.issuer}\n{s.date_text}\nLast updated: {s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("windows-line-ends", lambda s: f"{s.issuer}\r\n{s.date_text}\r\n{s.title}\r\n\r\n{s.body}".replace("\n\n", "\r\n\r\n"), titled=True),
    Form("tabs-and-no-break-spaces", lambda s: f"\t{s.issuer}\n\t{s.date_text}\n{s.title}\u00a0\n\n{s.body}", titled=True),
    Form("heading-title-bold-issuer", lambda s: f"# {s.title}\n**{s.issuer}**\n{s.date_text}\n\n{s.body}", headline=None, titled=True),
    Form("zero-padded-day", lambda s: f"{s.issuer}\n{s.date:%B %d, %Y}\n{s.title}\n\n{s.body}", titled=True),
    Form("zero-padded-day-first", lambda s: f"{s.issuer}\n{s.date:%d %B %Y}\n{s.title}\n\n{s.body}", titled=True),
    Form("month-day-year-no-comma", lambda s: f"{s.issuer}\n{s.date:%B} {s.date.day} {s.date.year}\n{s.title}\n\n{s.body}", titled=True),
    Form("abbreviated-month", lambda s: f"{s.issuer}\n{s.date:%b} {s.date.day}, {s.date.year}\n{s.title}\n\n{s.body}", titled=True),
    Form("abbreviated-month-with-stop", lambda s: f"{s.issuer}\n{s.date.day} {s.date:%b}. {s.date.year}\n{s.title}\n\n{s.body}", titled=True),
    Form("time-on-its-own-line", lambda s: f"{s.title}\n{s.date_text}\n16:10\n{s.issuer}\n\n{s.body}", titled=True),
    Form("iso-date-and-time-then-source", lambda s: f"{s.title}\n{s.date.isoformat()} 21:00\nSource: {s.issuer}\n\n{s.body}", titled=True),
    Form("date-comma-time", lambda s: f"{s.issuer}\n{s.date:%B} {s.date.day}, {s.date.year}, 14:50\n{s.title}\n\n{s.body}", titled=True),
    Form("posted-and-updated-fields", lambda s: f"{s.issuer}\n{s.title}\nPosted: {s.date_text} | Updated: {s.date_text}\n\n{s.body}", titled=True),
    Form("page-section-labels", lambda s: f"{s.title}\n{s.date_text}\n•\nStatements and Releases\n{s.issuer}\n\n{s.body}", titled=True),
    Form("issuer-and-title-in-capitals", lambda s: f"{s.issuer.upper()}\n{s.title.upper()}\n{s.date_text}\n\n{s.body}", caps=True),
    Form("title-in-quotes", lambda s: f"{s.issuer}\n{s.date_text}\n“{s.title}”\n\n{s.body}"),
    Form("release-number-line", lambda s: f"{s.issuer}\nNo. 123\n{s.date_text}\n\n{s.body}"),
    # What follows a body and is none of its sentences: an end mark, a page's footer.
    Form("end-mark-after-body", lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}\n\n-ENDS-", titled=True),
    Form("dashed-end-after-body", lambda s: f"{s.issuer}\n{s.date_text}\n\n{s.body}\n\n– END –"),
    Form(
        "page-footer-after-body",
        lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}\n\nTags: Trade, Energy\nShare\nPrint\nBack to top",
        titled=True,
    ),
    Form(
        "page-footer-lines-run-on",
        lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}\nBack to top\nRelated news\n© {s.date.year} {s.issuer}",
        titled=True,
    ),
    Form("abbreviated-weekday-date-time", lambda s: f"{s.issuer}\n{s.date:%a} {s.date.day} {s.date:%B} {s.date.year} 14:05 BST\n{s.title}\n\n{s.body}", titled=True),
    Form("hyphenated-date", lambda s: f"{s.issuer}\n{s.date.day}-{s.date:%b}-{s.date.year}\n{s.title}\n\n{s.body}", titled=True),
    # A page's fields with their keys on lines of their own (GOV.UK), and a place under the date.
    Form(
        "page-label-title-summary-keys",
        lambda s: f"Press release\n{s.title}\nA summary of the release.\nFrom:\n{s.issuer}\nPublished\n{s.date_text}\n\n{s.body}",
        headline=None,
        titled=True,
    ),
    Form("keys-on-their-own-lines", lambda s: f"{s.title}\nFrom:\n{s.issuer}\nPublished\n{s.date_text}\n\n{s.body}", titled=True),
    Form("title-date-place-issuer", lambda s: f"{s.title}\n{s.date_text}\n{s.place}\n{s.issuer}\n\n{s.body}", titled=True),
    Form("title-date-place-only", lambda s: f"{s.title}\n{s.date_text}\n{s.place}\n\n{s.body}", titled=True, named=False),
    # A page's section labels above the title (the White House's "Briefing Room" / "Statements and
    # Releases", a breadcrumb), with and without the issuer.
    Form(
        "section-labels-title-date",
        lambda s: f"Briefing Room\nStatements and Releases\n{s.title}\n{s.date_text}\n\n{s.body}",
        titled=True,
        named=False,
    ),
    Form("issuer-news-title-date-time", lambda s: f"{s.issuer}\nNews\n{s.title}\n{s.date_text}, 16:10\n\n{s.body}", titled=True),
    Form("place-date-dash-time", lambda s: f"{s.issuer}\n{s.place}, {s.date_text} - 16:05\n{s.title}\n\n{s.body}", titled=True),
    Form("iso-date-time-then-title", lambda s: f"{s.issuer}\n{s.date.isoformat()} 21:30\n{s.title}\n\n{s.body}", titled=True),
    Form("breadcrumb-title-date", lambda s: f"Home / News\n{s.title}\n{s.date_text}\n\n{s.body}", titled=True, named=False),
    # Statements numbered in a compiled file.
    Form("numbered-issuers", lambda s: f"{s.number}) {s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form("lettered-issuers", lambda s: f"{'AB'[s.number - 1]}. {s.issuer}\n{s.date_text}\n\n{s.body}"),
    # No issuer named at all: a title and a date (a time) open each statement.
    Form("title-and-date-only", lambda s: f"{s.title}\n{s.date_text}\n\n{s.body}", titled=True, named=False),
    Form("title-date-and-time-only", lambda s: f"{s.title}\n{s.date_text}\n16:10\n\n{s.body}", titled=True, named=False),
    Form("date-and-title-only", lambda s: f"{s.date_text}\n{s.title}\n\n{s.body}", titled=True, named=False),
    Form("title-date-body-no-blank", lambda s: f"{s.title}\n{s.date_text}\n{s.body}", titled=True, named=False),
    Form(
        "reference-number-place-date-title",
        lambda s: f"STATEMENT/{s.date:%y}/{1000 + s.number}\n{s.place}, {s.date_text}\n{s.title}\n{s.body}",
        titled=True,
        named=False,
    ),
    Form("issuer-reference-number", lambda s: f"{s.issuer}\nPRESS RELEASE NO. {40 + s.number}/{s.date.year}\n{s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form(
        "past-tense-title-date-time-furniture",
        lambda s: f"The ministers held talks in {s.place.title()}\n{s.date_text} - 14:25\n{s.body}\nViews: 1,234\nPhoto: {s.issuer}",
        named=False,
    ),
    Form(
        "e-mail-headers",
        lambda s: f"From: {s.issuer} <press@example.org>\nSent: {s.date_text} 17:02\nTo: Media list\nCc: Desk\nSubject: {s.title}\n\n{s.body}",
        titled=True,
    ),
    # Pages pasted with their furniture (a second round of made-up layouts, written by a helper).
    Form(
        "breadcrumb-title-issuer-date-views",
        lambda s: f"Home > News > Press Releases\n{s.title}\n{s.issuer}\nPosted on {s.date.isoformat()} | Views: 341\n\n{s.body}\n\nShare:",
        titled=True,
    ),
    Form(
        "signed-by-a-press-office",
        lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}\n\nPress and Information Office of the Government",
        titled=True,
    ),
    Form("weekday-numeric-date-time", lambda s: f"{s.issuer}\n{s.title}\n{s.date:%A}, {s.date:%d.%m.%Y} · 11:30\n\n{s.body}", titled=True),
    Form("iso-timestamp", lambda s: f"{s.issuer}\n{s.date.isoformat()}T15:00:00+02:00\n{s.title}\n\n{s.body}", titled=True),
    Form(
        "published-and-updated-no-issuer",
        lambda s: f"{s.title}\nPublished {s.date_text}, 14:20 · Updated {s.date_text}, 16:05\n3 min read\n\n{s.body}",
        titled=True,
        named=False,
    ),
    Form(
        "share-and-print-rows-related-links",
        lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\nPrint version\nShare this: Facebook | X | Email\n\n{s.body}\n\n"
        "Related news\nMinisters meet in Lakeport\nTalks on the river continue",
        titled=True,
    ),
    Form(
        "language-switcher-and-rights-notice",
        lambda s: f"{s.issuer}\nEN | FR | DE\n{s.date_text}\n{s.title}\n\n{s.body}\n\n© {s.date.year} {s.issuer}. All rights reserved.",
        titled=True,
    ),
    Form("fields-with-a-hit-counter", lambda s: f"{s.issuer}\nDate: {s.date.isoformat()}\nHit: 1523\nTitle: {s.title}\n{s.body}", titled=True),
    Form("site-name-apart-above-title-and-date", lambda s: f"{s.issuer}\n\n{s.title}\n{s.date_text}\n\n{s.body}", titled=True),
    Form(
        "dateline-with-a-colon",
        lambda s: f"{s.issuer}\n{s.title}\n\n{s.place}, {s.date_text}: {s.sentences[0]}{s.rest}",
        titled=True,
    ),
    Form(
        "dateline-closed-by-a-full-stop-and-a-dash",
        lambda s: f"{s.issuer}\nPress Release No. 112\n{s.title}\n\n{s.place.upper()}, {s.date:%B} {s.date.day}, {s.date.year} (SRE).– {s.sentences[0]}{s.rest}",
        titled=True,
    ),
    Form("each-header-line-its-own-paragraph", lambda s: f"{s.issuer}\n\n{s.title}\n\n{s.date_text}\n\n{s.body}", titled=True),
    Form(
        "sentence-case-past-tense-title-over-date-paragraph",
        lambda s: f"{s.issuer}\n\nThe ministers held talks in {s.place}: the focus was on trade\n\n{s.date_text} - 17:45\n\n{s.body}",
    ),
    Form("place-colon-date-under-label", lambda s: f"{s.issuer}\n\nPRESS RELEASE\n\n{s.place}: {_ordinal(s.date.day)} {s.date:%B %Y}\n\n{s.body}"),
    Form(
        "site-and-issuer-apart-over-title-with-place-and-date-in-brackets",
        lambda s: f"Sylvania Diplomacy - {s.issuer}\n\n{s.title} ({s.place}, {s.date_text})\n\n{s.body}",
        titled=True,
    ),
    Form(
        "contact-heading-and-publication-footer",
        lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}\n\nMedia enquiries\nEmail newsdesk@example.gov\nTelephone 020 7008 3100"
        f"\n\nPublication date: {s.date_text}, 14:20\nDirect link: example.gov/d/74102",
        titled=True,
    ),
    Form(
        "site-name-apart-title-date-label",
        lambda s: f"{s.issuer}\n\n{s.title}\n{s.date_text}\n\nPRESS RELEASE\n\n{s.body}",
        titled=True,
    ),
    Form(
        "site-name-apart-title-date-dateline",
        lambda s: f"{s.issuer}\n\n{s.title}\n{s.date_text}\n\n{s.place.upper()}, {_month_day(s)} -- {s.sentences[0]}{s.rest}",
        titled=True,
    ),
    Form(
        "piped-row-of-page-fields",
        lambda s: f"{s.issuer}\n\n{s.title}\nPress release | Date: {s.date:%d/%m/%Y} | No: 67/24\n\n{s.body}",
        titled=True,
    ),
    Form("title-date-and-city-country", lambda s: f"{s.issuer}\n{s.title}\n{s.date_text}\n{s.place}, Belgium\n\n{s.body}", titled=True),
    Form("place-and-date-under-body", lambda s: f"{s.issuer}\n{s.title}\n\n{s.body}\n\n{s.place}\n{s.date_text}", titled=True),
    Form(
        "press-office-address-under-body",
        lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}\n\nPress office - General Secretariat\nTel.: +32 (0)2 281 6319\npress@example.gov",
        titled=True,
    ),
    Form(
        "menu-under-issuer-buttons-and-contact-block",
        lambda s: f"{s.issuer}\nHome\nNewsroom\nPress Releases\n\n{s.title}\n{s.date_text}\n\n{s.body}\n\n"
        "For further information contact:\nJana Novak | Press Office | press@example.gov\n\nShare this:\nFacebook\nX\nWhatsApp",
        titled=True,
    ),
    Form(
        "media-enquiries-and-page-links",
        lambda s: f"{s.issuer}\n{s.date_text}\n{s.title}\n\n{s.body}\n\nMedia enquiries: Jana Novak, Spokesperson – +27 82 555 0143\n\n"
        "Previous: Minister receives credentials of new ambassadors\nNext: Statement on the floods\nList",
        titled=True,
    ),
    Form("place-date-title-body-no-blank", lambda s: f"{s.place}, {s.date_text}\n{s.title}\n{s.body}", titled=True, named=False),
    # A state by its adjective, a kind of page or the government's seat beside the issuer: the title is the
    # line under it; a minister's byline under the government's name is no title.
    Form("issuer-and-state-by-adjective", lambda s: f"{s.issuer} – Hellenic Republic\n{s.title}\n{s.date_text}\n\n{s.body}", titled=True),
    Form("issuer-news-item-row", lambda s: f"{s.issuer} | News item | {s.date:%d.%m.%Y}\n{s.title}\n\n{s.body}", titled=True),
    Form("issuer-and-seat", lambda s: f"{s.issuer} – Palazzo Chigi\nPress release No. {50 + s.number}/{s.date.year}\n{s.title}\n{s.date_text}\n\n{s.body}", titled=True),
    Form("byline-under-issuer", lambda s: f"{s.issuer}\nRt Hon Anna Varga, Prime Minister\n{s.date_text}\n{s.title}\n\n{s.body}", titled=True),
    Form(
        "signature-after-body",
        lambda s: f"{s.body}\n\n{s.issuer}\n{s.date_text}",
        xfail="an issuer and date signed under a body with no cue ('Source:', a dash, brackets) read exactly "
        "like the next statement's header lines; nothing in the lines tells the two apart",
    ),
]  # fmt: skip

DATE_FORMATS = [
    lambda d: f"{d.day} {d:%B %Y}",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d:%A}, {d.day} {d:%B %Y}",
    lambda d: f"{d:%d.%m.%Y}",
]
TITLES = [
    "Foreign Ministers Hold Talks on the River Basin",
    "Prime Minister Speaks with the President of Sylvania",
    "Leaders Discuss Trade and Energy Cooperation",
    "Readout of the Call between the Two Leaders",
    "Ministers Review Water Cooperation",
    "Joint Commission Meets for the Fourth Time",
]
PLACES = ["Lakeport", "Freedonia City", "Port Ruritania", "New Elbonia"]

# Made-up pairs whose bodies tempt a header finder: sentences opening with "From", "By" and a place in
# capitals, a colon introducing a list, a bracketed name, a dash, a short line without a full stop.
OWN_PAIRS = {
    "own-river-talks": Pair(
        ("Ministry of Foreign Affairs of Sylvania", "Office of the President of Freedonia"),
        (
            (
                "The Foreign Minister of Sylvania received the President of Freedonia in Lakeport on Friday.",
                "From the start, both sides focused on the shared river basin.",
                "By the end of the meeting, they had agreed to exchange hydrological data every month.",
                "The delegations included:",
                "Officials of the Ministry of Water (Sylvania) and of the Presidential Office.",
                "LAKEPORT will host the next round in the autumn.",
            ),
            (
                "President Tully met the Foreign Minister of Sylvania in Lakeport.",
                "The President raised the construction of the upstream dam — a matter of concern to farmers.",
                "Both sides agreed to set up a joint flood warning system.",
                "Further talks are planned",
                "The President thanked Sylvania for its hospitality.",
            ),
        ),
        own=True,
    ),
    "own-trade-call": Pair(
        ("Federal Chancellery of Ruritania", "The Royal Palace of Elbonia"),
        (
            (
                "Chancellor Weiss spoke by telephone with King Olaf of Elbonia.",
                "The two discussed the tariffs on cheese and timber.",
                "Ministry of Trade officials will meet next week.",
                "The Chancellor invited the King to visit Ruritania.",
            ),
            (
                "His Majesty the King received a telephone call from the Chancellor of Ruritania.",
                "Statement by the two sides on tariffs is expected soon.",
                "The King stressed the importance of free and fair trade.",
            ),
        ),
        own=True,
    ),
    # Bodies that tempt a header finder in other ways: a subheading, a list introduced by a colon, a line
    # in capitals, quotations, a first-person statement, numbered paragraphs opening with a date and time.
    "own-subheads-and-bullets": Pair(
        ("Ministry of Foreign Affairs of Sylvania", "Office of the President of Freedonia"),
        (
            (
                "On 3 May 2024, the Foreign Minister of Sylvania met the President of Freedonia in Lakeport.",
                "Key outcomes:",
                "- a joint flood warning system;",
                "- monthly exchanges of hydrological data.",
                "Background",
                "The two countries share the Lakeport river basin.",
            ),
            (
                "“We will protect the river together,” the President said.",
                "IMPORTANT: the dam project is suspended until the review ends.",
                "The President thanked Sylvania for its hospitality.",
            ),
        ),
        own=True,
    ),
    "own-first-person": Pair(
        ("Prime Minister's Office of Bozania", "Federal Chancellery of Ruritania"),
        (
            (
                "I spoke with Chancellor Weiss this morning.",
                "We agreed that our ministers will meet in June.",
                "\"Trade between our countries must grow,\" I told him.",
            ),
            (
                "Chancellor Weiss and the Prime Minister of Bozania spoke by telephone.",
                "Ministers will meet in June.",
                "Statement by the Chancellor: \"Our partnership is strong.\"",
            ),
        ),
        own=True,
    ),
    "own-numbered-paragraphs": Pair(
        ("Ministry of Foreign Affairs of Latveria", "The Royal Palace of Elbonia"),
        (
            (
                (
                    "1. On May 3, commencing at 6:00 p.m. for approximately 40 minutes, the Foreign Minister "
                    "held talks with the King."
                ),
                "2. The Foreign Minister expressed condolences for the victims of the floods.",
                "3. The two sides agreed to remain in close contact.",
            ),
            ("The King received the Foreign Minister of Latveria.", "Both sides agreed to keep in touch."),
        ),
        own=True,
    ),
    "own-long-issuers": Pair(
        (
            "Ministry of Foreign Affairs and International Cooperation of the Republic of Latveria",
            "Prime Minister's Office, Government of Bozania",
        ),
        (
            (
                "The Foreign Minister of Latveria met the Prime Minister of Bozania in Freedonia City.",
                "They reviewed the reopening of the Kelsk crossing.",
            ),
            (
                "The Prime Minister held talks with the Foreign Minister of Latveria.",
                "Both sides welcomed the progress on the Kelsk crossing.",
                "The Prime Minister raised the case of a detained journalist.",
            ),
        ),
        own=True,
    ),
}


def _corpus_cases() -> list:
    if not CORPUS.is_dir():
        return [pytest.param(None, id="corpus-absent")]
    return [pytest.param(path.parent.name, id=path.parent.name) for path in sorted(CORPUS.glob("*/gold.json"))]


def _corpus_pair(name: str | None) -> Pair:
    if name is None:
        pytest.skip(f"the dev corpus is not here ({CORPUS}); the made-up pairs still run every form")
    gold = json.loads((CORPUS / name / "gold.json").read_text(encoding="utf-8"))
    return Pair(
        (gold["issuers"]["a"], gold["issuers"]["b"]),
        (tuple(gold["statements"]["a"]), tuple(gold["statements"]["b"])),
    )


def render(
    form: Form, pair: Pair, case: str, layout: str | None = None
) -> tuple[str, list[str], list[dt.date | None], list[str | None]]:
    """The seed text of ``pair`` written in ``form`` (its bodies laid out as ``layout``, or as drawn),
    and the issuers, dates and titles to find."""
    rng = random.Random(f"{SEED}:{form.name}:{case}")
    date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
    date_text = rng.choice(DATE_FORMATS)(date)
    titles = rng.sample(TITLES, 2)
    places = rng.sample(PLACES, 2)
    # One sentence a line only where each ends in punctuation: the splitter joins an unfinished line
    # to the next as a hard-wrapped sentence, as it should.
    finished = all(s.rstrip()[-1] in ".!?:" for side in pair.sentences for s in side)
    drawn = rng.choice(["paragraphs", "lines"]) if pair.own and finished else "paragraphs"
    layout = layout or drawn
    issuers = [issuer.upper() if form.caps else issuer for issuer in pair.issuers]
    if not form.named:
        issuers = ["", ""]
    statements = [
        Statement(issuers[k], date, date_text, titles[k], places[k], pair.sentences[k], layout, k + 1)
        for k in (0, 1)
    ]
    parts = [form.headline] if form.headline else []
    parts += [form.render(s) for s in statements]
    expected_titles = [titles[k] if form.titled else None for k in (0, 1)]
    return form.between.join(parts) + "\n", issuers, [date if form.dated else None] * 2, expected_titles


def _norm(text: str) -> str:
    return " ".join(text.split())


def check(form: Form, pair: Pair, case: str, tmp_path, layout: str | None = None) -> None:
    text, issuers, dates, titles = render(form, pair, case, layout)
    path = tmp_path / f"{form.name}-{case}.txt"
    path.write_text(text, encoding="utf-8")
    document = find_statements(read_source(str(path)).text, str(path))
    assert len(document.statements) == 2, text
    assert document.statements[0].end <= document.statements[1].start
    for statement, issuer, sentences, date, title in zip(
        document.statements, issuers, pair.sentences, dates, titles
    ):
        assert [_norm(s.text) for s in statement.sentences] == [_norm(s) for s in sentences], text
        assert all(document.text[s.start : s.end] == s.text for s in statement.sentences)
        assert statement.start <= statement.sentences[0].start and statement.sentences[-1].end <= statement.end
        assert statement.issuer == issuer, text
        assert statement.header.date == date, text
        if title is not None:
            assert statement.header.title == title, text


def _form_params() -> list:
    return [
        pytest.param(
            form, id=form.name, marks=[pytest.mark.xfail(strict=True, reason=form.xfail)] if form.xfail else []
        )
        for form in FORMS
    ]


@pytest.mark.parametrize("case", list(OWN_PAIRS))
@pytest.mark.parametrize("form", _form_params())
def test_made_up_pair_under_header_form(form, case, tmp_path):
    check(form, OWN_PAIRS[case], case, tmp_path)


@pytest.mark.parametrize("case", _corpus_cases())
@pytest.mark.parametrize("form", _form_params())
def test_corpus_pair_under_header_form(form, case, tmp_path):
    check(form, _corpus_pair(case), case, tmp_path)


def _one_paragraph_cases() -> list:
    """The pairs whose sentences still read as written when run together in one paragraph: each ends a
    sentence and opens the next as a sentence opens (no list item, no line that only a line break ends)."""
    corpus = [p.parent.name for p in sorted(CORPUS.glob("*/gold.json"))] if CORPUS.is_dir() else []
    ends, opens = re.compile(r"[.!?][\"'”’)]*$"), re.compile(r"^[\"“‘(]?[A-Z0-9]")
    return [
        case
        for case in [*OWN_PAIRS, *corpus]
        if all(
            ends.search(s.strip()) and opens.match(s.strip())
            for side in (OWN_PAIRS[case] if case in OWN_PAIRS else _corpus_pair(case)).sentences
            for s in side
        )
    ]


@pytest.mark.parametrize("case", _one_paragraph_cases())
@pytest.mark.parametrize("form", _form_params())
def test_one_paragraph_bodies_under_header_form(form, case, tmp_path):
    """Each body written as one paragraph, as one-paragraph releases are: the same statements, headers
    and sentences (a numbered readout's "... the King. 2. The Minister ..." included)."""
    pair = OWN_PAIRS[case] if case in OWN_PAIRS else _corpus_pair(case)
    check(form, pair, case, tmp_path, layout="one-paragraph")


def test_there_are_many_forms():
    assert len({form.name for form in FORMS}) == len(FORMS) >= 10


# --- one statement a file (--pair) -------------------------------------------------------------------


def check_alone(form: Form, pair: Pair, case: str) -> None:
    """Each statement of ``pair`` written alone in ``form``, as a file of one side (``--pair``) holds it:
    the loader finds that one statement, with the issuer, date, title and body sentences a seed gives."""
    text, issuers, dates, titles = render(replace(form, headline=None, between=SIDES_APART), pair, case)
    for k, side in enumerate(text.split(SIDES_APART)):
        statement = find_statement(side.rstrip("\n") + "\n")
        assert [_norm(s.text) for s in statement.sentences] == [_norm(s) for s in pair.sentences[k]], side
        assert statement.issuer == issuers[k] and statement.header.issuer_from == "header", side
        assert statement.header.date == dates[k], side
        if titles[k] is not None:
            assert statement.header.title == titles[k], side


# Where the rendered seed is cut into one text per side (no form writes it).
SIDES_APART = "\n\u241e\n"
# The forms whose statement, written alone, is not read as in a seed, and why.
ALONE_XFAIL = {
    "signature-after-body": "an issuer and date signed under a body with no cue read as the body's last lines: "
    "alone in its file nothing follows them to tell them from a signature",
}


def _alone_params() -> list:
    return [
        pytest.param(
            form,
            id=form.name,
            marks=[pytest.mark.xfail(strict=True, reason=ALONE_XFAIL[form.name])] if form.name in ALONE_XFAIL else [],
        )
        for form in FORMS
    ]


@pytest.mark.parametrize("case", list(OWN_PAIRS))
@pytest.mark.parametrize("form", _alone_params())
def test_made_up_statement_alone_under_header_form(form, case):
    check_alone(form, OWN_PAIRS[case], case)


@pytest.mark.parametrize("case", _corpus_cases())
@pytest.mark.parametrize("form", _alone_params())
def test_corpus_statement_alone_under_header_form(form, case):
    check_alone(form, _corpus_pair(case), case)
