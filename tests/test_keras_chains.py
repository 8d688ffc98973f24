"""Conformance of layer chains against Keras 3 itself.

A spec's ``layers:`` list means ``keras.Sequential([keras.Input(input_shape), *layers])``.
Each case builds that model from the spec's own layer mappings, sets seeded random weights
(random biases included) of the shapes ``model.get_weights()`` gives, and runs it; the NumPy
oracle and the compiled kernel, given the same flat weights list, must both match Keras
within the suite's one tolerance (``assert_matches_keras``). The example models in ``specs/``
that ship a weights file are checked with those weights.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest
import yaml

import convgen
from convgen import activations

keras = pytest.importorskip(
    "keras", reason="Keras 3 (the conformance oracle) is not installed: pip install convgen[test]")

from test_keras_conformance import (  # noqa: E402  (after the skip above)
    X_RANGE,
    _c_name,
    _seed,
    _transpose_out_length,
    assert_matches_keras,
)

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:   # the table tests still run
    st = None

pytestmark = [
    pytest.mark.keras,
    # Keras's torch backend calls np.array(tensor, copy=False): noise, not convgen's concern.
    pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword"
                               ":DeprecationWarning"),
    # A random softmax over a last axis of size 1 is valid (it gives 1); Keras just warns.
    pytest.mark.filterwarnings("ignore:You are using a softmax over axis:UserWarning"),
]

SPECS = Path(__file__).resolve().parent.parent / "specs"

# Kernels normal / sqrt(fan_in) and biases uniform in [-0.5, 0.5): values stay O(1) through
# a chain, so every activation sees its interesting region and nothing overflows.
BIAS_RANGE = 0.5
# Keras classes whose kernel is depthwise: fan-in is the window only, not the channels.
DEPTHWISE_KERNELS = ("DepthwiseConv1D", "DepthwiseConv2D", "SeparableConv1D", "SeparableConv2D")


# ---------------------------------------------------------------- running one chain

class KerasChain:
    """The Keras meaning of a spec's ``layers:`` list.

    ``keras.Sequential([keras.Input(input_shape), *layers])``, except when a layer before the
    last uses ``glu``: Keras's convolution layers infer their output shape without glu's
    halving of the last axis, so such a Sequential refuses its own input at the next layer.
    Then the same layers are applied one after the other, each built on the real tensor
    (what the Sequential means, and what convgen computes).
    """

    def __init__(self, input_shape, layers, batch: int):
        self.layers = [getattr(keras.layers, layer["type"])(**{k: v for k, v in layer.items()
                                                               if k != "type"})
                       for layer in layers]
        self.eager = any(layer.get("activation") == "glu" for layer in layers[:-1])
        if self.eager:
            h = np.zeros((batch, *input_shape), np.float32)
            for klayer in self.layers:   # builds each layer on its real input
                h = klayer(h)
            self.model = None
        else:
            self.model = keras.Sequential([keras.Input(tuple(input_shape)), *self.layers])

    def get_weights(self):
        if self.model is not None:
            return self.model.get_weights()
        return [w for klayer in self.layers for w in klayer.get_weights()]

    def set_weights(self, weights):
        if self.model is not None:
            return self.model.set_weights(list(weights))
        weights = list(weights)
        for klayer in self.layers:
            n = len(klayer.get_weights())
            klayer.set_weights(weights[:n])
            weights = weights[n:]
        assert not weights, f"{len(weights)} weights left over"

    def __call__(self, x):
        if self.model is not None:
            return keras.ops.convert_to_numpy(self.model(x, training=False))
        for klayer in self.layers:
            x = klayer(x, training=False)
        return keras.ops.convert_to_numpy(x)


MERGES = ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate")


class KerasGraph(KerasChain):
    """The Keras meaning of a graph spec (layers naming their ``inputs``): the functional
    ``keras.Model`` from ``keras.Input(input_shape)``, each layer called on the tensors its
    ``inputs`` name (``input`` is the model input; default: the previous layer), the output
    the layer ``output`` names (default: the last). ``layers`` is in spec order, which must be
    Keras's own order of the model's layers: the spec's weights are ``model.get_weights()``.
    """

    def __init__(self, input_shape, layers, output=None):
        self.layers = [getattr(keras.layers, layer["type"])(
            **{k: v for k, v in layer.items() if k not in ("type", "inputs")})
            for layer in layers]
        self.eager = False
        x = keras.Input(tuple(input_shape))
        tensors, last = {"input": x}, x
        for raw, klayer in zip(layers, self.layers):
            args = [tensors[n] for n in raw["inputs"]] if "inputs" in raw else [last]
            last = tensors[klayer.name] = klayer(args if raw["type"] in MERGES else args[0])
        self.model = keras.Model(x, last if output is None else tensors[output])
        ordered = [la for la in self.model.layers if not isinstance(la, keras.layers.InputLayer)]
        assert ordered == self.layers, (
            f"Keras orders the layers {[la.name for la in ordered]}, the spec "
            f"{[la.name for la in self.layers]}: model.get_weights() would not be spec order")


def is_graph(raw_spec) -> bool:
    return "output" in raw_spec or any("inputs" in layer for layer in raw_spec["layers"])


def random_weights(chain, rng: np.random.Generator):
    """Seeded random arrays for ``set_weights``, in ``get_weights()`` order."""
    out = []
    for klayer in chain.layers:
        depthwise = type(klayer).__name__ in DEPTHWISE_KERNELS
        for k, w in enumerate(klayer.get_weights()):
            if w.ndim == 1:   # a bias
                out.append(rng.uniform(-BIAS_RANGE, BIAS_RANGE, w.shape).astype(np.float32))
                continue
            # A depthwise kernel (k..., C, M) sums over the window only.
            fan_in = math.prod(w.shape[:-2] if depthwise and k == 0 else w.shape[:-1])
            out.append((rng.standard_normal(w.shape) / math.sqrt(max(fan_in, 1)))
                       .astype(np.float32))
    shapes = [w.shape for w in chain.get_weights()]
    assert [w.shape for w in out] == shapes, ([w.shape for w in out], shapes)
    return out


def run_chain(case_id: str, input_shape, layers, batch: int = 1, seed=None, weights=None,
              x=None, spec=None, model=None):
    """Run a chain (or the Keras ``model`` given, e.g. a :class:`KerasGraph`) in Keras, the
    oracle and the kernel; assert both match Keras.

    Returns the compiled kernel for further checks.
    """
    rng = np.random.default_rng(_seed(case_id) if seed is None else seed)
    if model is None:
        model = KerasChain(input_shape, layers, batch)
    if weights is None:
        weights = random_weights(model, rng)
    model.set_weights(weights)
    weights = model.get_weights()   # exactly what Keras holds, in its order
    if x is None:
        x = rng.uniform(-X_RANGE, X_RANGE, size=(batch, *input_shape)).astype(np.float32)
    expected = model(x)

    if spec is None:
        spec = convgen.parse_spec({"name": _c_name(case_id), "input_shape": list(input_shape),
                                   "batch": batch, "layers": [dict(layer) for layer in layers]})
    assert (batch, *spec.output_shape) == expected.shape, (
        f"{case_id}: spec output shape {spec.output_shape}, Keras gives {expected.shape[1:]}")
    assert [w.shape for w in weights] == [s for _, _, s in spec.weight_shapes()], case_id
    assert_matches_keras(convgen.reference(spec, x, weights), expected, f"{case_id} reference")
    kernel = convgen.compile(spec)
    assert_matches_keras(kernel(x, weights), expected, f"{case_id} kernel")
    return kernel


def folded(kernel):
    """Indices of the ZeroPadding/Cropping layers the kernel read through (no copy)."""
    return [s.folded for s in kernel.plan.steps if s.folded is not None]


# ---------------------------------------------------------------- the table of chains

def chain(case_id: str, input_shape, layers, batch: int = 1, folds=None):
    """``folds``: the layer indices expected to fold into the next convolution."""
    return pytest.param(tuple(input_shape), batch, layers, folds, id=case_id)


CHAIN_CASES = [
    # ZeroPadding2D folds into the next Conv2D's bounds: odd pads, stride 2, H != W != C
    chain("pad2d-conv2d-folded", (9, 7, 3), [
        dict(type="ZeroPadding2D", padding=[[1, 2], [0, 1]]),
        dict(type="Conv2D", filters=4, kernel_size=[3, 2], strides=2, activation="relu"),
    ], folds=[0]),
    # ... and into a same-padded one: both paddings add up
    chain("pad2d-conv2d-same-folded", (6, 8, 2), [
        dict(type="ZeroPadding2D", padding=[2, [0, 1]]),
        dict(type="Conv2D", filters=3, kernel_size=[3, 4], padding="same"),
    ], folds=[0]),
    # Cropping2D folds into a DepthwiseConv2D (same, stride 2, multiplier 2)
    chain("crop2d-depthwise2d-folded", (10, 9, 3), [
        dict(type="Cropping2D", cropping=[[1, 2], [2, 0]]),
        dict(type="DepthwiseConv2D", kernel_size=3, strides=2, padding="same",
             depth_multiplier=2, activation="tanh"),
    ], folds=[0]),
    # Cropping2D into a dilated valid DepthwiseConv2D
    chain("crop2d-depthwise2d-dilated-folded", (11, 12, 2), [
        dict(type="Cropping2D", cropping=[1, [0, 3]]),
        dict(type="DepthwiseConv2D", kernel_size=[2, 3], dilation_rate=[2, 1],
             depth_multiplier=3),
    ], folds=[0]),
    # Cropping1D into a SeparableConv1D (same, dilated, multiplier 2)
    chain("crop1d-separable1d", (14, 3), [
        dict(type="Cropping1D", cropping=[2, 1]),
        dict(type="SeparableConv1D", filters=4, kernel_size=3, dilation_rate=2, padding="same",
             depth_multiplier=2, activation="silu"),
    ], folds=[0]),
    # ZeroPadding1D into a causal Conv1D
    chain("pad1d-conv1d-causal", (9, 2), [
        dict(type="ZeroPadding1D", padding=[0, 2]),
        dict(type="Conv1D", filters=3, kernel_size=3, padding="causal", dilation_rate=2),
    ], folds=[0]),
    # channels_first ZeroPadding2D into a channels_first strided Conv2D
    chain("pad2d-cf-conv2d-cf-strided", (3, 8, 7), [
        dict(type="ZeroPadding2D", padding=[[2, 1], [0, 3]], data_format="channels_first"),
        dict(type="Conv2D", filters=4, kernel_size=3, strides=[2, 3],
             data_format="channels_first", activation="gelu"),
    ], folds=[0]),
    # Cropping2D channels_first into a channels_first SeparableConv2D
    chain("crop2d-cf-separable2d-cf", (2, 9, 8), [
        dict(type="Cropping2D", cropping=[[0, 2], 1], data_format="channels_first"),
        dict(type="SeparableConv2D", filters=3, kernel_size=[3, 2], strides=2, padding="same",
             data_format="channels_first"),
    ], folds=[0]),
    # The data_format differs between layers: the second Conv2D reads the first one's
    # channels_first output (6, 5, 3) as channels_last H=6, W=5, C=3.
    chain("mixed-data-formats", (4, 6, 5), [
        dict(type="Conv2D", filters=6, kernel_size=[2, 3], data_format="channels_first"),
        dict(type="Conv2D", filters=2, kernel_size=2, data_format="channels_last"),
    ]),
    # A channels_last ZeroPadding2D on a channels_first tensor pads channels and height;
    # it cannot fold into the channels_first Conv2D that follows.
    chain("mixed-data-formats-pad-unfolded", (3, 5, 4), [
        dict(type="Conv2D", filters=2, kernel_size=2, padding="same",
             data_format="channels_first"),
        dict(type="ZeroPadding2D", padding=[[1, 0], [0, 2]], data_format="channels_last"),
        dict(type="Conv2D", filters=3, kernel_size=[2, 3], data_format="channels_first"),
    ], folds=[]),
    # Five layers: Conv2D -> DepthwiseConv2D -> Conv2D(glu) -> UpSampling2D(bilinear) ->
    # Conv2DTranspose(softmax). 8x7x3 -> 8x7x6 -> 6x5x12 -> 6x5x4 -> 12x15x4 -> 24x30x5
    chain("five-layers", (8, 7, 3), [
        dict(type="Conv2D", filters=6, kernel_size=3, padding="same", activation="relu"),
        dict(type="DepthwiseConv2D", kernel_size=3, depth_multiplier=2),
        dict(type="Conv2D", filters=8, kernel_size=1, activation="glu"),
        dict(type="UpSampling2D", size=[2, 3], interpolation="bilinear"),
        dict(type="Conv2DTranspose", filters=5, kernel_size=3, strides=2, padding="same",
             activation="softmax"),
    ]),
    # A WaveNet-style causal Conv1D stack with doubling dilation, then a 1x1 softmax head
    chain("conv1d-causal-dilated-stack", (20, 4), [
        dict(type="Conv1D", filters=8, kernel_size=3, padding="causal", activation="tanh"),
        dict(type="Conv1D", filters=8, kernel_size=3, padding="causal", dilation_rate=2,
             activation="tanh"),
        dict(type="Conv1D", filters=8, kernel_size=3, padding="causal", dilation_rate=4,
             activation="relu"),
        dict(type="Conv1D", filters=3, kernel_size=1, activation="softmax"),
    ]),
    # Conv3D -> ZeroPadding3D (folds) -> Conv3D -> UpSampling3D
    chain("conv3d-pad3d-conv3d-up3d", (5, 6, 4, 2), [
        dict(type="Conv3D", filters=3, kernel_size=[2, 3, 2], activation="elu"),
        dict(type="ZeroPadding3D", padding=[[1, 0], [0, 1], 1]),
        dict(type="Conv3D", filters=2, kernel_size=2, strides=[1, 2, 1]),
        dict(type="UpSampling3D", size=[2, 1, 2]),
    ], folds=[1]),
    # the same family under channels_first
    chain("conv3d-cf-crop3d-conv3d-cf", (2, 6, 5, 7), [
        dict(type="Conv3D", filters=3, kernel_size=2, padding="same",
             data_format="channels_first"),
        dict(type="Cropping3D", cropping=[[1, 0], 1, [0, 2]], data_format="channels_first"),
        dict(type="Conv3D", filters=2, kernel_size=[2, 1, 2], data_format="channels_first",
             activation="sigmoid"),
    ], folds=[1]),
    # batch 2 through crop (folded), conv, nearest upsampling and a separable conv
    chain("batch2-crop-conv-up-separable", (9, 8, 2), [
        dict(type="Cropping2D", cropping=1),
        dict(type="Conv2D", filters=3, kernel_size=3, padding="same", activation="relu6"),
        dict(type="UpSampling2D"),
        dict(type="SeparableConv2D", filters=2, kernel_size=3, depth_multiplier=2),
    ], batch=2, folds=[0]),
    # batch 3, channels_first, with a transposed convolution and an unfolded cropping
    chain("batch3-cf-transpose-crop", (2, 4, 5), [
        dict(type="Conv2DTranspose", filters=3, kernel_size=3, strides=2,
             data_format="channels_first"),
        dict(type="Cropping2D", cropping=[[1, 2], [0, 1]], data_format="channels_first"),
        dict(type="DepthwiseConv2D", kernel_size=2, data_format="channels_first",
             activation="softsign"),
    ], batch=3, folds=[1]),
    # reshaping layers that fold into nothing: ZeroPadding2D before a transposed conv,
    # Cropping2D before a bilinear UpSampling2D
    chain("pad2d-transpose-crop-bilinear-unfolded", (4, 5, 2), [
        dict(type="ZeroPadding2D", padding=[[1, 0], [2, 1]]),
        dict(type="Conv2DTranspose", filters=3, kernel_size=3, strides=2, output_padding=1),
        dict(type="Cropping2D", cropping=[[2, 1], [1, 3]]),
        dict(type="UpSampling2D", size=2, interpolation="bilinear"),
    ], folds=[]),
    # 1-D: Conv1D -> Conv1DTranspose -> Cropping1D -> DepthwiseConv1D (folded)
    chain("conv1d-transpose1d-crop1d-depthwise1d", (7, 3), [
        dict(type="Conv1D", filters=4, kernel_size=2, activation="leaky_relu"),
        dict(type="Conv1DTranspose", filters=2, kernel_size=3, strides=3, padding="same"),
        dict(type="Cropping1D", cropping=[1, 2]),
        dict(type="DepthwiseConv1D", kernel_size=3, strides=2, depth_multiplier=2,
             activation="log_softmax"),
    ], folds=[2]),
]


@pytest.mark.parametrize("input_shape, batch, layers, folds", CHAIN_CASES)
def test_chain_matches_keras(request, input_shape, batch, layers, folds):
    kernel = run_chain(request.node.callspec.id, input_shape, layers, batch)
    if folds is not None:
        assert folded(kernel) == folds, (
            f"expected layers {folds} folded into the next convolution, got {folded(kernel)}")


# ---------------------------------------------------------------- the example models

# Sequential chains, then graphs (a functional keras.Model: residual, gated, U-Net), then the
# MLPerf Tiny reference models and the Keras MNIST example (test_mlperf_specs.py checks them
# against the reference architectures too).
EXAMPLE_MODELS = ["mnist_cnn", "mobilenet_block", "wavenet_kws", "autoencoder",
                  "resblock", "gated_conv1d", "unet_small",
                  "kws_ds_cnn", "ic_resnet8", "vww_mobilenet_v1", "ad_autoencoder", "keras_mnist"]


def test_every_example_with_weights_is_checked():
    """Each spec that ships Keras-made weights is an example model compared with Keras."""
    made = {p.stem for p in SPECS.glob("*.yaml")
            if yaml.safe_load(p.read_text()).get("weights") is not None
            and yaml.safe_load(p.read_text()).get("dtype") != "int8"}
    # mnist_conv is one layer (test_keras_conformance covers Conv2D); the int8 example is
    # compared with LiteRT's interpreter (test_int8.py)
    assert made - {"mnist_conv"} == set(EXAMPLE_MODELS)


@pytest.mark.parametrize("name", EXAMPLE_MODELS)
def test_example_model_matches_keras(name):
    path = SPECS / f"{name}.yaml"
    spec = convgen.load_spec(path)
    assert spec.weights is not None, f"{path} names no weights file"
    raw = yaml.safe_load(path.read_text())
    rng = np.random.default_rng(_seed(name))
    x = rng.uniform(0.0, 1.0, size=(spec.batch, *spec.input_shape)).astype(np.float32)
    model = (KerasGraph(spec.input_shape, raw["layers"], raw.get("output"))
             if is_graph(raw) else None)
    run_chain(name, spec.input_shape, raw["layers"], spec.batch,
              weights=list(spec.weights), x=x, spec=spec, model=model)
    # the weights file itself, omitted at call time
    expected = convgen.reference(spec, x, list(spec.weights))
    assert_matches_keras(convgen.compile(spec)(x), expected, f"{name} kernel, file weights")


# ---------------------------------------------------------------- random chains

# exponential could overflow over a chain; every other activation keeps values bounded.
CHAIN_ACTIVATIONS = [a for a in list(activations.ELEMENTWISE) + list(activations.LAST_AXIS)
                     if a != "exponential"]


def _split(shape, fmt):
    return (list(shape[:-1]), shape[-1]) if fmt == "channels_last" else (list(shape[1:]),
                                                                          shape[0])


def _join(spatial, channels, fmt):
    return (tuple(spatial) + (channels,) if fmt == "channels_last"
            else (channels,) + tuple(spatial))


def _conv_length(n, k, s, d, padding):
    return -(-n // s) if padding != "valid" else (n - (d * (k - 1) + 1)) // s + 1


if st is not None:
    @st.composite
    def _window(draw, rank, spatial, both_ok):
        """kernel_size, strides, dilation_rate, padding valid for ``spatial``."""
        kernel = [draw(st.integers(1, 3)) for _ in range(rank)]
        if both_ok:
            strides = [draw(st.integers(1, 2)) for _ in range(rank)]
            dilation = [draw(st.integers(1, 2)) for _ in range(rank)]
        elif draw(st.booleans()):
            strides, dilation = [draw(st.integers(1, 2)) for _ in range(rank)], [1] * rank
        else:
            strides, dilation = [1] * rank, [draw(st.integers(1, 2)) for _ in range(rank)]
        padding = draw(st.sampled_from(["valid", "same"]))
        if padding == "valid" and any(n < d * (k - 1) + 1
                                      for n, k, d in zip(spatial, kernel, dilation)):
            padding = "same"
        return kernel, strides, dilation, padding

    @st.composite
    def _amounts(draw, spatial, crop):
        """A Cropping/ZeroPadding argument in a random form and its (before, after) pairs."""
        rank = len(spatial)
        pairs = []
        for n in spatial:
            if crop:
                b = draw(st.integers(0, min(2, n - 1)))
                pairs.append((b, draw(st.integers(0, min(2, n - 1 - b)))))
            else:
                pairs.append((draw(st.integers(0, 2)), draw(st.integers(0, 2))))
        if rank == 1:
            return list(pairs[0]), pairs
        return [list(p) if p[0] != p[1] or draw(st.booleans()) else p[0] for p in pairs], pairs

    @st.composite
    def chains(draw):
        """(input_shape, batch, layers): 2-4 random layers with valid shapes throughout."""
        rank = draw(st.sampled_from([1, 2, 2, 3]))
        chain_fmt = draw(st.sampled_from(["channels_last", "channels_first"]))
        top = 8 if rank < 3 else 5
        spatial = [draw(st.integers(3, top)) for _ in range(rank)]
        shape = _join(spatial, draw(st.integers(1, 4)), chain_fmt)
        input_shape, layers = shape, []
        for _ in range(draw(st.integers(2, 4))):
            # now and then a layer reads the tensor in the other layout
            fmt = chain_fmt if draw(st.integers(0, 4)) else (
                "channels_first" if chain_fmt == "channels_last" else "channels_last")
            spatial, channels = _split(shape, fmt)
            kinds = ["conv", "crop", "pad"]
            if rank < 3:
                kinds += ["depthwise", "separable"]
            if max(spatial) <= 10:
                kinds += ["transpose", "up"]
            kind = draw(st.sampled_from(kinds))
            layer = {}
            if kind in ("crop", "pad", "up"):
                if rank == 1:   # the 1-D reshaping layers always act on axis 1
                    fmt = "channels_last"
                    spatial, channels = _split(shape, fmt)
                cls = {"crop": "Cropping", "pad": "ZeroPadding", "up": "UpSampling"}[kind]
                layer["type"] = f"{cls}{rank}D"
                if rank > 1:
                    layer["data_format"] = fmt
                if kind == "up":
                    size = [draw(st.integers(1, 2)) for _ in range(rank)]
                    layer["size"] = size[0] if rank == 1 else size
                    if rank == 2:
                        layer["interpolation"] = draw(st.sampled_from(["nearest", "bilinear"]))
                    out = [n * f for n, f in zip(spatial, size)]
                else:
                    value, pairs = draw(_amounts(spatial, crop=kind == "crop"))
                    layer["cropping" if kind == "crop" else "padding"] = value
                    sign = -1 if kind == "crop" else 1
                    out = [n + sign * (b + a) for n, (b, a) in zip(spatial, pairs)]
                shape = _join(out, channels, fmt)
                layers.append(layer)
                continue

            kernel, strides, dilation, padding = draw(
                _window(rank, spatial, both_ok=kind in ("depthwise", "separable")))
            layer.update(kernel_size=kernel, strides=strides, dilation_rate=dilation,
                         data_format=fmt, use_bias=draw(st.booleans()))
            if kind == "conv":
                if rank == 1 and draw(st.integers(0, 3)) == 0:
                    padding = "causal"
                groups = draw(st.sampled_from([g for g in (1, 2, 3) if channels % g == 0]))
                filters = groups * draw(st.integers(1, 2))
                layer.update(type=f"Conv{rank}D", filters=filters, groups=groups)
                out = [_conv_length(n, k, s, d, padding)
                       for n, k, s, d in zip(spatial, kernel, strides, dilation)]
                out_channels = filters
            elif kind in ("depthwise", "separable"):
                multiplier = draw(st.integers(1, 2))
                layer.update(type=f"{kind.capitalize()}Conv{rank}D",
                             depth_multiplier=multiplier)
                out = [_conv_length(n, k, s, d, padding)
                       for n, k, s, d in zip(spatial, kernel, strides, dilation)]
                out_channels = channels * multiplier
                if kind == "separable":
                    out_channels = layer["filters"] = draw(st.integers(1, 4))
            else:   # transpose
                ops = (None if draw(st.booleans()) else
                       [draw(st.integers(0, s - 1)) for s in strides])
                out = [_transpose_out_length(n, k, s, d, padding, None if ops is None else op)
                       for n, k, s, d, op in zip(spatial, kernel, strides, dilation,
                                                 ops or [None] * rank)]
                if min(out) <= 0:   # same, output_padding 0 on a 1-long axis: empty
                    ops = None
                    out = [_transpose_out_length(n, k, s, d, padding, None)
                           for n, k, s, d in zip(spatial, kernel, strides, dilation)]
                filters = draw(st.integers(1, 4))
                layer.update(type=f"Conv{rank}DTranspose", filters=filters, output_padding=ops)
                out_channels = filters
            layer["padding"] = padding
            assert min(out) > 0, (layer, shape, out)
            act = draw(st.sampled_from(CHAIN_ACTIVATIONS))
            shape = _join(out, out_channels, fmt)
            if act == "glu":
                if shape[-1] % 2:
                    act = "linear"
                else:
                    shape = shape[:-1] + (shape[-1] // 2,)
            layer["activation"] = act
            layers.append(layer)
        return tuple(input_shape), draw(st.integers(1, 2)), layers

    @settings(max_examples=20, deadline=None, database=None)
    @given(config=chains(), seed=st.integers(0, 2**32 - 1))
    def test_random_chain_matches_keras(config, seed):
        input_shape, batch, layers = config
        run_chain("random", input_shape, layers, batch, seed=seed)
else:
    @pytest.mark.skip(reason="hypothesis is not installed")
    def test_random_chain_matches_keras():
        pass
