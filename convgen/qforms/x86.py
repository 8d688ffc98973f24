"""The x86-64 int8 form ``avx2``: AVX2's ``VPMADDWD`` (``_mm256_madd_epi16``) on int16 pairs.

The layer's input is copied once into the layer's scratch as int16 ``x - zx``, zero-padded to
the padded geometry the convolution reads (so padding contributes nothing and no tap tests a
bound), and the weights are packed at lowering time:

* **conv** (Conv1D/Conv2D, one group): the reduction of one output pixel is cut into
  *segments*, runs of input elements contiguous in the padded input (one kernel row,
  ``kw * cin`` elements, when the horizontal dilation is 1, else one tap's ``cin``), each
  padded to whole *lane groups* of ``kp`` elements (zero weights). Output channels go in
  blocks of ``nv`` vectors of 8 lanes; per block, segment and lane group, ``nv * 8 * kp``
  int8 weights: ``[block][segment][group][vector][lane][kp]``. The AVX2 loop takes ``kp = 2``:
  16 weights sign-extended to int16 (``_mm256_cvtepi8_epi16``) against one pixel's pair of
  inputs broadcast to every lane, ``madd`` giving 8 int32 partial sums, for a tile of
  pixels along the row per weight load (3 pixels x 16 channels, 6 x 8 for a block of 8).
  The VNNI form (:mod:`convgen.qforms.vnni`: ``VPDPBUSD``, 4 uint8 x int8 per lane) calls
  :func:`pack_lanes` with ``kp = 4`` and takes the input as ``x + 128`` in uint8 with
  ``(128 + zx) * sum(w)`` folded into the bias.
* **depthwise**: channels in blocks of 16 int16 lanes (the input channel of output channel
  ``o`` is ``o / depth_multiplier``, expanded in the scratch copy), taps in pairs: two taps'
  inputs interleaved (``unpacklo/hi_epi16``) against weights interleaved the same way at
  pack time, ``madd`` summing the pair; the lane order this leaves (channels 0-3, 8-11 and
  4-7, 12-15) is the order of the packed bias and requantization arrays, and ``packs``
  restores the channel order on the store.
* **binary** (ADD, SUB, MUL without broadcasting): 8 elements in int32 lanes, each
  requantization gemmlowp's with the layer's constants (:func:`convgen.qforms.requant_record`), 16
  elements a step stored with ``packs``; the tail in portable C.
* **dense**: as conv with one pixel (``pack_lanes`` with one segment), units in blocks of 4
  vectors (32 units), the rest one block of 1-3 vectors.

Requantization is TFLite's MultiplyByQuantizedMultiplier in 8 lanes (gemmlowp's
SaturatingRoundingDoublingHighMul is ``(a * m + 2^30) >> 31`` in 64 bits for every ``a`` when
``m`` is not INT32_MIN, which the converter's multipliers never are; then RoundingDivideByPOT),
so the bits are the portable loops'. Dense requantizes in double, per unit, as the portable
template does. Each template also carries portable C99 loops over the same packing, compiled
when ``__AVX2__`` is not defined or ``CONVGEN_NO_SIMD`` is.
"""

from __future__ import annotations

import math
from typing import Optional

import numpy as np

from .. import threads
from ..quantized_ops import Lowered
from . import FORMS, binary_lowering

LANES = 8          # int32 lanes of a 256-bit vector
KP = 2             # reduction elements per int32 lane: VPMADDWD's pair
CONV_NV = 2        # vectors (of 8 output channels) per conv block
# output pixels per conv tile, by vectors per block: 3 x 2 accumulators, 2 weights and 3
# broadcasts (4 x 2 made GCC spill an accumulator: half the speed on DS-CNN); 6 x 1
CONV_TILE = {2: 3, 1: 6}
DENSE_NV = 4       # vectors per dense block
DW_BLOCK = 16      # depthwise channels per block (16 int16 lanes)
DW_MAX_TAPS = 64   # depthwise taps unrolled in the C; larger kernels take the portable loops
# the lane order unpacklo/hi_epi16 leave 16 channels in (two int32 vectors of 8)
DW_ORDER = np.array([0, 1, 2, 3, 8, 9, 10, 11, 4, 5, 6, 7, 12, 13, 14, 15])
CHUNKS = 12        # most runs of pixels a short conv row is cut into for threads
BLOCK_GROUPS = 8   # most groups of channel blocks a conv with few rows is cut into
INT32_MIN = -2 ** 31


