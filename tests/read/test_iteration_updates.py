"""A gradient step written with an iteration label, ``w^{(l+1)} = w^{(l)} - h …``: listed as an update, not checked.

Before, the label was taken for an example's (the display refused as "defined over every example, beside w written
without its example's label") or for a power (``^{(l)} can be read two ways``), and a page of such steps (Q-08) was
listed unreadable throughout; read as a claim, an update would say the step is 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

STEP = (
    "an update ({}), a step of the descent from the iterate before it: neither a definition nor a claim, so not checked"
)


def unchecked(report: dict) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    return [(u["line"], u["reason"]) for u in report["unchecked"]]


def test_a_labelled_step_is_an_update(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "$$ \\displaystyle\n   \\hat{b}^{(l + 1)} = \\hat{b}^{(l)} - h \\cdot\n   \\sum \\limits_{i = 1}^{M}\n"
        "\t\\left(\n\t      y^{(i)} - t^{(i)}\n\t\\right)\n\tg'(\\hat{r}^{(i)})\n$$\n\n"
        "$$ \\theta^{t+1} = \\theta^{t} - \\eta g $$\n\n$$ a + a = 2a $$\n"
    )
    report = page_report(tmp_path, capsys, text)
    assert [(link["status"], link["line"]) for link in report["links"]] == [("proven", 12)]
    assert unchecked(report) == [(2, STEP.format("\\hat{b}^{(l + 1)} = …")), (10, STEP.format("\\theta^{t+1} = …"))]


def test_a_step_split_over_two_displays_and_a_continuation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Writing in the rule:\n\n$$ \\displaystyle\nw_{x_1,1}^{(l + 1)} = \n$$\n\n$$ \\displaystyle\n"
        "w_{x_1,1}^{(l)} - h \\cdot g\n$$\n\n$$ x^{(l+1)} = x^{(l)} - h \\cdot g = x^{(l)} - g h $$\n\n"
        "$$ = x^{(l)} - 2 g h $$\n\n$$ a + a = 2a $$\n"
    )
    report = page_report(tmp_path, capsys, text)
    assert [(link["status"], link["line"]) for link in report["links"]] == [("proven", 15)]
    assert unchecked(report)[:3] == [
        (4, STEP.format("w_{x_1,1}^{(l + 1)} = …")),
        (11, STEP.format("x^{(l+1)} = …")),
        (11, "unreadable: ^{(l)} can be read two ways: a label (layer or sample l), or the power l, written ^{l}"),
    ]  # the links after the update's head are claims, read as any other (here refused for the label l)
    assert [line for line, _ in unchecked(report)] == [4, 11, 11, 13]
    assert all(u["holds_equality"] for u in report["unchecked"])  # an update is an '=' not checked: exit 1
    assert report["exit"] == 1


@pytest.mark.parametrize(
    "display",
    [
        "x^{n+1} = x^{n} - x^{n}",  # a power identity, no descent (a probe's: listed as an update, false)
        "a^{(n+1)} = a^{(n)} - 2n - 1",  # a sequence's recurrence
    ],
)
def test_a_step_with_no_rate_or_gradient_is_no_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    report = page_report(tmp_path, capsys, f"$$ {display} $$\n")
    assert not any(u["reason"].startswith("an update") for u in report["unchecked"])


def test_a_false_claim_after_an_update_is_not_taken_with_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A probe's: ``w^{(l+1)} = w^{(l)} - \\eta g, \\quad (a+b)^2 = a^2 + b^2`` and ``… = w^{(l)} + \\eta g`` had
    their false equations listed only as the update."""
    for display in ("w^{(l+1)} = w^{(l)} - \\eta g, \\quad (a+b)^2 = a^2 + b^2", "w = w^{(l)} - \\eta g = 2"):
        report = page_report(tmp_path, capsys, f"$$ {display} $$\n")
        assert report["exit"] == 1 and "proven" not in [link["status"] for link in report["links"]]
    report = page_report(tmp_path, capsys, "$$ w^{(l+1)} = w^{(l)} - \\eta g = w^{(l)} + \\eta g $$\n")
    reasons = [u["reason"] for u in report["unchecked"]]
    assert reasons[0].startswith("an update") and len(reasons) + len(report["links"]) > 1  # the rest is listed too


