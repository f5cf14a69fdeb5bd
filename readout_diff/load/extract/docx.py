"""Read a Word file (.docx) with python-docx: its paragraphs as blocks, its title, author and date."""

from __future__ import annotations

import io
import zipfile

from ...errors import InputError, reason
from ..reading import clean_text
from .document import (
    DocumentText,
    Metadata,
    SourceKind,
    join_blocks,
    parse_date,
    quiet_library_logs,
    require,
    text_or_none,
)

#: The largest main part (word/document.xml, uncompressed) read. A readout's is tens of kilobytes and a
#: long report's a few megabytes; the bound keeps a zip bomb from filling the memory.
MAX_DOCX_XML_BYTES = 200_000_000

_MAIN_PART = "word/document.xml"
_APP_PROPERTIES = "docProps/app.xml"
_EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
# Zip archives people take for Word files, told by a part only they have.
_OTHER_ZIPS = (
    ("xl/workbook.xml", "an Excel workbook"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
    ("content.xml", "an OpenDocument file (.odt: save it as .docx)"),
    ("META-INF/container.xml", "an e-book (EPUB)"),
)


def check_package(data: bytes) -> None:
    """InputError unless ``data`` is a zip archive holding a Word document of a size this tool reads."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if _MAIN_PART not in names:
                kind = next((kind for part, kind in _OTHER_ZIPS if part in names), "a zip archive")
                raise InputError(f"not a Word document: it is {kind} (a .docx holds {_MAIN_PART})")
            size = archive.getinfo(_MAIN_PART).file_size
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a readable Word document: the zip archive is damaged ({exc})") from exc
    if size > MAX_DOCX_XML_BYTES:
        raise InputError(
            f"the Word document's text is {size / 1e6:,.0f} MB unpacked, more than the "
            f"{MAX_DOCX_XML_BYTES / 1e6:,.0f} MB this tool reads (MAX_DOCX_XML_BYTES)"
        )


def _is_list_item(paragraph) -> bool:
    """A paragraph of a bulleted or numbered list (a list style, or numbering set on the paragraph)."""
    name = paragraph.style.name if paragraph.style is not None else ""
    return name.startswith("List") or bool(paragraph._p.xpath("./w:pPr/w:numPr"))


def _blocks(container) -> list[str]:
    """The blocks of a document body or table cell, in order: one per paragraph, a list's items one
    per line ("- item") in one block, each cell of a table in turn."""
    from docx.table import Table

    blocks: list[str] = []
    in_list = False
    for item in container.iter_inner_content():
        if isinstance(item, Table):
            in_list = False
            seen = set()  # a merged cell is listed once for each grid column it spans
            for row in item.rows:
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        blocks.extend(_blocks(cell))
            continue
        text = item.text.strip()
        if not text:
            in_list = False
        elif _is_list_item(item):
            blocks.append(f"{blocks.pop()}\n- {text}" if in_list else f"- {text}")
            in_list = True
        else:
            blocks.append(text)
            in_list = False
    return blocks


def _company(document) -> str | None:
    """The company the file's extended properties name (Word fills it in from the installation)."""
    from lxml import etree

    for part in document.part.package.iter_parts():
        if str(part.partname).lstrip("/") == _APP_PROPERTIES:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            try:
                root = etree.fromstring(part.blob, parser)
            except etree.XMLSyntaxError:
                return None
            return text_or_none(root.findtext(f"{_EXTENDED}Company"))
    return None


def read_docx(data: bytes) -> DocumentText:
    """A Word file's text: its paragraphs as blocks separated by blank lines (headings and table cells
    too, list items as "- " lines); title, author and creation date from its core properties, the
    company from its extended ones. InputError for a file that is not a readable .docx."""
    check_package(data)
    docx = require("docx", "docx", "Word files")
    quiet_library_logs("docx")
    try:
        document = docx.Document(io.BytesIO(data))
        text = join_blocks(_blocks(document))
        core = document.core_properties
        metadata = Metadata(
            title=text_or_none(core.title),
            date=parse_date(core.created),
            author=text_or_none(core.author),
            publisher=_company(document),
        )
    except InputError:
        raise
    except Exception as exc:
        # python-docx reports a damaged package with errors of many kinds (KeyError for a missing part,
        # ValueError for a wrong content type, lxml's syntax errors): any of them means it is unreadable.
        raise InputError(f"not a readable Word document ({reason(exc)})") from exc
    if not text.strip():
        raise InputError("the Word document holds no text")
    return DocumentText(clean_text(text), SourceKind.DOCX, None, metadata)
