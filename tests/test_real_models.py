"""Whole trained-model architectures (tests/keras_models.py: the MLPerf Tiny reference
models, the Keras MNIST example, a Conv1D classifier) imported with ``convgen.from_keras``,
compiled, and compared with Keras's own ``model(x)``; the oracle too, and Keras's param
count against ``convgen summary``'s."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest
import yaml
from keras_models import APPLICATIONS, MODELS, randomise

import convgen
from convgen.summary import summary
from convgen.verify import compare

keras = pytest.importorskip(
    "keras", reason="Keras 3 is not installed (optional): pip install 'convgen[keras]'")

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.keras,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]


def _agree(actual, expected, what):
    c = compare(actual, expected)
    assert c.passed, (f"{what}: max|diff| {c.max_abs:.3g} at {c.where} (relative "
                      f"{c.max_rel:.3g} > 1e-4), {c.nonfinite_mismatch} non-finite mismatches")


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_matches_keras(name):
    _check(name, MODELS[name])


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(APPLICATIONS))
def test_application_matches_keras(name):
    _check(name, APPLICATIONS[name])


def _check(name, build):
    model = randomise(build(), seed=11)
    spec = convgen.from_keras(model)
    x = np.random.default_rng(5).standard_normal((1, *model.input_shape[1:])).astype(
        np.float32)
    expected = np.asarray(keras.ops.convert_to_numpy(model(x, training=False)), np.float64)
    _agree(convgen.reference(spec, x), expected, f"{name} oracle")
    _agree(convgen.compile(spec)(x), expected, f"{name} kernel")
    # ConvNeXt's LayerScale vectors become Rescaling constants: no longer params
    constants = sum(layer.count_params() for layer in model.layers
                    if type(layer).__name__ == "LayerScale")
    assert f"Total params: {model.count_params() - constants:,}" in summary(spec)


@pytest.mark.slow
def test_import_keras_cli_on_saved_application(tmp_path):
    """The command-line path: MobileNetV3Small saved as .keras -> import-keras -> verify, then
    the written spec and weights compiled and compared with the model itself."""
    model = randomise(APPLICATIONS["mobilenet_v3_small_64"](), seed=3)
    model.save(tmp_path / "m.keras")
    env = dict(os.environ, PYTHONPATH=str(ROOT), KERAS_BACKEND="torch")
    for args in (["import-keras", str(tmp_path / "m.keras"), "-o", str(tmp_path / "m.yaml")],
                 ["verify", str(tmp_path / "m.yaml"), "--quiet"]):
        done = subprocess.run([sys.executable, "-m", "convgen", *args], capture_output=True,
                              text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
    spec = convgen.load_spec(tmp_path / "m.yaml")
    assert any(layer["type"] == "Rescaling" for layer in
               yaml.safe_load((tmp_path / "m.yaml").read_text())["layers"])   # x + 3.0 etc.
    x = np.random.default_rng(2).standard_normal((1, 64, 64, 3)).astype(np.float32)
    expected = np.asarray(keras.ops.convert_to_numpy(model(x, training=False)), np.float64)
    _agree(convgen.compile(spec)(x), expected, "MobileNetV3Small via import-keras")
