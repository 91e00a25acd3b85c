"""The library's front door: derive.derivation, derive.check (called as often as one likes, and standing for the
subpackage derive.check otherwise), derive.render and derive.names."""

from __future__ import annotations

import subprocess
import sys

import derive


def test_check_can_be_called_again_after_the_subpackage_is_imported() -> None:
    from derive.check import cache  # noqa: F401  (importing a submodule must not rebind derive.check)

    first = derive.check(derive.derivation("softmax-jacobian", n=2), cache=False)
    second = derive.check(derive.derivation("softmax-jacobian", n=2), cache=False)
    assert first.ok and second.ok
    assert derive.render(first, "markdown") == derive.render(second, "markdown")
    assert "softmax-ce" in derive.names()


def test_derive_check_dot_name_reaches_the_subpackage() -> None:
    script = (
        "import derive.check.cache as cache; import derive; from derive.check import Status;"
        "print(cache.FORMAT, derive.check.Status is Status, derive.check.cache is cache)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["derive-verdict-2", "True", "True"]
