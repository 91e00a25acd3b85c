"""Terminal text and Markdown: marks, rule names and verdicts, without ANSI codes; and `render` dispatches."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable
from io import StringIO

import pytest
from rich.console import Console
from sympy import Basic

from derive.check import CheckedDerivation, Counterexample
from derive.engine import names
from derive.printers import FORMATS, render
from derive.printers.latex import latex_expr
from derive.printers.markdown import markdown
from derive.printers.plain import plain
from derive.printers.terminal import plain_text, print_checked

Checked = Callable[[str, int], CheckedDerivation]


@pytest.mark.parametrize("name", names())
def test_plain_text_has_marks_and_rule_names_and_no_ansi(checked: Checked, name: str) -> None:
    c = checked(name, 3)
    text = plain_text(c)
    assert "\x1b" not in text
    assert text.count("✓") >= sum(v.proven for chain in c.chains for v in chain.verdicts)
    for chain in c.chains:
        assert chain.chain.title in text
        for step in chain.chain.steps:
            assert step.rule.name in text
    assert text.rstrip().splitlines()[-1].startswith("All ")
    assert all(len(line) <= 100 for line in text.splitlines())


def _counterexample(c: CheckedDerivation) -> Counterexample:
    (found,) = [v.counterexample for chain in c.chains for v in chain.verdicts if v.counterexample is not None]
    return found


def _values(counterexample: Counterexample, show: Callable[[Basic], str]) -> str:
    return ", ".join(f"{show(name)} = {show(value)}" for name, value in counterexample.values)


def test_shortcut_is_shown_as_refuted_as_expected(checked: Checked) -> None:
    c = checked("softmax-ce", 2)
    text = plain_text(c)
    assert "✗ = ŷ_k - y_k" in text
    assert "Refuted, as expected: this shortcut is false." in text
    assert "counterexample at n = 2: " + _values(_counterexample(c), plain) in " ".join(text.split())
    assert text.rstrip().endswith("All 29 steps proven at n = 2. The shortcut is refuted, as expected.")


def test_print_checked_writes_to_the_console(checked: Checked) -> None:
    buffer = StringIO()
    print_checked(checked("softmax-jacobian-log", 2), Console(file=buffer, width=100, color_system=None))
    assert "Log-derivative of softmax" in buffer.getvalue()


def test_markdown_shape(checked: Checked) -> None:
    text = markdown(checked("softmax-ce", 2))
    assert text.startswith("# Softmax with cross-entropy: the gradient ŷ − y\n")
    assert "## Softmax Jacobian, case i = k\n" in text
    assert "✓ (2) *quotient rule*\n\n$$ = " in text  # a mark beside the step, its words after the chain
    assert "2. **quotient rule**: ∂(f/g) = (∂f·g − f·∂g) / g². proven — " in text
    assert "numeric check agrees at 3/3 random points" in text
    assert "$$ = s_{i} \\left(1 - s_{i}\\right) $$" in text
    assert "- $s_{i} = \\frac{e^{z_{i}}}{\\sum_{j=1}^{2} e^{z_{j}}}$" in text


def test_wrong_step_is_refuted_with_its_counterexample_in_every_format(wrong: CheckedDerivation) -> None:
    assert not wrong.ok
    counterexample = _counterexample(wrong)
    names_ = {str(name) for name, _ in counterexample.values}
    assert {"i", "k", "z[1]", "z[2]"} <= names_
    text = plain_text(wrong)
    assert "✗ = s_i·s_k" in text
    assert "counterexample at n = 2: " + _values(counterexample, plain) + "; left side = " in " ".join(text.split())
    assert "1 of 16 steps not proven." in text
    md = markdown(wrong)
    assert "refuted — counterexample at n = 2: " + _values(counterexample, plain) + "; left side = " in md
    tex = render(wrong, "latex")
    assert r"\times\ \text{(6) substitute the definition}" in tex
    math = ", ".join(f"${latex_expr(name)} = {latex_expr(value)}$" for name, value in counterexample.values)
    assert f"at $n = 2$ and {math}, the left side is ${latex_expr(counterexample.lhs_value)}$" in tex
    assert render(wrong, "latex-fragment") in tex
    assert '"status": "refuted"' in render(wrong, "json")


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_knows_every_format(checked: Checked, fmt: str) -> None:
    text = render(checked("softmax-jacobian-log", 2), fmt)
    # Every step proven: GitHub's format has nothing to annotate, and says so in a line naming the derivation.
    expected = "The softmax Jacobian by the log-derivative" if fmt == "github" else "Log-derivative of softmax"
    assert text.endswith("\n") and expected in text


def test_render_rejects_an_unknown_format(checked: Checked) -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'; known: text, latex"):
        render(checked("softmax-jacobian-log", 2), "pdf")


def test_rich_is_imported_only_for_text() -> None:
    code = (
        "import sys\n"
        "from derive.engine import build\n"
        "from derive.check import check_derivation\n"
        "from derive.printers import render\n"
        "c = check_derivation(build('softmax-jacobian-log', 2))\n"
        "for fmt in ('latex', 'latex-fragment', 'markdown', 'json'):\n"
        "    render(c, fmt)\n"
        "assert not any(m == 'rich' or m.startswith('rich.') for m in sys.modules), 'rich imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_symbolic_n_prints_in_every_format() -> None:
    from sympy import Symbol, sympify

    from derive.check import check_derivation
    from derive.engine import build

    n = Symbol("n", integer=True, positive=True)
    c = check_derivation(build("softmax-jacobian-log", n))
    outputs = {fmt: render(c, fmt) for fmt in FORMATS}
    assert "softmax-jacobian-log, every n (symbolic)" in outputs["text"]
    assert r"\sum_{j=1}^{n} e^{z_{j}}" in outputs["latex"] and outputs["latex"].isascii()
    data = json.loads(outputs["json"])
    assert data["n"] == "n" and data["symbols"] == {"logits": ["z"], "targets": ["y"]}
    for step in data["steps"]:
        sympify(step["expr"])
    sympify(data["result"])


def test_the_terminal_shows_a_large_matrix_by_its_corners() -> None:
    from derive.check import check_derivation
    from derive.engine import build

    text = plain_text(check_derivation(build("softmax-jacobian", 16)))
    assert "(16 × 16)" in text and "∂s_16/∂z_16" in text and "∂s_8/∂z_8" not in text
    assert len(text) < 12_000


def test_a_rule_name_is_printed_as_written_never_as_rich_markup(checked: Checked) -> None:
    original = checked("softmax-jacobian", 2)
    chain = original.chains[0]
    step = chain.chain.steps[0]
    marked = dataclasses.replace(step, rule=dataclasses.replace(step.rule, name="[bold]rule[/bold] :smile:"))
    renamed = dataclasses.replace(chain.chain, steps=(marked, *chain.chain.steps[1:]))
    text = plain_text(dataclasses.replace(original, chains=(dataclasses.replace(chain, chain=renamed),)))
    assert "[bold]rule[/bold] :smile:" in text
