"""A check report as JSON: ``file``, ``links`` (line, lhs, rhs, what they were read as, status, counterexample,
mistake) and what was not checked."""

from __future__ import annotations

import json
from typing import Any

from derive.printers.json import symbol_name, sympy_syntax
from derive.printers.latex import latex_expr
from derive.printers.report_words import CheckedLink, CheckReport, case_words, read_as


def _link(checked: CheckedLink) -> dict[str, Any]:
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
    if counterexample is not None:
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
            "correct_rhs": latex_expr(diagnosis.correct),
        }
    return entry


def json_object(report: CheckReport) -> dict[str, Any]:
    n = report.document.space.n
    first = report.first_wrong
    return {
        "file": report.document.path,
        "n": n if isinstance(n, int) else "symbolic",
        "links": [_link(link) for link in report.links],
        "first_wrong_line": None if first is None else first.link.line,
        "unchecked": [
            {"line": u.line, "reason": u.reason, "holds_equality": u.equality} for u in report.document.unchecked
        ],
        "inline_equalities": report.document.inline_equalities,
        "inferred": report.document.inferred,
        "assumptions_point": None
        if report.assumptions_point is None
        else {symbol_name(name): sympy_syntax(value) for name, value in report.assumptions_point},
        "ok": report.ok,
    }


def json_report(report: CheckReport) -> str:
    return json.dumps(json_object(report), indent=2, ensure_ascii=False) + "\n"
