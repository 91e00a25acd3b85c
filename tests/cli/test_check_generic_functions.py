"""derive check on functions the page never defines: σ'(z_j), f(x), g(x) read as arbitrary functions (issue 15).

An identity with a generic function is proven only if it holds for every function; a refutation names the concrete
function that shows it false. Each true claim has a false twin that must be refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report, statuses

DECLARED = "---\nfunctions: [f, g]\n---\n"
SIGMA = "---\nfunctions: [sigma]\n---\n"
UNDECLARED = "---\n---\n"


@pytest.mark.parametrize(
    ("front", "body", "expected"),
    [
        (DECLARED, "$$\\frac{d}{dx} f(x) g(x) = f'(x) g(x) + f(x) g'(x)$$\n", ["proven"]),
        (DECLARED, "$$\\frac{d}{dx} f(x) g(x) = f'(x) g'(x)$$\n", ["refuted"]),
        (DECLARED, "$$\\frac{d}{dx} f(g(x)) = f'(g(x)) g'(x)$$\n", ["proven"]),
        (DECLARED, "$$\\frac{d}{dx} f(g(x)) = f'(x) g'(x)$$\n", ["refuted"]),
        (DECLARED, "$$\\frac{d}{dx} f(2 x) = 2 f'(2 x)$$\n", ["proven"]),
        (DECLARED, "$$\\frac{d}{dx} f(2 x) = f'(2 x)$$\n", ["refuted"]),
        (DECLARED, "$$f(x) g(x) = g(x) f(x)$$\n", ["proven"]),
        (DECLARED, "$$2 f(x) = 2 g(x)$$\n", ["refuted"]),  # two functions, not one
        (DECLARED, "$$f(x, y) = f(y, x)$$\n", ["refuted"]),  # of two arguments, in their order
        (DECLARED, "$$f(x, y) + g(x) = g(x) + f(x, y)$$\n", ["proven"]),
        (DECLARED, "$$\\frac{d}{dx} f'(x) = f''(x)$$\n", ["proven"]),
        (DECLARED, "$$\\frac{\\partial}{\\partial z_k} f'(z_j) = f''(z_j)$$\n", ["refuted"]),  # δ_jk left out
        (DECLARED, "$$f''(x) = f'(x)$$\n", ["refuted"]),
        (UNDECLARED, "$$\\frac{\\partial}{\\partial z_j} \\sigma(z_j) = \\sigma'(z_j)$$\n", ["proven"]),
        # the logistic function's derivative is not every function's
        (SIGMA, "$$\\frac{\\partial}{\\partial z_j} \\sigma(z_j) = \\sigma(z_j)(1 - \\sigma(z_j))$$\n", ["refuted"]),
        (UNDECLARED, "$$\\frac{\\partial}{\\partial z_k} \\sum_{j} \\sigma(z_j) = \\sigma'(z_k)$$\n", ["proven"]),
        (
            UNDECLARED,
            "$$\\frac{\\partial}{\\partial z_k} \\sum_{j} \\sigma(z_j) = \\sum_{j} \\sigma'(z_j)$$\n",
            ["refuted"],
        ),
    ],
)
def test_a_generic_function_holds_for_every_function_or_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, body: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, front, body) == expected


LAYER = "---\nfunctions: [sigma]\ndefine:\n  z_j: \\sum_i w_{ij} x_i\n  a_j: \\sigma(z_j)\n---\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [  # a neuron's activation of a generic σ, through its definitions: backpropagation's first step
        ("$$\\frac{\\partial a_j}{\\partial w_{ij}} = \\sigma'(z_j) x_i$$\n", ["proven"]),
        ("$$\\frac{\\partial a_j}{\\partial w_{ij}} = \\sigma'(z_j)$$\n", ["refuted"]),
        ("$$\\frac{\\partial a_j}{\\partial x_i} = \\sigma'(z_j) w_{ij}$$\n", ["proven"]),
        ("$$\\frac{\\partial a_j}{\\partial x_i} = \\sigma'(z_j) w_{ji}$$\n", ["refuted"]),
        ("$$\\frac{\\partial a_j}{\\partial z_j} = \\sigma'(z_j)$$\n", ["proven"]),  # z_j held independent
        ("$$\\frac{\\partial a_j}{\\partial z_j} = \\sigma(z_j)(1 - \\sigma(z_j))$$\n", ["refuted"]),
    ],
)
def test_a_generic_function_of_a_defined_quantity_goes_through_its_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, LAYER, body) == expected


POSITIVE = "---\nfunctions: [g]\nassume:\n  - 'g(x) > 0'\n---\n"
PRODUCT_LOG = "$$\\log\\left(g(x) g(y)\\right) = \\log g(x) + \\log g(y)$$\n"


def test_a_sign_assumed_for_a_generic_function_holds_for_the_proof_and_the_counterexamples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert statuses(tmp_path, capsys, POSITIVE, PRODUCT_LOG) == ["proven"]
    # g(x) < 0 too: there log g(x) has no real value, so no counterexample (it had been refuted at a complex side)
    assert statuses(tmp_path, capsys, DECLARED.replace("f, g", "g"), PRODUCT_LOG) == ["unproven"]
    body = "$$\\frac{d}{dx} \\log g(x) = g'(x)$$\n"
    (link,) = report(tmp_path, capsys, POSITIVE, body)["links"]
    assert link["status"] == "refuted"
    assert link["counterexample"]["values"]["g(t)"] in ("exp(t)", "t**2 + 1", "sin(t) + 2", "t**2 + exp(-t)")


def test_a_refutation_names_the_function_that_shows_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "$$\\frac{\\partial}{\\partial z_j} \\sigma(z_j) = \\sigma(z_j)(1 - \\sigma(z_j))$$\n"
    (link,) = report(tmp_path, capsys, SIGMA, body)["links"]
    values = link["counterexample"]["values"]
    assert values["sigma(t)"] in ("sin(t)", "exp(t)", "t**3 - 2*t", "t + cos(2*t)"), values


def test_the_report_says_a_primed_name_was_read_as_a_function(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, UNDECLARED, "$$\\sigma'(z_j) = \\sigma'(z_j)$$\n")
    assert "functions \\sigma" in found["inferred"], found["inferred"]


@pytest.mark.parametrize(
    ("front", "body", "refused"),
    [
        (DECLARED, "$$f_1(x) = x$$\n", "not a subscript"),
        (DECLARED, "$$f(x)^2 = f(x)f(x)$$\n", "two ways"),
        (DECLARED, "$$f'(x)^2 = f'(x)f'(x)$$\n", "two ways"),
        (DECLARED, "$$f'(x, y) = 0$$\n", "2 arguments"),
        (DECLARED, "$$2 f = 0$$\n", "needs its arguments"),
    ],
)
def test_what_a_generic_function_cannot_mean_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, body: str, refused: str
) -> None:
    (unchecked,) = report(tmp_path, capsys, front, body)["unchecked"]
    assert refused in unchecked["reason"], unchecked["reason"]


@pytest.mark.parametrize("body", ["$$f(x) = x f(x)$$\n", "$$\\sigma(z_j) = \\sigma(z_j)(1 - \\sigma(z_j))$$\n"])
def test_only_a_declaration_or_a_prime_makes_a_letter_before_parentheses_a_function(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    (unchecked,) = report(tmp_path, capsys, UNDECLARED, body)["unchecked"]
    assert "two ways" in unchecked["reason"]  # a function applied, or a product
    declared = report(tmp_path, capsys, "---\nfunctions: [f, sigma]\n---\n", body)
    assert not declared["unchecked"] and [link["status"] for link in declared["links"]] == ["refuted"]


def test_a_claim_with_a_generic_function_is_not_cached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("DERIVE_CACHE_DIR", str(cache))
    body = "$$\\frac{d}{dx} f(g(x)) = f'(x) g'(x)$$\n"
    cold = report(tmp_path, capsys, DECLARED, body, cached=True)
    warm = report(tmp_path, capsys, DECLARED, body, cached=True)
    assert [link["status"] for link in cold["links"]] == [link["status"] for link in warm["links"]] == ["refuted"]
    assert not list(cache.rglob("*.json"))  # srepr drops a function's assumptions: such a claim is never a key


@pytest.mark.parametrize(
    "display",
    [
        "\\frac{\\partial a_j}{\\partial w_{ij}} = \\sigma'(z_j) x_i",
        "\\frac{\\partial}{\\partial x_k} \\sigma''(x_k) = \\sigma'''(x_k)",
    ],
)
def test_what_derive_shows_it_read_reads_back_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    (link,) = report(tmp_path, capsys, LAYER, f"$${display}$$\n")["links"]
    shown = link["read_as"]
    assert "\\left." not in shown, shown  # σ'(z_j) as the page writes it, not a substitution
    (again,) = report(tmp_path, capsys, LAYER, f"$${shown}$$\n")["links"]
    assert again["read_as"] == shown and again["status"] == link["status"] == "proven", (shown, again)


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("\\frac{\\partial a_j}{\\partial z_j} = \\sigma'(z_j)", "proven"),  # it was unproven: σ'(z_j) two ways
        ("\\frac{\\partial a_j}{\\partial z_j} = \\sigma(z_j)", "refuted"),
    ],
)
def test_a_derivative_of_a_defined_activation_is_its_derivative_at_the_point(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: str
) -> None:
    """∂a_j/∂z_j with a_j = σ(z_j): the checker's ∂σ(z_j)/∂z_j and the page's σ'(z_j) are one quantity."""
    front = "---\ndefine:\n  a_j: \\sigma(z_j)\nfunctions: [\\sigma]\n---\n"
    assert statuses(tmp_path, capsys, front, f"$${display}$$\n") == [expected]


@pytest.mark.parametrize(("factor", "expected"), [("x_i", "proven"), ("w_{ij}", "refuted")])
def test_a_derivative_at_a_point_matches_whatever_its_bound_variable_is_called(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, expected: str
) -> None:
    """∂E/∂w_ij through o_j = σ(z_j), z_j = Σ_i w_ij x_i: SymPy writes σ' with ξ, the page's σ'(z_j) with u; the
    two are one derivative at one point (it was unproven at every n, the cross-check alone holding)."""
    body = "$$o_j = \\sigma(z_j), \\quad z_j = \\sum_i w_{ij} x_i$$\n\n$$E = \\frac{1}{2}\\sum_j (t_j - o_j)^2$$\n\n"
    body += f"$$\\frac{{\\partial E}}{{\\partial w_{{ij}}}} = -(t_j - o_j)\\,\\sigma'(z_j)\\,{factor}$$\n"
    found = report(tmp_path, capsys, UNDECLARED, body)
    assert [link["status"] for link in found["links"]] == [expected]
