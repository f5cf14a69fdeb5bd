"""The shipped JSON Schema: printed by --schema, and every JSON output conforms to it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from readout_diff import cli
from readout_diff.model import Result
from readout_diff.pipeline import compare_paths, iter_results
from readout_diff.render import RenderOptions, get, get_item_renderer
from readout_diff.report import build_report, report_item
from readout_diff.schema import schema

from .conftest import CORPUS, DATA, SEEDS

jsonschema = pytest.importorskip("jsonschema")

SEED_FILES = sorted(SEEDS.glob("*.txt")) + sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.md"))
CORPUS_FILES = sorted(CORPUS.glob("*/seed.txt")) if CORPUS.is_dir() else []


def validator(ref: str | None = None):
    document = schema() if ref is None else {"$schema": schema()["$schema"], "$defs": schema()["$defs"], "$ref": ref}
    jsonschema.Draft202012Validator.check_schema(schema())
    return jsonschema.Draft202012Validator(document)


def test_schema_flag_prints_the_shipped_schema():
    result = CliRunner().invoke(cli.main, ["--schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schema()
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", SEED_FILES + CORPUS_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_json_output_conforms(path):
    data = json.loads(get("json")(build_report(compare_paths([str(path)])), RenderOptions()))
    validator().validate(data)


def test_json_with_errors_conforms():
    data = json.loads(get("json")(build_report(compare_paths([str(DATA), "missing.txt"])), RenderOptions()))
    assert data["errors"]
    validator().validate(data)


def test_every_jsonl_line_conforms():
    line_validator = validator("#/$defs/jsonlLine")
    render_item = get_item_renderer("jsonl")
    items = iter_results([str(SEEDS), str(DATA), "missing.txt"])
    lines = [render_item(report_item(item), RenderOptions()) for item in items]
    assert all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    for line in lines:
        line_validator.validate(json.loads(line))
    assert json.loads(lines[-1])["error"] == "no such file"


def test_a_bad_document_does_not_conform():
    data = json.loads(get("json")(build_report(compare_paths([str(SEEDS)])), RenderOptions()))
    data["documents"][0]["statements"][0]["date"] = "7 February 2024"
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(data)


def test_jsonl_whole_result_renders_documents_then_errors():
    result = compare_paths([str(DATA)])
    lines = get("jsonl")(build_report(Result(result.documents, result.errors)), RenderOptions()).splitlines()
    assert len(lines) == len(result.documents) + len(result.errors)
