#!/usr/bin/env python3
"""Run ``convgen bench`` on the whole-model suite and write benchmarks/results/models/.

    python benchmarks/run_models.py [--only NAME,...] [convgen bench options...]

Makes the models benchmarks/models.yaml lists that benchmarks/models/ does not hold yet
(benchmarks/make_models.py, in a subprocess with KERAS_BACKEND=torch), then benchmarks them in
the suite's order. Options go to ``convgen bench`` (``--repeat``, ``--min-time``,
``--no-peers``, ``--cflags``, ``--cc``, ``--out``...); ``--out`` defaults to
benchmarks/results/models in this repository. For the LiteRT column run it in the TensorFlow
venv with KERAS_BACKEND=tensorflow (benchmarks/README.md).
"""

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))   # run from a checkout without installing

from convgen.cli import main  # noqa: E402

SUITE = ROOT / "benchmarks" / "models.yaml"
MODELS = ROOT / "benchmarks" / "models"


def run(argv):
    names = [e["name"] for e in yaml.safe_load(SUITE.read_text())]
    if "--only" in argv:
        i = argv.index("--only")
        names = [n for n in argv[i + 1].split(",") if n]
        argv = argv[:i] + argv[i + 2:]
    missing = [n for n in names if not (MODELS / f"{n}.yaml").is_file()]
    if missing:
        env = dict(os.environ, KERAS_BACKEND="torch")
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_models.py"), *missing],
                       check=True, env=env)
    if not any(a == "--out" or a.startswith("--out=") for a in argv):
        argv = argv + ["--out", str(ROOT / "benchmarks" / "results" / "models")]
    return main(["bench", *[str(MODELS / f"{n}.yaml") for n in names], *argv])


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
