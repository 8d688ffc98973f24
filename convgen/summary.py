"""A per-layer table like Keras ``model.summary()``, plus MACs and buffer sizes."""

from __future__ import annotations

import math
import re
from typing import List

from .plan import make_plan
from .spec import Spec


def default_layer_name(type_: str) -> str:
    """Keras's automatic layer name: ``Conv2DTranspose`` -> ``conv2d_transpose``."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", type_)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def _shape(batch: int, shape) -> str:
    return "(" + ", ".join(str(v) for v in (batch, *shape)) + ")"


def _kib(floats: int) -> str:
    return f"{floats * 4 / 1024:,.2f} KiB"


def summary(spec: Spec) -> str:
    """The text of ``convgen summary``."""
    plan = make_plan(spec)
    rows = [("Layer (type)", "Output Shape", "Param #", "MACs")]
    total_params = total_macs = 0
    for i, layer in enumerate(spec.layers):
        params = sum(math.prod(s) for _, s in layer.weight_shapes(spec.shapes[i]))
        macs = layer.macs(spec.shapes[i]) * spec.batch
        total_params += params
        total_macs += macs
        rows.append((f"{layer.name or default_layer_name(layer.type)} ({layer.type})",
                     _shape(spec.batch, spec.shapes[i + 1]), f"{params:,}", f"{macs:,}"))
    widths = [max(len(r[c]) for r in rows) for c in range(4)]
    rule = "-" * (sum(widths) + 6)

    def line(r) -> str:
        return (f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}  "
                f"{r[3]:>{widths[3]}}")

    out: List[str] = [f'Model: "{spec.name}"  ({spec.source.name})', rule, line(rows[0]),
                      rule.replace("-", "=")]
    out += [line(r) for r in rows[1:]]
    out += [rule,
            f"Input:  {_shape(spec.batch, spec.input_shape)}  {plan.input_size:,} floats "
            f"({_kib(plan.input_size)})",
            f"Output: {_shape(spec.batch, spec.output_shape)}  {plan.output_size:,} floats "
            f"({_kib(plan.output_size)})",
            f"Total params: {total_params:,} ({_kib(total_params)})",
            f"Total MACs: {total_macs:,}",
            f"Workspace: {plan.workspace_size:,} floats ({_kib(plan.workspace_size)})"]
    return "\n".join(out)
