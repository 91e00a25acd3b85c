"""What the reader refuses, as one line, whether it refuses the whole file or one chain of it."""

from __future__ import annotations

from pathlib import Path

from derive.errors import InputError
from derive.read.document import read_document


def refusal(path: Path) -> str:
    """The error for a file the reader cannot read at all; else the first chain it marks unreadable, written
    '<path>:<line>: why' as a file's error is. Fails when the file is read without a refusal."""
    try:
        document = read_document(path)
    except InputError as error:
        message = str(error)
    else:
        unreadable = [u for u in document.unchecked if u.reason.startswith("unreadable: ")]
        assert unreadable, f"read without a refusal: {[(link.lhs, link.rhs) for link in document.links]}"
        message = f"{path}:{unreadable[0].line}: {unreadable[0].reason.removeprefix('unreadable: ')}"
    assert "\n" not in message
    return message
