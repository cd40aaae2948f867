"""The core must import and work without Qt (DESIGN.md: no PySide6 outside ui/)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "biblio_desktop"


def _core_modules() -> list[str]:
    names = []
    for path in CORE.rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if "ui" in parts or "migrations" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(p for p in parts if p != "__init__"))
    return sorted(names)


def test_no_qt_import_statement_outside_ui() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        if "ui" in path.relative_to(CORE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "qtawesome", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_every_core_module_imports_with_qt_blocked(tmp_path: Path) -> None:
    modules = _core_modules()
    assert len(modules) > 10
    code = (
        "import sys, importlib\n"
        "sys.path.insert(0, {!r})\n"
        "import tests.conftest\n"
        "for m in {!r}:\n"
        "    importlib.import_module(m)\n"
        "from biblio_desktop.cli import main\n"
        "sys.exit(main(['--data-dir', {!r}, 'list']))\n"
    ).format(str(ROOT), modules, str(tmp_path / "data"))
    env = dict(os.environ, BIBLIO_BLOCK_QT="1")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "No courses installed" in proc.stdout
    # and the blocker really blocks
    probe = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})"
                            "; import tests.conftest; import PySide6"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert probe.returncode != 0 and "blocked" in probe.stderr
