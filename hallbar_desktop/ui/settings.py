"""The window's settings, declared once with their type and default, stored with QSettings.

Everything the window remembers between sessions is listed here, so nothing reads a stray key
with a guessed default somewhere else. The file lives next to the user's registers
(``paths.user_data_dir()``), which also keeps tests away from the real user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

LANGUAGES = ("sv", "en")
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray(), QByteArray)
#: Whether the grid shows the half-year roll-ups and the project to date (Visa menu, the grid's toggle).
GRID_SUMMARIES: Setting[bool] = Setting("grid/summaries", True, bool)
LANGUAGE: Setting[str] = Setting("ui/language", "sv", str)
LAST_REGISTER: Setting[str] = Setting("files/last_register", "", str)
RECENT_FILES: Setting[list[str]] = Setting("files/recent", [], list)
#: What was selected when a window on a register closed, one entry per register (the latest
#: first): "register<TAB>project<TAB>focus area<TAB>indicator". The window opens there again.
LAST_SELECTIONS: Setting[list[str]] = Setting("window/last_selections", [], list)
#: The folder a file dialog last chose, per kind of file (ui/file_dialogs.py): "kind<TAB>folder".
LAST_FOLDERS: Setting[list[str]] = Setting("files/last_folders", [], list)
#: How many automatic backups to keep per register (0: none); handed to the core at start.
BACKUP_KEEP: Setting[int] = Setting("files/backup_keep", 20, int)


def apply_backup_setting(keep: int) -> None:
    """The core reads the number of backups to keep from its environment variable."""
    import os

    from hallbar_desktop.store.backups import KEEP_ENV_VAR

    os.environ[KEEP_ENV_VAR] = str(max(0, int(keep)))


class Settings:
    """Typed access to the settings file; unknown or damaged values read as the default."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from hallbar_desktop.paths import user_data_dir

            path = user_data_dir() / "settings.ini"
        self.path = path
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._store.value(setting.key, None)
        if raw is None:
            return setting.default
        if setting.kind is list:
            if isinstance(raw, str):
                raw = [raw]  # QSettings gives a one-element list back as a plain string
            return [str(x) for x in raw] if isinstance(raw, list) else setting.default  # type: ignore[return-value]
        if setting.kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else setting.default  # type: ignore[return-value]
        if setting.kind is str:
            return str(raw)  # type: ignore[return-value]
        if setting.kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("true", "1", "yes")  # type: ignore[return-value]
            return bool(raw)  # type: ignore[return-value]
        if setting.kind is int:
            try:
                return int(raw)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return setting.default
        return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)
        self._store.sync()

    @property
    def language(self) -> str:
        lang = self.get(LANGUAGE)
        return lang if lang in LANGUAGES else LANGUAGE.default

    def last_selection(self, register: str) -> tuple[str, str, str] | None:
        """(project, focus area, indicator) selected when a window on ``register`` closed."""
        for line in self.get(LAST_SELECTIONS):
            parts = line.split("\t")
            if len(parts) == 4 and parts[0] == register:
                return parts[1], parts[2], parts[3]
        return None

    def remember_selection(self, register: str, project: str, focus_area: str, indicator: str) -> None:
        kept = [line for line in self.get(LAST_SELECTIONS) if line.split("\t")[0] != register]
        self.set(LAST_SELECTIONS, ["\t".join((register, project, focus_area, indicator)), *kept][:MAX_RECENT])

    def last_folder(self, kind: str) -> str:
        """The folder last chosen in a file dialog for ``kind`` ("" if none)."""
        for line in self.get(LAST_FOLDERS):
            found, _, folder = line.partition("\t")
            if found == kind:
                return folder
        return ""

    def remember_folder(self, kind: str, folder: str) -> None:
        kept = [line for line in self.get(LAST_FOLDERS) if line.partition("\t")[0] != kind]
        self.set(LAST_FOLDERS, [f"{kind}\t{folder}", *kept])

    def remember_register(self, path: Path | str) -> list[str]:
        """Put ``path`` first among the recent registers (and as the last one opened)."""
        text = str(path)
        recent = [p for p in self.get(RECENT_FILES) if p != text]
        recent.insert(0, text)
        recent = recent[:MAX_RECENT]
        self.set(RECENT_FILES, recent)
        self.set(LAST_REGISTER, text)
        return recent
