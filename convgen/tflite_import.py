"""Turn a float32 ``.tflite`` model into a convgen spec and its weights
(``convgen import-tflite``, :func:`convgen.from_tflite`).

The flatbuffer is read with the schema LiteRT ships (``ai_edge_litert.schema_py_generated``,
the flatbuffers object API), never parsed by hand. The main subgraph must have one float32
input and one output; each operator becomes the Keras layer (or two: an ``Activation`` for a
fused activation where the layer has no ``activation`` argument) that computes what
TFLite's reference kernel computes, and its constant tensors become that layer's
``get_weights()`` arrays in Keras's layouts (conv filters OHWI -> HWIO, depthwise
1HW(C*M) -> HWCM, TRANSPOSE_CONV OHWI -> HWOI, FULLY_CONNECTED [units, in] -> [in, units]).
Tensors keep TFLite's shapes, NHWC with the batch first: a Conv1D as the converter emits it
(RESHAPE/EXPAND_DIMS to [batch, 1, width, channels], CONV_2D, RESHAPE/SQUEEZE back) is a
``Reshape``, a ``Conv2D`` with a 1 x k kernel and a ``Reshape``, which cost nothing but the
convolution. Every operator or model property convgen cannot take is collected and reported
at once (:class:`TFLiteImportError`), as ``import-keras`` does; int8 (and other integer)
models are refused, naming their quantized operators.

``ai-edge-litert`` is an optional dependency (``pip install 'convgen[tflite]'``): this module
imports it only when a model is read, and ``import convgen`` never imports it.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np

from .errors import SpecError
from .keras_import import (
    Imported,
    Problem,
    _channel_constant,
    _convgen_shape,
    _minimise,
    _one_or_list,
    _placed,
    c_identifier,
)
from .layers import ArgError, fmt_shape
from .ops import LAYER_TYPES, parse_layer
from .spec import check_weights, default_layer_name, parse_spec

INSTALL_HINT = ("ai-edge-litert is not installed; install the extra: pip install "
                "'convgen[tflite]' (LiteRT's flatbuffer schema reads the .tflite file)")
UNSUPPORTED_OP = "operator not supported by convgen"
INT8 = "int8 quantized model: not yet supported (convgen imports float32 .tflite models)"
INT8_OP = "int8 quantized model: not yet supported; quantized tensors"
FILE_IDENTIFIER = b"TFL3"


class LiteRTMissing(ImportError):
    """``ai_edge_litert`` cannot be imported; the message says how to install it."""


class TFLiteImportError(SpecError):
    """A ``.tflite`` model cannot become a spec. ``problems`` lists every unsupported
    operator, option, tensor type or topology at once; the message has one line per
    problem."""

    def __init__(self, model: str, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        self.source, self.line, self.field = f"<tflite model {model}>", None, None
        n = len(self.problems)
        lines = [f"cannot import the TFLite model '{model}': {n} problem{'s' if n != 1 else ''}"]
        lines += [f"  {p}" for p in self.problems]
        if any(p.why == UNSUPPORTED_OP for p in self.problems):
            lines.append(f"  (supported operators: {', '.join(sorted(CONVERTERS))})")
        self.detail = "\n".join(lines)
        ValueError.__init__(self, self.detail)


def schema():
    """LiteRT's generated flatbuffer schema module; :class:`LiteRTMissing` without it."""
    try:
        from ai_edge_litert import schema_py_generated
    except ImportError as exc:
        raise LiteRTMissing(f"{INSTALL_HINT} ({exc})") from None
    return schema_py_generated


# ---------------------------------------------------------------- reading the flatbuffer

@dataclass(frozen=True)
class Tensor:
    """One tensor of the subgraph: its shape (batch first), element type, and its constant
    value (float32 for float tensors) where it has one."""

    index: int
    name: str
    shape: Tuple[int, ...]
    dtype: str
    data: Optional[np.ndarray]
    quantized: bool

    def label(self) -> str:
        """Its index, name (the first of the converter's ';'-joined names), type and shape."""
        return f"#{self.index} '{self.name.split(';')[0]}' {self.dtype} {list(self.shape)}"


@dataclass(frozen=True)
class Operator:
    """One operator: its builtin name (or ``CUSTOM 'code'``), tensor indices (-1: an
    omitted optional input) and its builtin options object (None where it has none)."""

    index: int
    name: str
    inputs: Tuple[int, ...]
    outputs: Tuple[int, ...]
    options: Any

    def opt(self, key: str, default: Any = None) -> Any:
        return getattr(self.options, key, default) if self.options is not None else default


@dataclass
class Model:
    """The main subgraph of a ``.tflite`` file."""

    tensors: List[Tensor]
    operators: List[Operator]
    inputs: List[int]
    outputs: List[int]
    description: str


_NUMPY_TYPES = {"FLOAT32": np.float32, "FLOAT16": np.float16, "FLOAT64": np.float64,
                "INT32": np.int32, "INT64": np.int64, "INT8": np.int8, "UINT8": np.uint8,
                "INT16": np.int16, "BOOL": np.bool_}


def _names(enum_class) -> Dict[int, str]:
    return {v: k for k, v in vars(enum_class).items() if not k.startswith("_")}


def read_model(content: bytes, label: str) -> Model:
    """Parse ``content`` (a ``.tflite`` flatbuffer); :class:`TFLiteImportError` when it is
    not one or is damaged."""
    def bad(why: str) -> TFLiteImportError:
        return TFLiteImportError(label, [Problem(label, "file", why)])

    if len(content) < 8 or content[4:8] != FILE_IDENTIFIER:
        raise bad(f"not a TFLite flatbuffer (no '{FILE_IDENTIFIER.decode()}' file identifier "
                  f"at bytes 4-8; {len(content)} bytes)")
    s = schema()
    try:
        model = s.ModelT.InitFromPackedBuf(bytearray(content), 0)
        return _model(s, model, content)
    except TFLiteImportError:
        raise
    except Exception as exc:   # a damaged flatbuffer fails anywhere in the object API
        kind = type(exc).__name__
        if type(exc).__module__ not in ("builtins", __name__):
            kind = f"{type(exc).__module__}.{kind}"
        raise bad(f"damaged flatbuffer ({kind}: {exc})") from None


