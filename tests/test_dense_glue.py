"""Dense, the reshaping glue (Flatten, Reshape, Permute, RepeatVector), the activation layers
(Activation, ReLU, LeakyReLU, PReLU, ELU, Softmax) and the identity-at-inference layers.

Three layers of tests: declared tables compiled and run against the float64 oracle (the
suite's one tolerance, ``assert_close``); plan and render checks that need no compiler
(aliasing nodes get no step, constants printed losslessly); spec errors naming the field.
Conformance with Keras 3 itself (marked ``keras``) builds each layer with
``keras.layers.X(...)`` and a small MNIST-style functional model imported with ``from_keras``.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from conftest import assert_close, make_spec, run_both

import convgen
from convgen.activations import ELEMENTWISE, LAST_AXIS
from convgen.plan import make_plan
from convgen.render import render
from convgen.verify import random_weights


def case(case_id: str, input_shape, batch: int = 1, **layer):
    return pytest.param(layer, tuple(input_shape), batch, id=case_id)


# ---------------------------------------------------------------- Dense against the oracle

DENSE = [
    # per-sample ranks 1-3 (Keras ranks 2-4): Dense acts on the last axis of any rank
    case("rank1-units7", [13], units=7),
    case("rank1-units8", [13], units=8),
    case("rank1-units9", [13], units=9),
    case("rank1-units16-batch3", [5], batch=3, units=16),
    case("rank1-units17", [31], units=17),
    case("rank2-units9-relu", [4, 6], units=9, activation="relu"),
    case("rank3-units17-gelu-batch2", [3, 2, 5], batch=2, units=17, activation="gelu"),
    case("rank3-units8-nobias", [2, 3, 7], units=8, use_bias=False),
    case("in1-units1", [1], units=1),                         # degenerate sizes
    # last-axis activations: a pass over each row of units, as for convolutions
    case("softmax-head", [64], units=10, activation="softmax"),
    case("log-softmax-rank2", [3, 7], units=9, activation="log_softmax"),
    case("sparsemax-rank2", [3, 7], units=6, activation="sparsemax"),
    case("glu-halves-units", [2, 5], units=16, activation="glu"),
    case("glu-nobias-batch2", [5], batch=2, units=8, activation="glu", use_bias=False),
]


@pytest.mark.parametrize("layer, input_shape, batch", DENSE)
def test_dense_matches_oracle(layer, input_shape, batch):
    spec = make_spec({"type": "Dense", **layer}, input_shape, batch)
    assert spec.output_shape[:-1] == input_shape[:-1]
    assert_close(*run_both(spec))


@pytest.mark.parametrize("name", sorted(ELEMENTWISE) + sorted(LAST_AXIS))
def test_dense_every_activation(name):
    # units 16 so glu has an even axis; scale 3 reaches the activations' interesting ranges
    spec = make_spec({"type": "Dense", "units": 16, "activation": name}, [2, 9])
    assert_close(*run_both(spec, scale=3.0))


def test_dense_weights_in_keras_layout():
    # kernel (in, units): out[u] = bias[u] + sum_i x[i] * W[i][u], checked by hand
    spec = make_spec({"type": "Dense", "units": 3}, [2])
    kernel = np.array([[1.0, 2.0, 3.0], [10.0, 20.0, 30.0]], np.float32)
    bias = np.array([0.5, -0.5, 0.0], np.float32)
    y = convgen.compile(spec)(np.array([[1.0, 2.0]], np.float32), [kernel, bias])
    np.testing.assert_array_equal(y, [[21.5, 41.5, 63.0]])


# ---------------------------------------------------------------- glue against the oracle

GLUE = [
    case("flatten-rank3", [3, 4, 5], type="Flatten"),
    case("flatten-rank1-noop", [7], type="Flatten"),
    # channels_first: the channel axis moves last before flattening (a copy)
    case("flatten-cf-rank3", [2, 3, 4], batch=2, type="Flatten", data_format="channels_first"),
    case("flatten-cf-rank4", [3, 2, 4, 5], type="Flatten", data_format="channels_first"),
    case("flatten-cf-unit-channel", [1, 3, 4], type="Flatten", data_format="channels_first"),
    case("reshape-minus1-first", [2, 3, 4], type="Reshape", target_shape=[-1, 6]),
    case("reshape-minus1-last", [2, 3, 4], batch=2, type="Reshape", target_shape=[4, -1]),
    case("reshape-explicit", [24], type="Reshape", target_shape=[2, 3, 4]),
    case("permute-swap", [3, 5], type="Permute", dims=[2, 1]),
    case("permute-rotate-batch2", [2, 3, 4], batch=2, type="Permute", dims=[3, 1, 2]),
    case("permute-rank4", [2, 3, 4, 5], type="Permute", dims=[4, 2, 1, 3]),
    case("permute-identity", [2, 3], type="Permute", dims=[1, 2]),
    case("permute-unit-axes-only", [1, 3, 1], type="Permute", dims=[3, 2, 1]),
    case("repeat-vector", [5], batch=2, type="RepeatVector", n=3),
    case("repeat-vector-1", [5], type="RepeatVector", n=1),
]

IDENTITY = [
    case("dropout", [4, 5], type="Dropout", rate=0.5),
    case("dropout-noise-shape-seed", [4, 5], type="Dropout", rate=0.2, noise_shape=[None, 1, 5],
         seed=3),
    case("spatial-dropout1d", [6, 3], type="SpatialDropout1D", rate=0.3, seed=1),
    case("spatial-dropout2d-cf", [3, 4, 5], type="SpatialDropout2D", rate=0.3,
         data_format="channels_first"),
    case("spatial-dropout3d", [2, 3, 4, 5], type="SpatialDropout3D", rate=0.1),
    case("gaussian-noise", [7], type="GaussianNoise", stddev=0.1, seed=2),
    case("gaussian-dropout", [7], type="GaussianDropout", rate=0.4),
    case("alpha-dropout", [7], type="AlphaDropout", rate=0.4, noise_shape=[None, 7]),
    case("activity-regularization", [3, 7], type="ActivityRegularization", l1=0.01, l2=0.1),
    case("identity", [3, 7], batch=2, type="Identity"),
]

ACTIVATION_LAYERS = [
    case("activation-relu", [3, 7], type="Activation", activation="relu"),
    case("activation-gelu-batch2", [3, 7], batch=2, type="Activation", activation="gelu"),
    case("activation-softmax-last-axis", [3, 7], type="Activation", activation="softmax"),
    case("activation-log-softmax", [4, 5], type="Activation", activation="log_softmax"),
    case("activation-sparsemax", [4, 5], type="Activation", activation="sparsemax"),
    case("activation-glu-halves", [3, 8], type="Activation", activation="glu"),
    case("activation-linear", [3, 7], type="Activation", activation="linear"),
    case("relu-defaults", [3, 7], type="ReLU"),
    case("relu-max6", [3, 7], type="ReLU", max_value=6.0),
    case("relu-max-slope", [3, 7], type="ReLU", max_value=0.5, negative_slope=0.1),
    case("relu-threshold", [3, 7], type="ReLU", threshold=0.25),
    case("relu-all-three", [3, 7], type="ReLU", max_value=0.75, negative_slope=0.2,
         threshold=0.25),
    case("relu-slope-only", [3, 7], type="ReLU", negative_slope=0.05),
    case("relu-max-zero", [3, 7], type="ReLU", max_value=0.0),
    case("leaky-relu-default-0.3", [3, 7], type="LeakyReLU"),
    case("leaky-relu-slope", [3, 7], type="LeakyReLU", negative_slope=0.01),
    case("elu-default", [3, 7], type="ELU"),
    case("elu-alpha", [3, 7], type="ELU", alpha=0.5),
    case("elu-negative-alpha", [3, 7], type="ELU", alpha=-1.5),
    case("prelu-unshared", [3, 4, 5], batch=2, type="PReLU"),
    case("prelu-shared-spatial", [3, 4, 5], batch=2, type="PReLU", shared_axes=[1, 2]),
    case("prelu-shared-int", [3, 4, 5], type="PReLU", shared_axes=2),
    case("prelu-shared-middle", [3, 4, 5], type="PReLU", shared_axes=[2]),
    case("prelu-shared-all", [3, 4], type="PReLU", shared_axes=[1, 2]),
    case("softmax-default-last", [3, 4, 5], type="Softmax"),
    case("softmax-axis1", [3, 4, 5], batch=2, type="Softmax", axis=1),
    case("softmax-axis2", [3, 4, 5], type="Softmax", axis=2),
    case("softmax-axis-minus2", [3, 4, 5], type="Softmax", axis=-2),
    case("softmax-batch-axis", [3, 4], batch=3, type="Softmax", axis=0),
    case("softmax-rank1", [9], type="Softmax"),
    # a list of axes: one softmax over all of them together (Keras: exp(x - logsumexp))
    case("softmax-axes-spatial", [3, 4, 5], type="Softmax", axis=[1, 2]),
    case("softmax-axes-apart", [3, 4, 5], batch=2, type="Softmax", axis=[1, 3]),
    case("softmax-axes-negative", [3, 4, 5], type="Softmax", axis=[-1, -3]),
    case("softmax-axes-with-batch", [3, 4], batch=2, type="Softmax", axis=[0, 2]),
    case("softmax-axes-one", [3, 4, 5], type="Softmax", axis=[2]),
    case("softmax-axes-size1", [3, 1, 5], type="Softmax", axis=[2, 3]),
]


@pytest.mark.parametrize("layer, input_shape, batch", GLUE + IDENTITY + ACTIVATION_LAYERS)
def test_layer_matches_oracle(layer, input_shape, batch):
    assert_close(*run_both(make_spec(dict(layer), input_shape, batch), scale=2.0))


def test_glue_by_hand():
    # Flatten(channels_first) of a 2x3x4 arange is [0, 12, 1, 13, ...] as in Keras
    spec = make_spec({"type": "Flatten", "data_format": "channels_first"}, [2, 3, 4])
    x = np.arange(24, dtype=np.float32).reshape(1, 2, 3, 4)
    y = convgen.compile(spec)(x, [])
    np.testing.assert_array_equal(y[0, :6], [0, 12, 1, 13, 2, 14])
    spec = make_spec({"type": "Permute", "dims": [2, 1]}, [2, 3])
    x = np.arange(6, dtype=np.float32).reshape(1, 2, 3)
    np.testing.assert_array_equal(convgen.compile(spec)(x, []), x.transpose(0, 2, 1))


def test_relu_layer_by_hand():
    # Keras's composition: 0 at the threshold itself, max_value clip, slope below threshold
    spec = make_spec({"type": "ReLU", "max_value": 2.0, "negative_slope": 0.1,
                      "threshold": 0.5}, [7])
    x = np.array([[-1.0, 0.25, 0.5, 0.75, 1.0, 2.0, 3.0]], np.float32)
    want = [-0.15, -0.025, 0.0, 0.75, 1.0, 2.0, 2.0]
    np.testing.assert_allclose(convgen.compile(spec)(x, []), [want], rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(convgen.reference(spec, x, []), [want], rtol=1e-12)


# ---------------------------------------------------------------- graphs: aliasing in the plan

def graph(layers, input_shape, batch=1, output=None):
    raw = {"name": "g", "input_shape": list(input_shape), "batch": batch, "layers": layers}
    if output:
        raw["output"] = output
    return convgen.parse_spec(raw)


MNIST = [{"type": "Conv2D", "filters": 8, "kernel_size": 3, "activation": "relu"},
         {"type": "Conv2D", "filters": 6, "kernel_size": 3, "activation": "relu"},
         {"type": "Flatten"}, {"type": "Dropout", "rate": 0.5},
         {"type": "Dense", "units": 10, "activation": "softmax"}]

GRAPHS = [
    # the classic MNIST CNN minus pooling: Flatten and Dropout cost nothing
    pytest.param(MNIST, [12, 11, 1], 2, 3, id="mnist-cnn"),
    # only identity layers from input to output: the one case that copies
    pytest.param([{"type": "Dropout", "rate": 0.1}, {"type": "Identity"}], [3, 4], 1, 1,
                 id="identity-only-copies"),
    pytest.param([{"type": "Reshape", "target_shape": [-1]}], [3, 4], 2, 1,
                 id="reshape-only-copies"),
    # the model input read through aliases by a real layer
    pytest.param([{"type": "Dropout", "rate": 0.1}, {"type": "Flatten"},
                  {"type": "Dense", "units": 5}], [3, 4], 1, 1, id="input-aliased"),
    # the output is an alias of a computed tensor: that tensor is stored in the output
    pytest.param([{"type": "Dense", "units": 6}, {"type": "Reshape", "target_shape": [2, 3]},
                  {"type": "Dropout", "rate": 0.2}], [4], 3, 1, id="output-aliased"),
    # copies that stay: channels_first Flatten, Permute, RepeatVector
    pytest.param([{"type": "Dense", "units": 4}, {"type": "Flatten",
                                                   "data_format": "channels_first"},
                  {"type": "RepeatVector", "n": 2}, {"type": "Permute", "dims": [2, 1]},
                  {"type": "Softmax", "axis": 1}], [3, 5], 2, 5, id="copies"),
]


@pytest.mark.parametrize("layers, input_shape, batch, n_steps", GRAPHS)
def test_graph_aliases_and_matches_oracle(layers, input_shape, batch, n_steps):
    spec = graph(layers, input_shape, batch)
    assert len(make_plan(spec).steps) == n_steps
    assert_close(*run_both(spec))


def test_residual_through_dropout_and_alias_lifetimes():
    # the Add reads a Dropout of the block input; the conv output is read through a Reshape
    # after a later layer wrote the workspace: lifetimes follow the aliased tensors
    layers = [
        {"type": "Conv2D", "name": "c1", "filters": 4, "kernel_size": 3, "padding": "same"},
        {"type": "Dropout", "name": "d1", "rate": 0.3},
        {"type": "Conv2D", "name": "c2", "filters": 4, "kernel_size": 3, "padding": "same",
         "activation": "relu"},
        {"type": "Reshape", "name": "r", "target_shape": [5, 6, 4], "inputs": ["d1"]},
        {"type": "Add", "name": "sum", "inputs": ["r", "c2"]},
        {"type": "Flatten"}, {"type": "Dense", "units": 3}]
    spec = graph(layers, [5, 6, 2])
    plan = make_plan(spec)
    assert {s.node.name for s in plan.steps} >= {"c1", "c2", "dense"}
    assert "d1" not in {s.node.name for s in plan.steps}
    assert plan.placement["d1"] == plan.placement["c1"] == plan.placement["r"]
    assert_close(*run_both(spec))


def test_summary_names_aliases():
    from convgen.summary import summary
    text = summary(graph(MNIST, [12, 11, 1]))
    assert "no step, no copy" in text


# ---------------------------------------------------------------- render (no compiler)

def _source(layer, input_shape):
    return render(make_plan(make_spec(layer, input_shape))).source


def test_dense_vector_blocks_hold_units_in_registers():
    # 17 units: two 8-float vectors, then one ending at the last unit (overlapping the first
    # block), for the whole sum over the 9 inputs; 16-float vectors under AVX-512.
    src = _source({"type": "Dense", "units": 17}, [9])
    # (a block of 2 vectors keeps 4 partial sums, of 1 vector 8, of 9 inputs: at most 9)
    assert "/* units [0, 16): 2 vector(s) in registers, 4 partial sums */" in src
    assert "/* units [9, 17): 1 vector(s) in registers, 8 partial sums */" in src
    assert "/* units [1, 17): 1 vector(s) in registers, 8 partial sums */" in src
    assert "a3_1 += x3 * CG_LOAD(cg_v8, w + 59);" in src   # input i + 3, units 8-15
    src = _source({"type": "Dense", "units": 64}, [3])
    assert "/* units [0, 64): 8 vector(s) in registers */" in src
    # runs of equal blocks are a loop (the source does not grow with the units)
    src = _source({"type": "Dense", "units": 1000}, [3])
    assert "for (int u0 = 0; u0 < 832; u0 += 64) {   /* units [0, 832): 13 blocks of 8 " in src
    assert "for (int u0 = 832; u0 < 1000; u0 += 56) {   /* units [832, 1000): 3 blocks of 7 " \
        in src
    # fewer units than a vector: the loop over the units
    src = _source({"type": "Dense", "units": 5}, [9])
    assert "for (int u = 0; u < 5; ++u)\n                y[u] += xi * w[u];" in src


@pytest.mark.parametrize("units", [1, 7, 8, 10, 17, 24, 33, 64, 65, 130, 1000])
@pytest.mark.parametrize("width", ["host", "cg_v16"])
def test_dense_every_block_split(units, width):
    # every block split (none, one vector, overlapping tail, balanced blocks) against the
    # oracle, two rows; "cg_v16": the 16-float tiles (GNU C vectors build on any x86-64)
    spec = graph([{"type": "Dense", "units": units, "activation": "relu"}], [37], batch=2)
    cflags = None if width == "host" else ["-O2", "-march=native", "-D__AVX512F__"]
    rng = np.random.default_rng(units)
    w = random_weights(spec, rng)
    x = rng.standard_normal((2, 37)).astype(np.float32)
    assert_close(convgen.compile(spec, cflags=cflags)(x, w), convgen.reference(spec, x, w))


def test_constants_printed_losslessly():
    src = _source({"type": "ReLU", "max_value": 0.1, "negative_slope": 1 / 3,
                   "threshold": 0.2}, [4])
    assert "cg_relu_layer(input[i0], 0.333333343f, 0.200000003f, 0.100000001f)" in src
    src = _source({"type": "ReLU"}, [4])
    assert "HUGE_VALF" in src
    src = _source({"type": "LeakyReLU"}, [4])
    assert "cg_leaky_relu_slope(input[i0], 0.300000012f)" in src


def test_identity_layers_emit_no_function():
    spec = graph([{"type": "Dense", "units": 4}, {"type": "Dropout", "rate": 0.5},
                  {"type": "GaussianNoise", "stddev": 0.1}], [3])
    src = render(make_plan(spec)).source
    assert src.count("static int g_layer") == 1


# ---------------------------------------------------------------- spec errors

ERRORS = [
    ({"type": "Dense"}, [4], "units", "is required"),
    ({"type": "Dense", "units": 0}, [4], "units", ">= 1"),
    ({"type": "Dense", "units": 3, "activation": "glu"}, [4], "activation", "odd size 3"),
    ({"type": "Dense", "units": 3, "activation": "threshold"}, [4], "activation", "threshold"),
    ({"type": "Dense", "units": 3, "kernel": 2}, [4], "kernel", "unknown argument"),
    ({"type": "Reshape", "target_shape": [-1, -1]}, [4], "target_shape", "at most one"),
    ({"type": "Reshape", "target_shape": [5, -1]}, [4], "target_shape", "not a multiple"),
    ({"type": "Reshape", "target_shape": [3]}, [4], "target_shape", "(3 values)"),
    ({"type": "Reshape", "target_shape": [0, 4]}, [4], "target_shape", "positive"),
    ({"type": "Reshape"}, [4], "target_shape", "is required"),
    ({"type": "Permute", "dims": [0, 1]}, [2, 3], "dims", "permutation"),
    ({"type": "Permute", "dims": [1, 1]}, [2, 3], "dims", "permutation"),
    ({"type": "Permute", "dims": [2, 1]}, [2, 3, 4], "dims", "has 3"),
    ({"type": "RepeatVector", "n": 2}, [2, 3], "layers[0]", "rank 2"),
    ({"type": "RepeatVector", "n": 0}, [3], "n", ">= 1"),
    ({"type": "Flatten", "data_format": "nchw"}, [3], "data_format", "channels_first"),
    ({"type": "Activation"}, [3], "activation", "is required"),
    ({"type": "Activation", "activation": "relu7"}, [3], "activation", "unknown activation"),
    ({"type": "ReLU", "threshold": -1.0}, [3], "threshold", ">= 0"),
    ({"type": "ReLU", "negative_slope": -0.1}, [3], "negative_slope", ">= 0"),
    ({"type": "ReLU", "max_value": -1.0}, [3], "max_value", ">= 0"),
    ({"type": "LeakyReLU", "negative_slope": -0.3}, [3], "negative_slope", ">= 0"),
    ({"type": "LeakyReLU", "alpha": 0.3}, [3], "alpha", "unknown argument"),
    ({"type": "ELU", "alpha": "big"}, [3], "alpha", "a number"),
    ({"type": "PReLU", "shared_axes": [0]}, [3], "shared_axes", ">= 1"),
    ({"type": "PReLU", "shared_axes": [3]}, [2, 3], "shared_axes", "beyond"),
    ({"type": "Softmax", "axis": 3}, [2, 3], "axis", "accepted -3 to 2"),
    ({"type": "Softmax", "axis": [1, -2]}, [2, 3], "axis", "same axis twice"),
    ({"type": "Softmax", "axis": []}, [2, 3], "axis", "non-empty list"),
    ({"type": "Softmax", "axis": [1, 4]}, [2, 3], "axis", "accepted -3 to 2"),
    ({"type": "Dropout"}, [3], "rate", "is required"),
    ({"type": "Dropout", "rate": 1.5}, [3], "rate", "between 0.0 and 1.0"),
    ({"type": "Dropout", "rate": 0.5, "noise_shape": "x"}, [3], "noise_shape", "list"),
    ({"type": "Dropout", "rate": 0.5, "seed": 1.5}, [3], "seed", "integer"),
    ({"type": "GaussianNoise", "stddev": 2.0}, [3], "stddev", "between 0.0 and 1.0"),
    ({"type": "ActivityRegularization", "l1": -1.0}, [3], "l1", ">= 0.0"),
    ({"type": "SpatialDropout2D", "rate": 0.1}, [3, 4], "layers[0]", "rank 4"),
    ({"type": "SpatialDropout1D", "rate": 0.1, "data_format": "channels_last"}, [3, 4],
     "data_format", "unknown argument"),
]


@pytest.mark.parametrize("layer, input_shape, field, needle", ERRORS,
                         ids=[f"{e[0]['type']}-{e[2]}-{k}" for k, e in enumerate(ERRORS)])
def test_spec_error_names_field(layer, input_shape, field, needle):
    with pytest.raises(convgen.SpecError) as err:
        make_spec(layer, input_shape)
    message = str(err.value)
    path = field if field.startswith("layers") else f"layers[0].{field}"
    assert path in message and needle in message, message


# ---------------------------------------------------------------- Keras conformance

os.environ.setdefault("KERAS_BACKEND", "torch")   # before the first import of keras

try:
    import keras
except ImportError:   # the oracle tables above still run
    keras = None

KERAS_CASES = [p for p in GLUE + IDENTITY + ACTIVATION_LAYERS
               if p.values[0].get("type") not in ("AlphaDropout",)] + [
    case("dense-rank3-softmax", [3, 4, 9], batch=2, type="Dense", units=17,
         activation="softmax"),
    case("dense-rank1-units16-tanh", [20], type="Dense", units=16, activation="tanh"),
    case("dense-rank2-glu-nobias", [3, 5], type="Dense", units=8, activation="glu",
         use_bias=False),
]


@pytest.mark.parametrize("layer, input_shape, batch", KERAS_CASES)
@pytest.mark.keras
@pytest.mark.skipif(keras is None, reason="Keras 3 is not installed")
@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword"
                            ":DeprecationWarning")
def test_layer_matches_keras(request, layer, input_shape, batch):
    from test_keras_conformance import run_case
    run_case(request.node.callspec.id, input_shape, dict(layer), batch)


@pytest.mark.keras
@pytest.mark.skipif(keras is None, reason="Keras 3 is not installed")
@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword"
                            ":DeprecationWarning")
def test_alpha_dropout_is_identity_in_keras():
    # AlphaDropout has no noise at inference in Keras either (its training flag is False)
    layer = keras.layers.AlphaDropout(0.4)
    x = np.random.default_rng(0).uniform(-1, 1, (2, 7)).astype(np.float32)
    spec = make_spec({"type": "AlphaDropout", "rate": 0.4}, [7], 2)
    np.testing.assert_array_equal(convgen.compile(spec)(x, []),
                                  keras.ops.convert_to_numpy(layer(x)))


def _randomised(model, seed):
    rng = np.random.default_rng(seed)
    model.set_weights([rng.standard_normal(w.shape).astype(np.float32) * 0.3
                       for w in model.get_weights()])
    return model


def _check_model(model, input_shape, batch=1):
    from test_keras_conformance import assert_matches_keras
    spec = convgen.from_keras(model)
    x = np.random.default_rng(1).uniform(-1, 1, (batch, *input_shape)).astype(np.float32)
    expected = keras.ops.convert_to_numpy(model(x))
    assert_matches_keras(convgen.reference(spec, x), expected, "reference")
    kernel = convgen.compile(spec)
    assert_matches_keras(kernel(x, list(spec.weights)), expected, "kernel")
    return spec


@pytest.mark.keras
@pytest.mark.skipif(keras is None, reason="Keras 3 is not installed")
@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword"
                            ":DeprecationWarning")
def test_mnist_cnn_functional_model_matches_keras():
    # the classic Keras MNIST CNN minus pooling: conv -> conv -> flatten -> dropout -> dense
    L = keras.layers
    x = keras.Input((14, 13, 1))
    y = L.Conv2D(8, 3, activation="relu")(x)
    y = L.Conv2D(6, 3, activation="relu")(y)
    y = L.Flatten()(y)
    y = L.Dropout(0.5)(y)
    y = L.Dense(10, activation="softmax")(y)
    spec = _check_model(_randomised(keras.Model(x, y, name="mnist_cnn"), 0), (14, 13, 1))
    assert [n.layer.type for n in spec.graph.nodes] == [
        "Conv2D", "Conv2D", "Flatten", "Dropout", "Dense"]
    assert len(make_plan(spec).steps) == 3


@pytest.mark.keras
@pytest.mark.skipif(keras is None, reason="Keras 3 is not installed")
@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword"
                            ":DeprecationWarning")
def test_glue_and_activation_layers_model_matches_keras():
    # every kind in one functional model, with channels_first convolution and Flatten
    L = keras.layers
    x = keras.Input((3, 6, 5))
    y = L.Conv2D(4, 3, data_format="channels_first", padding="same")(x)
    y = L.PReLU(shared_axes=[2, 3])(y)
    a = L.Flatten(data_format="channels_first")(y)
    a = L.Dense(12)(a)
    a = L.LeakyReLU()(a)
    a = L.Reshape((3, -1))(a)
    a = L.Permute((2, 1))(a)
    a = L.ReLU(max_value=1.0, negative_slope=0.1, threshold=0.05)(a)
    a = L.SpatialDropout1D(0.2)(a)
    a = L.ELU(alpha=0.7)(a)
    a = L.Softmax(axis=1)(a)
    a = L.Flatten()(a)
    a = L.GaussianNoise(0.1)(a)
    a = L.ActivityRegularization(l2=0.01)(a)
    a = L.Dense(4, activation="relu")(a)
    a = L.RepeatVector(3)(a)
    a = L.Activation("log_softmax")(a)
    model = _randomised(keras.Model(x, a, name="glue_model"), 2)
    _check_model(model, (3, 6, 5))
