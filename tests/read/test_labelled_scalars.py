"""Numbers labelled by a word: ``L_{\\text{hard}}`` and ``L_{\\text{soft}}`` in a distillation loss, written and
never defined, are scalars of their own (no key could declare them: "unknown symbol L_{\\text{hard}}; define it");
``L_{total}`` in italics is the same label (its letters were read as scalars t, o, a, l, and L as unknown); the
front matter may declare one, ``scalars: ['L_{\\text{hard}}']``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize(
    ("letter", "label"),
    [
        ("L", "\\text{{{}}}"),
        ("L", "\\mathrm{{{}}}"),
        ("L", "{}"),
        ("\\mathcal{L}", "\\text{{{}}}"),
        ("\\mathcal{L}", "\\mathrm{{{}}}"),
    ],
)
@pytest.mark.parametrize(("right", "verdict"), [("\\alpha", "proven"), ("1 - \\alpha", "refuted")])
def test_a_loss_labelled_by_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], letter: str, label: str, right: str, verdict: str
) -> None:
    total, hard, soft = (f"{letter}_{{{label.format(word)}}}" for word in ("total", "hard", "soft"))
    page = (
        f"$${total} = (1 - \\alpha) {hard} + \\alpha {soft}$$\n\n"
        f"$$\\frac{{\\partial {total}}}{{\\partial {soft}}} = {right}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == [verdict]


@pytest.mark.parametrize("name", ["J_{\\text{reg}}", "\\mathcal{J}_{\\text{reg}}"])
def test_the_front_matter_declares_a_labelled_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    page = f"---\nscalars: ['{name}']\n---\n$${name} + {name} = 2 {name}$$\n\n$${name} - {name} = {name}$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven", "refuted"]


@pytest.mark.parametrize(("right", "verdict"), [("2a + 2", "proven"), ("2a + 3", "refuted")])
def test_a_calligraphic_name_labelled_by_a_word_beside_the_bare_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """Duchesnay's 𝓛_NLL beside 𝓛(𝐰): a name of its own, defined where the page defines it (before, "the function
    \\mathcal{L} takes arguments in parentheses, not a subscript", and every step with it was refused)."""
    page = (
        "Let $a$ be a number.\n\n$$\\mathcal{L}_{\\text{NLL}} = a^2 + 2a$$\n\n"
        f"$$\\frac{{d\\mathcal{{L}}_{{\\text{{NLL}}}}}}{{da}} = {right}$$\n\n$$\\mathcal{{L}}(w) = w^2$$\n"
    )
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == [verdict]


def test_a_letter_also_indexed_is_no_labelled_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``x_{\\text{train}}`` beside ``x_i``: a vector's, perhaps; not read as a number of its own."""
    page = "$$\\sum_i x_i = x_{\\text{train}}$$\n"
    report = _report(tmp_path, capsys, page)
    assert not any("read as a number of its own, labelled" in r for r in report["readings"])


