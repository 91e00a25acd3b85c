"""A check report with made-up verdicts (printers never compute): a refuted first link with a counterexample and
a known mistake, then a proven one; and a second chain under a case, unproven."""

from __future__ import annotations

from pathlib import Path

from sympy import Indexed, Integer, Rational, Symbol

from derive.check.diagnose import DROPPED_SUM, Diagnosis, LinkResult
from derive.check.verdict import Counterexample, Status, Verdict
from derive.read import read_document
from derive.report import CheckReport, report

TEXT = """---
n: symbolic
vectors: [z, y]
indices: [i, j, k]
define:
  s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}
  L: -\\sum_{i=1}^{n} y_i \\log s_i
---
$$
\\begin{aligned}
\\frac{\\partial L}{\\partial z_k} &= y_k (s_k - 1) \\\\
&= y_k s_k - y_k
\\end{aligned}
$$

### Case i = k

$$\\frac{\\partial s_i}{\\partial z_k} = s_i (1 - s_k)$$
"""


def made_up_report(directory: Path, name: str = "d.md") -> CheckReport:
    path = directory / name
    path.write_text(TEXT, encoding="utf-8")
    document = read_document(path)
    k = Symbol("k", integer=True)
    base_y = next(entry.base for entry in document.links[1].rhs.atoms(Indexed) if str(entry.base) == "y")
    counterexample = Counterexample(((k, Integer(1)), (base_y[1], Integer(0))), Rational(1, 10), Integer(0))
    diagnosis = Diagnosis(DROPPED_SUM, "only one term kept", Symbol("x"), counterexample)
    results = [
        LinkResult(Verdict(Status.REFUTED, "counterexample at n = 2", "n = 2", counterexample), diagnosis),
        LinkResult(Verdict(Status.PROVEN, "identical normal forms", "every n ≥ 1")),
        LinkResult(Verdict(Status.UNPROVEN, "no proof within 10 s")),
    ]
    return report(document, results)
