"""Whole trained-model architectures (tests/keras_models.py: the MLPerf Tiny reference
models, the Keras MNIST example, a Conv1D classifier) imported with ``convgen.from_keras``,
compiled, and compared with Keras's own ``model(x)``; the oracle too, and Keras's param
count against ``convgen summary``'s."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest
from keras_models import APPLICATIONS, MODELS, randomise

import convgen
from convgen.summary import summary
from convgen.verify import compare

keras = pytest.importorskip(
    "keras", reason="Keras 3 is not installed (optional): pip install 'convgen[keras]'")

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
    assert f"Total params: {model.count_params():,}" in summary(spec)
