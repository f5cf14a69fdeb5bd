"""Find the statements in a seed file: header blocks scored from what their lines are made of.

A seed file holds one meeting: an optional headline, then two or more statements, each starting with a
header block of short lines (issuer, place, date, title, office) and running until the next header block.
No layout is hard-wired. Every line gets features (issuer words, a date, a field key, heading markup,
length, final punctuation, past-tense verbs); a line that looks like an issuer anchors a candidate block,
the block grows over the header lines around it, and candidates that score high enough become statements.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from .dates import find_date
from .errors import LoadError
from .model import Document, Header, Sentence, Statement
from .segment import split_sentences

# Words that name who issues a readout. Multi-word names are matched on the lower-cased line.
_ISSUER_WORDS = frozenset(
    """ministry ministries minister minister's ministers department office embassy consulate mission
    president president's presidency government spokesperson spokesman spokeswoman secretariat
    chancellery chancellor kremlin cabinet council taoiseach secretary agency commission bureau
    palace élysée elysee mofa fcdo fmprc minrex cubaminrex whitehouse administration""".split()
)
_ISSUER_PHRASES = ("white house", "downing street", "foreign affairs", "state department", "prime minister")
# Words an office line (a sub-unit under the issuer, such as "Office of the Spokesperson") starts with.
_OFFICE_HEADS = frozenset(
    "office bureau department ministry embassy consulate mission spokesperson press media secretariat".split()
)
# Words of generic labels that stand where an issuer might ("PRESS OFFICE", "Media Note").
_LABEL_WORDS = frozenset(
    """press media release immediate note news statement readout communique communiqué office
    spokesperson spokesman spokeswoman information bureau service unit desk""".split()
)
_FIELD = re.compile(
    r"^(?P<key>issuer|from|by|date|dated|title|headline|subject|place|location|dateline|country)\s*:\s*(?P<value>.*)$",
    re.I,
)
_FIELD_ROLE = {
    "issuer": "issuer", "from": "issuer", "by": "issuer", "country": "issuer",
    "date": "date", "dated": "date",
    "title": "title", "headline": "title", "subject": "title",
    "place": "place", "location": "place", "dateline": "place",
}  # fmt: skip
_SEPARATOR = re.compile(r"^\s*(?:[-*_=~#+]\s*){3,}$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"^\s*(\*\*|__|\*|_)(.+?)\1\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•‣◦▪–]|\d{1,3}[.)])\s+")
_WORD = re.compile(r"[^\W_][\w'’.\-]*")
_TERMINAL = re.compile(r"[.!?;:。！？][\"'”’)\]]*$")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Jr|Sr|Co|Ltd|St)\.$")
_CONNECTORS = frozenset("of the de la del and du des di da von van y et & for on".split())
_IRREGULAR_PAST = frozenset(
    """spoke met held took said was were had gave made told paid led sent saw came went began brought
    thought knew wrote became felt found left kept meant put set stood understood""".split()
)
# Source tags and end marks that close a statement without being part of its text.
_TRAILER = re.compile(
    r"^(?:\(\s*[^\W\d_][\w .&/'’-]{0,40}\)|(?:source|sources|via)\s*:.*|#{3,}|-\s*30\s*-|ends?|end of (?:statement|text))$",
    re.I,
)
_MIN_BLOCK_SCORE = 4.0


@dataclass
class _Line:
    """One line of the file with the features the block scorer reads."""

    start: int
    end: int
    raw: str
    content: str = ""
    blank: bool = False
    separator: bool = False
    heading: int = 0  # markdown heading level, 0 when none
    emphasis: bool = False
    bullet: bool = False
    field_role: str | None = None
    terminal: bool = False
    date: tuple[dt.date, int, int] | None = None
    date_only: bool = False

    # The features below scan the whole line. The scorer reads them almost only for short lines that
    # may be header lines, so they are worked out when first read (hence no slots) rather than for
    # every body paragraph.

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.content)

    @property
    def n_words(self) -> int:
        return len(self.words)

    @cached_property
    def issuer_words(self) -> int:
        lowered = self.content.lower()
        tokens = [w.lower().strip(".'’") for w in self.words]
        return sum(t in _ISSUER_WORDS for t in tokens) + sum(p in lowered for p in _ISSUER_PHRASES)

    @cached_property
    def past_tense(self) -> bool:
        return any(
            w[:1].islower() and ((len(w) > 4 and w.endswith("ed")) or w in _IRREGULAR_PAST)
            for w in self.words
        )

    @cached_property
    def caps(self) -> bool:
        letters = [c for c in self.content if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters)


@dataclass(slots=True)
class _Block:
    """A candidate header block: lines [first, last) and the roles found in it."""

    first: int
    last: int
    score: float
    roles: dict[str, str]


_DATE_WINDOW = 160


def _features(raw: str, start: int) -> _Line:
    line = _Line(start=start, end=start + len(raw), raw=raw)
    text = raw.strip()
    if not text:
        line.blank = True
        return line
    if _SEPARATOR.match(text) and not _HEADING.match(text + " x"):
        line.separator = True
        return line
    if m := _HEADING.match(text):
        line.heading, text = len(m[1]), m[2]
    if m := _EMPHASIS.match(text):
        line.emphasis, text = True, m[2]
    line.bullet = bool(_BULLET.match(raw))
    text = text.strip().lstrip("/|>").strip()
    if m := _FIELD.match(text):
        line.field_role, text = _FIELD_ROLE[m["key"].lower()], m["value"].strip()
    line.content = text
    line.terminal = _is_terminal(text)
    # A header's date sits near the start of its line (a dateline opens a paragraph): looking no
    # further keeps the loader linear in characters with a small constant on long paragraphs.
    if date := find_date(text[:_DATE_WINDOW]):
        line.date = date
        rest = text[: date[1]] + text[date[2] :]
        line.date_only = len(_WORD.findall(rest)) <= 4 and not _TERMINAL.search(rest.strip())
    return line


def _is_terminal(text: str) -> bool:
    """Whether ``text`` ends in terminal punctuation that is not an abbreviation's full stop."""
    # Neither holds a space: searching only after the last one keeps long paragraphs cheap.
    last_word = text.rfind(" ") + 1
    return bool(_TERMINAL.search(text, last_word)) and not _ABBREVIATION_END.search(text, last_word)


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_features(raw, pos))
        pos += len(raw) + 1
    return lines


