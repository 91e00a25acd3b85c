"""Assumptions stated before a display of definitions ("Assuming $T > 0$ and $u > 0$:" above $$f = \\sqrt{T^2} + u$$).

Once, such a lead was dropped without a word: the definition was read, and a later $$f = T$$ was refuted at
T = -9/5, a point the page had ruled out. A lead derive reads is now a domain of the whole page (said in the report);
one it cannot read is said at its display, and no link of the page is refuted."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

PAGE = "---\n---\n{lead}\n\n$$f = \\sqrt{{T^2}} + u$$\n\nThen\n\n$$f = T + u$$\n\n$$f = T - u$$\n"


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, object]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return dict(json.loads(capsys.readouterr().out))


def test_a_lead_of_definitions_is_a_domain_of_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Read: f = T + u is proven under T, u > 0, and the slip's counterexample keeps to them (before: refuted at
    T < 0, and the slip's counterexample anywhere)."""
    found = report(tmp_path, capsys, PAGE.format(lead="Assuming $T > 0$ and $u > 0$:"))
    links = found["links"]
    assert isinstance(links, list)
    assert [(link["line"], link["status"]) for link in links] == [(9, "proven"), (11, "refuted")]
    values = links[1]["counterexample"]["values"]
    assert Fraction(values["T"]) > 0 and Fraction(values["u"]) > 0
    assert "line 5: $T > 0$, assumed before the definitions there, read as a domain of the whole page" in str(
        found["readings"]
    )


@pytest.mark.parametrize(
    "lead",
    ["Assuming $T > 0$ and $a < 0$:", "Assume $T > 0$ and $u \\gg 1$.", "Suppose $T > 0$, $u > 0$ and $T \\ne u^a$,"],
)
def test_a_lead_of_definitions_that_cannot_be_read_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(lead=lead))
    assert "refuted" not in [status for _, status in found], found
    said = [u for u in unchecked if u.startswith("unreadable: cannot read the assumptions stated before this display")]
    assert len(said) == 1 and said[0].endswith("the definitions below it are read, and no link of the page is refuted")


def test_a_link_that_cannot_be_refuted_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = report(tmp_path, capsys, PAGE.format(lead="Assuming $T > 0$ and $a < 0$:"))
    links = found["links"]
    assert isinstance(links, list)
    assert [link["status"] for link in links] == ["unproven", "unproven"]
    assert all(link.get("counterexample") is None for link in links)
    assert links[0]["method"].startswith("not refuted: a counterexample was found, but it may break the assumptions")


def test_a_lead_of_a_chain_may_state_several_domains(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\nAssuming $T > 0$ and $u > 0$:\n\n$$\\sqrt{T^2} + u = T - u$$\n"
    found = report(tmp_path, capsys, text)
    links = found["links"]
    assert isinstance(links, list)
    assert [link["status"] for link in links] == ["refuted"]
    values = links[0]["counterexample"]["values"]
    assert Fraction(values["T"]) > 0 and Fraction(values["u"]) > 0
    assert links[0]["assuming"] == ["T > 0", "u > 0"]


@pytest.mark.parametrize(
    "lead", ["Given $t \\in \\mathbb{R}$, let", "Given input $\\mathbf{x} \\in \\mathbb{R}^{N \\times D}$, let"]
)
def test_a_lead_that_states_nothing_new_leaves_the_page_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    text = f"---\n---\n{lead}\n\n$$f(t) = t^2$$\n\n$$f'(t) = 2 t$$\n\n$$f'(t) = t$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(7, "proven"), (9, "refuted")], unchecked
    assert not any(u.startswith("unreadable") for u in unchecked)


def test_a_lead_below_a_chain_holds_only_for_the_links_below_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """√(T²) = T above the lead was not written under T > 0: refuted, at T < 0; below it, f = T + u is proven under
    T, u > 0, and the slip's counterexample keeps to them."""
    found = report(tmp_path, capsys, "$$\\sqrt{T^2} = T$$\n\n" + PAGE.format(lead="Assuming $T > 0$ and $u > 0$:"))
    links = found["links"]
    assert isinstance(links, list)
    assert [(link["line"], link["status"]) for link in links] == [(1, "refuted"), (11, "proven"), (13, "refuted")]
    assert Fraction(links[0]["counterexample"]["values"]["T"]) < 0
    values = links[2]["counterexample"]["values"]
    assert Fraction(values["T"]) > 0 and Fraction(values["u"]) > 0
    assert [link["assuming"] for link in links] == [[], ["T > 0", "u > 0"], ["T > 0", "u > 0"]]


@pytest.mark.parametrize("lead", ["Assuming $x > 0$:", "Assume $x > 0$.", "Given $x \\in (0, 1)$,", "Suppose $x > 0$."])
@pytest.mark.parametrize(("right", "verdict"), [("\\frac{1}{x}", "proven"), ("\\frac{2}{x}", "refuted")])
def test_one_domain_before_a_definition_is_the_pages_and_the_definition_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, right: str, verdict: str
) -> None:
    """One formula in the lead, ``Assuming $x > 0$:`` above ``L = \\log x``: the definition still defines, under
    the page's domain. It was read as a claim under that assumption, L free, and refuted ("L = 47/25")."""
    found = report(tmp_path, capsys, f"{lead}\n\n$$L = \\log x$$\n\n$$\\frac{{dL}}{{dx}} = {right}$$\n")
    links = found["links"]
    assert isinstance(links, list)
    assert [(link["line"], link["status"]) for link in links] == [(5, verdict)]


def test_an_equality_before_a_display_still_states_where_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``Given $y = 1$:`` above ``L = -y \\log p``: a claim under the constraint, as before, not a definition."""
    found = report(tmp_path, capsys, "Given $y = 1$:\n\n$$L = -y \\log p$$\n\n$$L = -\\log p$$\n")
    links = found["links"]
    assert isinstance(links, list)
    assert [link["line"] for link in links] == [3]  # the claim, checked against L's definition at line 5
