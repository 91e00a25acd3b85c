"""The plain-SymPy baseline of the benchmark: what a SymPy user writes to check softmax with cross-entropy at n.

It builds s_i = exp(z_i) / Σ_j exp(z_j) and L = −Σ_i y_i log s_i over n real symbols, differentiates with
``diff``, and asks ``simplify(lhs − rhs) == 0`` of every Jacobian entry against s_i(δ_ik − s_k), of every
gradient entry against s_k Σ_i y_i − y_k, and of the one-hot result ŷ_k − y_k under Σ_i y_i = 1 (by
substituting y_n = 1 − Σ of the others). It is the same work as ``derive`` proving ``softmax-ce`` at n, without
derive: no steps, no verdicts, no counterexamples.

    python bench/baseline.py 8      # prints: seconds, peak memory (KB), and True if every entry simplified to 0
"""

from __future__ import annotations

import resource
import sys
import time


def softmax_ce_plain(n: int) -> bool:
    """True when SymPy's simplify proves every Jacobian entry, every gradient entry and the one-hot result."""
    from sympy import Add, diff, exp, log, simplify, symbols

    z = symbols(f"z1:{n + 1}", real=True)
    y = symbols(f"y1:{n + 1}", real=True)
    total = Add(*(exp(zj) for zj in z))
    s = [exp(zi) / total for zi in z]
    loss = -Add(*(yi * log(si) for yi, si in zip(y, s, strict=True)))
    ok = True
    for i in range(n):
        for k in range(n):
            delta = 1 if i == k else 0
            ok = ok and simplify(diff(s[i], z[k]) - s[i] * (delta - s[k])) == 0
    gradient = [diff(loss, zk) for zk in z]
    for k in range(n):
        ok = ok and simplify(gradient[k] - (s[k] * Add(*y) - y[k])) == 0
    one_hot = {y[-1]: 1 - Add(*y[:-1])}
    for k in range(n):
        ok = ok and simplify((gradient[k] - (s[k] - y[k])).subs(one_hot)) == 0
    return bool(ok)


def main() -> None:
    n = int(sys.argv[1])
    start = time.perf_counter()
    ok = softmax_ce_plain(n)
    seconds = time.perf_counter() - start
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ok)


if __name__ == "__main__":
    main()
