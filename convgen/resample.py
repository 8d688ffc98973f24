"""Resampling taps for UpSampling2D's interpolated methods (part of the plan stage).

``keras.ops.image.resize`` without antialiasing: output j samples the input at
``(j + 0.5) / factor - 0.5`` (half-pixel centres) and weighs input pixel i by
``kernel(|sample - i|)``, normalised by the sum over the pixels that exist. Each output
needs only the few pixels inside the kernel's radius: those become constant tables in C, or,
for two-tap kernels (:func:`phases`), constants per output phase.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple


def _triangle(t: float) -> float:
    return max(0.0, 1.0 - t)


def _keys_cubic(t: float) -> float:
    # Keys' cubic with a = -0.5 (jax and TensorFlow; PyTorch uses a = -0.75).
    if t >= 2.0:
        return 0.0
    if t >= 1.0:
        return ((-0.5 * t + 2.5) * t - 4.0) * t + 2.0
    return (1.5 * t - 2.5) * t * t + 1.0


def _lanczos(radius: int) -> Callable[[float], float]:
    def kernel(t: float) -> float:
        if t > radius:
            return 0.0
        if t <= 1e-3:
            return 1.0
        return radius * math.sin(math.pi * t) * math.sin(math.pi * t / radius) / (math.pi * t) ** 2
    return kernel


# method -> (kernel, radius in input pixels)
KERNELS: Dict[str, Tuple[Callable[[float], float], int]] = {
    "bilinear": (_triangle, 1),
    "bicubic": (_keys_cubic, 2),
    "lanczos3": (_lanczos(3), 3),
    "lanczos5": (_lanczos(5), 5),
}


@dataclass(frozen=True)
class Taps:
    """Per output index: the first input index, the tap count, and the weights (padded with
    zeros to ``width``, never read past ``count``)."""

    start: List[int]
    count: List[int]
    weights: List[List[float]]
    width: int


def taps(n: int, factor: int, method: str) -> Taps:
    """The taps of upsampling an axis of length ``n`` by an integer ``factor``."""
    kernel, radius = KERNELS[method]
    starts, counts, rows = [], [], []
    for j in range(n * factor):
        sample = (j + 0.5) / factor - 0.5
        lo = max(0, math.floor(sample - radius))
        hi = min(n - 1, math.ceil(sample + radius))
        w = [kernel(abs(sample - i)) for i in range(lo, hi + 1)]
        while w and w[0] == 0.0:   # keep only the span with non-zero weights
            w.pop(0)
            lo += 1
        while w and w[-1] == 0.0:
            w.pop()
        total = sum(w)
        starts.append(lo)
        counts.append(len(w))
        rows.append([v / total for v in w])
    width = max(counts)
    return Taps(starts, counts, [r + [0.0] * (width - len(r)) for r in rows], width)


@dataclass(frozen=True)
class Phases:
    """An axis whose taps repeat with the factor: two taps at most, as bilinear's.

    Outputs ``[0, lead)`` copy input 0; then each interval ``[i, i + 1]`` of the input
    (``i < n - 1``) gives ``factor`` outputs, output ``lead + i * factor + k`` being
    ``weights[k][0] * x[i] + weights[k][1] * x[i + 1]`` (a copy of ``x[i]`` when
    ``weights[k][1]`` is 0); the last ``trail`` outputs copy input ``n - 1``. The weights
    depend on the phase ``k`` only: constants the generator folds into the code."""

    n: int
    factor: int
    lead: int
    trail: int
    weights: Tuple[Tuple[float, float], ...]


def phases(n: int, factor: int, method: str) -> Optional[Phases]:
    """The taps of :func:`taps` as per-phase constants, or None when they have not that form
    (kernels reaching more than the two neighbours of a sample: bicubic, Lanczos)."""
    t = taps(n, factor, method)
    lead = factor // 2   # samples (o + 0.5) / factor - 0.5 left of input 0
    weights = [(1.0, 0.0)] * factor
    if n > 1:
        weights = [tuple(t.weights[lead + k][:2]) if t.count[lead + k] == 2 else (1.0, 0.0)
                   for k in range(factor)]

    def expected(o: int) -> Tuple[int, List[float]]:
        i, k = divmod(o - lead, factor)
        if o < lead or i >= n - 1:
            return (0 if o < lead else n - 1), [1.0]
        w = list(weights[k])
        return i, w if w[1] != 0.0 else [1.0]

    for o in range(n * factor):
        start, w = expected(o)
        got = t.weights[o][:t.count[o]]
        if (t.start[o], t.count[o]) != (start, len(w)) or \
                any(abs(a - b) > 1e-12 for a, b in zip(got, w)):
            return None
    return Phases(n, factor, lead, n * factor - lead - (n - 1) * factor,
                  tuple(weights))


def windows(t: Taps, n: int) -> Taps:
    """``t`` (the taps of an axis of length ``n``) with every output's window exactly
    ``t.width`` taps, inside ``[0, n)``: a window that would pass the end starts earlier, and
    the taps it gains weigh 0. The C then runs a constant number of taps (no count table);
    a zero weight adds 0 to a finite sum."""
    starts, rows = [], []
    for start, count, w in zip(t.start, t.count, t.weights):
        first = min(start, n - t.width)
        pad = start - first
        starts.append(first)
        rows.append([0.0] * pad + w[:count] + [0.0] * (t.width - pad - count))
    return Taps(starts, [t.width] * len(starts), rows, t.width)
