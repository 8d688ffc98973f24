"""The TFLite operators convgen imports, one converter each (:data:`CONVERTERS`): an
operator becomes the Keras layer (or layers) computing what TFLite's reference kernel
computes, its constant tensors that layer's ``get_weights()`` arrays in Keras's layouts.
A converter raises :class:`Refused` saying why an operator cannot be imported."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional

import numpy as np

from .keras_import import _channel_constant, _one_or_list
from .ops import LAYER_TYPES
from .tflite_model import Model, Operator, Tensor


@dataclass
class Step:
    """One spec layer an operator becomes: its mapping, its ``get_weights()`` arrays, and
    the tensors it reads (None: the step before it, within the same operator)."""

    mapping: Dict[str, Any]
    weights: List[np.ndarray] = field(default_factory=list)
    reads: Optional[List[int]] = None
    # int8 models: the layer's output quantization, {scale, zero_point}, where the spec
    # states it (convgen.tflite_int8)
    quantization: Optional[Dict[str, Any]] = None


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
