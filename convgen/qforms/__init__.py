"""The int8 SIMD forms: one module per instruction set, each a packing of the convolution and
Dense weights and the template whose inner loops read it.

A target profile names its form in :attr:`convgen.targets.Target.int8`; the lowering of an
op with a kernel (:mod:`convgen.quantized_ops`) asks :func:`lowering` for the form's function
for that op and falls back to the portable loops (Keras-ordered weights) when the form has
none or declines the layer (returns None). A form's function takes ``(ctx, arrays, blob,
what)``: ``ctx`` the numbers the portable template prints (shapes, strides, padding, zero
points, clamp), ``arrays`` the layer's int8 kernel (TFLite's layout), int32 bias and
requantization arrays, ``blob`` the :class:`convgen.quantized_ops.Blob` to pack into and
``what`` the layer's name for the blob's layout notes; it returns a
:class:`convgen.quantized_ops.Lowered`. Every form's C must compute the bits of the
portable loops (TFLite's reference kernels), and must carry portable loops over its own
packing for compilers without its instruction set.
"""

from __future__ import annotations

from typing import Callable, Dict, Optional, Tuple

# form name -> op ("conv", "depthwise", "dense", "binary") -> lowering
FORMS: Dict[str, Dict[str, Callable]] = {"portable": {}}


def requant_record(m: int, shift: int) -> Tuple[int, int, int, int, int]:
    """MultiplyByQuantizedMultiplier(m, shift) as a SIMD template takes its constants:
    (m, left shift, right shift, RoundingDivideByPOT's mask 2^right - 1, half the mask)."""
    left, right = max(shift, 0), max(-shift, 0)
    mask = (1 << right) - 1
    return (m, left, right, mask, mask >> 1)


def binary_lowering(template: str) -> Callable:
    """A form's lowering of ADD, SUB and MUL (``op`` "binary") of two same-shaped inputs into
    ``template``: the portable context plus each requantization's :func:`requant_record`
    (``rq`` for MUL; ``r1``, ``r2``, ``ro`` for ADD and SUB). Broadcasting inputs and a
    multiplier of INT32_MIN (never produced by the converter) take the portable loops."""
    from ..quantized_ops import Lowered

    def lower(ctx, arrays, blob, what):
        if ctx["dims"]:
            return None
        c = dict(ctx)
        pairs = [("rq", "m", "s")] if c["op"] == "Multiply" else \
            [("r1", "m1", "s1"), ("r2", "m2", "s2"), ("ro", "mo", "so")]
        for key, m, s in pairs:
            if c[m] == -2 ** 31:
                return None
            c[key] = requant_record(c[m], c[s])
        return Lowered(template, c)
    return lower


def lowering(form: str, op: str) -> Optional[Callable]:
    """The form's lowering of ``op``, or None (the portable loops)."""
    if form not in FORMS:
        raise ValueError(f"unknown int8 form {form!r}: expected one of {', '.join(FORMS)}")
    return FORMS[form].get(op)

# each form module registers itself in FORMS: "dsp" (Cortex-M), "neon" (aarch64), "avx2" (x86-64),
# "vnni" (x86-64 with AVX-512 VNNI or AVX-VNNI)
from . import arm_dsp, neon, vnni, x86  # noqa: E402,F401
