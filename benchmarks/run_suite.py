#!/usr/bin/env python3
"""Run ``convgen bench`` on the performance suite and write benchmarks/results/.

    python benchmarks/run_suite.py [SUITE] [convgen bench options...]

SUITE defaults to ../shared/bench/suite.yaml relative to the repository root (a YAML list of
specs). Options after it go to ``convgen bench`` (``--repeat``, ``--min-time``,
``--no-peers``, ``--cflags``, ``--cc``, ``--out``...); ``--out`` defaults to
benchmarks/results in this repository, wherever the script is run from.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))   # run from a checkout without installing

from convgen.cli import main  # noqa: E402

DEFAULT_SUITE = ROOT.parent / "shared" / "bench" / "suite.yaml"


def run(argv):
    suite = str(DEFAULT_SUITE)
    if argv and not argv[0].startswith("-"):
        suite, argv = argv[0], argv[1:]
    if not any(a == "--out" or a.startswith("--out=") for a in argv):
        argv = argv + ["--out", str(ROOT / "benchmarks" / "results")]
    return main(["bench", suite, *argv])


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
