"""Rescaling and Normalization (convgen/ops/preprocessing.py): the oracle by hand, kernels
against the oracle, argument errors, and Keras 3 itself."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest
from conftest import assert_close

import convgen


def spec_of(layer, shape, batch=2):
    return convgen.parse_spec({"name": "p", "input_shape": list(shape), "batch": batch,
                               "layers": [layer]})


NORM_WEIGHTS = [np.array([0.5, -1.0, 2.0], np.float32), np.array([4.0, 0.25, 0.0], np.float32),
                np.array(7.0, np.float32)]

# name -> (layer, input shape, weights)
CASES = {
    # a scalar scale and offset over every element
    "rescale_scalar": ({"type": "Rescaling", "scale": 0.00392156863}, [5, 7, 3], []),
    # per-channel lists act along the last axis, as Keras reshapes them
    "rescale_channels": ({"type": "Rescaling", "scale": [0.5, 2, -1], "offset": [0, 1, 0.25]},
                         [4, 3], []),
    # adapted statistics as weights; a zero variance hits the 1e-7 floor on the std
    "norm_weights": ({"type": "Normalization"}, [6, 5, 3], NORM_WEIGHTS),
    "norm_weights_invert": ({"type": "Normalization", "invert": True}, [6, 5, 3],
                            NORM_WEIGHTS),
    # constants given as arguments, on a middle axis (channels_first-like), axis as a list
    "norm_constants_axis1": ({"type": "Normalization", "axis": [1], "mean": [1, 2, 3, 4],
                              "variance": [1, 4, 9, 2]}, [4, 6, 2], []),
    # one mean and variance for every channel
    "norm_scalar_constants": ({"type": "Normalization", "mean": 3.0, "variance": 2.0},
                              [9, 4], []),
}


def test_oracle_by_hand():
    x = np.array([[[1.0, 2.0, 3.0]]])
    spec = spec_of(CASES["norm_weights"][0], [1, 3], batch=1)
    y = convgen.reference(spec, x, NORM_WEIGHTS)
    assert np.allclose(y, [[[(1 - 0.5) / 2, (2 + 1) / 0.5, (3 - 2) / 1e-7]]])
    spec = spec_of(CASES["rescale_channels"][0], [1, 3], batch=1)
    assert np.allclose(convgen.reference(spec, x, []), [[[0.5, 5.0, -2.75]]])


@pytest.mark.parametrize("name", sorted(CASES))
def test_kernel_matches_oracle(name):
    layer, shape, weights = CASES[name]
    spec = spec_of(layer, shape)
    x = np.random.default_rng(1).standard_normal((2, *shape)).astype(np.float32)
    assert_close(convgen.compile(spec)(x, weights), convgen.reference(spec, x, weights))


@pytest.mark.parametrize("layer, field", [
    ({"type": "Rescaling"}, "scale"),
    ({"type": "Rescaling", "scale": "half"}, "scale"),
    ({"type": "Rescaling", "scale": [1, 2]}, "scale"),           # 2 values, 3 channels
    ({"type": "Normalization", "axis": [1, 2]}, "axis"),
    ({"type": "Normalization", "axis": 4}, "axis"),
    ({"type": "Normalization", "mean": [1, 2, 3]}, "variance"),
    ({"type": "Normalization", "mean": [1, 2], "variance": [1, 2]}, "mean"),
])
def test_errors_name_the_field(layer, field):
    with pytest.raises(convgen.SpecError, match=rf"layers\[0\]\.{field}"):
        spec_of(layer, [4, 5, 3])


@pytest.mark.keras
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_keras(name):
    keras = pytest.importorskip("keras", reason="Keras 3 is not installed (optional)")
    layer, shape, weights = CASES[name]
    args = {k: v for k, v in layer.items() if k != "type"}
    inputs = keras.Input(tuple(shape))
    model = keras.Model(inputs, getattr(keras.layers, layer["type"])(**args)(inputs))
    if weights:
        model.set_weights(weights)
    spec = convgen.from_keras(model)
    x = np.random.default_rng(2).standard_normal((1, *shape)).astype(np.float32)
    expected = np.asarray(keras.ops.convert_to_numpy(model(x)), np.float64)
    assert_close(convgen.compile(spec)(x), expected)
