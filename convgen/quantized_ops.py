"""The int8 ops, one registry entry per Keras layer type (:data:`QOPS`): what an int8 spec
accepts of the layer (``check``), the quantization its output must have where the op fixes
it, its oracle (the :mod:`convgen.qreference` function, with the layer's Keras-layout
weights turned into TFLite's) and its lowering (the template, the numbers it prints, and the
weights blob it packs). Nothing else enumerates int8 ops.

Every function here sees tensors batch first, channels last (NHWC), as TFLite does.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import qreference as qr
from .quant import QuantParams, activation_range

# Keras activation name -> TFLite fused activation (a clamp of the output)
ACTIVATIONS = {"linear": "none", "relu": "relu", "relu6": "relu6",
               "hard_tanh": "relu_n1_to_1"}
SOFTMAX_OUT = QuantParams.per_tensor(np.float32(1.0 / 256.0), -128)
# int32 accumulators a convolution keeps per output pixel (on the stack: 4 bytes each)
ACC_BLOCK = 128


class Blob:
    """The weights blob being packed: arrays appended at 8-byte aligned byte offsets."""

    ALIGN = 8

    def __init__(self):
        self.parts: List[bytes] = []
        self.size = 0
        self.layout: List[str] = []

    def add(self, array: np.ndarray, what: str) -> int:
        pad = -self.size % self.ALIGN
        if pad:
            self.parts.append(bytes(pad))
            self.size += pad
        offset = self.size
        data = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()
        self.parts.append(data)
        self.size += len(data)
        self.layout.append(f"{what} {array.dtype} {list(array.shape)} at byte {offset}")
        return offset

    def bytes(self) -> bytes:
        return b"".join(self.parts) + bytes(-self.size % self.ALIGN)


@dataclass(frozen=True)
class Lowered:
    """One layer's C: its template and the numbers it prints; whether it reads the blob; the
    bytes of workspace it needs while it runs (``scratch``: then its function takes that
    pointer, 8-byte aligned, as its last argument). The template ``alias`` means no C at all:
    the output is the input's bytes."""

    template: str
    context: Dict[str, Any]
    weights: bool = False
    scratch: int = 0
    form: str = ""   # the target's int8 SIMD form that lowered the layer ("": portable)


@dataclass(frozen=True)
class QOp:
    """An int8 op: the Keras types it takes and what the pipeline needs of it.

    ``check(node)`` -> None or (field, why) for what the int8 form refuses;
    ``fixed(layer, in_qs)`` -> the output quantization the op imposes, or None (then the
    spec gives it); ``default(layer, in_qs)`` -> the output quantization when the spec gives
    none and the op fixes none (None: the spec must give it); ``oracle(node, xs, ws, in_qs,
    out_q)`` -> the int8 output (batch first); ``lower(node, in_qs, out_q, ws, blob, batch,
    target)`` -> :class:`Lowered`, packing the layer's arrays into ``blob`` in the form the
    :class:`convgen.targets.Target` profile's ``int8`` names. ``ws`` are the layer's
    weights in the spec's form (Keras layouts, then ``kernel_scale``).
    """

    types: Tuple[str, ...]
    check: Callable[[Any], Optional[Tuple[Optional[str], str]]]
    oracle: Callable[..., np.ndarray]
    lower: Callable[..., Lowered]
    fixed: Callable[[Any, Sequence[QuantParams]], Optional[QuantParams]] = \
        lambda layer, qs: None
    fixed_why: str = ""
    default: Optional[Callable[[Any, Sequence[QuantParams]], QuantParams]] = None
    # clamp(node, q) -> (lo, hi) when the node only clamps its input, keeping its
    # quantization ``q``, else None: then the plan folds it into the step computing its input
    # if that step's lowering clamps (its context's ``act_min``, ``act_max``) and nothing
    # else reads that input
    clamp: Optional[Callable[[Any, QuantParams], Optional[Tuple[int, int]]]] = None

    def fixed_output(self, layer, in_qs: Sequence[QuantParams]) -> Optional[QuantParams]:
        return self.fixed(layer, in_qs)