@pytest.mark.parametrize(
    ("advice", "front", "right"),
    [
        (r"declare it: (scalars: \[[^\]]*\])", "{}", "0"),
        (r"define: ('[^']*'): …", "define:\n  {}: 3 x^2", "6x"),
    ],
    ids=["scalars", "define"],
)
def test_the_front_matter_a_refusal_suggests_is_one_that_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], advice: str, front: str, right: str
) -> None:
    """From a probe: "declare it: scalars: [L_hard]" stopped the file when followed ("'L_hard' is not a name"); both
    readings' advice now write the name as the page does, quoted for YAML, and with either the claim is checked."""
    body = f"$$ \\frac{{\\partial L_{{\\text{{hard}}}}}}{{\\partial x}} = {right} $$\n"
    path = tmp_path / "d.md"
    path.write_text(body, encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    (reason,) = [u["reason"] for u in json.loads(capsys.readouterr().out)["unchecked"] if "two ways" in u["reason"]]
    followed = re.search(advice, reason)
    assert followed is not None, reason
    path.write_text(f"---\n{front.format(followed.group(1))}\n---\n{body}", encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 0
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == ["proven"]


#: septa97's labels in italics: words no list of derive's holds.
WORDED = (
    "With $y_{{actual}}$ the target and $y_{{prediction}} = a x + b$:\n\n"
    "$$E = \\frac{{1}}{{2}}(y_{{prediction}} - y_{{actual}})^2$$\n\n"
    "$$\\frac{{\\partial E}}{{\\partial a}} = {right}$$\n"
)


@pytest.mark.parametrize(
    ("right", "verdict"),
    [("(y_{prediction} - y_{actual}) x", "proven"), ("(y_{actual} - y_{prediction}) x", "refuted")],
)
def test_a_long_word_in_italics_is_a_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """``y_{actual}`` is y labelled "actual" (TeX would set y with the subscript a·c·t·u·a·l, six indices nobody
    means); before, its letters were unknown symbols and every display with it was refused."""
    report = _report(tmp_path, capsys, WORDED.format(right=right))
    assert [status for status, *_ in _links(report)] == [verdict]


@pytest.mark.parametrize(
    "page",
    [
        "$$\\sum_i \\sum_j \\sum_k \\sum_l w_{ijkl} = \\sum_l w_{ijkl}$$\n",
        "$$\\sum_a \\sum_b R_{abcd} = n^2 R_{abcd}$$\n",  # a probe: R_{\\text{abcd}}, and this was proven
        "$$\\sum_k \\sum_l C_{ijkl} u_k v_l = C_{ijkl} \\sum_k u_k \\sum_l v_l$$\n",
    ],
)
def test_a_tensors_indices_are_read_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    """``w_{ijkl}`` beside sums over its letters, ``R_{abcd}``, ``C_{ijkl}``: a tensor's entry (each letter an index
    of the page, or fewer than two vowels), no label and no word reading; nothing is proven of it."""
    report = _report(tmp_path, capsys, page)
    assert not any("label" in reading for reading in report.get("readings", [])), report
    assert [status for status, *_ in _links(report)] != ["proven"]


#: A probe's weight decay on a loss the page names and never defines.
DECAY = (
    "{front}The logits are $z_j$. The cross-entropy is ${loss}$, and we add weight decay: "
    "$\\mathcal{{L}} = {loss} + \\frac{{\\lambda}}{{2}} \\sum_{{k=1}}^n z_k^2$.\n\n"
    "$$\n\\frac{{\\partial \\mathcal{{L}}}}{{\\partial z_j}} = \\lambda z_j\n$$\n"
)


@pytest.mark.parametrize(
    "loss",
    [
        "\\mathcal{L}_{\\text{CE}}",
        "L_{\\text{CE}}",
        "\\mathcal{L}^{\\text{CE}}",  # a second probe: a label raised, D_KL and Ω_data had each proven λz_j
        "D_{\\text{KL}}",
        "\\Omega_{\\text{data}}",
    ],
)
def test_a_derivative_through_a_loss_named_in_words_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], loss: str
) -> None:
    """From a probe: ∂𝓛/∂z_j = λz_j was proven, 𝓛_CE (never defined) held a constant inside 𝓛, though the page
    calls it the cross-entropy, a function of z. Refused now, naming both readings; declared a constant, as the
    refusal says, the claim is checked so."""
    report = _report(tmp_path, capsys, DECAY.format(front="", loss=loss))
    assert _links(report) == [], report["links"]
    (reason,) = [u["reason"] for u in report["unchecked"] if u["line"] == 4]
    followed = re.search(r"declare it: (scalars: \[[^\]]*\])", reason)
    assert "can be read two ways" in reason and followed is not None, reason
    again = _report(tmp_path, capsys, DECAY.format(front=f"---\n{followed.group(1)}\n---\n", loss=loss))
    assert [status for status, *_ in _links(again)] == ["proven"]
