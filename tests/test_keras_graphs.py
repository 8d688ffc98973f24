"""Functional Keras 3 models that are graphs (issue 12) through ``convgen.from_keras``.

Each model is built with Keras, given seeded random weights (non-zero biases), imported,
compiled and run; the kernel and the NumPy oracle must both agree with Keras itself within
the suite's one tolerance, ``max|out - keras| <= 1e-4 * max(1, max|keras|)``
(:func:`convgen.verify.compare`). The imported weights must be ``model.get_weights()``,
array for array: the spec's layer order is ``model.layers``'s.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "torch")   # must precede the first import of keras

import numpy as np
import pytest

import convgen
from convgen.verify import compare

keras = pytest.importorskip(
    "keras", reason="Keras 3 is not installed (optional): pip install 'convgen[keras]'")
from convgen import keras_import  # noqa: E402  (after the skip above)

try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:   # the hand-written cases still run
    st = None

pytestmark = [
    pytest.mark.keras,
    # Keras's torch backend calls np.array(tensor, copy=False): noise, not convgen's concern.
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]

L = keras.layers


# ---------------------------------------------------------------- running one model

def randomise(model, seed: int):
    """Kernels normal / sqrt(fan-in), biases normal * 0.3: O(1) values, every weight counts."""
    rng = np.random.default_rng(seed)
    model.set_weights([(rng.standard_normal(w.shape) * (0.3 if w.ndim == 1 else
                                                        1 / np.sqrt(np.prod(w.shape[:-1]))))
                       .astype(np.float32) for w in model.get_weights()])
    return model


def keras_output(model, x: np.ndarray) -> np.ndarray:
    return np.asarray(keras.ops.convert_to_numpy(model(x, training=False)), np.float64)


def assert_agrees(actual, keras_out, what: str) -> None:
    c = compare(actual, keras_out)
    assert c.passed, (f"{what}: max|diff| {c.max_abs:.3g} at {c.where} (relative "
                      f"{c.max_rel:.3g} > 1e-4), {c.nonfinite_mismatch} non-finite mismatches")


def check_model(model, seed: int = 0):
    """Import ``model``, compile it, and compare kernel and oracle with Keras; the spec."""
    spec = convgen.from_keras(model)
    expected = model.get_weights()
    assert spec.weights is not None and len(spec.weights) == len(expected)
    for got, want in zip(spec.weights, expected):
        np.testing.assert_array_equal(got, want)   # model.get_weights() order, unchanged
    x = np.random.default_rng(seed).standard_normal(
        (spec.batch, *spec.input_shape)).astype(np.float32)
    want = keras_output(model, x)
    assert_agrees(convgen.compile(spec)(x), want, f"{spec.name}: kernel vs Keras")
    assert_agrees(convgen.reference(spec, x), want, f"{spec.name}: oracle vs Keras")
    return spec


# ---------------------------------------------------------------- hand-written graphs

def residual():
    """Conv, conv, Add with the model input, then a layer that reads the Add (no inputs)."""
    x = keras.Input((9, 7, 6))
    y = L.Conv2D(6, 3, padding="same", activation="relu", name="c1")(x)
    y = L.Conv2D(6, 3, padding="same", name="c2")(y)
    y = L.Add(name="sum")([x, y])
    y = L.Conv2D(4, 1)(y)
    return keras.Model(x, y, name="resblock")


def gated_1d():
    """WaveNet's gate: tanh and sigmoid Conv1D branches multiplied, 1x1 conv, Add skip."""
    x = keras.Input((20, 8))
    t = L.Conv1D(8, 3, padding="causal", dilation_rate=2, activation="tanh")(x)
    s = L.Conv1D(8, 3, padding="causal", dilation_rate=2, activation="sigmoid")(x)
    y = L.Multiply()([t, s])
    y = L.Conv1D(8, 1)(y)
    y = L.Add()([x, y])
    return keras.Model(x, y, name="gated")


