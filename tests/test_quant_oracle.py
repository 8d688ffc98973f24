"""The int8 oracle (convgen/qreference.py) against LiteRT's reference kernels, bit for bit.

The models in tests/tflite_int8/ were made once by tests/tflite_int8/make_models.py
(TFLiteConverter, full-integer int8). Each is run by ai-edge-litert's interpreter with
``OpResolverType.BUILTIN_REF`` keeping every intermediate tensor; every op is then recomputed by
the oracle from the op's own interpreter inputs and must give the interpreter's output exactly,
and the oracle run alone from the model's input through the whole graph must give the model's
output exactly. Quantization parameters and constants come from ``get_tensor_details()`` /
``get_tensor()``; op options from the LiteRT package's own flatbuffer schema module.
"""

from __future__ import annotations

import importlib
import pathlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convgen import qreference as qr
from convgen import quant
from convgen.quant import QuantParams

try:  # LiteRT runs the models; the primitives' and ops' properties need only NumPy.
    from ai_edge_litert import interpreter as litert
    from ai_edge_litert import schema_py_generated as schema
except ImportError:
    litert = schema = None
needs_litert = pytest.mark.skipif(litert is None, reason="ai-edge-litert is not installed")

MODELS = pathlib.Path(__file__).parent / "tflite_int8"
MODEL_FILES = sorted(MODELS.glob("*.tflite"))

_OPCODES = ({v: k for k, v in vars(schema.BuiltinOperator).items() if not k.startswith("_")}
            if schema else {})
_ACT = {0: "none", 1: "relu", 2: "relu_n1_to_1", 3: "relu6"}
_PAD = {0: "same", 1: "valid"}


class Model:
    """A .tflite model's ops (name, options, input/output tensor indices) and tensors."""

    def __init__(self, path: pathlib.Path):
        self.path = path
        self.interp = litert.Interpreter(
            model_path=str(path),
            experimental_op_resolver_type=litert.OpResolverType.BUILTIN_REF,
            experimental_preserve_all_tensors=True)
        self.interp.allocate_tensors()
        self.details = {t["index"]: t for t in self.interp.get_tensor_details()}
        fb = schema.ModelT.InitFromPackedBuf(path.read_bytes(), 0)
        graph = fb.subgraphs[0]
        self.ops = [(_OPCODES[max(fb.operatorCodes[op.opcodeIndex].builtinCode,
                                  fb.operatorCodes[op.opcodeIndex].deprecatedBuiltinCode)],
                     op.builtinOptions, [int(i) for i in op.inputs],
                     [int(i) for i in op.outputs]) for op in graph.operators]
        self.inputs = [d["index"] for d in self.interp.get_input_details()]
        self.outputs = [d["index"] for d in self.interp.get_output_details()]
        self.constants = {i: self.interp.get_tensor(i) for i, d in self.details.items()
                          if _is_constant(i, graph)}

    def q(self, index: int) -> QuantParams:
        return QuantParams.from_details(self.details[index]["quantization_parameters"])

    def run(self, feeds):
        for i, x in zip(self.inputs, feeds):
            self.interp.set_tensor(i, x)
        self.interp.invoke()
        return {i: self.interp.get_tensor(i) for i in self.details}


def _is_constant(index, graph) -> bool:
    produced = {int(o) for op in graph.operators for o in op.outputs}
    return index not in produced and index not in {int(i) for i in graph.inputs}


