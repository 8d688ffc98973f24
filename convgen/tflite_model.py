"""Read a ``.tflite`` flatbuffer into plain tensors and operators (:func:`read_model`), with
the schema LiteRT ships (``ai_edge_litert.schema_py_generated``, the flatbuffers object API),
never a parser of convgen's; and the import's errors.

``ai-edge-litert`` is an optional dependency (``pip install 'convgen[tflite]'``), imported
only when a model is read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np

from .errors import SpecError
from .keras_import import Problem

INSTALL_HINT = ("ai-edge-litert is not installed; install the extra: pip install "
                "'convgen[tflite]' (LiteRT's flatbuffer schema reads the .tflite file)")
UNSUPPORTED_OP = "operator not supported by convgen"
INT8 = ("integer input or output in a float model: convgen imports float32 models and "
        "full-integer int8 models")
INT8_OP = ("quantized tensors in a float model (dynamic-range or mixed quantization): not "
           "supported; convgen imports float32 models and full-integer int8 models; tensors")
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
            from .tflite_ops import CONVERTERS
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


# ---------------------------------------------------------------- the model


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
    # affine quantization (real = scale * (q - zero_point)): float32 scales and int64 zero
    # points, one each or one per index of axis `quantized_dimension`; None when unquantized
    scale: Optional[np.ndarray] = None
    zero_point: Optional[np.ndarray] = None
    quantized_dimension: int = 0

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
        scale = zero = None
        if quantized:
            scale = np.asarray(q.scale, np.float32).reshape(-1)
            zero = (np.zeros(scale.shape, np.int64) if q.zeroPoint is None
                    else np.asarray(q.zeroPoint, np.int64).reshape(-1))
        tensors.append(Tensor(i, _text(t.name) or f"tensor {i}", shape, dtype,
                              _constant(model, t, dtype, shape, content), quantized,
                              scale, zero, int(q.quantizedDimension) if quantized else 0))
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
