"""Opening a register for the window: the one it starts with and the ones opened from the File menu.

A register file goes through the window's questions (another program has it: offer it read-only;
damaged: say so and offer its backups); the demo register gets the seed projects it lacks. The
composition root (``hallbar_desktop.__main__``) and the File menu both open registers here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from hallbar_desktop.store.register import Register


def prepare_register(db: str | None, demo: bool, parent: QWidget | None = None) -> Register | None:
    """Open the register (the demo register with --demo), loading the demo projects if missing.

    A register file goes through the window's questions (``open_with_lock_prompt``): in use by
    another instance → offer read-only; damaged → say so and offer its backups. None when the
    user declined or the file could not be opened (the user has been told why).
    """
    from hallbar_desktop import paths
    from hallbar_desktop.store.engine import resolve_location
    from hallbar_desktop.store.register import open_register

    if demo and db is None:
        db = str(paths.demo_register_path())
    location = resolve_location(db)
    if location.path is None:
        register = open_register(db)
    else:
        from hallbar_desktop.ui.register_opening import open_with_lock_prompt

        opened = open_with_lock_prompt(parent, location.path)
        if opened is None:
            return None
        register = opened
    if demo:
        ensure_demo(register)
    return register


def ensure_demo(register: Register) -> None:
    """Load the demo projects that are missing. Every start with --demo asks this, so the check
    reads only the project codes; the project-file loader is imported when something is missing."""
    from sqlalchemy import text

    from hallbar_desktop.paths import demo_dir

    with register.connection() as conn:
        have = set(conn.execute(text("SELECT code FROM project")).scalars())
    missing = [path for path in sorted(demo_dir().glob("*.toml")) if demo_code(path) not in have]
    if not missing:
        return
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import load_project

    with register.transaction() as session:
        for path in missing:
            load_project(session, Path(path), Actor.here("load", path.name))


def demo_code(path: Path) -> str | None:
    """The project code of a demo file: the ``code`` under ``[project]``, found without parsing the
    whole file where it is written plainly (None when the file cannot be read: loading it then
    says what is wrong)."""
    import re

    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = re.search(r'^\[project\]\s*$(?:(?!^\[).)*?^code\s*=\s*"([A-Za-z0-9_.-]+)"\s*$', content, re.M | re.S)
    if found:
        return found.group(1)
    import tomllib

    try:
        code = tomllib.loads(content).get("project", {}).get("code")
    except tomllib.TOMLDecodeError:
        return None
    return code if isinstance(code, str) else None
