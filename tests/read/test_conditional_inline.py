"""An inline definition in a sentence that states a condition ("If the neuron is in the output layer, because
$o_j = y$, …") holds from that sentence to the next heading or condition: a display outside that stretch that uses
the name is refused. Read for the whole page, o_j = y made every o_j equal and a slip above it
(∂(w_ij o_i)/∂w_ij = o_j) was proven. "If we define $…$" defines for the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.page_reports import page_report as _report

ABOVE = """Only one term of the sum depends on $w_{{ij}}$:

$$\\frac{{\\partial}}{{\\partial w_{{ij}}}} w_{{ij}} o_i = {last}$$

If the neuron is in the output layer, because $o_j = y$, the loss is simpler.
"""

WITHIN = """When $q$ is a square, $q = z^2$, so

$$\\frac{{d q}}{{d z}} = {last}$$
{after}"""


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    found = json.loads(capsys.readouterr().out)
    return [link["status"] for link in found["links"]], [u["reason"] for u in found["unchecked"]]


@pytest.mark.parametrize("last", ["o_i", "o_j"])
def test_a_display_above_the_condition_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str
) -> None:
    statuses, reasons = check(tmp_path, capsys, ABOVE.format(last=last))
    assert statuses == []  # o_j was proven: every o_j read as y
    assert any(
        r.startswith("unreadable: uses o_j, which the page defines only under a condition (line 5") for r in reasons
    )


@pytest.mark.parametrize(("last", "status"), [("2 z", "proven"), ("z", "refuted")])
def test_a_display_within_the_condition_reads_its_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    statuses, _ = check(tmp_path, capsys, WITHIN.format(last=last, after=""))
    assert statuses == [status]


def test_a_display_past_a_heading_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    after = "\n## Another case\n\n$$\\frac{d q}{d z} = 2 z$$\n"
    statuses, reasons = check(tmp_path, capsys, WITHIN.format(last="2 z", after=after))
    assert statuses == ["proven"]
    assert any(r.startswith("unreadable: uses q, which the page defines only under a condition") for r in reasons)


@pytest.mark.parametrize(("last", "status"), [("2 z", "proven"), ("z", "refuted")])
def test_if_we_define_still_defines(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str) -> None:
    text = f"$$\\frac{{d s}}{{d z}} = {last}$$\n\nIf we define $s = z^2$, the slope is as above.\n"
    statuses, _ = check(tmp_path, capsys, text)
    assert statuses == [status]


@pytest.mark.parametrize(("second", "status"), [("-q_i q_k", "proven"), ("q_i q_k", "refuted")])
def test_cases_on_indices_stay_within_the_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str, status: str
) -> None:
    """ "If $i = k$:" below "When $q$ is the softmax …" is a case within that condition, not another one."""
    text = (
        "When $q$ is the softmax of logits $z$, $q_i = \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}$.\n\n"
        "If $i = k$:\n\n$$\\frac{\\partial q_i}{\\partial z_k} = q_i(1 - q_i)$$\n\n"
        f"If $i \\neq k$:\n\n$$\\frac{{\\partial q_i}}{{\\partial z_k}} = {second}$$\n"
    )
    statuses, _ = check(tmp_path, capsys, text)
    assert statuses == ["proven", status]


@pytest.mark.parametrize(
    "said",
    [
        "Assume $N = 2M$ only when noted.",
        "We set $N = 2M$ only for even batches.",
        "In the first draft we wrote $N = 2M$ by mistake.",
        # a probe's: denied before the formula, or after it in other words
        "Do not assume $N = 2M$.",
        "It is not true that $N = 2M$.",
        "Note that $N = 2M$ never holds.",
        "We never have $N = 2M$.",
        "A common mistake is to write $N = 2M$.",
        "We wrote $N = 2M$ by accident.",
        "Assume $N = 2M$ (a typo).",
        "Assume $N = 2M$ when noted.",
        "Assume $N = 2M$ just for the last section.",
        "Earlier we had $N = 2M$, which was an error.",
    ],
)
def test_a_definition_held_to_where_the_page_does_not_say_refuses_its_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    """Read as N's definition for the whole page, "Assume $N = 2M$ only when noted." proved N/2 = M (a probe's g2)."""
    report = _report(tmp_path, capsys, said + "\n\n$$\n\\frac{N}{2} = M\n$$\n")
    assert report["links"] == []
    assert "defines only under a condition (line 1" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(
    "said",
    [
        "Let $N = 2M$. Only then",
        "Since $a$ is not zero, let $N = 2M$.",
        "Let $N = 2M$, which never changes.",
        "Define the error $N = 2M$.",  # the error term: a noun of backprop, no denial
        "Let $N = 2M$ be the error of the batch.",
    ],
)
def test_a_plain_definition_with_only_elsewhere_still_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    report = _report(tmp_path, capsys, said + "\n\n$$\n\\frac{N}{2} = M\n$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"]


def test_a_setting_that_states_a_shape_is_no_condition_on_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Goodfellow's "Suppose that $x \\in \\mathbb{R}^m$, $y = g(x)$ and $z = f(y)$. Then": $x \\in \\mathbb{R}^m$ is a
    shape; the display had been refused as under a condition on values, advice the page could not follow."""
    page = (
        "---\nfunctions: [f, g]\n---\nSuppose that $x \\in \\mathbb{R}^m$, $y = g(x)$ and $z = f(y)$. Then\n\n"
        "$$\\frac{\\partial z}{\\partial x_i} = \\sum_j \\frac{\\partial z}{\\partial y_j} \\frac{\\partial y_j}"
        "{\\partial x_i}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert not any("condition on values" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "words",
    [
        "Unlike",
        "Instead of",
        "Rather than",
        "As opposed to",
        "In contrast to",
        "Contrary to the usual choice",  # probe s54's F6
        "It would be tempting to put",
        "Forget the earlier choice",
        "Everything is as before, except that we no longer have",
    ],
)
def test_a_formula_the_page_sets_its_own_against_defines_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str
) -> None:
    """Probe s53's oo03/oo04: "Unlike $\\hat y = w x$ …" was the page's definition of ŷ, and ∂ŷ/∂w = x was proven."""
    page = f"{words} $\\hat y = w x$ in linear regression, here the output is squared.\n\n"
    page += "$$\\frac{\\partial \\hat y}{\\partial w} = x$$\n"
    report = _report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert "can be read two ways" in report["unchecked"][0]["reason"]


def test_the_formula_after_the_one_set_against_defines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same sentence's second formula, whose text starts as the first's does ($\\hat y = w x^2$), is the page's
    definition: ∂L/∂w = 2(ŷ − y)x is refuted with it (it had been refused, ŷ read as defined twice)."""
    page = "Unlike $\\hat y = w x$ in linear regression, here the output is squared: $\\hat y = w x^2$. "
    page += "The loss is $L = (\\hat y - y)^2$.\n\n$$\\frac{\\partial L}{\\partial w} = 2(\\hat y - y) x$$\n"
    report = _report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == ["refuted"], report