def _model(s, model, content: bytes) -> Model:
    if not model.subgraphs:
        raise ValueError("the model has no subgraph")
    graph = model.subgraphs[0]
    op_names, type_names = _names(s.BuiltinOperator), _names(s.TensorType)
    tensors = []
    for i, t in enumerate(graph.tensors or []):
        dtype = type_names.get(t.type, f"type {t.type}")
        shape = tuple(int(d) for d in (t.shape if t.shape is not None else ()))
        q = t.quantization
        quantized = q is not None and q.scale is not None and len(q.scale) > 0
        tensors.append(Tensor(i, _text(t.name) or f"tensor {i}", shape, dtype,
                              _constant(model, t, dtype, shape, content), quantized))
    operators = []
    for i, op in enumerate(graph.operators or []):
        code = model.operatorCodes[op.opcodeIndex]
        number = max(code.builtinCode, code.deprecatedBuiltinCode)
        name = op_names.get(number, f"BUILTIN {number}")
        if name == "CUSTOM":
            name = f"CUSTOM '{_text(code.customCode)}'"
        ins = tuple(int(k) for k in (op.inputs if op.inputs is not None else ()))
        outs = tuple(int(k) for k in (op.outputs if op.outputs is not None else ()))
        for k in ins + outs:
            if k >= len(tensors) or k < -1:
                raise ValueError(f"operator {i} refers to tensor {k} of {len(tensors)}")
        operators.append(Operator(i, name, ins, outs, op.builtinOptions))
    inputs = [int(k) for k in (graph.inputs if graph.inputs is not None else ())]
    outputs = [int(k) for k in (graph.outputs if graph.outputs is not None else ())]
    if any(not 0 <= k < len(tensors) for k in inputs + outputs):
        raise ValueError(f"the subgraph's inputs {inputs} or outputs {outputs} are not among "
                         f"its {len(tensors)} tensors")
    return Model(tensors, operators, inputs, outputs, _text(model.description))


def _text(value) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _constant(model, t, dtype: str, shape, content: bytes) -> Optional[np.ndarray]:
    """A constant tensor's value (float tensors as float32), None for an activation."""
    buffer = model.buffers[t.buffer] if 0 < t.buffer < len(model.buffers) else None
    if buffer is None or t.sparsity is not None:   # sparse weights: a DENSIFY op reads them
        return None
    if buffer.data is not None and len(buffer.data):
        raw = bytes(np.asarray(buffer.data, np.uint8))
    elif getattr(buffer, "offset", 0) > 1:   # a model over 2 GB keeps buffers after the end
        raw = content[buffer.offset:buffer.offset + buffer.size]
    else:
        return None
    if dtype not in _NUMPY_TYPES:
        return np.frombuffer(raw, np.uint8)
    array = np.frombuffer(raw, np.dtype(_NUMPY_TYPES[dtype]).newbyteorder("<"))
    if array.size != math.prod(shape):
        raise ValueError(f"tensor '{_text(t.name)}': {array.size} values for shape "
                         f"{list(shape)}")
    array = array.reshape(shape)
    return array.astype(np.float32) if dtype in ("FLOAT32", "FLOAT16") else array.copy()


# ---------------------------------------------------------------- operators -> layers

@dataclass
class Step:
    """One spec layer an operator becomes: its mapping, its ``get_weights()`` arrays, and
    the tensors it reads (None: the step before it, within the same operator)."""

    mapping: Dict[str, Any]
    weights: List[np.ndarray] = field(default_factory=list)
    reads: Optional[List[int]] = None


class Refused(Exception):
    """Raised by a converter: why the operator cannot be imported."""


FUSED = {0: None, 1: "relu", 2: "hard_tanh", 3: "relu6", 4: "tanh"}   # RELU_N1_TO_1: clip ±1
PADDING = {0: "same", 1: "valid"}


class Context:
    """What a converter sees: the model's tensors, the operator, its activation inputs."""

    def __init__(self, model: Model, op: Operator):
        self.model, self.op = model, op
        self.tensors = model.tensors

    def tensor(self, k: int) -> Tensor:
        return self.tensors[k]

    def input(self, k: int) -> Optional[Tensor]:
        """The operator's ``k``-th input, None when omitted (index -1 or past the end)."""
        ins = self.op.inputs
        return None if k >= len(ins) or ins[k] < 0 else self.tensors[ins[k]]

    def const(self, k: int, what: str) -> np.ndarray:
        t = self.input(k)
        if t is None or t.data is None:
            raise Refused(f"its {what} must be a constant tensor")
        return t.data

    def optional_const(self, k: int, what: str) -> Optional[np.ndarray]:
        return None if self.input(k) is None else self.const(k, what)

    def activation(self, k: int) -> Tensor:
        t = self.input(k)
        if t is None or t.data is not None:
            raise Refused(f"input {k} must be a tensor computed from the model input")
        return t

    @property
    def out(self) -> Tensor:
        return self.tensors[self.op.outputs[0]]

    def padding(self) -> str:
        value = self.op.opt("padding", 0)
        if value not in PADDING:
            raise Refused(f"padding {value}: accepted SAME (0), VALID (1)")
        return PADDING[value]

    def fused(self) -> Optional[str]:
        value = self.op.opt("fusedActivationFunction", 0)
        if value not in FUSED:
            raise Refused(f"fused activation {value} (SIGN_BIT?): accepted NONE, RELU, "
                          "RELU_N1_TO_1, RELU6, TANH")
        return FUSED[value]


