"""What keras.applications models beyond plain layers need, against Keras 3 itself:
arithmetic on Keras tensors (``keras.ops`` calls recorded in a functional graph, imported as
Rescaling or the merge layer), LayerNormalization (every argument; spec errors with file, line
and field), and the two layers keras.applications defines for itself (ConvNeXt's LayerScale,
Inception-ResNet-v2's CustomScaleLayer), rewritten as built-in layers.

Tolerance as everywhere: max|kernel - Keras| <= 1e-4 * max(1, max|Keras|)."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest

import convgen
from convgen.verify import compare

keras = pytest.importorskip(
    "keras", reason="Keras 3 is not installed (optional): pip install 'convgen[keras]'")
from convgen.keras_import import KerasImportError, convert  # noqa: E402

pytestmark = [
    pytest.mark.keras,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]
L = keras.layers


def _randomise(model, seed=0):
    rng = np.random.default_rng(seed)
    model.set_weights([rng.uniform(-1.0, 1.0, w.shape).astype(np.float32) + (w.ndim == 1)
                       for w in model.get_weights()])
    return model


def _check(model, x, expected=None):
    """The imported spec's oracle and kernel against ``model(x)`` (or ``expected``)."""
    spec = convgen.from_keras(model)
    if expected is None:
        expected = keras.ops.convert_to_numpy(model(x, training=False))
    expected = np.asarray(expected, np.float64)
    for what, got in (("oracle", convgen.reference(spec, x)),
                      ("kernel", convgen.compile(spec)(x))):
        c = compare(got, expected)
        assert c.passed, f"{what}: max|diff| {c.max_abs:.3g} at {c.where}"
    return spec


def _input(shape, batch=2, seed=1, scale=3.0):
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((batch, *shape)) * scale + 0.5).astype(np.float32)


# ---------------------------------------------------------------- keras.ops arithmetic

def test_tensor_arithmetic_matches_keras():
    """Every form: x + c, c - x, x / c, -x, per-channel constants, x * y, x - y, and
    MobileNetV3's hard sigmoid ReLU(6)(x + 3) * (1/6)."""
    i = keras.Input((5, 6, 3), batch_size=2)
    a = L.ReLU(6.0)(i + 3.0) * (1.0 / 6.0)
    b = (2.0 - a) / 3.0
    c = -b + np.array([1.0, 2.0, 3.0], np.float32)
    d = L.Conv2D(3, 1)(c) * c
    e = (d - i) * np.array([[0.5, 0.25, 2.0]], np.float32)
    f = e - 1.5
    model = _randomise(keras.Model(i, f))
    spec = _check(model, _input((5, 6, 3)))
    types = [layer.type for layer in spec.layers]
    assert types.count("Rescaling") == 8 and "Multiply" in types and "Subtract" in types


def test_hard_sigmoid_is_two_rescalings_around_relu6():
    i = keras.Input((7,))
    model = keras.Model(i, L.ReLU(6.0)(i + 3.0) * (1.0 / 6.0))
    mapping = convert(model).mapping["layers"]
    assert mapping[0]["type"] == "Rescaling" and mapping[0]["offset"] == 3.0
    assert mapping[2] == {"type": "Rescaling", "name": mapping[2]["name"],
                          "scale": float(np.float32(1.0 / 6.0))}   # rounded as Keras does
    _check(model, _input((7,), batch=1, scale=5.0))


@pytest.mark.parametrize("build, why", [
    (lambda i: i / L.ReLU()(i), "divides only by a non-zero constant"),
    (lambda i: keras.ops.exp(i), "keras.ops operation is not supported"),
    (lambda i: i + np.ones((4, 1), np.float32), "a constant of shape (4, 1)"),
    (lambda i: i / 0.0, "divides only by a non-zero constant"),
    (lambda i: 1.0 / i, "divides only by a non-zero constant"),
])
def test_unsupported_tensor_arithmetic_refused(build, why):
    i = keras.Input((4, 3))
    with pytest.raises(KerasImportError) as err:
        convert(keras.Model(i, build(i)))
    assert why in str(err.value) and "keras.ops" in str(err.value)


# ---------------------------------------------------------------- LayerNormalization

