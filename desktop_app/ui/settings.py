"""A small typed wrapper over QSettings; defaults declared once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from .. import APP_ID

DEFAULTS: dict[str, Any] = {
    "algorithm": "news",
    "length_mode": "sentences",  # or "percent"
    "length": 5,
    "percent": 20,
    "last_folder": "",
    "recent_files": [],
    "banner": "",
    "geometry": QByteArray(),
    "splitter": QByteArray(),
    "right_splitter": QByteArray(),
}
MAX_RECENT = 10


class Settings:
    """Typed access to the app's persistent settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(APP_ID, APP_ID)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self.q.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value is None:
                return []
            return [str(v) for v in (value if isinstance(value, list) else [value])]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return str(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.q.setValue(key, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("recent_files") if p != path]
        recent.insert(0, path)
        recent = recent[:MAX_RECENT]
        self.set("recent_files", recent)
        return recent

    def sync(self) -> None:
        self.q.sync()