def _channels_last(node) -> Optional[Tuple[str, str]]:
    if getattr(node.layer, "data_format", "channels_last") != "channels_last":
        return "data_format", "int8 layers are channels_last (TFLite's NHWC)"
    return None


def _activation(node) -> Optional[Tuple[str, str]]:
    act = getattr(node.layer, "activation", "linear")
    if act not in ACTIVATIONS:
        return "activation", (f"{act!r}: an int8 layer's activation is a clamp of its output; "
                              f"accepted: {', '.join(ACTIVATIONS)}")
    return None


def _first(*checks):
    def check(node):
        for c in checks:
            problem = c(node)
            if problem:
                return problem
        return None
    return check


def _weight_q(scale: np.ndarray, axis: int) -> QuantParams:
    return QuantParams(scale, np.zeros(scale.shape, np.int32), axis)


def _clamp(node, out_q: QuantParams) -> Tuple[int, int]:
    return activation_range(ACTIVATIONS[getattr(node.layer, "activation", "linear")],
                            out_q.s, out_q.z)


def _split(ws):
    """(kernel, bias or None, kernel_scale) of a layer with a kernel."""
    return ws[0], (ws[1] if len(ws) == 3 else None), ws[-1]


# ---------------------------------------------------------------- convolutions

def _conv_check(node):
    layer = node.layer
    if layer.padding not in ("valid", "same"):
        return "padding", f"{layer.padding!r}: accepted in int8: valid, same"
    return _first(_channels_last, _activation)(node)


def _conv_tflite(node, ws):
    """The layer's weights as TFLite's CONV_2D / DEPTHWISE_CONV_2D take them, and the view
    of its input and output as 4-D NHWC (a Conv1D is a 1 x k Conv2D, as converted)."""
    kernel, bias, scale = _split(ws)
    layer = node.layer
    depthwise = layer.type.startswith("Depthwise")
    if layer.rank == 1:
        kernel = kernel[None]
    kh, kw = kernel.shape[:2]
    if depthwise:
        w = kernel.reshape(1, kh, kw, -1)
    else:
        w = np.ascontiguousarray(kernel.transpose(3, 0, 1, 2))
    two = (lambda v: (1, v[0])) if layer.rank == 1 else tuple
    return w, bias, scale, depthwise, two(layer.strides), two(layer.dilation_rate)


def _to4(x: np.ndarray) -> np.ndarray:
    return x[:, None] if x.ndim == 3 else x


def _conv_oracle(node, xs, ws, in_qs, out_q):
    w, bias, scale, depthwise, strides, dilation = _conv_tflite(node, ws)
    x = _to4(xs[0])
    act = ACTIVATIONS[node.layer.activation]
    kw = dict(strides=strides, dilation=dilation, padding=node.layer.padding, activation=act)
    if depthwise:
        y = qr.depthwise_conv2d(x, w, bias, in_qs[0], _weight_q(scale, 3), out_q,
                                depth_multiplier=node.layer.depth_multiplier, **kw)
    else:
        y = qr.conv2d(x, w, bias, in_qs[0], _weight_q(scale, 0), out_q, **kw)
    return y.reshape(xs[0].shape[:1] + node.output.shape)


def _requant_arrays(in_q, scale, out_q, channels):
    """Per-channel multipliers and shifts (int32)."""
    mult, shift = qr.conv_multipliers(in_q, _weight_q(scale, 0), out_q)
    return (np.broadcast_to(mult, (channels,)).astype(np.int32),
            np.broadcast_to(shift, (channels,)).astype(np.int32))


def _add_requant(arrays, blob, what) -> Tuple[int, int]:
    """The multipliers and shifts into the blob: their byte offsets."""
    return (blob.add(arrays["mult"], f"{what} multipliers"),
            blob.add(arrays["shift"], f"{what} shifts"))


