"""The shape of the code: a Qt-free core, and a window that does not pay for heavy libraries."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "hallbar_desktop"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


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


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the package under ``root`` with the contracts of its pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True,
                          text=True, timeout=300)


needs_lint_imports = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed "
                                        "(pip install -e '.[test]')")


@needs_lint_imports
def test_the_import_contracts_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "Contracts: 3 kept, 0 broken." in result.stdout


@needs_lint_imports
def test_a_service_that_imports_the_window_breaks_the_contract(tmp_path: Path) -> None:
    """The contract is real: a copy of the package whose service imports ``ui.i18n`` (and so
    PySide6) fails, and the output names the import."""
    shutil.copytree(PACKAGE, tmp_path / "hallbar_desktop", ignore=shutil.ignore_patterns("__pycache__", "_data"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    service = tmp_path / "hallbar_desktop" / "services" / "formatting.py"
    service.write_text(service.read_text(encoding="utf-8") + "\nfrom hallbar_desktop.ui import i18n  # noqa\n",
                       encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and "hallbar_desktop.services.formatting -> hallbar_desktop.ui.i18n" in " ".join(
        result.stdout.split())
    assert str(tmp_path) not in str(ROOT)  # it checked the copy, not this tree
