"""int8 specs: the quantization a spec states and its checks (``dtype: int8``).

An int8 spec is a spec (docs/spec.md) with a top-level ``dtype: int8``, the model input's
``input_quantization: {scale, zero_point}`` and, on each layer, the ``quantization`` of its
output (optional where the op fixes it: pooling, reshapes, softmax). ``input_dtype`` /
``output_dtype: float32`` make the kernel quantize its float input and dequantize its output
(TFLite's QUANTIZE / DEQUANTIZE at a converted model's ends). The weights file holds each
layer's Keras ``get_weights()`` arrays in Keras's layouts as int8 kernels and int32 biases,
each kernel followed by its ``kernel_scale`` (float32, one per output channel or one for the
whole kernel; weights are symmetric, zero point 0). docs/int8.md states the arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Tuple

import numpy as np

from .graph import Graph
from .layers import fmt_shape
from .quant import QuantParams
from .yamlsrc import Source, suggest

TOP_LEVEL_INT8 = ("name", "dtype", "input_shape", "batch", "weights", "layers", "output",
                  "input_quantization", "input_dtype", "output_dtype")
INTERFACE_DTYPES = ("int8", "float32")
QUANT_KEYS = ("scale", "zero_point")


@dataclass(frozen=True)
class Quantization:
    """The quantization of an int8 spec: each tensor's (by name: ``input`` and each layer)
    per-tensor ``QuantParams``, and the dtypes the kernel takes and returns."""

    tensors: Dict[str, QuantParams]
    input_dtype: str = "int8"
    output_dtype: str = "int8"

    def of(self, tensor) -> QuantParams:
        return self.tensors[tensor.name]


def quant_params(value: Any, path, src: Source) -> QuantParams:
    """``{scale: positive finite number, zero_point: integer in [-128, 127]}`` (scale stored
    as float32, as TFLite stores it)."""
    if not isinstance(value, Mapping):
        raise src.error(path, f"expected a mapping {{scale: S, zero_point: Z}} (real = S * "
                              f"(q - Z)), got {value!r}")
    for key in value:
        if key not in QUANT_KEYS:
            raise src.error(path + (key,), f"unknown key '{key}'{suggest(str(key), QUANT_KEYS)};"
                                           f" accepted: {', '.join(QUANT_KEYS)}")
    for key in QUANT_KEYS:
        if key not in value:
            raise src.error(path, f"'{key}' is required: {{scale: S, zero_point: Z}}")
    scale, zero = value["scale"], value["zero_point"]
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) \
            or not math.isfinite(scale) or not np.float32(scale) > 0 \
            or not np.isfinite(np.float32(scale)):
        raise src.error(path + ("scale",), f"expected a positive finite number (a float32), "
                                           f"got {scale!r}")
    if isinstance(zero, bool) or not isinstance(zero, int) or not -128 <= zero <= 127:
        raise src.error(path + ("zero_point",), f"expected an integer in [-128, 127] (int8), "
                                                f"got {zero!r}")
    return QuantParams.per_tensor(np.float32(scale), zero)


def _same(a: QuantParams, b: QuantParams) -> bool:
    return a.s == b.s and a.z == b.z


def _fmt(q: QuantParams) -> str:
    return f"{{scale: {str(np.float32(q.s))}, zero_point: {q.z}}}"


def parse_int8_spec(raw: Mapping[str, Any], src: Source, base_dir):
    """Validate an int8 spec (``raw`` has a ``dtype`` key); the :class:`~convgen.spec.Spec`
    with ``quant`` set."""
    from . import spec as _spec
    from .quantized_ops import QOPS, supported_types
    for key in raw:
        if key not in TOP_LEVEL_INT8:
            raise src.error((key,), f"unknown key '{key}'{suggest(str(key), TOP_LEVEL_INT8)}; "
                                    f"accepted in an int8 spec: {', '.join(TOP_LEVEL_INT8)}")
    if raw["dtype"] != "int8":
        raise src.error(("dtype",), f"{raw['dtype']!r}: accepted: int8 (a float32 spec has no "
                                    "dtype key)")
    dtypes = {}
    for key in ("input_dtype", "output_dtype"):
        dtypes[key] = raw.get(key, "int8")
        if dtypes[key] not in INTERFACE_DTYPES:
            raise src.error((key,), f"{dtypes[key]!r}: accepted: {', '.join(INTERFACE_DTYPES)}"
                                    " (float32: the kernel quantizes its input / dequantizes "
                                    "its output, as TFLite's QUANTIZE / DEQUANTIZE)")
    name = _spec._name(raw, src)
    input_shape = _spec._input_shape(raw, src)
    batch = _spec._positive(raw.get("batch", 1), ("batch",), src)
    if "input_quantization" not in raw:
        raise src.error(("input_quantization",), "is required in an int8 spec: "
                                                 "{scale: S, zero_point: Z} of the model input")
    tensors = {"input": quant_params(raw["input_quantization"], ("input_quantization",), src)}
    items = _spec._layer_items(raw, src)
    stripped = [{k: v for k, v in item.items() if k != "quantization"} for item in items]
    graph: Graph = _spec._graph(dict(raw, layers=stripped), input_shape, batch, src,
                                dtype="int8")
    for tensor in graph.tensors():   # the limits every spec has (convgen/limits.py), in bytes
        where = ("input_shape",) if tensor.producer is None else ("layers", tensor.producer)
        dims = f"{batch}x{fmt_shape(tensor.shape)}"
        if batch * tensor.type.elements > _spec.MAX_TENSOR_FLOATS:
            raise src.error(where, f"tensor {dims} has more than {_spec.MAX_TENSOR_FLOATS} "
                                   "elements")
        _spec._check_limit(src, where, "tensor", graph.nbytes(tensor), f"{dims}: ")
    for node in graph.nodes:
        path = ("layers", node.index)
        qop = QOPS.get(node.layer.type)
        if qop is None:
            raise src.error(path + ("type",), f"{node.layer.type} is not supported in an int8 "
                                              f"spec; supported: {', '.join(supported_types())}")
        problem = qop.check(node)
        if problem:
            raise src.error(path + (problem[0],) if problem[0] else path,
                            f"({node.layer.type}) {problem[1]}")
        given = items[node.index].get("quantization")
        q = None if given is None else quant_params(given, path + ("quantization",), src)
        fixed = qop.fixed_output(node.layer, [tensors[t.name] for t in node.inputs])
        if fixed is not None and q is not None and not _same(q, fixed):
            raise src.error(path + ("quantization",),
                            f"({node.layer.type}) {_fmt(q)}: this op's output has "
                            f"{_fmt(fixed)} ({qop.fixed_why}); omit it or give that")
        if q is None and fixed is None and qop.default is not None:
            q = qop.default(node.layer, [tensors[t.name] for t in node.inputs])
        if q is None and fixed is None:
            raise src.error(path, f"({node.layer.type}) 'quantization' is required: "
                                  "{scale: S, zero_point: Z} of this layer's output")
        tensors[node.name] = q if q is not None else fixed
    quant = Quantization(tensors, dtypes["input_dtype"], dtypes["output_dtype"])
    spec = _spec.Spec(name, graph, None, None, src, quant)
    weight_bytes = sum(math.prod(shape) * np.dtype(dtype).itemsize
                       for _, _, shape, dtype in weight_shapes(spec))
    _spec._check_limit(src, ("layers",), "weights", weight_bytes, "")
    if raw.get("weights") is not None:
        path = _spec._weights_path(raw["weights"], base_dir, src)
        spec = _spec.Spec(name, graph, read_int8_weights(path, spec), path, src, quant)
    return spec


def weight_shapes(spec) -> List[Tuple[int, str, Tuple[int, ...], str]]:
    """[(layer index, name, shape, dtype)] of an int8 spec's weights, in file order: each
    layer's Keras ``get_weights()`` arrays (kernel int8, bias int32), then its
    ``kernel_scale`` (float32, one per output channel; one value is accepted too)."""
    out = []
    for node in spec.graph.nodes:
        shapes = node.weight_shapes()
        for name, shape in shapes:
            out.append((node.index, name, tuple(shape), "int8" if name.endswith("kernel")
                        else "int32"))
        if shapes:
            out.append((node.index, "kernel_scale", (_channels(node),), "float32"))
    return out


def _channels(node) -> int:
    """Output channels of a layer with a kernel: the length of its bias."""
    return int(node.output.shape[-1])


def check_int8_weights(arrays, spec) -> Tuple[np.ndarray, ...]:
    """Check the flat weights list of an int8 spec; C-contiguous copies in their dtypes.
    Raises ValueError naming the array, its expected shape and dtype."""
    expected = weight_shapes(spec)
    if not isinstance(arrays, (list, tuple)):
        raise ValueError(f"weights must be a list of arrays, got {type(arrays).__name__}")
    if len(arrays) != len(expected):
        listing = ", ".join(f"{n} {fmt_shape(s)} {d}" for _, n, s, d in expected)
        raise ValueError(f"expected {len(expected)} weight arrays ({listing}), "
                         f"got {len(arrays)}")
    out = []
    for k, (array, (layer, name, shape, dtype)) in enumerate(zip(arrays, expected)):
        array = np.asarray(array)
        what = f"weights[{k}] (layers[{layer}] {name})"
        if dtype == "float32":
            if array.dtype.kind != "f" or array.ndim != 1 or array.size not in (1, shape[0]):
                raise ValueError(f"{what} must be a 1-D float array of 1 or {shape[0]} scales "
                                 f"(per tensor or per output channel), got {array.dtype} "
                                 f"{tuple(array.shape)}")
            scale = np.asarray(array, np.float32)
            if not np.all(np.isfinite(scale) & (scale > 0)):
                raise ValueError(f"{what} must hold positive finite scales, got "
                                 f"{scale.tolist()[:8]}")
            out.append(np.ascontiguousarray(scale))
            continue
        if array.dtype != np.dtype(dtype):
            raise ValueError(f"{what} must be an {dtype} array, got dtype {array.dtype}")
        if tuple(array.shape) != shape:
            raise ValueError(f"{what} must have shape {shape}, got {tuple(array.shape)}")
        out.append(np.array(array, order="C"))
    return tuple(out)


def read_int8_weights(path: Path, spec) -> Tuple[np.ndarray, ...]:
    """Read an int8 spec's ``.npz`` (``np.savez(path, *arrays)``) and check it."""
    from .spec import read_weights  # spec imports this module
    return read_weights(path, spec, check_int8_weights)
