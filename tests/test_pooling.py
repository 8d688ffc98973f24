"""Pooling layers (issue 13): MaxPooling1D/2D/3D, AveragePooling1D/2D/3D, GlobalMaxPooling1D/2D/3D
and GlobalAveragePooling1D/2D/3D.

(a) the oracle checked by hand on small cases (same-padding borders, the average's divisor, NaN);
(b) a declared table of cases compiled and compared with the oracle (``conftest.assert_close``);
(c) spec errors: each a SpecError naming the field;
(d) pooling inside graphs (residual Add, in-place Concatenate, squeeze-excitation Multiply);
(e) Keras 3 itself (marked ``keras``, skipped without it): a table and a hypothesis test comparing
    the oracle and the kernel with ``keras.layers.X(...)(x)``, and an ``import-keras`` round trip.
The kernel keeps channels innermost: channel counts around the vector widths (4, 8, 16 floats)
and primes are in the table.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest
import yaml
from conftest import assert_close, make_spec, run_both
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import convgen
from convgen import SpecError, parse_spec

ROOT = Path(__file__).resolve().parent.parent


def case(case_id: str, input_shape, batch: int = 1, **layer):
    return pytest.param(tuple(input_shape), batch, layer, id=case_id)


# ---------------------------------------------------------------- (a) the oracle by hand

def _ref(layer: dict, x: np.ndarray) -> np.ndarray:
    spec = make_spec(layer, x.shape[1:], batch=x.shape[0])
    return convgen.reference(spec, x, [])


def test_oracle_average_same_divides_by_real_inputs():
    # n=5, k=3, s=2, same: out 3, total padding 2, one before: windows [-1,1], [1,3], [3,5]
    x = np.arange(5.0).reshape(1, 5, 1)
    y = _ref(dict(type="AveragePooling1D", pool_size=3, strides=2, padding="same"), x)
    np.testing.assert_array_equal(y.ravel(), [(0 + 1) / 2, (1 + 2 + 3) / 3, (3 + 4) / 2])


def test_oracle_same_odd_padding_goes_after():
    # n=4, k=2, s=1, same: total 1, all after: windows [0,1], [1,2], [2,3], [3]
    x = np.array([1.0, -4.0, 2.0, 8.0]).reshape(1, 4, 1)
    layer = dict(pool_size=2, strides=1, padding="same")
    np.testing.assert_array_equal(_ref(dict(type="MaxPooling1D", **layer), x).ravel(),
                                  [1, 2, 8, 8])
    np.testing.assert_array_equal(_ref(dict(type="AveragePooling1D", **layer), x).ravel(),
                                  [-1.5, -1, 5, 8])


def test_oracle_max_ignores_padding_of_negative_inputs():
    # padding is not 0 for max: an all-negative border window keeps its negative maximum
    x = -np.arange(1.0, 10.0).reshape(1, 3, 3, 1)
    y = _ref(dict(type="MaxPooling2D", pool_size=2, strides=2, padding="same"), x)
    np.testing.assert_array_equal(y[0, :, :, 0], [[-1, -3], [-7, -9]])


def test_oracle_2d_valid_strides_default_to_pool_size():
    x = np.arange(24.0).reshape(1, 4, 6, 1)
    y = _ref(dict(type="AveragePooling2D", pool_size=[2, 3]), x)
    np.testing.assert_array_equal(y[0, :, :, 0], [[4, 7], [16, 19]])


def test_oracle_global_and_keepdims_channels_first():
    x = np.arange(12.0).reshape(1, 2, 2, 3)          # (C, H, W) = (2, 2, 3)
    y = _ref(dict(type="GlobalAveragePooling2D", data_format="channels_first"), x)
    np.testing.assert_array_equal(y, [[2.5, 8.5]])
    y = _ref(dict(type="GlobalMaxPooling2D", data_format="channels_first", keepdims=True), x)
    np.testing.assert_array_equal(y, np.array([5.0, 11.0]).reshape(1, 2, 1, 1))


def test_nan_in_a_max_window_gives_nan():
    """As Keras's torch backend computes it (max_pool and amax propagate NaN); the kernel too."""
    x = np.array([1.0, np.nan, 3.0, 4.0, np.nan, 2.0], np.float32).reshape(1, 6, 1)
    for layer, expected in ((dict(type="MaxPooling1D"), [np.nan, 4, np.nan]),
                            (dict(type="MaxPooling1D", pool_size=3), [np.nan, np.nan]),
                            (dict(type="GlobalMaxPooling1D"), [np.nan])):
        spec = make_spec(layer, (6, 1))
        np.testing.assert_array_equal(convgen.reference(spec, x, []).ravel(), expected)
        np.testing.assert_array_equal(convgen.compile(spec)(x, []).ravel(), expected)