@pytest.mark.parametrize("shape, kwargs", [
    ((5, 6, 7), {}),                                          # channels last, the default
    ((5, 6, 7), {"axis": [1, 2, 3], "epsilon": 1e-6}),        # the whole sample
    ((5, 6, 7), {"axis": [-1, -2], "center": False}),         # Keras sorts the list
    ((9,), {"scale": False}),
    ((9,), {"center": False, "scale": False}),
    ((5, 6, 7), {"rms_scaling": True}),                       # deprecated form, as Keras
    ((4, 3, 17), {"axis": 3, "epsilon": 0.5}),
    ((6, 768), {"epsilon": 1e-6}),                            # ConvNeXt's head width
])
def test_layer_normalization_matches_keras(shape, kwargs):
    model = _randomise(keras.Sequential([keras.Input(shape, batch_size=2),
                                         L.LayerNormalization(**kwargs)]), seed=len(shape))
    _check(model, _input(shape))


@pytest.mark.parametrize("shape, axis", [((5, 6, 7), 1), ((5, 6, 7), [1, 2]),
                                         ((4, 3, 5, 6), [2, 3]), ((5, 6, 7), -2)])
def test_layer_normalization_leading_axes_match_keras_generic_path(monkeypatch, shape, axis):
    """Axes that are not the last: Keras's torch fast path (torch's layer_norm) fails on them,
    so Keras's own generic formula (the jax and TensorFlow path) is the reference here."""
    from keras.src.ops import nn
    model = _randomise(keras.Sequential([keras.Input(shape, batch_size=2),
                                         L.LayerNormalization(axis=axis)]), seed=2)
    monkeypatch.setattr(nn, "is_continuous_axis", lambda axes: False)
    x = _input(shape)
    _check(model, x, keras.ops.convert_to_numpy(model(x)))


@pytest.mark.parametrize("args, field, message", [
    ("axis: 0", "axis", "is the batch axis"),
    ("axis: 4", "axis", "is not an axis of the input"),
    ("axis: [1, 3]", "axis", "not consecutive axes"),
    ("axis: [1, -1]", "axis", "mixes negative and positive"),
    ("axis: [2, 2]", "axis", "names an axis twice"),
    ("axis: []", "axis", "non-empty list"),
    ("axis: 1.0", "axis", "expected an integer"),
    ("epsilon: -1", "epsilon", "expected a number >= 0"),
    ("center: 1", "center", "expected true or false"),
    ("beta_regularizer: l2", None, None),                     # training-only: accepted
])
def test_layer_normalization_spec_errors(args, field, message):
    text = (f"name: ln\ninput_shape: [5, 6, 7]\nlayers:\n"
            f"  - type: LayerNormalization\n    {args}\n")
    if field is None:
        convgen.parse_spec(text, source="ln.yaml")
        return
    with pytest.raises(convgen.SpecError) as err:
        convgen.parse_spec(text, source="ln.yaml")
    assert "ln.yaml" in str(err.value) and ":5" in str(err.value)
    assert field in str(err.value) and message in str(err.value)


def test_layer_normalization_weight_layout():
    spec = convgen.parse_spec("name: ln\ninput_shape: [5, 6, 7]\nlayers:\n"
                              "  - {type: LayerNormalization, axis: [2, 3], center: false}\n")
    with pytest.raises(ValueError, match=r"\(6, 7\)"):
        convgen.compile(spec)(np.zeros((1, 5, 6, 7), np.float32), [np.ones(7, np.float32)])


# ---------------------------------------------------------------- keras.applications layers

def test_convnext_layer_scale_is_a_rescaling():
    from keras.src.applications.convnext import LayerScale
    i = keras.Input((4, 5, 6))
    model = keras.Model(i, L.Add()([i, LayerScale(1e-6, 6)(L.Dense(6)(i))]))
    model = _randomise(model, seed=4)
    spec = _check(model, _input((4, 5, 6), batch=1))
    assert [layer.type for layer in spec.layers] == ["Dense", "Rescaling", "Add"]


def test_inception_resnet_custom_scale_layer_is_rescaling_then_add():
    from keras.src.applications.inception_resnet_v2 import CustomScaleLayer
    i = keras.Input((4, 5, 6))
    r = L.Conv2D(6, 3, padding="same")(i)
    model = _randomise(keras.Model(i, L.ReLU()(CustomScaleLayer(0.17)([i, r]))), seed=5)
    spec = _check(model, _input((4, 5, 6), batch=1))
    assert [layer.type for layer in spec.layers] == ["Conv2D", "Rescaling", "Add", "ReLU"]
