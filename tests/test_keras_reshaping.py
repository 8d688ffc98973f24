"""Conformance of the reshaping layers against Keras 3 itself.

Cropping1D/2D/3D, ZeroPadding1D/2D/3D and UpSampling1D/2D/3D are built in Keras (from the
spec's own layer mapping) and in convgen; the NumPy oracle and the compiled kernel must both
match Keras within the suite's one tolerance (``assert_matches_keras``). Every argument form
is covered: an int, one int per axis (symmetric), ``[before, after]`` pairs per axis, entries
mixing ints and pairs, and the defaults; channels_first for the 2D/3D layers, batch > 1 and
axes of size 1.

UpSampling2D's ``nearest`` and ``bilinear`` are checked against Keras's torch backend, which
computes them as every backend does. ``bicubic`` is not: PyTorch's bicubic uses ``a = -0.75``
where Keras's jax and TensorFlow backends use ``a = -0.5``, and the torch backend refuses
``lanczos3``/``lanczos5``. convgen follows jax/TensorFlow, so those methods are checked
against Keras with ``KERAS_BACKEND=jax``, run once in a subprocess for all of them (the Keras
backend is fixed per process).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest

import convgen

keras = pytest.importorskip(
    "keras", reason="Keras 3 (the conformance oracle) is not installed: pip install convgen[test]")

from test_keras_conformance import (  # noqa: E402  (after the skip above)
    X_RANGE,
    _c_name,
    _seed,
    _spec,
    assert_matches_keras,
    run_case,
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
]


def case(case_id: str, input_shape, batch: int = 1, marks=(), **layer):
    return pytest.param(tuple(input_shape), batch, layer, id=case_id, marks=marks)


# ---------------------------------------------------------------- Cropping

CROPPING_CASES = [
    # --- Cropping1D (input: steps, features); no data_format
    # default (1, 1)
    case("crop1d-default", (7, 3), type="Cropping1D"),
    # an int: both ends
    case("crop1d-int", (9, 4), type="Cropping1D", cropping=2),
    # (begin, end) pairs, each side alone
    case("crop1d-pair-0-3", (8, 2), type="Cropping1D", cropping=[0, 3]),
    case("crop1d-pair-2-0-batch2", (8, 3), batch=2, type="Cropping1D", cropping=[2, 0]),
    # nothing cropped
    case("crop1d-zero", (5, 3), type="Cropping1D", cropping=0),
    # leaves one step; a single feature
    case("crop1d-leaves-1", (5, 3), type="Cropping1D", cropping=[2, 2]),
    case("crop1d-one-feature", (6, 1), type="Cropping1D", cropping=[1, 2]),

    # --- Cropping2D (input: H, W, C)
    # default: nothing cropped
    case("crop2d-default", (4, 5, 3), type="Cropping2D"),
    # an int: every side
    case("crop2d-int", (5, 7, 3), type="Cropping2D", cropping=1),
    # one int per axis, symmetric
    case("crop2d-per-axis", (6, 9, 2), type="Cropping2D", cropping=[1, 3]),
    # (top, bottom), (left, right)
    case("crop2d-pairs", (7, 8, 3), type="Cropping2D", cropping=[[1, 0], [2, 3]]),
    # mixed: an int for H, a pair for W, and the other way round
    case("crop2d-mixed-int-pair", (5, 6, 2), type="Cropping2D", cropping=[1, [0, 2]]),
    case("crop2d-mixed-pair-int", (6, 7, 4), type="Cropping2D", cropping=[[2, 1], 0]),
    # channels_first: input (C, H, W)
    case("crop2d-cf-pairs", (3, 6, 7), type="Cropping2D", cropping=[[0, 2], [1, 1]],
         data_format="channels_first"),
    case("crop2d-cf-int-batch2", (2, 5, 6), batch=2, type="Cropping2D", cropping=1,
         data_format="channels_first"),
    case("crop2d-cf-mixed", (4, 6, 5), type="Cropping2D", cropping=[2, [3, 0]],
         data_format="channels_first"),
    # explicit channels_last, batch 3
    case("crop2d-cl-explicit-batch3", (5, 6, 2), batch=3, type="Cropping2D",
         cropping=[[0, 1], [1, 0]], data_format="channels_last"),
    # leaves 1x1; axes of size 1
    case("crop2d-leaves-1x1", (3, 4, 2), type="Cropping2D", cropping=[[1, 1], [2, 1]]),
    case("crop2d-size-1-axes", (1, 5, 1), type="Cropping2D", cropping=[[0, 0], [1, 3]]),

    # --- Cropping3D (input: D, H, W, C)
    # default ((1, 1), (1, 1), (1, 1))
    case("crop3d-default", (4, 5, 6, 2), type="Cropping3D"),
    # an int: every side
    case("crop3d-int", (5, 6, 7, 2), type="Cropping3D", cropping=2),
    # one int per axis, symmetric
    case("crop3d-per-axis", (3, 5, 8, 2), type="Cropping3D", cropping=[0, 1, 2]),
    # pairs per axis
    case("crop3d-pairs", (4, 5, 6, 3), type="Cropping3D", cropping=[[1, 0], [0, 2], [2, 1]]),
    # mixed ints and pairs
    case("crop3d-mixed", (4, 6, 5, 2), type="Cropping3D", cropping=[1, [0, 2], 0]),
    # channels_first: input (C, D, H, W), batch 2
    case("crop3d-cf-pairs-batch2", (2, 4, 5, 6), batch=2, type="Cropping3D",
         cropping=[[0, 1], [2, 0], [1, 3]], data_format="channels_first"),
    case("crop3d-cf-default", (3, 3, 4, 5), type="Cropping3D", data_format="channels_first"),
    # leaves size 1 on two axes; one channel
    case("crop3d-leaves-1", (3, 2, 5, 1), type="Cropping3D", cropping=[[1, 1], 0, [2, 2]]),
]


# ---------------------------------------------------------------- ZeroPadding

PADDING_CASES = [
    # --- ZeroPadding1D (input: steps, features)
    # default 1 on both ends
    case("pad1d-default", (5, 3), type="ZeroPadding1D"),
    case("pad1d-int", (4, 2), type="ZeroPadding1D", padding=2),
    case("pad1d-pair-0-3", (6, 3), type="ZeroPadding1D", padding=[0, 3]),
    case("pad1d-pair-2-0-batch2", (5, 4), batch=2, type="ZeroPadding1D", padding=[2, 0]),
    case("pad1d-zero", (5, 3), type="ZeroPadding1D", padding=0),
    # a single step and a single feature
    case("pad1d-length-1", (1, 2), type="ZeroPadding1D", padding=[1, 2]),
    case("pad1d-one-feature", (4, 1), type="ZeroPadding1D", padding=[3, 1]),

    # --- ZeroPadding2D (input: H, W, C)
    # default (1, 1)
    case("pad2d-default", (4, 5, 3), type="ZeroPadding2D"),
    case("pad2d-int", (3, 4, 2), type="ZeroPadding2D", padding=2),
    case("pad2d-per-axis", (4, 3, 2), type="ZeroPadding2D", padding=[1, 3]),
    case("pad2d-pairs", (5, 4, 3), type="ZeroPadding2D", padding=[[0, 2], [3, 1]]),
    case("pad2d-mixed-pair-int", (3, 5, 2), type="ZeroPadding2D", padding=[[1, 0], 2]),
    case("pad2d-mixed-int-pair", (4, 4, 3), type="ZeroPadding2D", padding=[0, [2, 1]]),
    # channels_first: input (C, H, W)
    case("pad2d-cf-pairs-batch2", (3, 4, 5), batch=2, type="ZeroPadding2D",
         padding=[[2, 0], [1, 3]], data_format="channels_first"),
    case("pad2d-cf-mixed", (2, 3, 6), type="ZeroPadding2D", padding=[1, [0, 2]],
         data_format="channels_first"),
    case("pad2d-cf-default", (4, 3, 5), type="ZeroPadding2D", data_format="channels_first"),
    # a 1x1 input
    # the default again, on a shape with an odd number of rows
    case("pad2d-default-7x6x1", (7, 6, 1), type="ZeroPadding2D"),
    case("pad2d-1x1", (1, 1, 2), type="ZeroPadding2D", padding=[[1, 0], [0, 2]]),
    case("pad2d-zero", (2, 3, 4), type="ZeroPadding2D", padding=0),

    # --- ZeroPadding3D (input: D, H, W, C)
    # default ((1, 1), (1, 1), (1, 1))
    case("pad3d-default", (2, 3, 4, 2), type="ZeroPadding3D"),
    case("pad3d-int", (2, 3, 2, 3), type="ZeroPadding3D", padding=2),
    case("pad3d-per-axis", (3, 2, 4, 2), type="ZeroPadding3D", padding=[0, 1, 2]),
    case("pad3d-pairs", (2, 4, 3, 2), type="ZeroPadding3D", padding=[[1, 0], [0, 2], [2, 1]]),
    case("pad3d-mixed", (3, 3, 2, 1), type="ZeroPadding3D", padding=[[1, 2], 0, [0, 1]]),
    # channels_first: input (C, D, H, W), batch 2
    case("pad3d-cf-pairs-batch2", (2, 3, 2, 4), batch=2, type="ZeroPadding3D",
         padding=[[0, 1], [2, 0], [1, 1]], data_format="channels_first"),
    case("pad3d-cf-mixed", (3, 2, 3, 2), type="ZeroPadding3D", padding=[1, [0, 2], 0],
         data_format="channels_first"),
    # a 1x1x1 input with one channel
    case("pad3d-1x1x1", (1, 1, 1, 1), type="ZeroPadding3D", padding=[[0, 1], [1, 0], [1, 1]]),
]


# ---------------------------------------------------------------- UpSampling (torch backend)

UPSAMPLING_CASES = [
    # --- UpSampling1D (input: steps, features); no data_format
    case("up1d-default", (5, 3), type="UpSampling1D"),
    case("up1d-size3-batch2", (4, 2), batch=2, type="UpSampling1D", size=3),
    case("up1d-size1", (4, 3), type="UpSampling1D", size=1),
    case("up1d-length-1", (1, 4), type="UpSampling1D", size=3),

    # --- UpSampling2D nearest (input: H, W, C)
    case("up2d-default", (4, 5, 3), type="UpSampling2D"),
    case("up2d-int3", (3, 4, 2), type="UpSampling2D", size=3),
    case("up2d-per-axis-2-3", (4, 3, 2), type="UpSampling2D", size=[2, 3]),
    case("up2d-per-axis-1-2", (3, 5, 2), type="UpSampling2D", size=[1, 2],
         interpolation="nearest"),
    case("up2d-cf-3-1", (2, 3, 4), type="UpSampling2D", size=[3, 1],
         data_format="channels_first"),
    case("up2d-cf-default-batch2", (3, 2, 4), batch=2, type="UpSampling2D",
         data_format="channels_first"),
    case("up2d-1x1", (1, 1, 3), type="UpSampling2D", size=[2, 3]),
    # interpolation names are case-insensitive in Keras and convgen
    case("up2d-nearest-uppercase", (3, 4, 2), type="UpSampling2D", size=2,
         interpolation="NEAREST"),

    # --- UpSampling2D bilinear: half-pixel centres, edges clamp
    case("up2d-bilinear-default-size", (4, 5, 3), type="UpSampling2D",
         interpolation="bilinear"),
    case("up2d-bilinear-2-3", (5, 4, 2), type="UpSampling2D", size=[2, 3],
         interpolation="bilinear"),
    case("up2d-bilinear-3-1", (4, 6, 2), type="UpSampling2D", size=[3, 1],
         interpolation="bilinear"),
    case("up2d-bilinear-size1", (3, 4, 2), type="UpSampling2D", size=1,
         interpolation="bilinear"),
    case("up2d-bilinear-size4", (3, 2, 1), type="UpSampling2D", size=4,
         interpolation="bilinear"),
    case("up2d-bilinear-cf-2-3-batch2", (3, 4, 5), batch=2, type="UpSampling2D", size=[2, 3],
         interpolation="bilinear", data_format="channels_first"),
    case("up2d-bilinear-cf-default", (2, 5, 3), type="UpSampling2D",
         interpolation="bilinear", data_format="channels_first"),
    # a 1x1 input: every output pixel is the input pixel; a single row
    case("up2d-bilinear-1x1", (1, 1, 3), type="UpSampling2D", size=[3, 2],
         interpolation="bilinear"),
    case("up2d-bilinear-one-row", (1, 6, 2), type="UpSampling2D", size=[2, 3],
         interpolation="bilinear"),
    case("up2d-bilinear-mixed-case", (3, 3, 2), type="UpSampling2D", size=2,
         interpolation="Bilinear"),

    # --- UpSampling3D (input: D, H, W, C)
    case("up3d-default", (3, 4, 5, 2), type="UpSampling3D"),
    case("up3d-int3", (2, 2, 3, 1), type="UpSampling3D", size=3),
    case("up3d-per-axis-1-2-3", (3, 2, 4, 2), type="UpSampling3D", size=[1, 2, 3]),
    case("up3d-cf-2-1-3-batch2", (2, 3, 4, 2), batch=2, type="UpSampling3D", size=[2, 1, 3],
         data_format="channels_first"),
    case("up3d-1x1x1", (1, 1, 1, 3), type="UpSampling3D", size=[2, 3, 1]),
]


@pytest.mark.parametrize("input_shape, batch, layer", CROPPING_CASES)
def test_cropping_matches_keras(request, input_shape, batch, layer):
    run_case(request.node.callspec.id, input_shape, layer, batch)


@pytest.mark.parametrize("input_shape, batch, layer", PADDING_CASES)
def test_zero_padding_matches_keras(request, input_shape, batch, layer):
    run_case(request.node.callspec.id, input_shape, layer, batch)


@pytest.mark.parametrize("input_shape, batch, layer", UPSAMPLING_CASES)
def test_upsampling_matches_keras(request, input_shape, batch, layer):
    run_case(request.node.callspec.id, input_shape, layer, batch)


# Keras 3.15's ZeroPadding1D takes data_format (channels_first pads axis 2).
@pytest.mark.parametrize("data_format", ["channels_first", "channels_last"])
def test_zero_padding1d_data_format_matches_keras(data_format):
    run_case(f"pad1d-{data_format}", (3, 5), dict(type="ZeroPadding1D", padding=[1, 2],
                                                  data_format=data_format), batch=2)


# ---------------------------------------------------------------- bicubic and Lanczos (jax)

# The methods Keras's torch backend does not compute as jax/TensorFlow do; nearest and
# bilinear ride along as a cross-check of the jax path itself.
JAX_METHODS = ("bicubic", "lanczos3", "lanczos5")

JAX_CASES = []
for _m in JAX_METHODS:
    JAX_CASES += [
        # channels_last, a different factor per axis
        case(f"{_m}-2-3", (5, 6, 3), type="UpSampling2D", size=[2, 3], interpolation=_m),
        # default size (2, 2)
        case(f"{_m}-default-size", (4, 3, 2), type="UpSampling2D", interpolation=_m),
        # channels_first, batch 2
        case(f"{_m}-cf-batch2", (3, 4, 5), batch=2, type="UpSampling2D", size=2,
             interpolation=_m, data_format="channels_first"),
        case(f"{_m}-cf-3-1", (2, 5, 4), type="UpSampling2D", size=[3, 1], interpolation=_m,
             data_format="channels_first"),
        # size 1: the identity
        case(f"{_m}-size1", (3, 4, 2), type="UpSampling2D", size=1, interpolation=_m),
        # a kernel far wider than the input: weights normalised over the pixels that exist
        case(f"{_m}-size4-small", (3, 2, 1), type="UpSampling2D", size=4, interpolation=_m),
        # a 1x1 input and a single row
        case(f"{_m}-1x1", (1, 1, 2), type="UpSampling2D", size=[3, 2], interpolation=_m),
        case(f"{_m}-one-row", (1, 6, 2), type="UpSampling2D", size=[2, 2], interpolation=_m),
    ]
JAX_CASES += [
    # the name is case-insensitive
    case("bicubic-uppercase", (4, 4, 2), type="UpSampling2D", size=2, interpolation="BICUBIC"),
    case("lanczos3-mixed-case", (4, 5, 1), type="UpSampling2D", size=[2, 3],
         interpolation="Lanczos3"),
    # cross-checks: nearest and bilinear as the jax backend computes them
    case("jax-bilinear-cf", (2, 4, 5), batch=2, type="UpSampling2D", size=[3, 2],
         interpolation="bilinear", data_format="channels_first"),
    case("jax-nearest", (3, 4, 2), type="UpSampling2D", size=[2, 3]),
]


def _random_jax_cases(n: int, seed: int = 20240611):
    """Seeded random UpSampling2D configurations for the one jax subprocess."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        method = JAX_METHODS[k % len(JAX_METHODS)]
        fmt = ["channels_last", "channels_first"][int(rng.integers(2))]
        h, w, c = (int(v) for v in rng.integers(1, [8, 8, 4], endpoint=True))
        size = [int(v) for v in rng.integers(1, 4, size=2, endpoint=True)]
        shape = (h, w, c) if fmt == "channels_last" else (c, h, w)
        out.append(case(f"random-{k}-{method}", shape, batch=int(rng.integers(1, 2,
                                                                              endpoint=True)),
                        type="UpSampling2D", size=size, interpolation=method, data_format=fmt))
    return out