# ---------------------------------------------------------------- (b) kernel vs oracle

CASES = [
    # --- MaxPooling / AveragePooling 1D (length, channels)
    # the defaults: pool 2, strides = pool, valid; odd length drops the last step
    case("max1d-default-odd", (9, 5), type="MaxPooling1D"),
    case("avg1d-k2-odd", (9, 5), type="AveragePooling1D", pool_size=2),
    # same with stride 2, k 3: padding 1 before, 1 after; border windows hold 2 inputs
    case("avg1d-same-k3-s2", (10, 3), type="AveragePooling1D", pool_size=3, strides=2,
         padding="same"),
    # same, stride > pool: no padding at all (total 0)
    case("avg1d-same-s3-k2", (7, 4), type="AveragePooling1D", pool_size=2, strides=3,
         padding="same"),
    # overlapping windows (stride 1), channels_first, batch 3
    case("max1d-cf-overlap-batch3", (6, 11), batch=3, type="MaxPooling1D", pool_size=4,
         strides=1, data_format="channels_first"),
    # same, stride 1, even pool: the odd padding element after; channels_first
    case("avg1d-cf-same-k4", (5, 9), type="AveragePooling1D", pool_size=4, strides=1,
         padding="same", data_format="channels_first"),
    # pool larger than the input with same: one window, all real inputs averaged
    case("avg1d-same-pool-over-input", (3, 2), type="AveragePooling1D", pool_size=7,
         padding="same"),

    # --- 2D (H, W, C): channels around the vector widths
    case("max2d-default-c3", (6, 8, 3), type="MaxPooling2D"),
    case("max2d-default-c4", (6, 8, 4), type="MaxPooling2D"),
    case("max2d-default-c7", (5, 7, 7), type="MaxPooling2D"),
    case("max2d-default-c8", (4, 6, 8), type="MaxPooling2D"),
    case("avg2d-k2-c9", (4, 6, 9), type="AveragePooling2D", pool_size=2),
    case("avg2d-k2-c15", (5, 4, 15), type="AveragePooling2D", pool_size=[2, 2]),
    case("max2d-default-c16", (4, 4, 16), type="MaxPooling2D"),
    case("max2d-default-c17-batch2", (5, 3, 17), batch=2, type="MaxPooling2D"),
    # non-square pool and strides, H != W
    case("max2d-valid-k2x3-s1x2", (7, 9, 4), type="MaxPooling2D", pool_size=[2, 3],
         strides=[1, 2]),
    # 3x3 stride 2 same (ResNet's stem pool), odd padding on one axis only
    case("max2d-same-k3-s2", (9, 10, 5), type="MaxPooling2D", pool_size=3, strides=2,
         padding="same"),
    case("avg2d-same-k3-s2", (9, 10, 5), type="AveragePooling2D", pool_size=3, strides=2,
         padding="same"),
    # same, stride 1: every border window partial, corners partial on both axes
    case("avg2d-same-k3-s1-borders", (5, 6, 2), type="AveragePooling2D", pool_size=3,
         strides=1, padding="same"),
    # same with mixed pool per axis, stride (2, 1)
    case("avg2d-same-k2x4-s2x1", (7, 5, 3), type="AveragePooling2D", pool_size=[2, 4],
         strides=[2, 1], padding="same"),
    # 'SAME' upper case, as Keras accepts
    case("max2d-same-uppercase", (5, 5, 2), type="MaxPooling2D", padding="SAME"),
    # channels_first, batch 2, both modes
    case("max2d-cf-batch2", (3, 6, 7), batch=2, type="MaxPooling2D", pool_size=[3, 2],
         data_format="channels_first"),
    case("avg2d-cf-same", (4, 5, 7), type="AveragePooling2D", pool_size=2, strides=[1, 2],
         padding="same", data_format="channels_first"),
    # pool 1: a strided copy
    case("max2d-pool1-s2", (5, 6, 3), type="MaxPooling2D", pool_size=1, strides=2),
    # a 1x1 output (pool = input)
    case("avg2d-whole", (3, 4, 6), type="AveragePooling2D", pool_size=[3, 4]),

    # --- 3D (D, H, W, C): a different size on every axis
    case("max3d-default", (4, 5, 6, 3), type="MaxPooling3D"),
    case("avg3d-k2-batch2", (2, 4, 6, 5), batch=2, type="AveragePooling3D", pool_size=2),
    case("avg3d-same-mixed", (3, 5, 4, 2), type="AveragePooling3D", pool_size=[2, 3, 1],
         strides=[1, 2, 3], padding="same"),
    case("max3d-cf-same", (3, 4, 5, 6), type="MaxPooling3D", pool_size=[3, 2, 2],
         strides=[2, 1, 2], padding="same", data_format="channels_first"),
    case("avg3d-cf-valid", (2, 5, 4, 6), type="AveragePooling3D", pool_size=[2, 1, 3],
         data_format="channels_first"),

    # --- global pooling, with and without keepdims, both formats
    case("gavg1d", (13, 5), type="GlobalAveragePooling1D"),
    case("gmax1d-cf-keepdims", (4, 9), type="GlobalMaxPooling1D", keepdims=True,
         data_format="channels_first"),
    case("gavg2d-c17-batch2", (5, 6, 17), batch=2, type="GlobalAveragePooling2D"),
    case("gavg2d-keepdims", (7, 7, 8), type="GlobalAveragePooling2D", keepdims=True),
    case("gmax2d-cf", (6, 4, 5), type="GlobalMaxPooling2D", data_format="channels_first"),
    case("gmax2d-1x1", (1, 1, 3), type="GlobalMaxPooling2D"),
    case("gavg3d-cf-keepdims", (3, 2, 4, 5), type="GlobalAveragePooling3D", keepdims=True,
         data_format="channels_first"),
    case("gmax3d-batch3", (3, 2, 4, 7), batch=3, type="GlobalMaxPooling3D"),
]