def oracle_op(model: Model, name, opts, ins, outs, t):
    """One op computed by the oracle from the tensors `t` (index → array)."""
    q = model.q
    x = t[ins[0]]
    out_shape = tuple(model.details[outs[0]]["shape"])
    act = _ACT[getattr(opts, "fusedActivationFunction", 0)]
    if name in ("CONV_2D", "DEPTHWISE_CONV_2D"):
        b = t[ins[2]] if len(ins) > 2 and ins[2] >= 0 else None
        kw = dict(strides=(opts.strideH, opts.strideW),
                  dilation=(opts.dilationHFactor, opts.dilationWFactor),
                  padding=_PAD[opts.padding], activation=act)
        if name == "CONV_2D":
            return qr.conv2d(x, t[ins[1]], b, q(ins[0]), q(ins[1]), q(outs[0]), **kw)
        mult = t[ins[1]].shape[-1] // x.shape[-1]
        return qr.depthwise_conv2d(x, t[ins[1]], b, q(ins[0]), q(ins[1]), q(outs[0]),
                                   depth_multiplier=mult, **kw)
    if name == "TRANSPOSE_CONV":  # inputs: output shape, weights, input, bias
        b = t[ins[3]] if len(ins) > 3 and ins[3] >= 0 else None
        y = t[ins[2]]
        return qr.transpose_conv2d(y, t[ins[1]], b, q(ins[2]), q(ins[1]), q(outs[0]),
                                   output_size=tuple(int(v) for v in t[ins[0]][1:3]),
                                   strides=(opts.strideH, opts.strideW),
                                   padding=_PAD[opts.padding], activation=act)
    if name == "FULLY_CONNECTED":
        w = t[ins[1]]
        b = t[ins[2]] if len(ins) > 2 and ins[2] >= 0 else None
        y = qr.fully_connected(x.reshape(-1, w.shape[1]), w, b, q(ins[0]), q(ins[1]),
                               q(outs[0]), activation=act)
        return y.reshape(out_shape)
    if name in ("ADD", "SUB", "MUL"):
        fn = {"ADD": qr.add, "SUB": qr.sub, "MUL": qr.mul}[name]
        return fn(x, t[ins[1]], q(ins[0]), q(ins[1]), q(outs[0]), activation=act)
    if name in ("AVERAGE_POOL_2D", "MAX_POOL_2D"):
        fn = qr.average_pool2d if name == "AVERAGE_POOL_2D" else qr.max_pool2d
        return fn(x, q(ins[0]), pool=(opts.filterHeight, opts.filterWidth),
                  strides=(opts.strideH, opts.strideW), padding=_PAD[opts.padding],
                  activation=act)
    if name == "MEAN":
        return qr.mean(x, [int(a) for a in t[ins[1]].ravel()], q(ins[0]), q(outs[0]),
                       keepdims=bool(opts.keepDims))
    if name == "SOFTMAX":
        return qr.softmax(x, opts.beta, q(ins[0]), q(outs[0]))
    if name in ("LOGISTIC", "TANH", "HARD_SWISH"):
        fn = {"LOGISTIC": qr.logistic, "TANH": qr.tanh, "HARD_SWISH": qr.hard_swish}[name]
        return fn(x, q(ins[0]), q(outs[0]))
    if name == "LEAKY_RELU":
        return qr.leaky_relu(x, opts.alpha, q(ins[0]), q(outs[0]))
    if name == "CONCATENATION":
        assert act == "none"
        return qr.concatenation([t[i] for i in ins], [q(i) for i in ins], q(outs[0]),
                                axis=opts.axis)
    if name == "PAD":
        return qr.pad(x, t[ins[1]], q(outs[0]))
    if name in ("RESIZE_NEAREST_NEIGHBOR", "RESIZE_BILINEAR"):
        fn = qr.resize_nearest if name == "RESIZE_NEAREST_NEIGHBOR" else qr.resize_bilinear
        return fn(x, tuple(int(s) for s in t[ins[1]]), opts.alignCorners,
                  opts.halfPixelCenters)
    if name == "QUANTIZE":
        if x.dtype == np.float32:
            return qr.quantize(x, q(outs[0]))
        return qr.requantize(x, q(ins[0]), q(outs[0]))
    if name == "DEQUANTIZE":
        return qr.dequantize(x, q(ins[0]))
    if name in ("RESHAPE", "EXPAND_DIMS", "SQUEEZE"):
        return x.reshape(out_shape)
    raise NotImplementedError(name)