def _is_issuer_line(line: _Line) -> bool:
    if line.field_role == "issuer":
        return True
    if line.blank or line.separator or line.bullet or line.field_role or line.date_only:
        return False
    # Terminal first: a body paragraph mostly ends a sentence, and its words then need no splitting out.
    if line.terminal or not 1 <= line.n_words <= 12 or line.past_tense:
        return False
    return line.issuer_words > 0 or (line.caps and line.n_words <= 8)


def _is_office_line(line: _Line) -> bool:
    return (
        _is_issuer_line(line)
        and line.field_role is None
        and line.n_words <= 6
        and line.words[0].lower() in _OFFICE_HEADS
    )


def _is_label(line: _Line) -> bool:
    """A generic label rather than a named issuer: "FOR IMMEDIATE RELEASE", "Office of the Spokesperson"."""
    return all(w.lower().strip(".'’") in _LABEL_WORDS | _CONNECTORS for w in line.words)


def _is_place_line(line: _Line) -> bool:
    """A place name: "Washington DC", "Havana, Republic of Cuba"; never a marked-up line (a title)."""
    if line.field_role or line.terminal or line.date or line.issuer_words or line.emphasis or line.heading:
        return False
    longest = 6 if "," in line.content else 3  # "Latveria Hosts Water Talks" is a title
    return 1 <= line.n_words <= longest and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in line.words)


def _is_title_line(line: _Line, have_date: bool) -> bool:
    if line.field_role or line.bullet or line.n_words == 0 or line.n_words > 30:
        return False
    if not line.terminal or line.emphasis or line.heading:
        return True
    # A title may end in a full stop when it follows the date, reads as a headline (no past tense,
    # which is how readouts' bodies report) and is a single sentence.
    return have_date and not line.past_tense and line.n_words <= 25 and len(split_sentences(line.content)) == 1


