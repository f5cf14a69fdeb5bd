"""Reading one short line's header fields: parts, datelines, source lines, issuer scores, year-less dates."""

from __future__ import annotations

import datetime as dt

import pytest

from readout_diff.load.headerline import ISSUER_SCORE, issuer_score, read_dateline, read_parts, read_source
from readout_diff.text.dates import find_day_month

D = dt.date(2024, 5, 3)

# (line, (issuer, title, date, month_day, introduced)) or None: the line is not read in parts.
PARTS = [
    ("Sylvania's Ministry of Foreign Affairs: Sylvania-Freedonia Foreign Ministers' Meeting",
     ("Sylvania's Ministry of Foreign Affairs", "Sylvania-Freedonia Foreign Ministers' Meeting", None, None, False)),
    ("Ministry of Foreign Affairs of Sylvania | 3 May 2024 | Ministers Meet",
     ("Ministry of Foreign Affairs of Sylvania", "Ministers Meet", D, None, False)),
    ("Press release | Ministry of Trade of Freedonia | 3 May 2024",
     ("Ministry of Trade of Freedonia", None, D, None, False)),
    ("Statement by the Ministry of Foreign Affairs of Sylvania",
     ("Ministry of Foreign Affairs of Sylvania", None, None, None, True)),
    ("Statement by the Ministry of Foreign Affairs of Sylvania on the talks with Freedonia",
     ("Ministry of Foreign Affairs of Sylvania",
      "Statement by the Ministry of Foreign Affairs of Sylvania on the talks with Freedonia", None, None, True)),
    ("Readout from The White House of Grand Fenwick, May 3, 2024",
     ("The White House of Grand Fenwick", None, D, None, True)),
    ("From the Office of the President of Freedonia:", ("Office of the President of Freedonia", None, None, None, True)),
    ("The following statement was issued by the Ministry of Trade on 3 May 2024:",
     ("Ministry of Trade", None, D, None, True)),
    ("Ministers Meet in Lakeport (Ministry of Foreign Affairs (Sylvania))",
     ("Ministry of Foreign Affairs (Sylvania)", "Ministers Meet in Lakeport", None, None, False)),
    ("Ministry of Foreign Affairs of Sylvania (3 May 2024)", ("Ministry of Foreign Affairs of Sylvania", None, D, None, False)),
    ("Readout: Government of Freedonia", ("Government of Freedonia", None, None, None, False)),
    ("Issuer: Ministry of X | Date: 3 May 2024 | Title: Talks with the Office of the President",
     ("Ministry of X", "Talks with the Office of the President", D, None, False)),
    ("Prime Minister of Freedonia — Prime Minister Speaks with President of Sylvania",
     ("Prime Minister of Freedonia", "Prime Minister Speaks with President of Sylvania", None, None, False)),
    ("Ministry of Foreign Affairs of Sylvania — May 3", ("Ministry of Foreign Affairs of Sylvania", None, None, (5, 3), False)),
    # The brackets a date stood in go with it.
    ("[3 May 2024] Ministry of Foreign Affairs of Sylvania | Ministers Meet",
     ("Ministry of Foreign Affairs of Sylvania", "Ministers Meet", D, None, False)),
    # An office's acronym beside its full name is neither its issuer nor a title.
    ("MOFA | Ministry of Foreign Affairs of Sylvania | 3 May 2024",
     ("Ministry of Foreign Affairs of Sylvania", None, D, None, False)),
    # A row of fields in brackets, its date with a time of day.
    ("[Government of Freedonia | Press release | 3 May 2024, 17:15]",
     ("Government of Freedonia", None, D, None, False)),
    ("Author: Office of the President of Freedonia | Release date: 3 May 2024",
     ("Office of the President of Freedonia", None, D, None, False)),
    # Read whole by the loader: an issuer alone, with a bracketed qualifier or a banner's own label.
    ("Ministry of Foreign Affairs (Sylvania)", None),
    ("EMBASSY OF OSTERLICH -- PRESS RELEASE", None),
    ("Department of the Interior / Government of Sylvania", None),
    # No issuer: a title with a date, a table's key row, a title naming office-holders.
    ("PM call with Prime Minister Olafsson of Freedonia: 3 May 2024", None),
    ("Issuer | Date | Title", None),
    ("Foreign Ministers Hold Talks — Lakeport", None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), PARTS, ids=[p[0][:40] for p in PARTS])
def test_read_parts(line, expected):
    parts = read_parts(line)
    got = None if parts is None else (parts.issuer, parts.title, parts.date, parts.month_day, parts.introduced)
    assert got == expected


