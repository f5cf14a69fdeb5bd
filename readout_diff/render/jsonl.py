"""JSON Lines: one contract document object per line, written as each file finishes."""

from __future__ import annotations

import json

from ..report import DocumentReport, ErrorReport, Report
from . import RenderOptions
from .json import SCHEMA, SCHEMA_VERSION, document_to_dict


def render_item(item: DocumentReport | ErrorReport, options: RenderOptions) -> str:
    """One line: a document object plus ``schema``; a file that failed gives ``source`` and ``error``."""
    if isinstance(item, ErrorReport):
        data = {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "source": item.source, "error": item.message}
    else:
        data = {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, **document_to_dict(item)}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def render(report: Report, options: RenderOptions) -> str:
    """Documents first, in input order, then failures (a stream interleaves them as they come)."""
    return "".join(render_item(item, options) for item in (*report.documents, *report.errors))
