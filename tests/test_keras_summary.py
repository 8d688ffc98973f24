"""`convgen summary` param counts equal Keras's for the example models."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

os.environ.setdefault("KERAS_BACKEND", "torch")
keras = pytest.importorskip("keras", reason="Keras 3 is not installed (pip install '.[test]')")

ROOT = Path(__file__).resolve().parent.parent
MODELS = ["mnist_cnn", "mobilenet_block", "wavenet_kws", "autoencoder", "mnist_conv"]


@pytest.mark.keras
@pytest.mark.parametrize("name", MODELS)
def test_param_counts_equal_keras(name):
    raw = yaml.safe_load((ROOT / "specs" / f"{name}.yaml").read_text())
    layers = [getattr(keras.layers, layer["type"])(**{k: v for k, v in layer.items()
                                                     if k != "type"})
              for layer in raw["layers"]]
    model = keras.Sequential([keras.Input(tuple(raw["input_shape"])), *layers])
    done = subprocess.run([sys.executable, "-m", "convgen", "summary",
                           str(ROOT / "specs" / f"{name}.yaml")], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert done.returncode == 0, done.stderr
    total = int(re.search(r"Total params: ([\d,]+)", done.stdout).group(1).replace(",", ""))
    assert total == model.count_params()
    rows = [int(m.group(1).replace(",", "")) for m in
            re.finditer(r"^\S+ \(\w+\)\s+\([\d, ]+\)\s+([\d,]+)", done.stdout, re.M)]
    assert rows == [layer.count_params() for layer in model.layers]
