"""One place that finds bundled resource files (fonts, icons).

Works from a source checkout (``resources/`` beside the package), an installed wheel
(``desktop_app/resources``) and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resource_root() -> Path:
    """Return the folder that holds ``fonts/`` and ``icons/``."""
    here = Path(__file__).resolve().parent.parent  # desktop_app/
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "desktop_app" / "resources")
    for cand in candidates:
        if (cand / "fonts").is_dir():
            return cand
    raise FileNotFoundError("NewsBrief resources not found (looked in: %s)" % ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resource_root().joinpath(*parts)
