"""BatchNormalization (convgen.ops.batchnorm): the oracle against hand-computed values, the
affine pass on every axis, folding into each producer kind (and the cases that must not fold),
the exported self-check, and conformance with Keras 3 itself."""

import os

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import shutil
import subprocess

import numpy as np
import pytest
from conftest import assert_close

import convgen
from convgen.export import export
from convgen.plan import make_plan
from convgen.summary import summary
from convgen.verify import random_input, random_weights


def bn(name="bn", **kw):
    return dict(type="BatchNormalization", name=name, **kw)


def spec_of(layers, shape, batch=1, name="k"):
    return convgen.parse_spec({"name": name, "input_shape": list(shape), "batch": batch,
                               "layers": layers})


def check(spec, seed=0):
    rng = np.random.default_rng(seed)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    assert_close(convgen.compile(spec)(x, weights), convgen.reference(spec, x, weights))


def test_oracle_matches_hand_computed():
    """Keras's formula, element by element, on axis 1 of a (1, 2, 3) input."""
    spec = spec_of([bn(axis=1, epsilon=0.25)], [2, 3])
    x = np.arange(6, dtype=np.float32).reshape(1, 2, 3)
    gamma, beta = np.float32([2.0, -1.0]), np.float32([0.5, 3.0])
    mean, var = np.float32([1.0, 4.0]), np.float32([0.75, 3.75])   # var + eps: 1 and 4
    want = [[[2 * (v - 1) / 1 + 0.5 for v in (0, 1, 2)],
             [-1 * (v - 4) / 2 + 3.0 for v in (3, 4, 5)]]]
    got = convgen.reference(spec, x, [gamma, beta, mean, var])
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)


# name -> (BatchNormalization arguments, input shape, batch): the affine pass (no producer)
AFFINE = {
    "last_axis": (dict(), [5, 6, 7], 1),                      # channels_last, contiguous c
    "axis_1_of_channels_last": (dict(axis=1), [5, 6, 7], 2),  # rows of 42 floats per channel
    "middle_axis": (dict(axis=2), [5, 6, 7], 1),
    "negative_middle_axis": (dict(axis=-2, epsilon=0.5), [3, 4, 5, 6], 1),
    "rank_1": (dict(), [9], 3),
    "no_center": (dict(center=False), [4, 3, 11], 1),
    "no_scale": (dict(scale=False, axis=1), [4, 3, 11], 1),
    "neither": (dict(center=False, scale=False, epsilon=0.0), [4, 13], 1),
    "renorm_weights_ignored": (dict(renorm=True, momentum=0.9, renorm_momentum=0.5), [4, 6], 1),
}


@pytest.mark.parametrize("name", sorted(AFFINE))
def test_affine_pass_matches_oracle(name):
    args, shape, batch = AFFINE[name]
    spec = spec_of([bn(**args)], shape, batch)
    plan = make_plan(spec)
    assert plan.steps[0].template == "affine.c.j2"
    assert plan.weights_size == 2 * spec.graph.nodes[0].layer.channels(tuple(shape))   # s, t
    check(spec)


def test_weight_shapes_follow_keras_order():
    cases = {(True, True): ["gamma", "beta", "moving_mean", "moving_variance"],
             (False, True): ["beta", "moving_mean", "moving_variance"],
             (True, False): ["gamma", "moving_mean", "moving_variance"]}
    for (scale, center), names in cases.items():
        spec = spec_of([bn(scale=scale, center=center)], [3, 5])
        assert [(n, s) for _, n, s in spec.weight_shapes()] == [(n, (5,)) for n in names]


@pytest.mark.parametrize("args, message", [
    (dict(axis=[1]), "expected an integer"),
    (dict(axis=0), "is the batch axis"),
    (dict(axis=4), "not an axis of the input"),
    (dict(axis=-4), "is the batch axis"),
    (dict(epsilon="small"), "expected a number"),
    (dict(center=1), "expected true or false"),
    (dict(fused=True), "unknown argument 'fused'"),
])
def test_argument_errors(args, message):
    with pytest.raises(convgen.SpecError, match=message):
        spec_of([bn(**args)], [5, 6, 7])


