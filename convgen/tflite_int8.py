"""int8 ``.tflite`` models (full-integer quantization, TFLite's quantization spec) to int8
specs (``dtype: int8``, docs/int8.md): each operator becomes the layer the float import makes
of it (:mod:`convgen.tflite_ops`), with its output's ``quantization``, its kernel kept int8,
its bias int32 and the kernel's scales appended as ``kernel_scale``. A QUANTIZE of a float32
model input and a DEQUANTIZE to a float32 model output (the converter's float interface)
become the spec's ``input_dtype`` / ``output_dtype: float32``. Every operator, tensor type or
quantization convgen cannot take is listed at once (:class:`TFLiteImportError`).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

import numpy as np

from .keras_import import Problem, _minimise
from .layers import ArgError
from .ops import parse_layer
from .quant import QuantParams
from .quantized_ops import CLAMPS, QOPS
from .tflite_model import Model, Operator, Tensor, TFLiteImportError
from .tflite_ops import CONVERTERS, Context, Refused, Step, _short

# The operators an int8 model may contain (besides QUANTIZE/DEQUANTIZE at its ends).
INT8_OPS = ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "ADD", "SUB", "MUL",
            "AVERAGE_POOL_2D", "MAX_POOL_2D", "MEAN", "RESHAPE", "EXPAND_DIMS", "SQUEEZE",
            "SOFTMAX", "LOGISTIC", "TANH", "HARD_SWISH", "LEAKY_RELU", "PAD",
            "CONCATENATION", "RESIZE_NEAREST_NEIGHBOR", "RESIZE_BILINEAR", "TRANSPOSE_CONV",
            "QUANTIZE")
UNARY_OPS = ("LOGISTIC", "TANH", "HARD_SWISH")   # the operators that become an Activation
UNSUPPORTED_INT8 = "int8 operator not supported by convgen yet"
# the axis of a per-channel weight quantization: the output channels
WEIGHT_AXIS = {"CONV_2D": 0, "DEPTHWISE_CONV_2D": 3, "FULLY_CONNECTED": 0, "TRANSPOSE_CONV": 0}
# where the filter and the bias are among the operator's inputs
FILTER_INPUT = {"TRANSPOSE_CONV": 1}
BIAS_INPUT = {"TRANSPOSE_CONV": 3}
QUANTIZED_TYPES = ("INT8", "UINT8", "INT16", "INT4")


def is_int8(model: Model) -> bool:
    """Whether the model computes on quantized integer tensors (not just float16 or int8
    weights dequantized at load)."""
    for op in model.operators:
        for k in op.inputs + op.outputs:
            t = model.tensors[k] if k >= 0 else None
            if t is not None and t.data is None and t.dtype in QUANTIZED_TYPES:
                return True
    return False


def _requantize_steps(op: Operator) -> List[Step]:
    """A QUANTIZE from int8 to int8 inside the model: an ``Identity`` whose output is
    quantized otherwise (TFLite's Requantize)."""
    return [Step({"type": "Identity"}, [], [op.inputs[0]])]


def _qdict(t: Tensor) -> Dict[str, Any]:
    return {"scale": _short(t.scale[0]), "zero_point": int(t.zero_point[0])}


def _qparams(q: Dict[str, Any]) -> QuantParams:
    return QuantParams.per_tensor(np.float32(q["scale"]), q["zero_point"])


def _activation_problem(t: Tensor) -> Optional[str]:
    if t.dtype != "INT8":
        return f"{t.label()}: convgen's int8 layers compute on INT8 tensors"
    if t.scale is None:
        return f"{t.label()} has no quantization"
    if t.scale.size != 1:
        return f"{t.label()}: an activation is quantized per tensor, got {t.scale.size} scales"
    if not -128 <= t.zero_point[0] <= 127:
        return f"{t.label()}: zero point {t.zero_point[0]} outside int8"
    return None


def _weight_problems(model: Model, op: Operator) -> List[str]:
    """The filter must be symmetric int8, per tensor or per output channel; the bias int32."""
    if op.name not in WEIGHT_AXIS:
        return []
    out = []
    fk, bk = FILTER_INPUT.get(op.name, 1), BIAS_INPUT.get(op.name, 2)
    filt = model.tensors[op.inputs[fk]] if len(op.inputs) > fk and op.inputs[fk] >= 0 else None
    if filt is None or filt.data is None or filt.dtype != "INT8" or filt.scale is None:
        out.append(f"weights {filt.label() if filt else '(none)'}: convgen takes constant "
                   "INT8 weights with a quantization")
    else:
        channels = filt.shape[WEIGHT_AXIS[op.name]]
        if np.any(filt.zero_point != 0):
            out.append(f"weights {filt.label()}: zero points "
                       f"{sorted(set(filt.zero_point.tolist()))[:4]}: int8 weights are "
                       "symmetric (zero point 0)")
        if filt.scale.size not in (1, channels) or (
                filt.scale.size > 1 and filt.quantized_dimension != WEIGHT_AXIS[op.name]):
            out.append(f"weights {filt.label()}: {filt.scale.size} scales along axis "
                       f"{filt.quantized_dimension}: convgen takes one, or one per output "
                       f"channel along axis {WEIGHT_AXIS[op.name]}")
    bias = model.tensors[op.inputs[bk]] if len(op.inputs) > bk and op.inputs[bk] >= 0 else None
    if bias is not None and (bias.data is None or bias.dtype != "INT32"):
        out.append(f"bias {bias.label()}: convgen takes a constant INT32 bias")
    return out


def convert_op(model: Model, op: Operator, where: str, data_inputs: Tuple[int, ...],
               problems: List[Problem]) -> Optional[List[Step]]:
    """The int8 steps of one operator (quantization and kernel scales attached), or None
    with its problems appended."""
    if op.name not in INT8_OPS:
        problems.append(Problem(where, op.name, UNSUPPORTED_INT8))
        return None
    found = [p for k in data_inputs + op.outputs if k >= 0
             for t in [model.tensors[k]] if t.data is None
             for p in [_activation_problem(t)] if p]
    found += _weight_problems(model, op)
    if found:
        problems += [Problem(where, op.name, why) for why in found]
        return None
    try:
        steps = (_requantize_steps(op) if op.name == "QUANTIZE"
                 else CONVERTERS[op.name](Context(model, op)))
    except Refused as exc:
        problems.append(Problem(where, op.name, str(exc)))
        return None
    first = next(k for k in data_inputs if k >= 0 and model.tensors[k].data is None)
    q = _qdict(model.tensors[first])   # the input the first step reads
    out_q = _qdict(model.tensors[op.outputs[0]])
    # a fused activation after the op's own step (ADD + RELU): the op's step already gives
    # the operator's output quantization, which the clamp keeps
    clamped = len(steps) > 1 and steps[-1].mapping["type"] == "Activation" \
        and op.name not in UNARY_OPS and steps[-1].mapping.get("activation") in CLAMPS
    for k, step in enumerate(steps):
        type_ = step.mapping["type"]
        fused = type_ == "Activation" and op.name not in UNARY_OPS and not clamped
        if type_ not in QOPS or fused:
            why = {"Rescaling": "an operand is a constant (or a SOFTMAX's beta is not 1)",
                   "Activation": "a fused activation convgen's int8 form of this layer does "
                                 "not take"}.get(type_, "")
            problems.append(Problem(where, op.name, f"becomes {type_}, not supported in an "
                                    f"int8 spec{': ' + why if why else ''} (int8 layers: "
                                    f"{', '.join(sorted(QOPS))})"))
            return None
        try:
            step.mapping = _minimise(step.mapping, parse_layer(step.mapping))
        except ArgError as exc:
            at = f"{exc.field}: " if exc.field else ""
            problems.append(Problem(where, op.name, f"as {type_}: {at}{exc.message}"))
            return None
        step_q = out_q if k >= len(steps) - (2 if clamped else 1) else q
        fixed = QOPS[type_].fixed_output(parse_layer(step.mapping), [_qparams(q)])
        if fixed is None or not (fixed.s == np.float32(step_q["scale"])
                                 and fixed.z == step_q["zero_point"]):
            step.quantization = step_q
        if step.weights:
            filt = model.tensors[op.inputs[1]]
            step.weights = list(step.weights) + [np.asarray(filt.scale, np.float32)]
        q = step_q
    return steps


def interface(model: Model, label: str, problems: List[Problem]):
    """The int8 tensors the spec starts and ends at, the interface dtypes, and the ops
    (QUANTIZE of a float input, DEQUANTIZE to a float output) they replace."""
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        problems.append(Problem(label, "model", f"{len(model.inputs)} inputs and "
                                f"{len(model.outputs)} outputs: convgen needs one input and "
                                "one output"))
        return None
    x, y = model.tensors[model.inputs[0]], model.tensors[model.outputs[0]]
    dropped, dtypes = [], {"input_dtype": "int8", "output_dtype": "int8"}
    readers = [op for op in model.operators if x.index in op.inputs]
    if x.dtype == "FLOAT32":
        if len(readers) == 1 and readers[0].name == "QUANTIZE":
            dropped.append(readers[0].index)
            x = model.tensors[readers[0].outputs[0]]
            dtypes["input_dtype"] = "float32"
        else:
            problems.append(Problem(label, "model", f"input {x.label()}: a float32 input must "
                                    "be read by one QUANTIZE only"))
    producer = [op for op in model.operators if y.index in op.outputs]
    if y.dtype == "FLOAT32":
        if producer and producer[0].name == "DEQUANTIZE":
            dropped.append(producer[0].index)
            y = model.tensors[producer[0].inputs[0]]
            dtypes["output_dtype"] = "float32"
        else:
            problems.append(Problem(label, "model", f"output {y.label()}: a float32 output "
                                    "must come from a DEQUANTIZE"))
    for t, what in ((x, "input"), (y, "output")):
        why = _activation_problem(t)
        if why:
            problems.append(Problem(label, "model", f"{what} {why}"))
    if len(x.shape) < 2 or min(x.shape) < 1:
        problems.append(Problem(label, "model", f"input {x.label()}: convgen needs a batch "
                                "axis and a fixed shape after it"))
    return x, y, dtypes, dropped


def top_level(x: Tensor, dtypes: Dict[str, str]) -> Dict[str, Any]:
    """The int8 spec's top-level keys besides name, shape and layers."""
    out: Dict[str, Any] = {"dtype": "int8"}
    out.update((k, v) for k, v in dtypes.items() if v != "int8")
    out["input_quantization"] = _qdict(x)
    return out


def refuse(label: str, problems: List[Problem]) -> None:
    if problems:
        raise TFLiteImportError(label, problems)
