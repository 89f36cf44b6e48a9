"""Get the article text out of the formats people drop: text, Markdown, HTML, DOCX, PDF, EML, RTF."""

from __future__ import annotations

import io
import re
import zipfile
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError

_MAGIC_BINARY = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc/.xls); save it as .docx or .txt"),
    (b"SQLite format 3", "a database"),
)


def _decode(data: bytes) -> tuple[str, str]:
    from .loader import decode_bytes

    return decode_bytes(data)


def extract_text(data: bytes, path: str | None) -> tuple[str, str, str]:
    """Return ``(text, encoding, format)`` for the file's bytes; raise InputError for what is not an article."""
    ext = Path(path).suffix.lower() if path else ""
    head = data[:64].lstrip()
    if data.startswith(b"%PDF") or ext == ".pdf":
        return _pdf_text(data), "pdf", "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _docx_text(data), "docx", "docx"
    for magic, what in _MAGIC_BINARY:
        if data.startswith(magic):
            raise InputError(f"this is {what}, not an article")
    if head.startswith(b"{\\rtf") or ext == ".rtf":
        text, enc = _decode(data)
        return _rtf_text(text), enc, "rtf"
    text, enc = _decode(data)
    if ext == ".eml" or _looks_like_email(text):
        return _eml_text(data), enc, "eml"
    if ext in (".html", ".htm", ".xhtml") or _looks_like_html(text):
        return html_to_text(text), enc, "html"
    if ext in (".md", ".markdown"):
        return _markdown_text(text), enc, "markdown"
    return text, enc, "text"


# --- HTML ---------------------------------------------------------------------------------------

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<\?xml[^>]*>\s*<html)", re.I)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1000])) or (
        text.count("<p>") + text.count("<p ") >= 2 and text.count("</p>") >= 2
    )


