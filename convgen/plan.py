"""Stage 2 of the pipeline: from a validated spec to everything the C needs.

The plan fixes the sizes of the C interface (input, output, packed weights, workspace),
the weight packing, and, per layer, every derived number a template uses (padding,
output sizes, element strides), so that templates hold loops and no shape arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Sequence

import numpy as np

from . import activations
from .layers import Conv, Shape, fmt_shape, pad_before
from .spec import Spec, check_weights


@dataclass(frozen=True)
class Axes:
    """One value per axis of a 3-D layout; 1-D and 2-D layers get unit leading axes."""

    d: int
    h: int
    w: int

    @classmethod
    def of(cls, values: Sequence[int], fill: int = 1) -> "Axes":
        values = (fill,) * (3 - len(values)) + tuple(values)
        return cls(*values)


@dataclass(frozen=True)
class Strides:
    """Element strides of a batched tensor in a given data_format."""

    n: int
    c: int
    d: int
    h: int
    w: int


def tensor_strides(spatial: Sequence[int], channels: int, data_format: str) -> Strides:
    dims = Axes.of(spatial)
    plane = dims.d * dims.h * dims.w
    if data_format == "channels_last":
        return Strides(n=plane * channels, c=1, d=dims.h * dims.w * channels,
                       h=dims.w * channels, w=channels)
    return Strides(n=plane * channels, c=plane, d=dims.h * dims.w, h=dims.w, w=1)


@dataclass(frozen=True, eq=False)
class Plan:
    """Sizes of the C interface, the packing, and the template context of a spec."""

    spec: Spec
    template: str
    context: Dict[str, Any]
    input_size: int
    output_size: int
    weights_size: int
    workspace_size: int

    def pack(self, weights: Sequence[np.ndarray]) -> np.ndarray:
        """Flat ``get_weights()`` list (Keras layouts) -> the packed float32 blob.

        Raises ValueError naming the expected arrays when the list does not fit the spec.
        """
        arrays = check_weights(list(weights), self.spec)
        blob = np.concatenate([a.ravel() for a in arrays]) if arrays else np.zeros(0)
        return np.ascontiguousarray(blob, dtype=np.float32)


def describe(layer, in_shape: Shape, out_shape: Shape) -> str:
    return (f"{layer.type} {fmt_shape(in_shape)} -> {fmt_shape(out_shape)}, "
            f"activation {layer.activation}")


def _conv_context(spec: Spec, layer: Conv) -> Dict[str, Any]:
    in_shape = spec.shapes[0]
    conv_shape = layer.conv_output_shape(in_shape)
    spatial, channels = layer.split(in_shape)
    out_spatial, _ = layer.split(conv_shape)
    act = layer.activation
    halves = activations.halves_last_axis(act)
    kernel_size = math.prod(layer.kernel_size) * (channels // layer.groups) * layer.filters
    return dict(
        batch=spec.batch,
        inp=Axes.of(spatial), out=Axes.of(out_spatial), k=Axes.of(layer.kernel_size),
        stride=Axes.of(layer.strides), dilation=Axes.of(layer.dilation_rate),
        pad=Axes.of([pad_before(n, k, s, d, layer.padding) for n, k, s, d in
                     zip(spatial, layer.kernel_size, layer.strides, layer.dilation_rate)], 0),
        x=tensor_strides(spatial, channels, layer.data_format),
        y=tensor_strides(out_spatial, layer.filters, layer.data_format),
        groups=layer.groups, cin_group=channels // layer.groups, filters=layer.filters,
        filters_group=layer.filters // layer.groups, use_bias=layer.use_bias,
        bias_offset=kernel_size,
        conv_dims=f"{spec.batch}x{fmt_shape(conv_shape)}",
        act_fn=activations.ELEMENTWISE.get(act, "cg_linear"),
        rows_fn=activations.LAST_AXIS.get(act, ""),
        rows=spec.batch * math.prod(conv_shape[:-1]), row_len=conv_shape[-1],
        conv_target="workspace" if halves else "output",
        workspace_note=(" holding the convolution before glu halves its last axis"
                        if halves else ""),
    )


def make_plan(spec: Spec) -> Plan:
    """Plan a validated spec (one layer in this version)."""
    (layer,) = spec.layers
    context = _conv_context(spec, layer)
    weights_size = sum(math.prod(shape) for _, _, shape in spec.weight_shapes())
    conv_floats = spec.batch * math.prod(layer.conv_output_shape(spec.shapes[0]))
    workspace = conv_floats if context["conv_target"] == "workspace" else 0
    input_size = spec.batch * math.prod(spec.input_shape)
    output_size = spec.batch * math.prod(spec.output_shape)
    packing: List[str] = [f"{name} {fmt_shape(shape)} at {offset}" for (_, name, shape), offset
                          in zip(spec.weight_shapes(), _offsets(spec))]
    context.update(
        name=spec.name, NAME=spec.name.upper(), guard=f"CONVGEN_{spec.name.upper()}_H",
        spec_file=spec.filename, input_size=input_size, output_size=output_size,
        weights_size=weights_size, workspace_size=workspace,
        input_dims=f"{spec.batch}x{fmt_shape(spec.input_shape)}",
        output_dims=f"{spec.batch}x{fmt_shape(spec.output_shape)}",
        summary=describe(layer, spec.shapes[0], spec.shapes[1]),
        packing=", ".join(packing) or "none",
    )
    return Plan(spec, "conv.c.j2", context, input_size, output_size, weights_size, workspace)


def _offsets(spec: Spec) -> List[int]:
    offsets, at = [], 0
    for _, _, shape in spec.weight_shapes():
        offsets.append(at)
        at += math.prod(shape)
    return offsets