def _simd(target, op: str, ctx, arrays, blob, what) -> Optional[Lowered]:
    """The layer lowered by the target's int8 SIMD form (:mod:`convgen.qforms`), or None."""
    from .qforms import lowering
    fn = lowering(target.int8, op)
    lowered = fn(ctx, arrays, blob, what) if fn is not None else None
    return dataclasses.replace(lowered, form=target.int8) if lowered is not None else None


def _conv_lower(node, in_qs, out_q, ws, blob, batch, target):
    w, bias, scale, depthwise, strides, dilation = _conv_tflite(node, ws)
    x_shape = (1,) + node.inputs[0].shape if node.layer.rank == 1 else node.inputs[0].shape
    y_shape = (1,) + node.output.shape if node.layer.rank == 1 else node.output.shape
    h, wd, cin = x_shape
    oh, ow, cout = y_shape
    kh, kw = w.shape[1:3]
    pads = [qr.tflite_padding(n, k, s, d, node.layer.padding)[1]
            for n, k, s, d in zip((h, wd), (kh, kw), strides, dilation)]
    what = f"layers[{node.index}] {node.name}"
    bias = np.zeros(cout, np.int32) if bias is None else bias.astype(np.int32)
    ctx = dict(batch=batch, h=h, w=wd, cin=cin, oh=oh, ow=ow, cout=cout, kh=kh, kw=kw,
               sh=strides[0], sw=strides[1], dh=dilation[0], dw=dilation[1],
               ph=pads[0], pw=pads[1], zx=in_qs[0].z, zy=out_q.z, depthwise=depthwise)
    ctx["act_min"], ctx["act_max"] = _clamp(node, out_q)
    if depthwise:
        ctx["mult"] = node.layer.depth_multiplier
    else:
        ctx["cin_g"] = w.shape[-1]
        ctx["groups"] = cin // w.shape[-1]
        ctx["cout_g"] = cout // ctx["groups"]
    mult, shift = _requant_arrays(in_qs[0], scale, out_q, cout)
    arrays = dict(kernel=w, bias=bias, mult=mult, shift=shift)
    lowered = _simd(target, "depthwise" if depthwise else "conv", dict(ctx), arrays, blob, what)
    if lowered is not None:
        return lowered
    ctx["bias_off"] = blob.add(bias, f"{what} bias")
    ctx["mult_off"], ctx["shift_off"] = _add_requant(arrays, blob, what)
    # the kernel read along the output channels: HWIO (Keras's), depthwise HW(C*M)
    packed = w if depthwise else w.transpose(1, 2, 3, 0)
    ctx["kernel_off"] = blob.add(np.ascontiguousarray(packed).reshape(-1), f"{what} kernel "
                                 + ("HW(C*M)" if depthwise else "HWIO"))
    ctx["block"] = min(cout if depthwise else ctx["cout_g"], ACC_BLOCK)
    return Lowered("qconv.c.j2", ctx, weights=True)


# ---------------------------------------------------------------- transposed convolution

def _tconv_check(node):
    layer = node.layer
    if layer.rank != 2 or tuple(layer.dilation_rate) != (1, 1):
        return "dilation_rate", "int8 transposed convolutions: Conv2DTranspose, no dilation"
    problem = _first(_channels_last, _activation)(node)
    if problem:
        return problem
    (h, w, _), out = node.inputs[0].shape, node.output.shape
    for n, o, k, s, crop in zip((h, w), out, layer.kernel_size, layer.strides,
                                layer.crops(node.inputs[0].shape)):
        if qr.tflite_padding(o, k, s, 1, layer.padding) != (n, crop):
            return "output_padding", (f"an output of {o} from {n} (kernel {k}, stride {s}, "
                                      f"{layer.padding}) is not one TFLite's TRANSPOSE_CONV "
                                      "computes as Keras does (its padding comes from the "
                                      "output size)")
    return None


def _tconv_oracle(node, xs, ws, in_qs, out_q):
    kernel, bias, scale = _split(ws)
    w = np.ascontiguousarray(kernel.transpose(2, 0, 1, 3))   # HWOI -> TFLite's OHWI
    layer = node.layer
    return qr.transpose_conv2d(xs[0], w, bias, in_qs[0], _weight_q(scale, 0), out_q,
                               output_size=node.output.shape[:2], strides=layer.strides,
                               padding=layer.padding,
                               activation=ACTIVATIONS[layer.activation])