@pytest.mark.parametrize("input_shape,batch,layer", CASES)
def test_kernel_matches_oracle(input_shape, batch, layer):
    actual, expected = run_both(make_spec(layer, input_shape, batch))
    assert actual.shape == expected.shape
    assert_close(actual, expected)


def test_output_shapes_and_macs():
    spec = make_spec(dict(type="AveragePooling2D", pool_size=3, strides=2, padding="same"),
                     (6, 7, 5))
    node = spec.graph.nodes[0]
    assert node.output.shape == (3, 4, 5)      # ceil(6/2), ceil(7/2)
    # window elements read, real inputs only: rows 3+3+2, columns 2+3+3+2, 5 channels
    assert node.layer.macs((6, 7, 5)) == 8 * 10 * 5
    assert make_spec(dict(type="GlobalMaxPooling3D"), (2, 3, 4, 5)).output_shape == (5,)
    assert make_spec(dict(type="GlobalMaxPooling1D", keepdims=True,
                          data_format="channels_first"), (4, 9)).output_shape == (4, 1)


def test_channels_last_inner_loop_is_plain():
    """The channel loop reads contiguous floats (the loop GCC vectorises)."""
    from convgen.plan import make_plan
    from convgen.render import render
    spec = make_spec(dict(type="MaxPooling2D", pool_size=3, strides=2, padding="same"),
                     (9, 10, 8))
    source = render(make_plan(spec)).source
    assert "acc[c] = cg_max(acc[c], x[c]);" in source
    assert "* 1]" not in source and "+ 0]" not in source


# ---------------------------------------------------------------- (c) spec errors

