"""Split a readout into sentences with exact character spans, using rules tuned to diplomatic prose."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from ..model import Sentence

# How far the rules look around a candidate boundary. Bounding every look keeps the whole pass
# linear in the input size, whatever the input (a 5 MB line without spaces included).
_LOOK = 80
# Hard-wrapped text has lines no longer than this; longer lines are whole paragraphs.
_WRAP_WIDTH = 150
_TITLE_MAX_WORDS = 16

_OPENERS = "\"'“‘«([{「『【〈《（"
_CLOSERS = "\"'”’»)]}」』】〉》）"
_CJK_STOPS = "。！？｡"
# Zero-width characters carry no text; the rules look through them ("end.\u200b Next", BOM + title).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_MARKUP = "*_#`~"  # Markdown emphasis and heading marks around titles: "**Readout**", "_May 2_"

# Terminal punctuation plus the quotes/brackets that close over it ("...them.”", "...year.)").
_TERMINAL = re.compile(r"[.!?…。！？｡]+[" + re.escape(_CLOSERS + _INVISIBLE) + r"]*")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Form feed and the paragraph separator mean "new paragraph" just like a blank line does.
_PARAGRAPH_BREAKS = frozenset("\f\u2029")
#: What opens a list item: a bullet, or a number, letter or roman numeral with its mark, then a space
#: (also what the PDF reader takes for a list item when it joins a page's lines).
LIST_MARK = re.compile(r"(?:[-*•·▪◦‣–]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\(?[ivx]{1,4}\))(?=\s)")
# The numbered forms of LIST_MARK ("12.", "12)", "(12)"), which a hard wrap can also put at a line's
# start ("met on January\n12. Talks ..."): group 1 or 2 is the number.
_NUMBER_LABEL = re.compile(r"(?:(\d{1,2})[.)]|\((\d{1,2})\))(?=\s)")
# A Markdown heading or a line set wholly in bold or italics: "## Readout", "**Joint statement**".
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s.*|(\*\*|__|\*|_)\S.*\S\1")
# "U.S.", "D.C.", "a.m.", "Ph.D.", "N.W.": letters (one or two) each followed by a period.
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
# A horizontal rule or end mark on a line of its own: "---", "***", "* * *", "===", "###".
_RULE = re.compile(r"\s*(?:[-*_=~#+•]\s*){3,}")
# Dotted acronyms of places and bodies, which often end a sentence ("...in the U.S. They...");
# any other run of dotted capitals is a person's initials ("J.R. Ewing") and goes on.
_PLACE_ACRONYMS = frozenset("u.s u.s.a u.k u.n e.u d.c p.r.c d.p.r.k u.a.e r.o.k n.w s.w n.e s.e a.m p.m".split())
_JOINERS = re.compile(r"[-–—/]")  # "China-U.S." is judged by its last part, "U.S."
# A bracketed source tag closing a paragraph: "(Cubaminrex)", "(ACN)", "(Xinhua)".
_SOURCE_TAG = re.compile(r"\(\s*[^\W\d_][\w.&'/ -]{0,38}\)")

# Abbreviations that introduce what follows (a name, a number, a date): never a sentence end.
_PREFIX_ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx messrs mme mlle dr prof h.e hon rt rev fr pres sec supt insp
    gen lt col maj capt cmdr cdr adm brig sgt cpl pvt sen rep gov amb
    st ft mt ave blvd no nos art arts para paras ch chap vol vols fig figs p pp v vs cf viz approx ca
    dept e.g i.e
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# The same, as written (case matters: "RES", "RS" and "NR" are acronyms that may end a sentence):
# rupees, a resolution, a number, a reference, a list ("Rs. 4,000 crore", "Res. 2231", "incl. Annex II"),
# the engineer's title Gulf readouts write before a name ("Eng. Majed Al-Hamdan").
_CASED_PREFIX_ABBREVIATIONS = frozenset("Rs Res Nr Ref ref incl excl Eng".split())
# Abbreviations that often end a sentence too ("...from the U.S. They will..."): these end one
# only when the next word looks like the start of a new sentence rather than a continuation.
_FINAL_ABBREVIATIONS = frozenset(
    """
    inc ltd co corp plc jr sr etc bros al ph.d
    ala ariz ark calif colo conn fla ga ill ind kan ky md mass mich minn mo neb nev okla ore pa
    tenn tex va wash wis wyo
    """.split()
)
# Capitalised function words that start sentences but never continue a name after "U.S.".
_SENTENCE_STARTERS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your there here
    both each all some many most several such no neither either another other one
    in on at for with by from during after before since as while when if although though
    however but and or so yet nor meanwhile also moreover furthermore additionally separately
    earlier later today yesterday tomorrow then thus therefore accordingly further finally
    first second third what who how why where which
    """.split()
)
# Heads of institutional names and titles: "U.S. Embassy", "U.N. Security Council",
# "U.S. Secretary of State". An abbreviation followed by such a name modifies it.
_NAME_HEADS = frozenset(
    """
    embassy embassies consulate mission missions department departments ministry government
    administration secretary secretary-general undersecretary ambassador ambassadors envoy
    representative representatives delegation delegations president vice senator senators senate
    congress congressman congresswoman house army navy air force forces marine marines guard
    command council assembly charter commission commissioner committee agency agencies office bureau
    service services court treasury attorney chamber reserve capitol military troops side team
    officials official authorities permanent special national trade customs border immigration
    citizenship coast security intelligence peacekeeping program programme fund bank institute
    center centre dollar dollars citizens nationals
    """.split()
)
# Words that may stay lower case inside a title ("Readout of the Call with ...").
_TITLE_SMALL_WORDS = frozenset(
    """
    a an the and or but nor of in on at to for with by from as via vs into over between about
    after before during per amid among against under upon without de del la le y van von da
    """.split()
)
_TIME_ZONE = re.compile(r"[A-Z]{2,4}")


