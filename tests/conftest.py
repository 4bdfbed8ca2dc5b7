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


# --- the order of the files, for the processes of pytest-xdist ---------------------------------

#: The files that take longest (summed test time in one run of the whole suite, longest first).
#: With ``--dist loadfile --no-loadscope-reorder`` the processes take files in collection order;
#: starting with these keeps a long file from being left to the end with the other process idle.
LONGEST_FIRST = (
    "tests/test_bundle.py",  # in CI only: builds the installer bundle
    "tests/reliability/test_project_file_limits.py",
    "tests/reliability/test_crash_trials.py",
    "tests/reliability/test_bad_input_cli.py",
    "tests/cli/test_cli.py",
    "tests/reliability/test_bad_input_services.py",
    "tests/reliability/test_special_files.py",
    "tests/reliability/test_postgresql.py",
    "tests/reliability/test_bad_input_excel.py",
    "tests/reliability/test_server_hangs.py",
    "tests/reliability/test_messages.py",
    "tests/cli/test_plan_cli.py",
    "tests/ui/test_steering_window.py",
    "tests/reliability/test_lock_files.py",
    "tests/ui/test_effect_chain_view.py",
    "tests/ui/test_plan_economy.py",
    "tests/reporting/test_meeting_report.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))  # stable


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
