"""The int8 form "dsp": the Arm DSP extension (Cortex-M4, M7, M33, M55), as CMSIS-NN uses it.

SXTB16 sign-extends bytes 0 and 2 (or, rotated, 1 and 3) of a 32-bit word to two 16-bit
lanes, SXTAB16 does so adding an offset to both (x - zx), and SMLAD adds the two lanes'
products to an int32: one 32-bit load of 4 int8 weights and two SXTB16 feed two SMLADs per
input column. The weights keep TFLite's order (no repacking, the same bytes as the portable
loops'): the convolution is a matrix product of the OHWI kernel (``cout`` rows of
``kh*kw*cin``) by each output pixel's column of inputs, widened once to int16 (x - zx) in
the layer's scratch with each 4 in the pair order SXTB16 gives the weights, (0, 2) then
(1, 3) (a 1x1 kernel at stride 1 widens the pixel's channels in place, other kernels gather
the window first, padding as zx), two channels by two pixels per inner loop (CMSIS-NN's
mat-mult shape: each loaded word used twice); Dense is the same product with its rows read
in place (SXTAB16 on them), 4 units by 1 row (or 2 by 2 for several rows); the depthwise
convolution (depth multiplier 1) runs 4 channels per loaded word with SMLABB and SMLATT over
the pixel's taps inside the input. The int32 sums are exact, so any order gives TFLite's
bits; the convolutions' requantization is ``cg_dsp_requant`` (cg_q_mbqm's bits for
multipliers above INT32_MIN, with the shift packed ``left | right << 8``), Dense's the
portable double one. ``templates/qdsp*.c.j2``; their C has portable C99 for the same loops
where ``__ARM_FEATURE_DSP`` is not defined.

Declined (the portable loops): grouped convolutions, depth multipliers other than 1.
"""

from __future__ import annotations

import numpy as np

from ..quantized_ops import Lowered
from . import FORMS


def _requant(ctx, arrays, blob, what) -> None:
    """The bias, multipliers and shifts into the blob. The multipliers are QuantizeMultiplier's
    of positive scales, in [0, 2^31): never INT32_MIN, whose high product cg_dsp_requant does
    not saturate (checked here rather than declined: the form's choice of loops must not
    depend on the weights' values, which QKernel.bind may change)."""
    if (arrays["mult"] == np.iinfo(np.int32).min).any():
        raise ValueError(f"{what}: a requantization multiplier of INT32_MIN (a negative "
                         "scale?): the dsp form takes QuantizeMultiplier's of positive scales")
    ctx["bias_off"] = blob.add(arrays["bias"], f"{what} bias")
    ctx["mult_off"] = blob.add(arrays["mult"], f"{what} multipliers")
    shift = arrays["shift"].astype(np.int32)
    packed = np.maximum(shift, 0) | (np.maximum(-shift, 0) << 8)
    ctx["shift_off"] = blob.add(packed.astype(np.int32),
                                f"{what} shifts (dsp: left | right << 8)")


def conv(ctx, arrays, blob, what):
    if ctx["groups"] != 1:
        return None
    k = ctx["kh"] * ctx["kw"] * ctx["cin"]
    # a 1x1 kernel at stride 1 reads each pixel's channels in place; else they are gathered
    direct = ctx["kh"] == ctx["kw"] == ctx["sh"] == ctx["sw"] == 1
    _requant(ctx, arrays, blob, what)
    ctx["kernel_off"] = blob.add(arrays["kernel"].reshape(ctx["cout"], k),
                                 f"{what} kernel OHWI (dsp: rows of kh*kw*cin)")
    step = -(-k // 4) * 4    # each column's int16 (x - zx), 8-byte aligned
    ctx.update(dense=False, K=k, U=ctx["cout"], P=ctx["batch"] * ctx["oh"] * ctx["ow"],
               M=2, N=2, step=step, direct=direct,
               scratch=2 * 2 * step + (0 if direct else k))
    return Lowered("qdspmm.c.j2", ctx, weights=True, scratch=ctx["scratch"])


def depthwise(ctx, arrays, blob, what):
    if ctx["mult"] != 1:
        return None
    _requant(ctx, arrays, blob, what)
    ctx["kernel_off"] = blob.add(arrays["kernel"].reshape(-1), f"{what} kernel HWC")
    return Lowered("qdspdw.c.j2", ctx, weights=True)


def dense(ctx, arrays, blob, what):
    ctx.update(scale_off=blob.add(arrays["scale"], f"{what} requantization scales (double)"),
               bias_off=blob.add(arrays["bias"], f"{what} bias"),
               kernel_off=blob.add(arrays["kernel"].reshape(-1), f"{what} kernel (units, in)"))
    single = ctx["rows"] == 1
    ctx.update(dense=True, K=ctx["k"], U=ctx["units"], P=ctx["rows"],
               M=4 if single else 2, N=1 if single else 2, step=ctx["k"], direct=True,
               scratch=0)
    return Lowered("qdspmm.c.j2", ctx, weights=True)


FORMS["dsp"] = {"conv": conv, "depthwise": depthwise, "dense": dense}