def unet():
    """Two levels down (strided convs), up by UpSampling2D and by Conv2DTranspose, each
    joined to its skip by Concatenate along channels; H != W."""
    x = keras.Input((16, 12, 3))
    e1 = L.Conv2D(6, 3, padding="same", activation="relu")(x)
    d1 = L.Conv2D(8, 3, strides=2, padding="same", activation="relu")(e1)        # 8x6
    d2 = L.Conv2D(10, 3, strides=2, padding="same", activation="relu")(d1)      # 4x3
    b = L.Conv2D(10, 3, padding="same", activation="relu")(d2)
    u2 = L.UpSampling2D(2)(b)                                                   # 8x6
    m2 = L.Conv2D(8, 3, padding="same", activation="relu")(L.Concatenate()([d1, u2]))
    u1 = L.Conv2DTranspose(6, 3, strides=2, padding="same")(m2)                 # 16x12
    y = L.Concatenate()([u1, e1])
    y = L.Conv2D(2, 1, activation="sigmoid")(y)
    return keras.Model(x, y, name="unet")


def channels_first_concat():
    """channels_first throughout: a Conv2D and a DepthwiseConv2D branch joined on axis 1."""
    cf = "channels_first"
    x = keras.Input((3, 10, 9))
    a = L.Conv2D(4, 3, padding="same", data_format=cf, activation="relu")(x)
    b = L.DepthwiseConv2D(3, padding="same", data_format=cf)(x)
    y = L.Concatenate(axis=1)([a, b, x])
    y = L.Conv2D(5, (1, 2), data_format=cf)(y)
    return keras.Model(x, y, name="cf_concat")


def three_branches():
    """Fan-out of one stem into three branches, merged by Average, Maximum and Minimum."""
    x = keras.Input((12, 10, 4))
    s = L.Conv2D(5, 3, padding="same", activation="relu")(x)
    b1 = L.Conv2D(6, 3, padding="same")(s)
    b2 = L.SeparableConv2D(6, 3, padding="same", activation="tanh")(s)
    b3 = L.Conv2DTranspose(6, 1)(s)
    avg = L.Average()([b1, b2, b3])
    hi = L.Maximum()([b1, b2, b3])
    lo = L.Minimum()([b3, b1])
    y = L.Concatenate()([avg, hi, lo])
    return keras.Model(x, y, name="branches")


def subtract_input():
    """Subtract (order matters) whose first operand is the model input itself."""
    x = keras.Input((15, 5))
    a = L.Conv1D(5, 3, padding="same", activation="elu")(x)
    y = L.Subtract()([x, a])
    y = L.ZeroPadding1D((1, 2))(y)
    return keras.Model(x, y, name="subtract")


def merge_of_input():
    """A merge reading nothing but the model input (twice), then a conv."""
    x = keras.Input((6, 7, 2))
    y = L.Multiply()([x, x])
    y = L.Conv2D(3, 2)(y)
    return keras.Model(x, y, name="square")


def spatial_concat():
    """Concatenate along H (axis 1): a valid (4, 1) conv's output shorter than the input."""
    x = keras.Input((8, 6, 3))
    a = L.Conv2D(3, (4, 1))(x)                     # 5x6x3
    y = L.Concatenate(axis=1)([x, a])              # 13x6x3
    y = L.Cropping2D(((1, 2), (0, 1)))(y)
    return keras.Model(x, y, name="concat_h")


def negative_axis_3d():
    """3-D, Concatenate(axis=-2) (W) and axis=-4 (D), joining branches of other lengths."""
    x = keras.Input((5, 4, 6, 2))
    a = L.Conv3D(2, (1, 1, 3))(x)                  # 5x4x4x2
    w = L.Concatenate(axis=-2)([x, a])             # 5x4x10x2
    c = L.Conv3D(2, (2, 1, 5))(w)                  # 4x4x6x2
    d = L.Concatenate(axis=-4)([c, x])             # 9x4x6x2
    y = L.Conv3D(3, (3, 2, 2), activation="relu")(d)
    return keras.Model(x, y, name="neg_axis")


