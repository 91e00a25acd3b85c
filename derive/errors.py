"""User-facing errors: one base class, each subclass carries the exit code the CLI returns."""

from __future__ import annotations


class DeriveError(Exception):
    """Base of every error that `derive` reports to a user as one line, without a traceback."""

    exit_code = 2


class UsageError(DeriveError):
    """A name, option or value that the user gave is not one `derive` knows; the message names the fix."""


class InputError(DeriveError):
    """A file that the user gave cannot be read or is malformed."""


class OutputError(DeriveError):
    """An output path cannot be written; nothing was written."""
