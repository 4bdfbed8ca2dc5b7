"""Test setup: Qt offscreen, user data in a temp folder, registers as real SQLite files."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HALLBAR_DATA_DIR"] = tempfile.mkdtemp(prefix="hallbar-test-data-")
os.environ.pop("HALLBAR_DB", None)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from hallbar_desktop.store.register import Register, open_register  # noqa: E402


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite"


@pytest.fixture
def register(register_path: Path) -> Iterator[Register]:
    reg = open_register(register_path)
    yield reg
    reg.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register built once per test run; tests copy it."""
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import demo_files, load_project

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    reg = open_register(path)
    with reg.transaction() as session:
        for f in demo_files():
            load_project(session, f, Actor("test", "load", f.name))
    reg.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    from hallbar_desktop.store.backup import backup_sqlite

    return backup_sqlite(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Register]:
    reg = open_register(demo_path)
    yield reg
    reg.close()


# --- the reliability summary, added up over the test processes ---------------------------------

from tests.reliability.tally import TALLIES  # noqa: E402


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # a pytest-xdist worker: hand the counts to the controller
        workeroutput["reliability"] = TALLIES.as_dict()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    data = getattr(node, "workeroutput", {}).get("reliability")
    if data:
        TALLIES.merge(data)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if getattr(terminalreporter.config, "workeroutput", None) is not None:
        return
    lines = TALLIES.summary_lines()
    if lines:
        terminalreporter.write_sep("=", "reliability summary")
        for line in lines:
            terminalreporter.write_line(line)