def conv(type_="Conv2D", name="c", **kw):
    return dict(type=type_, name=name, **kw)


# name -> (layers, input shape, batch, folded?) ; the BatchNormalization is always "bn"
FOLDING = {
    # dense microkernel, no bias of its own: the folded t becomes its bias
    "conv2d_no_bias": ([conv(filters=12, kernel_size=3, use_bias=False), bn()], [7, 6, 5], 1,
                       True),
    "conv2d_channels_first": ([conv(filters=9, kernel_size=(3, 2), padding="same",
                                    data_format="channels_first"), bn(axis=1)],
                              [4, 7, 6], 2, True),
    # grouped loop nest (conv.c.j2) with and without a bias
    "conv1d_grouped_no_bias": ([conv("Conv1D", filters=8, kernel_size=3, groups=2,
                                     use_bias=False), bn()], [11, 4], 1, True),
    "conv3d_grouped": ([conv("Conv3D", filters=6, kernel_size=2, groups=3), bn(center=False)],
                       [3, 4, 5, 3], 1, True),
    "depthwise_vector": ([conv("DepthwiseConv2D", kernel_size=3, padding="same",
                               use_bias=False), bn()], [6, 9, 16], 1, True),
    "depthwise_multiplier": ([conv("DepthwiseConv2D", kernel_size=3, depth_multiplier=3),
                              bn(scale=False)], [6, 5, 4], 1, True),
    "separable_rows": ([conv("SeparableConv2D", filters=10, kernel_size=3, use_bias=False),
                        bn()], [7, 8, 5], 1, True),
    "separable_channels_first": ([conv("SeparableConv1D", filters=6, kernel_size=3,
                                       data_format="channels_first"), bn(axis=1)],
                                 [5, 9], 1, True),
    "transpose": ([conv("Conv2DTranspose", filters=7, kernel_size=3, strides=2,
                        use_bias=False), bn()], [4, 5, 3], 1, True),
    # a ZeroPadding folded into the convolution's bounds, then the BN into its weights
    "through_padding": ([dict(type="ZeroPadding2D", padding=1),
                         conv(filters=8, kernel_size=3), bn()], [5, 6, 3], 1, True),
    # not folded: the convolution has an activation
    "activation": ([conv(filters=8, kernel_size=3, activation="relu"), bn()], [5, 6, 3], 1,
                   False),
    # not folded: the convolution's output has a second reader
    "two_readers": ([conv(filters=8, kernel_size=3, padding="same"), bn(),
                     dict(type="Add", name="s", inputs=["c", "bn"])], [5, 6, 3], 1, False),
    # not folded: the BN normalises a spatial axis, not the convolution's channels
    "spatial_axis": ([conv(filters=8, kernel_size=3), bn(axis=1)], [5, 6, 3], 1, False),
    # not folded: the BN reads the model input
    "no_producer": ([bn(), conv(filters=4, kernel_size=1)], [5, 6, 3], 1, False),
}


@pytest.mark.parametrize("name", sorted(FOLDING))
def test_folding(name):
    layers, shape, batch, folded = FOLDING[name]
    spec = spec_of(layers, shape, batch)
    plan = make_plan(spec)
    nodes = {n.name: n for n in spec.graph.nodes}
    assert bool(plan.fusion.bn) == folded
    text = summary(spec)
    rows = {line.split(" (")[0]: line for line in text.splitlines()}
    if folded:
        assert plan.fusion.bn == {nodes["bn"].index: nodes["c"].index}
        assert "affine.c.j2" not in [s.template for s in plan.steps]
        assert "folded into c" in rows["bn"]
        assert "bn folded into its weights" in rows["c"]
    else:
        assert "affine.c.j2" in [s.template for s in plan.steps]
    # Keras's param count: 4 (or 3) arrays of C, folded or not
    assert f"{sum(np.prod(s) for _, s in nodes['bn'].weight_shapes()):,}" in rows["bn"]
    check(spec)