class _Line(NamedTuple):
    """One line of the region: its content span without surrounding whitespace (empty if blank)."""

    start: int
    end: int
    ends_paragraph: bool  # the line break after it is a form feed or paragraph separator

    @property
    def blank(self) -> bool:
        return self.start == self.end


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into stripped sentences whose spans index ``text``."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    lines = _lines(text, start, end)
    items = _item_starts(text, lines)
    cuts = _punctuation_boundaries(text, start, end, items)
    cuts |= _layout_boundaries(text, lines, cuts, items)
    return list(_cut(text, start, end, sorted(cuts)))


def _cut(text: str, start: int, end: int, cuts: list[int]) -> Iterator[Sentence]:
    """Cut the region at ``cuts`` and yield each non-blank piece, stripped of whitespace."""
    for left, right in zip([start, *cuts], [*cuts, end]):
        piece = text[left:right]
        if sentence := piece.strip():
            left += len(piece) - len(piece.lstrip())
            yield Sentence(sentence, left, left + len(sentence))


# --- boundaries after terminal punctuation -------------------------------------------------------


def _punctuation_boundaries(text: str, start: int, end: int, items: frozenset[int]) -> set[int]:
    """Offsets where a sentence starts after terminal punctuation ending the previous one.

    ``items`` holds the starts of lines that open a list item, whose number's period ends nothing.
    """
    cuts = set()
    for match in _TERMINAL.finditer(text, start, end):
        punct_end = match.end()
        next_pos = _skip_space(text, punct_end, end)
        if next_pos == end:
            continue
        if any(ch in _CJK_STOPS for ch in match.group()):
            cuts.add(next_pos)  # CJK full stops end a sentence with or without a following space
        elif next_pos > punct_end and not _is_item_number(text, start, match.start(), items):
            if _opens_inline_item(text, start, match, end):
                continue
            if _ends_sentence(text, match.start(), punct_end, next_pos, end):
                cuts.add(next_pos)
        elif next_pos == punct_end and _runs_on(text, match, end):
            cuts.add(punct_end)
    return cuts


#: A paragraph number inside a paragraph is at most this: readouts number a few paragraphs, and "How
#: many attended? 40. The rest ..." is an answer, not a paragraph.
_MAX_INLINE_ITEM = 20
_ASCII_DIGITS = frozenset("0123456789")