def _feeds(model: Model, kind: str, seed: int):
    """Inputs: seeded uniform int8, normal around the zero point, every element at -128 or
    127 at random, or all at one extreme."""
    rng = np.random.default_rng(seed)
    feeds = []
    for i in model.inputs:
        d = model.details[i]
        shape, dtype = tuple(d["shape"]), d["dtype"]
        if dtype == np.float32:  # a float model input: values inside and beyond the range
            qp = model.q(next(o[0] for _, _, ins, o in model.ops if ins[0] == i))
            span = 160 * float(qp.s)
            feeds.append((rng.uniform(-span, span, shape)).astype(np.float32))
            continue
        if kind == "random":
            feeds.append(rng.integers(-128, 128, shape).astype(np.int8))
        elif kind == "normal":  # activations as calibrated: around the zero point
            z = model.q(i).z
            feeds.append(np.clip(np.rint(z + 30 * rng.standard_normal(shape)), -128, 127)
                         .astype(np.int8))
        elif kind == "extremes":
            feeds.append(rng.choice(np.array([-128, 127], np.int8), shape))
        else:
            feeds.append(np.full(shape, -128 if kind == "min" else 127, np.int8))
    return feeds


CASES = [(p, kind, seed) for p in MODEL_FILES
         for kind, seed in (("random", 0), ("normal", 1), ("extremes", 2), ("min", 0),
                            ("max", 0))]


@needs_litert
@pytest.mark.parametrize("path,kind,seed", CASES,
                         ids=[f"{p.stem}-{k}{s}" for p, k, s in CASES])
def test_ops_equal_reference_kernels(path, kind, seed):
    model = Model(path)
    t = model.run(_feeds(model, kind, seed))
    for name, opts, ins, outs in model.ops:
        got = oracle_op(model, name, opts, ins, outs, t)
        want = t[outs[0]]
        assert got.dtype == want.dtype and got.shape == want.shape, (name, got.shape, want.shape)
        bad = np.argwhere(got != want)
        assert bad.size == 0, (
            f"{path.name} {name}: {len(bad)} of {want.size} differ, first at {bad[0].tolist()}: "
            f"oracle {got[tuple(bad[0])]}, TFLite {want[tuple(bad[0])]}")


@needs_litert
@pytest.mark.parametrize("path", MODEL_FILES, ids=[p.stem for p in MODEL_FILES])
def test_graph_equals_interpreter(path):
    """The oracle alone, op after op from the model's input, gives the model's output."""
    model = Model(path)
    feeds = _feeds(model, "random", 7)
    t = model.run(feeds)
    mine = dict(model.constants)
    mine.update(zip(model.inputs, feeds))
    for name, opts, ins, outs in model.ops:
        mine[outs[0]] = oracle_op(model, name, opts, ins, outs, mine)
    for i in model.outputs:
        np.testing.assert_array_equal(mine[i], t[i])


UNARY = ["logistic", "tanh", "hard_swish", "hard_swish_small_scale", "leaky_relu",
         "concat_requantize", "pad", "maxpool_same"]


@needs_litert
@pytest.mark.parametrize("stem", UNARY)
def test_elementwise_ops_on_every_int8_value(stem):
    """Every one of the 256 input values through the elementwise ops (the LUTs, hard-swish's
    fixed point, leaky ReLU's two multipliers, the int8 -> int8 QUANTIZE)."""
    model = Model(MODELS / f"{stem}.tflite")
    (i,) = model.inputs
    shape = tuple(model.details[i]["shape"])
    size = int(np.prod(shape))
    for start in range(0, 256, size):
        x = ((np.arange(size) + start) % 256 - 128).astype(np.int8).reshape(shape)
        t = model.run([x])
        for name, opts, ins, outs in model.ops:
            np.testing.assert_array_equal(oracle_op(model, name, opts, ins, outs, t),
                                          t[outs[0]], err_msg=f"{stem} {name}")


@needs_litert
@pytest.mark.parametrize("stem", ["softmax", "dense_relu_softmax", "dense", "dense_per_tensor",
                                  "global_avg", "global_avg_keepdims", "avgpool_same",
                                  "resize_bilinear", "resize_bilinear_align_corners",
                                  "resize_bilinear_legacy", "add", "sub", "mul", "residual",
                                  "conv_groups",
                                  "depthwise_mult2_s2", "conv_valid_s2",
                                  "transpose_conv_valid"])
