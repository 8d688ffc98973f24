"""Standalone export: everything a firmware build needs, with no Python.

``convgen generate`` writes, per spec, ``<name>.h`` and ``<name>.c`` (the model),
``test_<name>.c`` (runs the model on a reproducible input and compares sampled outputs with the
float64 oracle's) and a ``Makefile``; when the spec has a weights file, the packed weights blob
as ``const float <name>_weights[]`` (read-only, so it lives in flash) in one or both forms:
``<name>_weights.c``, a C array of 9-digit decimals (about 16 bytes of source per weight), and
``<name>_weights.bin`` (the raw little-endian float32 bytes, 4 per weight) with
``<name>_weights.S``, which links them as data (``.incbin``) under the same symbol. The
Makefile's ``WEIGHTS=c|bin`` picks the form ``make`` links.

The test's input (and, without a weights file, its weights) come from a 32-bit LCG that C
and Python compute bit-identically, so the test file stores only the checked outputs. A plan
whose packed weights are computed from several Keras arrays (a BatchNormalization, folded or
not: :attr:`convgen.plan.Plan.derived`) cannot be unpacked from an LCG blob: there, Python
draws the Keras arrays from the LCG, packs them, and the test stores the packed blob.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple, Union

import numpy as np

from ._version import __version__
from .plan import Plan
from .reference import reference
from .render import Rendered, environment, render, write_if_changed
from .verify import TOLERANCE

WEIGHT_FORMS = {"both": ("c", "bin"), "c": ("c",), "bin": ("bin",)}   # --weights: the forms
LCG_SEED = 20261121
MAX_CHECKS = 1024   # outputs compared by the test: all of them, or this many evenly spaced


def lcg_floats(count: int, state: int) -> Tuple[np.ndarray, int]:
    """``count`` floats in [-1, 1) from the LCG ``state = state * 1664525 + 1013904223``
    (mod 2^32); each value is ``(state >> 8) / 2^23 - 1``, exact in float32."""
    out = np.empty(count, np.float32)
    for i in range(count):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        out[i] = np.float32(state >> 8) * np.float32(1.0 / 8388608.0) - np.float32(1.0)
    return out, state


@dataclass(frozen=True)
class Span:
    """A packed weight array: where it starts, its size and the scale of its LCG values."""

    offset: int
    count: int
    scale: float


def selftest_spans(plan: Plan) -> List[Span]:
    """Runs of the packed blob that hold weights (padding stays 0), in blob order, each with
    the scale of the array it belongs to: kernels ~1/sqrt(fan-in) so values stay O(1)
    through a chain, biases 0.5. None for a derived plan (its test stores its blob)."""
    if plan.derived:
        return []
    named = plan.spec.weight_shapes()
    where, starts = plan.positions()
    array = np.where(where >= 0, np.searchsorted(starts, where, side="right") - 1, -1)
    scales = [0.5 if name == "bias" else 1.0 / math.sqrt(max(math.prod(shape) // shape[-1], 1))
              for _, name, shape in named]
    spans: List[Span] = []
    edges = np.flatnonzero(np.diff(np.concatenate([[-2], array, [-2]])) != 0)
    for lo, hi in zip(edges[:-1], edges[1:]):
        if array[lo] >= 0:
            spans.append(Span(int(lo), int(hi - lo), float(np.float32(scales[array[lo]]))))
    return spans


# BatchNormalization's arrays from LCG values u in [-1, 1): (offset, scale) of offset + scale*u
STATISTICS = {"gamma": (1.0, 0.5), "moving_variance": (1.0, 0.5), "moving_stddev": (1.0, 0.5),
              "renorm_stddev": (1.0, 0.5)}


def _keras_values(name: str, shape, values: np.ndarray) -> np.ndarray:
    """One ``get_weights()`` array from LCG values, scaled as :func:`selftest_spans` scales
    (biases, betas and means 0.5; kernels 1/sqrt(fan-in)); variances and gammas in
    [0.5, 1.5)."""
    if name in STATISTICS:
        offset, scale = STATISTICS[name]
    elif name in ("bias", "beta", "moving_mean", "renorm_mean"):
        offset, scale = 0.0, 0.5
    else:
        offset, scale = 0.0, 1.0 / math.sqrt(max(math.prod(shape) // shape[-1], 1))
    return (np.float32(offset) + values * np.float32(scale)).reshape(shape)


def selftest_data(plan: Plan) -> Tuple[np.ndarray, np.ndarray, List[np.ndarray]]:
    """(input, packed weights, flat get_weights() list) of the exported ``test_<name>.c``:
    the input flat float32 of ``plan.input_size``, the blob of ``plan.weights_size``."""
    x, state = lcg_floats(plan.input_size, LCG_SEED)
    if plan.spec.weights is not None:
        return x, plan.pack(plan.spec.weights), list(plan.spec.weights)
    if plan.derived:
        weights = []
        for _, name, shape in plan.spec.weight_shapes():
            values, state = lcg_floats(math.prod(shape), state)
            weights.append(_keras_values(name, shape, values))
        return x, plan.pack(weights), weights
    blob = np.zeros(plan.weights_size, np.float32)
    for span in selftest_spans(plan):
        values, state = lcg_floats(span.count, state)
        blob[span.offset:span.offset + span.count] = values * np.float32(span.scale)
    return x, blob, plan.unpack(blob)


def _c_value(v: float) -> str:
    """A float32 value (as a Python float) as C: what the ``cfloat`` filter prints (9
    significant digits, ``f``), or NAN, INFINITY, -INFINITY (<math.h>). Inlined rather than
    calling the filter: a blob of 30 M weights is printed in seconds instead of minutes
    (tests/test_export.py checks both print the same)."""
    text = f"{v:.9g}"
    if "." in text or "e" in text:
        return text + "f"
    if text[-1] == "n":
        return "NAN"
    if text[-1] == "f":
        return "-INFINITY" if text[0] == "-" else "INFINITY"
    return text + ".0f"


def c_values(values: np.ndarray) -> List[str]:
    """Each float32 of ``values`` as C (:func:`_c_value`)."""
    return [_c_value(v) for v in np.asarray(values, np.float32).astype(np.float64).tolist()]


def c_rows(values: np.ndarray, per_line: int = 5) -> str:
    """The body of a C initialiser: ``per_line`` constants a line, indented by 4, separated
    by commas, each line ending in a newline (none after the last constant's comma)."""
    flat = np.asarray(values, np.float32).ravel()
    chunk = per_line * 65536   # bounded temporaries for a big blob
    rows = []
    for start in range(0, flat.size, chunk):
        text = c_values(flat[start:start + chunk])
        rows += [", ".join(text[i:i + per_line]) for i in range(0, len(text), per_line)]
    return ",\n".join("    " + row for row in rows) + "\n" if rows else ""


def export(plan: Plan, out_dir: Union[str, Path], rendered: Optional[Rendered] = None,
           weights_form: str = "both") -> Path:
    """Write the standalone folder ``out_dir/<name>/``; return it. ``weights_form`` (a key of
    :data:`WEIGHT_FORMS`) says which forms of a weights file's blob to write: the C array
    ``<name>_weights.c``, the binary ``<name>_weights.bin`` with ``<name>_weights.S``, or both
    (the C array is the Makefile's default). A form not written is removed from the folder, so
    the Makefile and the files agree. An int8 plan (:class:`convgen.quantized.QPlan`) writes
    its weights as C only (``weights_form`` ``c`` or ``both``), through
    :func:`convgen.quantized.export`."""
    if not isinstance(plan, Plan):
        if weights_form not in ("both", "c"):
            raise ValueError(f"weights_form={weights_form!r}: an int8 export writes its "
                             "weights as C only")
        from .quantized import export as export_int8
        return export_int8(plan, out_dir, rendered)
    if weights_form not in WEIGHT_FORMS:
        raise ValueError(f"weights_form={weights_form!r}: expected one of "
                         f"{', '.join(WEIGHT_FORMS)}")
    rendered = rendered or render(plan)
    spec, env = plan.spec, environment()
    x, blob, weights = selftest_data(plan)
    expected = reference(spec, x.reshape(spec.batch, *spec.input_shape), weights).ravel()
    expected = np.where(np.abs(expected) > np.finfo(np.float32).max,
                        np.copysign(np.inf, expected), expected)
    finite = expected[np.isfinite(expected)]
    tolerance = TOLERANCE * max(1.0, float(np.abs(finite).max()) if finite.size else 1.0)
    count = min(plan.output_size, MAX_CHECKS)
    index = [i * plan.output_size // count for i in range(count)]
    has_weights = spec.weights is not None and plan.weights_size > 0
    forms = WEIGHT_FORMS[weights_form] if has_weights else ()
    base = dict(plan.context, version=__version__, has_weights=has_weights, forms=forms,
                weights_bytes=4 * plan.weights_size)
    folder = Path(out_dir) / spec.name
    files = {
        f"{spec.name}.h": rendered.header,
        f"{spec.name}.c": rendered.source,
        f"test_{spec.name}.c": env.get_template("test.c.j2").render(
            base, template="test.c.j2", seed=LCG_SEED, spans=selftest_spans(plan),
            check_index=index, check_value=c_values(expected[index]),
            stored_blob=c_values(blob) if plan.derived and not has_weights
            else [],
            tolerance=environment().filters["cfloat"](tolerance)),
        "Makefile": env.get_template("Makefile.j2").render(base, template="Makefile.j2"),
    }
    if "c" in forms:
        files[f"{spec.name}_weights.c"] = env.get_template("weights.c.j2").render(
            base, template="weights.c.j2", rows=c_rows(blob))
    if "bin" in forms:
        files[f"{spec.name}_weights.S"] = env.get_template("weights.S.j2").render(
            base, template="weights.S.j2")
        files[f"{spec.name}_weights.bin"] = blob.astype("<f4").tobytes()
    for name, data in files.items():
        write_if_changed(folder / name, data)
    for suffix in ("c", "S", "bin"):   # a form this export does not write is stale
        stale = folder / f"{spec.name}_weights.{suffix}"
        if stale.name not in files and stale.is_file():
            stale.unlink()
    return folder
