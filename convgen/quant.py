"""Fixed-point primitives of TFLite's int8 arithmetic, vectorised in NumPy.

The definitions follow TFLite's reference kernels (``tflite/kernels/internal/common.h``,
``quantization_util.cc``, ``kernel_util.cc``) and gemmlowp's ``fixedpoint.h``; docs/int8.md states
the contract. Every function takes and returns integer arrays (or scalars) holding int32 values;
intermediates are int64, and where C computes in int32 the result is wrapped back to int32 as two's
complement hardware does. Nothing here imports the generator.

TFLite has two roundings for ``MultiplyByQuantizedMultiplier``: the default "double rounding"
(gemmlowp's saturating rounding doubling high multiply, then a rounding right shift) and the
``TFLITE_SINGLE_ROUNDING`` build (one rounding of the 64-bit product). The PyPI LiteRT build uses
double rounding (tests/test_quant_oracle.py tells the two apart on a model); ``SINGLE_ROUNDING``
below is the default of every function that depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1
INT8_MIN, INT8_MAX = -128, 127

# The rounding TFLite's PyPI build (ai-edge-litert) is compiled with: double rounding.
SINGLE_ROUNDING = False


@dataclass(frozen=True)
class QuantParams:
    """Affine quantization of one tensor: ``real = scale * (q - zero_point)``.

    ``scale`` and ``zero_point`` are 1-D arrays (float32, int32): one entry for per-tensor
    quantization, or one per index of ``axis`` (per-channel; TFLite's ``quantized_dimension``).
    """

    scale: np.ndarray
    zero_point: np.ndarray
    axis: int = 0

    def __post_init__(self):
        scale = np.atleast_1d(np.asarray(self.scale, dtype=np.float32))
        zero = np.atleast_1d(np.asarray(self.zero_point, dtype=np.int64)).astype(np.int32)
        if scale.ndim != 1 or scale.size == 0 or zero.shape not in ((1,), scale.shape):
            raise ValueError(f"QuantParams: scale {scale.shape} and zero_point {zero.shape} "
                             "must be 1-D and non-empty, the zero point of one entry or one per "
                             "scale")
        if not np.all(scale > 0):
            raise ValueError(f"QuantParams: scales must be positive, got {scale.tolist()}")
        object.__setattr__(self, "scale", scale)
        object.__setattr__(self, "zero_point", np.broadcast_to(zero, scale.shape).copy())

    @classmethod
    def per_tensor(cls, scale: float, zero_point: int = 0) -> "QuantParams":
        return cls(np.float32(scale), zero_point)

    @classmethod
    def from_details(cls, q: dict) -> "QuantParams":
        """From a LiteRT interpreter's ``quantization_parameters`` dict."""
        return cls(q["scales"], q["zero_points"], int(q["quantized_dimension"]))

    @property
    def per_channel(self) -> bool:
        return self.scale.size > 1

    @property
    def s(self) -> np.float32:
        """The one scale of a per-tensor quantization."""
        if self.per_channel:
            raise ValueError("QuantParams: a per-tensor scale was asked of per-channel params")
        return self.scale[0]

    @property
    def z(self) -> int:
        """The one zero point of a per-tensor quantization."""
        if self.per_channel:
            raise ValueError("QuantParams: a per-tensor zero point was asked of per-channel "
                             "params")
        return int(self.zero_point[0])


def wrap_int32(x) -> np.ndarray:
    """Reduce int64 values modulo 2**32 into int32's range (two's complement)."""
    return np.asarray(x, dtype=np.int64).astype(np.int32).astype(np.int64)


def round_half_away(x) -> np.ndarray:
    """C's ``std::round`` (TfLiteRound): halves away from zero; float32 inputs are exact here."""
    x = np.asarray(x, dtype=np.float64)
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


def _trunc_div(a: np.ndarray, d: int) -> np.ndarray:
    """C's integer division (toward zero) of int64 `a` by a positive `d`."""
    q = np.abs(a) // d
    return np.where(a < 0, -q, q)


def quantize_multiplier(real, single_rounding: Optional[bool] = None):
    """TFLite's ``QuantizeMultiplier``: ``real ≈ multiplier * 2**(shift - 31)``.

    ``real`` (float64, any shape, >= 0) → (int64 multiplier in [2**30, 2**31) or 0, int64
    shift). ``frexp`` then round half away from zero of the 31-bit fraction; a fraction rounding
    to 2**31 is halved; below 2**-31 flushes to zero; the single-rounding build caps shift at 30.
    """
    single = SINGLE_ROUNDING if single_rounding is None else single_rounding
    real = np.asarray(real, dtype=np.float64)
    q, shift = np.frexp(real)
    fixed = round_half_away(q * 2.0**31).astype(np.int64)
    shift = shift.astype(np.int64)
    top = fixed == 2**31
    fixed = np.where(top, fixed // 2, fixed)
    shift = np.where(top, shift + 1, shift)
    tiny = shift < -31
    fixed = np.where(tiny | (real == 0), 0, fixed)
    shift = np.where(tiny | (real == 0), 0, shift)
    if single:
        big = shift > 30
        fixed = np.where(big, INT32_MAX, fixed)
        shift = np.where(big, 30, shift)
    return fixed, shift


def saturating_rounding_doubling_high_mul(a, b, bits: int = 32) -> np.ndarray:
    """gemmlowp's ``SaturatingRoundingDoublingHighMul`` (Arm ``VQRDMULH``) on int32 or int16.

    ``a * b / 2**(bits-1)`` rounded to nearest with halves rounded up (toward +inf: the
    nudge is ``1 - 2**(bits-2)`` for a negative product and C's division truncates), MIN*MIN
    saturating to MAX.
    """
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    lo = -(2 ** (bits - 1))
    ab = a * b
    nudge = np.where(ab >= 0, 1 << (bits - 2), 1 - (1 << (bits - 2)))
    high = _trunc_div(ab + nudge, 1 << (bits - 1))
    return np.where((a == lo) & (b == lo), -lo - 1, high)


def rounding_divide_by_pot(x, exponent) -> np.ndarray:
    """gemmlowp's ``RoundingDivideByPOT``: ``x / 2**exponent``, halves away from zero.

    ``exponent`` in [0, 31], scalar or broadcast against ``x``.
    """
    x = np.asarray(x, dtype=np.int64)
    exponent = np.asarray(exponent, dtype=np.int64)
    mask = (np.int64(1) << exponent) - 1
    remainder = x & mask
    threshold = (mask >> 1) + (x < 0)
    return (x >> exponent) + (remainder > threshold)


def saturating_rounding_multiply_by_pot(x, exponent: int, bits: int = 32) -> np.ndarray:
    """gemmlowp's ``SaturatingRoundingMultiplyByPOT<exponent>``: a saturating left shift for
    exponent > 0, a rounding right shift for exponent < 0."""
    x = np.asarray(x, dtype=np.int64)
    if exponent == 0:
        return x
    if exponent < 0:
        return rounding_divide_by_pot(x, -exponent)
    threshold = (1 << (bits - 1 - exponent)) - 1
    hi = 2 ** (bits - 1) - 1
    return np.where(x > threshold, hi, np.where(x < -threshold, -hi - 1, x << exponent))


def multiply_by_quantized_multiplier(x, multiplier, shift,
                                     single_rounding: Optional[bool] = None) -> np.ndarray:
    """TFLite's ``MultiplyByQuantizedMultiplier(int32 x, multiplier, shift)``.

    ``x * multiplier * 2**(shift - 31)`` rounded to an int32; ``multiplier`` and ``shift``
    broadcast against ``x`` (per-channel: shape ``(C,)`` against ``x[..., C]``). Double rounding:
    ``x << max(shift, 0)`` (int32, wrapping), then ``saturating_rounding_doubling_high_mul``, then
    ``rounding_divide_by_pot(-min(shift, 0))``. Single rounding: one round-half-up of the int64
    product ``(x * multiplier + 2**(30 - shift)) >> (31 - shift)``.
    """
    single = SINGLE_ROUNDING if single_rounding is None else single_rounding
    x = np.asarray(x, dtype=np.int64)
    multiplier = np.asarray(multiplier, dtype=np.int64)
    shift = np.asarray(shift, dtype=np.int64)
    if single:
        total = 31 - shift
        return wrap_int32((x * multiplier + (np.int64(1) << (total - 1))) >> total)
    left = np.maximum(shift, 0)
    right = np.maximum(-shift, 0)
    shifted = wrap_int32(x * (np.int64(1) << left))
    return rounding_divide_by_pot(saturating_rounding_doubling_high_mul(shifted, multiplier),
                                  right)


def multiply_by_quantized_multiplier_greater_than_one(x, multiplier, left_shift,
                                                      single_rounding=None) -> np.ndarray:
    """``MultiplyByQuantizedMultiplierGreaterThanOne``: double rounding shifts left without the
    right-shift step; single rounding is the general function."""
    single = SINGLE_ROUNDING if single_rounding is None else single_rounding
    if single:
        return multiply_by_quantized_multiplier(x, multiplier, left_shift, True)
    x = np.asarray(x, dtype=np.int64)
    shifted = wrap_int32(x * (np.int64(1) << np.asarray(left_shift, dtype=np.int64)))
    return saturating_rounding_doubling_high_mul(shifted, multiplier)


def quantize_float(f, scale, zero_point) -> np.ndarray:
    """``zero_point + (int)round(f / scale)`` in float32, as kernel_util's ``Quantize``."""
    q = np.float32(f) / np.float32(scale)
    return int(zero_point) + round_half_away(q).astype(np.int64)


ACTIVATIONS = ("none", "relu", "relu6", "relu_n1_to_1")


def activation_range(activation: str, scale, zero_point, qmin: int = INT8_MIN,
                     qmax: int = INT8_MAX):
    """``CalculateActivationRangeQuantized``: the clamp a fused activation becomes.

    Returns (act_min, act_max) as Python ints: ReLU clamps below at the quantized 0, ReLU6 also
    above at the quantized 6, RELU_N1_TO_1 to the quantized [-1, 1], all within [qmin, qmax].
    """
    if activation not in ACTIVATIONS:
        raise ValueError(f"activation_range: unknown fused activation {activation!r}; "
                         f"supported: {list(ACTIVATIONS)}")
    lo, hi = qmin, qmax
    if activation in ("relu", "relu6"):
        lo = max(qmin, int(quantize_float(0.0, scale, zero_point)))
    if activation == "relu6":
        hi = min(qmax, int(quantize_float(6.0, scale, zero_point)))
    if activation == "relu_n1_to_1":
        lo = max(qmin, int(quantize_float(-1.0, scale, zero_point)))
        hi = min(qmax, int(quantize_float(1.0, scale, zero_point)))
    return lo, hi


def count_leading_zeros_u32(x) -> np.ndarray:
    """Leading zero bits of `x` read as uint32 (32 for 0)."""
    x = np.asarray(x, dtype=np.int64) & 0xFFFFFFFF
    n = np.full(x.shape, 32, dtype=np.int64)
    for bit in range(32):
        n = np.where(x >= (np.int64(1) << bit), 31 - bit, n)
    return n
