"""softmax, sigmoid and tanh written by their word (typed as letters, or upright) read as the functions they name
where the product of their letters is no reading; refused, naming both readings, where it is; and never a false
equation proven with them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from refusals import refusal

from derive.cli import main

SOFTMAX = """---
define:
  s_j: \\frac{e^{z_j}}{\\sum_k e^{z_k}}
---
"""


def checked(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, front: str = SOFTMAX) -> list[str]:
    path = tmp_path / "d.md"
    path.write_text(front + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "600"])
    report = json.loads(capsys.readouterr().out)
    assert not [u for u in report["unchecked"] if u["reason"].startswith("unreadable")], report["unchecked"]
    return [link["status"] for link in report["links"]]


@pytest.mark.parametrize(
    "written",
    ["softmax(z)_j", "softmax(z_j)", "\\operatorname{softmax}(z)_j", "\\text{softmax}(z_j)", "\\mathrm{softmax}(z)_j"],
)
def test_softmax_by_its_word_is_the_entry_of_the_softmax(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    body = f"$$ s_j = {written} = \\frac{{e^{{z_j}}}}{{\\sum_k e^{{z_k}}}} $$\n\n"
    body += f"$$ {written} = \\frac{{e^{{z_j}}}}{{\\sum_k e^{{z_j}}}} $$\n"  # false: the sum's index
    assert checked(tmp_path, capsys, body) == ["proven", "proven", "refuted"]


def test_the_softmax_of_a_whole_vector_is_a_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "$$ \\frac{\\partial s}{\\partial z} = \\frac{\\partial \\operatorname{softmax}(z)}{\\partial z} $$\n\n"
    body += "$$ \\operatorname{softmax}(z) = z $$\n"
    assert checked(tmp_path, capsys, body) == ["proven", "refuted"]


def test_sigmoid_and_tanh_by_their_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "$$ sigmoid(x) = \\frac{1}{1+e^{-x}} $$\n\n$$ \\operatorname{sigmoid}(x) = \\frac{1}{1+e^{x}} $$\n\n"
    body += "$$ \\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = \\mathrm{tanh}(x) $$\n\n"
    body += "$$ 2\\tanh(x) = \\frac{e^{x} + e^{-x}}{e^{x} + e^{-x}} $$\n"
    assert checked(tmp_path, capsys, body, "---\n---\n") == ["proven", "refuted", "proven", "proven", "refuted"]


@pytest.mark.parametrize("command", ["text", "operatorname", "mathrm"])
def test_a_known_word_capitalised_is_the_function(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """``\\text{Softmax}(z)``, ``\\text{Sigmoid}(x)``: the word set as a title is the same function (it was "the upright
    name Softmax is not known"); a wrong claim with it is refuted. Other capitals (``\\text{SoftMax}``) stay unknown."""
    body = f"$$ s_j = \\{command}{{Softmax}}(z)_j = \\frac{{e^{{z_j}}}}{{\\sum_k e^{{z_k}}}} $$\n\n"
    body += f"$$ \\{command}{{Sigmoid}}(x) = \\frac{{1}}{{1+e^{{-x}}}} $$\n\n$$ \\{command}{{Tanh}}(x) = x $$\n"
    assert checked(tmp_path, capsys, body) == ["proven", "proven", "proven", "refuted"]
    path = tmp_path / "e.md"
    path.write_text(f"$$ \\{command}{{SoftMax}}(x) = x $$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["links"] == [] and report["unchecked"][0]["reason"].startswith("unreadable")


@pytest.mark.parametrize(
    ("front", "formula"),
    [
        ("---\nscalars: [a]\n---\n", "softmax(z_j) = 1"),  # a declared scalar; s, o, f, t, m, x are no names
        ("---\n---\n", "softmax(z_j) = x"),  # x standing alone elsewhere is a scalar of the page
        ("---\n---\n", "tanh(y) = 1"),  # n, the length; t, a, h are no names
    ],
)
def test_a_word_some_of_whose_letters_are_no_names_is_the_function(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, formula: str
) -> None:
    """The product would be of letters the page never uses: no reading, as for log typed as letters."""
    assert checked(tmp_path, capsys, f"$$ {formula} $$\n", front) == ["refuted"]


@pytest.mark.parametrize(
    ("front", "formula", "letter"),
    [
        ("---\nscalars: [s, o, f, t, m, a]\n---\n", "softmax(z_j) = x", "s, o, f, t, m, a, x"),  # every one a name
        ("---\nscalars: [t, a, h]\n---\n", "tanh(y) = 1", "t, a, n, h"),  # n, the length
        ("---\nindices: [m]\nscalars: [s, i, g, o, d]\n---\n", "sigmoid(x) = 1", "s, i, g, m, o, d"),
    ],
)
def test_a_word_whose_letters_are_names_reads_two_ways(tmp_path: Path, front: str, formula: str, letter: str) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{front}$$ {formula} $$\n", encoding="utf-8")
    message = refusal(path)
    assert f"({letter} a name of the page) can be read two ways" in message
    assert "\\operatorname{" in message and "the product" in message


@pytest.mark.parametrize(
    ("formula", "why"),
    [
        ("softmax(y) = 1", "softmax of a number"),
        ("softmax(z_j)_k = 1", "write softmax(z)_j"),
        ("sigmoid(z) = 1", "of a whole vector"),
    ],
)
def test_what_the_functions_do_not_take_is_refused(tmp_path: Path, formula: str, why: str) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{SOFTMAX}$$ {formula} $$\n", encoding="utf-8")
    assert why in refusal(path)


def test_the_softmax_sum_captures_no_index_of_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    by = "\\frac{\\partial \\operatorname{softmax}(z_j)}{\\partial z_i}"
    body = f"$$ {by} = s_j(\\delta_{{ij}} - s_i) $$\n\n$$ {by} = s_j(\\delta_{{ij}} + s_i) $$\n"
    assert checked(tmp_path, capsys, body) == ["proven", "refuted"]


def test_tanh_of_one_factor_without_parentheses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\tanh x and \\tanh^2 x, as TeX pages write them: the argument is one factor, as \\log x's is."""
    body = "$$ \\frac{d}{dx} \\tanh x = 1 - \\tanh^2 x $$\n\n$$ \\frac{d}{dx} \\tanh x = 1 + \\tanh^2 x $$\n"
    assert checked(tmp_path, capsys, body, "---\n---\n") == ["proven", "refuted"]


def test_tanh_of_a_factor_and_another_reads_two_ways(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\n---\n$$ \\tanh x y = 1 $$\n", encoding="utf-8")
    assert "can be read two ways" in refusal(path)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{d}{dx} \\sinh x = \\cosh x", "proven"),
        ("\\frac{d}{dx} \\cosh x = \\sinh x", "proven"),
        ("\\cosh^2 x - \\sinh^2 x = 1", "proven"),
        ("\\tanh x = \\frac{\\sinh x}{\\cosh x}", "proven"),
        ("\\frac{d}{dx} \\cosh x = -\\sinh x", "refuted"),
    ],
)
def test_sinh_and_cosh(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str) -> None:
    """\\sinh and \\cosh, as \\tanh is read (they were 'not supported here')."""
    assert checked(tmp_path, capsys, f"$$ {display} $$\n", "---\n---\n") == [status]
