"""PDF and PNG output: the standalone LaTeX document compiled by pdflatex, its pages drawn by pdftoppm and
stacked into one PNG. Both are outside programs; when one is missing, the error says how to install it."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

from derive.check import CheckedDerivation
from derive.errors import OutputError
from derive.printers.latex import latex_document

#: The outside programs each binary format needs, and how to install them.
TOOLS = {
    "pdf": {"pdflatex": "texlive-latex-base texlive-latex-recommended"},
    "png": {"pdflatex": "texlive-latex-base texlive-latex-recommended", "pdftoppm": "poppler-utils"},
}
#: Resolution of the PNG, dots per inch, unless --dpi says otherwise: at 150 a page of text reads comfortably on a
#: screen (at 100 the subscripts blur).
PNG_DPI = 150


def require_tools(fmt: str) -> dict[str, str]:
    """The path of every program that ``fmt`` (pdf or png) needs; OutputError naming the install if one is missing."""
    paths = {}
    for tool, packages in TOOLS[fmt].items():
        path = shutil.which(tool)
        if path is None:
            raise OutputError(
                f"--format {fmt} needs {tool}, which is not installed; install it (Debian/Ubuntu: "
                f"apt-get install {packages}) or use --format latex and compile the .tex yourself"
            )
        paths[tool] = path
    return paths


def _compile(source: str, pdflatex: str, directory: Path) -> Path:
    (directory / "derivation.tex").write_text(source, encoding="utf-8")
    try:
        run = subprocess.run(
            [pdflatex, "-halt-on-error", "-interaction=nonstopmode", "derivation.tex"],
            cwd=directory,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=600,
        )
    except subprocess.TimeoutExpired:
        raise OutputError("pdflatex did not finish within 600 s; nothing written") from None
    pdf = directory / "derivation.pdf"
    if run.returncode != 0 or not pdf.exists():
        errors = [line for line in run.stdout.splitlines() if line.startswith("!")]
        raise OutputError(f"pdflatex failed ({errors[0] if errors else f'exit {run.returncode}'}); nothing written")
    return pdf


def pdf_bytes(checked: CheckedDerivation) -> bytes:
    """The derivation as a PDF: its standalone LaTeX document compiled by pdflatex."""
    tools = require_tools("pdf")
    with tempfile.TemporaryDirectory(prefix="derive-pdf-") as directory:
        return _compile(latex_document(checked), tools["pdflatex"], Path(directory)).read_bytes()


def _read_ppm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB rows of a binary PPM (P6, maxval 255), as pdftoppm writes it."""
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:
        while data[at : at + 1].isspace():
            at += 1
        end = at
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    magic, width, height, maxval = fields
    if magic != b"P6" or maxval != b"255":
        raise OutputError("pdftoppm wrote an image this printer does not read; nothing written")
    w, h = int(width), int(height)
    return w, h, data[at + 1 : at + 1 + 3 * w * h]


def _png(width: int, height: int, rgb: bytes) -> bytes:
    """An 8-bit RGB PNG of ``rgb`` (rows top to bottom, no filtering)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    stride = 3 * width
    raw = b"".join(b"\x00" + rgb[row * stride : (row + 1) * stride] for row in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def png_bytes(checked: CheckedDerivation, dpi: int = PNG_DPI) -> bytes:
    """The derivation as one PNG: every page of the PDF, drawn by pdftoppm at ``dpi``, stacked top to bottom."""
    tools = require_tools("png")
    with tempfile.TemporaryDirectory(prefix="derive-png-") as name:
        directory = Path(name)
        pdf = _compile(latex_document(checked), tools["pdflatex"], directory)
        subprocess.run([tools["pdftoppm"], "-r", str(dpi), pdf.name, "page"], cwd=directory, check=True, timeout=600)
        pages = [_read_ppm(path.read_bytes()) for path in sorted(directory.glob("page*.ppm"))]
    if not pages or len({w for w, _, _ in pages}) != 1:
        raise OutputError("pdftoppm drew no pages, or pages of different widths; nothing written")
    return _png(pages[0][0], sum(h for _, h, _ in pages), b"".join(rgb for _, _, rgb in pages))


__all__ = ["PNG_DPI", "TOOLS", "pdf_bytes", "png_bytes", "require_tools"]