def test_derived_plan_positions_and_unpack():
    """Packed values computed from several Keras values have no source position."""
    spec = spec_of([conv(filters=4, kernel_size=1), bn()], [3, 3, 2])
    plan = make_plan(spec)
    assert plan.derived
    where, _ = plan.positions()
    assert (where == -1).all() and where.size == plan.weights_size
    with pytest.raises(ValueError, match="cannot be unpacked"):
        plan.unpack(np.zeros(plan.weights_size, np.float32))
    assert not make_plan(spec_of([conv(filters=4, kernel_size=1)], [3, 3, 2])).derived


@pytest.mark.parametrize("layers", [
    [conv(filters=8, kernel_size=3, use_bias=False), bn()],
    [conv(filters=8, kernel_size=3, activation="relu"), bn(axis=-1, center=False),
     conv("DepthwiseConv2D", "d", kernel_size=3), bn("bn2", scale=False)],
], ids=["folded", "affine"])
def test_export_self_checks(layers, tmp_path):
    """A spec with BN and no weights file: its test stores the packed blob and passes."""
    spec = spec_of(layers, [6, 7, 3], name="bnx")
    folder = export(make_plan(spec), tmp_path)
    text = (folder / "test_bnx.c").read_text()
    assert "static const float cg_weights[" in text
    if not (shutil.which("make") and shutil.which("gcc")):
        pytest.skip("needs make and gcc")
    done = subprocess.run(["make", "-s", "-C", str(folder), "check", "CC=gcc",
                           "CFLAGS=-std=c99 -O2 -Wall -Wextra -Werror -pedantic"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and ": PASS" in done.stdout, done.stdout + done.stderr


# ---------------------------------------------------------------- Keras conformance

def _randomise_bn(model, rng):
    import keras
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            weights = []
            for w in layer.weights:
                name = w.path.split("/")[-1]
                low, high = {"moving_variance": (0.3, 2.0), "gamma": (0.5, 1.5)}.get(
                    name, (-0.7, 0.7))
                weights.append(rng.uniform(low, high, w.shape).astype(np.float32))
            layer.set_weights(weights)


def _compare_with_keras(model, shape, seed=0):
    import keras
    rng = np.random.default_rng(seed)
    _randomise_bn(model, rng)
    spec = convgen.from_keras(model)
    x = rng.standard_normal((1, *shape)).astype(np.float32)
    want = keras.ops.convert_to_numpy(model(x, training=False))
    assert_close(convgen.compile(spec)(x, spec.weights), want)
    return spec


@pytest.mark.keras
def test_keras_conv_bn_chain():
    keras = pytest.importorskip("keras")
    model = keras.Sequential([
        keras.Input((9, 8, 3)),
        keras.layers.Conv2D(6, 3, use_bias=False),
        keras.layers.BatchNormalization(epsilon=0.01),
        keras.layers.Conv2D(5, 1, data_format="channels_first"),
        keras.layers.BatchNormalization(axis=1, center=False),
        keras.layers.BatchNormalization(axis=2, scale=False),
    ])
    spec = _compare_with_keras(model, (9, 8, 3))
    assert len(make_plan(spec).fusion.bn) == 2   # the axis=2 one is an affine pass


@pytest.mark.keras
def test_keras_bn_after_add():
    keras = pytest.importorskip("keras")
    inp = keras.Input((7, 6, 4))
    a = keras.layers.Conv2D(4, 3, padding="same")(inp)
    b = keras.layers.DepthwiseConv2D(3, padding="same")(inp)
    s = keras.layers.Add()([a, b])
    y = keras.layers.BatchNormalization(momentum=0.5)(s)
    model = keras.Model(inp, y)
    spec = _compare_with_keras(model, (7, 6, 4), seed=1)
    assert not make_plan(spec).fusion.bn


@pytest.mark.keras
def test_keras_summary_param_count():
    keras = pytest.importorskip("keras")
    model = keras.Sequential([keras.Input((5, 4, 3)), keras.layers.Conv2D(6, 3),
                              keras.layers.BatchNormalization()])
    spec = convgen.from_keras(model)
    assert model.layers[1].count_params() == 24
    row = [line for line in summary(spec).splitlines() if "(BatchNormalization)" in line][0]
    assert " 24 " in row