def _tconv_lower(node, in_qs, out_q, ws, blob, batch, target):
    kernel, bias, scale = _split(ws)
    layer = node.layer
    (h, wd, cin), (oh, ow, cout) = node.inputs[0].shape, node.output.shape
    kh, kw = layer.kernel_size
    crops = layer.crops(node.inputs[0].shape)
    what = f"layers[{node.index}] {node.name}"
    bias = np.zeros(cout, np.int32) if bias is None else bias.astype(np.int32)
    ctx = dict(batch=batch, h=h, w=wd, cin=cin, oh=oh, ow=ow, cout=cout, kh=kh, kw=kw,
               sh=layer.strides[0], sw=layer.strides[1], ph=crops[0], pw=crops[1],
               zx=in_qs[0].z, zy=out_q.z, bias_off=blob.add(bias, f"{what} bias"))
    mult, shift = _requant_arrays(in_qs[0], scale, out_q, cout)
    ctx["mult_off"], ctx["shift_off"] = _add_requant(dict(mult=mult, shift=shift), blob, what)
    ctx["kernel_off"] = blob.add(np.ascontiguousarray(kernel.transpose(2, 0, 1, 3)).reshape(-1),
                                 f"{what} kernel OHWI")
    ctx["act_min"], ctx["act_max"] = _clamp(node, out_q)
    return Lowered("qtconv.c.j2", ctx, weights=True)


# ---------------------------------------------------------------- dense

def _dense_oracle(node, xs, ws, in_qs, out_q):
    kernel, bias, scale = _split(ws)
    x = xs[0]
    y = qr.fully_connected(x.reshape(-1, kernel.shape[0]), np.ascontiguousarray(kernel.T),
                           bias, in_qs[0], _weight_q(scale, 0), out_q,
                           activation=ACTIVATIONS[node.layer.activation])
    return y.reshape(x.shape[:1] + node.output.shape)


def _dense_lower(node, in_qs, out_q, ws, blob, batch, target):
    kernel, bias, scale = _split(ws)
    k, units = kernel.shape
    what = f"layers[{node.index}] {node.name}"
    real = qr.fully_connected_scales(in_qs[0], _weight_q(scale, 0), out_q)
    real = np.broadcast_to(real, (units,)).astype("<f8")
    bias = np.zeros(units, np.int32) if bias is None else bias.astype(np.int32)
    ctx = dict(rows=batch * math.prod(node.inputs[0].shape) // k, k=k, units=units,
               zx=in_qs[0].z, zy=out_q.z)
    ctx["act_min"], ctx["act_max"] = _clamp(node, out_q)
    # the kernel as TFLite's FULLY_CONNECTED takes it: (units, in)
    arrays = dict(kernel=np.ascontiguousarray(kernel.T), bias=bias, scale=real)
    lowered = _simd(target, "dense", dict(ctx), arrays, blob, what)
    if lowered is not None:
        return lowered
    ctx.update(scale_off=blob.add(real, f"{what} requantization scales (double)"),
               bias_off=blob.add(bias, f"{what} bias"),
               kernel_off=blob.add(arrays["kernel"].reshape(-1), f"{what} kernel (units, in)"))
    return Lowered("qdense.c.j2", ctx, weights=True)


# ---------------------------------------------------------------- pooling

def _pool_check(node):
    layer = node.layer
    if layer.rank != 2 and not layer.is_global:
        return "type", "int8 pooling windows are 2-D (AveragePooling2D, MaxPooling2D)"
    if layer.is_global and layer.mode != "average":
        return "type", "int8 global pooling: GlobalAveragePooling1D/2D (TFLite's MEAN)"
    return _channels_last(node)


def _same_as_input(layer, qs):
    return qs[0]


