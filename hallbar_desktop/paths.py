"""Where the application's own files are, whether run from source, a wheel or a bundle.

`resources/` and `db/` sit at the top of the repository, outside the package. A wheel
carries them under ``hallbar_desktop/_data`` and a PyInstaller bundle under ``sys._MEIPASS``;
everything that needs them goes through this module so all three layouts work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Hallbar Desktop"
DB_ENV_VAR = "HALLBAR_DB"


def data_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    packaged = package / "_data"
    if (packaged / "db").is_dir():
        return packaged
    return package.parent


def resources_dir() -> Path:
    return data_root() / "resources"


def migrations_dir() -> Path:
    return data_root() / "db"


def demo_dir() -> Path:
    return migrations_dir() / "demo"


def user_data_dir() -> Path:
    """The per-user folder for registers and backups (platformdirs, created on demand)."""
    override = os.environ.get("HALLBAR_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_register_path() -> Path:
    return user_data_dir() / "register.sqlite"


def demo_register_path() -> Path:
    return user_data_dir() / "demo.sqlite"
