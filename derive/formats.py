"""The output format of a command: --format when given, else the one the output file's extension names, else text.

Format names are case-insensitive (click's Choice with case_sensitive=False gives back the canonical name). A
--format that contradicts the extension (``--format json -o x.tex``) is an error rather than a surprise.
"""

from __future__ import annotations

from pathlib import Path

from derive.errors import UsageError

#: The format each known extension names (in lower case); latex-fragment is also written to .tex files.
BY_EXTENSION = {
    ".tex": "latex",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".pdf": "pdf",
    ".png": "png",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xml": "junit",
}
#: Formats that a file with the extension of another format may hold.
ALSO_FITS = {"latex-fragment": "latex"}


def extension_format(output: Path | None) -> str | None:
    """The format that the extension of ``output`` names, or None (no file, or an extension of no format)."""
    return None if output is None else BY_EXTENSION.get(output.suffix.lower())


def choose_format(fmt: str | None, output: Path | None, formats: tuple[str, ...], command: str) -> str:
    """The format to write: ``fmt`` (already canonical) when given, else the extension's, else text. A UsageError
    when they contradict each other, or when the extension names a format that ``command`` does not write."""
    implied = extension_format(output)
    if fmt is None:
        if implied is None:
            return "text"
        if implied not in formats:
            raise UsageError(
                f"{command} does not write {implied} (the extension of {output}); "
                f"give --format {'|'.join(formats)} or another file name"
            )
        return implied
    if implied is not None and ALSO_FITS.get(fmt, fmt) != implied:
        raise UsageError(
            f"--format {fmt} contradicts the extension of {output}, which means {implied}; drop --format or rename"
            " the file"
        )
    return fmt


__all__ = ["BY_EXTENSION", "choose_format", "extension_format"]