def _role_in_block(line: _Line, roles: dict[str, str]) -> str | None:
    """Which header role ``line`` plays in a block that has ``roles`` so far, or None (body starts)."""
    if line.field_role:
        return line.field_role if line.field_role not in roles or line.field_role == "issuer" else None
    if line.date_only and "date" not in roles:
        return "date"
    if _is_office_line(line) and "issuer" in roles:
        return "office"
    # A place is written above the date ("Havana, Republic of Cuba" / "7 February 2024"); a short
    # Title Case line below the date is the title ("Latveria Hosts Water Talks").
    if _is_place_line(line) and not roles.keys() & {"place", "title", "date"}:
        return "place"
    if "title" not in roles and _is_title_line(line, "date" in roles):
        return "title"
    return None


def _try_block(lines: list[_Line], i: int, floor: int, heading_floor: int) -> _Block | None:
    """The header block anchored at line ``i`` (an issuer line), or None; ``floor`` is the first free line."""
    anchor = lines[i]
    if not _is_issuer_line(anchor) or (anchor.heading and anchor.heading < heading_floor):
        return None
    roles = {"issuer": str(i)}
    score = 4.0 if anchor.field_role else 3.0
    if anchor.heading or anchor.caps or anchor.emphasis:
        score += 0.5
    if anchor.date:
        roles["date"] = str(i)
    # Grow backwards over a date or place line written above the issuer.
    first = i
    while first - 1 >= floor and not lines[first - 1].blank:
        prev = lines[first - 1]
        role = "date" if prev.date_only else "place" if _is_place_line(prev) else None
        if role is None or role in roles:
            break
        roles[role] = str(first - 1)
        first -= 1
    before = lines[first - 1] if first > floor else None
    if before is None or before.blank or before.separator or first == 0:
        score += 1.0
    # Grow forwards over header lines; blank lines may sit between them.
    last, j = i + 1, i + 1
    while j < len(lines):
        line = lines[j]
        if line.blank:
            j += 1
            continue
        if line.separator or (line.heading and line.heading <= max(anchor.heading, heading_floor)):
            break
        role = _role_in_block(line, roles)
        if role is None:
            break
        if role == "office" and _is_label(lines[int(roles["issuer"])]) and not _is_label(line):
            roles["issuer"] = str(j)  # "PRESS OFFICE" above "Ministry of Foreign Affairs": the ministry issues
        elif role != "office":
            roles.setdefault(role, str(j))
        last = j = j + 1
    score += 2.0 * ("date" in roles) + 1.0 * ("title" in roles) + 0.5 * ("place" in roles)
    # An issuer-like line alone (a subheading such as "The President's remarks") is not a header block.
    if score < _MIN_BLOCK_SCORE or not (anchor.field_role or "date" in roles or "title" in roles):
        return None
    return _Block(first, last, score, roles)


def _heading_floor(lines: list[_Line]) -> int:
    """The markdown heading level statements use: the highest level used more than once.

    A single heading above them (``# Call between ...``) is then the file's headline, not a statement.
    """
    levels = Counter(line.heading for line in lines if line.heading and _is_issuer_line(line))
    repeated = [level for level, n in levels.items() if n >= 2]
    return min(repeated) if repeated else 0


def _outscored(lines: list[_Line], block: _Block, i: int, floor: int, heading_floor: int) -> bool:
    """A later line of ``block`` anchors a stronger block: the anchor was a headline that merely names
    an issuer ("Talks between the two foreign ministers") above a full header, which it took as its title."""
    for k in range(i + 1, block.last):
        alternative = _try_block(lines, k, floor, heading_floor)
        if alternative is None or alternative.score < block.score:
            continue
        # On a tie, a header set apart by a blank line below a plain line is the real one; a marked-up
        # anchor (heading, bold, capitals, field) is a deliberate header, and a generic label above a
        # header ("PRESS OFFICE") joins it instead (see _try_block).
        anchor = lines[i]
        plain = not (anchor.heading or anchor.emphasis or anchor.caps or anchor.field_role or _is_label(anchor))
        apart = any(lines[m].blank for m in range(i + 1, k))
        if alternative.score > block.score or (apart and plain):
            return True
    return False


def _find_blocks(lines: list[_Line]) -> list[_Block]:
    blocks: list[_Block] = []
    heading_floor = _heading_floor(lines)
    i = floor = 0
    while i < len(lines):
        block = _try_block(lines, i, floor, heading_floor)
        if block is None or _outscored(lines, block, i, floor, heading_floor):
            i += 1
            continue
        blocks.append(block)
        i = floor = block.last
    return blocks


