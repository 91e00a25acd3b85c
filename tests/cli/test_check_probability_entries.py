"""Probability notation for a distribution over an index (``derive.read.probability_entries``): p(k|x) with x the
one example the page fixes is the entry p_k; p(k) and q(k) beside it are entries too."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_report
from tests.read.test_reads_pages import statuses

PAGE = (
    "---\n---\n"
    "For each label $k$, the model gives $p(k|x) = \\frac{\\exp(z_k)}{\\sum_{i=1}^K \\exp(z_i)}$. For brevity, let "
    "us omit the dependence of p and q on example x. The loss is "
    "$\\ell = -\\sum_{k=1}^K \\log(p(k)) q(k)$, where $\\sum_{k=1}^K q(k|x) = 1$.\n\n"
    "$$\n\\frac{\\partial \\ell}{\\partial z_k} = GRADIENT\n$$\n"
)


@pytest.mark.parametrize(
    ("gradient", "status"),
    [
        ("p(k) - q(k)", "proven"),
        ("p(k|x) - q(k|x)", "proven"),
        ("p(k) - 2 q(k)", "refuted"),
        ("q(k) - p(k)", "refuted"),
    ],
)
def test_the_probability_of_a_label_is_an_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    """Szegedy's cross-entropy gradient, written in probability notation: proven with Σ_k q(k|x) = 1, a false one
    refuted."""
    found, unchecked = statuses(tmp_path, capsys, PAGE.replace("GRADIENT", gradient))
    assert found == [(6, status)]
    assert not any(reason.startswith("unreadable") for reason in unchecked)


@pytest.mark.parametrize(
    "page",
    [
        PAGE.replace("GRADIENT", "p(k|x) - q(k|y)"),  # two examples: p at x and q at y
        "---\n---\n$$\nJ = -\\log P(y \\mid \\mathbf{x}) = -\\log P(y)\n$$\n",  # y a label's value, no index
    ],
)
def test_probability_notation_that_is_no_entry_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """Two conditioning names, or a bar after a value no sum runs over (Goodfellow's P(y | 𝐱)): not read as an
    entry, and not checked."""
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == []
    assert any(reason.startswith("unreadable") for reason in unchecked), unchecked


SMOOTHED = (
    "---\nassume: ['p_k \\in (0, 1]']\n---\n"
    "For each label $k \\in \\{1 \\ldots K\\}$ the model computes $p(k|x)$, and the ground-truth distribution is "
    "$q(k|x)$. For brevity, let us omit the dependence of p and q on example x. We replace it with\n\n"
    "$$q'(k|x) = (1 - \\epsilon) q(k|x) + \\epsilon u(k)$$\n\n"
    "so that\n\n"
    "$$\\sum_{k=1}^K \\log(p(k)) q'(k) = RIGHT$$\n"
)


@pytest.mark.parametrize(
    ("right", "status"),
    [
        ("(1 - \\epsilon) \\sum_{k=1}^K \\log(p(k)) q(k) + \\epsilon \\sum_{k=1}^K \\log(p(k)) u(k)", "proven"),
        ("\\epsilon \\sum_{k=1}^K \\log(p(k)) q(k) + (1 - \\epsilon) \\sum_{k=1}^K \\log(p(k)) u(k)", "unproven"),
    ],
)
def test_a_primed_distribution_is_a_name_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """q'(k|x), q' a distribution of its own (q, a distribution over k, has no derivative): the smoothed
    cross-entropy splits as Szegedy et al. write it. The weights swapped are not refuted: "the ground-truth
    distribution is $q(k|x)$" states Σ_k q_k = 1 in a paragraph that goes on "let us omit the dependence …", words
    derive does not read as plain, so a counterexample with any q might break what the page states (it had been
    refuted with such a q)."""
    found, unchecked = statuses(tmp_path, capsys, SMOOTHED.replace("RIGHT", right))
    assert found == [(10, status)]
    assert [reason.split(" (")[0] for reason in unchecked if reason.startswith("unreadable")] == [
        "unreadable: the prose states an assumption of the page here in words derive neither reads as stating it "
        "nor as setting it aside"
    ]


def test_the_cross_entropy_of_a_smoothed_target_at_its_parts_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """H(q', p) = … then H(q, p), q' made of q: the value H(q', p) written with what it is made of, or H applied to
    q? Refused naming both (read as the same value, (1 - ε) H(q, p) + ε H(u, p) was H(q', p) whatever it says)."""
    text = SMOOTHED.replace("RIGHT", "1").replace(
        "$$\\sum_{k=1}^K \\log(p(k)) q'(k) = 1$$",
        "$$H(q', p) = -\\sum_{k=1}^K \\log(p(k)) q'(k) = \\epsilon H(q, p) + (1 - \\epsilon) H(u, p)$$",
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("H(q, p) can be read two ways" in reason for reason in unchecked), unchecked


def test_the_cross_entropy_at_another_distribution_is_written_out_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """H(q, p) after H(q', p) = …, q' = (1 - ε)δ_{k,y} + ε u(k) not made of q = δ_{k,y}: H applied to q, every q'_k
    of its body now q_k (left q'_k, H(q, p) was H(q', p) itself, and this false equation was proven)."""
    text = (
        "---\nassume: ['p_k \\in (0, 1]']\n---\n"
        "For each label $k \\in \\{1 \\ldots K\\}$ the model computes $p(k|x)$. For brevity, let us omit the "
        "dependence of p and q on example x. We replace the label distribution "
        "$q(k|x) = \\delta_{k,y}$ with\n\n"
        "$$q'(k|x) = (1 - \\epsilon) \\delta_{k,y} + \\epsilon u(k)$$\n\n"
        "Note that the cross-entropy then becomes\n\n"
        "$$H(q', p) = -\\sum_{k=1}^K \\log(p(k)) q'(k) = H(q, p)$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(10, "refuted")]


LABEL_SMOOTHING = (
    "---\nassume: ['p_k \\in (0, 1]']\n---\n$$\n\\mathcal{L} = -\\sum_{k=1}^Cq(k|x_i)\\log p(k|x_i)\n$$\n\n"
    "Such a function can be defined as:\n\n$$\nq'(k|x_i) = (1 - \\epsilon)q(k|x_i) + \\frac{\\epsilon}{C}\n$$\n\n"
    "Now, we substitute this to the original function:\n\n"
    "$$\n\\mathcal{L} = -\\sum_{k=1}^Cq'(k|x_i)\\log p(k|x_i)\n$$\n\n"
    "$$\n\\mathcal{L} = -\\sum_{k=1}^C(1-\\epsilon)q(k|x_i)\\log p(k|x_i) SIGN \\sum_{k=1}^C\\frac{\\epsilon}{C}\\log "
    "p(k|x_i)\n$$\n"
)


def test_a_distribution_conditioned_on_one_numbered_example_is_an_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C-07's label smoothing: q(k|x_i), conditioned on the example x_i (a letter with an index), right after a sum's
    one-token bound (^Cq): entries q_k, p_k (they had been refused as a bar with no closing bar). The loss and the
    smoothed target are read; the loss written again with q' reads two ways (defined anew, or a claim)."""
    page = LABEL_SMOOTHING.replace("SIGN", "-")
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [], unchecked
    assert next(u for u in unchecked if u.startswith("unreadable")).startswith("unreadable: \\mathcal{L} = … puts q'")
    found, unchecked = statuses(
        tmp_path, capsys, page.replace("$$\n\\mathcal{L} = -\\sum_{k=1}^Cq'", "$$\nJ = -\\sum_{k=1}^Cq'")
    )
    assert found == [(21, "refuted")], unchecked  # J named apart: L's expansion at line 21, with q, is false


def test_a_distribution_conditioned_on_two_numbered_examples_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """q(k|x_i) beside p(k|x_j): two examples, as two letters were; not read as entries."""
    page = LABEL_SMOOTHING.replace("SIGN", "-").replace("\\log p(k|x_i)\n$$\n\nSuch", "\\log p(k|x_j)\n$$\n\nSuch")
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [] and any(reason.startswith("unreadable") for reason in unchecked), unchecked


@pytest.mark.parametrize(
    "page",
    [
        # the examples summed: every example's distribution, not one example's (had been proven)
        "---\n---\n$$\\frac{1}{N}\\sum_{i=1}^{N}\\sum_{k=1}^{C} q(k|x_i) p(k|x_i) = "
        "\\sum_{k=1}^{C} q(k|x_i) p(k|x_i)$$\n",
        # the posterior and the prior in one formula: two distributions (their divergence had been proven 0)
        "---\n---\n$$\\sum_{k=1}^{C} p(k|x) \\log \\frac{p(k|x)}{p(k)} = 0$$\n",
        "---\n---\n$$\\sum_{k=1}^{C} \\left(p(k|x) - p(k)\\right)^2 = 0$$\n",
        # x and bold x: two names (had been read as one example)
        "---\n---\n$$\\sum_{k=1}^{C} q(k|\\mathbf{x}) p(k|x) = \\sum_{k=1}^{C} q(k|x) p(k|\\mathbf{x})$$\n",
    ],
    ids=["summed-example", "posterior-prior", "posterior-prior-square", "bold-and-plain"],
)
def test_probability_notation_a_probe_misread_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """Each had been read as one distribution's entries, and a false equation proven."""
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [], found
    assert any(reason.startswith("unreadable") for reason in unchecked), unchecked


@pytest.mark.parametrize(("right", "status"), [("1", "unproven"), ("2", "refuted")])
def test_a_refutation_of_probability_notation_stands_at_a_distribution(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """p(k|x) is read as a distribution's entry: Σ_k p(k|x) = 1 had been refuted at p = (47/25, 3/20), no
    distribution. A refutation is tried again where p is one, and stands only there (Σ_k p(k|x) = 2 refuted at a
    distribution); Σ_k p(k|x) = 1, which holds there, is "not refuted", naming it. derive does not assume it (a page
    may define p otherwise: held as an assumption, it had proven Σ_k p_k = 1 of p_k = exp(z_k), and of scores the
    page says need not sum to one)."""
    page = f"---\n---\nA distribution over the labels:\n\n$$\\sum_{{k=1}}^{{C}} p(k|x) = {right}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [(link["line"], link["status"]) for link in report["links"]] == [(5, status)]
    link = report["links"][0]
    if status == "refuted":
        values = [Fraction(v) for name, v in link["counterexample"]["values"].items() if name.startswith("p_")]
        assert all(0 <= v <= 1 for v in values) and sum(values) == 1, values
    else:
        assert "it holds where Σ p = 1" in link["method"], link["method"]


@pytest.mark.parametrize(
    "page",
    [
        "---\nvectors: [z]\n---\n$$\n\\begin{aligned}\np(k|x) &= \\exp(z_k)\n\\end{aligned}\n$$\n\n"
        "$$\\sum_k p(k|x) = 1$$\n",
        "---\nvectors: [z]\n---\nThe unnormalized scores are\n\n$$p = \\exp(z)$$\n\n$$\\sum_k p(k|x) = 1$$\n",
        "---\n---\nLet $s(k|x)$ be the unnormalized score of class $k$; the scores need not sum to one.\n\n"
        "$$Z = \\sum_k s(k|x)$$\n\n$$Z = 1$$\n",
        "---\n---\nThe prior is uniform:\n\n$$q(k) = \\frac{1}{K}$$\n\nThe entropy of the posterior is\n\n"
        "$$H = -\\sum_{k=1}^{K} q(k|x) \\log q(k|x)$$\n\n$$H = \\log K$$\n",
    ],
    ids=["defined-aligned", "defined-whole", "scores", "prior-and-posterior"],
)
def test_probability_notation_proves_nothing_the_page_does_not_say(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From a probe: each had been proven (Σ p = 1 of p defined as exp(z); Z = 1 of scores that need not sum to one;
    the posterior's entropy log K, the prior q(k) read as the posterior's entries)."""
    report = page_report(tmp_path, capsys, page)
    assert all(link["status"] != "proven" for link in report["links"]), report["links"]
