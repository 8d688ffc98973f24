"""The int8 oracle: one NumPy function per TFLite op, bit-exact with its reference kernel.

Each function takes int8 arrays (NHWC for the spatial ops), int8 weights in TFLite's layouts,
int32 biases and the tensors' ``QuantParams``, computes the fixed-point parameters exactly as the
op's ``Prepare`` does (in float32 or float64 where TFLite does) and returns what TFLite's
reference kernel (``OpResolverType.BUILTIN_REF``) returns. The contract, op by op, is
docs/int8.md; the primitives are convgen/quant.py. Like convgen/reference.py this module never
imports the generator.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from . import quant as _quant
from .quant import (
    INT8_MAX,
    INT8_MIN,
    INT32_MAX,
    QuantParams,
    activation_range,
    count_leading_zeros_u32,
    multiply_by_quantized_multiplier,
    multiply_by_quantized_multiplier_greater_than_one,
    quantize_multiplier,
    round_half_away,
    rounding_divide_by_pot,
    saturating_rounding_doubling_high_mul,
    saturating_rounding_multiply_by_pot,
    wrap_int32,
)

_F32 = np.float32


def _int8(acc, lo: int = INT8_MIN, hi: int = INT8_MAX) -> np.ndarray:
    return np.clip(acc, lo, hi).astype(np.int8)


def _i64(x) -> np.ndarray:
    return np.asarray(x, dtype=np.int64)


def _expect_int8(op: str, **arrays) -> None:
    """A clear error for an operand that is not an int8 array (the oracle would otherwise
    compute on its values as if they were)."""
    for name, a in arrays.items():
        dtype = getattr(a, "dtype", type(a).__name__)
        if dtype != np.int8:
            raise TypeError(f"{op}: {name} must be an int8 array, got {dtype}")


def tflite_padding(size: int, kernel: int, stride: int, dilation: int, padding: str):
    """TFLite's ``ComputePaddingHeightWidth`` for one axis: (output size, pad before).

    SAME: ``ceil(size / stride)`` outputs and ``total // 2`` before (the odd element after);
    VALID: ``ceil((size - effective_kernel + 1) / stride)`` and no padding.
    """
    eff = (kernel - 1) * dilation + 1
    if padding == "same":
        out = (size + stride - 1) // stride
    elif padding == "valid":
        out = (size + stride - eff) // stride
    else:
        raise ValueError(f"padding must be 'same' or 'valid', got {padding!r}")
    total = max((out - 1) * stride + eff - size, 0)
    return out, total // 2


def _windows(x, kh, kw, strides, dilation, padding, pad_value):
    """Yield (ky, kx, view) for each kernel tap: `x` padded with `pad_value`, the taps' inputs
    at every output position, shape (N, OH, OW, C)."""
    n, h, w, c = x.shape
    oh, ph = tflite_padding(h, kh, strides[0], dilation[0], padding)
    ow, pw = tflite_padding(w, kw, strides[1], dilation[1], padding)
    need_h = (oh - 1) * strides[0] + (kh - 1) * dilation[0] + 1
    need_w = (ow - 1) * strides[1] + (kw - 1) * dilation[1] + 1
    xp = np.full((n, max(need_h, ph + h), max(need_w, pw + w), c), pad_value, dtype=x.dtype)
    xp[:, ph:ph + h, pw:pw + w] = x
    for ky in range(kh):
        for kx in range(kw):
            y0, x0 = ky * dilation[0], kx * dilation[1]
            yield ky, kx, xp[:, y0:y0 + (oh - 1) * strides[0] + 1:strides[0],
                             x0:x0 + (ow - 1) * strides[1] + 1:strides[1]]


def _check_channels(op: str, w_q: QuantParams, axis: int, channels: int) -> None:
    """Per-channel weight scales must lie along the op's output-channel axis, one each."""
    if w_q.per_channel and (w_q.axis != axis or w_q.scale.size != channels):
        raise ValueError(f"{op}: per-channel weight quantization must have {channels} scales "
                         f"along axis {axis}, got {w_q.scale.size} along axis {w_q.axis}")


def conv_multipliers(x_q: QuantParams, w_q: QuantParams, y_q: QuantParams):
    """The convolutions' requantization (``PopulateConvolutionQuantizationParams``): per
    weight scale, ``QuantizeMultiplier(double(sx) * double(sw) / double(sy))`` -> (int64
    multipliers, int64 shifts), one per entry of ``w_q.scale``."""
    return quantize_multiplier(fully_connected_scales(x_q, w_q, y_q))


