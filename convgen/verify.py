"""Run a compiled kernel against the NumPy oracle on seeded random data.

The tolerance is written once: ``max |kernel - oracle| <= 1e-4 * max(1, max |oracle|)``.
Non-finite oracle values (an ``exponential`` that overflows float32, say) must be matched
exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

from .kernel import compile as compile_kernel
from .reference import reference
from .spec import Spec

TOLERANCE = 1e-4


@dataclass(frozen=True)
class Comparison:
    max_abs: float     # max |kernel - oracle| over finite oracle values
    max_rel: float     # max_abs / max(1, max |oracle|): what the tolerance bounds
    where: tuple       # index of the largest difference
    nonfinite_mismatch: int

    @property
    def passed(self) -> bool:
        return self.nonfinite_mismatch == 0 and self.max_rel <= TOLERANCE


def compare(actual: np.ndarray, expected: np.ndarray) -> Comparison:
    """Compare a float32 kernel output with the float64 oracle."""
    actual = np.asarray(actual, np.float64)
    expected = np.asarray(expected, np.float64)
    # Beyond float32's range the float64 oracle's value is what Keras's float32 gives: inf.
    big = np.abs(expected) > np.finfo(np.float32).max
    expected = np.where(big, np.copysign(np.inf, expected), expected)
    if actual.shape != expected.shape:
        raise ValueError(f"shapes differ: {actual.shape} vs {expected.shape}")
    finite = np.isfinite(expected)
    same_nonfinite = (np.isnan(actual) & np.isnan(expected)) | (actual == expected)
    mismatch = int(np.count_nonzero(~finite & ~same_nonfinite))
    diff = np.where(finite, np.abs(actual - np.where(finite, expected, 0.0)), 0.0)
    diff = np.where(np.isnan(diff), np.inf, diff)   # a NaN where the oracle is finite fails
    if diff.size == 0:
        return Comparison(0.0, 0.0, (), mismatch)
    where = np.unravel_index(int(np.argmax(diff)), diff.shape)
    scale = max(1.0, float(np.max(np.abs(expected[finite])))) if finite.any() else 1.0
    max_abs = float(diff[where])
    return Comparison(max_abs, max_abs / scale, tuple(int(i) for i in where), mismatch)


# BatchNormalization's arrays: (low, high) of their uniform draws
STATISTICS = {"gamma": (0.5, 1.5), "beta": (-0.5, 0.5), "moving_mean": (-0.5, 0.5),
              "moving_variance": (0.25, 2.0), "moving_stddev": (0.5, 1.5),
              "renorm_mean": (-0.5, 0.5), "renorm_stddev": (0.5, 1.5)}


def random_weights(spec: Spec, rng: np.random.Generator) -> List[np.ndarray]:
    """Glorot-uniform-like kernels and small biases, so outputs stay O(1); BatchNormalization
    statistics of a trained layer (positive variances)."""
    out = []
    for _, name, shape in spec.weight_shapes():
        if name in STATISTICS:
            out.append(rng.uniform(*STATISTICS[name], shape).astype(np.float32))
        elif name == "bias":
            out.append(rng.uniform(-0.5, 0.5, shape).astype(np.float32))
        else:
            fan_in = math.prod(shape[:-1])
            limit = math.sqrt(3.0 / max(fan_in, 1))
            out.append(rng.uniform(-limit, limit, shape).astype(np.float32))
    return out


def random_input(spec: Spec, rng: np.random.Generator) -> np.ndarray:
    return rng.standard_normal((spec.batch, *spec.input_shape)).astype(np.float32)


@dataclass(frozen=True)
class Verification:
    spec: Spec
    comparison: Comparison
    threads: int = 1
    # with threads > 1: the output is the same bytes as on one thread (None: not checked)
    same_bytes: Optional[bool] = None

    @property
    def passed(self) -> bool:
        return self.comparison.passed and self.same_bytes is not False


def verify(spec: Spec, seed: int = 0, weights: Optional[Sequence[np.ndarray]] = None,
           cflags: Optional[Sequence[str]] = None, cc: Optional[str] = None,
           target=None, threads: int = 1) -> Verification:
    """Compile ``spec`` (the C of ``target``, default ``any``, by the host compiler: see
    :func:`convgen.compile`), run it on seeded random input with the given weights (default:
    the spec's weights file, else seeded random ones) and compare with the oracle.
    ``threads`` > 1: run on that many threads (the OpenMP build) and also check that the
    output is the same bytes as on one thread.

    An int8 spec is compared with the integer oracle (:mod:`convgen.qreference`): equal
    outputs pass (:func:`convgen.quantized.verify_int8`)."""
    if spec.quant is not None:
        from .quantized import verify_int8
        return verify_int8(spec, seed=seed, weights=weights, cflags=cflags, cc=cc,
                           target=target, threads=threads)
    rng = np.random.default_rng(seed)
    if weights is None:
        weights = spec.weights if spec.weights is not None else random_weights(spec, rng)
    x = random_input(spec, rng)
    kernel = compile_kernel(spec, cflags=cflags, cc=cc, target=target)
    out = kernel(x, weights, threads=threads)
    same = None if threads == 1 else out.tobytes() == kernel(x, weights).tobytes()
    return Verification(spec, compare(out, reference(spec, x, weights)), threads, same)