def _pool_spec(*lines: str, type_: str = "MaxPooling2D", shape: str = "[8, 8, 3]") -> str:
    """Line 4 is the type, 5.. the arguments."""
    body = "".join(f"    {line}\n" for line in lines)
    return f"name: k\ninput_shape: {shape}\nlayers:\n  - type: {type_}\n{body}"


ERRORS = [
    # (id, text, field, substrings of the message)
    ("pool-size-zero", _pool_spec("pool_size: 0"), "pool_size", (">= 1", "0")),
    ("pool-size-negative", _pool_spec("pool_size: [2, -1]"), "pool_size", ("-1",)),
    ("pool-size-wrong-length", _pool_spec("pool_size: [2, 2, 2]"), "pool_size",
     ("list of 2 integers",)),
    ("pool-size-float", _pool_spec("pool_size: 2.5"), "pool_size", ("2.5",)),
    # AveragePooling has no default pool_size (MaxPooling's is 2)
    ("avg-pool-size-missing", _pool_spec(type_="AveragePooling2D"), "pool_size",
     ("required",)),
    ("strides-zero", _pool_spec("strides: 0"), "strides", (">= 1",)),
    ("strides-wrong-length", _pool_spec("strides: [1, 2]", type_="MaxPooling3D",
                                        shape="[4, 4, 4, 2]"), "strides", ("list of 3",)),
    ("padding-causal", _pool_spec("padding: causal", type_="MaxPooling1D", shape="[8, 3]"),
     "padding", ("causal", "valid, same")),
    ("padding-unknown", _pool_spec("padding: full"), "padding", ("'full'", "valid, same")),
    ("data-format-unknown", _pool_spec("data_format: nhwc"), "data_format",
     ("'nhwc'", "channels_last")),
    ("keepdims-not-bool", _pool_spec("keepdims: 1", type_="GlobalAveragePooling2D"),
     "keepdims", ("true or false",)),
    # global pooling has no window arguments
    ("global-pool-size", _pool_spec("pool_size: 2", type_="GlobalMaxPooling2D"), "pool_size",
     ("unknown argument", "data_format, keepdims")),
    # and windowed pooling no keepdims
    ("keepdims-on-windowed", _pool_spec("keepdims: true"), "keepdims", ("unknown argument",)),
    # valid padding on an input smaller than the pool
    ("pool-over-input", _pool_spec("pool_size: [3, 9]"), "pool_size", ("8x8x3", "3x9")),
    # rank mismatch: a 2-D pool on a 1-D input
    ("wrong-rank", _pool_spec(shape="[8, 3]"), None, ("rank 3",)),
]


@pytest.mark.parametrize("text,field,needles", [pytest.param(*e[1:], id=e[0]) for e in ERRORS])
def test_spec_errors(text, field, needles):
    with pytest.raises(SpecError) as info:
        parse_spec(text, source="bad.yaml")
    err = info.value
    expected = "layers[0]" + (f".{field}" if field else "")
    assert err.field == expected, str(err)
    for needle in needles:
        assert needle in str(err), (needle, str(err))


# ---------------------------------------------------------------- (d) graphs

GRAPHS = {
    # a residual block around an overlapping same max pool, then two pools of the sum into a
    # channel Concatenate (each written in place), then squeeze-excitation: a global average
    # with keepdims broadcast by Multiply
    "residual-concat-se": """
name: g
input_shape: [8, 10, 6]
batch: 2
layers:
  - {type: Conv2D, name: conv, filters: 6, kernel_size: 3, padding: same, activation: relu}
  - {type: MaxPooling2D, name: pool, pool_size: 3, strides: 1, padding: same}
  - {type: Add, name: sum, inputs: [pool, input]}
  - {type: AveragePooling2D, name: avg, pool_size: 2, inputs: [sum]}
  - {type: MaxPooling2D, name: max, pool_size: 2, inputs: [sum]}
  - {type: Concatenate, name: cat, inputs: [avg, max]}
  - {type: GlobalAveragePooling2D, name: squeeze, keepdims: true}
  - {type: Multiply, name: excite, inputs: [cat, squeeze]}
""",
    # channels_first: two global pools without keepdims concatenated (vectors of channels)
    "cf-global-concat": """
name: g
input_shape: [5, 7, 6]
layers:
  - {type: Conv2D, name: conv, filters: 4, kernel_size: 3, data_format: channels_first}
  - {type: GlobalMaxPooling2D, name: gmax, data_format: channels_first}
  - {type: GlobalAveragePooling2D, name: gavg, data_format: channels_first, inputs: [conv]}
  - {type: Concatenate, name: cat, inputs: [gmax, gavg]}
""",
}