def test_many_inputs(stem):
    """100 seeded inputs of varied spread through the ops with the most rounding steps."""
    model = Model(MODELS / f"{stem}.tflite")
    rng = np.random.default_rng(1234)
    for _ in range(100):
        spread = rng.uniform(1, 80)
        feeds = [np.clip(np.rint(model.q(i).z + spread * rng.standard_normal(
            tuple(model.details[i]["shape"]))), -128, 127).astype(np.int8)
            for i in model.inputs]
        t = model.run(feeds)
        for name, opts, ins, outs in model.ops:
            np.testing.assert_array_equal(oracle_op(model, name, opts, ins, outs, t),
                                          t[outs[0]], err_msg=f"{stem} {name}")


@needs_litert
def test_every_listed_op_is_covered():
    """The committed models exercise every op the oracle claims to follow TFLite in."""
    seen = {name for p in MODEL_FILES for name, *_ in Model(p).ops}
    assert {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "ADD", "SUB", "MUL",
            "AVERAGE_POOL_2D", "MAX_POOL_2D", "MEAN", "SOFTMAX", "LOGISTIC", "TANH",
            "HARD_SWISH", "LEAKY_RELU", "CONCATENATION", "PAD", "RESIZE_NEAREST_NEIGHBOR",
            "RESIZE_BILINEAR", "QUANTIZE", "DEQUANTIZE", "TRANSPOSE_CONV"} <= seen


def _mismatches(model_files, single_rounding, monkeypatch):
    monkeypatch.setattr(quant, "SINGLE_ROUNDING", single_rounding)
    bad = set()
    for path in model_files:
        model = Model(path)
        for seed in range(3):
            t = model.run(_feeds(model, "normal", seed))
            for name, opts, ins, outs in model.ops:
                if np.any(oracle_op(model, name, opts, ins, outs, t) != t[outs[0]]):
                    bad.add((path.stem, name))
    return bad


@needs_litert
def test_pypi_build_uses_double_rounding(monkeypatch):
    """ai-edge-litert is built without TFLITE_SINGLE_ROUNDING: the oracle's single-rounding
    variant differs from it on models where the double-rounding default does not."""
    files = [MODELS / f"{n}.tflite" for n in ("conv_same_relu", "depthwise_same", "leaky_relu",
                                             "mul", "resize_bilinear")]
    assert not _mismatches(files, False, monkeypatch)
    assert len(_mismatches(files, True, monkeypatch)) >= 3


# ------------------------------------------------------------------ the fixed-point primitives
# Each primitive against its exact definition on Python integers (hypothesis draws the cases;
# the TFLite models above pin the definitions to TFLite's).


I32 = st.integers(quant.INT32_MIN, quant.INT32_MAX)
MULTIPLIERS = st.integers(1 << 30, quant.INT32_MAX)


def _half_away(num: int, den: int) -> int:
    """num / den rounded to nearest, halves away from zero (den > 0), exactly."""
    q, r = divmod(abs(num), den)
    q += 2 * r >= den
    return q if num >= 0 else -q


@given(I32, I32)
def test_srdhm_is_round_half_up_of_the_doubled_high_half(a, b):
    want = quant.INT32_MAX if a == b == quant.INT32_MIN else (a * b + (1 << 30)) >> 31
    assert int(quant.saturating_rounding_doubling_high_mul(a, b)) == want


def test_srdhm_saturates_min_times_min():
    m = quant.INT32_MIN
    assert int(quant.saturating_rounding_doubling_high_mul(m, m)) == quant.INT32_MAX
    assert int(quant.saturating_rounding_doubling_high_mul(-32768, -32768, bits=16)) == 32767
    assert int(quant.saturating_rounding_doubling_high_mul(m, m + 1)) == quant.INT32_MAX


@given(st.integers(-32768, 32767), st.integers(-32768, 32767))
def test_srdhm_int16(a, b):
    want = 32767 if a == b == -32768 else (a * b + (1 << 14)) >> 15
    assert int(quant.saturating_rounding_doubling_high_mul(a, b, bits=16)) == want


@given(I32, st.integers(0, 31))
def test_rounding_divide_by_pot_rounds_halves_away_from_zero(x, e):
    assert int(quant.rounding_divide_by_pot(x, e)) == _half_away(x, 1 << e)


