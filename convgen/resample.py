"""Resampling taps for UpSampling2D's interpolated methods (part of the plan stage).

``keras.ops.image.resize`` without antialiasing: output j samples the input at
``(j + 0.5) / factor - 0.5`` (half-pixel centres) and weighs input pixel i by
``kernel(|sample - i|)``, normalised by the sum over the pixels that exist. Each output
needs only the few pixels inside the kernel's radius: those become constant tables in C.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple


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
