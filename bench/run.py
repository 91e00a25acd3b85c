"""Benchmarks for derive, kept out of the test run. Prints one table per section.

    python bench/run.py            # every section
    python bench/run.py concrete   # one section (or several: concrete startup)

Sections: concrete (softmax-ce proven completely at concrete n, beside the plain-SymPy baseline of
bench/baseline.py), symbolic (each derivation for every n: derived and proven, by index rewrites and at its worked
instances, then the whole check with its cross-check at small n), startup (the command line beside `import sympy`,
with a cold and a warm verdict cache, issue 17's commands among them), check (`derive check` on
derivations/checks/*.md and on a generated 50-link file, per link, cold and warm), many (`derive check DIR` on 50
files, one summary), profile (where a cold `derive --no-cache` spends its time: its phases from start-up to exit,
then under cProfile). Times are wall-clock seconds on this machine, best of --repeat runs
unless said otherwise; memory is the peak RSS of a child process. Every measurement runs in a fresh interpreter,
with a verdict cache in a temporary directory of its own (never ~/.cache/derive); "cold" is an empty cache, "warm"
the same command run a second time; "cold cpu" is the processor time (user + system) of the cold command and its
children, which a busy machine inflates less than wall time; each section prints the load average at its start.
derive's modules are compiled to bytecode first, as an installed package's are.
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).resolve().parent / "baseline.py"
CHECKS = ROOT / "derivations" / "checks"
NS = [2, 4, 8, 16, 32, 64, 128, 256]

CONCRETE_CHILD = """
import resource, sys, time
from derive.errors import UsageError
from derive.check import check_derivation
from derive.engine import build
t = time.perf_counter()
try:
    derivation = build("softmax-ce", {n})
except UsageError:
    print("above")
    sys.exit()
ok = check_derivation(derivation).ok
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ok)
"""

SYMBOLIC_CHILD = """
import resource, sys, time
from derive.check import checker
from derive.check.symbolic import prove_symbolic
from derive.engine import SYMBOLIC_N, build
t = time.perf_counter()
cpu = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])  # user + system before building: not the imports
derivation = build("{name}", SYMBOLIC_N)
if "{part}" == "proofs":
    holds = [chain for chain in derivation.chains if chain.expected == "holds"]
    every = [c for chain in holds if chain.instance_n is None for c in checker.chain_claims(chain, derivation)]
    worked = [c for chain in holds if chain.instance_n is not None for c in checker.chain_claims(chain, derivation)]
    assert all(prove_symbolic(c) for c in every), "a step is not proven for every n"
    assert all(checker.check_claim(c).proven for c in worked), "a step of a worked instance is not proven"
    print(time.perf_counter() - t, len(every), len(worked))
else:
    ok = checker.check_derivation(derivation).ok
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    print(time.perf_counter() - t, ok, sum(u.ru_utime + u.ru_stime for u in used) - cpu)
"""

#: Each link of a check file decided on its own, as ``derive check`` decides it (a child process per link,
#: the verdict cache first): the seconds of each link, as JSON.
CHECK_CHILD = """
import json, sys, time
from pathlib import Path
from derive.check import Claim
from derive.check.cache import VerdictCache
from derive.check.diagnose import check_links
from derive.read import read_document
document = read_document(Path(sys.argv[1]))
cache = VerdictCache.default()
times = []
for link in document.links:
    claim = Claim(link.lhs, link.rhs, document.space, document.definitions, link.condition,
                  document.constraints + link.constraints)
    t = time.perf_counter()
    check_links([(claim, link.head)], 60.0, cache)
    times.append(time.perf_counter() - t)
print(json.dumps(times, separators=(",", ":")))
"""


def compile_bytecode() -> None:
    """Compile the checkout's modules to bytecode (__pycache__), as ``pip install`` does for an installed package
    and as SymPy's are: without it, a machine with PYTHONDONTWRITEBYTECODE set would compile derive's source on
    every run and time the compiler (about 30 ms of start-up), not derive."""
    if not compileall.compile_dir(ROOT / "derive", quiet=1):
        raise SystemExit("could not compile derive/ to bytecode")


def child_env(cache: Path) -> dict[str, str]:
    """The environment of a child: this checkout first on the path, and the verdict cache in ``cache``."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "DERIVE_CACHE_DIR": str(cache)}


