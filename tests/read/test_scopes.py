"""A name defined anew in a setting of its own (a heading, or a paragraph that opens one: "Suppose …", "For example,
suppose …"): read with the new definition from that setting on, with the old above it. Each reading is shown true
(proven) and false (refuted), so that a test fails when the reading is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[tuple[int, str]], dict]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"]) for link in report["links"]], report


TWO_LOSSES = (
    "---\n---\nWith $C = \\frac{(y-a)^2}{2}$,\n\n$$\\frac{\\partial C}{\\partial a} = a - y$$\n\n"
    "SETTING $C = y a^3$. Then\n\n$$\\frac{\\partial C}{\\partial a} = CLAIM$$\n"
)


@pytest.mark.parametrize(
    "setting", ["## The cubic loss\n\nWith", "Suppose instead that", "For example, suppose that we take"]
)
@pytest.mark.parametrize(("claim", "status"), [("3 y a^2", "proven"), ("a - y", "refuted")])
def test_a_loss_defined_anew_in_a_setting_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setting: str, claim: str, status: str
) -> None:
    """C defined again below a heading, or in a paragraph that opens a setting: the display below it is read with
    the new C (3ya² proven; a − y, the old C's derivative, refuted), the display above with the old."""
    text = TWO_LOSSES.replace("SETTING", setting).replace("CLAIM", claim)
    found, report = check(tmp_path, capsys, text)
    below = 11 if setting.startswith("##") else 9
    assert found == [(5, "proven"), (below, status)], report["unchecked"]
    start = 7
    said = f"line {start}: a setting of its own from here: C is line {below - 2}'s definition from line {start} on"
    assert any(r.startswith(said) for r in report["readings"]), report["readings"]


def test_a_loss_defined_again_inline_in_one_setting_refuses_what_uses_it_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No heading and no words that open a setting, but C defined again in an inline formula: the display below may
    mean either C, and is refused naming both lines (it had been checked with the first, so a probe's "From now on
    we take $y \\coloneqq a^3$" proved what holds only of the old y)."""
    for words in ("and with", "Let's now take"):  # "Let's now compute" opens no setting (SLP3)
        for claim in ("3 y a^2", "a - y"):
            found, report = check(tmp_path, capsys, TWO_LOSSES.replace("SETTING", words).replace("CLAIM", claim))
            assert found == [(5, "proven")], words
            assert any(u["line"] == 9 and "defined twice" in u["reason"] for u in report["unchecked"]), words


@pytest.mark.parametrize("sign", ["=", ":=", "\\coloneqq", "\\triangleq", "\\equiv", "\\defeq", "\\coloneq"])
def test_an_inline_definition_anew_with_any_sign_refuses_what_uses_it_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str
) -> None:
    """From a probe: "From now on we take instead $y \\coloneqq a^3$" was passed over (no '=' in it), and a display
    below proven with the old y. Written with any sign that defines, it is a definition anew: what uses y below is
    refused, naming both lines."""
    text = (
        "---\n---\nLet $y = b^2$ and $z = 3y + a$.\n\n$$\n\\frac{dz}{db} = 6b\n$$\n\n"
        f"From now on we take instead $y {sign} a^3$, with $u = 2y$.\n\n$$\n\\frac{{d(u + z)}}{{da}} = 1\n$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(6, "proven")], report["unchecked"]


@pytest.mark.parametrize(("claim", "status"), [("4 c^3 + 5", "proven"), ("4 c^3", "refuted")])
def test_a_name_defined_anew_in_one_setting_keeps_that_definition_in_the_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """From a probe: z = 5c in Part 2, y defined anew in Part 3: Part 3's view blanked both of z's definitions, and
    z, free there, made d(y + z)/dc = 4c³ proven. Part 2's z is in force in Part 3."""
    text = (
        "---\n---\n## Part 1\n\nLet $y = c^2$ and $z = c$.\n\n$$\n\\frac{d (y + z)}{dc} = 2c + 1\n$$\n\n"
        "## Part 2\n\nNow let $z = 5c$.\n\n$$\n\\frac{d (y + z)}{dc} = 2c + 5\n$$\n\n"
        f"## Part 3\n\nNow let $y = c^4$.\n\n$$\n\\frac{{d (y + z)}}{{dc}} = {claim}\n$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(8, "proven"), (16, "proven"), (24, status)], report["unchecked"]


@pytest.mark.parametrize("words", ["Simplifying, we get", "We obtain", "Note that", "One checks that", "Hence"])
def test_a_result_stated_inline_below_a_heading_defines_nothing_anew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str
) -> None:
    """From a probe: "## Gradient / Simplifying, we get $\\ell_i = \\log(1 + e^{-z_i}) + y_i z_i$." (a wrong
    simplification) was taken for a definition anew, and the gradient of the wrong ℓ_i proven below it. A result
    the words derive is no definition: what uses ℓ_i below is refused (either may be meant), nothing proven."""
    text = (
        "---\n---\n## Setup\n\nWith $\\hat{p}_i = \\sigma(z_i)$, $\\sigma(t) = \\frac{1}{1 + e^{-t}}$ and "
        "$z_i = w x_i$, the loss of example $i$ is\n\n$$\n\\ell_i = -\\left[ y_i \\log(\\hat{p}_i) + (1 - y_i) "
        "\\log(1 - \\hat{p}_i) \\right]\n$$\n\n## Gradient\n\n"
        f"{words} $\\ell_i = \\log(1 + e^{{-z_i}}) + y_i z_i$.\n\n"
        "$$\n\\frac{d\\ell_i}{dw} = (y_i - 1 + \\hat{p}_i) x_i\n$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert "proven" not in [status for _, status in found], (found, report["unchecked"])


def test_we_have_below_a_heading_still_defines_anew(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "We have $$L = a^3$$" below a heading defines the section's L ("we have" says nothing of deriving): the claim
    below, true only of the first L = a², is refuted there, not proven with the first."""
    text = (
        "---\n---\nLet $L = a^2$.\n\n$$\\frac{dL}{da} = 2a$$\n\n## Another loss\n\nWe have\n\n$$\nL = a^3\n$$\n\n"
        "$$\n\\frac{dL}{da} = 2a\n$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(5, "proven"), (16, "refuted")], (found, report["unchecked"])


COMPOSITE = (
    "---\n---\nLet $f$ and $g$ both be functions mapping from a real number to a real number. Suppose that "
    "$y = g(x)$ and $z = f(y)$. Then\n\n$$\\frac{dz}{dx} = \\frac{dz}{dy} \\frac{dy}{dx}$$\n\n"
    "### Applying it\n\nFor example, suppose $x = f(w)$, $y = f(x)$, $z = f(y)$. Then\n\n"
    "$$\\frac{dz}{dw} = \\frac{dz}{dy} \\frac{dy}{dx} \\frac{dx}{dw} = CLAIM$$\n"
)


@pytest.mark.parametrize(
    ("claim", "status"), [("f'(f(f(w))) f'(f(w)) f'(w)", "proven"), ("f'(f(w)) f'(w) f'(w)", "refuted")]
)
def test_the_chain_rule_applied_with_the_letters_used_anew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """Goodfellow's 6.5.3: x = f(w), y = f(x), z = f(y) below y = g(x), z = f(y) of 6.5.2."""
    found, report = check(tmp_path, capsys, COMPOSITE.replace("CLAIM", claim))
    assert found == [(5, "proven"), (11, "proven"), (11, status)], report["unchecked"]


def test_a_letter_described_anew_is_not_read_with_the_old_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "$g$ maps from R^m to R^n" in the second setting: g is no longer the function of a real number the first
    called it, so bold y = g(bold x) is not read as a number (which refuted Goodfellow's true 6.46 by its shape)."""
    text = (
        "---\n---\nLet $f$ and $g$ both be functions mapping from a real number to a real number. Suppose that "
        "$y = g(x)$ and $z = f(y)$. Then\n\n$$\\frac{dz}{dx} = \\frac{dz}{dy} \\frac{dy}{dx}$$\n\n"
        "We can generalize this. Suppose that $\\boldsymbol{x} \\in \\mathbb{R}^m$, $\\boldsymbol{y} \\in "
        "\\mathbb{R}^n$, $g$ maps from $\\mathbb{R}^m$ to $\\mathbb{R}^n$, and $f$ maps from $\\mathbb{R}^n$ to "
        "$\\mathbb{R}$. If $\\boldsymbol{y} = g(\\boldsymbol{x})$ and $z = f(\\boldsymbol{y})$, then\n\n"
        "$$\\nabla_{\\boldsymbol{x}} z = \\left( \\frac{\\partial \\boldsymbol{y}}{\\partial \\boldsymbol{x}} "
        "\\right)^\\top \\nabla_{\\boldsymbol{y}} z$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    # the shapes the prose states (x ∈ R^m) make 6.46 read, and it is the chain rule: proven; without the
    # transpose it is wrong, and refuted
    assert found == [(5, "proven"), (9, "proven")], report["unchecked"]
    found, _ = check(tmp_path, capsys, text.replace("\\right)^\\top", "\\right)"))
    assert found == [(5, "proven"), (9, "refuted")]


def test_a_definition_made_with_a_letter_defined_anew_is_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """z = 3y above, y defined anew below a heading, z not: z may be 3 times the old y or the new, so a display
    below that uses z is refused (as before), neither reading checked."""
    text = (
        "---\n---\nWith $y = a^2$ and $z = 3 y$,\n\n$$\\frac{dz}{da} = 6 a$$\n\n## Next\n\n"
        "Now let $y = a^3$. Then\n\n$$\\frac{dz}{da} = 9 a^2$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(5, "proven")], report["unchecked"]
    assert any(u["line"] == 11 and u["reason"].startswith("unreadable") for u in report["unchecked"])


@pytest.mark.parametrize(("claim", "status"), [("3 a^2", "proven"), ("2 a", "refuted")])
def test_a_definition_made_with_a_letter_defined_anew_and_unused_below_stops_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """z = 3y above, y defined anew below a heading, and the section below never writes z: its displays are read
    with the new y (Beaujour's binary cross-entropy, made with the y his softmax section defines anew, had stopped
    every display of that section)."""
    text = (
        "---\n---\nWith $y = a^2$ and $z = 3 y$,\n\n$$\\frac{dz}{da} = 6 a$$\n\n## Next\n\n"
        f"Now let $y = a^3$. Then\n\n$$\\frac{{dy}}{{da}} = {claim}$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(5, "proven"), (11, status)], report["unchecked"]


@pytest.mark.parametrize(("claim", "status"), [("9 a^2", "proven"), ("6 a", "refuted")])
def test_a_restatement_written_between_double_dollars_in_a_sentence_is_the_settings_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """kramdown writes inline math $$…$$: "We start from $$z = 3 y$$." restates z below a heading where y is
    defined anew, so z there is made of the new y; the restatement had gone unseen, and the section was refused."""
    text = (
        "---\n---\nWith $y = a^2$ and $$z = 3 y$$,\n\n$$\\frac{dz}{da} = 6 a$$\n\n## Next\n\n"
        f"We start from $$z = 3 y$$. Now let $y = a^3$. Then\n\n$$\\frac{{dz}}{{da}} = {claim}$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(5, "proven"), (11, status)], report["unchecked"]


@pytest.mark.parametrize(("claim", "status"), [("9 a^2", "proven"), ("6 a", "refuted")])
def test_a_restatement_that_goes_on_in_a_display_of_its_own_is_the_settings_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """Duchesnay's recap, p̂_i = σ(z_i) = 1/(1 + e^{-z_i}) in a display set apart below a heading that defines z
    anew: the restatement's first link is the definition above, word for word, and the rest works it out; p̂ there is
    the setting's own. It had been missed (a display on lines of its own, a chain), and the section refused."""
    text = (
        "---\n---\nWith $y = a^2$ and $z = 3 y$,\n\n$$\\frac{dz}{da} = 6 a$$\n\n## Next\n\nNow let $y = a^3$.\n\n"
        f"$$\nz = 3 y = 3 a^3\n$$\n\n$$\n\\frac{{dz}}{{da}} = {claim}\n$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(5, "proven"), (12, "proven"), (16, status)], report["unchecked"]


@pytest.mark.parametrize(("claim", "status"), [("3 w^2", "proven"), ("2 w", "refuted")])
def test_a_function_defined_anew_with_fewer_arguments_below_an_unread_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """J(w, b) = … (unread) above, J(w) = … below a heading (HeavenAQ's NLL section): the first definition is found
    on its line whatever its arguments, and the section is read with its own J; it had been refused below both."""
    text = (
        "---\n---\nWith $J(w, b) = w \\wedge b$,\n\n$$2 = 1 + 1$$\n\n## Next\n\n"
        f"Let $J(w) = w^3$. Then\n\n$$\\frac{{dJ}}{{dw}} = {claim}$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(5, "proven"), (11, status)], report["unchecked"]


@pytest.mark.parametrize(("claim", "status"), [("s(1 - s)", "proven"), ("s", "refuted")])
def test_an_upright_name_above_a_setting_is_written_only_where_its_word_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """\\text{err} = a − y above a heading that defines y anew: the setting writes e^{-a} (Euler's e), not the word
    err; it had been taken for err's first letter, and the whole setting refused."""
    text = (
        "---\n---\nWith $y = a^2$, $\\text{err} = a - y$ and $s = \\frac{1}{1 + e^{-a}}$,\n\n"
        "$$\\frac{d\\,\\text{err}}{da} = 1 - 2a$$\n\n## Next\n\nNow let $y = a^3$. Then\n\n"
        f"$$\\frac{{ds}}{{da}} = {claim}$$\n\n$$\\frac{{dy}}{{da}} = 3a^2$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(5, "proven"), (11, status), (13, "proven")], report["unchecked"]


#: A probe's page: z = 3y above, y defined anew in Part 2, z written there in DISPLAY (or through the front matter).
PART_TWO = (
    "---\nFRONT---\n# Part 1\n\nLet $y = b^2$ for a number $b$, and define $z = 3y$.\n\n"
    "$$\n\\frac{dz}{db} = 6b\n$$\n\n# Part 2\n\nLet $y = a^3$ be the cube of a new number $a$. SAID\n\nDISPLAY\n"
)


@pytest.mark.parametrize(
    ("display", "front", "said"),
    [
        ("```math\n\\frac{dz}{da} = 9a^2\n```", "", ""),
        ("\\begin{eqnarray}\n\\frac{dz}{da} & = & 9a^2\n\\end{eqnarray}", "", ""),
        ("\\begin{displaymath}\n\\frac{dz}{da} = 9a^2\n\\end{displaymath}", "", ""),
        ("$$\n\\frac{d\\zz}{da} = 9a^2\n$$", "macros:\n  \\zz: z\n", ""),
        ("$$\n\\frac{dw}{da} = 9a^2\n$$", "define:\n  w: z + 1\n", ""),
        ("$$\n\\frac{dq}{da} = 0\n$$", "", "The quantity z of Part 1 is unchanged, and q is a number."),
        (
            "$$\n\\frac{dz}{da} = 9a^2\n$$",
            "",
            "We do not change the quantity $$z = 3y$$ of Part 1: it keeps its value.",
        ),
        ("$$\n\\frac{dz}{da} = 9a^2\n$$", "", "We retain $z = 3y$ from the first part, with its original $y$."),
        ("$$\nz = 3y\n$$\n\n$$\n\\frac{dz}{da} = 9a^2\n$$", "", "We keep the same $z$ from Part 1:"),
        ("$$\n\\frac{dz}{da} = 9a^2\n$$", "define:\n  z: 3 y\n", ""),
    ],
    ids=["fence", "eqnarray", "displaymath", "macro", "front-define", "prose", "kept", "retain", "lead", "front-z"],
)
def test_a_definition_made_with_a_letter_defined_anew_written_otherwise_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, front: str, said: str
) -> None:
    """From a probe: z = 3y above, y defined anew in Part 2, and z written there in a fence of math, an environment
    the check did not list, through a macro or a name the front matter defines with it, named in the prose, or
    restated with words that keep the old one: each had been read with the new y and dz/da = 9a² proven. Which y
    z is made of is not for derive to say: nothing below Part 2's heading is proven with it."""
    text = PART_TWO.replace("FRONT", front).replace("SAID", said).replace("DISPLAY", display)
    found, report = check(tmp_path, capsys, text)
    part_two = text.split("\n").index("# Part 2") + 1
    assert [status for line, status in found if line > part_two] in ([], ["unproven"]), (found, report["unchecked"])


@pytest.mark.parametrize(("claim", "status"), [("-2", "proven"), ("0", "refuted")])
def test_a_definition_beside_one_of_the_same_letter_is_blanked_by_its_head(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """From a probe: ŷ = 2b and y = b² on one line, y defined anew below: the old y is blanked, not ŷ (the first of
    the line with the letter y), which had left ŷ free and proven ∂(y − ŷ)/∂b = 0."""
    text = (
        "---\n---\n# Part 1\n\nLet $\\hat{y} = 2b$ and $y = b^2$ for a number $b$.\n\n"
        "$$\n\\frac{dy}{db} = 2b\n$$\n\n# Part 2\n\n"
        "Let $y = a^3$ be the cube of a number $a$, and $q = y - \\hat{y}$.\n\n"
        f"$$\n\\frac{{\\partial q}}{{\\partial b}} = {claim}\n$$\n"
    )
    found, report = check(tmp_path, capsys, text)
    assert found == [(8, "proven"), (16, status)], report["unchecked"]


RESTATED = (
    "---\n---\n$$\\hat{y}_i = wX_i + b$$\n\n$$\\text{Loss} = \\frac{1}{n} \\sum_{i=1}^n (\\hat{y}_i - y_i)^2$$\n\n"
    "Plug in the prediction formula:\n\n$$\\text{Loss} = \\frac{1}{n} \\sum_{i=1}^n (wX_i + b - y_i)^2$$\n\n"
    "## Step-by-step\n\n$$e_i = \\hat{y}_i - y_i$$\n\nThen the loss becomes:\n\n"
    "$$\\text{Loss} = \\frac{1}{n} \\sum e_i^2$$\n\n"
    "$$\\frac{\\partial \\text{Loss}}{\\partial w} = \\frac{1}{n} \\sum_{i=1}^n CLAIM$$\n"
)


@pytest.mark.parametrize(
    ("claim", "status"), [("2e_i \\frac{\\partial e_i}{\\partial w}", "proven"), ("e_i X_i", "refuted")]
)
def test_a_loss_restated_above_a_setting_is_no_definition_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """B-08's page: the loss restated below its definition ("Plug in …"), then written anew with e_i below a
    heading. The restatement above is a claim of the old setting (checked there), not a second definition in the
    new, so the display below is read with the setting's loss (it had been refused: "defined twice")."""
    found, report = check(tmp_path, capsys, RESTATED.replace("CLAIM", claim))
    assert found == [(9, "proven"), (19, status)], report["unchecked"]
    assert any(r.startswith("line 11: a setting of its own from here") for r in report["readings"])


SMOOTHED = (
    "---\nassume:\n  - p_k > 0\n---\n$$L = -\\sum_{k=1}^C q_k \\log p_k$$\n\nSuch a function can be defined as:\n\n"
    "$$r_k = (1 - \\epsilon) q_k + \\frac{\\epsilon}{C}$$\n\nNow, we substitute this to the original function:\n\n"
    "$$L = -\\sum_{k=1}^C NEW \\log p_k$$\n\n$$L = -\\sum_{k=1}^C (1-\\epsilon) q_k \\log p_k SIGN \\sum_{k=1}^C "
    "\\frac{\\epsilon}{C} \\log p_k$$\n"
)


@pytest.mark.parametrize("sign", ["-", "+"])
def test_a_name_defined_again_with_a_name_put_in_place_of_one_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str
) -> None:
    """C-07's label smoothing: L = −Σ q_k log p_k, then r_k = (1 − ε) q_k + ε/C, then "we substitute this": L = −Σ
    r_k log p_k. The smoothed loss defined anew, or a claim that the two agree? Refused naming both (it had been
    refuted as a claim), and so is the display below that uses L (either L may be meant)."""
    found, report = check(tmp_path, capsys, SMOOTHED.replace("NEW", "r_k").replace("SIGN", sign))
    assert found == [], report["unchecked"]
    reasons = {u["line"]: u["reason"] for u in report["unchecked"]}
    assert "puts r (defined at line 9) in place of q" in reasons[13] and "two ways" in reasons[13]
    assert "L may be defined anew at line 13" in reasons[15]


SLIP = (
    "---\n---\nLet\n\n$$y = x^2 + 1$$\n\nChange variables with\n\n$$u = x + 1$$\n\nThen\n\n$$y = u^2 + 1$$\n\n"
    "$$y = RIGHT$$\n"
)


@pytest.mark.parametrize("right", ["x^2 + 2x + 2", "x^2 + 1"])
def test_a_substitution_shaped_slip_proves_nothing_below_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str
) -> None:
    """From a probe: "Then y = u² + 1" with u = x + 1 (a slip: y = x² + 1) had been read as y defined anew, and
    y = x² + 2x + 2 below it proven. Neither is read now: which y is meant is not for derive to guess."""
    found, report = check(tmp_path, capsys, SLIP.replace("RIGHT", right))
    assert found == [], found
    assert {u["line"] for u in report["unchecked"] if u["reason"].startswith("unreadable")} == {13, 15}


def test_a_name_defined_again_otherwise_is_still_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """L again with a name the definition between does not put in place of one (r_k for p_k inside the log, or a
    letter nothing defines between): a claim about the first L, checked, and refuted."""
    for new in ("q_k \\log r_k + 0 \\cdot", "s_k"):
        found, _ = check(tmp_path, capsys, SMOOTHED.replace("NEW", new).replace("SIGN", "-"))
        assert found[0] == (13, "refuted"), (new, found)


@pytest.mark.parametrize(("right", "status"), [("-\\log C", "refuted"), ("-2 \\log C", "proven")])
def test_a_name_made_with_a_letter_defined_again_in_its_setting_is_read_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """From a probe: q_k = 1/C, then under a heading q_k = 2/C, and there G = −Σ_k q_k log C. G, defined in the
    setting, is made of the setting's q: −2 log C proven, −log C (the first q's) refuted. It had been proven with
    the first q (one notation throughout); then refused, while the setting (its sums over C, the first over
    derive's own n) could not be read on its own."""
    page = (
        "---\n---\nLet the target be $q_k = \\frac{1}{C}$.\n\n## Doubled targets\n\nNow let $q_k = \\frac{2}{C}$.\n\n"
        f"$$G = -\\sum_{{k=1}}^C q_k \\log C$$\n\n$$G = {right}$$\n"
    )
    found, report = check(tmp_path, capsys, page)
    assert found == [(11, status)], report["unchecked"]


@pytest.mark.parametrize(
    "restated",
    [
        "Plug in the prediction formula: $L = \\sum_{k=1}^C 2 q_k - \\sum_{k=1}^C q_k$.",  # inline
        "Splitting off the first term,\n\n$$L = q_1 + \\sum_{k=2}^C q_k$$",  # a display derive cannot read
    ],
    ids=["inline", "unread-display"],
)
def test_a_restatement_above_a_setting_is_no_definition_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restated: str
) -> None:
    """From a probe: the restatement above the heading had been read as the setting's definition of L, its own
    refuted against it and the display below refused."""
    page = f"---\n---\n$$L = \\sum_{{k=1}}^C q_k$$\n\n{restated}\n\n## Doubled\n\n$$L = 2\\sum_{{k=1}}^C q_k$$\n\n"
    found, report = check(tmp_path, capsys, page + "$$L = \\sum_{k=1}^C 2 q_k$$\n")
    assert found[-1][1] == "proven" and all(status != "refuted" for _, status in found), report["unchecked"]


def test_a_blanked_restatement_stays_in_its_formula(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: blanking K = L = x² above the heading had run on to the next "L", the section's own L = 3x, and
    the slip L = x² below became its definition (L + K = x² + 2x proven). The section reads L = 3x, K = 2x now."""
    page = (
        "---\nscalars: [x]\n---\n# One\n\n$$L = x^2$$\n\n$$K = L = x^2$$\n\n# Two\n\n$$L = 3x$$\n\n$$K = 2x$$\n\n"
        "$$L = x^2$$\n\n$$L + K = x^2 + 2x$$\n"
    )
    found, _ = check(tmp_path, capsys, page)
    assert (16, "refuted") in found and (18, "refuted") in found, found


def test_a_comment_in_a_code_block_is_no_heading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: "# compute the loss" in a fenced code block had opened a section, L = 2x below it had been read
    as L defined anew, and L = x + x proven. Both are claims about L = x², refuted."""
    page = (
        "---\nscalars: [x]\n---\n$$L = x^2$$\n\n```python\n# compute the loss\nloss = x ** 2\n```\n\n"
        "Differentiating,\n\n$$L = 2x$$\n\n$$L = x + x$$\n"
    )
    found, _ = check(tmp_path, capsys, page)
    assert found == [(13, "refuted"), (15, "refuted")], found


def test_a_name_defined_again_under_a_heading_is_no_claim_where_the_sections_cannot_be_read_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: where the page cannot be read section by section (here M and G are made of L, which the second
    section defines anew), the page is read with one L; the second section's L = 2x had then been checked as a claim
    about the first, and refuted. It is a definition there, not a claim: not checked, and what uses L refused."""
    page = (
        "---\nscalars: [x]\n---\n# One\n\n$$L = x^2$$\n\n$$M = 2L$$\n\n$$G = M + 1$$\n\n# Two\n\n$$L = 2x$$\n\n"
        "$$G - 1 = 4x$$\n\n$$M = 4x$$\n"
    )
    found, report = check(tmp_path, capsys, page)
    assert all(status != "refuted" for _, status in found), found
    assert "defined again here" in {u["line"]: u["reason"] for u in report["unchecked"]}[14]


@pytest.mark.parametrize("written", ["r_{k} \\log p_{k}", "r_k \\log(p_k)", "r_k \\log p_k"])
def test_a_substitution_spelled_otherwise_still_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    """From a probe: L = −Σ r_{k} log p_{k} (braces) had been checked as a claim about the first L, refuted, and the
    gradient below proven with the first L. Spelled with braces or parentheses it reads two ways as r_k does; the
    chain's A = B part, which holds whichever L is meant, is still checked."""
    page = (
        "---\nvectors: [q, p]\nscalars: [\\epsilon]\nassume: ['p_k > 0']\n---\nThe loss is\n"
        "$$L = -\\sum_k q_k \\log p_k$$\nWith smoothed labels\n$$r_k = (1-\\epsilon) q_k + \\frac{\\epsilon}{n}$$\n"
        f"the loss becomes\n$$L = -\\sum_{{k}} {written} = -\\sum_k r_k \\log p_k$$\nand its gradient is\n"
        "$$\\frac{\\partial L}{\\partial p_j} = -\\frac{q_j}{p_j}$$\n"
    )
    found, report = check(tmp_path, capsys, page)
    assert found == [(11, "proven")], found
    reasons = {u["line"]: u["reason"] for u in report["unchecked"]}
    assert "puts r" in reasons[11] and "two ways" in reasons[13]


@pytest.mark.parametrize(("right", "status"), [("x + x", "proven"), ("x^2", "refuted")])
def test_suppose_before_a_displayed_definition_opens_a_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """From a probe: "Suppose instead that the loss is linear," above "$$L = 2x.$$" opened no setting (only an inline
    definition did), and L = 2x and L = x + x were refuted against L = x²."""
    page = (
        "---\nscalars: [x]\n---\n$$L = x^2$$\n\nSuppose instead that the loss is linear,\n$$L = 2x.$$\nThen\n"
        f"$$L = {right}$$\n"
    )
    found, report = check(tmp_path, capsys, page)
    assert found == [(9, status)], report["unchecked"]


CUBE = "---\nscalars: [x]\n---\nThe loss is\n$$L = x^2$$\nLEAD\n$$L = x^3$$\nThen\n$$\\frac{dL}{dx} = RIGHT$$\n"


@pytest.mark.parametrize("right", ["2x", "3x^2"])
def test_suppose_in_the_paragraph_of_the_first_definition_proves_nothing_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str
) -> None:
    """From a probe: "Suppose instead that" in the first definition's paragraph opens no setting derive can read
    apart; dL/dx = 2x below had been proven with the first L. Either L may be meant: refused."""
    found, report = check(tmp_path, capsys, CUBE.replace("LEAD", "Suppose instead that").replace("RIGHT", right))
    assert found == [], found
    assert "defined twice" in {u["line"]: u["reason"] for u in report["unchecked"]}[9]


@pytest.mark.parametrize("lead", ["Consider the same loss again:", "Assume, as before, that"])
def test_words_that_restate_open_no_setting(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    """From a probe: "Consider the same loss again:" above L = x³ (a slip: the same L is x²) had opened a setting, and
    dL/dx = 3x² below it was proven. Both are claims about L = x² now, refuted."""
    page = CUBE.replace("LEAD", "\n" + lead).replace("RIGHT", "3x^2")
    found, _ = check(tmp_path, capsys, page)
    assert [status for _, status in found] == ["refuted", "refuted"], found


@pytest.mark.parametrize(
    "titles",
    [("## Square", "## Cube"), ("Square\n------", "Cube\n----")],
    ids=["atx-after-a-listed-fence", "setext"],
)
def test_headings_as_markdown_finds_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], titles: tuple[str, str]
) -> None:
    """From a probe: a fence in a list item ("- ```") had made the rest of the page code, its headings none; a setext
    heading (a line over ----) had been no heading. Under "Cube", L = x³ is that section's definition and dL/dx = 2x
    a slip (it had been proven)."""
    setup = "Setup:\n\n- ```\n  pip install derive\n  ```\n\n" if titles[0].startswith("#") else ""
    page = (
        f"---\nscalars: [x]\n---\n{setup}{titles[0]}\n\nThe loss is\n$$L = x^2$$\n\n{titles[1]}\n\nThe loss is\n"
        "$$L = x^3$$\nand its derivative is\n$$\\frac{dL}{dx} = 2x$$\n"
    )
    found, _ = check(tmp_path, capsys, page)
    assert [status for _, status in found] == ["refuted"], found


def test_a_definition_blanked_alone_in_its_display_takes_its_dollars_along(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: blanking L = x² alone between $$ lines had left a blank line inside the display, the $$ pairs
    shifted, the heading's words were read as math and the display below was skipped silently."""
    page = (
        "---\nscalars: [x]\n---\nThe loss is\n$$\nL = x^2\n$$\n\n## Cube\n$$\nL = x^3\n$$\nThen\n$$\n"
        "\\frac{dL}{dx} = 2x\n$$\n"
    )
    found, report = check(tmp_path, capsys, page)
    assert found == [(15, "refuted")], (found, report["unchecked"])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Suppose, for contradiction, that $L = x^3$. This cannot hold. So, with our loss,",
        "Consider its gradient. From the definition above, $L = x^3$, so",
        "Consider $L = x^3$ as before, and differentiate:",
        "Consider expanding it: $L = x^3$, so that",
        "Assume $x > 0$. Expanding, $L = x^3$, so that",
    ],
    ids=["contradiction", "above", "as-before-after", "expanding", "assume-another-letter"],
)
def test_a_sentence_that_opens_no_setting_of_the_name_proves_nothing_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paragraph: str
) -> None:
    """From a fourth probe: each of these had opened a setting in which L = x³ was L's definition, and dL/dx = 3x²
    below was proven. None is a setting of its own for L: L = x² stays, and dL/dx = 3x² is refuted."""
    page = f"---\nscalars: [x]\n---\nTake the loss\n\n$$L = x^2$$\n\n{paragraph}\n$$\\frac{{dL}}{{dx}} = 3x^2$$\n"
    found, report = check(tmp_path, capsys, page)
    assert "proven" not in [status for _, status in found], (found, report["readings"])


@pytest.mark.parametrize("lead", ["In the special case", "Suppose", "If"])
def test_a_value_under_a_case_in_words_is_no_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """From a fourth probe: "In the special case $$a = 0$$" had made a = 0 a's definition for the whole page, and the
    general derivative dL/dx = 0 proven."""
    page = (
        f"---\n---\nTake the loss\n\n$$L = a x^2$$\n\n{lead}\n\n$$a = 0$$\n\nthe loss vanishes. In general, its "
        "derivative is\n\n$$\\frac{dL}{dx} = 0$$\n"
    )
    found, _ = check(tmp_path, capsys, page)
    assert (13, "refuted") in found, found


def tex_links(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> list[tuple[int, str]]:
    path = tmp_path / "d.tex"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return [(link["line"], link["status"]) for link in json.loads(capsys.readouterr().out)["links"]]


def test_headings_of_tex_and_html_as_their_renderers_find_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a fourth probe: `\\section[Cubic]{A cubic loss}` and an HTML `<h2>` had been no headings (the section's
    own L = x³ and its derivative refuted against L = x²), and a `\\section` inside `verbatim` one (a slip below it
    read as the section's definition, and dL/dx = 2x proven)."""
    body = "Take the loss\n\\[ L = x^2 \\]\nHEAD\nIn this section the loss is\n\\[ L = x^3 \\]\nso that\n"
    body += "\\[ \\frac{dL}{dx} = 3x^2 \\]\n"
    tex = "\\documentclass{article}\n\\begin{document}\n" + body + "\\end{document}\n"
    assert tex_links(tmp_path, capsys, tex.replace("HEAD", "\\section[Cubic]{A cubic loss}")) == [(9, "proven")]
    verbatim = tex.replace("HEAD", "\\begin{verbatim}\n\\section{not a section}\n\\end{verbatim}")
    assert [status for _, status in tex_links(tmp_path, capsys, verbatim)] == ["refuted", "refuted"]
    shown = body.replace("\\[", "\n$$").replace("\\]", "$$\n").replace("HEAD", "\n<h2>Cubic</h2>\n")
    found, _ = check(tmp_path, capsys, "---\nscalars: [x]\n---\n" + shown)
    assert [status for _, status in found] == ["proven"], found


def test_every_display_inside_an_html_block_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An HTML block runs to a blank line: each display inside it is listed as not read (only the first had been)."""
    page = "---\n---\n<h2>Cubic</h2>\n$$ L = x^3 $$\nso that\n$$ \\frac{dL}{dx} = 3x^2 $$\n"
    _, report = check(tmp_path, capsys, page)
    assert [u["line"] for u in report["unchecked"] if "HTML block" in u["reason"]] == [4, 6]


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("We start with the definition of the loss:", "refuted"),
        ("Let us restate the definition of $L$:", "refuted"),  # a probe's: it had opened a setting
        ("Let us now write the loss from the setup once more:", "refuted"),
        ("The loss is", "proven"),
    ],
)
def test_a_section_that_starts_from_the_definition_restates_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, status: str
) -> None:
    """A-07 (jmlb's softmax notes): a section's "We start with the definition of the cross-entropy loss: 𝓛 = y_1 log
    ŷ_1 + y_2 log ŷ_2" drops the minus of the page's 𝓛 and was read as a definition anew, the slip unseen. Starting
    "from the definition", it restates the first: a claim, refuted; a section's plain "The loss is" defines anew."""
    page = (
        f"---\nscalars: [x]\n---\nThe loss is\n$$L = -x^2$$\n\n## The derivative\n\n{lead}\n$$L = x^2$$\n"
        "and its derivative is\n$$\\frac{dL}{dx} = 2x$$\n"
    )
    found, _ = check(tmp_path, capsys, page)
    assert [status for _, status in found][-1] == status, found
    if status == "refuted":
        assert [line for line, _ in found] == [10, 12] and found[0][1] == "refuted"