@pytest.mark.parametrize("name", GRAPHS)
def test_graph_matches_oracle(name):
    spec = parse_spec(GRAPHS[name])
    actual, expected = run_both(spec, seed=5)
    assert_close(actual, expected)


def test_graph_pools_write_their_concatenate_slices_in_place():
    from convgen.plan import make_plan
    steps = make_plan(parse_spec(GRAPHS["residual-concat-se"])).steps
    assert "cat" not in [step.node.name for step in steps]    # no copy step


# ---------------------------------------------------------------- (e) Keras 3 itself

@pytest.fixture(scope="module")
def keras():
    return pytest.importorskip("keras", reason="Keras 3 (the conformance oracle) is not "
                                               "installed: pip install convgen[test]")


def _compare(x: np.ndarray, expected: np.ndarray, layer: dict) -> None:
    """The oracle and the kernel equal Keras's output ``expected`` on ``x``."""
    spec = make_spec(layer, x.shape[1:], x.shape[0])
    assert (x.shape[0], *spec.output_shape) == expected.shape
    assert_close(convgen.reference(spec, x, []), expected)
    assert_close(convgen.compile(spec)(x, []), expected)


def _matches_keras(keras, input_shape, batch, layer, x: np.ndarray) -> None:
    """The oracle and the kernel equal ``keras.layers.X(**args)(x)`` (torch backend)."""
    args = {k: v for k, v in layer.items() if k != "type"}
    expected = keras.ops.convert_to_numpy(getattr(keras.layers, layer["type"])(**args)(x))
    _compare(x, expected, layer)


