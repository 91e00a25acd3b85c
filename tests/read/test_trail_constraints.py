"""A sum to one that the line after a display says its chain used ("Note that the last step uses
$\\sum_j t_j = 1$ for a one-hot target.", Roelants) is that chain's constraint; a line that denies it, or says
anything else, assumes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
---
The loss is $\\xi = -\\sum_{{j=1}}^C t_j \\log(y_j)$ with $y_j = \\frac{{e^{{z_j}}}}{{\\sum_{{d=1}}^C e^{{z_d}}}}$.

$$
\\frac{{\\partial \\xi}}{{\\partial z_i}} = -t_i + y_i \\sum_{{j=1}}^C t_j = {last}
$$

{trail}
"""

DENIED = "Note that the last step uses $\\sum_{j=1}^C t_j = 1$, which does not hold here."
USES = "Note that the last step uses $\\sum_{j=1}^C t_j = 1$ for a one-hot target."


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, trail: str) -> list[str]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(last=last, trail=trail), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    return [link["status"] for link in json.loads(capsys.readouterr().out)["links"]]


@pytest.mark.parametrize(
    ("last", "trail", "expected"),
    [
        ("y_i - t_i", USES, ["proven", "proven"]),
        ("y_i + t_i", USES, ["proven", "refuted"]),
        ("y_i - t_i", "Here we used $\\sum_j t_j = 1$.", ["proven", "proven"]),
        ("y_i - t_i", "given that $\\sum_j t_j = 1$ from the slides.", ["proven", "proven"]),  # a math.SE answer
        ("y_i - t_i", "using the fact that $\\sum_j t_j = 1$.", ["proven", "proven"]),
        ("y_i - t_i", "given that $\\sum_j t_j = 1$, which does not hold here.", ["proven", "refuted"]),
        ("y_i - t_i", "", ["proven", "refuted"]),  # nothing stated: the shortcut is false for any t
        ("y_i - t_i", DENIED, ["proven", "refuted"]),
        ("y_i - t_i", "The last step would need $\\sum_j t_j = 1$.", ["proven", "refuted"]),
        ("y_i - t_i", "Note that the last step uses $t_1 = 1$.", ["proven", "refuted"]),
        # a blog's sentence below its chain (ljvmiranda's softmax post): before, the last link was refuted at t < 0
        ("y_i - t_i", "$\\sum_j t_j = 1$ because $t$ is a one-hot vector.", ["proven", "proven"]),
        ("y_i + t_i", "$\\sum_j t_j = 1$ because $t$ is a one-hot vector.", ["proven", "refuted"]),
        ("y_i - t_i", "Note that $\\sum_j t_j = 1$, since $t$ is one-hot.", ["proven", "proven"]),
        ("y_i - t_i", "$\\sum_j t_j = 1$ because $t$ is one-hot, which does not hold here.", ["proven", "refuted"]),
        # the blog's next sentence says something else: only the reason's own words are weighed, and words that take
        # it back ("That is false here.")
        (
            "y_i - t_i",
            "$\\sum_j t_j = 1$ because $t$ is one-hot. $z$ is a vector which represents the raw output.",
            ["proven", "proven"],
        ),
        ("y_i - t_i", "$\\sum_j t_j = 1$ because $t$ is one-hot. That is false here.", []),
    ],
)
def test_a_sum_to_one_the_line_after_says_the_chain_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, trail: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, last, trail) == expected


TWO_STEPS = """---
---
The loss is $\\xi = -\\sum_{{j=1}}^C t_j \\log(y_j)$ with $y_j = \\frac{{e^{{z_j}}}}{{\\sum_{{d=1}}^C e^{{z_d}}}}$.

$$
\\frac{{\\partial \\xi}}{{\\partial z_i}} = {middle} = y_i - t_i
$$

{trail}
"""


@pytest.mark.parametrize(
    ("middle", "trail", "expected"),
    [
        ("-t_i + y_i \\sum_{j=1}^C t_j", USES, ["proven", "proven"]),
        ("y_i - t_i", USES, ["refuted", "proven"]),  # the first step needs Σ t = 1 too: the page says only the last
        ("y_i - t_i", "Here we used $\\sum_j t_j = 1$.", ["proven", "proven"]),  # the display used it
    ],
)
def test_the_last_step_alone_assumes_what_the_line_after_says_it_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], middle: str, trail: str, expected: list[str]
) -> None:
    path = tmp_path / "d.md"
    path.write_text(TWO_STEPS.format(middle=middle, trail=trail), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == expected


def test_an_assumption_of_one_link_is_printed_with_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The report states every assumption a proof used: one that only the last link has is printed under it, not
    only in the JSON (the chain's heading shows the first link's)."""
    path = tmp_path / "d.md"
    path.write_text(TWO_STEPS.format(middle="-t_i + y_i \\sum_{j=1}^C t_j", trail=USES), encoding="utf-8")
    main(["check", str(path), "--timeout", "60"])
    lines = capsys.readouterr().out.splitlines()
    last = next(k for k, line in enumerate(lines) if line.startswith("✓ = y_i - t_i"))
    assumed = [k for k, line in enumerate(lines) if line.strip() == "assuming Σ t = 1"]
    assert len(assumed) == 1 and last < assumed[0] < last + 4


@pytest.mark.parametrize(
    ("display", "trail", "verdict"),
    [
        ("\\sum_{i=1}^{n} y_i^2 = 1", "$\\sum_i y_i = 1$ since $y$ is one-hot.", "unproven"),  # not refuted
        ("\\sum_{i=1}^{n} y_i^2 = 1", "Here $y$ is a one-hot vector.", "unproven"),
        ("\\sum_{i=1}^{n} y_i^2 = 2", "Here $y$ is a one-hot vector.", "refuted"),
        ("\\sum_{i=1}^{n} y_i^2 = 1", "Here $y$ is not a one-hot vector.", "refuted"),
        ("y_1 y_2 = 0", "$\\sum_i y_i = 1$ because $y$ is one-hot.", "unreadable"),  # i: no index of the page
        ("\\sum_{i=1}^{n} y_i s_i = s_k", "$\\sum_i y_i = 1$ because $y$ is one-hot with $y_k = 1$.", "unreadable"),
    ],
)
def test_a_reason_below_a_chain_is_held_as_it_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, trail: str, verdict: str
) -> None:
    """A probe's pages: "because $y$ is one-hot" holds y one-hot, not only its sum (y = (1/6, 5/6) had refuted
    Σ y_i² = 1); a reason that states more, or a sum derive cannot read, leaves the display unread rather than checked
    without it (each had been refuted at a point the page rules out)."""
    path = tmp_path / "d.md"
    path.write_text(f"---\nvectors: [s, y]\n---\n$$ {display} $$\n\n{trail}\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    statuses = [link["status"] for link in report["links"]]
    unread = any(u["reason"].startswith("unreadable") for u in report["unchecked"])
    assert (statuses, unread) == (([], True) if verdict == "unreadable" else ([verdict], False))
