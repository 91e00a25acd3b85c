"""Where the command line writes: standard output, a special file, or a regular file replaced whole.

A regular file is written to a temporary file beside it, then renamed over it, so that a reader never sees half
of it. That rename must never replace what is not a regular file: a symlink is followed, and its target is
replaced (the link stays); a character device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is opened
and written directly, as a shell's ``>`` would; ``-`` is standard output. Errors name the path and the cause,
never an option (``derive export`` has no --output).
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import click

from derive.errors import OutputError

#: ``--output -``: standard output.
STDOUT = Path("-")


class OutputPath(click.ParamType):
    """A file to write: ``-`` is standard output (STDOUT); ``./-`` a file called ``-``; a directory is refused."""

    name = "file"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        if isinstance(value, Path):
            return value
        text = str(value)
        if text == "-":
            return STDOUT
        path = Path(text)
        return Path.cwd() / path if path == STDOUT else path  # "./-" is the file called "-", not standard output


def is_stdout(path: Path | None) -> bool:
    """True for no path or ``-``: the output goes to standard output."""
    return path is None or path == STDOUT


def _special(path: Path) -> os.stat_result | None:
    """The status of what ``path`` names, following symlinks, when it exists and is neither a regular file nor a
    directory (a device, FIFO or socket); else None."""
    try:
        status = path.stat()
    except OSError:
        return None
    return None if stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode) else status


def _target(path: Path) -> Path:
    """The file that writing ``path`` replaces: ``path`` itself, or the end of its chain of symlinks."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def ensure_writable(path: Path) -> None:
    """Fail early, before any work, when ``path`` cannot be written (standard output always can)."""
    if is_stdout(path):
        return
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory; give a file name")
    if _special(path) is not None or _names_a_descriptor(path):
        if not os.access(path, os.W_OK):
            raise OutputError(f"cannot write {path}: permission denied")
        return
    target = _target(path)
    if target.is_dir():
        raise OutputError(f"cannot write {path}: it links to the directory {target}; give a file name")
    parent = target.parent if str(target.parent) else Path(".")
    where = f"directory {parent}" if target == path else f"{path} links to {target}, whose directory {parent}"
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: {where} does not exist; create it or write elsewhere")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: {where} is not writable; write elsewhere")


def write_output(path: Path | None, data: str | bytes) -> bool:
    """Write ``data`` whole to ``path`` (None or ``-``: standard output); True when it went to a file that the
    caller should announce, False when it went to standard output or standard error."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    if is_stdout(path):
        _to_stream(sys.stdout, raw)
        return False
    assert path is not None
    for stream in (sys.stdout, sys.stderr):
        if _same_file(path, stream):  # /dev/stdout, /proc/self/fd/1, …: write through the stream, in order
            _to_stream(stream, raw)
            return False
    if _special(path) is not None or _names_a_descriptor(path):
        _write_directly(path, raw)
    else:
        write_atomically(_target(path), raw, shown=path)
    return True


def _names_a_descriptor(path: Path) -> bool:
    """True for a path through /proc or /dev/fd (/dev/stdout, /proc/self/fd/3): a link to an open file, which a
    rename cannot replace and must not; it is opened and written as a shell's ``>`` would."""
    resolved = os.path.realpath(path)
    return resolved.startswith(("/proc/", "/dev/fd/"))


def _same_file(path: Path, stream: object) -> bool:
    try:
        fileno = stream.fileno()  # type: ignore[attr-defined]
        return os.path.samestat(path.stat(), os.fstat(fileno))
    except (AttributeError, OSError, ValueError):
        return False


def _to_stream(stream: object, raw: bytes) -> None:
    """Write bytes to a text stream: through its binary buffer when it has one, else decoded (a test's capture)."""
    stream.flush()  # type: ignore[attr-defined]
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        buffer.write(raw)
        buffer.flush()
    else:
        stream.write(raw.decode("utf-8", errors="replace"))  # type: ignore[attr-defined]
        stream.flush()  # type: ignore[attr-defined]


def _write_directly(path: Path, raw: bytes) -> None:
    """A device, FIFO or socket: opened and written in place (a FIFO waits for its reader)."""
    try:
        with open(path, "wb") as stream:
            stream.write(raw)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None


def write_atomically(path: Path, data: str | bytes, shown: Path | None = None) -> None:
    """Write ``data`` to a temporary file beside the regular file ``path``, then rename it over ``path``: never
    a half-written file. ``shown`` is the name the user gave (a symlink to ``path``), for error messages."""
    name = shown if shown is not None else path
    parent = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    except OSError as error:
        raise OutputError(f"cannot write {name}: {error.strerror}") from None
    try:
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), _mode_for(path))  # mkstemp made it 0600; give it a written file's mode
            stream.write(raw)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {name}: {error.strerror}") from None
        raise


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else those of a new file under the process's umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


__all__ = ["STDOUT", "OutputPath", "ensure_writable", "is_stdout", "write_atomically", "write_output"]
