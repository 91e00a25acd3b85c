"""What reading a page imports on first use, imported before a child process is forked to read one.

A forked child that imports a module pays for it itself, and the parent never learns it: markdown-it and the
reader's modules imported inside functions cost each child about a tenth of a second, every time.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil


@functools.cache
def load_reader() -> None:
    """Import markdown-it with its math plugins and every module of ``derive.read`` (once: listing the package's
    modules again took a hundredth of a second a check, in a process that checks many files)."""
    import derive.read

    for name in ("markdown_it", "mdit_py_plugins.amsmath", "mdit_py_plugins.dollarmath", "mdit_py_plugins.texmath"):
        importlib.import_module(name)
    for module in pkgutil.iter_modules(derive.read.__path__):
        importlib.import_module(f"derive.read.{module.name}")


__all__ = ["load_reader"]