def _with_activation(steps: List[Step], act: Optional[str]) -> List[Step]:
    """Apply a fused activation: the last layer's ``activation`` argument where it has one,
    else an ``Activation`` layer after it."""
    if act is None:
        return steps
    last = steps[-1].mapping
    if "activation" in LAYER_TYPES[last["type"]][2]:
        last["activation"] = act
        return steps
    return steps + [Step({"type": "Activation", "activation": act})]


def _rank(t: Tensor, *ranks: int) -> None:
    if len(t.shape) not in ranks:
        raise Refused(f"input {t.label()}: convgen takes rank {' or '.join(map(str, ranks))} "
                      "here (batch first, NHWC)")


def _conv_2d(c: Context) -> List[Step]:
    x = c.activation(0)
    _rank(x, 4)
    filt = c.const(1, "filter")
    bias = c.optional_const(2, "bias")
    filters, kh, kw, per_group = filt.shape
    channels = x.shape[-1]
    if per_group < 1 or channels % per_group or filters % (channels // per_group):
        raise Refused(f"filter {list(filt.shape)} does not divide the input's {channels} "
                      "channels into groups")
    mapping = {"type": "Conv2D", "filters": filters, "kernel_size": [kh, kw],
               "strides": [c.op.opt("strideH", 1), c.op.opt("strideW", 1)],
               "padding": c.padding(),
               "dilation_rate": [c.op.opt("dilationHFactor", 1), c.op.opt("dilationWFactor", 1)],
               "groups": channels // per_group, "use_bias": bias is not None}
    weights = [filt.transpose(1, 2, 3, 0)] + ([] if bias is None else [bias])
    return _with_activation([Step(mapping, weights, [x.index])], c.fused())


def _depthwise_conv_2d(c: Context) -> List[Step]:
    x = c.activation(0)
    _rank(x, 4)
    filt = c.const(1, "filter")
    bias = c.optional_const(2, "bias")
    _, kh, kw, total = filt.shape
    channels = x.shape[-1]
    if filt.shape[0] != 1 or total % channels:
        raise Refused(f"filter {list(filt.shape)} is not [1, h, w, {channels} x multiplier]")
    multiplier = total // channels
    mapping = {"type": "DepthwiseConv2D", "kernel_size": [kh, kw],
               "strides": [c.op.opt("strideH", 1), c.op.opt("strideW", 1)],
               "padding": c.padding(), "depth_multiplier": multiplier,
               "dilation_rate": [c.op.opt("dilationHFactor", 1), c.op.opt("dilationWFactor", 1)],
               "use_bias": bias is not None}
    weights = [filt[0].reshape(kh, kw, channels, multiplier)] + ([] if bias is None else [bias])
    return _with_activation([Step(mapping, weights, [x.index])], c.fused())


def _transpose_conv(c: Context) -> List[Step]:
    """Keras's output_padding chosen to give TFLite's declared output size; TFLite crops
    ``((ceil(out/s) - 1)*s + k - out) // 2`` and Keras ``((n - 1)*s + k - out) // 2``, equal
    when ``ceil(out/s) == n``, which TensorFlow's conv2d_transpose requires of ``same``."""
    x = c.activation(2)
    _rank(x, 4)
    filt = c.const(1, "filter")
    bias = c.optional_const(3, "bias")
    filters, kh, kw, _ = filt.shape
    padding, strides = c.padding(), [c.op.opt("strideH", 1), c.op.opt("strideW", 1)]
    out = c.out.shape
    output_padding = []
    for n, k, s, o in zip(x.shape[1:3], (kh, kw), strides, out[1:3]):
        if padding == "same":
            op = o - (n - 1) * s - k % 2
            ok = -(-o // s) == n
        else:
            op = o - (n - 1) * s - k
            ok = True
        if not ok or not 0 <= op < s:
            raise Refused(f"output size {o} from {n} (kernel {k}, stride {s}, {padding}) is "
                          "not one Keras's Conv2DTranspose gives with an output_padding")
        output_padding.append(op)
    mapping = {"type": "Conv2DTranspose", "filters": filters, "kernel_size": [kh, kw],
               "strides": strides, "padding": padding, "output_padding": output_padding,
               "use_bias": bias is not None}
    weights = [filt.transpose(1, 2, 0, 3)] + ([] if bias is None else [bias])
    return _with_activation([Step(mapping, weights, [x.index])], c.fused())


def _fully_connected(c: Context) -> List[Step]:
    """Dense on the last axis; without keepNumDims TFLite first flattens the input to
    [-1, in], which is a ``Reshape`` when that leaves the batch axis as it is."""
    x = c.activation(0)
    w = c.const(1, "weights")
    bias = c.optional_const(2, "bias")
    if c.op.opt("weightsFormat", 0) != 0:
        raise Refused("a shuffled weights format: only DEFAULT is supported")
    units, inner = w.shape
    mapping = {"type": "Dense", "units": units, "use_bias": bias is not None}
    weights = [np.ascontiguousarray(w.T)] + ([] if bias is None else [bias])
    steps: List[Step] = []
    if len(x.shape) > 2 and not c.op.opt("keepNumDims", False) or x.shape[-1] != inner:
        rows = math.prod(x.shape) // inner
        if rows != x.shape[0] or math.prod(x.shape) % inner:
            raise Refused(f"flattens {x.label()} to [{rows}, {inner}]: the batch axis "
                          "would change")
        steps.append(Step({"type": "Reshape", "target_shape": [inner]}, [], [x.index]))
    steps.append(Step(mapping, weights, None if steps else [x.index]))
    return _with_activation(steps, c.fused())


def _pool(kind: str) -> Callable[[Context], List[Step]]:
    def convert(c: Context) -> List[Step]:
        x = c.activation(0)
        _rank(x, 4)
        mapping = {"type": kind,
                   "pool_size": [c.op.opt("filterHeight", 1), c.op.opt("filterWidth", 1)],
                   "strides": [c.op.opt("strideH", 1), c.op.opt("strideW", 1)],
                   "padding": c.padding()}
        return _with_activation([Step(mapping, [], [x.index])], c.fused())
    return convert


GLOBAL_POOLS = {"MEAN": "GlobalAveragePooling", "REDUCE_MAX": "GlobalMaxPooling"}


def _reduce(c: Context) -> List[Step]:
    """A mean (maximum) over every spatial axis: a global pooling layer."""
    x = c.activation(0)
    rank = len(x.shape)
    axes = sorted({int(a) % rank for a in np.asarray(c.const(1, "axes")).reshape(-1)})
    if rank not in (3, 4, 5) or axes != list(range(1, rank - 1)):
        raise Refused(f"reduces axes {axes} of {x.label()}: convgen reduces every spatial "
                      f"axis at once ({list(range(1, max(rank - 1, 1)))}), as a global "
                      "pooling layer")
    mapping = {"type": f"{GLOBAL_POOLS[c.op.name]}{rank - 2}D",
               "keepdims": bool(c.op.opt("keepDims", False))}
    return [Step(mapping, [], [x.index])]


MERGES = {"ADD": "Add", "SUB": "Subtract", "MUL": "Multiply", "MAXIMUM": "Maximum",
          "MINIMUM": "Minimum"}


def _arithmetic(c: Context) -> List[Step]:
    """Two tensors: the merge layer (Keras's broadcasting); a tensor and a constant (a number
    or one value per channel): the ``Rescaling`` computing ``x * scale + offset``."""
    a, b = c.input(0), c.input(1)
    if a is None or b is None:
        raise Refused("needs two inputs")
    consts = [a.data is not None, b.data is not None]
    if not any(consts):
        steps = [Step({"type": MERGES[c.op.name]}, [], [a.index, b.index])]
        return _with_activation(steps, c.fused())
    if all(consts):
        raise Refused("computes on constants only")
    if c.op.name not in ("ADD", "SUB", "MUL"):
        raise Refused("with a constant: convgen takes the maximum or minimum of two tensors")
    first = not consts[0]
    tensor, const = (a, b.data) if first else (b, a.data)
    if not np.all(np.isfinite(const)):
        raise Refused(f"a constant of shape {list(np.shape(const))} holds NaN or infinite "
                      "values")
    values = _channel_constant(const, tensor.shape[-1] if tensor.shape else None)
    if values is None:
        raise Refused(f"a constant of shape {list(np.shape(const))}: convgen takes a number "
                      f"or one value per channel of the last axis")
    values = [_short(v) for v in values]
    n = len(values)
    if c.op.name == "ADD":
        scale, offset = [1.0] * n, values
    elif c.op.name == "SUB":
        scale, offset = ([1.0] * n, [-v for v in values]) if first else ([-1.0] * n, values)
    else:
        scale, offset = values, [0.0] * n
    mapping: Dict[str, Any] = {"type": "Rescaling", "scale": _one_or_list(scale)}
    if any(v != 0.0 for v in offset):
        mapping["offset"] = _one_or_list(offset)
    return _with_activation([Step(mapping, [], [tensor.index])], c.fused())


def _concatenation(c: Context) -> List[Step]:
    xs = [c.activation(k) for k in range(len(c.op.inputs))]
    rank = len(xs[0].shape)
    axis = int(c.op.opt("axis", 0))
    if axis % max(rank, 1) == 0:
        raise Refused("concatenates along the batch axis")
    steps = [Step({"type": "Concatenate", "axis": axis}, [], [x.index for x in xs])]
    return _with_activation(steps, c.fused())


def _reshape(c: Context) -> List[Step]:
    """RESHAPE, EXPAND_DIMS, SQUEEZE: the output tensor's shape, batch axis kept."""
    x = c.activation(0)
    out = c.out.shape
    if len(out) < 2 or not x.shape or out[0] != x.shape[0]:
        raise Refused(f"reshapes {x.label()} to {list(out)}: the batch axis must stay first "
                      "and unchanged, with at least one axis after it")
    return [Step({"type": "Reshape", "target_shape": list(out[1:])}, [], [x.index])]


def _transpose(c: Context) -> List[Step]:
    x = c.activation(0)
    perm = [int(p) for p in np.asarray(c.const(1, "permutation")).reshape(-1)]
    if not perm or perm[0] != 0:
        raise Refused(f"permutation {perm} moves the batch axis")
    return [Step({"type": "Permute", "dims": perm[1:]}, [], [x.index])]


def _crop(c: Context) -> List[Step]:
    """SLICE and STRIDED_SLICE (unit strides, no masks but begin/end) of the spatial axes:
    ``Cropping1D/2D/3D``; how much each side loses comes from the begin offsets and the
    declared output shape."""
    x = c.activation(0)
    rank, out = len(x.shape), c.out.shape
    begin = [int(b) for b in np.asarray(c.const(1, "begin")).reshape(-1)]
    if c.op.name == "STRIDED_SLICE":
        strides = np.asarray(c.const(3, "strides")).reshape(-1).tolist()
        masks = {k: c.op.opt(k, 0) for k in ("ellipsisMask", "newAxisMask", "shrinkAxisMask")}
        if any(masks.values()) or c.op.opt("offset", False) or any(s != 1 for s in strides):
            raise Refused(f"strides {strides}, masks {masks}: convgen crops (unit strides, no "
                          "new, shrunk or elided axes)")
        begin = [0 if c.op.opt("beginMask", 0) >> i & 1 else b for i, b in enumerate(begin)]
    if rank not in (3, 4, 5) or len(begin) != rank or len(out) != rank:
        raise Refused(f"slices {x.label()}: convgen crops rank 3 to 5 (1-D to 3-D)")
    begin = [min(max(b + n if b < 0 else b, 0), n) for b, n in zip(begin, x.shape)]
    pairs = [[b, n - b - o] for b, n, o in zip(begin, x.shape, out)]
    if pairs[0] != [0, 0] or pairs[-1] != [0, 0] or min(min(p) for p in pairs) < 0:
        raise Refused(f"keeps {list(out)} of {list(x.shape)} from {begin}: convgen crops the "
                      "spatial axes only")
    spatial = pairs[1:-1]
    cropping: Any = spatial[0] if rank == 3 else spatial
    return [Step({"type": f"Cropping{rank - 2}D", "cropping": cropping}, [], [x.index])]


def _tile(c: Context) -> List[Step]:
    """TILE of axes of size 1 only, which repeats their one element: ``UpSampling1D/2D/3D``
    (nearest). Keras's nearest UpSampling2D converts to RESHAPEs that insert such an axis
    after each spatial one, a TILE of it, and a RESHAPE merging it back."""
    x = c.activation(0)
    rank = len(x.shape)
    multiples = [int(m) for m in np.asarray(c.const(1, "multiples")).reshape(-1)]
    if len(multiples) != rank or rank not in (3, 4, 5) or multiples[0] != 1 \
            or multiples[-1] != 1 or min(multiples) < 1:
        raise Refused(f"multiples {multiples} of {x.label()}: convgen repeats spatial axes "
                      "of rank 3 to 5 (UpSampling1D/2D/3D)")
    tiled = [n for n, m in zip(x.shape, multiples) if m != 1]
    if any(n != 1 for n in tiled):
        raise Refused(f"multiples {multiples} of {x.label()}: convgen tiles only axes of size "
                      "1 (where a tile is a nearest upsampling)")
    size: Any = multiples[1] if rank == 3 else multiples[1:-1]
    return [Step({"type": f"UpSampling{rank - 2}D", "size": size}, [], [x.index])]


def _prelu(c: Context) -> List[Step]:
    """``PReLU`` whose ``shared_axes`` are the axes the alpha tensor broadcasts along."""
    x = c.activation(0)
    alpha = c.const(1, "alpha")
    inner = x.shape[1:]
    if alpha.ndim > len(inner):
        raise Refused(f"alpha {list(alpha.shape)} has more axes than the input after its batch")
    shape = (1,) * (len(inner) - alpha.ndim) + alpha.shape
    if any(a not in (1, n) for a, n in zip(shape, inner)):
        raise Refused(f"alpha {list(alpha.shape)} does not broadcast to {list(inner)}")
    shared = [k + 1 for k, (a, n) in enumerate(zip(shape, inner)) if a == 1 and n != 1]
    mapping: Dict[str, Any] = {"type": "PReLU"}
    if shared:
        mapping["shared_axes"] = shared
    return [Step(mapping, [alpha.reshape(shape)], [x.index])]


def _pad(c: Context) -> List[Step]:
    x = c.activation(0)
    rank = len(x.shape)
    pads = np.asarray(c.const(1, "paddings")).reshape(-1, 2).tolist()
    value = c.optional_const(2, "constant value")
    if value is not None and np.any(np.asarray(value) != 0):
        raise Refused(f"pads with {np.asarray(value).reshape(-1).tolist()}: convgen pads "
                      "with zeros")
    if rank not in (3, 4, 5) or len(pads) != rank:
        raise Refused(f"pads {x.label()}: convgen pads rank 3 to 5 (1-D to 3-D)")
    if pads[0] != [0, 0] or pads[-1] != [0, 0] or min(min(p) for p in pads) < 0:
        raise Refused(f"paddings {pads}: convgen pads the spatial axes only, by amounts >= 0")
    spatial = pads[1:-1]
    padding: Any = spatial[0] if rank == 3 else spatial
    return [Step({"type": f"ZeroPadding{rank - 2}D", "padding": padding}, [], [x.index])]


def _softmax(c: Context) -> List[Step]:
    """Softmax over the last axis; a beta other than 1 scales its input first."""
    x = c.activation(0)
    beta = _short(c.op.opt("beta", 1.0))
    steps = [Step({"type": "Softmax"}, [], None)]
    if beta != 1.0:
        steps.insert(0, Step({"type": "Rescaling", "scale": beta}))
    steps[0].reads = [x.index]
    return steps


def _unary(mapping: Dict[str, Any]) -> Callable[[Context], List[Step]]:
    def convert(c: Context) -> List[Step]:
        return [Step(dict(mapping), [], [c.activation(0).index])]
    return convert


def _short(value: float) -> float:
    """A float32 option as the shortest decimal that gives it back (0.2, not 0.2000000029)."""
    return float(str(np.float32(value)))


def _leaky_relu(c: Context) -> List[Step]:
    alpha = _short(c.op.opt("alpha", 0.2))
    return [Step({"type": "LeakyReLU", "negative_slope": alpha}, [], [c.activation(0).index])]


def _gelu(c: Context) -> List[Step]:
    if c.op.opt("approximate", False):
        raise Refused("the tanh approximation: convgen's gelu is the exact erf form")
    return [Step({"type": "Activation", "activation": "gelu"}, [], [c.activation(0).index])]


def _resize(method: str) -> Callable[[Context], List[Step]]:
    """UpSampling2D by whole factors: nearest (either pixel-centre convention, the same for
    whole factors) or bilinear with half-pixel centres (Keras's and TF2's)."""
    def convert(c: Context) -> List[Step]:
        x = c.activation(0)
        _rank(x, 4)
        if c.op.opt("alignCorners", False):
            raise Refused("align_corners=True: Keras's UpSampling2D aligns pixel centres")
        if method == "bilinear" and not c.op.opt("halfPixelCenters", False):
            raise Refused("half_pixel_centers=False (TF1's resize): Keras's bilinear "
                          "UpSampling2D uses half-pixel centres")
        out = c.out.shape
        size = [o // n if n and o % n == 0 else 0 for o, n in zip(out[1:3], x.shape[1:3])]
        if min(size) < 1:
            raise Refused(f"resizes {list(x.shape[1:3])} to {list(out[1:3])}: convgen "
                          "upsamples by whole factors (UpSampling2D)")
        mapping = {"type": "UpSampling2D", "size": size, "interpolation": method}
        return [Step(mapping, [], [x.index])]
    return convert


CONVERTERS: Dict[str, Callable[[Context], List[Step]]] = {
    "CONV_2D": _conv_2d,
    "DEPTHWISE_CONV_2D": _depthwise_conv_2d,
    "TRANSPOSE_CONV": _transpose_conv,
    "FULLY_CONNECTED": _fully_connected,
    "AVERAGE_POOL_2D": _pool("AveragePooling2D"),
    "MAX_POOL_2D": _pool("MaxPooling2D"),
    "MEAN": _reduce,
    "REDUCE_MAX": _reduce,
    "ADD": _arithmetic,
    "SUB": _arithmetic,
    "MUL": _arithmetic,
    "MAXIMUM": _arithmetic,
    "MINIMUM": _arithmetic,
    "SLICE": _crop,
    "STRIDED_SLICE": _crop,
    "PRELU": _prelu,
    "TILE": _tile,
    "CONCATENATION": _concatenation,
    "RESHAPE": _reshape,
    "EXPAND_DIMS": _reshape,
    "SQUEEZE": _reshape,
    "TRANSPOSE": _transpose,
    "PAD": _pad,
    "PADV2": _pad,
    "SOFTMAX": _softmax,
    "LOGISTIC": _unary({"type": "Activation", "activation": "sigmoid"}),
    "TANH": _unary({"type": "Activation", "activation": "tanh"}),
    "HARD_SWISH": _unary({"type": "Activation", "activation": "hard_swish"}),
    "RELU": _unary({"type": "Activation", "activation": "relu"}),
    "RELU6": _unary({"type": "Activation", "activation": "relu6"}),
    "RELU_N1_TO_1": _unary({"type": "Activation", "activation": "hard_tanh"}),
    "RELU_0_TO_1": _unary({"type": "ReLU", "max_value": 1.0}),
    "ELU": _unary({"type": "Activation", "activation": "elu"}),
    "EXP": _unary({"type": "Activation", "activation": "exponential"}),
    "LOG_SOFTMAX": _unary({"type": "Activation", "activation": "log_softmax"}),
    "NEG": _unary({"type": "Rescaling", "scale": -1.0}),
    "GELU": _gelu,
    "LEAKY_RELU": _leaky_relu,
    "RESIZE_BILINEAR": _resize("bilinear"),
    "RESIZE_NEAREST_NEIGHBOR": _resize("nearest"),
}


# ---------------------------------------------------------------- the model

FLOAT_TYPES = ("FLOAT32",)
INTEGER_TYPES = ("INT8", "UINT8", "INT16", "INT4")


def _fold_dequantize(model: Model) -> Model:
    """A DEQUANTIZE of a float16 constant (float16 weights) is that constant in float32, as
    the interpreter computes it when the model loads: fold it away."""
    tensors = list(model.tensors)
    kept = []
    for op in model.operators:
        src = tensors[op.inputs[0]] if op.name == "DEQUANTIZE" and op.inputs else None
        if src is not None and src.dtype == "FLOAT16" and src.data is not None \
                and len(op.outputs) == 1:
            dst = tensors[op.outputs[0]]
            tensors[dst.index] = dataclasses.replace(dst, data=src.data.astype(np.float32))
        else:
            kept.append(op)
    return dataclasses.replace(model, tensors=tensors, operators=kept)


def _pad_after_expand(model: Model) -> Model:
    """A causal Conv1D as the converter emits it pads the rank-3 input, then expands it to
    [batch, 1, width, channels] for CONV_2D: expand first and pad the width after, so that
    the padding (a ZeroPadding2D read only by the convolution) folds into the convolution's
    window instead of being a copy. The expanded, unpadded tensor is new (no TFLite index
    of the file's)."""
    readers: Dict[int, int] = {k: 1 for k in model.outputs}
    for op in model.operators:
        for k in op.inputs:
            readers[k] = readers.get(k, 0) + 1
    by_input = {op.inputs[0]: op for op in model.operators if op.inputs}
    tensors, ops = list(model.tensors), list(model.operators)
    for i, pad in enumerate(model.operators):
        if pad.name != "PAD" or len(pad.inputs) != 2 or len(pad.outputs) != 1:
            continue
        x, padded = tensors[pad.inputs[0]], tensors[pad.outputs[0]]
        pads, expand = tensors[pad.inputs[1]].data, by_input.get(padded.index)
        if len(x.shape) != 3 or x.data is not None or pads is None or pads.shape != (3, 2) \
                or readers.get(padded.index) != 1 or expand is None \
                or expand.name not in ("RESHAPE", "EXPAND_DIMS") or len(expand.outputs) != 1:
            continue
        out = tensors[expand.outputs[0]]
        if out.shape != (padded.shape[0], 1, *padded.shape[1:]) or np.any(pads[[0, 2]]):
            continue
        unpadded = Tensor(len(tensors), f"{out.name}/unpadded", (x.shape[0], 1, *x.shape[1:]),
                          x.dtype, None, False)
        pads4 = Tensor(len(tensors) + 1, f"{out.name}/paddings", (4, 2), "INT32",
                       np.array([[0, 0], [0, 0], list(pads[1]), [0, 0]], np.int32), False)
        tensors += [unpadded, pads4]
        ops[i] = dataclasses.replace(expand, inputs=(x.index,), outputs=(unpadded.index,))
        ops[ops.index(expand)] = dataclasses.replace(pad, inputs=(unpadded.index, pads4.index),
                                                     outputs=expand.outputs)
    return dataclasses.replace(model, tensors=tensors, operators=ops)


def _op_label(model: Model, op: Operator) -> str:
    """``operator 3 'name'``: its index and its output tensor's (first) name."""
    out = model.tensors[op.outputs[0]].name.split(";")[0] if op.outputs else "no output"
    return f"operator {op.index} '{out}'"


def _int8_problem(model: Model, op: Operator) -> Optional[Problem]:
    """The model-level refusal of an integer operator, naming its quantized tensors."""
    named = [model.tensors[k] for k in op.inputs + op.outputs if k >= 0]
    quantized = [t for t in named if t.dtype in INTEGER_TYPES or t.quantized
                 or op.name in ("QUANTIZE", "DEQUANTIZE")]
    if not quantized:
        return None
    return Problem(_op_label(model, op), op.name,
                   f"{INT8_OP}: {', '.join(t.label() for t in quantized)}")


# Operators whose converter reads only their first inputs: a RESHAPE's output shape is the one
# its output tensor declares, so the operators computing its shape input at run time (SHAPE,
# STRIDED_SLICE, PACK: a model converted with an open batch size) are not needed.
DATA_INPUTS = {"RESHAPE": 1}


def _data_inputs(op: Operator) -> Tuple[int, ...]:
    return op.inputs[:DATA_INPUTS.get(op.name, len(op.inputs))]


def _used_ops(model: Model, producer: Dict[int, Operator], output: int) -> List[Operator]:
    """The operators on the way to ``output`` (through the inputs their layers read), in
    the model's (topological) order."""
    seen, todo = set(), [output]
    while todo:
        op = producer.get(todo.pop())
        if op is None or op.index in seen:
            continue
        seen.add(op.index)
        todo += [k for k in _data_inputs(op) if k >= 0]
    return [op for op in model.operators if op.index in seen]


def _shape_only(model: Model, producer: Dict[int, Operator], ops: List[Operator]) -> set:
    """The operators (indices) outside ``ops`` that only compute RESHAPE shapes for them."""
    used = {op.index for op in ops}
    todo = [k for op in ops for k in op.inputs[len(_data_inputs(op)):] if k >= 0]
    seen: set = set()
    while todo:
        op = producer.get(todo.pop())
        if op is not None and op.index not in seen and op.index not in used:
            seen.add(op.index)
            todo += [k for k in op.inputs if k >= 0]
    return seen


def _model_io(model: Model, label: str, problems: List[Problem]) -> Tuple[Optional[Tensor],
                                                                           Optional[Tensor]]:
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        problems.append(Problem(label, "model", f"{len(model.inputs)} inputs and "
                                f"{len(model.outputs)} outputs: convgen needs one input and "
                                "one output"))
        return None, None
    x, y = model.tensors[model.inputs[0]], model.tensors[model.outputs[0]]
    if x.dtype != "FLOAT32" or y.dtype != "FLOAT32":
        why = (INT8 if x.dtype in INTEGER_TYPES or y.dtype in INTEGER_TYPES else
               "convgen kernels take and return float32")
        problems.append(Problem(label, "model", f"input {x.label()}, output {y.label()}: "
                                f"{why}"))
    if len(x.shape) < 2 or min(x.shape) < 1:
        problems.append(Problem(label, "model", f"input {x.label()}: convgen needs a batch "
                                "axis and a fixed shape after it"))
    return x, y


def convert_model(model: Model, label: str, name: Optional[str] = None) -> TFLiteImported:
    """Convert a parsed model; raise :class:`TFLiteImportError` listing every problem."""
    problems: List[Problem] = []
    notes: List[str] = []
    model = _fold_dequantize(model)
    files_tensors = len(model.tensors)
    model = _pad_after_expand(model)
    x, y = _model_io(model, label, problems)
    producer = {k: op for op in model.operators for k in op.outputs}
    ops = _used_ops(model, producer, y.index) if y is not None else model.operators
    dropped = len(model.operators) - len(ops) - len(_shape_only(model, producer, ops))
    if dropped:
        notes.append(f"{dropped} operator(s) do not lead to the model's output and were "
                     "left out")
    if x is not None and not ops:
        problems.append(Problem(label, "model", "the model has no operators"))

    steps_of: Dict[int, List[Step]] = {}
    for op in ops:
        steps = _convert_op(model, op, problems)
        if steps is not None:
            steps_of[op.index] = steps
    if problems:
        raise TFLiteImportError(label, problems)
    imported = _assemble(model, label, ops, steps_of, x, y, name, notes)
    imported.tensor_layers = {k: v for k, v in imported.tensor_layers.items()
                              if k < files_tensors}
    return imported


def _convert_op(model: Model, op: Operator, problems: List[Problem]) -> Optional[List[Step]]:
    """The steps of one operator, or None (problems appended)."""
    int8 = _int8_problem(model, op)
    if int8 is not None:
        problems.append(int8)
        return None
    where = _op_label(model, op)
    if op.name not in CONVERTERS:
        problems.append(Problem(where, op.name, UNSUPPORTED_OP))
        return None
    if len(op.outputs) != 1:
        problems.append(Problem(where, op.name, f"gives {len(op.outputs)} outputs: convgen "
                                "layers give one"))
        return None
    context = Context(model, op)
    bad = [t.label() for k in _data_inputs(op) + op.outputs if k >= 0
           for t in [model.tensors[k]] if t.data is None and t.dtype not in FLOAT_TYPES]
    if bad:
        problems.append(Problem(where, op.name, f"computes on {', '.join(bad)}: convgen "
                                "kernels compute in float32"))
        return None
    try:
        steps = CONVERTERS[op.name](context)
    except Refused as exc:
        problems.append(Problem(where, op.name, str(exc)))
        return None
    for step in steps:
        try:
            step.mapping = _minimise(step.mapping, parse_layer(step.mapping))
        except ArgError as exc:
            at = f"{exc.field}: " if exc.field else ""
            problems.append(Problem(where, op.name, f"as {step.mapping['type']}: {at}"
                                    f"{exc.message}"))
            return None
    return steps


def _assemble(model: Model, label: str, ops: List[Operator], steps_of: Dict[int, List[Step]],
              x: Tensor, y: Tensor, name: Optional[str], notes: List[str]) -> TFLiteImported:
    """The spec mapping from the converted operators: layer names, ``inputs`` where a layer
    does not read the one before it, every output shape checked against TFLite's."""
    problems: List[Problem] = []
    flat: List[Tuple[Operator, Step]] = [(op, s) for op in ops for s in steps_of[op.index]]
    names = _default_names([s.mapping["type"] for _, s in flat])
    layer_of = {x.index: "input"}                       # tensor -> the layer computing it
    shapes: Dict[str, Tuple[int, ...]] = {"input": x.shape[1:]}
    reads: List[List[str]] = []
    for k, (op, step) in enumerate(flat):
        refs = [names[k - 1]] if step.reads is None else [layer_of.get(t) for t in step.reads]
        if None in refs:
            problems.append(Problem(_op_label(model, op), op.name, "reads a tensor no earlier "
                                    "operator computes"))
            refs = [r for r in refs if r is not None]
        reads.append(refs)
        try:
            shapes[names[k]] = tuple(_convgen_shape(step.mapping, [shapes[r] for r in refs]))
        except (ArgError, KeyError) as exc:
            why = exc.message if isinstance(exc, ArgError) else "an input has no shape"
            problems.append(Problem(_op_label(model, op), op.name, why))
            shapes[names[k]] = ()
        if k + 1 == len(flat) or flat[k + 1][0] is not op:   # the operator's last step
            layer_of[op.outputs[0]] = names[k]
            want = model.tensors[op.outputs[0]].shape[1:]
            if shapes[names[k]] != tuple(want):
                problems.append(Problem(_op_label(model, op), op.name, f"convgen infers output "
                                        f"{fmt_shape(shapes[names[k]])} but TFLite declares "
                                        f"{fmt_shape(want)}"))
    if problems:
        raise TFLiteImportError(label, problems)
    chain = all(refs == [names[k - 1] if k else "input"] for k, refs in enumerate(reads))
    layers = [_placed(s.mapping, None if chain else names[k],
                      None if chain or refs == [names[k - 1] if k else "input"] else refs)
              for k, ((_, s), refs) in enumerate(zip(flat, reads))]
    top: Dict[str, Any] = {"name": name if name is not None else c_identifier(label),
                           "input_shape": list(x.shape[1:])}
    if x.shape[0] != 1:
        top["batch"] = x.shape[0]
    if layer_of[y.index] != names[-1]:
        top["output"] = layer_of[y.index]
    top["layers"] = layers
    spec = parse_spec(top, source=f"<tflite model {label}>")
    arrays = [np.asarray(w, np.float32) for _, s in flat for w in s.weights]
    try:
        checked = check_weights(arrays, spec)
    except ValueError as exc:
        raise TFLiteImportError(label, [Problem(label, "model", f"weights: {exc}")]) from None
    spec = dataclasses.replace(spec, weights=checked)
    return TFLiteImported(top, [np.asarray(a, np.float32) for a in checked], spec, label,
                          notes, kind="TFLite model", command="import-tflite",
                          tensor_layers={k: v for k, v in layer_of.items() if v != "input"})


def _default_names(types: Sequence[str]) -> List[str]:
    """The names a spec gives unnamed layers: Keras's ``conv2d``, ``conv2d_1``, ..."""
    count: Dict[str, int] = {}
    names = []
    for type_ in types:
        base = default_layer_name(type_)
        k = count.get(base, 0)
        count[base] = k + 1
        names.append(base if k == 0 else f"{base}_{k}")
    return names


@dataclass
class TFLiteImported(Imported):
    """:class:`~convgen.keras_import.Imported` plus, for each TFLite tensor an operator
    computes (by index), the spec layer whose output it is."""

    tensor_layers: Dict[int, str] = field(default_factory=dict)


# ---------------------------------------------------------------- entry points

def read(source: Union[str, os.PathLike, bytes, bytearray, memoryview]) -> Tuple[bytes, str]:
    """The bytes of a ``.tflite`` model and a label for messages (the file's stem)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), "model"
    path = Path(source)
    try:
        return path.read_bytes(), path.stem
    except OSError as exc:
        label = path.stem or str(path)
        raise TFLiteImportError(label, [Problem(str(path), "file", f"cannot be read: "
                                                f"{exc.strerror or exc}")]) from None


def convert(source: Union[str, os.PathLike, bytes],
            name: Optional[str] = None) -> TFLiteImported:
    """Read and convert a ``.tflite`` model (a path or its bytes)."""
    content, label = read(source)
    return convert_model(read_model(content, label), label, name=name)


def from_tflite(source: Union[str, os.PathLike, bytes], name: Optional[str] = None):
    """A validated :class:`~convgen.Spec` equivalent to a float32 ``.tflite`` model, with its
    weights attached. See :func:`convgen.from_tflite`."""
    import warnings
    imported = convert(source, name=name)
    for note in imported.warnings:
        warnings.warn(note, stacklevel=2)
    return imported.spec