def squeeze_excite():
    """Broadcasting merges: Multiply of (H,W,C) by a (1,1,C) gate, Add of a (1,1,C) bias."""
    x = keras.Input((7, 5, 4))
    f = L.Conv2D(4, 3, padding="same", activation="relu")(x)
    gate = L.Conv2D(4, (7, 5), activation="sigmoid")(f)   # 1x1x4
    y = L.Multiply()([f, gate])
    shift = L.Conv2D(4, (7, 5))(x)                        # 1x1x4
    y = L.Add()([shift, y])
    return keras.Model(x, y, name="se")


def nested_graph():
    """A functional residual sub-model and a Sequential nested in a graph: flattened."""
    inner_in = keras.Input((10, 3))
    inner = keras.Model(inner_in, L.Add()([inner_in, L.Conv1D(3, 3, padding="same")(inner_in)]),
                        name="inner")
    x = keras.Input((10, 3))
    a = inner(x)
    b = keras.Sequential([L.Conv1D(4, 1), L.UpSampling1D(1)], name="seq")(x)
    y = L.Concatenate()([a, b, x])
    return keras.Model(x, y, name="nested")


GRAPHS = {f.__name__: f for f in (residual, gated_1d, unet, channels_first_concat,
                                   three_branches, subtract_input, merge_of_input,
                                   spatial_concat, negative_axis_3d, squeeze_excite,
                                   nested_graph)}


@pytest.mark.parametrize("make", GRAPHS.values(), ids=GRAPHS.keys())
def test_graph_matches_keras(make):
    check_model(randomise(make(), seed=len(make.__name__)))


def test_residual_mapping_names_inputs_and_reads_back(tmp_path):
    """Every layer named; ``inputs`` only where a layer does not read the one before."""
    model = randomise(residual(), 5)
    imported = keras_import.convert(model)
    layers = imported.mapping["layers"]
    assert [layer["name"] for layer in layers][:3] == ["c1", "c2", "sum"]
    assert layers[2] == {"type": "Add", "name": "sum", "inputs": ["input", "c2"]}
    assert "inputs" not in layers[0] and "inputs" not in layers[1] and "inputs" not in layers[3]
    assert "output" not in imported.mapping   # the output is the last layer
    spec_path, _ = keras_import.write(imported, tmp_path / "res.yaml")
    model.save(tmp_path / "res.keras")   # and through a saved file, as import-keras reads it
    x = np.random.default_rng(1).standard_normal((1, 9, 7, 6)).astype(np.float32)
    for spec in (convgen.load_spec(spec_path), convgen.from_keras(tmp_path / "res.keras")):
        assert_agrees(convgen.compile(spec)(x), keras_output(model, x), "imported vs Keras")


def test_names_made_unique_and_inputs_follow_model_layers():
    """A name repeated by a nested model gets ``_1``; a layer called ``input`` is renamed
    (``input`` names the model input in a spec); the order is ``model.layers``'s."""
    inner = keras.Sequential([keras.Input((6, 2)), L.Conv1D(2, 1, name="dup")], name="n1")
    x = keras.Input((6, 2))
    a = L.Conv1D(2, 3, padding="same", name="dup")(x)
    y = L.Maximum(name="top")([inner(x), a])
    model = keras.Model(x, y)
    assert [layer.name for layer in model.layers[1:]] == ["n1", "dup", "top"]
    assert keras_import.convert(model).mapping["layers"] == [
        {"type": "Conv1D", "name": "dup", "filters": 2, "kernel_size": 1},
        {"type": "Conv1D", "name": "dup_1", "inputs": ["input"], "filters": 2,
         "kernel_size": 3, "padding": "same"},
        {"type": "Maximum", "name": "top", "inputs": ["dup", "dup_1"]}]
    check_model(randomise(model, 3))

    x = keras.Input((6, 2))
    y = L.Add(name="sum")([L.Conv1D(2, 1, name="input")(x), x])
    assert [layer.get("inputs") for layer in keras_import.convert(
        keras.Model(x, y)).mapping["layers"]] == [None, ["input_1", "input"]]


