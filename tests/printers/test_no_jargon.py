"""The exports' prose explains where an example comes from instead of naming it by an internal label ("seed 000")."""

from __future__ import annotations

import re

import pytest

from derive.engine.catalogue import SYMBOLIC_N, build, names

JARGON = re.compile(r"\bseeds? ?0\d\d", re.IGNORECASE)


@pytest.mark.parametrize("name", names())
def test_no_export_prose_names_a_seed(name: str) -> None:
    for size in (3, SYMBOLIC_N):
        d = build(name, size)
        prose = [d.title, *d.notes, *(a.phrase for a in d.assumptions)]
        for chain in d.chains:
            prose += [chain.title, *(step.justification for step in chain.steps)]
            prose += [text for step in chain.steps for text in (step.rule.name, step.rule.statement)]
        assert not [text for text in prose if JARGON.search(text)]


def test_the_toy_network_says_what_it_is() -> None:
    d = build("toy-network", 2)
    assert d.title == "A Q&A-site question's toy network: one weight, two paths"
    assert d.notes[0].startswith("The toy network of a question asked on a Q&A site, whose derivation drops a sum")