def fully_connected_scales(x_q: QuantParams, w_q: QuantParams, y_q: QuantParams):
    """``double(sx) * double(sw) / double(sy)`` per weight scale (float64)."""
    return (np.float64(x_q.s) * w_q.scale.astype(np.float64)) / np.float64(y_q.s)


def _requantize_acc(acc, x_q: QuantParams, w_q: QuantParams, y_q: QuantParams, activation):
    """Scale int32 accumulators (last axis = output channel) to int8 as the convolution and
    fully-connected kernels do: per-channel multipliers ``in_scale * w_scale / out_scale``
    in double, output zero point, the fused activation's clamp."""
    mult, shift = conv_multipliers(x_q, w_q, y_q)
    out = multiply_by_quantized_multiplier(wrap_int32(acc), mult, shift) + y_q.z
    return _int8(out, *activation_range(activation, y_q.s, y_q.z))


def conv2d(x, w, b, x_q: QuantParams, w_q: QuantParams, y_q: QuantParams, strides=(1, 1),
           dilation=(1, 1), padding="valid", activation="none") -> np.ndarray:
    """CONV_2D, int8 per-channel (``reference_integer_ops::ConvPerChannel``).

    x: int8 (N, H, W, Cin); w: int8 (Cout, KH, KW, Cin / groups), TFLite's OHWI; b: int32
    (Cout,) or None; w_q per output channel (axis 0) or per tensor. Taps outside the input add
    nothing (not the zero point: ``(q - zp)`` is zero there). Returns int8 (N, OH, OW, Cout).
    """
    _expect_int8("conv2d", x=x, w=w)
    _check_channels("conv2d", w_q, 0, w.shape[0])
    cout, kh, kw, cin_g = w.shape
    groups = x.shape[-1] // cin_g
    xs = _i64(x) - x_q.z
    wi = _i64(w)
    acc = 0
    for ky, kx, v in _windows(xs, kh, kw, strides, dilation, padding, 0):
        tap = wi[:, ky, kx, :]  # (Cout, Cin/groups)
        if groups == 1:
            acc = acc + v @ tap.T
        else:
            vg = v.reshape(v.shape[:3] + (groups, cin_g))
            tg = tap.reshape(groups, cout // groups, cin_g)
            acc = acc + np.einsum("nhwgc,goc->nhwgo", vg, tg).reshape(v.shape[:3] + (cout,))
    if b is not None:
        acc = acc + _i64(b)
    return _requantize_acc(acc, x_q, w_q, y_q, activation)


def depthwise_conv2d(x, w, b, x_q: QuantParams, w_q: QuantParams, y_q: QuantParams,
                     strides=(1, 1), dilation=(1, 1), padding="valid", depth_multiplier=1,
                     activation="none") -> np.ndarray:
    """DEPTHWISE_CONV_2D, int8 per-channel (``DepthwiseConvPerChannel``).

    x: int8 (N, H, W, C); w: int8 (1, KH, KW, C * depth_multiplier); output channel
    ``c * depth_multiplier + m`` reads input channel ``c``. Returns int8 (N, OH, OW, C * M).
    """
    _expect_int8("depthwise_conv2d", x=x, w=w)
    _check_channels("depthwise_conv2d", w_q, 3, w.shape[3])
    _, kh, kw, cout = w.shape
    if cout != x.shape[-1] * depth_multiplier:
        raise ValueError(f"depthwise_conv2d: filter has {cout} channels, input "
                         f"{x.shape[-1]} x depth_multiplier {depth_multiplier}")
    xs = np.repeat(_i64(x) - x_q.z, depth_multiplier, axis=-1)
    wi = _i64(w)[0]
    acc = 0
    for ky, kx, v in _windows(xs, kh, kw, strides, dilation, padding, 0):
        acc = acc + v * wi[ky, kx]
    if b is not None:
        acc = acc + _i64(b)
    return _requantize_acc(acc, x_q, w_q, y_q, activation)


def transpose_conv2d(x, w, b, x_q: QuantParams, w_q: QuantParams, y_q: QuantParams,
                     output_size, strides=(1, 1), padding="valid",
                     activation="none") -> np.ndarray:
    """TRANSPOSE_CONV, int8 per-channel (``reference_integer_ops::TransposeConv``).

    x: int8 (N, H, W, Cin); w: int8 (Cout, KH, KW, Cin); output_size: (OH, OW), the op's
    output_shape tensor. Each input pixel scatters ``(x - zx) * w`` onto the output at
    ``in * stride - pad + k``, with the padding TFLite computes as for a convolution from the
    output size back to the input size (``tflite_padding(OH, KH, stride, 1, padding)``);
    contributions outside the output are dropped. Then the bias and the convolution's
    per-channel requantization. Returns int8 (N, OH, OW, Cout).
    """
    _expect_int8("transpose_conv2d", x=x, w=w)
    _check_channels("transpose_conv2d", w_q, 0, w.shape[0])
    n, h, wd, _ = x.shape
    cout, kh, kw, _ = w.shape
    oh, ow = output_size
    in_h, ph = tflite_padding(oh, kh, strides[0], 1, padding)
    in_w, pw = tflite_padding(ow, kw, strides[1], 1, padding)
    if (in_h, in_w) != (h, wd):
        raise ValueError(f"transpose_conv2d: output {oh}x{ow} with {padding} padding comes "
                         f"from a {in_h}x{in_w} input, got {h}x{wd}")
    span_h = max((h - 1) * strides[0] + kh, ph + oh)
    span_w = max((wd - 1) * strides[1] + kw, pw + ow)
    acc = np.zeros((n, span_h, span_w, cout), dtype=np.int64)
    xs = _i64(x) - x_q.z
    wi = _i64(w)
    for ky in range(kh):
        for kx in range(kw):
            acc[:, ky:ky + (h - 1) * strides[0] + 1:strides[0],
                kx:kx + (wd - 1) * strides[1] + 1:strides[1]] += xs @ wi[:, ky, kx, :].T
    acc = acc[:, ph:ph + oh, pw:pw + ow]
    if b is not None:
        acc = acc + _i64(b)
    return _requantize_acc(acc, x_q, w_q, y_q, activation)


def fully_connected(x, w, b, x_q: QuantParams, w_q: QuantParams, y_q: QuantParams,
                    activation="none") -> np.ndarray:
    """FULLY_CONNECTED, int8 (per-tensor or per-channel weights).

    x: int8 (..., K) (TFLite flattens all leading axes into rows); w: int8 (Cout, K);
    b: int32 (Cout,) or None. Returns int8 (..., Cout).

    Unlike the convolutions, TFLite's reference kernel (since LiteRT's "Make the
    fully_connected ref kernel do requant in float", 2025) requantizes in double:
    ``round(double(acc) * (double(sx) * double(sw) / double(sy)))``, halves away from zero,
    not ``MultiplyByQuantizedMultiplier``; the two differ where the double rounding of the
    latter crosses a half.
    """
    _expect_int8("fully_connected", x=x, w=w)
    _check_channels("fully_connected", w_q, 0, w.shape[0])
    acc = (_i64(x) - x_q.z) @ (_i64(w) - w_q.zero_point[:, None]).T
    if b is not None:
        acc = acc + _i64(b)
    real = fully_connected_scales(x_q, w_q, y_q)
    out = round_half_away(wrap_int32(acc).astype(np.float64) * real).astype(np.int64) + y_q.z
    return _int8(out, *activation_range(activation, y_q.s, y_q.z))


ADD_LEFT_SHIFT = 20


def add_multipliers(q1: QuantParams, q2: QuantParams, y_q: QuantParams):
    """ADD/SUB's ``Prepare``: both inputs to a common scale ``2 max(s1, s2)``, shifted left
    :data:`ADD_LEFT_SHIFT` bits for headroom; ((m1, s1), (m2, s2), (mo, so)) as ints."""
    twice_max = np.float64(np.float32(2) * max(q1.s, q2.s))
    m1, s1 = quantize_multiplier(np.float64(q1.s) / twice_max)
    m2, s2 = quantize_multiplier(np.float64(q2.s) / twice_max)
    mo, so = quantize_multiplier(twice_max / np.float64(np.float32(1 << ADD_LEFT_SHIFT)
                                                        * y_q.s))
    return tuple((int(m), int(s)) for m, s in ((m1, s1), (m2, s2), (mo, so)))


def _add_sub(x1, x2, q1: QuantParams, q2: QuantParams, y_q: QuantParams, activation, sign):
    left_shift = ADD_LEFT_SHIFT
    (m1, s1), (m2, s2), (mo, so) = add_multipliers(q1, q2, y_q)
    a = multiply_by_quantized_multiplier((_i64(x1) - q1.z) << left_shift, m1, s1)
    c = multiply_by_quantized_multiplier((_i64(x2) - q2.z) << left_shift, m2, s2)
    out = multiply_by_quantized_multiplier(wrap_int32(a + sign * c), mo, so) + y_q.z
    return _int8(out, *activation_range(activation, y_q.s, y_q.z))


def add(x1, x2, q1: QuantParams, q2: QuantParams, y_q: QuantParams,
        activation="none") -> np.ndarray:
    """ADD, int8, with NumPy broadcasting (TFLite's ``BroadcastAdd6DSlow`` is the same
    elementwise function on broadcast indices)."""
    _expect_int8("add", x1=x1, x2=x2)
    return _add_sub(x1, x2, q1, q2, y_q, activation, 1)


def sub(x1, x2, q1: QuantParams, q2: QuantParams, y_q: QuantParams,
        activation="none") -> np.ndarray:
    """SUB, int8: ADD's arithmetic with the second scaled input subtracted."""
    _expect_int8("sub", x1=x1, x2=x2)
    return _add_sub(x1, x2, q1, q2, y_q, activation, -1)


def mul_multiplier(q1: QuantParams, q2: QuantParams, y_q: QuantParams):
    """MUL's ``Prepare``: ``QuantizeMultiplier(s1 * s2 / so)``, the ratio in float32."""
    m, s = quantize_multiplier(np.float64(_F32(q1.s * q2.s) / y_q.s))
    return int(m), int(s)


def mul(x1, x2, q1: QuantParams, q2: QuantParams, y_q: QuantParams,
        activation="none") -> np.ndarray:
    """MUL, int8: ``(x1 - z1) * (x2 - z2)`` times ``s1 * s2 / so`` (computed in float32)."""
    _expect_int8("mul", x1=x1, x2=x2)
    m, s = mul_multiplier(q1, q2, y_q)
    prod = wrap_int32((_i64(x1) - q1.z) * (_i64(x2) - q2.z))
    out = multiply_by_quantized_multiplier(prod, m, s) + y_q.z
    return _int8(out, *activation_range(activation, y_q.s, y_q.z))


def _pool_windows(x, pool, strides, padding):
    """The pooling windows as masked taps: (values, valid) per tap, (N, OH, OW, C)."""
    valid = np.ones(x.shape[:3] + (1,), dtype=bool)
    taps = list(_windows(_i64(x), pool[0], pool[1], strides, (1, 1), padding, 0))
    masks = list(_windows(valid, pool[0], pool[1], strides, (1, 1), padding, False))
    return [(t[2], m[2]) for t, m in zip(taps, masks)]


def average_pool2d(x, q: QuantParams, pool=(2, 2), strides=None, padding="valid",
                   activation="none") -> np.ndarray:
    """AVERAGE_POOL_2D, int8 (input and output share their quantization): the sum of the
    window's real inputs divided by their count, rounding halves away from zero."""
    _expect_int8("average_pool2d", x=x)
    strides = strides or pool
    acc = 0
    count = 0
    for v, m in _pool_windows(x, pool, strides, padding):
        acc = acc + np.where(m, v, 0)
        count = count + m
    half = count // 2
    num = np.where(acc > 0, acc + half, acc - half)
    avg = np.sign(num) * (np.abs(num) // count)
    return _int8(avg, *activation_range(activation, q.s, q.z))


def max_pool2d(x, q: QuantParams, pool=(2, 2), strides=None, padding="valid",
               activation="none") -> np.ndarray:
    """MAX_POOL_2D, int8: the maximum of the window's real inputs, then the activation clamp."""
    _expect_int8("max_pool2d", x=x)
    strides = strides or pool
    out = np.int64(INT8_MIN)
    for v, m in _pool_windows(x, pool, strides, padding):
        out = np.maximum(out, np.where(m, v, INT8_MIN))
    return _int8(out, *activation_range(activation, q.s, q.z))


def mean(x, axes: Sequence[int], x_q: QuantParams, y_q: QuantParams,
         keepdims=False) -> np.ndarray:
    """MEAN, int8 (``reference_ops::QuantizedMeanOrSum``): the int32 sum over ``axes`` minus
    ``zp * count``, scaled by ``in_scale / out_scale`` with 1/count folded into the multiplier
    (``(multiplier << s) // count``, ``s = min(floor(log2 count), 32, 31 + shift)``)."""
    _expect_int8("mean", x=x)
    axes = tuple(sorted(a % x.ndim for a in axes))
    count = int(np.prod([x.shape[a] for a in axes]))
    total = _i64(x).sum(axis=axes, keepdims=keepdims)
    mult, shift = mean_multiplier(count, x_q, y_q)
    out = multiply_by_quantized_multiplier(wrap_int32(total - x_q.z * count), mult, shift)
    return _int8(out + y_q.z)


def mean_multiplier(count: int, x_q: QuantParams, y_q: QuantParams):
    """MEAN's multiplier and shift with 1/count folded in (see :func:`mean`), as ints."""
    mult, shift = quantize_multiplier(np.float64(x_q.s) / np.float64(y_q.s))
    mult, shift = int(mult), int(shift)
    s = min(count.bit_length() - 1, 32, 31 + shift)
    return int(wrap_int32((mult << s) // count)), shift - s


def _lut(x, x_q: QuantParams, y_q: QuantParams, fn) -> np.ndarray:
    """``LUTPopulate<int8_t>``: the 256-entry table of ``fn`` in float32, looked up."""
    vals = np.arange(INT8_MIN, INT8_MAX + 1, dtype=np.int64)
    deq = _F32(x_q.s) * (vals - x_q.z).astype(_F32)
    with np.errstate(over="ignore"):
        t = fn(deq)
    inv = _F32(1) / _F32(y_q.s)
    q = round_half_away(_F32(t * inv)) + y_q.z
    table = _int8(q)
    return table[_i64(x) - INT8_MIN]


def _f32(fn):
    """A float32 function as the correctly rounded float32 of its float64 value: what glibc's
    ``expf``/``tanhf`` (called by the LUT's ``std::exp``/``std::tanh`` on float) return for
    every table entry checked, where NumPy's own float32 kernels are approximations that vary
    with the CPU's vector units."""
    return lambda v: fn(np.asarray(v, dtype=np.float64)).astype(_F32)


def logistic(x, x_q: QuantParams, y_q: QuantParams) -> np.ndarray:
    """LOGISTIC, int8: the table of ``1 / (1 + exp(-v))`` in float32 (output scale 1/256,
    zero point -128 by the quantization spec)."""
    _expect_int8("logistic", x=x)
    exp = _f32(np.exp)
    return _lut(x, x_q, y_q, lambda v: _F32(1) / (_F32(1) + exp(-v)))


def tanh(x, x_q: QuantParams, y_q: QuantParams) -> np.ndarray:
    """TANH, int8: the table of float32 ``tanh``."""
    _expect_int8("tanh", x=x)
    return _lut(x, x_q, y_q, _f32(np.tanh))


def _downscale_to_int16(m):
    m = int(m)
    return 32767 if m >= INT32_MAX - (1 << 15) else (m + (1 << 15)) >> 16


def _sat16(v):
    return np.clip(v, -32768, 32767)


def hard_swish(x, x_q: QuantParams, y_q: QuantParams) -> np.ndarray:
    """HARD_SWISH, int8 (``reference_ops::HardSwish``): 16-bit fixed point.

    The input on a 2**-7 finer scale; its product with a 16-bit "reluish" factor
    ``relu6(v + 3) / 6`` mapped to [0, 1) in Q0.15, all multipliers 16-bit (float32 prepare).
    """
    _expect_int8("hard_swish", x=x)
    hires_scale = _F32(1.0 / 128.0) * _F32(x_q.s)
    out_m32, out_exp = quantize_multiplier(np.float64(hires_scale / _F32(y_q.s)))
    rel_m32, rel_exp = quantize_multiplier(np.float64(hires_scale / _F32(3.0 / 32768.0)))
    out_m, rel_m = _downscale_to_int16(out_m32), _downscale_to_int16(rel_m32)
    out_exp, rel_exp = int(out_exp), int(rel_exp)
    v = (_i64(x) - x_q.z) * 128
    pre = saturating_rounding_doubling_high_mul(v, out_m, bits=16)
    r = v
    if rel_exp > 0:
        r = _sat16(r * (1 << (rel_exp - 1)))
    r = saturating_rounding_doubling_high_mul(r, rel_m, bits=16)
    if rel_exp > 0:
        r = _sat16(r * 2)
    if rel_exp < 0:
        r = rounding_divide_by_pot(r, -rel_exp)
    r = (r + (1 << 15)) >> 1
    # SaturatingDoublingHighMul: truncating (not rounding) high half, -32768**2 saturating.
    prod = r * pre
    high = np.sign(prod) * (np.abs(prod) >> 15)
    high = np.where((r == -32768) & (pre == -32768), 32767, high)
    out = rounding_divide_by_pot(high, -out_exp) + y_q.z
    return _int8(out)


def leaky_relu(x, alpha: float, x_q: QuantParams, y_q: QuantParams) -> np.ndarray:
    """LEAKY_RELU, int8: ``in_scale / out_scale`` on the non-negative side and
    ``in_scale * alpha / out_scale`` on the negative side (float32 prepare), a negative alpha
    by its magnitude then negated."""
    _expect_int8("leaky_relu", x=x)
    m_id, s_id = quantize_multiplier(np.float64(_F32(x_q.s) / _F32(y_q.s)))
    m_al, s_al = quantize_multiplier(np.float64(_F32(_F32(x_q.s) * _F32(alpha)) / _F32(y_q.s)))
    v = _i64(x) - x_q.z
    pos = multiply_by_quantized_multiplier(v, m_id, s_id)
    neg = multiply_by_quantized_multiplier(v, np.abs(m_al), s_al)
    neg = -neg if alpha < 0 else neg
    return _int8(y_q.z + np.where(v >= 0, pos, neg))


# gemmlowp's fixed-point exp and reciprocal for the reference softmax (int32 raw values).
_EXP_BARREL = ((-2, 1672461947), (-1, 1302514674), (0, 790015084), (1, 290630308),
               (2, 39332535), (3, 720401), (4, 242))


def _mulfp(a, b):
    return saturating_rounding_doubling_high_mul(a, b)


def _exp_on_interval(a):
    """exp(a) for a in [-1/4, 0), Q0.31 in and out (Taylor series around -1/8)."""
    const_term, one_third = 1895147668, 715827883
    x = wrap_int32(a + (1 << 28))
    x2 = _mulfp(x, x)
    x3 = _mulfp(x2, x)
    x4 = _mulfp(x2, x2)
    x4_over_4 = rounding_divide_by_pot(x4, 2)
    poly = rounding_divide_by_pot(wrap_int32(_mulfp(wrap_int32(x4_over_4 + x3), one_third)
                                             + x2), 1)
    return wrap_int32(const_term + _mulfp(const_term, wrap_int32(x + poly)))


def _exp_on_negative_values(a, integer_bits: int):
    """gemmlowp ``exp_on_negative_values``: a ≤ 0 in Q(integer_bits).(31-integer_bits), result
    in Q0.31."""
    frac = 31 - integer_bits
    quarter = 1 << (frac - 2)
    a_mod = wrap_int32((a & (quarter - 1)) - quarter)
    result = _exp_on_interval(saturating_rounding_multiply_by_pot(a_mod, integer_bits))
    remainder = wrap_int32(a_mod - a)
    for exponent, multiplier in _EXP_BARREL:
        if integer_bits > exponent:
            hit = (remainder & (1 << (frac + exponent))) != 0
            result = np.where(hit, _mulfp(result, multiplier), result)
    if integer_bits > 5:
        result = np.where(a < -(1 << (36 - integer_bits)), 0, result)
    return np.where(a == 0, INT32_MAX, result)


def _one_over_one_plus_x(a):
    """gemmlowp ``one_over_one_plus_x_for_x_in_0_1``: Q0.31 in and out, Newton-Raphson."""
    s = a + INT32_MAX
    half_den = np.where(s < 0, -((-(s - 1)) // 2), (s + 1) // 2)
    x = wrap_int32(1515870810 + _mulfp(half_den, -1010580540))
    one_f2 = 1 << 29
    for _ in range(3):
        one_minus = wrap_int32(one_f2 - _mulfp(half_den, x))
        x = wrap_int32(x + saturating_rounding_multiply_by_pot(_mulfp(x, one_minus), 2))
    return saturating_rounding_multiply_by_pot(x, 1)


SOFTMAX_INT_BITS = 5


def softmax_params(beta: float, x_q: QuantParams):
    """SOFTMAX's ``Prepare``: the input multiplier and left shift into Q5.26 and the
    smallest difference to the row maximum that still counts, as ints."""
    int_bits = SOFTMAX_INT_BITS
    real = min(np.float64(beta) * np.float64(x_q.s) * float(1 << (31 - int_bits)),
               float((1 << 31) - 1))
    if _quant.SINGLE_ROUNDING:
        real = min(real, float((1 << 30) - 1))
    mult, left = quantize_multiplier(real)
    radius = np.floor(float((1 << int_bits) - 1) * float(1 << (31 - int_bits))
                      / float(1 << int(left)))
    return int(mult), int(left), -int(radius)


def softmax(x, beta: float, x_q: QuantParams, y_q: QuantParams) -> np.ndarray:
    """SOFTMAX, int8 over the last axis (``reference_ops::Softmax``, gemmlowp fixed point).

    Differences to the row maximum are scaled by ``beta * in_scale`` into Q5.26, exp'd in
    fixed point, summed in Q12.19, and the reciprocal of the sum (Newton-Raphson) scales each
    exp to the output's 1/256 steps, zero point -128. Differences below ``diff_min`` give -128.
    """
    _expect_int8("softmax", x=x)
    del y_q  # fixed by the quantization spec: scale 1/256, zero point -128
    int_bits, acc_bits = SOFTMAX_INT_BITS, 12
    mult, left, diff_min = softmax_params(beta, x_q)
    xi = _i64(x)
    diff = xi - xi.max(axis=-1, keepdims=True)
    use = diff >= diff_min
    scaled = multiply_by_quantized_multiplier_greater_than_one(diff, mult, left)
    exps = _exp_on_negative_values(scaled, int_bits)
    rescaled = np.where(use, rounding_divide_by_pot(exps, acc_bits), 0)
    total = wrap_int32(rescaled.sum(axis=-1, keepdims=True))
    headroom = count_leading_zeros_u32(total)
    bits_over_unit = acc_bits - headroom
    shifted_minus_one = wrap_int32(((total & 0xFFFFFFFF) << headroom) - (1 << 31))
    scale = _one_over_one_plus_x(shifted_minus_one)
    exponent = bits_over_unit + 31 - 8
    out = rounding_divide_by_pot(_mulfp(scale, exps), exponent) + INT8_MIN
    return np.where(use, _int8(out), np.int8(INT8_MIN)).astype(np.int8)


def requantize_multiplier(x_q: QuantParams, y_q: QuantParams):
    """QUANTIZE int8 -> int8's ``Prepare``: ``QuantizeMultiplier(double(sx) / double(sy))``,
    as ints."""
    m, s = quantize_multiplier(np.float64(x_q.s) / np.float64(y_q.s))
    return int(m), int(s)


def requantize(x, x_q: QuantParams, y_q: QuantParams) -> np.ndarray:
    """QUANTIZE int8 → int8 (``reference_ops::Requantize``): multiplier in_scale / out_scale
    in double."""
    _expect_int8("requantize", x=x)
    m, s = requantize_multiplier(x_q, y_q)
    return _int8(multiply_by_quantized_multiplier(_i64(x) - x_q.z, m, s) + y_q.z)


def quantize(x, y_q: QuantParams) -> np.ndarray:
    """QUANTIZE float32 → int8 (``AffineQuantize``): ``round(x / scale) + zp`` in float32."""
    q = round_half_away(np.asarray(x, dtype=_F32) / _F32(y_q.s))
    return _int8(q + y_q.z)


def dequantize(x, x_q: QuantParams) -> np.ndarray:
    """DEQUANTIZE int8 → float32: ``scale * (x - zp)`` in double, rounded to float32."""
    _expect_int8("dequantize", x=x)
    return (np.float64(x_q.s) * (_i64(x) - x_q.z)).astype(_F32)


def concatenation(xs: Sequence[np.ndarray], qs: Sequence[QuantParams], y_q: QuantParams,
                  axis: int = -1) -> np.ndarray:
    """CONCATENATION, int8: a copy. TFLite's int8 kernel requires every input to share the
    output's scale and zero point (the converter arranges it); an input that does not is
    requantized here as a QUANTIZE op before the concatenation would do it."""
    _expect_int8("concatenation", **{f"xs[{i}]": x for i, x in enumerate(xs)})
    parts = [x if (q.s == y_q.s and q.z == y_q.z) else requantize(x, q, y_q)
             for x, q in zip(xs, qs)]
    return np.concatenate(parts, axis=axis).astype(np.int8)


def pad(x, paddings, y_q: QuantParams, value: Optional[int] = None) -> np.ndarray:
    """PAD / PADV2, int8: ``paddings`` (rank, 2) of (before, after); the fill is the output's
    zero point (the quantized 0.0) unless PADV2 gives its quantized constant."""
    _expect_int8("pad", x=x)
    fill = y_q.z if value is None else int(value)
    return np.pad(x, np.asarray(paddings, dtype=np.int64), constant_values=fill).astype(np.int8)


def _nearest_index(out_size, in_size, align_corners, half_pixel):
    """``GetNearestNeighbor`` for every output index, in float32 as TFLite."""
    i = np.arange(out_size, dtype=_F32)
    if align_corners and out_size > 1:
        scale = _F32(in_size - 1) / _F32(out_size - 1)
    else:
        scale = _F32(in_size) / _F32(out_size)
    pos = (i + _F32(0.5 if half_pixel else 0.0)) * scale
    idx = round_half_away(pos) if align_corners else np.floor(pos)
    idx = np.minimum(idx.astype(np.int64), in_size - 1)
    return np.maximum(idx, 0) if half_pixel else idx


def resize_nearest(x, size, align_corners=False, half_pixel_centers=False) -> np.ndarray:
    """RESIZE_NEAREST_NEIGHBOR on (N, H, W, C): each output pixel copies one input pixel."""
    _expect_int8("resize_nearest", x=x)
    ys = _nearest_index(size[0], x.shape[1], align_corners, half_pixel_centers)
    xs = _nearest_index(size[1], x.shape[2], align_corners, half_pixel_centers)
    return x[:, ys][:, :, xs]


def _bilinear_axis(out_size, in_size, align_corners, half_pixel):
    """``ComputeInterpolationValuesInteger``: positions in 1/1024 steps and the two taps."""
    scale = ((1 << 10) * in_size + out_size // 2) // out_size
    if align_corners and out_size > 1:
        scale = ((1 << 10) * (in_size - 1) + (out_size - 1) // 2) // (out_size - 1)
    i = np.arange(out_size, dtype=np.int64)
    pos = i * scale + (scale // 2 - (1 << 9) if half_pixel else 0)
    lo = np.maximum(np.sign(pos) * (np.abs(pos) >> 10), 0)
    hi_num = pos + (1 << 10) - 1
    hi = np.minimum(np.sign(hi_num) * (np.abs(hi_num) >> 10), in_size - 1)
    return pos, lo, hi


def resize_bilinear(x, size, align_corners=False, half_pixel_centers=False) -> np.ndarray:
    """RESIZE_BILINEAR, int8 (``ResizeBilinearInteger``): 10-bit fixed-point weights, the sum
    of the four weighted taps rounded from 2**-20 steps (halves away from zero)."""
    _expect_int8("resize_bilinear", x=x)
    py, y0, y1 = _bilinear_axis(size[0], x.shape[1], align_corners, half_pixel_centers)
    px, x0, x1 = _bilinear_axis(size[1], x.shape[2], align_corners, half_pixel_centers)
    xi = _i64(x)
    wy1 = (py - (y0 << 10))[:, None, None]
    wy0 = (1 << 10) - wy1
    wx1 = (px - (x0 << 10))[None, :, None]
    wx0 = (1 << 10) - wx1
    a = xi[:, y0][:, :, x0]
    b = xi[:, y1][:, :, x0]
    c = xi[:, y0][:, :, x1]
    d = xi[:, y1][:, :, x1]
    o20 = a * wy0 * wx0 + b * wy1 * wx0 + c * wy0 * wx1 + d * wy1 * wx1
    if _quant.SINGLE_ROUNDING:
        out = (o20 + (1 << 19)) >> 20
    else:
        r = np.where(o20 > 0, o20 + (1 << 19), o20 - (1 << 19))
        out = np.sign(r) * (np.abs(r) >> 20)
    return out.astype(np.int8)