def _opens_inline_item(text: str, start: int, match: re.Match[str], end: int) -> bool:
    """Whether the full stop closes a paragraph number that opens a sentence inside a paragraph, as a
    numbered readout pasted as one paragraph writes it: "... with the King. 2. The Minister ...". The
    number (1 to _MAX_INLINE_ITEM) must stand after what the usual rules take for a sentence's end: not
    after "Jan." ("to Jan. 15. Admission"), "U.S." or "a.m.", and not inside a sentence ("January 12.")."""
    if match.group() != ".":
        return False
    number = match.start()
    # Two digits at most ("²" is no digit here, though isdigit() takes it): a longer number is no item.
    while number > max(start, match.start() - 3) and text[number - 1] in _ASCII_DIGITS:
        number -= 1
    digits = text[number : match.start()]
    if not digits or len(digits) > 2 or int(digits) > _MAX_INLINE_ITEM:
        return False
    before = number
    while before > start and text[before - 1] in " \t":
        before -= 1
    if before == number:
        return False  # "A2." or "(2.": not a number standing alone
    punct = before
    while punct > start and text[punct - 1] in _CLOSERS + _INVISIBLE:
        punct -= 1
    stops = punct
    while stops > start and text[stops - 1] in ".!?…":
        stops -= 1
    return stops < punct and _ends_sentence(text, stops, before, number, end)


def _runs_on(text: str, match: re.Match[str], end: int) -> bool:
    """Whether a full stop with no space after it ends a sentence run together with the next one, as a
    paste from a web page or a PDF leaves them: "remains in force.The parties ...". Only between a
    word of lower-case letters (not an abbreviation) and a capitalised word, and never inside an
    address: a token holding "://", "www.", "/" or "@", or another dot after this one ("example.Gov.sy")."""
    punct_end = match.end()
    if match.group() != "." or punct_end + 1 >= end:
        return False
    if not (text[punct_end].isupper() and text[punct_end + 1].islower()):
        return False
    word = _word_before(text, match.start())
    if not (len(word) >= 2 and word.isalpha() and word.islower()):
        return False
    if word in _PREFIX_ABBREVIATIONS or word in _FINAL_ABBREVIATIONS or word in _CASED_PREFIX_ABBREVIATIONS:
        return False
    # The token around the full stop, read no further than _LOOK either way: a longer run without a
    # space is no pair of words (and reading it whole at every stop in it would take quadratic time).
    token_start = punct_end
    while token_start > max(0, punct_end - _LOOK) and not text[token_start - 1].isspace():
        token_start -= 1
    token_end = punct_end
    while token_end < min(end, punct_end + _LOOK) and not text[token_end].isspace():
        token_end += 1
    token = text[token_start:token_end]
    if len(token) >= 2 * _LOOK - 1:
        return False
    if any(mark in token for mark in ("://", "www.", "/", "@")):
        return False
    return "." not in text[punct_end:token_end].rstrip(".!?…" + _CLOSERS)


def _ends_sentence(text: str, punct_start: int, punct_end: int, next_pos: int, end: int) -> bool:
    """Whether the punctuation at ``punct_start`` ends a sentence, judged by the words around it."""
    punct = text[punct_start:punct_end].rstrip(_CLOSERS + _INVISIBLE)
    following = _next_words(text, next_pos, end)
    if not following or not _starts_like_sentence(following[0]):
        return False  # "U.S. citizens", "on... and", "“Who pays?” the minister asked"
    if punct != "." or punct_start == 0 or text[punct_start - 1].isspace():
        return True  # "!", "?", ellipses and a lone " ." end a sentence before a capital
    word = _word_before(text, punct_start)
    if word.lower() in _PREFIX_ABBREVIATIONS or word in _CASED_PREFIX_ABBREVIATIONS:
        return False  # "Mr. Wang", "Feb. 7", "No. 3", "St. Petersburg", "Rs. 4,000"
    is_initial = _INITIAL.fullmatch(word + ".") is not None or (
        _DOTTED.fullmatch(word + ".") is not None and word.isupper() and word.lower() not in _PLACE_ACRONYMS
    )
    is_final_abbreviation = word.lower() in _FINAL_ABBREVIATIONS or bool(_DOTTED.fullmatch(word + "."))
    if not (is_initial or is_final_abbreviation):
        return True
    first = following[0].lstrip(_OPENERS)
    if first[:1].isdigit():
        return False  # "D.C. 20520", "Jan. 2023"
    if _bare(first).lower() in _SENTENCE_STARTERS:
        return True  # "...in the U.S. They will..."
    if is_initial:
        return False  # "Antony J. Blinken", "John F. Kennedy"
    if word.lower() in {"a.m", "p.m"} and _names_time_zone(following):
        return False  # "8:30 p.m. EST", "10 a.m. Beijing time"
    return not _names_institution(following)  # "U.S. Embassy" continues; "U.N. Russia ..." does not


