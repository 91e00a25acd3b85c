"""SymPy's ``Subs`` compares equal whatever its points, where they print alike (sympy/sympy#22142; its fix, #22144,
was closed unmerged): ``Subs(σ'(u), u, h_i)`` with h real equals it with h plain, since its hashable content keeps
each point only as the name of a symbol. Two pages checked in one process (the tests, ``derive.check_text``) then
shared SymPy's cache across their notations: the second page's ``σ'(h_i) x_j`` came back built with the first
page's h, was not written down by the second page's definition of h, and a proven link was refuted. Within one page,
``σ'(a) = σ'(b)`` with a and b printing alike would have been proven. The points are kept in the content, as a
SymPy ``Tuple`` so that ``Basic.compare`` can order two of them."""

from __future__ import annotations

from sympy import Subs, Tuple, default_sort_key

_hashable_content = Subs._hashable_content


def _with_points(self: Subs) -> tuple[object, ...]:
    """Subs's own content (alike up to the names of its variables), and its points as they are."""
    return (*_hashable_content(self), Tuple(*sorted(self.point, key=default_sort_key)))


if getattr(Subs._hashable_content, "__name__", "") != _with_points.__name__:  # once, on a module reloaded too
    Subs._hashable_content = _with_points
