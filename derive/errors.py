"""User-facing errors: one base class, each subclass carries the exit code the CLI returns."""

from __future__ import annotations


class DeriveError(Exception):
    """Base of every error that `derive` reports to a user as one line, without a traceback."""

    exit_code = 2

    def __init__(self, message: str = "") -> None:
        # One line, whatever the message quotes from a user's file: control characters are escaped.
        super().__init__("".join(char if char.isprintable() else repr(char)[1:-1] for char in message))


class UsageError(DeriveError):
    """A name, option or value that the user gave is not one `derive` knows; the message names the fix."""


class InputError(DeriveError):
    """A file that the user gave cannot be read or is malformed."""


class OutputError(DeriveError):
    """An output path cannot be written; nothing was written."""


class InternalError(DeriveError):
    """A bug of ours met in a child process (reading a file): one line saying so, exit 3, as in the CLI itself."""

    exit_code = 3

    def __init__(self, message: str = "", trace: str = "") -> None:
        super().__init__(message)
        self.trace = trace  # the child's traceback, kept only under DERIVE_DEBUG=1
