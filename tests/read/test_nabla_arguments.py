"""``\\nabla E(\\hat{w}_1)``, ∇ before a name applied to one accented or subscripted name: ∂E/∂ŵ₁ (Q-08's weights).

Before, only a one-letter argument was read (∇J(w) = ∇_w J), and each such display was refused as "\\nabla needs
what it differentiates by as a subscript"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


def verdicts(report: dict) -> list[tuple[str, int]]:  # type: ignore[type-arg]
    return [(link["status"], link["line"]) for link in report["links"]]


def test_the_gradient_of_a_value_by_an_accented_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "$$ E = \\hat{a}^2 b $$\n\n$$ \\nabla E(\\hat{a}) = 2 \\hat{a} b $$\n\n$$ \\nabla E(\\hat{a}) = \\hat{a} b $$\n"
    )
    report = page_report(tmp_path, capsys, text)
    assert verdicts(report) == [("proven", 3), ("refuted", 5)]  # ∂(â²b)/∂â = 2âb, not âb


def test_an_entry_of_a_function_of_a_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "---\nvectors: [w, x]\ndefine:\n  E(w): (w_1 x_1 + w_2 x_2)^2\n---\n"
        "$$ \\nabla E(w_1) = 2 (w_1 x_1 + w_2 x_2) x_1 $$\n\n$$ \\nabla E(\\hat{w}_1) = 0 $$\n"
    )
    report = page_report(tmp_path, capsys, text)
    assert verdicts(report) == [("proven", 6)]
    assert [(u["line"], u["reason"]) for u in report["unchecked"]] == [
        (8, "unreadable: E is defined at its own arguments only: write it E(w)"),  # ŵ_1: no entry of w
    ]


def test_a_function_of_a_number_is_its_derivative_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\nscalars: [a, b]\ndefine:\n  E(x): x^2 b\n---\n$$ \\nabla E(\\hat{a}) = 2 \\hat{a} b $$\n"
    report = page_report(tmp_path, capsys, text)
    assert verdicts(report) == [("proven", 6)]  # E'(â), as ∇E(a) reads: never ∂(x²b)/∂â = 0


def test_a_value_written_without_the_argument_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\nscalars: [t]\n---\n$$ E = t^2 $$\n\n$$ \\nabla E(\\hat{a}) = 2 \\hat{a} $$\n"
    report = page_report(tmp_path, capsys, text)
    assert verdicts(report) == []  # ∂(t²)/∂â = 0 would refute E'(â) = 2â, which a page may mean
    assert [(u["line"], u["reason"]) for u in report["unchecked"] if u["reason"].startswith("unreadable")] == [
        (6, "unreadable: \\nabla E(\\hat{a}) of what is written without \\hat{a} can be read two ways: ∂E/∂\\hat{a}, "
            "which is 0, or E a function applied at \\hat{a}, defined as E(x): … (then write \\nabla_{\\hat{a}})"),
    ]  # fmt: skip


def test_an_unread_definition_is_named_as_the_cause(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "$$\nE(w) = \\frac{1}{2} \\sum_{i = 1}^{M} \\left( g(w_1 x_1^{(i)} + w_2 x_2^{(i)}) - t^{(i)} \\right)^2\n"
        "$$\n\n"
        "$$\n\\nabla E(w_1) = \\frac{\\partial}{\\partial w_1} \\frac{1}{2} \\sum_{i = 1}^{M} \\left( g(w_1 x_1^{(i)} "
        "+ w_2 x_2^{(i)}) - t^{(i)} \\right)^2\n$$\n"
    )  # the survey's repro U8: g undeclared, so E's definition is unread
    report = page_report(tmp_path, capsys, text)
    assert [(u["line"], u["reason"]) for u in report["unchecked"] if u["line"] == 6] == [
        (6, "unreadable: \\nabla E(w_1) needs the page's definition of E, which derive could not read (listed at its "
            "line, with why): correct it there"),
    ]  # fmt: skip