@pytest.mark.parametrize(
    "display",
    [
        "x^{(l+1)} = x^{(l)} + h",  # a residual layer's x^{l+1} = x^l + F(x^l): a definition, no descent
        "z^{(l+1)} = w^{(l)} - h",  # another name at step l: no update of z
        "w^{(l+1)} = 2 w^{(l)} - h",  # not the iterate minus a step
        "w^l+1 = w^l - h",  # TeX's w^l plus 1
    ],
)
def test_what_is_no_descent_step_is_read_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    report = page_report(tmp_path, capsys, f"$$ {display} $$\n")
    assert not any(u["reason"].startswith("an update") for u in report["unchecked"])


def test_a_label_named_as_the_length_is_no_example_beside_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``b^{(n)}`` (neuron n's bias, Q-08) beside the examples' ``y^{(i)}``: i numbers the examples, n is the page's
    length; both taken as labels, n was declared an index beside the length n, and once the steps above were no
    longer read the whole page stopped ("n is declared twice")."""
    text = (
        "The $$b^{(n)}$$ here is the bias of neuron $$n$$, and $$x_i$$ its inputs.\n\n"
        "$$\nE = \\frac{1}{2} \\sum_{i = 1}^{M} \\left( y^{(i)} - t^{(i)} \\right)^2\n$$\n\n"
        "$$\ny_n = x_n + b_n\n$$\n\n$$ a^{(i)} + a^{(i)} = 2 a^{(i)} $$\n"
    )
    report = page_report(tmp_path, capsys, text)
    assert [(link["status"], link["line"]) for link in report["links"]] == [("proven", 11)]
    assert [u["line"] for u in report["unchecked"] if u["reason"].startswith("unreadable")] == []


def test_the_steps_label_is_no_examples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``w^{(l)}`` on a page whose updates count steps by l: w is no total over the examples, and a display writing
    w bare beside the examples' total is not refused as the total "beside w written without its example's label"."""
    text = (
        "$$ w^{(l+1)} = w^{(l)} - h \\cdot g $$\n\n"
        "$$ E = \\frac{1}{2} \\sum_{i = 1}^{M} \\left( y^{(i)} - t^{(i)} \\right)^2 + w^{(l)} $$\n\n"
        "$$ E - w = \\frac{1}{2} \\sum_{i = 1}^{M} \\left( y^{(i)} - t^{(i)} \\right)^2 $$\n"
    )
    report = page_report(tmp_path, capsys, text)
    assert [(link["status"], link["line"]) for link in report["links"]] == [("unproven", 5)]  # E's definition unread
    assert not any("written without its example's label" in u["reason"] for u in report["unchecked"])


def test_a_bare_steps_name_raised_below_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\theta^{t+1} = \\theta^{t} - \\eta g`` is an update, so ``\\theta^{t+1} - \\theta^{t}`` below is the step or
    a difference of powers: refused naming both; read as powers, the page's true line was refuted."""
    text = (
        "$$ \\theta^{t+1} = \\theta^{t} - \\eta g $$\n\n$$ \\theta^{t+1} - \\theta^{t} = - \\eta g $$\n\n"
        "$$ \\beta^{t} \\beta = \\beta^{t+1} $$\n"
    )
    report = page_report(tmp_path, capsys, text)
    assert [(link["status"], link["line"]) for link in report["links"]] == [("proven", 5)]  # β, no update: a power
    assert unchecked(report) == [
        (1, STEP.format("\\theta^{t+1} = …")),
        (3, "unreadable: \\theta^{t} beside the update at line 1 can be read two ways: \\theta at step t, as the "
            "update writes it, or the power t of \\theta: write \\theta^{(t)} for the step"),
    ]  # fmt: skip