def _value(lines: list[_Line], roles: dict[str, str], role: str) -> str | None:
    if role not in roles:
        return None
    line = lines[int(roles[role])]
    text = line.content
    if line.date and role in ("issuer", "place"):
        text = text[: line.date[1]] + text[line.date[2] :]
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—/|")
    return text or None


def _header(lines: list[_Line], block: _Block) -> Header:
    roles = block.roles
    date_line = lines[int(roles["date"])] if "date" in roles else None
    place = _value(lines, roles, "place")
    if place is None and date_line is not None and date_line.field_role is None and roles["date"] != roles["issuer"]:
        rest = date_line.content[: date_line.date[1]] + date_line.content[date_line.date[2] :]
        place = re.sub(r"\s+", " ", rest).strip(" ,;:-–—/|") or None
    return Header(
        issuer=_value(lines, roles, "issuer") or "",
        place=place,
        date=date_line.date[0] if date_line and date_line.date else None,
        title=_value(lines, roles, "title"),
    )


def _body_sentences(text: str, start: int, end: int) -> tuple[Sentence, ...]:
    """The sentences of a statement's body: markup-only segments and a trailing source tag are not text."""
    sentences = [s for s in split_sentences(text, start, end) if any(c.isalnum() for c in s.text)]
    while sentences and _TRAILER.match(sentences[-1].text.strip()):
        sentences.pop()
    return tuple(sentences)


def _headline(text: str) -> str | None:
    lines = [_features(raw, 0).content or "" for raw in text.split("\n")]
    headline = re.sub(r"\s+", " ", " ".join(lines)).strip()
    return headline or None


def _with_bodies(
    text: str, lines: list[_Line], blocks: list[_Block]
) -> list[tuple[_Block, int, int, tuple[Sentence, ...]]]:
    """Each block with its body (start, end, sentences), a block without a body merged into the next.

    A header block directly followed by another ("FOR IMMEDIATE RELEASE" above a ministry's header, a
    banner above an issuer line) is one header: the later block's fields win. A body-less block at the
    end of the file is dropped: it holds no sentence.
    """
    out: list[tuple[_Block, int, int, tuple[Sentence, ...]]] = []
    pending: _Block | None = None
    for n, block in enumerate(blocks):
        if pending is not None:
            block = _Block(pending.first, block.last, block.score, {**pending.roles, **block.roles})
        body_start = lines[block.last - 1].end
        body_end = lines[blocks[n + 1].first].start if n + 1 < len(blocks) else len(text)
        sentences = _body_sentences(text, body_start, body_end)
        title = int(block.roles.get("title", -1))
        if not sentences and title == block.last - 1 and lines[title].terminal:
            # A header must leave a body: a last "title" ending in a full stop was the body's sentence.
            roles = {k: v for k, v in block.roles.items() if k != "title"}
            block = _Block(block.first, title, block.score, roles)
            body_start = lines[block.last - 1].end
            sentences = _body_sentences(text, body_start, body_end)
        if sentences:
            out.append((block, body_start, body_end, sentences))
            pending = None
        else:
            pending = block
    return out


def find_statements(text: str, source: str) -> Document:
    """Split a seed file's text into its headline and its statements.

    Raises LoadError when fewer than two statements can be found.
    """
    lines = _split_lines(text)
    bodies = _with_bodies(text, lines, _find_blocks(lines))
    blocks = [block for block, *_ in bodies]
    if len(blocks) < 2:
        found = (
            "no statement header"
            if not blocks
            else f"one statement (issuer {_header(lines, blocks[0]).issuer!r})"
        )
        raise LoadError(
            f"found {found}; a seed needs two or more statements, each starting with a header block "
            "(an issuer line such as 'Ministry of Foreign Affairs', then its date and title lines, "
            "or 'Issuer:'/'Date:'/'Title:' fields, statements separated by '---')"
        )
    statements = []
    for n, (block, _, body_end, sentences) in enumerate(bodies):
        start = lines[block.first].start
        end = body_end
        while end > start and text[end - 1].isspace():
            end -= 1
        statements.append(Statement(f"s{n + 1}", _header(lines, block), start, end, sentences))
    return Document(
        source=source,
        text=text,
        title=_headline(text[: lines[blocks[0].first].start]),
        statements=tuple(statements),
    )
