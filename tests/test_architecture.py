"""The shape of the code: a Qt-free core, and a window that does not pay for heavy libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "hallbar_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_only_the_ui_imports_qt() -> None:
    offenders = []
    for p in modules_under(PACKAGE):
        rel = p.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or rel == Path("__main__.py"):
            continue
        if any(m.split(".")[0] == "PySide6" for m in imported_modules(p)):
            offenders.append(str(rel))
    assert offenders == []


def test_domain_knows_no_database_and_no_qt() -> None:
    for p in modules_under(PACKAGE / "domain"):
        roots = {m.split(".")[0] for m in imported_modules(p)}
        assert not roots & {"sqlalchemy", "PySide6", "alembic", "openpyxl", "matplotlib"}, p


def test_opening_the_window_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "import hallbar_desktop.__main__, hallbar_desktop.ui.main_window\n"
        "hallbar_desktop.__main__.import_core()\n"
        "heavy = [m for m in ('matplotlib', 'openpyxl', 'alembic', 'sqlalchemy.orm',\n"
        "                     'hallbar_desktop.store.models') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
