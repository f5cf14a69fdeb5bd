"""Read the inputs of a comparison: a seed file of any kind, or one file per side (``--pair``).

A file named ``*.txt`` or ``*.md`` is read as a text seed always was (its bytes decoded; a PDF or a zip
saved under that name is refused as not a text file), so a folder of seeds reads as it did. Any other
file, and standard input, goes through the extraction layer (``extract.read_document``), which tells
a web page, a PDF or a Word file by its content and reads anything else as text.

With ``--pair`` each file holds one statement, its header read as in a seed (``find_statement``); a
file whose text names no issuer takes it from the page's or document's metadata (its publisher, or an
author that reads as an issuer), else from its file name, and says which (``Header.issuer_from``);
a title or date its text does not give comes from the metadata too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from ..errors import LoadError, ReadoutDiffError
from ..model import Document, Failure, Input, Pair, Statement
from .extract import DocumentText, Metadata, SourceKind, read_document
from .headerline import ISSUER_SCORE, issuer_score
from .reading import SEED_SUFFIXES, clean_text, read_source
from .statements import find_statement, find_statements

#: The file endings a folder given with ``--pair`` is searched for: text, web pages, PDF and Word files.
#: (A folder of seeds is searched for ``SEED_SUFFIXES`` only: a report written next to the seeds, such as
#: ``-f html -o seeds/report.html``, is no seed.)
PAIR_SUFFIXES = (*SEED_SUFFIXES, ".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml", ".pdf", ".docx")
# What a file name's words are separated by: "white-house_readout.html" names "white house readout".
_NAME_SEPARATORS = re.compile(r"[\s_.-]+")


def read_input(path: str) -> DocumentText:
    """The text of ``path`` (``-``: standard input) and what it was read as (see the module docstring);
    InputError, one line, for a file that cannot be read."""
    if path != "-" and os.path.splitext(path)[1].lower() in SEED_SUFFIXES:
        source = read_source(path)
        return DocumentText(source.text, SourceKind.TEXT, source.encoding)
    return read_document(path)


def as_input(path: str, document: DocumentText) -> Input:
    """The record of one input a document was read from."""
    return Input(path, document.kind.value, document.text, document.encoding)


def issuer_from_file_name(path: str) -> str:
    """The words of a file's name without its ending: "white-house_readout.html" gives "white house
    readout"; standard input gives "standard input"."""
    if path == "-":
        return "standard input"
    return (
        _NAME_SEPARATORS.sub(" ", os.path.splitext(os.path.basename(path.rstrip("/\\")))[0]).strip() or path
    )


def issuer_from_metadata(metadata: Metadata) -> str | None:
    """The issuer a page or document states in its metadata: its publisher (a site's name, a Word file's
    company), else its author when that reads as an issuer (a press office, not a person's name or a
    login); None when it states neither."""
    if metadata.publisher:
        return metadata.publisher
    author = metadata.author
    return author if author and issuer_score(author) >= ISSUER_SCORE else None


class Side(NamedTuple):
    """One file of a ``--pair``: its statement (issuer filled in, see ``read_side``) and its input."""

    statement: Statement
    input: Input


def read_side(path: str) -> Side:
    """The one statement of ``path`` and the input it came from. The header's fields are the text's; an
    issuer it does not name comes from the metadata, else the file name; a title or date it does not
    give, from the metadata. LoadError when the text holds two or more statements, or none."""
    document = read_input(path)
    if not document.text.strip():
        raise LoadError("the file is empty")
    statement = find_statement(document.text)
    header, metadata = statement.header, document.metadata
    if not header.issuer:
        issuer = issuer_from_metadata(metadata)
        header = replace(
            header,
            issuer=issuer or issuer_from_file_name(path),
            issuer_from="file name" if issuer is None else "metadata",
        )
    header = replace(header, title=header.title or metadata.title, date=header.date or metadata.date)
    return Side(replace(statement, header=header), as_input(path, document))


def seed_document(
    text: str, source: str, encoding: str | None = "utf-8", kind: str = "text", title: str | None = None
) -> Document:
    """The statements of a seed's text (newlines and lone surrogates cleaned first: spans index the
    cleaned text), its one input recorded. ``title``: the page's or document's own title, the
    document's title when no headline stands above its first statement."""
    text = clean_text(text)
    if not text.strip():
        raise LoadError("the file is empty")
    document = find_statements(text, source)
    return replace(
        document,
        title=document.title or title,
        encoding=encoding,
        inputs=(Input(source, kind, text, encoding),),
    )


def read_seed(path: str) -> Document:
    """The statements of the seed file at ``path`` (a text file, a page, a PDF or a Word file)."""
    document = read_input(path)
    return seed_document(document.text, path, document.encoding, document.kind.value, document.metadata.title)


def _others(paths: list[str]) -> str:
    return ", ".join(paths[:-1]) + f" and {paths[-1]}" if len(paths) > 1 else paths[0]


def read_pair(pair: Pair) -> tuple[Document | None, tuple[Failure, ...]]:
    """The document of a ``--pair`` (statement ``s1`` from its first file, ``s2`` from the next, ...;
    each statement's spans index its own input's text), and a Failure for each file that cannot be read.

    The files that can be read are compared without those that cannot, when two or more remain; each
    failure says so, or which files were not compared with it. A pair of fewer than two files is a
    Failure of its own.
    """
    paths = list(pair.paths)
    if len(paths) < 2:
        where = "the only file given" if pair.source in paths else f"holds one readout file ({paths[0]})"
        return None, (
            Failure(pair.source, f"{where}: --pair compares two or more files, one statement each"),
        )
    sides: list[Side] = []
    failed: list[tuple[int, str]] = []
    for index, path in enumerate(paths):
        try:
            sides.append(read_side(path))
        except ReadoutDiffError as exc:
            failed.append((index, str(exc)))
    read = [side.input.path for side in sides]
    compared = len(sides) >= 2
    failures = tuple(
        Failure(
            paths[index],
            f"{message}; {_others(read)} compared without it"
            if compared
            else f"{message}; not compared with {_others(paths[:index] + paths[index + 1 :])}",
        )
        for index, message in failed
    )
    if not compared:
        return None, failures
    inputs = tuple(side.input for side in sides)
    encodings = {item.encoding for item in inputs}
    statements = tuple(replace(side.statement, id=f"s{n}", input=n - 1) for n, side in enumerate(sides, 1))
    document = Document(
        source=pair.source,
        text="",
        title=None,
        statements=statements,
        encoding=encodings.pop() if len(encodings) == 1 else None,
        inputs=inputs,
    )
    return document, failures


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name.endswith(".egg-info") or name == "__pycache__"


def _folder_pairs(folder: str) -> Iterator[Pair]:
    """Each folder under ``folder`` (itself included, hidden ones not) that holds readout files: one
    meeting, its files sorted by name. Symbolic links to folders are not followed (no loop)."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        files = sorted(
            os.path.join(root, name)
            for name in names
            if not _is_hidden(name) and os.path.splitext(name)[1].lower() in PAIR_SUFFIXES
            and os.path.isfile(os.path.join(root, name))
        )  # fmt: skip
        if files:
            yield Pair(tuple(files), root)


def expand_pairs(paths: list[str]) -> Iterator[Pair]:
    """The meetings ``--pair`` compares: the files named on the command line together, in the order
    given (placed where the first of them is), and each folder holding readout files under a folder
    named (see ``_folder_pairs``)."""
    files = [path for path in paths if path == "-" or not os.path.isdir(path)]
    placed = False
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _folder_pairs(path)
        elif not placed:
            placed = True
            yield Pair(tuple(files), " + ".join(files))
