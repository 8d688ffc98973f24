"""``convgen summary``: a per-layer table like Keras ``model.summary()``, plus MACs, the
bytes of each intermediate buffer, what was fused, and totals."""

from __future__ import annotations

import math
import re
from typing import List, Sequence

from .plan import make_plan
from .spec import Spec


def default_layer_name(type_: str) -> str:
    """Keras's automatic layer name: ``Conv2DTranspose`` -> ``conv2d_transpose``."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", type_)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def layer_names(spec: Spec) -> List[str]:
    """Keras's names: the spec's ``name`` or ``conv2d``, ``conv2d_1``, ... per class."""
    seen: dict = {}
    names = []
    for layer in spec.layers:
        if layer.name:
            names.append(layer.name)
            continue
        base = default_layer_name(layer.type)
        k = seen.get(base, 0)
        seen[base] = k + 1
        names.append(base if k == 0 else f"{base}_{k}")
    return names


def _shape(shape: Sequence[int]) -> str:
    return "(" + ", ".join(str(v) for v in shape) + ")"


def _bytes(floats: int) -> str:
    return f"{floats * 4:,} B"


def summary(spec: Spec) -> str:
    """The text of ``convgen summary``."""
    plan = make_plan(spec)
    by_index = {s.index: s for s in plan.steps}
    folded_into = {s.folded: s.index for s in plan.steps if s.folded is not None}
    rows = [("Layer (type)", "Output Shape", "Param #", "MACs", "Buffer", "Notes")]
    total_params = total_macs = 0
    for i, (layer, name) in enumerate(zip(spec.layers, layer_names(spec))):
        params = sum(math.prod(s) for _, s in layer.weight_shapes(spec.shapes[i]))
        macs = layer.macs(spec.shapes[i]) * spec.batch
        total_params += params
        total_macs += macs
        step = by_index.get(i)
        notes = []
        if i in folded_into:
            buffer = "-"
            notes.append(f"folded into layers[{folded_into[i]}]'s bounds (no copy)")
        elif step.out_offset is None:
            buffer = "output"
        else:
            buffer = _bytes(spec.batch * math.prod(spec.shapes[i + 1]))
        if step is not None:
            if layer.activation not in ("linear",) and layer.family not in ("reshape", "resize"):
                notes.append(f"{layer.activation} fused")
            if step.scratch_size:
                notes.append(f"scratch {_bytes(step.scratch_size)}")
        rows.append((f"{name} ({layer.type})", _shape((spec.batch, *spec.shapes[i + 1])),
                     f"{params:,}", f"{macs:,}", buffer, ", ".join(notes)))
    widths = [max(len(r[c]) for r in rows) for c in range(6)]
    aligns = ["<", "<", ">", ">", ">", "<"]

    def line(r) -> str:
        return "  ".join(f"{v:{a}{w}}" for v, a, w in zip(r, aligns, widths)).rstrip()

    rule = "-" * len(line(rows[0]).ljust(sum(widths) + 10))
    out = [f'Model: "{spec.name}"  ({spec.source.name})', rule, line(rows[0]),
           rule.replace("-", "=")]
    out += [line(r) for r in rows[1:]]
    out += [rule,
            f"Input:  {_shape((spec.batch, *spec.input_shape))}  {_bytes(plan.input_size)}",
            f"Output: {_shape((spec.batch, *spec.output_shape))}  {_bytes(plan.output_size)}",
            f"Total params: {total_params:,}",
            f"Total MACs: {total_macs:,}",
            f"Weight bytes: {_bytes(plan.weights_size)}",
            f"Peak workspace: {_bytes(plan.workspace_size)} "
            f"({plan.workspace_size:,} floats; the sum of all intermediates would be "
            f"{_bytes(_all_intermediates(spec))})"]
    return "\n".join(out)


def _all_intermediates(spec: Spec) -> int:
    return sum(spec.batch * math.prod(s) for s in spec.shapes[1:-1])
