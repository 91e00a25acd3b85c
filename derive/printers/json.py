"""JSON output: the derivation, every step with its verdict, and the result, as strings that sympify reads back.

The contract (tools and tests rely on it): top-level keys ``name``, ``title``, ``n``, ``ok``, ``assumptions``,
``definitions``, ``symbols``, ``steps``, ``result``. Expressions are SymPy syntax: an entry with integer
indices is the plain symbol ``z_1`` (the names listed in ``symbols``), one with symbolic indices is
``Indexed('z', i)``, a sum with one index left out is a ``Sum`` with a Kronecker-delta factor. A symbol whose
name sympify would read as one of SymPy's own (E, gamma, beta …) is written ``Symbol('E')``; ReLU is ``Max(0, a)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

from sympy import Basic, Indexed, IndexedBase, Integer, MatMul, MatrixBase, Mul, NDimArray, S, Symbol
from sympy.printing.precedence import PRECEDENCE, precedence
from sympy.printing.str import StrPrinter

from derive.check import CheckedChain, CheckedDerivation, Counterexample, Evidence, Status, Verdict
from derive.engine.step import Step
from derive.model.notation import SumExcept
from derive.printers.latex_math import latex_expr, plain_product, written_once
from derive.printers.numbers import HugeNumbers
from derive.printers.report_words import CheckedLink, CheckReport, case_words, read_as


class SympySyntaxPrinter(HugeNumbers, StrPrinter):
    exact = True
    """A StrPrinter whose output ``sympify`` reads: z_1 for z[1], Indexed('z', i) for z[i], one-line matrices."""

    printmethod = "_derive_sympy_syntax"  # not "_sympystr": Indexed would print itself as z[i]
    _default_settings: ClassVar[dict[str, Any]] = {**StrPrinter._default_settings, "order": "none"}

    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)
        self.indexed: dict[Basic, str] = {}

    def _print_Symbol(self, expr: Symbol) -> str:
        return f"Symbol({expr.name!r})" if expr.name in _sympy_names() else expr.name

    def _print_relu(self, expr: Basic) -> str:
        return f"Max(0, {self._print(expr.args[0])})"

    def _print_IndexedBase(self, expr: IndexedBase) -> str:
        return f"IndexedBase({str(expr.label)!r})"

    def _print_Indexed(self, expr: Indexed) -> str:
        written = self.indexed.get(expr)  # once per entry: a matrix's n² entries name the same n entries of s
        if written is None:
            if all(isinstance(index, Integer) for index in expr.indices):
                written = "_".join([str(expr.base.label), *(str(index) for index in expr.indices)])
            else:
                indices = ", ".join(str(self._print(index)) for index in expr.indices)
                written = f"Indexed({str(expr.base.label)!r}, {indices})"
            self.indexed[expr] = written
        return written

    def _print_SumExcept(self, expr: SumExcept) -> str:
        variable, lower, upper = (str(self._print(x)) for x in expr.limit)
        excluded = self._print(expr.excluded)
        return (
            f"Sum(({self._print(expr.function)})*(1 - KroneckerDelta({variable}, {excluded})), "
            f"({variable}, {lower}, {upper}))"
        )

    def _print_MatrixBase(self, expr: MatrixBase) -> str:
        """Row by row from ``tolist`` (SymPy's ``row`` copies a row and reads each entry through its slow path),
        each distinct entry written once (a symmetric matrix has each off-diagonal entry twice)."""
        entry_text = written_once(self)
        rows = (", ".join(entry_text(entry) for entry in row) for row in expr.tolist())
        return "Matrix([" + ", ".join(f"[{row}]" for row in rows) + "])"

    def _print_NDimArray(self, expr: NDimArray) -> str:
        return f"Array({self._print(expr.tolist())})"

    def _print_Mul(self, expr: Basic) -> str:
        """As StrPrinter's; a product of entries and symbols (−s_1*s_2, most entries of a large matrix) directly."""
        plain = plain_product(self, expr.args, "*", "-") if isinstance(expr, Mul) else None
        return plain if plain is not None else str(super()._print_Mul(expr))

    def _print_MatAdd(self, expr: Basic) -> str:
        """StrPrinter's ``_print_Add`` for a sum of matrices, without asking a product for its precedence: SymPy
        answers that by negating the product, which multiplies explicit factors out (n² entries), and a product's
        precedence (Mul, or Add with a minus sign) never puts it in parentheses inside a sum anyway."""
        parts: list[str] = []
        for term in self._as_ordered_terms(expr, order=None):
            text = str(self._print(term))
            sign = "+"
            if text.startswith("-") and not term.is_Add:
                sign, text = "-", text[1:]
            below = not isinstance(term, MatMul) and precedence(term) < PRECEDENCE["Add"]
            parts.extend([sign, f"({text})" if below or term.is_Add else text])
        sign = parts.pop(0)
        return ("" if sign == "+" else sign) + " ".join(parts)

    def _print_MatMul(self, expr: Basic) -> str:
        args = list(expr.args)
        sign = ""
        if len(args) > 1 and args[0] == S.NegativeOne:
            sign, args = "-", args[1:]
        return sign + "*".join(str(self.parenthesize(a, PRECEDENCE["Mul"], strict=False)) for a in args)


@cache
def _sympy_names() -> frozenset[str]:
    """The names sympify reads as SymPy's own objects (its namespace is SymPy's top level)."""
    import sympy

    return frozenset(vars(sympy))


def sympy_syntax(expr: Basic) -> str:
    """``expr`` as a string that ``sympy.sympify`` reads back (z_1 for z[1], Indexed('z', i) for z[i])."""
    return str(SympySyntaxPrinter().doprint(expr))


def symbol_name(symbol: Basic) -> str:
    """The name of a symbol as JSON lists it: z_1 for z[1], z for the vector z (symbolic n), k for k."""
    if isinstance(symbol, IndexedBase):
        return str(symbol.label)
    if isinstance(symbol, Symbol):
        return symbol.name
    return sympy_syntax(symbol)


def _evidence(evidence: Evidence | None) -> dict[str, int] | None:
    if evidence is None:
        return None
    return {"points": evidence.points, "agreed": evidence.agreed, "seed": evidence.seed, "digits": evidence.digits}


def _counterexample(counterexample: Counterexample | None) -> dict[str, Any] | None:
    if counterexample is None:
        return None
    return {
        "values": {symbol_name(name): sympy_syntax(value) for name, value in counterexample.values},
        "lhs": sympy_syntax(counterexample.lhs_value),
        "rhs": sympy_syntax(counterexample.rhs_value),
    }


def _step(
    checked: CheckedChain, at: int, step: Step, verdict: Verdict, syntax: Callable[[Basic], str]
) -> dict[str, Any]:
    chain = checked.chain
    return {
        "chain": chain.title,
        "case": step.case.name,
        "step": at + 1,
        "lhs": syntax(chain.lhs),
        "rule": step.rule.name,
        "statement": step.rule.statement,
        "justification": step.justification,
        "expr": syntax(step.expr),
        "latex": latex_expr(step.expr),
        "status": verdict.status.value,
        "expected": chain.expected,
        "method": verdict.method,
        "scope": verdict.scope,
        "assumptions": [assumption.phrase for assumption in step.assumptions],
        "evidence": _evidence(verdict.evidence),
        "counterexample": _counterexample(verdict.counterexample),
    }


def json_object(checked: CheckedDerivation) -> dict[str, Any]:
    """The checked derivation as plain JSON data, in the documented contract (keys in a fixed order)."""
    d = checked.derivation
    syntax = _remembered(sympy_syntax)  # a chain's left side is written at each of its steps
    return {
        "name": d.name,
        "title": d.title,
        "n": d.n if isinstance(d.n, int) else str(d.n),
        "ok": checked.ok,
        "assumptions": [assumption.phrase for assumption in d.assumptions],
        "definitions": {symbol_name(x.name): sympy_syntax(x.body) for x in d.definitions},
        "symbols": {role: [symbol_name(s) for s in symbols] for role, symbols in d.symbols},
        "steps": [
            _step(chain, at, step, verdict, syntax)
            for chain in checked.chains
            for at, (step, verdict) in enumerate(zip(chain.chain.steps, chain.verdicts, strict=True))
        ],
        "result": syntax(d.result),
    }


def _remembered(write: Callable[[Basic], str]) -> Callable[[Basic], str]:
    """``write``, once per distinct expression (an n × n matrix written again costs as much as the first time)."""
    written: dict[Basic, str] = {}

    def remembered(expr: Basic) -> str:
        try:
            return written[expr]
        except KeyError:
            text = written[expr] = write(expr)
            return text
        except TypeError:  # an expression that cannot be hashed
            return write(expr)

    return remembered


def json_text(checked: CheckedDerivation) -> str:
    """``json_object`` as text: indent 2, unicode kept, a trailing newline; the same input gives the same bytes."""
    return json.dumps(json_object(checked), indent=2, ensure_ascii=False) + "\n"


def _report_link(checked: CheckedLink) -> dict[str, Any]:
    link = checked.link
    entry: dict[str, Any] = {
        "line": link.line,
        "chain": link.chain,
        "lhs": link.lhs_latex,
        "rhs": link.rhs_latex,
        "read_as": read_as(link),
        "case": case_words(link) or None,
        "status": checked.status.value,
        "assuming": [a.phrase for a in link.constraints],
        "method": checked.method,
        "scope": checked.scope,
    }
    counterexample = checked.counterexample
    if counterexample is not None and checked.status is Status.REFUTED:  # an undefined link's point is in its method
        entry["counterexample"] = {
            "values": {symbol_name(name): sympy_syntax(value) for name, value in counterexample.values},
            "lhs": sympy_syntax(counterexample.lhs_value),
            "rhs": sympy_syntax(counterexample.rhs_value),
        }
    diagnosis = checked.result.diagnosis
    if diagnosis is not None:
        entry["mistake"] = {
            "name": diagnosis.mistake,
            "explanation": diagnosis.explanation,
            "correct_rhs": None if diagnosis.correct is None else latex_expr(diagnosis.correct),
        }
    return entry


def report_object(report: CheckReport) -> dict[str, Any]:
    n = report.document.space.n
    first = report.first_wrong
    return {
        "file": report.document.path,
        "n": n if isinstance(n, int) else "symbolic",
        "links": [_report_link(link) for link in report.links],
        "first_wrong_line": None if first is None else first.link.line,
        "unchecked": [
            {"line": u.line, "reason": u.reason, "holds_equality": u.equality} for u in report.document.unchecked
        ],
        "inline_equalities": report.document.inline_equalities,
        "inferred": report.document.inferred,
        "assumptions": [a.phrase for a in report.document.assumptions],
        "readings": list(report.document.readings),
        "assumptions_point": None
        if report.assumptions_point is None
        else {symbol_name(name): sympy_syntax(value) for name, value in report.assumptions_point},
        "ok": report.ok,
    }


def json_report(report: CheckReport) -> str:
    return json.dumps(report_object(report), indent=2, ensure_ascii=False) + "\n"


__all__ = [
    "SympySyntaxPrinter",
    "json_object",
    "json_report",
    "json_text",
    "report_object",
    "symbol_name",
    "sympy_syntax",
]