def torch_differs(input_shape, layer) -> bool:
    """Whether Keras's torch backend computes this layer unlike its jax and TensorFlow ones.

    Keras 3.15's torch backend, when some axis of a ``same`` pooling has an odd total padding,
    pads every axis by *replicating the edge* and pools without padding, so AveragePooling
    averages copies of edge values there (max is unaffected). jax and TensorFlow divide by the
    number of real inputs, as convgen does: those cases are checked against the jax backend.
    """
    if not layer["type"].startswith("Average") or layer.get("padding", "valid").lower() != "same":
        return False
    last = layer.get("data_format", "channels_last") == "channels_last"
    spatial = input_shape[:-1] if last else input_shape[1:]
    rank = len(spatial)

    def per_axis(v):
        return [v] * rank if isinstance(v, int) else list(v)

    pool = per_axis(layer["pool_size"])
    strides = per_axis(layer.get("strides") or layer["pool_size"])
    return any(max((-(-n // s) - 1) * s + k - n, 0) % 2
               for n, k, s in zip(spatial, pool, strides))


def torch_refuses(input_shape, layer) -> bool:
    """Whether Keras 3.15's torch backend raises on this layer ("input image smaller than
    kernel"): a ``same`` AveragePooling3D whose pool is larger than the input along some
    axis. jax and TensorFlow compute it (as convgen does); Keras's other poolings run.
    Found by running every such layer of up to 4 per axis through Keras: exactly these fail."""
    if layer["type"] != "AveragePooling3D" or layer.get("padding", "valid").lower() != "same":
        return False
    last = layer.get("data_format", "channels_last") == "channels_last"
    spatial = input_shape[:-1] if last else input_shape[1:]
    pool = layer["pool_size"]
    pool = [pool] * 3 if isinstance(pool, int) else list(pool)
    return any(k > n for k, n in zip(pool, spatial))


# every case of the oracle table, plus Keras's own argument forms
KERAS_CASES = CASES + [
    # strides None is pool_size, pool_size a tuple of one for 1-D
    case("keras-strides-none", (9, 3), type="MaxPooling1D", pool_size=[3], strides=None),
    case("keras-avg-same-k2", (5, 7, 2), type="AveragePooling2D", pool_size=2, padding="same"),
    # odd total padding for max: the odd element after, nothing to average
    case("keras-max-same-odd", (6, 7, 3), type="MaxPooling2D", pool_size=[2, 3], strides=1,
         padding="same"),
]
TORCH_CASES = [p for p in KERAS_CASES if not torch_differs(p.values[0], p.values[2])]
JAX_CASES = [p for p in KERAS_CASES if torch_differs(p.values[0], p.values[2])] + [
    # cross-checks of the jax path itself: symmetric same padding, max with odd padding
    case("jax-avg-same-symmetric", (5, 6, 3), type="AveragePooling2D", pool_size=3, strides=1,
         padding="same"),
    case("jax-max-same-odd-cf", (2, 5, 6), type="MaxPooling2D", pool_size=[2, 3],
         padding="same", data_format="channels_first"),
    # a same 3-D average pool larger than the input, which Keras's torch backend refuses
    case("jax-avg3d-same-pool-beyond-input", (2, 1, 3, 2), type="AveragePooling3D",
         pool_size=[1, 4, 2], strides=[1, 2, 1], padding="same"),
]


def test_every_keras_case_has_a_backend():
    assert {p.id for p in KERAS_CASES} <= {p.id for p in TORCH_CASES + JAX_CASES}
    # n=10, k=3, s=2: total padding 1 (odd); n=9: total 2, one each side
    avg = dict(type="AveragePooling1D", pool_size=3, strides=2, padding="same")
    assert torch_differs((10, 3), avg) and not torch_differs((9, 3), avg)
    assert not torch_differs((10, 3), dict(avg, type="MaxPooling1D"))


def _input(case_id: str, input_shape, batch) -> np.ndarray:
    rng = np.random.default_rng(zlib.crc32(case_id.encode()))
    return rng.uniform(-1, 1, (batch, *input_shape)).astype(np.float32)


@pytest.mark.keras
@pytest.mark.parametrize("input_shape,batch,layer", TORCH_CASES)
def test_matches_keras(request, keras, input_shape, batch, layer):
    _matches_keras(keras, input_shape, batch, layer,
                   _input(request.node.callspec.id, input_shape, batch))


# Runs in a subprocess with KERAS_BACKEND=jax: reads the cases (JSON) and their inputs (.npz),
# writes Keras's outputs (.npz) under the same keys.
_JAX_SCRIPT = r"""
import json, sys
import numpy as np
import keras
if keras.backend.backend() != "jax":
    raise SystemExit(f"expected the jax backend, got {keras.backend.backend()}")
cases = json.load(open(sys.argv[1]))
inputs = np.load(sys.argv[2])
out = {}
for key, layer in cases.items():
    layer = dict(layer)
    out[key] = keras.ops.convert_to_numpy(getattr(keras.layers, layer.pop("type"))(**layer)(
        inputs[key]))
np.savez(sys.argv[3], **out)
"""


@pytest.fixture(scope="module")
def jax_outputs(keras, tmp_path_factory):
    """Keras's outputs (jax backend) for every JAX_CASES id, from one subprocess."""
    if importlib.util.find_spec("jax") is None:
        pytest.skip("jax is not installed: Keras's jax backend is the reference for same "
                    "average pooling with odd padding")
    tmp = tmp_path_factory.mktemp("keras_jax_pool")
    cases = {p.id: p.values[2] for p in JAX_CASES}
    (tmp / "cases.json").write_text(json.dumps(cases))
    np.savez(tmp / "inputs.npz", **{p.id: _input(p.id, p.values[0], p.values[1])
                                    for p in JAX_CASES})
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    proc = subprocess.run([sys.executable, "-c", _JAX_SCRIPT, str(tmp / "cases.json"),
                           str(tmp / "inputs.npz"), str(tmp / "outputs.npz")],
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    with np.load(tmp / "outputs.npz") as data:
        return {key: data[key] for key in cases}


@pytest.mark.keras
@pytest.mark.parametrize("input_shape,batch,layer", JAX_CASES)
def test_matches_keras_jax(request, jax_outputs, input_shape, batch, layer):
    case_id = request.node.callspec.id
    _compare(_input(case_id, input_shape, batch), jax_outputs[case_id], layer)


@st.composite
def pooling_layers(draw):
    rank = draw(st.integers(1, 3))
    fmt = draw(st.sampled_from(["channels_last", "channels_first"]))
    channels = draw(st.integers(1, 9))
    spatial = [draw(st.integers(1, 7)) for _ in range(rank)]
    kind = draw(st.sampled_from(["Max", "Average", "GlobalMax", "GlobalAverage"]))
    layer = dict(type=f"{kind}Pooling{rank}D", data_format=fmt)
    if kind.startswith("Global"):
        layer["keepdims"] = draw(st.booleans())
    else:
        padding = draw(st.sampled_from(["valid", "same"]))
        # valid needs the pool to fit the input
        pool = [draw(st.integers(1, n if padding == "valid" else 4)) for n in spatial]
        layer.update(pool_size=pool, padding=padding,
                     strides=draw(st.one_of(st.none(), st.lists(st.integers(1, 3),
                                                                min_size=rank, max_size=rank))))
    shape = (*spatial, channels) if fmt == "channels_last" else (channels, *spatial)
    return shape, draw(st.integers(1, 2)), layer


@pytest.mark.keras
@settings(max_examples=15, deadline=None)
@given(drawn=pooling_layers(), seed=st.integers(0, 2**16))
def test_random_layers_match_keras(keras, drawn, seed):
    input_shape, batch, layer = drawn
    assume(not torch_differs(input_shape, layer))    # the jax table covers those
    assume(not torch_refuses(input_shape, layer))
    x = np.random.default_rng(seed).uniform(-1, 1, (batch, *input_shape)).astype(np.float32)
    _matches_keras(keras, input_shape, batch, layer, x)


@pytest.mark.keras
def test_import_keras_round_trip(keras, tmp_path):
    """A Sequential CNN with pooling, saved, imported by ``convgen import-keras``, compiled and
    compared with ``model.predict``; ``from_keras`` gives the same spec."""
    L = keras.layers
    model = keras.Sequential([
        keras.Input((12, 10, 3)),
        L.Conv2D(8, 3, padding="same", activation="relu"),
        L.MaxPooling2D(),
        L.AveragePooling2D(3, strides=1, padding="same"),
        L.Conv2D(6, 3, data_format="channels_first"),
        L.MaxPooling2D((2, 1), data_format="channels_first"),
        L.GlobalAveragePooling2D(data_format="channels_first", keepdims=True),
        L.Conv2D(5, 1, data_format="channels_first", activation="sigmoid"),
        L.GlobalMaxPooling2D(data_format="channels_first"),
    ], name="pool_net")
    rng = np.random.default_rng(11)
    model.set_weights([rng.standard_normal(w.shape).astype(np.float32) * 0.3
                       for w in model.get_weights()])
    model.save(tmp_path / "pool_net.keras")
    out = tmp_path / "pool_net.yaml"
    env = dict(os.environ, PYTHONPATH=str(ROOT), KERAS_BACKEND="torch")
    proc = subprocess.run([sys.executable, "-m", "convgen", "import-keras",
                           str(tmp_path / "pool_net.keras"), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    raw = yaml.safe_load(out.read_text())
    types = [layer["type"] for layer in raw["layers"]]
    assert types[1:] == ["MaxPooling2D", "AveragePooling2D", "Conv2D", "MaxPooling2D",
                         "GlobalAveragePooling2D", "Conv2D", "GlobalMaxPooling2D"]
    assert raw["layers"][1] == {"type": "MaxPooling2D"}     # Keras's defaults left out
    spec = convgen.load_spec(out)
    x = rng.standard_normal((1, 12, 10, 3)).astype(np.float32)
    expected = model.predict(x, verbose=0)
    assert_close(convgen.compile(spec)(x), expected)
    api = convgen.from_keras(model)
    assert [n.layer for n in api.graph.nodes] == [n.layer for n in spec.graph.nodes]
