"""The MLPerf Tiny v1.0 reference models and the Keras MNIST example as committed specs
(``specs/kws_ds_cnn.yaml`` & co., weights from ``specs/make_weights.py``): each spec is the
same architecture as the Keras model ``tests/keras_models.py`` builds the way the reference
training code does (layer for layer, arguments, wiring and weight order), and the compiled
spec, given the spec's weights file, computes what that Keras model computes with those
weights, within 1e-4 of the largest output. The export of these specs (``make check`` with
gcc, clang, on aarch64 under qemu, the Cortex-M4 build) is tested by ``test_export.py`` with
every other spec; their Cortex-M4 size table by ``test_cortex_m4_size.py``."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest
import yaml
from keras_models import autoencoder, ds_cnn, mnist_cnn, mobilenet_v1_025, resnet8

import convgen

keras = pytest.importorskip(
    "keras", reason="Keras 3 is not installed (optional): pip install 'convgen[keras]'")

pytestmark = [
    pytest.mark.keras,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]

SPECS = Path(__file__).resolve().parent.parent / "specs"
# spec stem -> the Keras builder of the reference architecture, and Keras's parameter count
MODELS = {
    "kws_ds_cnn": (ds_cnn, 24_908),
    "ic_resnet8": (resnet8, 78_666),
    "vww_mobilenet_v1": (mobilenet_v1_025, 221_794),
    "ad_autoencoder": (autoencoder, 269_992),
    "keras_mnist": (mnist_cnn, 34_826),
}


def _structure(spec: convgen.Spec) -> list:
    """Per layer, in order: the normalised layer without its name, the indices of the layers
    it reads (-1: the model input), its output shape and its weight shapes."""
    index = {node.output.name: node.index for node in spec.graph.nodes}
    return [(dataclasses.replace(node.layer, name=None),
             tuple(index.get(t.name, -1) for t in node.inputs),
             node.output.shape,
             tuple(shape for _, shape in node.weight_shapes()))
            for node in spec.graph.nodes]


@pytest.mark.parametrize("stem", sorted(MODELS))
def test_spec_is_the_reference_architecture(stem):
    build, params = MODELS[stem]
    model = build()
    assert model.count_params() == params
    spec = convgen.load_spec(SPECS / f"{stem}.yaml")
    assert _structure(spec) == _structure(convgen.from_keras(model))
    assert [w.shape for w in spec.weights] == [w.shape for w in model.get_weights()]


@pytest.mark.parametrize("stem", sorted(MODELS))
def test_spec_with_its_weights_matches_keras(stem):
    spec = convgen.load_spec(SPECS / f"{stem}.yaml")
    model = MODELS[stem][0]()
    model.set_weights(list(spec.weights))
    x = np.random.default_rng(5).standard_normal((spec.batch, *spec.input_shape)).astype(np.float32)
    expected = np.asarray(keras.ops.convert_to_numpy(model(x, training=False)), np.float64)
    bound = 1e-4 * np.abs(expected).max()
    for what, got in (("kernel", convgen.compile(spec)(x)),
                      ("oracle", convgen.reference(spec, x))):
        err = np.abs(np.asarray(got, np.float64) - expected).max()
        assert err <= bound, f"{stem} {what}: max|diff| {err:.3g} > 1e-4 max|keras| {bound:.3g}"


@pytest.mark.parametrize("stem", sorted(MODELS))
def test_batchnorm_statistics_are_not_trivial(stem):
    """make_weights.py draws gamma and moving_variance in [0.5, 1.5], beta and moving_mean
    in [-0.1, 0.1] (Keras's initial ones, 1 and 0, would leave the folding untested)."""
    raw = yaml.safe_load((SPECS / f"{stem}.yaml").read_text())
    spec = convgen.load_spec(SPECS / f"{stem}.yaml")
    weights = iter(spec.weights)
    bns = 0
    for layer, node in zip(raw["layers"], spec.graph.nodes):
        arrays = [next(weights) for _ in node.weight_shapes()]
        if layer["type"] == "BatchNormalization":
            bns += 1
            gamma, beta, mean, variance = arrays
            assert 0.5 <= gamma.min() and gamma.max() <= 1.5 and np.ptp(gamma) > 0.1
            assert 0.5 <= variance.min() and variance.max() <= 1.5 and np.ptp(variance) > 0.1
            assert np.abs(beta).max() <= 0.1 and np.abs(mean).max() <= 0.1
            assert np.ptp(beta) > 0.01 and np.ptp(mean) > 0.01
    assert next(weights, None) is None
    assert bns == sum(layer["type"] == "BatchNormalization" for layer in raw["layers"])
