"""Shared helpers: seeded data, the tolerance (written once), spec construction."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

import convgen
from convgen.verify import TOLERANCE, compare, random_input, random_weights


def benchmark_module(name: str):
    """The script ``benchmarks/<name>.py`` as a module, loaded once: registered in
    ``sys.modules`` under ``name`` (its dataclasses look their module up there; scripts that
    import it, as keras2c_m4.py and tflm_m4.py import cortex_m, then share it)."""
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def make_spec(layer: dict, input_shape, batch: int = 1, name: str = "k"):
    """A one-layer spec from a Keras-style layer mapping."""
    return convgen.parse_spec({"name": name, "input_shape": list(input_shape), "batch": batch,
                               "layers": [layer]})


def assert_close(actual, expected):
    """max |actual - oracle| <= 1e-4 * max(1, max |oracle|), non-finite values equal."""
    c = compare(actual, expected)
    assert c.passed, (f"max abs err {c.max_abs:.3g} at {c.where} (rel {c.max_rel:.3g} > "
                      f"{TOLERANCE}), {c.nonfinite_mismatch} non-finite mismatches")


def run_both(spec, seed: int = 0, scale: float = 1.0):
    """Compile ``spec``; return (kernel output, oracle output) on seeded random data."""
    rng = np.random.default_rng(seed)
    weights = random_weights(spec, rng)
    x = (random_input(spec, rng) * scale).astype(np.float32)
    return convgen.compile(spec)(x, weights), convgen.reference(spec, x, weights)


@pytest.fixture
def rng():
    return np.random.default_rng(1234)