def _up(n: int, m: int) -> int:
    return -(-n // m) * m


def pack_lanes(w: np.ndarray, kp: int = KP, nv: int = CONV_NV) -> np.ndarray:
    """Weights ``(cout, segments, length)`` packed for ``kp`` reduction elements per int32
    lane: channels padded to whole vectors of 8 lanes and ``length`` to whole groups of
    ``kp`` (zeros), then ``[block][segment][group][vector][lane][kp]`` with blocks of ``nv``
    vectors and a last block of the vectors left over (flat int8)."""
    cout, nseg, length = w.shape
    cp, lp = _up(cout, LANES), _up(length, kp)
    padded = np.zeros((cp, nseg, lp), np.int8)
    padded[:cout, :, :length] = w
    full = cp // (LANES * nv) * LANES * nv
    parts = []
    for lo, hi, v in ((0, full, nv), (full, cp, (cp - full) // LANES)):
        if hi > lo:
            part = padded[lo:hi].reshape(-1, v, LANES, nseg, lp // kp, kp)
            parts.append(part.transpose(0, 3, 4, 1, 2, 5).reshape(-1))
    return np.concatenate(parts)


def _channel_array(a: np.ndarray, cp: int) -> np.ndarray:
    out = np.zeros(cp, np.int32)
    out[:a.size] = a
    return out


def _add_requant(ctx, arrays, blob, what, cp, order=None, form="avx2", bias_note="bias"):
    """The bias per channel, and the requantization of every vector of 8 channels as one
    record of 8-lane rows: multiplier, the multiplier's odd lanes moved to the even ones
    (``_mm256_mul_epi32`` multiplies those), left shift, right shift, its mask
    ``2^right - 1`` and half the mask (RoundingDivideByPOT's threshold before the sign);
    padded to ``cp`` channels (and permuted by ``order`` within blocks of its length) into
    the blob. ``has_left``: some channel shifts left (else the C skips the shift). ``form``
    and ``bias_note`` name the arrays in the blob's layout notes (the vnni form shares this)."""
    shift = arrays["shift"].astype(np.int64)
    mult = np.asarray(arrays["mult"], np.int64)
    right = np.maximum(-shift, 0)
    mask = (np.int64(1) << right) - 1
    rows = [mult, np.zeros_like(mult), np.maximum(shift, 0), right, mask, mask >> 1]
    rows = [_channel_array(np.asarray(a, np.int64).astype(np.int32), cp)
            for a in [arrays["bias"]] + rows]
    if order is not None:
        rows = [a.reshape(-1, order.size)[:, order].reshape(-1) for a in rows]
    bias, rec = rows[0], np.stack(rows[1:]).reshape(6, cp // LANES, LANES).transpose(1, 0, 2)
    rec = np.ascontiguousarray(rec)
    rec[:, 1, 0::2] = rec[:, 0, 1::2]    # the odd multipliers in the even lanes
    ctx["bias_off"] = blob.add(bias, f"{what} {bias_note} (x86 {form})")
    ctx["rq_off"] = blob.add(rec.reshape(-1), f"{what} requantization [vector][mult, odd "
                             f"mult, left, right, mask, mask/2][lane] (x86 {form})")
    ctx["has_left"] = bool((shift > 0).any())


def _geometry(ctx):
    """Padded input rows and columns the convolution reads (zeros beyond the input)."""
    hp = max((ctx["oh"] - 1) * ctx["sh"] + (ctx["kh"] - 1) * ctx["dh"] + 1, ctx["ph"] + ctx["h"])
    wp = max((ctx["ow"] - 1) * ctx["sw"] + (ctx["kw"] - 1) * ctx["dw"] + 1, ctx["pw"] + ctx["w"])
    return hp, wp


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
    _add_requant(c, arrays, blob, what, cp)
    c["kernel_off"] = blob.add(pack_lanes(w2), f"{what} kernel [block][segment][pair]"
                               f"[vector][lane][2] (x86 avx2)")
    nfull = cp // (LANES * CONV_NV)
    tail_nv = (cp - nfull * LANES * CONV_NV) // LANES
    # (vectors, tile, blocks, first channel, first byte): the full blocks, the one left over
    c["kinds"] = [k for k in ((CONV_NV, CONV_TILE[CONV_NV], nfull, 0, 0),
                              (tail_nv, CONV_TILE.get(tail_nv), 1, nfull * LANES * CONV_NV,
                               nfull * segs * (_up(length, KP) // KP) * CONV_NV * LANES * KP))
                  if k[2] and k[0]]
    block_bytes = segs * (_up(length, KP) // KP) * CONV_NV * LANES * KP
    rows = c["batch"] * c["oh"]
    chunks = _chunks(rows, c["ow"])
    c.update(hp=hp, wp=wp, segs=segs, pairs=_up(length, KP) // KP, seg_off=seg_off,
             nfull=nfull, tail_nv=tail_nv, chunks=chunks, bgroups=_groups(rows * chunks, nfull),
             align=math.lcm(*(k[1] for k in c["kinds"])),
             block_bytes=block_bytes, nv=CONV_NV, tile=CONV_TILE[CONV_NV],
             xs_size=c["batch"] * hp * wp * cin,
             padded=(hp, wp) != (c["h"], c["w"]) or c["ph"] or c["pw"])
    # one int16 of slack past the last pixel: an odd segment's pad lane reads it (weight 0)
    return Lowered("qx86_conv.c.j2", c, weights=True, scratch=2 * (c["xs_size"] + 2))


def _chunks(rows: int, width: int) -> int:
    """Runs a row's pixels are cut into, so that threads have parts to share where a
    convolution has few output rows (a pointwise one flattened to one row, a Conv1D): up to
    :data:`CHUNKS` runs of at least 12 pixels; 1 (the whole row) for 4 rows or more."""
    return 1 if rows >= 4 else max(1, min(CHUNKS, width // 12))


def _groups(parts: int, blocks: int) -> int:
    """Groups the full channel blocks are cut into, so that threads have parts to share where
    a convolution has few rows and runs of pixels (a wide 1x1 over a 3x3 map): up to
    :data:`BLOCK_GROUPS`, when fewer than 4 parts come from rows and runs."""
    return 1 if parts >= 4 else max(1, min(BLOCK_GROUPS, blocks))


def _depthwise(ctx, arrays, blob, what) -> Optional[Lowered]:
    taps = ctx["kh"] * ctx["kw"]
    if taps > DW_MAX_TAPS or (arrays["mult"] == INT32_MIN).any():
        return None
    c = dict(ctx)
    hp, wp = _geometry(c)
    cout = c["cout"]
    cp = _up(cout, DW_BLOCK)
    tp = _up(taps, 2)
    w = np.zeros((tp, cp), np.int8)
    w[:taps, :cout] = arrays["kernel"].reshape(taps, cout)
    # [block][tap pair][16 channels in lane order][2 taps]
    packed = w.reshape(tp // 2, 2, cp // DW_BLOCK, DW_BLOCK)[:, :, :, DW_ORDER]
    packed = packed.transpose(2, 0, 3, 1).reshape(-1)
    _add_requant(c, arrays, blob, what, cp, DW_ORDER)
    c["kernel_off"] = blob.add(packed, f"{what} kernel [block][tap pair][lane][2] (x86 avx2)")
    offs = [((t // c["kw"]) * c["dh"] * wp + (t % c["kw"]) * c["dw"]) * cp for t in range(taps)]
    c.update(hp=hp, wp=wp, cp=cp, blocks=cp // DW_BLOCK, pairs=tp // 2,
             tap_pairs=[(offs[t], offs[t + 1] if t + 1 < taps else None)
                        for t in range(0, taps, 2)],
             offs=offs, order=[int(i) for i in DW_ORDER], xs_size=c["batch"] * hp * wp * cp,
             padded=(hp, wp) != (c["h"], c["w"]) or c["ph"] or c["pw"] or cp != cout)
    return Lowered("qx86_depthwise.c.j2", c, weights=True, scratch=2 * c["xs_size"])


def _dense(ctx, arrays, blob, what) -> Optional[Lowered]:
    c = dict(ctx)
    k, units = c["k"], c["units"]
    up = _up(units, LANES)
    c["scale_off"] = blob.add(np.concatenate([arrays["scale"], np.zeros(up - units)])
                              .astype("<f8"), f"{what} requantization scales (double)")
    c["bias_off"] = blob.add(_channel_array(arrays["bias"], up), f"{what} bias")
    c["kernel_off"] = blob.add(pack_lanes(arrays["kernel"].reshape(units, 1, k), nv=DENSE_NV),
                               f"{what} kernel [block][pair][vector][lane][2] (x86 avx2)")
    pairs = _up(k, KP) // KP
    nfull = up // (LANES * DENSE_NV)
    c.update(kp=2 * pairs, pairs=pairs, nfull=nfull, nv=DENSE_NV,
             tail=(up - nfull * LANES * DENSE_NV) // LANES, up=up,
             block_bytes=pairs * DENSE_NV * LANES * KP)
    return Lowered("qx86_dense.c.j2", c, weights=True, scratch=2 * c["kp"])


def _positions(c) -> int:
    return c["batch"] * c["oh"] * c["ow"]


# Threads (convgen/threads.py): a conv splits its samples, output rows, runs of a row's pixels and
# groups of channel blocks, a depthwise conv its samples and output rows; each output is one
# thread's. The work that decides it counts each output's requantization as REQUANT_MACS
# multiply-adds (about 17 vector instructions per 8 outputs, against one VPMADDWD per 16 products):
# the narrow layers of the MobileNets spend more on it than on their products.
# A function splits from MIN_WORK such multiply-adds a call (2-3 us on one core here; a team's
# fork and join between a model's layers cost about 1 us): MobileNetV2 0.35 on 2 threads took
# 337 us with the float layers' 250,000, 309 us with this.
REQUANT_MACS = 16
MIN_WORK = 100_000
threads.declare("qx86_conv.c.j2", threads.Split(
    "output rows", lambda c: c["cout"] * (c["kh"] * c["kw"] * c["cin"] + REQUANT_MACS),
    lambda c: c["batch"] * c["oh"] * c["chunks"] * c["bgroups"], _positions, MIN_WORK))
threads.declare("qx86_depthwise.c.j2", threads.Split(
    "output rows", lambda c: c["cout"] * (c["kh"] * c["kw"] + REQUANT_MACS),
    lambda c: c["batch"] * c["oh"], _positions, MIN_WORK))

FORMS["avx2"] = {"conv": _conv, "depthwise": _depthwise, "dense": _dense,
                 "binary": binary_lowering("qx86_binary.c.j2")}
