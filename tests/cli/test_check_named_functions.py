"""derive check on letters the page's prose names functions, with no front matter (issue 15): "let $f$ and $g$ be
functions", "the activation function $\\phi$", "the loss function is $l$", "$f: \\mathbb{R} \\to \\mathbb{R}$",
"$g$ maps from … to …". Each is read as an arbitrary function, as under ``functions:``; each true claim has a false
twin that must be refuted. Words that name no letter, or a particular function, leave the letter as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report, statuses

EMPTY = "---\n---\n"
# No primes: a letter written f'(x) is a function however the page names it; these read f, g only by the words.
SUM = "$$\\frac{d}{dx} \\left(f(x) + g(x)\\right) = \\frac{d}{dx} f(x) + \\frac{d}{dx} g(x)$$\n"
SUM_SLIP = "$$\\frac{d}{dx} \\left(f(x) + g(x)\\right) = \\frac{d}{dx} f(x)$$\n"
ORDER = "$$f(x) g(x) = g(x) f(x)$$\n"
ORDER_SLIP = "$$f(g(x)) = g(f(x))$$\n"  # composition does not commute


@pytest.mark.parametrize(
    "prose",
    [
        "Let $x$ be a real number, and let $f$ and $g$ both be functions mapping from a real number to a real number.",
        "Consider two differentiable functions $f$ and $g$.",
        "Here $f$ is a function and $g$ is a smooth function.",
        "Let $f: \\mathbb{R} \\to \\mathbb{R}$ and $g\\colon \\mathbb{R} \\to \\mathbb{R}$.",
        "Suppose $f$ maps from $\\mathbb{R}$ to $\\mathbb{R}$, and $g$ maps $\\mathbb{R}$ to $\\mathbb{R}$.",
        "We compose the functions $f$, $g$.",
        "Here $f(\\cdot)$ and $g(\\cdot)$ are differentiable functions.",
        "We apply the nonlinearities $f$ and $g$.",
    ],
)
@pytest.mark.parametrize(
    ("body", "expected"),
    [(SUM, ["proven"]), (SUM_SLIP, ["refuted"]), (ORDER, ["proven"]), (ORDER_SLIP, ["refuted"])],
)
def test_letters_the_prose_names_functions_are_arbitrary_functions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, body: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, EMPTY, f"{prose}\n\n{body}") == expected


@pytest.mark.parametrize(
    ("prose", "body", "expected"),
    [
        (
            "After the activation function $\\phi$ we obtain",
            "$$\\phi(z) \\phi(y) = \\phi(y) \\phi(z)$$\n",
            ["proven"],
        ),
        (
            "After the activation function $\\phi$ we obtain",
            "$$\\phi(2 z) = 2 \\phi(z)$$\n",
            ["refuted"],
        ),
        (
            "Assuming that the loss function is $l$ and the label is $y$,",
            "$$\\frac{\\partial}{\\partial o} l(2 o, y) = 2 \\frac{\\partial}{\\partial o} l(o, y)$$\n",
            ["refuted"],
        ),
        (
            "Assuming that the loss function is $l$ and the label is $y$,",
            "$$\\frac{\\partial}{\\partial o} \\left(l(o, y) + y\\right) = \\frac{\\partial}{\\partial o} l(o, y)$$\n",
            ["proven"],
        ),
    ],
)
def test_an_activation_and_a_loss_named_in_prose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, body: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, EMPTY, f"{prose}\n\n{body}") == expected


def test_functions_written_applied_in_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prose = "Here we have functions $u = f(t)$ and $w = g(u)$."
    for body, expected in ((SUM, "proven"), (SUM_SLIP, "refuted")):
        found = report(tmp_path, capsys, EMPTY, f"{prose}\n\n{body}")
        assert [link["status"] for link in found["links"]] == [expected]
        assert not [u for u in found["unchecked"] if u["holds_equality"]]


def test_the_report_says_which_letters_the_prose_made_functions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, EMPTY, f"Let $f$ and $g$ be functions.\n\n{ORDER}")
    assert "functions f (line 3), g (line 3), named so in the prose" in found["inferred"]


@pytest.mark.parametrize(
    "prose",
    [
        "Let $y$ be a function of $x$.",  # names no function y: y depends on x
        "We apply the softmax function $f$.",  # a particular function: not any function
        "Here $f$ is a linear function.",
        "the sigmoid activation function $f$",
        "The function is convex; $f$ is applied to it.",
        "Let $f\\colon \\mathbb{R} \\to (0, 1)$.",  # values in (0, 1): a stand-in would leave them
        "Here $f$ maps from $\\mathbb{R}^m$ to $\\mathbb{R}^n$.",  # a vector function, not a real one
        "We use the activation function $f$ (the logistic sigmoid).",  # a particular one
        "We use the $\\ell_2$ loss function $f$.",  # the math before names which one
    ],
)
def test_words_that_name_no_arbitrary_function_leave_the_letter_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    found = report(tmp_path, capsys, EMPTY, f"{prose}\n\n$$f(x) + 1 = 1 + f(x)$$\n")
    assert not found["links"]
    (unread,) = found["unchecked"]
    assert "f(…) with f undeclared can be read two ways" in unread["reason"]
    assert "under functions: [f]" in unread["reason"]  # the message names the front matter that reads it


def test_a_defined_or_declared_letter_is_no_function_of_the_prose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for claim, expected in (("2 x", "proven"), ("x", "refuted")):  # f the page's own: no stand-in refutes it
        body = f"Consider the function $f(x) = x^2$.\n\n$$\\frac{{d}}{{dx}} f(x) = {claim}$$\n"
        found = report(tmp_path, capsys, EMPTY, body)
        assert [link["status"] for link in found["links"]] == [expected]
    found = report(tmp_path, capsys, "---\nscalars: [f]\n---\n", "Let $f$ be a function.\n\n$$2 f = f + f$$\n")
    assert [link["status"] for link in found["links"]] == ["proven"]  # declared a number: a number


@pytest.mark.parametrize(
    ("body", "reading"),
    [
        ("$$x = 2 f + 1$$\n", "a number f, declared under scalars"),
        ("$$f_1 + f_2 = x + y$$\n", "an entry of a vector f, declared under vectors"),
    ],
)
def test_a_prose_function_used_as_a_number_is_refused_naming_both_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, reading: str
) -> None:
    applied = "$$\\frac{d}{dx} f(x) = f'(x)$$\n\n"
    found = report(tmp_path, capsys, EMPTY, f"Let $f$ be a function.\n\n{applied}{body}")
    assert [link["status"] for link in found["links"]] == ["proven"]
    (unread,) = found["unchecked"]
    assert "can be read two ways: the function the prose names at line 3" in unread["reason"]
    assert reading in unread["reason"]


def test_a_letter_named_a_function_but_never_written_applied_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(
        tmp_path, capsys, EMPTY, "Once we specify our loss function $L$:\n\n$$\\frac{\\partial L}{\\partial z} = z$$\n"
    )
    assert "functions" not in found["inferred"]
    (unread,) = found["unchecked"]
    assert "∂L/∂z can be read two ways: L a constant" in unread["reason"]


GOODFELLOW = (
    "Let $x$ be a real number, and let $f$ and $g$ both be functions mapping from a real number to a real number. "
    "We have $y = g(x)$ and $z = f(g(x)) = f(y)$. Then the chain rule states that\n\n"
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("\\frac{dz}{dx} = \\frac{dz}{dy} \\frac{dy}{dx}", ["proven"]),
        ("\\frac{dz}{dx} = \\frac{dz}{dy}", ["refuted"]),
        ("\\frac{dz}{dy} = f'(y)", ["proven"]),
        ("\\frac{dz}{dy} = f'(y) g'(x)", ["refuted"]),
    ],
)
def test_a_definition_chain_defines_by_its_side_written_in_the_name_just_defined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: list[str]
) -> None:
    found = report(tmp_path, capsys, EMPTY, f"{GOODFELLOW}$${claim}$$\n")
    assert [link["status"] for link in found["links"]] == expected
    assert not [u for u in found["unchecked"] if u["holds_equality"]]


def test_a_definition_chain_whose_sides_differ_otherwise_keeps_its_first_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "We have $y = a + b$ and $z = 2a + b = 2y$.\n\n$$\\frac{\\partial z}{\\partial b} = {}$$\n"
    found = report(tmp_path, capsys, EMPTY, body.replace("{}", "1"))
    assert [link["status"] for link in found["links"]] == ["proven"]  # 2y is not 2a + b: z is 2a + b
    found = report(tmp_path, capsys, EMPTY, body.replace("{}", "2"))
    assert [link["status"] for link in found["links"]] == ["refuted"]


def test_a_hypothesis_or_labelled_function_in_the_front_matter_is_left_to_its_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = "---\nscalars: [theta]\ndefine:\n  h_\\theta(x): \\theta x\n---\n"
    body = "Let $f$ be a function.\n\n$$\\frac{d}{d\\theta} f(h_\\theta(x)) = f'(\\theta x) x$$\n"
    assert statuses(tmp_path, capsys, front, body) == ["proven"]
    slip = "Let $f$ be a function.\n\n$$\\frac{d}{d\\theta} f(h_\\theta(x)) = f'(\\theta x)$$\n"
    assert statuses(tmp_path, capsys, front, slip) == ["refuted"]


def test_euler_number_and_the_differential_are_never_functions_of_the_prose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "Let $e$ be a function and $d$ a function.\n\n$$e(x) + d(x) = d(x) + e(x)$$\n"
    found = report(tmp_path, capsys, EMPTY, body)  # read as before: refused, never a file that cannot be read
    assert "functions" not in found["inferred"]
    assert not found["links"]