@given(I32, MULTIPLIERS, st.integers(-31, 0))
def test_mbqm_double_rounding_is_two_exact_roundings(x, m, shift):
    got = int(quant.multiply_by_quantized_multiplier(x, m, shift, single_rounding=False))
    assert got == _half_away((x * m + (1 << 30)) >> 31, 1 << -shift)
    # ... so it is within one of the exact product, and of the single rounding.
    single = int(quant.multiply_by_quantized_multiplier(x, m, shift, single_rounding=True))
    assert abs(got - single) <= 1
    assert abs(got * 2 ** (31 - shift) - x * m) <= 2 ** (31 - shift)


@given(I32, MULTIPLIERS, st.integers(-31, 30))
def test_mbqm_single_rounding_rounds_the_exact_product_once(x, m, shift):
    got = int(quant.multiply_by_quantized_multiplier(x, m, shift, single_rounding=True))
    exact = (x * m + (1 << (30 - shift))) >> (31 - shift)  # floor(x*m/2**(31-shift) + 1/2)
    assert got == (exact + 2**31) % 2**32 - 2**31  # int32, as C returns it


@given(st.integers(-(1 << 20), 1 << 20), MULTIPLIERS, st.integers(1, 10))
def test_mbqm_left_shift(x, m, shift):
    got = int(quant.multiply_by_quantized_multiplier(x, m, shift, single_rounding=False))
    shifted = ((x << shift) + 2**31) % 2**32 - 2**31  # int32 wrap, as C's x * (1 << shift)
    assert got == (shifted * m + (1 << 30)) >> 31


@settings(max_examples=100)
@given(st.lists(I32, min_size=1, max_size=8), st.lists(MULTIPLIERS, min_size=8, max_size=8),
       st.lists(st.integers(-31, 0), min_size=8, max_size=8))
def test_mbqm_vectorised_per_channel_equals_scalar(xs, ms, shifts):
    x = np.array(xs, np.int64)[:, None] * np.ones(8, np.int64)
    got = quant.multiply_by_quantized_multiplier(x, np.array(ms), np.array(shifts))
    for (i, c), v in np.ndenumerate(got):
        assert v == quant.multiply_by_quantized_multiplier(xs[i], ms[c], shifts[c])


@given(st.floats(2.0**-31, 2.0**30, allow_nan=False))
def test_quantize_multiplier_is_the_nearest_31_bit_fraction(real):
    m, shift = (int(v) for v in quant.quantize_multiplier(real))
    assert (1 << 30) <= m < (1 << 31)
    from fractions import Fraction
    err = abs(Fraction(m) * Fraction(2) ** (shift - 31) - Fraction(real))
    assert err <= Fraction(2) ** (shift - 32)


def test_quantize_multiplier_edges():
    assert [int(v) for v in quant.quantize_multiplier(0.0)] == [0, 0]
    assert [int(v) for v in quant.quantize_multiplier(2.0**-40)] == [0, 0]  # flushed to zero
    assert [int(v) for v in quant.quantize_multiplier(0.5)] == [1 << 30, 0]
    # A fraction rounding up to 2**31 is halved and the shift grows.
    assert [int(v) for v in quant.quantize_multiplier(1 - 2.0**-33)] == [1 << 30, 1]
    assert [int(v) for v in quant.quantize_multiplier(2.0**40, single_rounding=True)] == [
        quant.INT32_MAX, 30]


@given(st.integers(0, 2**32 - 1))
def test_count_leading_zeros(x):
    signed = x - 2**32 if x >= 2**31 else x
    assert int(quant.count_leading_zeros_u32(signed)) == 32 - x.bit_length()


def test_activation_ranges():
    # scale 0.05, zero point -10: 0.0 -> -10, 6.0 -> 110, -1.0 -> -30, 1.0 -> 10.
    assert quant.activation_range("none", 0.05, -10) == (-128, 127)
    assert quant.activation_range("relu", 0.05, -10) == (-10, 127)
    assert quant.activation_range("relu6", 0.05, -10) == (-10, 110)
    assert quant.activation_range("relu_n1_to_1", 0.05, -10) == (-30, 10)
    assert quant.activation_range("relu6", 0.01, 0) == (0, 127)  # 6.0 beyond the range
    with pytest.raises(ValueError, match="relu7"):
        quant.activation_range("relu7", 0.05, 0)


