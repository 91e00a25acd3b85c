"""derive: symbolic derivations of the calculus of machine learning, every step proven by SymPy.

The public API, kept small and imported lazily (so that the command line starts fast)::

    import derive
    checked = derive.check(derive.derivation("softmax-ce", n=3))
    checked.ok                      # every step proven
    derive.check(derive.derivation("softmax-ce", symbolic=True)).ok   # proven for every n
    print(derive.render(checked, "latex"))
    report = derive.check_text(markdown)  # a derivation that a person wrote, as `derive check` checks a file
    report.ok                       # every displayed equality checked and proven
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from derive.check import CheckedDerivation
    from derive.engine import Derivation
    from derive.report import CheckReport

__version__ = "0.1.0"


def names() -> tuple[str, ...]:
    """The names of the built-in derivations."""
    from derive.engine.catalogue import names as catalogue_names

    return catalogue_names()


def derivation(name: str, n: int | None = None, symbolic: bool = False) -> Derivation:
    """Build the built-in derivation ``name`` for n classes (n ≥ 2; by default 3, and 2 for toy-network), or for
    every n at once when ``symbolic``."""
    from derive.engine.catalogue import SYMBOLIC_N, build

    return build(name, SYMBOLIC_N if symbolic else n)


class _Check:
    """``derive.check``: called, it checks a derivation (below); otherwise it stands for the subpackage
    derive.check, so that ``import derive.check.cache as cache`` works beside ``derive.check(...)``."""

    def __call__(self, derivation: Derivation, seed: int = 0, cache: bool = True) -> CheckedDerivation:
        """Check every step of ``derivation``: proven, refuted with a counterexample, or unproven. The result shows
        itself as Markdown with math in a Jupyter notebook.

        With ``cache`` (the default, as on the command line), proven and unproven verdicts that the same code and
        library versions reached on the same claims are read back from the verdict cache ($DERIVE_CACHE_DIR, else
        $XDG_CACHE_HOME/derive, else ~/.cache/derive); ``cache=False`` decides every step afresh."""
        import derive.printers  # noqa: F401  (registers the notebook display of checked derivations)
        from derive.check import check_derivation
        from derive.check.cache import VerdictCache

        return check_derivation(derivation, seed, VerdictCache.default() if cache else None)

    def __getattr__(self, name: str) -> Any:
        return getattr(import_module("derive.check"), name)

    def __repr__(self) -> str:
        return "derive.check(derivation, seed=0, cache=True)"


check = _Check()


def render(checked: CheckedDerivation, fmt: str = "text") -> str:
    """The checked derivation as text, latex, latex-fragment, markdown or json."""
    from derive.printers import render as render_format

    return render_format(checked, fmt)


def check_text(
    text: str,
    *,
    tex: bool = False,
    name: str = "<text>",
    timeout: float = 10.0,
    budget: float = 60.0,
    cache: bool = True,
) -> CheckReport:
    """Check a derivation that a person wrote, given as a string (Markdown with derive front matter, or TeX with
    ``tex``), as ``derive check`` checks a file: the report, whose ``ok`` says if every displayed equality was
    checked and proven. ``timeout`` bounds each link and ``budget`` the whole, in seconds; ``cache=False``
    decides every verdict afresh. ``derive.errors.InputError`` (one line) for text that cannot be read
    faithfully. In a notebook the report shows itself as Markdown with math."""
    from derive.integrations.run import check_text as check_string

    return check_string(text, tex=tex, name=name, timeout=timeout, budget=budget, cache=cache)


def check_file(path: str | Path, *, timeout: float = 10.0, budget: float = 60.0, cache: bool = True) -> CheckReport:
    """``check_text`` for a file (.md, .markdown or .tex): the report ``derive check FILE`` prints."""
    from derive.integrations.run import check_file as check_path

    return check_path(path, timeout=timeout, budget=budget, cache=cache)


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext derive``: the ``%%derive`` cell magic, which checks the derivation in its cell (IPython is not
    imported otherwise)."""
    from derive.integrations.notebook import register_magic

    register_magic(ipython)


class _Facade(types.ModuleType):
    """The ``derive`` module, whose ``check`` stays the callable above: importing the subpackage derive.check
    would otherwise rebind ``derive.check`` to that subpackage (Python sets a package's attribute for each
    submodule it loads), and the second ``derive.check(...)`` would fail. The subpackage is still imported
    and used by its full name (``from derive.check import ...``), and through ``derive.check.<name>``."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "check" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Facade

__all__ = ["__version__", "check", "check_file", "check_text", "derivation", "names", "render"]
