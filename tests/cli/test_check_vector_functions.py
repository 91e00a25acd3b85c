"""derive check on a generic function of a whole vector, g(x): an arbitrary function of all of x's entries, whose
partials ∂g(x)/∂x_m are arbitrary functions too, for every n (issue 15; seed 003's side note).

Each true claim has a false twin that must be refuted, by a concrete function put in g's place; ∂g(x)/∂x_m is
never 0 (SymPy's diff of g applied to the vector's base by one entry is).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report, statuses

POSITIVE = "---\nfunctions: [g, h]\nvectors: [x, y]\nassume:\n  - 'g(x) > 0'\n---\n"
ANY = "---\nfunctions: [g, h]\nvectors: [x, y]\n---\n"
#: Seed 003's side note, as the page writes it (derivations/checks/seed-003-verbatim.md, line 60).
SIDE_NOTE = "\\frac{\\partial \\log g(x)}{\\partial x} \\\\ = \\frac{1}{g(x)} \\frac{\\partial g(x)}{\\partial x}"


def display(lhs: str, rhs: str) -> str:
    return f"$${lhs} = {rhs}$$\n"


LOG_G = r"\frac{\partial \log g(x)}{\partial x"
H_G = r"\frac{\partial h(g(x))}{\partial x"
G_BY = r"\frac{\partial g(x)}{\partial x"
SUM_BY = r"\frac{\partial}{\partial x_m} \sum_k x_k g(x)"


@pytest.mark.parametrize(
    ("front", "body", "expected"),
    [
        (POSITIVE, f"$$\\begin{{aligned}}{SIDE_NOTE}\\end{{aligned}}$$\n", ["proven"]),
        (POSITIVE, display(LOG_G + "}", G_BY.replace(r"\frac", r"g(x) \frac") + "}"), ["refuted"]),
        (POSITIVE, display(LOG_G + "_m}", r"\frac{1}{g(x)} " + G_BY + "_m}"), ["proven"]),
        (POSITIVE, display(LOG_G + "_m}", G_BY + "_m}"), ["refuted"]),  # the 1/g dropped
        (ANY, display(H_G + "_m}", "h'(g(x)) " + G_BY + "_m}"), ["proven"]),
        (ANY, display(H_G + "_m}", "h'(g(x))"), ["refuted"]),
        (ANY, display(H_G + "}", "h'(g(x)) " + G_BY + "}"), ["proven"]),
        (ANY, display(H_G + "}", "h'(g(x)) g(x)"), ["refuted"]),  # a vector and a number
        (ANY, display(r"\frac{\partial g(x)}{\partial y_m}", "0"), ["proven"]),  # g(x) holds no entry of y
        (ANY, display(G_BY + "_m}", "0"), ["refuted"]),  # SymPy's own diff would say 0
        (ANY, display(SUM_BY, r"g(x) + \sum_k x_k " + G_BY + "_m}"), ["proven"]),
        (ANY, display(SUM_BY, r"\sum_k x_k " + G_BY + "_m}"), ["refuted"]),
        (ANY, display("2 g(x)", "2 g(y)"), ["refuted"]),  # one function, of two vectors
        (ANY, display("2 g(x) + h(x)", "h(x) + 2 g(x)"), ["proven"]),
    ],
)
def test_a_function_of_a_whole_vector_holds_for_every_function_or_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, body: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, front, body) == expected


def test_at_a_concrete_n_it_is_sympys_function_of_every_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = POSITIVE.replace("functions", "n: 3\nfunctions")
    true = "$$\\frac{\\partial \\log g(x)}{\\partial x_m} = \\frac{1}{g(x)} \\frac{\\partial g(x)}{\\partial x_m}$$\n"
    assert statuses(tmp_path, capsys, front, true) == ["proven"]
    false = "$$\\frac{\\partial \\log g(x)}{\\partial x_m} = g(x) \\frac{\\partial g(x)}{\\partial x_m}$$\n"
    (link,) = report(tmp_path, capsys, front, false)["links"]
    assert link["status"] == "refuted"
    assert link["counterexample"]["values"]["g(t_1, t_2, t_3)"] in (
        "exp(t_1 + 2*t_2 + 3*t_3)", "(t_1 + 2*t_2 + 3*t_3)**2 + 1", "sin(t_1 + 2*t_2 + 3*t_3) + 2",
        "(t_1 + 2*t_2 + 3*t_3)**2 + exp(-t_1 - 2*t_2 - 3*t_3)",
    )  # fmt: skip


def test_a_refutation_puts_a_concrete_function_of_every_entry_in_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "$$\\frac{\\partial g(x)}{\\partial x_m} = 0$$\n"
    (link,) = report(tmp_path, capsys, ANY, body)["links"]
    assert link["status"] == "refuted"
    values = link["counterexample"]["values"]
    assert values["g(t_1, t_2)"] in ("sin(t_1 + 2*t_2)", "exp(t_1 + 2*t_2)", "(t_1 + 2*t_2)**3 - 2*t_1 - 4*t_2",
                                     "t_1 + 2*t_2 + cos(2*t_1 + 4*t_2)"), values  # fmt: skip


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        # one letter for two functions: of all of x's entries, and of one number
        (
            display(G_BY + "_m}", G_BY + "_m}") + "\n" + display("g(x_j)", "g(x_j)"),
            "g is written of numbers here and of a whole vector at line 9",
        ),
        ("$$0 = g(W)$$\n", "g of a whole matrix"),
        ("$$0 = g(s)$$\n", "g of a vector the page defines or computes"),
        ("$$0 = g(x, b)$$\n", "g of a whole vector and other arguments"),
        ("$$0 = g'(x)$$\n", "g' of a whole vector"),
        ("$$0 = g(x)^2$$\n", "two ways"),
    ],
)
def test_what_a_function_of_a_whole_vector_cannot_mean_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, refused: str
) -> None:
    front = "---\nfunctions: [g]\nvectors: [x]\narrays: [W]\nscalars: [b]\ndefine:\n  s_i: x_i^2\n---\n"
    found = report(tmp_path, capsys, front, body)
    reasons = [unchecked["reason"] for unchecked in found["unchecked"]]
    assert len(reasons) == 1 and refused in reasons[0], reasons


def test_a_claim_with_a_function_of_a_whole_vector_is_not_cached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("DERIVE_CACHE_DIR", str(cache))
    body = "$$\\frac{\\partial g(x)}{\\partial x_m} = 0$$\n"
    cold = report(tmp_path, capsys, ANY, body, cached=True)
    warm = report(tmp_path, capsys, ANY, body, cached=True)
    assert [link["status"] for link in cold["links"]] == [link["status"] for link in warm["links"]] == ["refuted"]
    assert not list(cache.rglob("*.json"))


def test_what_derive_shows_it_read_reads_back_the_same(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    display = "\\frac{\\partial \\log g(x)}{\\partial x_m} = \\frac{1}{g(x)} \\frac{\\partial g(x)}{\\partial x_m}"
    (link,) = report(tmp_path, capsys, POSITIVE, f"$${display}$$\n")["links"]
    shown = link["read_as"]
    (again,) = report(tmp_path, capsys, POSITIVE, f"$${shown}$$\n")["links"]
    assert again["read_as"] == shown and again["status"] == link["status"] == "proven", (shown, again)