# ------------------------------------------------- the ops against convgen's float64 oracle
# Random int8 cases (hypothesis): requantization is the only rounding, so each int8 op is within
# one quantization step of the float64 oracle (convgen/reference.py, Keras semantics) computed on
# the dequantized operands and quantized once; pooling and padding are exact. This ties the int8
# oracle's padding, stride, dilation and layout conventions to Keras's.

# The module, not convgen.reference the function that convgen's package exports.
fref = importlib.import_module("convgen.reference")

STEP = 1  # the stated tolerance: one quantization step of the output


def _deq(x, q: QuantParams):
    return np.float64(q.s) * (x.astype(np.float64) - q.z)


def _quantize_once(y, q: QuantParams):
    return np.clip(quant.round_half_away(y / np.float64(q.s)) + q.z, -128, 127)


def _output_params(y):
    """Output quantization spanning the float result, as calibration would choose it."""
    lo, hi = min(float(y.min()), 0.0), max(float(y.max()), 1e-3)
    scale = np.float32((hi - lo) / 255)
    return QuantParams.per_tensor(scale, int(np.clip(round(-128 - lo / scale), -128, 127)))


@st.composite
def conv_cases(draw, depthwise=False):
    seed = draw(st.integers(0, 2**32 - 1))
    k = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    s = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    d = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    padding = draw(st.sampled_from(["same", "valid"]))
    h = draw(st.integers((k[0] - 1) * d[0] + 1, 8))
    w = draw(st.integers((k[1] - 1) * d[1] + 1, 8))
    cin, cout = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    return seed, k, s, d, padding, (1, h, w, cin), cout


def _weights(rng, shape, channels, axis=0):
    wq = QuantParams(rng.uniform(0.002, 0.02, channels).astype(np.float32), 0, axis)
    return rng.integers(-127, 128, shape).astype(np.int8), wq


@settings(max_examples=60, deadline=None)
@given(conv_cases(), st.sampled_from(["none", "relu", "relu6"]))
def test_conv2d_within_one_step_of_float(case, activation):
    seed, k, s, d, padding, xshape, cout = case
    rng = np.random.default_rng(seed)
    x = rng.integers(-128, 128, xshape).astype(np.int8)
    xq = QuantParams.per_tensor(rng.uniform(0.01, 0.1), int(rng.integers(-30, 30)))
    w, wq = _weights(rng, (cout, *k, xshape[-1]), cout)
    b = rng.integers(-2000, 2000, cout).astype(np.int32)
    bias = b * np.float64(xq.s) * wq.scale.astype(np.float64)
    kernel = w.astype(np.float64) * wq.scale.astype(np.float64)[:, None, None, None]
    y = fref.conv(_deq(x, xq), kernel.transpose(1, 2, 3, 0), bias, s, padding, d)
    y = fref.activation(activation, y) if activation != "none" else y
    yq = _output_params(y)
    got = qr.conv2d(x, w, b, xq, wq, yq, strides=s, dilation=d, padding=padding,
                    activation=activation)
    assert got.shape == y.shape
    assert np.abs(got.astype(np.int64) - _quantize_once(y, yq)).max() <= STEP


@settings(max_examples=40, deadline=None)
@given(conv_cases(), st.integers(1, 3))
def test_depthwise_within_one_step_of_float(case, mult):
    seed, k, s, d, padding, xshape, _ = case
    rng = np.random.default_rng(seed)
    c = xshape[-1]
    x = rng.integers(-128, 128, xshape).astype(np.int8)
    xq = QuantParams.per_tensor(rng.uniform(0.01, 0.1), int(rng.integers(-30, 30)))
    w, wq = _weights(rng, (1, *k, c * mult), c * mult, axis=3)
    kernel = w[0].astype(np.float64) * wq.scale.astype(np.float64)
    y = fref.depthwise(_deq(x, xq), kernel.reshape(*k, c, mult), s, padding, d)
    yq = _output_params(y)
    got = qr.depthwise_conv2d(x, w, None, xq, wq, yq, strides=s, dilation=d, padding=padding,
                              depth_multiplier=mult)
    assert np.abs(got.astype(np.int64) - _quantize_once(y, yq)).max() <= STEP