# ---------------------------------------------------------------- refusals
# Layers of classes convgen refuses are named here: an unnamed one would take Keras's
# automatic name (layer_normalization, dense) from a model test_keras_import.py builds later
# in the same process and expects to find under that name.

def test_two_inputs_refused_with_every_problem():
    a, b = keras.Input((8, 3)), keras.Input((8, 3))
    y = L.Add()([L.Conv1D(3, 3, padding="same")(a), b])
    y = L.GroupNormalization(groups=1, name="ln")(y)
    with pytest.raises(keras_import.KerasImportError) as err:
        convgen.from_keras(keras.Model([a, b], y, name="two_in"))
    whys = [(p.cls, p.why) for p in err.value.problems]
    assert any("2 inputs and 1 outputs" in why for _, why in whys), whys
    assert [cls for cls, _ in whys].count("GroupNormalization") == 1, whys


def test_two_outputs_refused():
    x = keras.Input((8, 8, 3))
    a = L.Conv2D(3, 3, padding="same")(x)
    b = L.GroupNormalization(groups=1, name="head")(a)
    with pytest.raises(keras_import.KerasImportError) as err:
        convgen.from_keras(keras.Model(x, [L.Add()([x, a]), b], name="two_out"))
    problems = [(p.cls, p.why) for p in err.value.problems]
    assert len(problems) == 2, problems
    assert problems[0] == ("Functional", "1 inputs and 2 outputs: convgen needs one input and "
                                         "one output")
    assert problems[1] == ("GroupNormalization", keras_import.UNSUPPORTED_CLASS)


def test_shared_layer_refused():
    x = keras.Input((6, 6, 3))
    shared = L.Conv2D(3, 3, padding="same", name="shared")
    y = L.Add()([shared(x), shared(L.ZeroPadding2D(0)(x))])
    with pytest.raises(keras_import.KerasImportError) as err:
        convgen.from_keras(keras.Model(x, y, name="siamese"))
    (problem,) = err.value.problems
    assert problem.layer == "shared" and "more than once (2 calls" in problem.why


def test_unsupported_in_graph_listed_at_once():
    """Unsupported classes, a bad activation and a merge config key convgen does not know,
    all in one KerasImportError."""
    x = keras.Input((8, 8, 4))
    a = L.Conv2D(4, 3, padding="same", activation="threshold", name="thr")(x)
    b = L.GroupNormalization(groups=1, name="ln")(x)
    merge = L.Add(name="odd_add")
    config = merge.get_config
    merge.get_config = lambda: {**config(), "future_arg": 3}
    y = merge([a, b])
    y = L.GroupNormalization(groups=1, name="lnorm")(y)
    y = L.Concatenate(axis=-1)([y, x])
    with pytest.raises(keras_import.KerasImportError) as err:
        convgen.from_keras(keras.Model(x, y, name="bad_graph"))
    got = {(p.layer, p.cls): p.why for p in err.value.problems}
    assert "threshold" in got["thr", "Conv2D"]
    assert got["ln", "GroupNormalization"] == keras_import.UNSUPPORTED_CLASS
    assert "future_arg=3 is not supported" in got["odd_add", "Add"]
    assert got["lnorm", "GroupNormalization"] == keras_import.UNSUPPORTED_CLASS
    assert len(err.value.problems) == 4, err.value.problems


# ---------------------------------------------------------------- random graphs

MERGES = ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate")
ACTIVATIONS = (None, "relu", "tanh", "sigmoid", "swish")
MAX_SIZE = {1: 14, 2: 10, 3: 6}   # per spatial axis: keeps compile and run short
MAX_CHANNELS = 6