def _pool_oracle(node, xs, ws, in_qs, out_q):
    layer = node.layer
    x = xs[0]
    if layer.is_global:
        axes = tuple(range(1, x.ndim - 1))
        y = qr.mean(x, axes, in_qs[0], out_q, keepdims=layer.keepdims)
    else:
        fn = qr.average_pool2d if layer.mode == "average" else qr.max_pool2d
        y = fn(x, in_qs[0], pool=layer.pool_size, strides=layer.strides,
               padding=layer.padding)
    return y.reshape(x.shape[:1] + node.output.shape)


def _pool_lower(node, in_qs, out_q, ws, blob, batch, target):
    layer = node.layer
    shape = node.inputs[0].shape
    if layer.is_global:
        count = math.prod(shape[:-1])
        mult, shift = qr.mean_multiplier(count, in_qs[0], out_q)
        return Lowered("qmean.c.j2", dict(batch=batch, count=count, c=shape[-1], mult=mult,
                                          shift=shift, zx=in_qs[0].z, zy=out_q.z))
    h, w, c = shape
    oh, ow, _ = node.output.shape
    pads = [qr.tflite_padding(n, k, s, 1, layer.padding)[1]
            for n, k, s in zip((h, w), layer.pool_size, layer.strides)]
    return Lowered("qpool.c.j2", dict(batch=batch, h=h, w=w, c=c, oh=oh, ow=ow,
                                      kh=layer.pool_size[0], kw=layer.pool_size[1],
                                      sh=layer.strides[0], sw=layer.strides[1],
                                      ph=pads[0], pw=pads[1], average=layer.mode == "average"))


# ---------------------------------------------------------------- merges

def _binary_check(node):
    if len(node.in_shapes) != 2:
        return "inputs", (f"an int8 {node.layer.type} takes two inputs (TFLite's "
                          f"{node.layer.type.upper()[:3]}), got {len(node.in_shapes)}")
    return None


def _broadcast(x: np.ndarray, rank: int) -> np.ndarray:
    """A batch-first input with unit axes after the batch up to ``rank`` per-sample axes:
    Keras's merges align per-sample shapes on their last axes."""
    return x.reshape(x.shape[:1] + (1,) * (rank + 1 - x.ndim) + x.shape[1:])


def _binary_oracle(node, xs, ws, in_qs, out_q):
    fn = {"Add": qr.add, "Subtract": qr.sub, "Multiply": qr.mul}[node.layer.type]
    rank = len(node.output.shape)
    return fn(_broadcast(xs[0], rank), _broadcast(xs[1], rank), in_qs[0], in_qs[1], out_q)


def _strides(shape, out) -> List[int]:
    """Element strides of a batch-first input over the output's axes (0 where it
    stretches)."""
    shape = (1,) * (len(out) - len(shape)) + tuple(shape)
    strides, step = [], 1
    for n in reversed(shape):
        strides.append(0 if n == 1 else step)
        step *= n
    return strides[::-1]


def _binary_lower(node, in_qs, out_q, ws, blob, batch, target):
    out = (batch,) + node.output.shape
    dims = []
    if any(t.shape != node.output.shape for t in node.inputs):
        # the batch axis: strides of whole samples (an input's own sample size)
        sa, sb = ([math.prod(t.shape)] + _strides(t.shape, out)[1:] for t in node.inputs)
        dims = list(out)
    ctx = dict(n=batch * math.prod(node.output.shape), z1=in_qs[0].z, z2=in_qs[1].z,
               zy=out_q.z, op=node.layer.type, dims=dims)
    if dims:
        ctx["sa"], ctx["sb"] = sa, sb
    if node.layer.type == "Multiply":
        ctx["m"], ctx["s"] = qr.mul_multiplier(in_qs[0], in_qs[1], out_q)
    else:
        (ctx["m1"], ctx["s1"]), (ctx["m2"], ctx["s2"]), (ctx["mo"], ctx["so"]) = \
            qr.add_multipliers(in_qs[0], in_qs[1], out_q)
        ctx["left_shift"] = qr.ADD_LEFT_SHIFT
    ctx["act_min"], ctx["act_max"] = -128, 127   # a clamp after it narrows these (quantized.py)
    return _simd(target, "binary", ctx, {}, blob, f"layers[{node.index}] {node.name}") \
        or Lowered("qbinary.c.j2", ctx)


