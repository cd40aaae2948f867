"""Shared fixtures for core tests (no Qt here: the core must run without PySide6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .course_fixtures import make_source_course


@pytest.fixture
def source_course(tmp_path: Path) -> Path:
    """A small valid source course folder (English and Latvian) in tmp_path."""
    return make_source_course(tmp_path / "src")
