"""Shared helpers of the question-bank converter tests (GIFT, Moodle XML, QTI, CC)."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.convert import ConversionResult, convert_inputs
from biblio_desktop.packages.reader import inspect_package

from ..shared_material import REALCASES as SHARED_REALCASES

REALCASES = SHARED_REALCASES


def realcase(rel: str) -> Path:
    path = REALCASES / rel
    if not path.exists():
        pytest.skip(f"real-case corpus not available: {path}")
    return path


def convert(tmp_path: Path, *inputs: Path, name: str = "src") -> ConversionResult:
    return convert_inputs(list(inputs), tmp_path / name)


def question_types(result: ConversionResult) -> Counter[str]:
    return Counter(q["type"] for item in result.draft.items() if item.quiz
                   for q in item.quiz.get("questions", []))


def item_kinds(result: ConversionResult) -> Counter[str]:
    return Counter(item.kind for item in result.draft.items())


def pack_and_check(result: ConversionResult, tmp_path: Path) -> Any:
    """Pack the converted source folder; the package must open and hold the same
    modules, items and questions as the draft (the `--to-source` then `pack` promise)."""
    built = build_package(result.source_dir, tmp_path / "out.biblio")
    opened = inspect_package(built.out)
    manifest = opened.manifest
    assert [m.title[result.draft.language] for m in manifest.modules] == \
        [m.title.strip() for m in result.draft.modules if m.items]
    assert [i.kind for i in manifest.items] == [i.kind for i in result.draft.items()]
    lang = result.draft.language
    with zipfile.ZipFile(built.out) as zf:
        for packed, drafted in zip(manifest.items, result.draft.items(), strict=True):
            if packed.kind == "quiz":
                quiz = json.loads(zf.read(packed.path[lang]))
                assert [(q["id"], q["type"]) for q in quiz["questions"]] == \
                    [(q["id"], q["type"]) for q in drafted.quiz["questions"]]
    return opened


def left_reasons(result: ConversionResult) -> list[str]:
    return [f"{x.what} | {x.where} | {x.reason}" for x in result.left_out]