# ---------------------------------------------------------------- reshapes, softmax

def _reshape_check(node):
    return _channels_last(node) if node.layer.type == "Flatten" else None


def _reshape_oracle(node, xs, ws, in_qs, out_q):
    return xs[0].reshape(xs[0].shape[:1] + node.output.shape)


def _reshape_lower(node, in_qs, out_q, ws, blob, batch, target):
    return Lowered("alias", {})


def _softmax_check(node):
    layer = node.layer
    if tuple(np.atleast_1d(layer.axis)) not in ((-1,), (len(node.output.shape),)):
        return "axis", f"{layer.axis}: int8 Softmax normalises the last axis (TFLite's SOFTMAX)"
    return None


def _softmax_oracle(node, xs, ws, in_qs, out_q):
    return qr.softmax(xs[0], 1.0, in_qs[0], out_q)


def _softmax_lower(node, in_qs, out_q, ws, blob, batch, target):
    mult, left, diff_min = qr.softmax_params(1.0, in_qs[0])
    depth = node.output.shape[-1]
    return Lowered("qsoftmax.c.j2", dict(rows=batch * math.prod(node.output.shape) // depth,
                                         depth=depth, mult=mult, left=left,
                                         diff_min=diff_min))


# ---------------------------------------------------------------- elementwise: a table

# Activation functions an int8 spec takes, as TFLite ops; the output quantization the TFLite
# quantization spec fixes (None: the spec gives it)
UNARY = {"sigmoid": (qr.logistic, QuantParams.per_tensor(np.float32(1.0 / 256.0), -128)),
         "tanh": (qr.tanh, QuantParams.per_tensor(np.float32(1.0 / 128.0), 0)),
         "hard_swish": (qr.hard_swish, None)}


def _clamp_fn(act: str):
    """A fused activation as a layer of its own (TFLite's ADD, SUB, MUL with a fused RELU,
    RELU6 or RELU_N1_TO_1 becomes the merge then this): the clamp of the values, in the
    quantization they keep."""
    def fn(x, q_in, q_out):
        lo, hi = activation_range(ACTIVATIONS[act], q_out.s, q_out.z)
        return np.clip(x, lo, hi).astype(np.int8)
    return fn


# Activations that clamp: their output keeps the input's quantization
CLAMPS = {act: _clamp_fn(act) for act in ACTIVATIONS if act != "linear"}


def _unary_check(node):
    layer = node.layer
    if layer.type == "Activation" and layer.function not in UNARY \
            and layer.function not in CLAMPS:
        return "activation", (f"{layer.function!r}: an int8 Activation is one of "
                              f"{', '.join([*UNARY, *CLAMPS])} (TFLite's LOGISTIC, TANH, "
                              "HARD_SWISH, and the clamps of its fused activations)")
    return None


def _unary_fn(layer):
    """The oracle of the layer on int8 values: f(x, in_q, out_q)."""
    if layer.type == "LeakyReLU":
        return lambda x, q_in, q_out: qr.leaky_relu(x, layer.negative_slope, q_in, q_out)
    if layer.function in CLAMPS:
        return CLAMPS[layer.function]
    return UNARY[layer.function][0]


def _unary_fixed(layer, qs):
    if layer.type != "Activation":
        return None
    return qs[0] if layer.function in CLAMPS else UNARY[layer.function][1]


def _unary_clamp(node, q: QuantParams) -> Optional[Tuple[int, int]]:
    layer = node.layer
    if layer.type != "Activation" or layer.function not in CLAMPS:
        return None
    return activation_range(ACTIVATIONS[layer.function], q.s, q.z)


def _unary_oracle(node, xs, ws, in_qs, out_q):
    return _unary_fn(node.layer)(xs[0], in_qs[0], out_q)