@settings(max_examples=40, deadline=None)
@given(conv_cases(), st.sampled_from([0, 1]))
def test_transpose_conv_within_one_step_of_float(case, extra):
    seed, k, s, _, padding, xshape, cout = case
    rng = np.random.default_rng(seed)
    h, w = xshape[1:3]
    # Keras's output sizes: n * stride for same; (n - 1) * stride + k for valid, plus an
    # output_padding below the stride on the first axis.
    if padding == "same":
        out = (h * s[0], w * s[1])
    else:
        out = ((h - 1) * s[0] + k[0] + min(extra, s[0] - 1), (w - 1) * s[1] + k[1])
    x = rng.integers(-128, 128, xshape).astype(np.int8)
    xq = QuantParams.per_tensor(rng.uniform(0.01, 0.1), int(rng.integers(-30, 30)))
    wt, wq = _weights(rng, (cout, *k, xshape[-1]), cout)
    kernel = wt.astype(np.float64) * wq.scale.astype(np.float64)[:, None, None, None]
    y = fref.conv_transpose(_deq(x, xq), kernel.transpose(1, 2, 0, 3), None, s, (1, 1), out,
                            padding)
    yq = _output_params(y)
    got = qr.transpose_conv2d(x, wt, None, xq, wq, yq, output_size=out, strides=s,
                              padding=padding)
    assert np.abs(got.astype(np.int64) - _quantize_once(y, yq)).max() <= STEP


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 40), st.integers(1, 12), st.booleans())
def test_fully_connected_within_one_step_of_float(seed, k, units, per_channel):
    rng = np.random.default_rng(seed)
    x = rng.integers(-128, 128, (3, k)).astype(np.int8)
    xq = QuantParams.per_tensor(rng.uniform(0.01, 0.1), int(rng.integers(-30, 30)))
    w, wq = _weights(rng, (units, k), units if per_channel else 1)
    y = _deq(x, xq) @ (w.astype(np.float64) * wq.scale.astype(np.float64)[:, None]).T
    yq = _output_params(y)
    got = qr.fully_connected(x, w, None, xq, wq, yq)
    assert np.abs(got.astype(np.int64) - _quantize_once(y, yq)).max() <= STEP


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from(["add", "sub", "mul"]))
def test_binary_ops_within_one_step_of_float(seed, op):
    rng = np.random.default_rng(seed)
    x1, x2 = (rng.integers(-128, 128, (2, 3, 5)).astype(np.int8) for _ in range(2))
    q1, q2 = (QuantParams.per_tensor(rng.uniform(0.005, 0.2), int(rng.integers(-50, 50)))
              for _ in range(2))
    f = {"add": np.add, "sub": np.subtract, "mul": np.multiply}[op]
    y = f(_deq(x1, q1), _deq(x2, q2))
    yq = _output_params(y)
    got = getattr(qr, op)(x1, x2, q1, q2, yq)
    assert np.abs(got.astype(np.int64) - _quantize_once(y, yq)).max() <= STEP


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 3), st.integers(1, 3), st.integers(1, 3),
       st.sampled_from(["same", "valid"]), st.sampled_from(["avg", "max"]))
def test_pooling_equals_float_exactly(seed, ph, pw, stride, padding, mode):
    rng = np.random.default_rng(seed)
    x = rng.integers(-128, 128, (1, 7, 6, 3)).astype(np.int8)
    q = QuantParams.per_tensor(0.05, 3)
    y = fref.pool(x.astype(np.float64), (ph, pw), (stride, stride), padding, mode)
    fn = qr.average_pool2d if mode == "avg" else qr.max_pool2d
    got = fn(x, q, pool=(ph, pw), strides=(stride, stride), padding=padding)
    np.testing.assert_array_equal(got, quant.round_half_away(y).astype(np.int8))


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 9), st.integers(1, 9))
def test_mean_within_one_step_of_float(seed, h, w):
    rng = np.random.default_rng(seed)
    x = rng.integers(-128, 128, (1, h, w, 4)).astype(np.int8)
    xq = QuantParams.per_tensor(rng.uniform(0.01, 0.1), int(rng.integers(-30, 30)))
    y = _deq(x, xq).mean(axis=(1, 2))
    yq = _output_params(y)
    got = qr.mean(x, (1, 2), xq, yq)
    assert np.abs(got.astype(np.int64) - _quantize_once(y, yq)).max() <= STEP


