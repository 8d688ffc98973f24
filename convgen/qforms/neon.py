"""The AArch64 int8 form ``neon``: SDOT where the compiler has the dot product extension
(``__ARM_FEATURE_DOTPROD``: ``vdotq_lane_s32``, four int8 products a 32-bit lane), else
NEON's widening multiplies (``vmull_s8`` and ``vpadalq_s16``), else portable C99 loops, all
three over one packing of the weights.

Convolutions and Dense layers are a matrix product of rows of K input values (a pixel's
taps, im2col, or a Dense row) by the kernel. The kernel is packed ``[Cp/NR][Kp/4][NR][4]``:
NR output channels a block (16, or 8 / 4 for fewer channels), the reduction padded with
zeros to Kp (a multiple of 8), four consecutive reduction elements of one channel in 4
bytes, so that one 16-byte load feeds an SDOT 4 channels x 4 products. The input zero point
is folded into the bias (``bias - zx * sum(w)``), the rows hold raw int8 values and the
padding taps the zero point (their products then cancel against the bias). Rows are read
in place when a pixel's K values are contiguous and a multiple of 8 (1x1 unpadded
convolutions with channels a multiple of 8, Dense rows of such widths), else copied into
the layer's scratch, MR rows at a time.

Depthwise convolutions keep ``x - zx`` in int16 lanes (``vsubl_s8``) against int16 weights
``[tap][C*M]``, 8 channels a step (``vmlal_s16``), the taps outside the input skipped.

Requantization is TFLite's NEON MultiplyByQuantizedMultiplier (``SQRDMULH`` and a rounding
shift with gemmlowp's fixup, 4 channels a vector; Dense in double), the bits of the portable
loops' ``cg_q_mbqm``, so every branch gives the bits of TFLite's reference kernels. ADD, SUB
and MUL of same-shaped inputs take the same requantization with the layer's constants, 16
elements a step (:func:`convgen.qforms.binary_lowering`).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..quantized_ops import Lowered
from . import FORMS, binary_lowering

MR = 4          # rows (output pixels or Dense rows) of one step of the matrix product
K_ALIGN = 8     # the reduction padded to a multiple of 8 (two SDOT lane groups a load)
INT32 = (-(1 << 31), (1 << 31) - 1)
UNROLL_TAPS = 9  # depthwise windows up to 3x3 unrolled, the block's kernel kept in registers


def _round_up(n: int, m: int) -> int:
    return -(-n // m) * m


def channel_block(channels: int) -> int:
    """NR, the output channels of one packed block: 16, or 8 / 4 for narrower layers."""
    return 16 if channels > 8 else 8 if channels > 4 else 4


def pack_gemm(w: np.ndarray, nr: int) -> np.ndarray:
    """A (channels, K) int8 kernel as ``[Cp/NR][Kp/4][NR][4]``, zeros in the padding."""
    c, k = w.shape
    cp, kp = _round_up(c, nr), _round_up(k, K_ALIGN)
    padded = np.zeros((cp, kp), np.int8)
    padded[:c, :k] = w
    return np.ascontiguousarray(
        padded.reshape(cp // nr, nr, kp // 4, 4).transpose(0, 2, 1, 3)).reshape(-1)


def folded_bias(bias: np.ndarray, w: np.ndarray, zx: int, nr: int) -> Optional[np.ndarray]:
    """``bias - zx * sum(w)`` per channel, padded to NR channels, or None when a sum of
    products plus it could leave int32 (then the portable loops keep ``x - zx``)."""
    folded = bias.astype(np.int64) - zx * w.astype(np.int64).sum(axis=1)
    reach = 128 * np.abs(w.astype(np.int64)).sum(axis=1)
    if np.any(np.abs(folded) + reach > INT32[1]):
        return None
    out = np.zeros(_round_up(len(bias), nr), np.int32)
    out[:len(bias)] = folded
    return out


def _padded(a: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros(n, a.dtype)
    out[:len(a)] = a
    return out


def _add_shifts(ctx, shift: np.ndarray, n: int, blob, what) -> None:
    """The requantization shifts as their left (>= 0) and right (<= 0) parts, as NEON's
    shifts by a vector take them."""
    ctx["lshift_off"] = blob.add(_padded(np.maximum(shift, 0).astype(np.int32), n),
                                 f"{what} left shifts")
    ctx["rshift_off"] = blob.add(_padded(np.minimum(shift, 0).astype(np.int32), n),
                                 f"{what} right shifts (negative)")


def _gemm_arrays(ctx, w2d, bias, blob, what, rows: int) -> Optional[dict]:
    """Pack a (channels, K) kernel and its folded bias; the numbers the GEMM templates
    print (MR: at most the ``rows`` there are, a Dense layer's single row one), or None
    (declined)."""
    channels, k = w2d.shape
    nr = channel_block(channels)
    folded = folded_bias(bias, w2d, ctx["zx"], nr)
    if folded is None:
        return None
    kp = _round_up(k, K_ALIGN)
    ctx.update(K=k, Kp=kp, NR=nr, NV=nr // 4, MR=min(MR, rows),
               blocks=_round_up(channels, nr) // nr)
    ctx["bias_off"] = blob.add(folded, f"{what} bias - zx * sum(w), padded to {nr}")
    ctx["kernel_off"] = blob.add(pack_gemm(w2d, nr), f"{what} kernel [Cp/{nr}][Kp/4][{nr}][4]"
                                 f", K {k} padded to {kp}")
    return ctx


def conv(ctx, arrays, blob, what) -> Optional[Lowered]:
    """Conv1D/Conv2D (not grouped): im2col rows times the packed kernel."""
    if ctx["groups"] != 1:
        return None
    w = arrays["kernel"]                      # OHWI
    cout = w.shape[0]
    ctx["pixels"] = ctx["batch"] * ctx["oh"] * ctx["ow"]
    if _gemm_arrays(ctx, w.reshape(cout, -1), arrays["bias"], blob, what,
                    ctx["pixels"]) is None:
        return None
    nr = ctx["NR"]
    ctx["mult_off"] = blob.add(_padded(arrays["mult"], ctx["blocks"] * nr),
                               f"{what} multipliers")
    _add_shifts(ctx, arrays["shift"], ctx["blocks"] * nr, blob, what)
    ctx["direct"] = (ctx["kh"] == ctx["kw"] == 1 and ctx["ph"] == ctx["pw"] == 0
                     and ctx["K"] == ctx["Kp"])
    scratch = 0 if ctx["direct"] else ctx["MR"] * ctx["Kp"]
    return Lowered("qneon_conv.c.j2", ctx, weights=True, scratch=scratch)


def depthwise(ctx, arrays, blob, what) -> Optional[Lowered]:
    """DepthwiseConv2D: int16 lanes, 8 channels a step."""
    w = arrays["kernel"]                      # 1HW(C*M)
    cout = ctx["cout"]
    ctx["bias_off"] = blob.add(arrays["bias"], f"{what} bias")
    ctx["mult_off"] = blob.add(arrays["mult"], f"{what} multipliers")
    _add_shifts(ctx, arrays["shift"], cout, blob, what)
    ctx["kernel_off"] = blob.add(w.reshape(-1, cout).astype(np.int16).reshape(-1),
                                 f"{what} kernel [tap][C*M] int16")
    ctx["oy0"], ctx["oy1"] = whole_windows(ctx["oh"], ctx["h"], ctx["kh"], ctx["sh"], ctx["dh"],
                                           ctx["ph"])
    ctx["ox0"], ctx["ox1"] = whole_windows(ctx["ow"], ctx["w"], ctx["kw"], ctx["sw"], ctx["dw"],
                                           ctx["pw"])
    ctx["unroll"] = ctx["mult"] == 1 and ctx["kh"] * ctx["kw"] <= UNROLL_TAPS
    return Lowered("qneon_dw.c.j2", ctx, weights=True)


def whole_windows(out: int, size: int, k: int, stride: int, dilation: int, pad: int):
    """[first, end) of the outputs along one axis whose k taps all fall inside the input."""
    first = -(-pad // stride)
    end = (size - 1 - (k - 1) * dilation + pad) // stride + 1 if size > (k - 1) * dilation \
        else 0
    first, end = min(first, out), max(0, min(end, out))
    return first, max(first, end)


def dense(ctx, arrays, blob, what) -> Optional[Lowered]:
    """Dense: its rows times the packed kernel, requantized in double."""
    if _gemm_arrays(ctx, arrays["kernel"], arrays["bias"], blob, what, ctx["rows"]) is None:
        return None
    ctx["scale_off"] = blob.add(_padded(arrays["scale"], ctx["blocks"] * ctx["NR"]),
                                f"{what} requantization scales (double)")
    ctx["direct"] = ctx["K"] == ctx["Kp"]
    scratch = 0 if ctx["direct"] else ctx["MR"] * ctx["Kp"]
    return Lowered("qneon_dense.c.j2", ctx, weights=True, scratch=scratch)


FORMS["neon"] = {"conv": conv, "depthwise": depthwise, "dense": dense,
                 "binary": binary_lowering("qneon_binary.c.j2")}
