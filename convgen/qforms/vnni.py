"""The x86-64 int8 form ``vnni``: ``VPDPBUSD`` (AVX-512 VNNI with VL, or AVX-VNNI), four
uint8 x int8 products summed into each int32 lane.

``VPDPBUSD`` multiplies unsigned bytes by signed bytes, so the layer's input is copied once
into its scratch as uint8 ``x + 128`` (``x ^ 0x80``), padded, as the avx2 form's int16 copy
is, to the rows and columns the convolution reads, with the byte that means ``x = zx``
(``zx + 128``): a padding tap then contributes exactly what the correction below takes away.
The weights stay int8 and are packed at lowering time by :func:`convgen.qforms.x86.pack_lanes`
with ``kp = 4`` (``[block][segment][group][vector][lane][4]``: one 32-byte load is 8 output
channels x 4 reduction elements), and ``(128 + zx) * sum(w)`` per output channel is folded
into the bias, so the int32 sum is

    bias - (128 + zx) * sum(w) + sum((x + 128) * w) = bias + sum((x - zx) * w)

exactly, modulo 2^32: every branch adds in wrapping 32-bit arithmetic (the SIMD adds, and
uint32 in the portable loops), so the result is the reference's int32 whenever that fits,
with no bound to check on the weights (the C does not depend on their values). ``VPDPBUSD``
does not saturate (``VPDPBUSDS`` and ``VPMADDUBSW``, which saturate to int32 / int16, are
not used).

* **conv** (Conv1D/Conv2D, one group, pointwise ones one row of every pixel): as the avx2
  form, the reduction of a pixel cut into segments contiguous in the padded input, each
  padded to groups of 4 (zero weights: the 1-3 bytes read past a segment, or into the
  scratch's 4 bytes of slack, count for nothing). Per group the pixel's 4 input bytes are
  broadcast to every lane and ``cg_dpbusd`` accumulates them against 8 channels' weights, a
  tile of pixels per weight load: with AVX-512's 32 vector registers (``__AVX512VL__``)
  4 pixels x 16 channels (8 accumulators, 2 weight vectors, a broadcast) and 8 x 8 for a
  block of 8; with 16 (AVX-VNNI, and the AVX2 model) 3 x 16 and 6 x 8 (GCC 12 copies each
  accumulator around its ``vpdpbusd``, and with 4 x 16 in 16 registers it stores
  accumulators to the stack in the inner loop). ``-DCONVGEN_VNNI_TILES32`` forces the
  32-register tiles (the tests run both through the AVX2 model).
* **dense**: one row at a time, the row copied as ``x + 128`` (padded to groups of 4), 32
  units a block (4 accumulators), the rest one block of 1-3 vectors; requantized in double
  per unit as the portable template does.
* **depthwise**: the avx2 form's lowering (:func:`convgen.qforms.x86._depthwise`, int16
  ``x - zx`` and ``_mm256_madd_epi16`` on pairs of taps): a depthwise tap is one product per
  channel, so four products a lane would need four taps' bytes interleaved per channel for
  no fewer instructions than the madd of two.

The C picks ``cg_dpbusd(acc, u8, s8)`` by preprocessor: ``_mm256_dpbusd_epi32`` under
``__AVX512VNNI__`` and ``__AVX512VL__``, ``_mm256_dpbusd_avx_epi32`` under ``__AVXVNNI__``,
else under ``__AVX2__`` an exact AVX2 model of the instruction (the even and odd bytes of
each 16-bit word widened to int16, zero-extended and sign-extended, two
``_mm256_madd_epi16`` and two adds: every product fits int16 and the madd's pair sum int32),
else (or with ``CONVGEN_NO_SIMD``) portable C99 loops over the same packing. Requantization
is the avx2 form's 8-lane MultiplyByQuantizedMultiplier (``x86._add_requant``).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..quantized_ops import Lowered
from . import FORMS
from .x86 import (
    INT32_MIN,
    LANES,
    _add_requant,
    _channel_array,
    _depthwise,
    _geometry,
    _up,
    pack_lanes,
)

KP = 4             # reduction elements per int32 lane: VPDPBUSD's group of 4 bytes
CONV_NV = 2        # vectors (of 8 output channels) per conv block
# output pixels per conv tile, by vectors per block, for 32 vector registers (AVX-512 VNNI:
# 4 x 2 accumulators + 2 weights + a broadcast, 8 x 1) and for 16 (AVX-VNNI, the AVX2 model:
# 3 x 2, 6 x 1, the avx2 form's; GCC 12 copies each accumulator around its vpdpbusd, and
# with 4 x 2 in 16 registers it stores accumulators to the stack in the inner loop)
CONV_TILE = {32: {2: 4, 1: 8}, 16: {2: 3, 1: 6}}
# the C's test for 32 registers (CONVGEN_VNNI_TILES32 forces those tiles, e.g. to test them
# through the AVX2 model)
WIDE = "defined(__AVX512VL__) || defined(CONVGEN_VNNI_TILES32)"
DENSE_NV = 4       # vectors per dense block
SLACK = 4          # scratch bytes past the input: a segment's last group reads up to 3


def _wrap32(a: np.ndarray) -> np.ndarray:
    """int64 values modulo 2^32 as int32 (two's complement)."""
    return ((np.asarray(a, np.int64) + 2 ** 31) % 2 ** 32 - 2 ** 31).astype(np.int32)


def folded_bias(bias: np.ndarray, w: np.ndarray, zx: int) -> np.ndarray:
    """``bias - (128 + zx) * sum(w)`` per output channel (``w`` is (channels, ...)), modulo
    2^32: the sums in uint8 ``x + 128`` then add up to ``bias + sum((x - zx) * w)``."""
    sums = w.reshape(w.shape[0], -1).astype(np.int64).sum(axis=1)
    return _wrap32(bias.astype(np.int64) - (128 + zx) * sums)


def _conv(ctx, arrays, blob, what) -> Optional[Lowered]:
    if ctx["groups"] != 1 or (arrays["mult"] == INT32_MIN).any():
        return None
    c = dict(ctx)
    if (c["kh"], c["kw"], c["sh"], c["sw"], c["ph"], c["pw"]) == (1, 1, 1, 1, 0, 0):
        # a pointwise convolution is one row of every pixel of the batch
        c.update(w=c["batch"] * c["h"] * c["w"], ow=c["batch"] * c["oh"] * c["ow"],
                 h=1, oh=1, batch=1)
    hp, wp = _geometry(c)
    cin, kh, kw = c["cin"], c["kh"], c["kw"]
    w = arrays["kernel"]                                    # OHWI
    if c["dw"] == 1:     # one kernel row's kw * cin inputs are contiguous
        segs, length = kh, kw * cin
        seg_off = f"s * {c['dh'] * wp * cin}"
    else:
        segs, length = kh * kw, cin
        seg_off = f"(s / {kw}) * {c['dh'] * wp * cin} + (s % {kw}) * {c['dw'] * cin}"
    w2 = w.reshape(c["cout"], segs, length)
    cp = _up(c["cout"], LANES)
    folded = dict(arrays, bias=folded_bias(arrays["bias"], w, c["zx"]))
    _add_requant(c, folded, blob, what, cp, form="vnni",
                 bias_note=f"bias - {c['zx'] + 128} * sum(w) (128 + zx)")
    c["kernel_off"] = blob.add(pack_lanes(w2, kp=KP, nv=CONV_NV),
                               f"{what} kernel [block][segment][group][vector][lane][4] "
                               f"(x86 vnni)")
    groups = _up(length, KP) // KP
    block_bytes = segs * groups * CONV_NV * LANES * KP
    nfull = cp // (LANES * CONV_NV)
    tail_nv = (cp - nfull * LANES * CONV_NV) // LANES
    # per register count, (vectors, tile, blocks, first channel, first byte): the full
    # blocks, the one left over
    c["tilings"] = [(regs, [k for k in ((CONV_NV, tile[CONV_NV], nfull, 0, 0),
                                        (tail_nv, tile.get(tail_nv), 1,
                                         nfull * LANES * CONV_NV, nfull * block_bytes))
                            if k[2] and k[0]])
                    for regs, tile in CONV_TILE.items()]
    c["wide"] = WIDE
    c.update(hp=hp, wp=wp, segs=segs, length=length, groups_=groups, seg_off=seg_off,
             nfull=nfull, tail_nv=tail_nv, block_bytes=block_bytes, nv=CONV_NV,
             xs_size=c["batch"] * hp * wp * cin, slack=SLACK, xpad=c["zx"] + 128,
             padded=(hp, wp) != (c["h"], c["w"]) or c["ph"] or c["pw"])
    return Lowered("qvnni_conv.c.j2", c, weights=True, scratch=c["xs_size"] + SLACK)


def _dense(ctx, arrays, blob, what) -> Optional[Lowered]:
    c = dict(ctx)
    k, units = c["k"], c["units"]
    up = _up(units, LANES)
    w = arrays["kernel"]                                    # (units, k)
    c["scale_off"] = blob.add(np.concatenate([arrays["scale"], np.zeros(up - units)])
                              .astype("<f8"), f"{what} requantization scales (double)")
    c["bias_off"] = blob.add(_channel_array(folded_bias(arrays["bias"], w, c["zx"]), up),
                             f"{what} bias - {c['zx'] + 128} * sum(w) (128 + zx) (x86 vnni)")
    c["kernel_off"] = blob.add(pack_lanes(w.reshape(units, 1, k), kp=KP, nv=DENSE_NV),
                               f"{what} kernel [block][group][vector][lane][4] (x86 vnni)")
    groups = _up(k, KP) // KP
    nfull = up // (LANES * DENSE_NV)
    c.update(kp=KP * groups, groups_=groups, nfull=nfull, nv=DENSE_NV,
             tail=(up - nfull * LANES * DENSE_NV) // LANES, up=up)
    return Lowered("qvnni_dense.c.j2", c, weights=True, scratch=c["kp"])


FORMS["vnni"] = {"conv": _conv, "depthwise": _depthwise, "dense": _dense,
                 "binary": FORMS["avx2"]["binary"]}