def test_softmax_sums_to_one_and_keeps_order():
    rng = np.random.default_rng(0)
    x = rng.integers(-128, 128, (20, 10)).astype(np.int8)
    xq = QuantParams.per_tensor(0.1, 0)
    got = qr.softmax(x, 1.0, xq, QuantParams.per_tensor(1 / 256, -128)).astype(np.int64)
    want = fref._softmax(_deq(x, xq))
    assert np.abs((got + 128) / 256 - want).max() <= 1.5 / 256
    assert np.all(np.argsort(x, axis=1, kind="stable")[:, -1] ==
                  np.argmax(got + np.arange(10) * 1e-3, axis=1))


def test_bad_operands_are_refused_with_the_op_and_operand_named():
    q = QuantParams.per_tensor(0.1, 0)
    x = np.zeros((1, 4, 4, 2), np.int8)
    with pytest.raises(TypeError, match="conv2d: w must be an int8 array, got float32"):
        qr.conv2d(x, np.zeros((1, 1, 1, 2), np.float32), None, q, q, q)
    with pytest.raises(TypeError, match=r"concatenation: xs\[1\] must be an int8 array"):
        qr.concatenation([x, x.astype(np.int16)], [q, q], q)
    with pytest.raises(ValueError, match="padding must be 'same' or 'valid', got 'full'"):
        qr.max_pool2d(x, q, padding="full")
    with pytest.raises(ValueError, match="per-tensor scale was asked of per-channel"):
        qr.tanh(x, QuantParams([0.1, 0.2], 0), q)
    with pytest.raises(ValueError, match="comes from a 3x3 input, got 4x4"):
        qr.transpose_conv2d(x, np.zeros((1, 3, 3, 2), np.int8), None, q, q, q,
                            output_size=(5, 5), strides=(1, 1), padding="valid")
    with pytest.raises(ValueError, match="depthwise_conv2d: per-channel weight quantization "
                       "must have 2 scales along axis 3, got 2 along axis 0"):
        qr.depthwise_conv2d(x, np.zeros((1, 3, 3, 2), np.int8), None, q,
                            QuantParams([0.1, 0.2], 0, 0), q)
    with pytest.raises(ValueError, match="scales must be positive"):
        QuantParams([0.1, 0.0], 0)
    with pytest.raises(ValueError, match="non-empty"):
        QuantParams([], [])


def test_lut_tables_equal_the_c_library_float32_functions():
    """LOGISTIC's and TANH's tables, built from correctly rounded float32 exp and tanh, equal
    the tables built with the C library's expf/tanhf (what TFLite's LUTPopulate calls) for
    random input quantizations."""
    ctypes = pytest.importorskip("ctypes")
    try:
        libm = ctypes.CDLL("libm.so.6")
    except OSError:
        pytest.skip("no glibc libm.so.6 here")

    def c_function(name):
        f = getattr(libm, name)
        f.restype, f.argtypes = ctypes.c_float, [ctypes.c_float]
        return np.vectorize(lambda v: f(float(v)), otypes=[np.float32])

    expf, tanhf = c_function("expf"), c_function("tanhf")
    one = np.float32(1)
    x = np.arange(-128, 128).astype(np.int8)
    rng = np.random.default_rng(3)
    for _ in range(300):
        xq = QuantParams.per_tensor(rng.uniform(0.005, 0.2), int(rng.integers(-128, 128)))
        sig_q, tanh_q = QuantParams.per_tensor(1 / 256, -128), QuantParams.per_tensor(1 / 128)
        np.testing.assert_array_equal(
            qr.logistic(x, xq, sig_q), qr._lut(x, xq, sig_q, lambda v: one / (one + expf(-v))))
        np.testing.assert_array_equal(qr.tanh(x, xq, tanh_q), qr._lut(x, xq, tanh_q, tanhf))