def _is_item_number(text: str, start: int, punct_start: int, items: frozenset[int]) -> bool:
    """Whether the period at ``punct_start`` closes the number of a list item ("1. Resume ...")."""
    pos = punct_start
    while pos > max(start, punct_start - 2) and text[pos - 1].isdigit():
        pos -= 1
    return pos < punct_start and pos in items


def _starts_like_sentence(word: str) -> bool:
    """Whether a word may open a sentence: capitalised, a number, or a letter of a caseless script."""
    core = word.lstrip(_OPENERS + _INVISIBLE)
    if not core:
        return bool(word)  # a bare opening bracket or quote, e.g. "(" before a line break
    first = core[0]
    if first.isdigit() or first.isupper() or first.istitle():
        return True
    if first in "$€£¥" and core[1:2].isdigit():
        return True
    return first.isalpha() and not first.islower()  # CJK, Arabic, ... have no case to go by


def _names_time_zone(following: list[str]) -> bool:
    first = _bare(following[0])
    if _TIME_ZONE.fullmatch(first):
        return True
    return len(following) > 1 and _bare(following[1]).lower() == "time"


def _names_institution(following: list[str]) -> bool:
    """Whether the capitalised words that follow form a name headed by an institution or title."""
    for word in following[:5]:
        core = _bare(word)
        if not core or not core[0].isupper():
            return False
        if any(part.lower() in _NAME_HEADS for part in core.split("-")):
            return True
        if core != word.strip(_OPENERS):  # punctuation after the word closes the name
            return False
    return False


def _word_before(text: str, pos: int) -> str:
    """The token ending just before ``pos``, without quotes and without a hyphenated prefix."""
    window = text[max(0, pos - _LOOK) : pos]
    if not window or window[-1].isspace():
        return ""
    word = window.rsplit(maxsplit=1)[-1].strip(_OPENERS + _CLOSERS)
    return _JOINERS.split(word)[-1]


def _next_words(text: str, pos: int, end: int) -> list[str]:
    return text[pos : min(end, pos + _LOOK)].split()[:6]


def _bare(word: str) -> str:
    """A word without the brackets, quotes, punctuation and Markdown emphasis around it."""
    return word.strip(_OPENERS + _CLOSERS + _INVISIBLE + _MARKUP + ".,;:!?…")


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


# --- boundaries from the layout: paragraphs, headings, lists, source tags ------------------------


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """The region's lines (CRLF, CR, LF and Unicode line ends all count) as stripped spans."""
    lines = []
    line_start = start
    for brk in _LINE_BREAK.finditer(text, start, end):
        lines.append(_stripped_line(text, line_start, brk.start(), brk.group() in _PARAGRAPH_BREAKS))
        line_start = brk.end()
    lines.append(_stripped_line(text, line_start, end, True))
    return lines


def _stripped_line(text: str, start: int, end: int, ends_paragraph: bool) -> _Line:
    start = _skip_space(text, start, end)
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Line(start, end, ends_paragraph)


def _paragraphs(lines: list[_Line]) -> Iterator[list[_Line]]:
    """Runs of non-blank lines, split at blank lines and paragraph separators."""
    paragraph: list[_Line] = []
    for line in lines:
        if not line.blank:
            paragraph.append(line)
        if (line.blank or line.ends_paragraph) and paragraph:
            yield paragraph
            paragraph = []
    if paragraph:
        yield paragraph


