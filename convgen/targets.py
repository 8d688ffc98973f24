"""Target profiles: what a generated model is built for, in one object per target.

A :class:`Target` says which code paths the C carries (the AVX-512 tiles, the 256-bit tiles of
16-register machines such as AVX2 and NEON, the portable C99 loop nests), how the filters of a
blocked convolution are packed (padded to vector blocks, or blocked by a divisor of the filter
count so that the blob holds exactly the Keras values), and the compiler and flags of the
export's Makefile. Nothing else in convgen branches on a target's name: the schedules read
:meth:`Target.filter_block` and ``target.mve``, the templates read
``target.wide``/``narrow``/``portable``/``mve``.

The default, :data:`ANY`, carries every path behind the preprocessor (the output convgen always
wrote): one source that builds everywhere, at the price of 512-bit tiles in a microcontroller's
source and filters padded to vector blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple, Union

VECTOR_BLOCKS = (8, 16, 32)   # filters per block of the vector microkernel


@dataclass(frozen=True)
class Target:
    """One target profile.

    ``wide``: the source has the AVX-512 tiles (16-float vectors, 32 registers); ``narrow``:
    the 256-bit tiles (8-float vectors, 16 registers); ``portable``: the portable C99 loops.
    With both vector paths the preprocessor picks (``__AVX512F__``); with a vector path and the
    portable one, the preprocessor picks too (``CG_VECTOR``: GNU C on a SIMD target). ``exact``:
    filters are blocked by a divisor of their count, at most ``block`` a block, preferring
    multiples of ``lanes`` (no padding: the blob is the Keras values); otherwise blocks of 8,
    16 or 32 padded with zeros (the vector tiles' width). ``cc``, ``flags`` and ``run``: the
    export Makefile's default compiler, its target flags, and the prefix that runs its test
    program (``make check``) when built with that compiler. ``mve``: the portable branch's
    tiles are Helium (MVE) vectors where the compiler targets MVE with floating point
    (:mod:`convgen.mve`), the scalar tiles of the same schedule elsewhere. ``winograd``: its
    vector tiles may run dense 3x3 stride-1 2-D convolutions as Winograd F(2x2,3x3)/F(4x4,3x3)
    where the cost model says so (:mod:`convgen.winograd`): fewer multiplications, a
    different rounding, weights transformed at bind time. Only vector-only targets: a source
    with a portable branch would need the direct weights too. ``int8``: the form of an int8 spec's
    convolutions and Dense layers (their weights packing and inner loops, see
    :mod:`convgen.quantized_ops`): ``portable`` (C99 loops over Keras-ordered weights) or a
    SIMD form whose source also carries portable loops over the same packing for compilers
    without that instruction set; every form computes the same bits."""

    name: str
    about: str
    cc: str = "cc"
    flags: Tuple[str, ...] = ()
    run: str = ""
    wide: bool = False
    narrow: bool = False
    portable: bool = False
    exact: bool = False
    block: int = 8
    lanes: int = 1
    mve: bool = False
    winograd: bool = False
    int8: str = "portable"

    def __post_init__(self):
        if not (self.wide or self.narrow or self.portable):
            raise ValueError(f"target {self.name}: no code path")
        if self.winograd and (self.portable or not self.vector):
            raise ValueError(f"target {self.name}: Winograd runs in vector tiles only (the "
                             "portable branch computes the direct form from other weights)")
        if self.exact and self.vector:
            raise ValueError(f"target {self.name}: vector tiles need padded filter blocks")
        if self.mve and not self.portable:
            raise ValueError(f"target {self.name}: the MVE tiles are the portable branch's")

    @property
    def vector(self) -> bool:
        """The source has vector tiles (GNU C vector extensions)."""
        return self.wide or self.narrow

    @property
    def choose_path(self) -> bool:
        """Vector tiles and portable loops both: the preprocessor chooses (``CG_VECTOR``)."""
        return self.vector and self.portable

    @property
    def choose_width(self) -> bool:
        """Both tile widths: the preprocessor chooses (``__AVX512F__``)."""
        return self.wide and self.narrow

    @property
    def default(self) -> bool:
        """The default target: every path, chosen by the preprocessor."""
        return self is ANY

    def filter_block(self, filters: int) -> int:
        """FT, the filters of one packed block (``[block][tap][channel][FT]``).

        Vector targets: 32 filters a block, 16 or 8 when there are fewer (a whole number of
        vectors; the last block is padded). Exact targets: a divisor of ``filters``, so no
        block is padded or ragged: the largest at most ``block`` (a multiple of ``lanes`` when
        one divides); when that is below 4 (a prime count: 11, 13, ...), the smallest divisor
        from 4 to ``2 * block`` instead, else that small divisor (1 for a large prime)."""
        if not self.exact:
            return 32 if filters > 16 else 16 if filters > 8 else 8
        divisors = [d for d in range(1, filters + 1) if filters % d == 0]
        small = [d for d in divisors if d <= self.block]
        ft = max([d for d in small if d % self.lanes == 0] or small)
        if ft < 4:
            ft = min([d for d in divisors if 4 <= d <= 2 * self.block] or [ft])
        return ft


ANY = Target(
    "any", "every code path, chosen by the preprocessor: AVX-512 or 256-bit tiles with GNU C "
    "on SIMD targets (SSE2, NEON), portable C99 elsewhere; filters padded to vector blocks",
    wide=True, narrow=True, portable=True)

PORTABLE = Target(
    "portable", "portable C99 loops only, for any C99 compiler; exact weights",
    portable=True, exact=True)

CORTEX_M4 = Target(
    "cortex-m4", "Cortex-M4F (FPv4-SP, no float SIMD): the portable C99 loops; exact weights; "
    "int8: the dsp form (SMLAD on 16-bit pairs)",
    cc="arm-none-eabi-gcc",
    flags=("-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16",
           "-ffp-contract=fast"),
    portable=True, exact=True, int8="dsp")

CORTEX_M7 = Target(
    "cortex-m7", "Cortex-M7 (FPv5, single precision used): the portable C99 loops; exact "
    "weights; int8: the dsp form (SMLAD on 16-bit pairs)", cc="arm-none-eabi-gcc",
    flags=("-mcpu=cortex-m7", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv5-sp-d16",
           "-ffp-contract=fast"),
    portable=True, exact=True, int8="dsp")

CORTEX_M55 = Target(
    "cortex-m55", "Cortex-M55 (Helium/MVE): 128-bit MVE tiles (arm_mve.h) in the portable "
    "loops where __ARM_FEATURE_MVE has floating point, scalar tiles elsewhere; exact weights, "
    "filter blocks of 4-lane multiples where they divide, ragged vectors predicated; int8: "
    "the dsp form (SMLAD on 16-bit pairs; no Helium int8 kernels yet)",
    cc="arm-none-eabi-gcc",
    flags=("-mcpu=cortex-m55", "-mthumb", "-mfloat-abi=hard", "-ffp-contract=fast"),
    portable=True, exact=True, int8="dsp", block=16, lanes=4, mve=True)

AARCH64 = Target(
    "aarch64", "AArch64 (NEON, 32 128-bit registers): the 256-bit tiles only; filters "
    "padded to vector blocks; Winograd 3x3 where cheaper; int8: the neon form, SDOT with "
    "TARGET_FLAGS=-march=armv8.2-a+dotprod, NEON widening multiplies with the default "
    "-march=armv8-a", cc="aarch64-linux-gnu-gcc",
    flags=("-march=armv8-a", "-ffp-contract=fast"), run="qemu-aarch64 -L /usr/aarch64-linux-gnu",
    narrow=True, winograd=True, int8="neon")

X86_64 = Target(
    "x86-64", "x86-64 with AVX2 (x86-64-v3): the 256-bit tiles, and the AVX-512 ones when "
    "the compiler targets AVX-512 (-march=x86-64-v4 or native); filters padded to vector "
    "blocks; Winograd 3x3 where cheaper", flags=("-march=x86-64-v3", "-ffp-contract=fast"),
    wide=True, narrow=True, winograd=True, int8="avx2")

X86_64_VNNI = Target(
    "x86-64-vnni", "x86-64 with AVX-512 VNNI (x86-64-v4 + avx512vnni: Cascade Lake, Ice Lake, "
    "Zen 4): the float side as x86-64's; int8: the vnni form, VPDPBUSD (_mm256_dpbusd_epi32); "
    "AVX-VNNI-only CPUs (Alder Lake) build with TARGET_FLAGS='-march=x86-64-v3 -mavxvnni' "
    "(_mm256_dpbusd_avx_epi32); with AVX2 and no VNNI (TARGET_FLAGS=-march=native on such a "
    "CPU) an exact AVX2 model of the instruction, for testing",
    flags=("-march=x86-64-v4", "-mavx512vnni", "-ffp-contract=fast"),
    wide=True, narrow=True, winograd=True, int8="vnni")

TARGETS: Dict[str, Target] = {t.name: t for t in (ANY, PORTABLE, CORTEX_M4, CORTEX_M7,
                                                   CORTEX_M55, AARCH64, X86_64, X86_64_VNNI)}


class UnknownTarget(ValueError):
    """A target name no profile has."""


def get(target: Union[None, str, Target]) -> Target:
    """The profile named ``target`` (None: :data:`ANY`); a :class:`Target` is returned as is.
    Raises :class:`UnknownTarget` listing the targets."""
    if target is None:
        return ANY
    if isinstance(target, Target):
        return target
    found: Optional[Target] = TARGETS.get(str(target))
    if found is None:
        raise UnknownTarget(f"unknown target {target!r}: expected one of "
                            f"{', '.join(TARGETS)}")
    return found