class _ArticleParser(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button",
            "iframe", "template", "select", "figure", "figcaption", "menu", "object", "canvas"}
    BLOCK = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
             "br", "tr", "table", "blockquote", "pre", "main", "dd", "dt", "hr"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.article_depth = 0
        self.title = ""
        self.h1 = ""
        self._in_title = False
        self._in_h1 = False

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        if self.article_depth and self.article_parts is not None:
            self.article_parts.append(s)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            if tag in ("br", "hr") and not self.skip_depth:
                self._emit("\n")
            return
        cls = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role")).lower()
        hidden = any(k == "hidden" or (k == "aria-hidden" and v == "true") for k, v in attrs)
        boiler = re.search(r"\b(nav|menu|footer|sidebar|share|social|newsletter|subscribe|advert|promo|"
                           r"related|comment|cookie|banner|breadcrumb)", cls)
        if self.skip_depth or tag in self.SKIP or hidden or (boiler and tag in ("div", "section", "ul", "aside")):
            self.skip_depth += 1
            return
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag == "article":
            if self.article_parts is None:
                self.article_parts = []
            self.article_depth += 1
        if tag in self.BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self.BLOCK:
            self._emit("\n\n")
        if tag == "article" and self.article_depth:
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self.skip_depth:
            return
        if self._in_h1:
            self.h1 += data
        self._emit(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Article text of an HTML page: scripts, styles, navigation and footers dropped; no resource is loaded."""
    parser = _ArticleParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a guard, not an expected path
        raise InputError(f"the HTML could not be read ({exc})") from None
    body = "".join(parser.article_parts if parser.article_parts else parser.parts)
    paras = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    paras = [p for p in paras if p]
    title = re.sub(r"\s+", " ", parser.h1 or parser.title).strip()
    if title and (not paras or paras[0] != title):
        paras.insert(0, title)
    return "\n\n".join(paras)


# --- Markdown -----------------------------------------------------------------------------------


def _markdown_text(text: str) -> str:
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", line)
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
        line = re.sub(r"`([^`]+)`", r"\1", line)
        if re.fullmatch(r"\s*([-*_]\s*){3,}", line):
            line = ""
        out.append(line)
    return "\n".join(out)


# --- DOCX ---------------------------------------------------------------------------------------


def _docx_text(data: bytes) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            raise InputError("this is a ZIP archive, not an article (only .docx is read)")
        info = zf.getinfo("word/document.xml")
        if info.file_size > 50 * 1024 * 1024:
            raise InputError("the document is too large")
        xml = zf.read("word/document.xml").decode("utf-8", errors="replace")
    except zipfile.BadZipFile:
        raise InputError("the file is a damaged ZIP/DOCX") from None
    paras = []
    for p in re.finditer(r"<w:p[ >].*?</w:p>|<w:p/>", xml, re.S):
        chunk = p.group(0)
        chunk = re.sub(r"<w:tab/>", "\t", chunk)
        chunk = re.sub(r"<w:br/>", "\n", chunk)
        texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\t|\n)", chunk)
        paras.append(unescape("".join(a or b for a, b in texts)).strip())
    return "\n\n".join(p for p in paras if p)


# --- PDF ----------------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise InputError("reading PDF files needs the pypdf package") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError("the PDF is password-protected") from None
        pages = []
        for page in reader.pages[:500]:
            pages.append(page.extract_text() or "")
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"the PDF could not be read ({type(exc).__name__})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError("the PDF has no text layer (it is a scan); run it through OCR first")
    return text


# --- EML ----------------------------------------------------------------------------------------

_EMAIL_HEADER = re.compile(r"^(From|To|Subject|Date|Received|Return-Path|Message-ID|MIME-Version):", re.M)


def _looks_like_email(text: str) -> bool:
    head = text[:2000]
    return len(set(m.group(1) for m in _EMAIL_HEADER.finditer(head))) >= 3 and head.split("\n", 1)[0].count(":")


def _eml_text(data: bytes) -> str:
    import email
    from email import policy

    msg = email.message_from_bytes(data, policy=policy.default)
    subject = str(msg.get("subject", "") or "").strip()
    body = msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    if body is None:
        raise InputError("the e-mail has no text body")
    try:
        content = body.get_content()
    except Exception:
        payload = body.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if body.get_content_type() == "text/html":
        content = html_to_text(content)
    return (subject + "\n\n" + content) if subject else content


# --- RTF ----------------------------------------------------------------------------------------


def _rtf_text(rtf: str) -> str:
    """A small RTF-to-text converter: groups of destinations skipped, escapes decoded."""
    out: list[str] = []
    stack: list[bool] = []
    skip = False
    i = 0
    n = len(rtf)
    dest = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "object", "themedata",
            "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl"}
    pending_skip_star = False
    while i < n:
        c = rtf[i]
        if c == "{":
            stack.append(skip)
            i += 1
        elif c == "}":
            skip = stack.pop() if stack else False
            i += 1
        elif c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)", rtf[i:])
            if not m:
                i += 1
                continue
            i += m.end()
            word, arg, hexch, sym = m.group(1), m.group(2), m.group(3), m.group(4)
            if sym == "*":
                pending_skip_star = True
                continue
            if word:
                if pending_skip_star or word in dest:
                    skip = True
                pending_skip_star = False
                if skip:
                    continue
                if word in ("par", "line", "sect", "page"):
                    out.append("\n" if word == "line" else "\n\n")
                elif word == "tab":
                    out.append("\t")
                elif word == "u" and arg:
                    code = int(arg)
                    out.append(chr(code + 65536 if code < 0 else code))
                    if i < n and rtf[i] == "?":
                        i += 1
                elif word in ("emdash", "endash"):
                    out.append("—" if word == "emdash" else "–")
                elif word in ("lquote", "rquote", "ldblquote", "rdblquote"):
                    out.append({"lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”"}[word])
            elif hexch and not skip:
                out.append(bytes([int(hexch, 16)]).decode("cp1252", errors="replace"))
            elif sym and not skip:
                out.append(sym if sym in "\\{}" else ("\n" if sym == "\n" else ""))
        else:
            if not skip and c not in "\r\n":
                out.append(c)
            i += 1
    return "".join(out)
