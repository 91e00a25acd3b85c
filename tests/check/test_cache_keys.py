"""The verdict cache's keys for what pages bring: undefined functions (σ), Dummies (σ'(z) is a Subs of one), symbols
whose assumptions were stored in a set's order. A key must tell apart every two claims that differ, and be the
same for one claim in every process: else a warm run is a miss, and a page that writes σ was never cached."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sympy import Dummy, Function, IndexedBase, Symbol, Tuple

from derive.check.cache import content
from derive.model.vector_functions import of_vector, partial_of

x = Symbol("x", real=True)


def test_an_undefined_function_is_keyed_with_its_assumptions() -> None:
    real, positive = Function("sigma", real=True), Function("sigma", positive=True)
    texts = {content(real(x)), content(positive(x)), content(Function("tau", real=True)(x))}
    assert None not in texts and len(texts) == 3
    assert content(real(x)) == content(Function("sigma", real=True)(x))


def test_functions_of_a_whole_vector_are_keyed_by_their_function() -> None:
    v, n, m = IndexedBase("v", real=True), Symbol("n", integer=True, positive=True), Symbol("m", integer=True)
    real, positive = Function("g", real=True), Function("g", positive=True)
    texts = {content(of_vector(real)(v, n)), content(of_vector(positive)(v, n)), content(partial_of(real)(v, n, m))}
    assert None not in texts and len(texts) == 3


def test_dummies_are_keyed_by_where_they_stand_not_by_their_index() -> None:
    first, second = Dummy("u", real=True), Dummy("u", real=True)
    later, again = Dummy("u", real=True), Dummy("u", real=True)
    assert content(Tuple(first, second)) == content(Tuple(later, again))  # the same shape, other dummy indices
    assert content(Tuple(first, first)) != content(Tuple(first, second))  # one Dummy twice is not two
    assert content(Tuple(first, Dummy("u", positive=True))) != content(Tuple(first, second))


PAGE = r"""With $a_j = \sigma(z_j)$ and $L = \sum_j a_j^2$,

$$
\frac{\partial L}{\partial z_k} = 2 a_k \sigma'(z_k)
$$
"""

CHILD = """
import sys
from pathlib import Path
from derive.check.cache import VerdictCache
from derive.report import check_file
cache = VerdictCache(Path(sys.argv[2]))
reports = check_file(Path(sys.argv[1]), cache=cache)
print(cache.hits, cache.misses)
"""


def test_a_page_with_sigma_is_read_back_from_the_cache_in_another_process(tmp_path: Path) -> None:
    """Before, σ made a claim uncacheable and the assumptions of a symbol came in a set's order: 0 hits."""
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    counts = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", CHILD, str(page), str(tmp_path / "cache")]
        counts.append(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout.split())
    assert counts == [["0", "1"], ["1", "0"]]