def _identity_oracle(node, xs, ws, in_qs, out_q):
    same = in_qs[0].s == out_q.s and in_qs[0].z == out_q.z
    return xs[0] if same else qr.requantize(xs[0], in_qs[0], out_q)


def _identity_lower(node, in_qs, out_q, ws, blob, batch, target):
    """The same quantization: nothing (an alias); another: TFLite's QUANTIZE int8 -> int8, a
    function of one int8 value, as a table."""
    if in_qs[0].s == out_q.s and in_qs[0].z == out_q.z:
        return Lowered("alias", {})
    table = qr.requantize(np.arange(-128, 128).astype(np.int8), in_qs[0], out_q)
    return Lowered("qtable.c.j2", dict(n=batch * math.prod(node.output.shape),
                                       table=[int(v) for v in table],
                                       what="requantization (TFLite's QUANTIZE)"))


def _unary_lower(node, in_qs, out_q, ws, blob, batch, target):
    """Any int8 elementwise function is a table of its 256 values: computed by the oracle,
    so the C gives the oracle's bits whatever arithmetic TFLite uses (LUT, fixed point)."""
    table = _unary_fn(node.layer)(np.arange(-128, 128).astype(np.int8), in_qs[0], out_q)
    return Lowered("qtable.c.j2", dict(n=batch * math.prod(node.output.shape),
                                       table=[int(v) for v in table],
                                       what=node.layer.type if node.layer.type != "Activation"
                                       else node.layer.function))


# ---------------------------------------------------------------- padding, concatenation

def _pad_check(node):
    if node.layer.op != "pad" or node.layer.rank != 2:
        return "type", "int8 padding: ZeroPadding2D"
    return _channels_last(node)


def _pad_oracle(node, xs, ws, in_qs, out_q):
    (top, bottom), (left, right) = node.layer.amounts
    return qr.pad(xs[0], [(0, 0), (top, bottom), (left, right), (0, 0)], out_q)


def _pad_lower(node, in_qs, out_q, ws, blob, batch, target):
    (h, w, c), (oh, ow, _) = node.inputs[0].shape, node.output.shape
    (top, _), (left, _) = node.layer.amounts
    return Lowered("qpad.c.j2", dict(batch=batch, h=h, w=w, c=c, oh=oh, ow=ow, top=top,
                                     left=left, zy=out_q.z))


def _concat_axis(node) -> int:
    rank = len(node.output.shape) + 1   # with the batch axis
    return node.layer.axis % rank


def _concat_check(node):
    if _concat_axis(node) == 0:
        return "axis", "concatenates along the batch axis"
    return None


def _concat_oracle(node, xs, ws, in_qs, out_q):
    return qr.concatenation(xs, in_qs, out_q, axis=_concat_axis(node))


def _concat_lower(node, in_qs, out_q, ws, blob, batch, target):
    """Each input's rows of ``inner`` values copied (or requantized, as the QUANTIZE TFLite
    needs before its concatenation) into the output's rows of ``total``."""
    axis = _concat_axis(node)
    full = [(batch,) + t.shape for t in node.inputs]
    outer = math.prod(full[0][:axis])
    parts, offset = [], 0
    total = math.prod(((batch,) + node.output.shape)[axis:])
    for shape, q in zip(full, in_qs):
        inner = math.prod(shape[axis:])
        same = q.s == out_q.s and q.z == out_q.z
        m, sh = (0, 0) if same else qr.requantize_multiplier(q, out_q)
        parts.append(dict(inner=inner, offset=offset, same=same, m=m, s=sh, zx=q.z))
        offset += inner
    return Lowered("qconcat.c.j2", dict(outer=outer, total=total, parts=parts, zy=out_q.z))


# ---------------------------------------------------------------- resizes

def _resize_check(node):
    layer = node.layer
    if layer.op != "upsample" or layer.rank != 2 \
            or layer.interpolation not in ("nearest", "bilinear"):
        return "interpolation", ("int8 upsampling: UpSampling2D, nearest or bilinear "
                                 "(TFLite's RESIZE_NEAREST_NEIGHBOR, RESIZE_BILINEAR with "
                                 "half-pixel centres)")
    return _channels_last(node)


