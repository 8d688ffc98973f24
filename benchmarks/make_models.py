#!/usr/bin/env python3
"""Write the whole-model suite's specs and weights into benchmarks/models/ (gitignored).

    python benchmarks/make_models.py [NAME...]

benchmarks/models.yaml names each model, its Keras builder in tests/keras_models.py (the
MLPerf Tiny reference models, the Keras MNIST example, keras.applications MobileNetV2 alpha
0.35 at 96x96 and ResNet50 at 64x64) and the seed of its random weights
(``keras_models.randomise``: glorot-like kernels, BatchNormalization statistics far from the
identity; nothing is downloaded). Each is saved as ``NAME.keras`` and imported the way a user
does it, ``convgen import-keras NAME.keras -o NAME.yaml`` (``NAME.npz`` beside it). The
weights (ResNet50's are 94 MB) are regenerated rather than committed. Keras runs on torch
here unless KERAS_BACKEND says otherwise.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "benchmarks" / "models.yaml"
OUT = ROOT / "benchmarks" / "models"


def suite():
    """The suite's entries, in order: dicts with name, builder, seed."""
    return yaml.safe_load(SUITE.read_text())


def make(entry) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    import keras_models
    name = entry["name"]
    model = keras_models.randomise(getattr(keras_models, entry["builder"])(),
                                   seed=entry["seed"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="convgen-models-") as tmp:
        saved = Path(tmp) / f"{name}.keras"
        model.save(saved)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        subprocess.run([sys.executable, "-m", "convgen", "import-keras", str(saved),
                        "-o", str(OUT / f"{name}.yaml"), "--name", name],
                       check=True, env=env)
    return OUT / f"{name}.yaml"


def main(argv) -> int:
    entries = {e["name"]: e for e in suite()}
    unknown = [n for n in argv if n not in entries]
    if unknown:
        print(f"error: unknown model(s) {', '.join(unknown)}; known: {', '.join(entries)}",
              file=sys.stderr)
        return 2
    for name in argv or entries:
        make(entries[name])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
