"""Rich display in notebooks without the checker importing the printers: a registry of renderers by class and
MIME type. ``derive.printers`` fills it when it is imported (``derive.check`` imports it for you); until
then a checked derivation has only its plain repr.

A class that inherits ``Displayable`` is shown by Jupyter (and anything else that honours IPython's
``_repr_markdown_``) as the Markdown that its registered renderer writes: headings, verdicts and math in
$…$ and $$…$$, which Jupyter typesets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: (class, MIME type) → a callable that renders an instance of that class as a string of that type.
RENDERERS: dict[tuple[type, str], Callable[[Any], str]] = {}


def register(cls: type, mime: str, renderer: Callable[[Any], str]) -> None:
    """Render instances of ``cls`` (and its subclasses) as ``mime`` with ``renderer``."""
    RENDERERS[(cls, mime)] = renderer


def rendered(obj: object, mime: str) -> str | None:
    """``obj`` rendered as ``mime`` by the renderer registered for its class (or a base), else None."""
    for cls in type(obj).__mro__:
        renderer = RENDERERS.get((cls, mime))
        if renderer is not None:
            return renderer(obj)
    return None


class Displayable:
    """Mixin: Jupyter shows the object through the renderers registered for its class."""

    def _repr_markdown_(self) -> str | None:
        return rendered(self, "text/markdown")


__all__ = ["RENDERERS", "Displayable", "register", "rendered"]