# (line, (issuer, place, date, month_day, body)) or None.
DATELINES = [
    ("TOKYO, May 3 (Ministry of Foreign Affairs) - The ministers met.",
     ("Ministry of Foreign Affairs", "TOKYO", None, (5, 3), "The ministers met.")),
    ("LAKEPORT, 3 MAY 2024 — The two sides met.", (None, "LAKEPORT", D, None, "The two sides met.")),
    ("Lakeport, May 3, 2024 (Government of Freedonia) -- Both sides met.",
     ("Government of Freedonia", "Lakeport", D, None, "Both sides met.")),
    ("FREEDONIA CITY (Office of the President (Freedonia)) – The President spoke.",
     ("Office of the President (Freedonia)", "FREEDONIA CITY", None, None, "The President spoke.")),
    ("WASHINGTON (AP) — The talks went on.", (None, "WASHINGTON (AP)", None, None, "The talks went on.")),
    ("May 3 — The ministers met.", (None, None, None, (5, 3), "The ministers met.")),
    # A full stop and a dash close a dateline that holds a date or an issuer.
    ("LAKEPORT, Sylvania, March 17, 2026 (SRE).– The ministers met.",
     (None, "LAKEPORT, Sylvania, (SRE)", dt.date(2026, 3, 17), None, "The ministers met.")),
    ("Lakeport, 3 May 2024.- The ministers met.", (None, "Lakeport", D, None, "The ministers met.")),
    # Sentences with dashes are no datelines.
    ("Prime Minister Olafsson (Ministry of Foreign Affairs) — The talks went on.", None),
    ("The two ministers - both new in office - met in Lakeport.", None),
    ("Lakeport — the city hosted the talks.", None),
    ("In Lakeport - The talks went on.", None),
    ("U.S.–Freedonia talks went on.", None),
    ("LAKEPORT.– The talks went on.", None),
    ("On 3 May the U.S.–Freedonia Dialogue met.", None),
    ("They met in Lakeport (Sylvania). The talks went on.", None),
    ("Lakeport City (May 3, 2024). The ministers met.", None),
    ("Memorandum on Energy (Ministry of Energy).– The memorandum provides for joint projects.", None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), DATELINES, ids=[d[0][:40] for d in DATELINES])
def test_read_dateline(line, expected):
    found = read_dateline(line)
    got = None if found is None else (found.issuer, found.place, found.date, found.month_day, line[found.body_start :])
    assert got == expected


SOURCES = [
    ("— Source: Ministry of Foreign Affairs of Sylvania, 3 May 2024", ("Ministry of Foreign Affairs of Sylvania", D)),
    ("Source: Government of Freedonia (3 May 2024)", ("Government of Freedonia", D)),
    ("(Ministry of Foreign Affairs of Sylvania)", ("Ministry of Foreign Affairs of Sylvania", None)),
    ("-- Office of the President of Freedonia", ("Office of the President of Freedonia", None)),
    ("Source: SylvaNews", ("SylvaNews", None)),
    ("(SylvaNews)", None),
    ("- The ministers agreed to meet again", None),
    ("The ministers met.", None),
]


@pytest.mark.parametrize(("line", "expected"), SOURCES, ids=[s[0][:40] for s in SOURCES])
def test_read_source(line, expected):
    found = read_source(line)
    assert (None if found is None else (found.issuer, found.date)) == expected


@pytest.mark.parametrize(
    ("text", "is_issuer"),
    [
        ("Ministry of Foreign Affairs of Sylvania", True),
        ("The White House", True),
        ("Prime Minister of Freedonia", True),
        ("Prime Minister's Office, 10 Downing Street", True),
        ("Directorate of Communications of Anatolia", True),
        # An office named in its own language on an English page.
        ("Secretaría de Relaciones Exteriores (Sylvania)", True),
        ("Cancillería Sylvania", True),
        ("Auswärtiges Amt", True),
        ("Kementerian Luar Negeri Republik Sylvania", True),
        ("Readout of the President's Call with the Chancellor", False),
        ("Foreign Ministers Review Water Cooperation", False),
        ("Talks between the two foreign ministers", False),
        ("The minister discussed trade", False),
        ("Lakeport", False),
    ],
)
def test_issuer_score(text, is_issuer):
    assert (issuer_score(text) >= ISSUER_SCORE) == is_issuer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TOKYO, May 3 (x)", (5, 3)),
        ("3 MAY", (5, 3)),
        ("Friday, 3rd of May -", (5, 3)),
        ("Sept. 4th -", (9, 4)),
        ("Feb. 29", (2, 29)),
        ("May 32", None),
        ("Maybe 3", None),
        ("the May 2024 talks", None),
    ],
)
def test_find_day_month(text, expected):
    found = find_day_month(text)
    assert (found[0] if found else None) == expected