def _item_starts(text: str, lines: list[_Line]) -> frozenset[int]:
    """The starts of the lines that open a list item: every bulleted or lettered line, and the numbered
    lines whose number does not just continue the line above.

    A hard wrap can put a number and a full stop at a line's start ("met on January\n12. Talks
    resumed"), so a numbered line opens an item only where a list can be: at a paragraph's start,
    after a line that ends a segment (``_closes_segment``), in a paragraph whose breaks are the
    author's, or next to the item numbered one less above it or one more below it (a list whose
    items carry no final stop: "1. Resume flights\n2. Open a consulate").
    """
    items = set()
    for paragraph in _paragraphs(lines):
        numbers = [_line_number(text, line) for line in paragraph]
        below = Counter(number for number in numbers if number is not None)
        above: set[int] = set()
        unwrapped = _unwrapped(paragraph)
        for index, (line, number) in enumerate(zip(paragraph, numbers)):
            if number is None:
                if LIST_MARK.match(text, line.start, line.end):
                    items.add(line.start)
                continue
            below[number] -= 1
            if (
                index == 0
                or unwrapped
                or number - 1 in above
                or below[number + 1] > 0
                or _closes_segment(text, paragraph[index - 1])
            ):
                items.add(line.start)
            above.add(number)
    return frozenset(items)


def _line_number(text: str, line: _Line) -> int | None:
    """The number labelling a line ("12." / "12)" / "(12)" at its start), if any."""
    label = _NUMBER_LABEL.match(text, line.start, line.end)
    if label is None:
        return None
    return int(label.group(1) or label.group(2))


def _closes_segment(text: str, line: _Line) -> bool:
    """Whether a line ends a segment, so that a list item may follow it.

    It does on terminal punctuation (save after an abbreviation that introduces a number: "No.",
    "Art.", "Jan."), on a colon or semicolon, or as a rule or Markdown heading; a line ending on a
    word ("on January", "Resolution") runs on.
    """
    tail = text[max(line.start, line.end - _LOOK) : line.end].rstrip(_CLOSERS + _INVISIBLE)
    if tail.endswith(".") and (
        (word := _word_before(tail, len(tail) - 1)).lower() in _PREFIX_ABBREVIATIONS
        or word in _CASED_PREFIX_ABBREVIATIONS
    ):
        return False
    if tail.endswith((":", ";", *".!?…。！？｡")):
        return True
    whole = text[line.start : line.end]
    return _RULE.fullmatch(whole) is not None or _MARKDOWN_HEADING.fullmatch(whole) is not None


def _unwrapped(paragraph: list[_Line]) -> bool:
    """Whether a paragraph's line breaks are the author's: a line far longer than any wrap width."""
    return any(line.end - line.start > _WRAP_WIDTH for line in paragraph)


def _layout_boundaries(
    text: str, lines: list[_Line], sentence_starts: set[int], items: frozenset[int]
) -> set[int]:
    """Offsets where the layout starts a segment: a paragraph, heading, colon, list item, source tag."""
    starts = sorted(sentence_starts)
    cuts = set()
    for paragraph in _paragraphs(lines):
        cuts.add(paragraph[0].start)
        cuts |= _source_tag_boundary(text, paragraph[-1])
        unwrapped = _unwrapped(paragraph)
        fragment_start: int | None = paragraph[0].start  # where the last segment began, if on this line
        for previous, line in zip(paragraph, paragraph[1:]):
            last_start = _last_start_within(starts, previous)
            if last_start is not None:
                fragment_start = last_start
            if line.start in sentence_starts or _breaks_between(
                text, previous, line, fragment_start, unwrapped, items
            ):
                cuts.add(line.start)
                fragment_start = line.start
            else:
                fragment_start = None
    return cuts


def _last_start_within(starts: list[int], line: _Line) -> int | None:
    index = bisect.bisect_right(starts, line.end) - 1
    return starts[index] if index >= 0 and starts[index] > line.start else None


