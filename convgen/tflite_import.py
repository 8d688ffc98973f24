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
at once (:class:`TFLiteImportError`), as ``import-keras`` does. A full-integer int8 model
becomes an int8 spec (:mod:`convgen.tflite_int8`, docs/int8.md); a float model with
quantized tensors (dynamic-range quantization) is refused, naming them.

``ai-edge-litert`` is an optional dependency (``pip install 'convgen[tflite]'``): this module
imports it only when a model is read, and ``import convgen`` never imports it.

The stages, one module each: :mod:`convgen.tflite_model` reads the flatbuffer into tensors
and operators; :mod:`convgen.tflite_ops` holds one converter per operator; this module
rewrites the operator graph where that helps (float16 weights folded, a causal Conv1D's pad
moved after its expansion), converts every operator, collects every problem, and assembles
and checks the spec.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np

from .keras_import import Imported, Problem, _convgen_shape, _minimise, _placed, c_identifier
from .layers import ArgError, fmt_shape
from .ops import parse_layer
from .spec import check_weights, default_layer_name, parse_spec
from .tflite_model import (  # noqa: F401  (re-exported: the import's public names)
    FILE_IDENTIFIER,
    INSTALL_HINT,
    INT8,
    INT8_OP,
    UNSUPPORTED_OP,
    LiteRTMissing,
    Model,
    Operator,
    Tensor,
    TFLiteImportError,
    read_model,
    schema,
)
from .tflite_ops import CONVERTERS, Context, Refused, Step  # noqa: F401

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
    from .tflite_int8 import is_int8
    if is_int8(model):
        return _convert_int8(model, label, name)
    problems: List[Problem] = []
    notes: List[str] = []
    model = _fold_dequantize(model)
    files_tensors = len(model.tensors)
    model = _pad_after_expand(model)
    x, y = _model_io(model, label, problems)
    ops, steps_of = _walk(model, label, y, (), lambda op: _convert_op(model, op, problems),
                          problems, notes,
                          "the model has no operators" if x is not None else None)
    if problems:
        raise TFLiteImportError(label, problems)
    imported = _assemble(model, label, ops, steps_of, x, y, name, notes)
    imported.tensor_layers = {k: v for k, v in imported.tensor_layers.items()
                              if k < files_tensors}
    return imported


def _convert_int8(model: Model, label: str, name: Optional[str]) -> TFLiteImported:
    """An int8 model to an int8 spec (:mod:`convgen.tflite_int8`): the same walk as a float
    model's, QUANTIZE/DEQUANTIZE at the ends becoming the spec's float interface."""
    from . import tflite_int8
    problems: List[Problem] = []
    notes: List[str] = []
    io = tflite_int8.interface(model, label, problems)
    if io is None:
        raise TFLiteImportError(label, problems)
    x, y, dtypes, ends = io

    def convert(op: Operator) -> Optional[List[Step]]:
        where = _op_label(model, op)
        if len(op.outputs) != 1:
            problems.append(Problem(where, op.name, f"gives {len(op.outputs)} outputs: "
                                    "convgen layers give one"))
            return None
        return tflite_int8.convert_op(model, op, where, _data_inputs(op), problems)

    ops, steps_of = _walk(model, label, y, ends, convert, problems, notes,
                          "the model has no operators between its input and output")
    if problems:
        raise TFLiteImportError(label, problems)
    return _assemble(model, label, ops, steps_of, x, y, name, notes,
                     int8=tflite_int8.top_level(x, dtypes))


def _walk(model: Model, label: str, y, skip, convert, problems: List[Problem],
          notes: List[str], empty: Optional[str]) -> Tuple[List[Operator], Dict[int, List[Step]]]:
    """The operators leading to the output tensor ``y`` (all of them without one), less the
    indices in ``skip``, and the steps ``convert(op)`` gives each (None: refused, problems
    appended). Operators that do not lead to the output are noted as left out; no operator
    at all is the problem ``empty`` (when given)."""
    producer = {k: op for op in model.operators for k in op.outputs}
    ops = ([op for op in _used_ops(model, producer, y.index) if op.index not in skip]
           if y is not None else model.operators)
    dropped = (len(model.operators) - len(ops) - len(skip)
               - len(_shape_only(model, producer, ops)))
    if dropped:
        notes.append(f"{dropped} operator(s) do not lead to the model's output and were "
                     "left out")
    if empty is not None and not ops:
        problems.append(Problem(label, "model", empty))
    steps_of: Dict[int, List[Step]] = {}
    for op in ops:
        steps = convert(op)
        if steps is not None:
            steps_of[op.index] = steps
    return ops, steps_of


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
              x: Tensor, y: Tensor, name: Optional[str], notes: List[str],
              int8: Optional[Dict[str, Any]] = None) -> TFLiteImported:
    """The spec mapping from the converted operators: layer names, ``inputs`` where a layer
    does not read the one before it, every output shape checked against TFLite's. ``int8``:
    the top-level keys of an int8 spec (each step then carries its ``quantization``, and
    the weights keep their integer types)."""
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
    for layer, (_, s) in zip(layers, flat):
        if s.quantization is not None:
            layer["quantization"] = s.quantization
    top: Dict[str, Any] = {"name": name if name is not None else c_identifier(label)}
    top.update(int8 or {})
    top["input_shape"] = list(x.shape[1:])
    if x.shape[0] != 1:
        top["batch"] = x.shape[0]
    if layer_of[y.index] != names[-1]:
        top["output"] = layer_of[y.index]
    top["layers"] = layers
    if int8:
        from .errors import SpecError
        from .quantized_spec import check_int8_weights
        try:
            spec = parse_spec(top, source=f"<tflite model {label}>")
        except SpecError as exc:   # an int8 rule the operators' checks do not cover
            raise TFLiteImportError(label, [Problem(label, "model", str(exc))]) from None
        arrays = [np.asarray(w) for _, s in flat for w in s.weights]
        check = check_int8_weights
    else:
        spec = parse_spec(top, source=f"<tflite model {label}>")
        arrays = [np.asarray(w, np.float32) for _, s in flat for w in s.weights]
        check = check_weights
    try:
        checked = check(arrays, spec)
    except ValueError as exc:
        raise TFLiteImportError(label, [Problem(label, "model", f"weights: {exc}")]) from None
    spec = dataclasses.replace(spec, weights=checked)
    return TFLiteImported(top, list(checked), spec, label,
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
