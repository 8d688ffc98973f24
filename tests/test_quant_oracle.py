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

import pathlib

import numpy as np
import pytest

from convgen import quant
from convgen import qreference as qr
from convgen.quant import QuantParams

litert = pytest.importorskip("ai_edge_litert.interpreter")
schema = pytest.importorskip("ai_edge_litert.schema_py_generated")

MODELS = pathlib.Path(__file__).parent / "tflite_int8"
MODEL_FILES = sorted(MODELS.glob("*.tflite"))

_OPCODES = {v: k for k, v in vars(schema.BuiltinOperator).items() if not k.startswith("_")}
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
    if name == "RESHAPE":
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


def test_every_listed_op_is_covered():
    """The committed models exercise every op the oracle claims to follow TFLite in."""
    seen = {name for p in MODEL_FILES for name, *_ in Model(p).ops}
    assert {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "ADD", "SUB", "MUL",
            "AVERAGE_POOL_2D", "MAX_POOL_2D", "MEAN", "SOFTMAX", "LOGISTIC", "TANH",
            "HARD_SWISH", "LEAKY_RELU", "CONCATENATION", "PAD", "RESIZE_NEAREST_NEIGHBOR",
            "RESIZE_BILINEAR", "QUANTIZE", "DEQUANTIZE"} <= seen


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


def test_pypi_build_uses_double_rounding(monkeypatch):
    """ai-edge-litert is built without TFLITE_SINGLE_ROUNDING: the oracle's single-rounding
    variant differs from it on models where the double-rounding default does not."""
    files = [MODELS / f"{n}.tflite" for n in ("conv_same_relu", "depthwise_same", "leaky_relu",
                                             "mul", "resize_bilinear")]
    assert not _mismatches(files, False, monkeypatch)
    assert len(_mismatches(files, True, monkeypatch)) >= 3