def _resize_oracle(node, xs, ws, in_qs, out_q):
    size = node.output.shape[:2]
    if node.layer.interpolation == "nearest":   # whole factors: either centre convention
        return qr.resize_nearest(xs[0], size, False, True)
    return qr.resize_bilinear(xs[0], size, False, True)


def _resize_lower(node, in_qs, out_q, ws, blob, batch, target):
    """Per output row and column, the input taps and (bilinear) their weights in 1/1024
    steps, computed as the oracle computes them; the C sums and rounds."""
    (h, w, c), (oh, ow, _) = node.inputs[0].shape, node.output.shape
    ctx = dict(batch=batch, h=h, w=w, c=c, oh=oh, ow=ow,
               bilinear=node.layer.interpolation == "bilinear")
    if ctx["bilinear"]:
        for axis, n, o in (("y", h, oh), ("x", w, ow)):
            pos, lo, hi = qr._bilinear_axis(o, n, False, True)
            ctx[f"{axis}0"], ctx[f"{axis}1"] = lo.tolist(), hi.tolist()
            ctx[f"{axis}w"] = (pos - (lo << 10)).tolist()
    else:
        ctx["y0"] = qr._nearest_index(oh, h, False, True).tolist()
        ctx["x0"] = qr._nearest_index(ow, w, False, True).tolist()
    return Lowered("qresize.c.j2", ctx)


_CONV = QOp(("Conv1D", "Conv2D", "DepthwiseConv2D"), _conv_check, _conv_oracle, _conv_lower)
_TCONV = QOp(("Conv2DTranspose",), _tconv_check, _tconv_oracle, _tconv_lower)
_DENSE = QOp(("Dense",), _activation, _dense_oracle, _dense_lower)
_POOL = QOp(("AveragePooling2D", "MaxPooling2D"), _pool_check, _pool_oracle, _pool_lower,
            _same_as_input, "TFLite's int8 pooling keeps its input's quantization")
_MEAN = QOp(("GlobalAveragePooling1D", "GlobalAveragePooling2D"), _pool_check, _pool_oracle,
            _pool_lower)
_BINARY = QOp(("Add", "Subtract", "Multiply"), _binary_check, _binary_oracle, _binary_lower)
_RESHAPE = QOp(("Reshape", "Flatten"), _reshape_check, _reshape_oracle, _reshape_lower,
               _same_as_input, "a reshape keeps its input's values and quantization")
_SOFTMAX = QOp(("Softmax",), _softmax_check, _softmax_oracle, _softmax_lower,
               lambda layer, qs: SOFTMAX_OUT,
               "the TFLite quantization spec fixes softmax's output")

_UNARY = QOp(("Activation", "LeakyReLU"), _unary_check, _unary_oracle, _unary_lower,
             _unary_fixed, "the TFLite quantization spec fixes sigmoid's and tanh's output, "
             "and a clamp (relu, relu6, hard_tanh) keeps its input's quantization",
             clamp=_unary_clamp)
_IDENTITY = QOp(("Identity",), lambda node: None, _identity_oracle, _identity_lower,
                default=_same_as_input)
_PAD = QOp(("ZeroPadding2D",), _pad_check, _pad_oracle, _pad_lower, _same_as_input,
           "TFLite's int8 PAD keeps its input's quantization")
_CONCAT = QOp(("Concatenate",), _concat_check, _concat_oracle, _concat_lower)
_RESIZE = QOp(("UpSampling2D",), _resize_check, _resize_oracle, _resize_lower, _same_as_input,
              "TFLite's int8 resizes keep their input's quantization")

QOPS: Dict[str, QOp] = {t: op for op in (_CONV, _TCONV, _DENSE, _POOL, _MEAN, _BINARY, _RESHAPE,
                                         _SOFTMAX, _UNARY, _IDENTITY, _PAD, _CONCAT,
                                         _RESIZE)
                        for t in op.types}


def supported_types() -> List[str]:
    return sorted(QOPS)