JAX_CASES += _random_jax_cases(15)

# Runs in a subprocess with KERAS_BACKEND=jax: reads the cases (JSON) and their inputs (.npz),
# writes Keras's outputs (.npz) under the same keys.
_JAX_SCRIPT = r"""
import json, sys
import numpy as np
import keras
backend = keras.backend.backend()
if backend != "jax":
    raise SystemExit(f"expected the jax backend, got {backend}")
cases = json.load(open(sys.argv[1]))
inputs = np.load(sys.argv[2])
out = {}
for c in cases:
    layer = dict(c["layer"])
    klayer = getattr(keras.layers, layer.pop("type"))(**layer)
    out[c["key"]] = keras.ops.convert_to_numpy(klayer(inputs[c["key"]]))
np.savez(sys.argv[3], **out)
"""


def _case_values(param):
    input_shape, batch, layer = param.values
    return param.id, input_shape, batch, layer


def _jax_input(case_id, input_shape, batch):
    rng = np.random.default_rng(_seed(case_id))
    return rng.uniform(-X_RANGE, X_RANGE, size=(batch, *input_shape)).astype(np.float32)


@pytest.fixture(scope="module")
def jax_outputs(tmp_path_factory):
    """Keras's outputs (jax backend) for every JAX_CASES id, from ONE subprocess."""
    if importlib.util.find_spec("jax") is None:
        pytest.skip("jax is not installed: Keras's jax backend is the reference for bicubic "
                    "and Lanczos (pip install convgen[test])")
    tmp = tmp_path_factory.mktemp("keras_jax")
    cases, inputs = [], {}
    for param in JAX_CASES:
        case_id, input_shape, batch, layer = _case_values(param)
        key = f"c{len(cases)}"
        cases.append({"key": key, "id": case_id, "layer": layer})
        inputs[key] = _jax_input(case_id, input_shape, batch)
    (tmp / "cases.json").write_text(json.dumps(cases))
    np.savez(tmp / "inputs.npz", **inputs)
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    proc = subprocess.run(
        [sys.executable, "-c", _JAX_SCRIPT, str(tmp / "cases.json"), str(tmp / "inputs.npz"),
         str(tmp / "outputs.npz")],
        env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise AssertionError(f"the Keras (jax backend) subprocess failed with status "
                             f"{proc.returncode}:\n{proc.stderr[-4000:]}")
    with np.load(tmp / "outputs.npz") as data:
        return {c["id"]: data[c["key"]] for c in cases}


@pytest.mark.parametrize("input_shape, batch, layer", JAX_CASES)
def test_interpolation_matches_keras_jax(request, jax_outputs, input_shape, batch, layer):
    case_id = request.node.callspec.id
    x = _jax_input(case_id, input_shape, batch)
    expected = jax_outputs[case_id]
    spec = _spec(_c_name(case_id), input_shape, batch, layer)
    assert (batch, *spec.output_shape) == expected.shape, (
        f"{case_id}: spec output shape {spec.output_shape}, Keras gives {expected.shape[1:]}")
    assert_matches_keras(convgen.reference(spec, x, []), expected, f"{case_id} reference")
    assert_matches_keras(convgen.compile(spec)(x, []), expected, f"{case_id} kernel")


def test_jax_cases_cover_every_method():
    methods = {p.values[2].get("interpolation", "nearest").lower() for p in JAX_CASES}
    assert set(JAX_METHODS) <= methods


# ---------------------------------------------------------------- random configurations

if st is not None:
    @st.composite
    def _amounts(draw, rank: int, sizes=None):
        """A Cropping/ZeroPadding argument in a random Keras form, and its (before, after)
        pairs. With ``sizes``, a cropping that leaves at least one element per axis."""
        def pair(axis):
            if sizes is None:
                return draw(st.integers(0, 3)), draw(st.integers(0, 3))
            before = draw(st.integers(0, sizes[axis] - 1))
            return before, draw(st.integers(0, sizes[axis] - 1 - before))

        form = draw(st.sampled_from(["default", "int", "pairs"] if rank == 1 else
                                    ["default", "int", "per_axis", "pairs", "mixed"]))
        if form == "default":
            return None
        if form == "int":
            limit = 3 if sizes is None else (min(sizes) - 1) // 2
            return draw(st.integers(0, limit))
        if rank == 1:
            return list(pair(0))
        if form == "per_axis":
            return [draw(st.integers(0, 3 if sizes is None else (sizes[a] - 1) // 2))
                    for a in range(rank)]
        out = []
        for axis in range(rank):
            b, a = pair(axis)
            if form == "mixed" and draw(st.booleans()):
                out.append(min(b, a))   # symmetric: min keeps a cropping valid
            else:
                out.append([b, a])
        return out

    @st.composite
    def reshaping_configs(draw):
        """(input_shape, batch, layer): a random valid Cropping/ZeroPadding/UpSampling."""
        kind = draw(st.sampled_from(["Cropping", "ZeroPadding", "UpSampling"]))
        rank = draw(st.integers(1, 3))
        extra = 6 if rank < 3 else 3
        spatial = [draw(st.integers(1, 1 + extra)) for _ in range(rank)]
        channels = draw(st.integers(1, 4))
        layer = {"type": f"{kind}{rank}D"}
        fmt = "channels_last"
        if rank > 1:
            fmt = draw(st.sampled_from(["channels_last", "channels_first", None]))
            if fmt is not None:
                layer["data_format"] = fmt
        if kind == "Cropping":
            default = [1] * rank if rank != 2 else [0, 0]   # Keras's defaults, symmetric
            spatial = [max(n, 2 * d + 1) for n, d in zip(spatial, default)]
            value = draw(_amounts(rank, spatial))
            if value is not None:
                layer["cropping"] = value
        elif kind == "ZeroPadding":
            value = draw(_amounts(rank))
            if value is not None:
                layer["padding"] = value
        else:
            if draw(st.booleans()):   # Keras's UpSampling1D takes an int only
                layer["size"] = (draw(st.integers(1, 3)) if rank == 1 or draw(st.booleans())
                                 else [draw(st.integers(1, 3)) for _ in range(rank)])
            if rank == 2 and draw(st.booleans()):
                layer["interpolation"] = draw(st.sampled_from(["nearest", "bilinear"]))
        shape = (spatial + [channels] if fmt in ("channels_last", None)
                 else [channels] + spatial)
        return tuple(shape), draw(st.integers(1, 2)), layer

    @settings(max_examples=25, deadline=None, database=None)
    @given(config=reshaping_configs(), seed=st.integers(0, 2**32 - 1))
    def test_random_reshaping_matches_keras(config, seed):
        input_shape, batch, layer = config
        run_case("random", input_shape, layer, batch, seed=seed)
else:
    @pytest.mark.skip(reason="hypothesis is not installed")
    def test_random_reshaping_matches_keras():
        pass