def _breaks_between(
    text: str,
    previous: _Line,
    line: _Line,
    fragment_start: int | None,
    unwrapped: bool,
    items: frozenset[int],
) -> bool:
    """Whether a single line break ends a segment (otherwise it is a hard wrap inside a sentence).

    ``fragment_start`` is where the segment running into the break began, if on ``previous``;
    ``items`` holds the starts of lines that open a list item.
    """
    before = text[previous.start : previous.end]
    after = text[line.start : min(line.end, line.start + _LOOK)]
    if before.endswith(":") or line.start in items or _RULE.fullmatch(before) or _RULE.fullmatch(after):
        return True  # a rule ("---", "* * *", "###") stands apart from the text around it
    if LIST_MARK.match(after):
        return False  # a number the line above runs on to: "met on January\n12. Talks resumed"
    if not _opens_line(after):
        return False  # a lower-case line continues the sentence above it
    if unwrapped:
        return True
    if previous.start in items:
        # A list item ends at a line that is not indented like a continuation of the item.
        indented = text[line.start - 1] not in "\r\n\v\x1c\x1d\x1e\x85\u2028"
        return not indented and not _dangles(before)
    if fragment_start is None:
        return False  # the line continues a sentence begun above it, so it is no heading
    fragment = text[fragment_start : previous.end]
    return (
        _looks_like_title(fragment)
        or _MARKDOWN_HEADING.fullmatch(before) is not None
        or (fragment_start == previous.start and _short_heading(fragment, line))
    )


def _short_heading(fragment: str, line: _Line) -> bool:
    """A heading in sentence case ("Economic cooperation") on a line of its own: a few words, no
    dangling ending and no past-tense verb, above a line at least twice as long (a hard wrap breaks lines
    of like length)."""
    words = fragment.split()
    return (
        0 < len(words) <= _SHORT_HEADING_WORDS
        and _closed_quotes(fragment)  # not the start of a quotation ("We stand together)
        and not _dangles(fragment)
        and not any(len(w) > 4 and w.lower().endswith("ed") for w in words)  # "The Minister thanked"
        and fragment[-1:].isalnum()
        and line.end - line.start >= 2 * len(fragment)
    )


def _closed_quotes(fragment: str) -> bool:
    """Whether every quotation a fragment opens closes in it ("'Global Gateway' projects")."""
    opened = sum(fragment.count(q) for q in "“‘«") + fragment.count('"') % 2
    closed = sum(fragment.count(q) for q in "”’»")
    return closed >= opened


#: A sentence-case heading has at most this many words.
_SHORT_HEADING_WORDS = 4


def _opens_line(line: str) -> bool:
    """Whether a line may start a segment: its first letter or digit is not lower case."""
    for char in line[:_LOOK]:
        if char.isalnum():
            return not char.islower()
    return True


def _looks_like_title(line: str) -> bool:
    """A heading, dateline or title: short, every content word capitalised, no dangling ending."""
    line = line.rstrip(_MARKUP)
    words = line.split(maxsplit=_TITLE_MAX_WORDS)
    if not words or len(words) > _TITLE_MAX_WORDS or _dangles(line):
        return False
    if not (line[-1].isalnum() or line[-1] in _CLOSERS):
        return False
    capitalised = False
    for word in words:
        core = _bare(word)
        if not core or core[0].isdigit() or core.lower() in _TITLE_SMALL_WORDS:
            continue
        if not (core[0].isupper() or core[0].istitle()):
            return False
        capitalised = True
    return capitalised


def _dangles(line: str) -> bool:
    """Whether a line stops mid-phrase: on a comma, a dash or a function word ("... of the")."""
    words = line.rsplit(maxsplit=1)
    return not words or line[-1] in ",;-–—(/&" or words[-1].lower() in _TITLE_SMALL_WORDS


def _source_tag_boundary(text: str, last_line: _Line) -> set[int]:
    """The start of a bracketed source tag ending a paragraph, when it follows a finished sentence."""
    tail_start = max(last_line.start, last_line.end - _LOOK)
    open_pos = text.rfind("(", tail_start, last_line.end)
    if open_pos <= last_line.start or not _SOURCE_TAG.fullmatch(text, open_pos, last_line.end):
        return set()
    before = text[tail_start:open_pos].rstrip().rstrip(_CLOSERS)
    return {open_pos} if before.endswith(tuple(".!?…。！？")) else set()