@contextmanager
def scratch() -> Iterator[Path]:
    """A temporary directory (an empty verdict cache), removed afterwards."""
    directory = Path(tempfile.mkdtemp(prefix="derive-bench-"))
    try:
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def child(script: str, cache: Path, timeout: float | None = None, *args: str) -> list[str]:
    """Run ``script`` in a fresh interpreter (cold caches, as a user's first run) and split what it prints."""
    command = [sys.executable, "-c", script, *args]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=child_env(cache), timeout=timeout)
    return out.stdout.split()


def timed(command: list[str], cache: Path, check: bool = True, timeout: float | None = None) -> float:
    """Wall-clock seconds of one run of ``command`` with its verdict cache in ``cache`` (0.0 when it ran out of
    ``timeout``)."""
    return measured(command, cache, check, timeout)[0]


def measured(command: list[str], cache: Path, check: bool = True, timeout: float | None = None) -> tuple[float, float]:
    """Wall-clock and processor seconds (user + system, of the command and its children) of one run of
    ``command``; (0.0, 0.0) when it ran out of ``timeout``. On a shared machine the processor time says more."""
    before = _children_cpu()
    start = time.perf_counter()
    try:
        subprocess.run(command, capture_output=True, check=check, env=child_env(cache), timeout=timeout)
    except subprocess.TimeoutExpired:
        return 0.0, 0.0
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    """The load averages of the last 1, 5 and 15 minutes, for the record of a run."""
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def concrete(ns: list[int], baseline_max: int, timeout: float) -> None:
    """softmax-ce proven completely at concrete n by derive, beside the plain-SymPy baseline (one run each):
    derive's proof inside one process, then the whole command (`derive show softmax-ce --n N --format json`)
    cold (an empty verdict cache) and warm (run again), each beside the baseline's whole process."""
    print(f"load average at the start: {load()}\n")
    print("| n | derive proof (s) | derive peak (MB) | command cold (s) | cold cpu (s) | command warm (s) "
          "| plain SymPy (s) | plain SymPy peak (MB) | plain / derive cold | plain / derive warm |")  # fmt: skip
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in ns:
        with scratch() as cache:
            derive_s, derive_mb = run_derive(n, cache, timeout)
        with scratch() as cache:
            command = [sys.executable, "-m", "derive", "show", "softmax-ce", "--n", str(n), "--format", "json"]
            cold, cold_cpu = measured(command, cache, timeout=timeout)
            warm = timed(command, cache, timeout=timeout)
            plain_s, plain_mb = run_baseline(n, cache, timeout) if n <= baseline_max else ("—", "—")
        ratios = ["—", "—"]
        if _is_number(plain_s):
            ratios = [f"{float(plain_s) / seconds:.1f}" if seconds else "—" for seconds in (cold, warm)]
        cells = [f"{seconds:.2f}" if seconds else f"> {timeout:g}" for seconds in (cold, warm)]
        print(f"| {n} | {derive_s} | {derive_mb} | {cells[0]} | {cold_cpu:.2f} | {cells[1]} | {plain_s} "
              f"| {plain_mb} | {ratios[0]} | {ratios[1]} |", flush=True)  # fmt: skip


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def run_derive(n: int, cache: Path, timeout: float) -> tuple[str, str]:
    """derive's seconds and peak MB at n; "above MAX_N" when the catalogue does not take n."""
    try:
        out = child(CONCRETE_CHILD.format(n=n), cache, timeout)
    except subprocess.TimeoutExpired:
        return f"> {timeout:g}", "—"
    if out == ["above"]:
        return "above MAX_N", "—"
    seconds, rss, ok = out
    assert ok == "True", f"softmax-ce not proven at n = {n}"
    return f"{float(seconds):.2f}", f"{int(rss) / 1024:.0f}"


