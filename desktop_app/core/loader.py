"""Load an article from disk: refuse what is not text, detect the encoding, normalise newlines."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

#: Files larger than this are refused at once (a news article is a few kB; a book is a few MB).
MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


@dataclass(frozen=True)
class LoadedText:
    """Text read from a file (or pasted), with where it came from."""

    text: str
    path: str | None
    sha256: str
    encoding: str
    size: int
    fmt: str = "text"


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def normalize_text(text: str) -> str:
    """Normalise newlines to ``\\n``, drop control characters, compose Unicode (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\xa0", " ")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``. Raises InputError for binary data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"the file starts with a {enc} mark but is not valid {enc}") from exc
    if b"\x00" in data[:8192]:
        # UTF-16 without a BOM has a NUL in every other byte of ASCII text.
        sample = data[:8192]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) * 0.4 and even == 0:
            try:
                return data.decode("utf-16-le"), "utf-16-le"
            except UnicodeDecodeError:
                pass
        if even > len(sample) * 0.4 and odd == 0:
            try:
                return data.decode("utf-16-be"), "utf-16-be"
            except UnicodeDecodeError:
                pass
        raise InputError("this is a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    high = sum(1 for b in sample if b >= 0x80)
    letters = sum(1 for b in sample if (65 <= b <= 90) or (97 <= b <= 122)) + high
    if high <= max(1, letters) * 0.3:
        # Mostly ASCII letters with some accented ones, curly quotes, pound or euro signs: Western text.
        # (Cyrillic or Greek in a one-byte code page has almost every letter above 0x80.)
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144]).best()
    if best is None or best.encoding is None:
        raise InputError("this is a binary file or uses an unknown text encoding")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(best.encoding, errors="replace"), best.encoding


def _check_binary_text(text: str) -> None:
    sample = text[:20000]
    if not sample:
        return
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\n\t\r")
    if bad > len(sample) * 0.05:
        raise InputError("this is a binary file, not text")


def _read_error(name: str, exc: OSError, missing: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{name}: {missing}")
    if isinstance(exc, PermissionError):
        return InputError(f"{name}: permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{name}: is a folder, not a file")
    return InputError(f"{name}: cannot read ({exc.strerror or exc})")


def read_file_bytes(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file's bytes with clear errors for every way it can fail."""
    p = Path(path)
    name = str(path)
    try:
        st = p.stat()
    except OSError as exc:
        raise _read_error(name, exc, "no such file") from None
    if p.is_dir():
        raise InputError(f"{name}: is a folder, not a file")
    if st.st_size > max_bytes:
        raise InputError(
            f"{name}: the file is too large ({_human(st.st_size)}; the limit is {_human(max_bytes)})"
        )
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:  # it was there a moment ago: it vanished or changed between the drop and the read
        raise _read_error(name, exc, "the file disappeared before it could be read") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: the file is too large (the limit is {_human(max_bytes)})")
    return data


def load_bytes(data: bytes, path: str | None = None) -> LoadedText:
    """Turn raw bytes into normalised text (with format extraction for HTML and friends)."""
    name = path or "input"
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    from . import formats

    try:
        text, encoding, fmt = formats.extract_text(data, path)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    _check_binary_text(text)
    text = normalize_text(text)
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return LoadedText(
        text=text,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        size=len(data),
        fmt=fmt,
    )


def load_file(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> LoadedText:
    """Load an article file; raise InputError with a readable reason when it cannot be used."""
    data = read_file_bytes(path, max_bytes)
    return load_bytes(data, str(path))


def load_string(text: str, name: str = "pasted text") -> LoadedText:
    """Wrap text that did not come from a file (the clipboard)."""
    norm = normalize_text(text)
    if not norm.strip():
        raise InputError(f"{name}: there is no text")
    data = text.encode("utf-8", errors="surrogatepass")
    return LoadedText(
        text=norm, path=None, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8", size=len(data)
    )
