"""Benchmarks for derive, kept out of the test run. Prints one table per section.

    python bench/run.py            # every section
    python bench/run.py symbolic   # one section

Sections: symbolic (each derivation for every n: index-rewrite proofs, then the n = 2..6 cross-check),
concrete (softmax-ce proven completely at concrete n), startup (the command line beside `import sympy`).
Times are wall-clock seconds on this machine, best of --repeat runs; memory is the peak RSS of a child process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable

CHILD = """
import resource, sys, time
t = time.perf_counter()
from derive.check import check_derivation
from derive.engine import build
ok = check_derivation(build("softmax-ce", {n})).ok
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ok)
"""


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


SYMBOLIC_CHILD = """
import sys, time
from derive.check import checker
from derive.check.symbolic import prove_symbolic
from derive.engine import SYMBOLIC_N, build
t = time.perf_counter()
derivation = build("{name}", SYMBOLIC_N)
if "{part}" == "proofs":
    holds = [chain for chain in derivation.chains if chain.instance_n is None and chain.expected == "holds"]
    claims = [c for chain in holds for c in checker.chain_claims(chain, derivation)]
    assert all(prove_symbolic(c) for c in claims), "a step is not proven for every n"
    print(time.perf_counter() - t, len(claims))
else:
    ok = checker.check_derivation(derivation).ok
    print(time.perf_counter() - t, ok)
"""


def child(script: str) -> list[str]:
    """Run ``script`` in a fresh interpreter (cold caches, as a user's first run) and split what it prints."""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return out.stdout.split()


def symbolic(repeat: int) -> None:
    """Each derivation for every n: the proofs alone, and the whole check with its cross-check at n = 2..6."""
    from derive.engine import names

    print("| derivation | steps for every n | proofs for every n (s) | whole check incl. cross-check n = 2..6 (s) |")
    print("| --- | ---: | ---: | ---: |")
    for name in names():
        proofs = min(float(child(SYMBOLIC_CHILD.format(name=name, part="proofs"))[0]) for _ in range(repeat))
        steps = child(SYMBOLIC_CHILD.format(name=name, part="proofs"))[1]
        whole, ok = child(SYMBOLIC_CHILD.format(name=name, part="whole"))
        assert ok == "True", f"{name} not proven for every n"
        print(f"| {name} | {steps} | {proofs:.2f} | {float(whole):.2f} |")


def concrete(repeat: int, ns: list[int]) -> None:
    print("| n | softmax-ce, every step (s) | peak memory (MB) |")
    print("| ---: | ---: | ---: |")
    for n in ns:
        runs = []
        for _ in range(repeat):
            out = subprocess.run([sys.executable, "-c", CHILD.format(n=n)], capture_output=True, text=True, check=True)
            seconds, rss, ok = out.stdout.split()
            assert ok == "True", f"softmax-ce not proven at n = {n}"
            runs.append((float(seconds), int(rss) / 1024))
        seconds, megabytes = min(runs)
        print(f"| {n} | {seconds:.2f} | {megabytes:.0f} |")


def startup(repeat: int) -> None:
    commands = {
        "python -c 'import sympy'": [sys.executable, "-c", "import sympy"],
        "derive --help": [sys.executable, "-m", "derive", "--help"],
        "derive list": [sys.executable, "-m", "derive", "list"],
        "derive show softmax-ce --n 3": [sys.executable, "-m", "derive", "show", "softmax-ce", "--n", "3"],
        "derive (every n)": [sys.executable, "-m", "derive"],
    }
    timings = {
        label: best(repeat, lambda c=c: subprocess.run(c, capture_output=True, check=True))
        for label, c in commands.items()
    }
    base = timings["python -c 'import sympy'"]
    print("| command | seconds | × import sympy |")
    print("| --- | ---: | ---: |")
    for label, seconds in timings.items():
        print(f"| {label} | {seconds:.2f} | {seconds / base:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", default=["symbolic", "concrete", "startup"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--n", type=int, nargs="*", default=[2, 4, 8, 16, 32, 64, 128, 256])
    args = parser.parse_args()
    for section in args.sections:
        print(f"\n## {section}\n")
        if section == "symbolic":
            symbolic(args.repeat)
        elif section == "concrete":
            concrete(1, args.n)
        elif section == "startup":
            startup(args.repeat)
        else:
            parser.error(f"unknown section {section!r}")


if __name__ == "__main__":
    main()