def run_baseline(n: int, cache: Path, timeout: float) -> tuple[str, str]:
    """The plain-SymPy baseline's seconds and peak MB at n; "> T" when it runs out of time."""
    try:
        out = subprocess.run(
            [sys.executable, str(BASELINE), str(n)],
            capture_output=True,
            text=True,
            check=True,
            env=child_env(cache),
            timeout=timeout,
        ).stdout.split()
    except subprocess.TimeoutExpired:
        return f"> {timeout:g}", "—"
    seconds, rss, ok = out
    assert ok == "True", f"the baseline did not simplify every entry to 0 at n = {n}"
    return f"{float(seconds):.2f}", f"{int(rss) / 1024:.0f}"


def symbolic(repeat: int) -> None:
    """Each derivation for every n: derived and proven (the steps for every n by index rewrites, the steps of
    worked instances at their n), and the whole check with its cross-check at small n (no verdict cache), in
    wall-clock seconds and in processor seconds (user + system, with the helper process's when it forks one)."""
    sys.path.insert(0, str(ROOT))  # this checkout's catalogue, as in the children, not an installed derive
    from derive.engine import names

    print("| derivation | steps for every n | steps of worked instances | derived and proven (s) "
          "| whole check incl. cross-check (s) | its processor time (s) |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    with scratch() as cache:
        for name in names():
            proofs = [child(SYMBOLIC_CHILD.format(name=name, part="proofs"), cache) for _ in range(repeat)]
            whole, ok, cpu = child(SYMBOLIC_CHILD.format(name=name, part="whole"), cache)
            assert ok == "True", f"{name} not proven for every n"
            seconds = min(float(run[0]) for run in proofs)
            every, worked = proofs[0][1:]
            row = f"| {name} | {every} | {worked} | {seconds:.2f} | {float(whole):.2f} | {float(cpu):.2f} |"
            print(row, flush=True)


def startup(repeat: int) -> None:
    """The command line beside `import sympy`: cold (an empty verdict cache) and warm (the second run)."""
    derive = [sys.executable, "-m", "derive"]
    commands = {
        "python -c 'import sympy'": [sys.executable, "-c", "import sympy"],
        "derive --help": [*derive, "--help"],
        "derive list": [*derive, "list"],
        "derive show softmax-ce --n 3": [*derive, "show", "softmax-ce", "--n", "3"],
        "derive (every n)": derive,
        "derive show softmax-ce --n 32 --format json": [*derive, "show", "softmax-ce", "--n", "32", "--format", "json"],
        "derive show backprop-hidden --symbolic": [*derive, "show", "backprop-hidden", "--symbolic"],
    }
    checks = tuple(label for label in commands if label.startswith("derive show") or label == "derive (every n)")
    rows: dict[str, tuple[float, float, float | None]] = {}
    print(f"load average at the start: {load()}\n")
    for label, command in commands.items():
        colds, cpus, warms = [], [], []
        for _ in range(repeat):
            with scratch() as cache:
                wall, cpu = measured(command, cache)
                colds.append(wall)
                cpus.append(cpu)
                if label in checks:
                    warms.append(timed(command, cache))
        rows[label] = (min(colds), min(cpus), min(warms) if warms else None)
    base = rows["python -c 'import sympy'"][0]
    print("| command | cold (s) | × import sympy | cold cpu (s) | warm (s) | × import sympy |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, (cold, cpu, warm) in rows.items():
        warm_cells = "— | —" if warm is None else f"{warm:.2f} | {warm / base:.2f}"
        print(f"| {label} | {cold:.2f} | {cold / base:.2f} | {cpu:.2f} | {warm_cells} |")


def check(repeat: int, files: list[Path] | None = None) -> None:
    """`derive check` on each example and on a generated 50-link file (bench/many_files.py): the whole command,
    and each link decided on its own (cold and warm); ``files`` instead of the examples (a held-out corpus, kept
    outside the repository), with a last row for all their links together."""
    from many_files import write_long_check

    print(f"load average at the start: {load()}\n")
    print("| file | links | command cold (s) | cold cpu (s) | command warm (s) | per link cold: median / max (s) "
          "| per link warm: median / max (s) |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    every: list[float] = []
    with scratch() as directory:
        paths = files if files else [*sorted(CHECKS.glob("*.md")), write_long_check(directory / "long-50-links.md")]
        for path in paths:
            command = [sys.executable, "-m", "derive", "check", str(path)]
            colds, cpus, warms = [], [], []
            for _ in range(repeat):
                with scratch() as cache:
                    wall, cpu = measured(command, cache, check=False)
                    colds.append(wall)
                    cpus.append(cpu)
                    warms.append(timed(command, cache, check=False))
            try:
                with scratch() as cache:
                    cold_links = json.loads(child(CHECK_CHILD, cache, None, str(path))[0])
                    warm_links = json.loads(child(CHECK_CHILD, cache, None, str(path))[0])
            except subprocess.CalledProcessError:  # a file derive cannot read at all (exit 2): no link to time
                print(f"| {path.name} | unreadable | {min(colds):.2f} | {min(cpus):.2f} | {min(warms):.2f} | — | — |")
                continue
            every += cold_links
            cells = [f"{statistics.median(ts):.2f} / {max(ts):.2f}" if ts else "—" for ts in (cold_links, warm_links)]
            print(f"| {path.name} | {len(cold_links)} | {min(colds):.2f} | {min(cpus):.2f} | {min(warms):.2f} "
                  f"| {cells[0]} | {cells[1]} |", flush=True)  # fmt: skip
    if files and every:
        print(f"| all {len(files)} files | {len(every)} | | | | {statistics.median(every):.2f} / {max(every):.2f} | |")


#: A cold `derive` (the default derivation, --no-cache) under cProfile in a child: where its time goes, by phase
#: (imports, building, deciding, printing) and by the functions of derive that take the most time.
PROFILE_CHILD = """
import cProfile, io, pstats, sys, time
t = time.perf_counter()
import sympy
t_sympy = time.perf_counter() - t
profiler = cProfile.Profile()
profiler.enable()
from derive.cli import main
try:
    main(["--no-cache"])
except SystemExit:
    pass
profiler.disable()
stats = pstats.Stats(profiler, stream=io.StringIO())
rows = []
total = max(row[3] for row in stats.stats.values())
for (path, line, name), (calls, primitive, own, cumulative, _) in stats.stats.items():
    if "/derive/" in path and "/site-packages/" not in path and not name.startswith("<"):
        module = path.split("/derive/", 1)[1].removesuffix(".py").replace("/", ".")
        rows.append((cumulative, own, primitive, f"derive.{module}.{name}"))
rows.sort(reverse=True)
words = f"import sympy (before profiling): {t_sympy:.2f} s; everything after it, profiled: {total:.2f} s"
print(words, file=sys.stderr)
for cumulative, own, calls, name in rows[:int(sys.argv[1])]:
    print(f"{cumulative:.3f}\t{100 * cumulative / total:.0f}\t{own:.3f}\t{calls}\t{name}", file=sys.stderr)
"""


#: A cold `derive --no-cache` in its phases, unprofiled: the time at each mark, for the parent to subtract.
PHASES_CHILD = """
import sys, time
marks = [time.time()]
from derive.cli import size_sympy_cache, skip_final_collection, tune_gc
tune_gc()
size_sympy_cache()
from derive.check import check_derivation
from derive.engine.catalogue import SYMBOLIC_N, build
from derive.printers.terminal import print_checked
import sympy
marks.append(time.time())
derivation = build("softmax-ce", SYMBOLIC_N)
marks.append(time.time())
checked = check_derivation(derivation, cache=None)
marks.append(time.time())
print_checked(checked)
marks.append(time.time())
skip_final_collection()
print(" ".join(repr(mark) for mark in marks), file=sys.stderr)
"""
PHASES = ("interpreter start-up", "imports (SymPy, click, rich, derive)", "building the derivation",
          "deciding every claim", "printing", "interpreter exit")  # fmt: skip


def phases(repeat: int) -> None:
    """The phases of a cold `derive --no-cache` as the command runs them (no profiler; the helper forked as the
    load allows), best of ``repeat``: what a profile of the Python code leaves out (start-up, exit)."""
    best: list[float] = []
    for _ in range(repeat):
        with scratch() as cache:
            start = time.time()
            out = subprocess.run([sys.executable, "-c", PHASES_CHILD], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True, check=True, env=child_env(cache))  # fmt: skip
            end = time.time()
        marks = [start, *(float(mark) for mark in out.stderr.split()), end]
        spans = [after - before for before, after in itertools.pairwise(marks)]
        best = spans if not best or sum(spans) < sum(best) else best
    print("| phase of a cold `derive --no-cache` | seconds |")
    print("| --- | ---: |")
    for label, seconds in zip(PHASES, best, strict=True):
        print(f"| {label} | {seconds:.3f} |")
    print(f"| whole process | {sum(best):.3f} |\n")


def profile(rows: int, repeat: int) -> None:
    """Where a cold run of `derive --no-cache` spends its time: its phases (``phases``), then the functions of
    derive by cumulative time under cProfile (which slows Python code about twofold: compare the shares, not the
    seconds). Decisions run in this one process (DERIVE_WORKERS=1), so that the profile sees them all."""
    phases(repeat)
    with scratch() as cache:
        env = {**child_env(cache), "DERIVE_WORKERS": "1"}
        out = subprocess.run([sys.executable, "-c", PROFILE_CHILD, str(rows)], capture_output=True, text=True,
                             check=True, env=env)  # fmt: skip
    lines = out.stderr.splitlines()
    print(lines[0] + "\n")
    print("| cumulative (s) | share | own (s) | calls | function |")
    print("| ---: | ---: | ---: | ---: | --- |")
    for line in lines[1:]:
        cumulative, share, own, calls, name = line.split("\t")
        print(f"| {cumulative} | {share} % | {own} | {calls} | `{name}` |")


def many(repeat: int) -> None:
    """`derive check DIR` on a directory of 50 check files (bench/many_files.py: the shipped examples and
    variants of them), one command with one summary table, cold and warm."""
    from many_files import write_checks

    print("| files | links | command cold (s) | command warm (s) |")
    print("| ---: | ---: | ---: | ---: |")
    with scratch() as directory:
        files = write_checks(directory / "checks", 50)
        command = [sys.executable, "-m", "derive", "check", str(directory / "checks"), "--format", "json"]
        colds, warms, links = [], [], 0
        for _ in range(repeat):
            with scratch() as cache:
                colds.append(timed(command, cache, check=False))
                start = time.perf_counter()
                out = subprocess.run(command, capture_output=True, text=True, env=child_env(cache)).stdout
                warms.append(time.perf_counter() - start)
                links = json.loads(out)["links"]
        print(f"| {len(files)} | {links} | {min(colds):.1f} | {min(warms):.1f} |")


SECTIONS = ("concrete", "symbolic", "startup", "check", "many", "profile")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", default=list(SECTIONS), help=f"any of {', '.join(SECTIONS)}")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best is shown (default 3)")
    parser.add_argument("--n", type=int, nargs="*", default=NS, help="the n of the concrete section")
    parser.add_argument(
        "--baseline-max-n", type=int, default=32, help="run the plain-SymPy baseline up to this n (default 32)"
    )
    parser.add_argument(
        "--timeout", type=float, default=600.0, help="seconds for one run of the concrete section (default 600)"
    )
    parser.add_argument("--rows", type=int, default=25, help="functions in the profile section (default 25)")
    parser.add_argument(
        "--files", type=Path, nargs="*", default=None, help="files for the check section instead of the examples"
    )
    args = parser.parse_args()
    for section in args.sections:
        if section not in SECTIONS:
            parser.error(f"unknown section {section!r}; known: {', '.join(SECTIONS)}")
    compile_bytecode()
    for section in args.sections:
        print(f"\n## {section}\n", flush=True)
        if section == "concrete":
            concrete(args.n, args.baseline_max_n, args.timeout)
        elif section == "symbolic":
            symbolic(args.repeat)
        elif section == "startup":
            startup(args.repeat)
        elif section == "check":
            check(args.repeat, args.files)
        elif section == "many":
            many(args.repeat)
        else:
            profile(args.rows, args.repeat)


if __name__ == "__main__":
    main()