class RandomGraph:
    """Draws a functional model one call at a time; Keras computes every shape.

    Unary steps apply one of convgen's layers to any earlier tensor (fan-out); merge steps
    join a tensor with shape-keeping branches of it, earlier tensors of the same shape
    (skips, the model input) or a 1x..x1xC gate (broadcasting).
    """

    def __init__(self, draw, rank: int, data_format: str):
        self.draw, self.rank = draw, rank
        self.cf = data_format == "channels_first"
        self.fmt = {"data_format": data_format} if rank > 1 else {}

    def pick(self, options):
        return self.draw(st.sampled_from(list(options)))

    def ints(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def spatial(self, t):
        shape = tuple(t.shape[1:])
        return shape[1:] if self.cf else shape[:-1]

    def channels(self, t) -> int:
        return t.shape[1] if self.cf else t.shape[-1]

    def name(self, kind: str) -> str:
        """The Keras class of a layer family at this rank."""
        return {"Depthwise": f"DepthwiseConv{self.rank}D",
                "Separable": f"SeparableConv{self.rank}D",
                "Transpose": f"Conv{self.rank}DTranspose"}.get(kind, f"{kind}{self.rank}D")

    # ------------------------------------------------------------ one layer

    def unary(self, t, keep: bool = False, filters=None):
        """A random layer applied to ``t``; ``keep``: same spatial shape and ``filters``
        channels (the input's when None)."""
        n, c = self.spatial(t), self.channels(t)
        kinds = ["Conv", "Separable", "Transpose"] if self.rank < 3 else ["Conv", "Transpose"]
        if self.rank < 3 and (not keep or filters in (None, c)):
            kinds.append("Depthwise")
        if not keep:
            kinds += ["Cropping"] * any(v > 2 for v in n) + ["ZeroPadding", "UpSampling"]
        kind = self.pick(kinds)
        out = (c if filters is None else filters) if keep else self.ints(1, MAX_CHANNELS)
        act = self.pick(ACTIVATIONS)
        if kind == "Cropping":
            crop = [(self.ints(0, (v - 1) // 2), self.ints(0, (v - 1) // 2)) for v in n]
            return getattr(L, self.name(kind))(crop if self.rank > 1 else crop[0],
                                               **self.fmt)(t)
        if kind == "ZeroPadding":
            pad = [(self.ints(0, 2 if v + 2 <= MAX_SIZE[self.rank] else 0),
                    self.ints(0, 1 if v + 3 <= MAX_SIZE[self.rank] else 0)) for v in n]
            return getattr(L, self.name(kind))(pad if self.rank > 1 else pad[0], **self.fmt)(t)
        if kind == "UpSampling":
            size = [self.ints(1, 2 if 2 * v <= MAX_SIZE[self.rank] else 1) for v in n]
            extra = dict(self.fmt)
            if self.rank == 2:
                extra["interpolation"] = self.pick(("nearest", "bilinear"))
            return getattr(L, self.name(kind))(size if self.rank > 1 else size[0], **extra)(t)
        padding = "same" if keep else self.pick(("same", "valid"))
        kernel = [self.ints(1, 3 if padding == "same" else min(3, v)) for v in n]
        strides = [1 if keep else self.ints(1, 2) for _ in n]
        if kind == "Transpose":
            strides = [s if v * s <= MAX_SIZE[self.rank] else 1 for s, v in zip(strides, n)]
            if padding == "valid" and any(v * s + k > MAX_SIZE[self.rank]
                                          for v, s, k in zip(n, strides, kernel)):
                padding = "same"
            if keep:
                padding, strides = "same", [1] * self.rank
        dilation = 1
        if all(s == 1 for s in strides) and padding == "same" and kind != "Transpose":
            dilation = self.ints(1, 2)
        args = dict(kernel_size=kernel, strides=strides, padding=padding, activation=act,
                    dilation_rate=dilation, use_bias=self.draw(st.booleans()), **self.fmt)
        if kind == "Depthwise":
            mult = 1 if keep else self.ints(1, 2)
            return L.DepthwiseConv1D(depth_multiplier=mult, **args)(t) if self.rank == 1 else \
                L.DepthwiseConv2D(depth_multiplier=mult, **args)(t)
        if kind == "Separable":
            args["depth_multiplier"] = self.ints(1, 2)
        if kind == "Transpose":
            args.pop("dilation_rate")
        return getattr(L, self.name(kind))(out, **args)(t)

    def gate(self, t):
        """A valid conv whose kernel covers every spatial axis: shape 1x..x1xC."""
        return getattr(L, f"Conv{self.rank}D")(self.channels(t), list(self.spatial(t)),
                                               activation=self.pick(("sigmoid", None)),
                                               **self.fmt)(t)

    # ------------------------------------------------------------ one merge

    def merge(self, pool, base):
        kind = self.pick(MERGES)
        count = 2 if kind == "Subtract" else self.ints(2, 3)
        if kind == "Concatenate":
            axis = self.ints(1, self.rank + 1)
            channel_axis = 1 if self.cf else self.rank + 1
            ins = [base] + [self.along(base, pool, axis, axis == channel_axis)
                            for _ in range(count - 1)]
            ins = self.draw(st.permutations(ins))
            spelled = axis - (self.rank + 2) if self.draw(st.booleans()) else axis
            return L.Concatenate(axis=spelled)(ins)
        same = [t for t in pool if tuple(t.shape) == tuple(base.shape)]
        ins = [base]
        for _ in range(count - 1):
            how = self.pick(("branch", "branch", "skip", "gate"))
            if how == "skip":
                ins.append(self.pick(same))   # may be base itself: Add()([t, t])
            elif how == "gate":
                ins.append(self.gate(base))
            else:
                ins.append(self.unary(base, keep=True))
        return getattr(L, kind)()(self.draw(st.permutations(ins)))

    def along(self, base, pool, axis: int, channel_axis: bool):
        """A tensor that can be concatenated with ``base`` on ``axis``."""
        if channel_axis:
            return self.unary(base, keep=True, filters=self.ints(1, MAX_CHANNELS))
        same = [t for t in pool if tuple(t.shape) == tuple(base.shape)]
        how = self.pick(("branch", "skip", "pad"))
        if how == "skip":
            return self.pick(same)
        if how == "pad":
            spatial = axis - (2 if self.cf else 1)
            pad = [(0, 0)] * self.rank
            pad[spatial] = (self.ints(0, 1), 1)
            layer = getattr(L, f"ZeroPadding{self.rank}D")
            return layer(pad if self.rank > 1 else pad[0], **self.fmt)(base)
        return self.unary(base, keep=True)

    # ------------------------------------------------------------ the model

    def model(self):
        n = [self.ints(2, MAX_SIZE[self.rank] - 2) for _ in range(self.rank)]
        c = self.ints(1, 4)
        x = keras.Input(tuple([c, *n] if self.cf else [*n, c]),
                        batch_size=self.pick((None, 1, 2)))
        pool = [x]
        for _ in range(self.ints(1, 4)):
            t = self.pick(pool)
            if self.draw(st.booleans()):
                pool.append(self.unary(t))
            else:
                pool.append(self.merge(pool, t))
        y = self.merge(pool, pool[-1])   # at least one merge
        if self.draw(st.booleans()):
            y = self.unary(y)
        return keras.Model(x, y)


def draw_graph(data):
    rank = data.draw(st.sampled_from((1, 2, 3)), label="rank")
    fmt = "channels_last" if rank == 1 else data.draw(
        st.sampled_from(("channels_last", "channels_first")), label="data_format")
    return RandomGraph(data.draw, rank, fmt).model()


def check_random_graph(data, seed: int):
    model = draw_graph(data)
    check_model(randomise(model, seed), seed)


if st is not None:
    SETTINGS = dict(deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

    @settings(max_examples=20, **SETTINGS)
    @given(data=st.data(), seed=st.integers(0, 2**32 - 1))
    def test_random_graph_matches_keras(data, seed):
        check_random_graph(data, seed)

    @pytest.mark.slow
    @settings(max_examples=200, **SETTINGS)
    @given(data=st.data(), seed=st.integers(0, 2**32 - 1))
    def test_random_graph_matches_keras_long(data, seed):
        check_random_graph(data, seed)
else:
    @pytest.mark.skip(reason="hypothesis is not installed")
    def test_random_graph_matches_keras():
        pass
