"""An upright word with one index, Wikipedia's ``\\text{net}_j``: an entry of the vector net, inferred as ``z_j`` is,
definable on the page and differentiated through its definition; a false twin refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

NET = "---\n---\nThe net input of neuron $j$ is\n\n$$\\text{net}_j = \\sum_{k=1}^n w_{kj} o_k$$\n\nso that\n\n"


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("word", ["\\text{net}", "\\mathrm{net}"])
@pytest.mark.parametrize(("rhs", "status"), [("o_i", "proven"), ("o_j", "refuted")])
def test_the_net_input_of_a_neuron(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, rhs: str, status: str
) -> None:
    """∂net_j/∂w_ij = o_i through net_j's definition, for every n; = o_j is refuted."""
    text = NET.replace("\\text{net}", word) + f"$$\\frac{{\\partial {word}_j}}{{\\partial w_{{ij}}}} = {rhs}$$\n"
    found = report(tmp_path, capsys, text)
    assert [link["status"] for link in found["links"]] == [status]


def test_an_undefined_net_input_is_not_a_constant(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """net_j written but never defined: ∂net_j/∂w_ij reads two ways (a constant, or a quantity the page never
    writes down) and is refused, as for a letter."""
    text = "---\n---\n$$\\frac{\\partial \\text{net}_j}{\\partial w_{ij}} = 0$$\n"
    found = report(tmp_path, capsys, text)
    assert found["links"] == []
    assert any("two ways" in u["reason"] for u in found["unchecked"])


def test_a_function_word_with_an_index_is_no_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\text{softmax}_i not defined by the page stays refused: it names a function, not an arbitrary vector."""
    found = report(tmp_path, capsys, "---\n---\n$$\\text{softmax}_i = s_i$$\n")
    assert found["links"] == []


def test_a_layers_labelled_name_is_still_inferred(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """z^L_j (Nielsen's) is a name of its own, declared as written, never as an upright word \\text{z^L}."""
    text = "---\n---\n$$a^L_j = \\sigma(z^L_j)$$\n\n$$\\frac{\\partial a^L_j}{\\partial z^L_j} = \\sigma'(z^L_j)$$\n"
    found = report(tmp_path, capsys, text)
    assert [link["status"] for link in found["links"]] == ["proven"]
