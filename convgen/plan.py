"""Stage 2 of the pipeline: from a validated spec to everything the C needs.

The plan fixes the sizes of the C interface (input, output, packed weights, workspace),
the weight packing, and, per layer, every derived number a template uses (padding,
output sizes, element strides), so that templates hold loops and no shape arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import activations, resample
from .layers import Conv, ConvTranspose, Depthwise, Reshape, Separable, Shape, fmt_shape, pad_before
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
        arrays = list(check_weights(list(weights), self.spec))
        (layer,) = self.spec.layers
        packer = FAMILIES[layer.family][2]
        if packer is not None:
            arrays = packer(arrays)
        blob = np.concatenate([a.ravel() for a in arrays]) if arrays else np.zeros(0)
        return np.ascontiguousarray(blob, dtype=np.float32)


def describe(layer, in_shape: Shape, out_shape: Shape) -> str:
    text = f"{layer.type} {fmt_shape(in_shape)} -> {fmt_shape(out_shape)}"
    if layer.family in ("reshape", "resize"):
        return text + (f", {layer.interpolation}" if layer.op == "upsample" else "")
    return text + f", activation {layer.activation}"


def _tensor_context(spec: Spec, layer, conv_shape: Shape) -> Dict[str, Any]:
    """Loop bounds and element strides of a layer (1-D/2-D as unit-axis 3-D)."""
    in_shape = spec.shapes[0]
    spatial, channels = layer.split(in_shape)
    out_spatial, out_channels = layer.split(conv_shape)
    return dict(
        batch=spec.batch, channels=channels,
        inp=Axes.of(spatial), out=Axes.of(out_spatial),
        x=tensor_strides(spatial, channels, layer.data_format),
        y=tensor_strides(out_spatial, out_channels, layer.data_format),
        conv_dims=f"{spec.batch}x{fmt_shape(conv_shape)}",
    )


def _kernel_axes(layer) -> Dict[str, Any]:
    return dict(k=Axes.of(layer.kernel_size), stride=Axes.of(layer.strides),
                dilation=Axes.of(layer.dilation_rate))


def _same_pads(layer, in_shape: Shape) -> Axes:
    spatial, _ = layer.split(in_shape)
    return Axes.of([pad_before(n, k, s, d, layer.padding) for n, k, s, d in
                    zip(spatial, layer.kernel_size, layer.strides, layer.dilation_rate)], 0)


def _activation_context(spec: Spec, layer, conv_shape: Shape) -> Dict[str, Any]:
    """Elementwise activations are applied as values are stored; last-axis ones in a pass
    over contiguous rows afterwards (glu from the workspace into the smaller output)."""
    act = layer.activation
    halves = activations.halves_last_axis(act)
    return dict(
        act_fn=activations.ELEMENTWISE.get(act, "cg_linear"),
        rows_fn=activations.LAST_AXIS.get(act, ""),
        rows=spec.batch * math.prod(conv_shape[:-1]), row_len=conv_shape[-1],
        conv_target="workspace" if halves else "output",
        workspace_size=spec.batch * math.prod(conv_shape) if halves else 0,
        workspace_note=(" holding the result before glu halves its last axis"
                        if halves else ""),
    )


def _grouped_context(spec: Spec, layer, groups: int, filters: int) -> Dict[str, Any]:
    _, channels = layer.split(spec.shapes[0])
    return dict(
        _kernel_axes(layer), pad=_same_pads(layer, spec.shapes[0]), groups=groups, cin_group=channels // groups,
        filters=filters, filters_group=filters // groups, use_bias=layer.use_bias,
        bias_offset=math.prod(layer.kernel_size) * (channels // groups) * filters,
    )


def _conv_context(spec: Spec, layer: Conv) -> Dict[str, Any]:
    return _grouped_context(spec, layer, layer.groups, layer.filters)


def _depthwise_context(spec: Spec, layer: Depthwise) -> Dict[str, Any]:
    # A depthwise kernel (k..., C, M) flattened is a grouped kernel (k..., 1, C*M) with C
    # groups: output channel c*M + m is exactly group c, filter m.
    _, channels = layer.split(spec.shapes[0])
    return _grouped_context(spec, layer, channels, channels * layer.depth_multiplier)


def _separable_context(spec: Spec, layer: Separable) -> Dict[str, Any]:
    _, channels = layer.split(spec.shapes[0])
    cm = channels * layer.depth_multiplier
    depthwise_floats = math.prod(layer.kernel_size) * cm
    return dict(
        _kernel_axes(layer), pad=_same_pads(layer, spec.shapes[0]), multiplier=layer.depth_multiplier,
        cm=cm, filters=layer.filters, use_bias=layer.use_bias,
        pointwise_offset=depthwise_floats, bias_offset=depthwise_floats + cm * layer.filters,
    )


def _transpose_context(spec: Spec, layer: ConvTranspose) -> Dict[str, Any]:
    _, channels = layer.split(spec.shapes[0])
    return dict(
        _kernel_axes(layer), crop=Axes.of(layer.crops(spec.shapes[0]), 0), filters=layer.filters,
        use_bias=layer.use_bias,
        bias_offset=math.prod(layer.kernel_size) * channels * layer.filters,
    )


def _reshape_context(spec: Spec, layer: Reshape) -> Dict[str, Any]:
    """Rows of the output copied from rows of the input (or zeroed): source index on each
    axis is ``o / scale + offset``; along the contiguous width the copy is one run (crop,
    pad) or a repeat (nearest upsampling). A row is W pixels of ``elem`` floats."""
    spatial, channels = layer.split(spec.shapes[0])
    out, _ = layer.split(layer.conv_output_shape(spec.shapes[0]))
    if layer.op == "upsample":
        scale, offset = layer.size, (0,) * layer.rank
    else:
        scale = (1,) * layer.rank
        sign = 1 if layer.op == "crop" else -1
        offset = tuple(sign * before for before, _ in layer.amounts)
    inp, outp = Axes.of(spatial), Axes.of(out)
    off_w = offset[-1]
    lo, hi = max(0, -off_w), min(outp.w, inp.w - off_w)
    return _row_context(layer, channels) | dict(
        scale=Axes.of(scale), offset=Axes.of(offset, 0),
        run_lo=lo, run_hi=hi, run_src=lo + off_w,
    )


def _row_context(layer, channels: int) -> Dict[str, Any]:
    last = layer.data_format == "channels_last"
    return dict(elem=channels if last else 1, outer_channels=1 if last else channels)


def _resize_context(spec: Spec, layer: Reshape) -> Dict[str, Any]:
    spatial, channels = layer.split(spec.shapes[0])
    rows = resample.taps(spatial[0], layer.size[0], layer.interpolation)
    cols = resample.taps(spatial[1], layer.size[1], layer.interpolation)
    ctx = _row_context(layer, channels)
    row_floats = spatial[1] * ctx["elem"]
    return ctx | dict(
        rows_taps=rows, cols_taps=cols, row_floats=row_floats,
        workspace_size=row_floats,
        workspace_note=f": one row resampled vertically ({spatial[1]} pixels)",
    )


def _transpose_pack(arrays: List[np.ndarray]) -> List[np.ndarray]:
    """Keras's transposed kernel is (k..., F, C); the gather loop wants (k..., C, F)."""
    return [np.ascontiguousarray(np.swapaxes(arrays[0], -1, -2))] + list(arrays[1:])


# family -> (template, context of the family's own numbers, packing of its arrays)
FAMILIES: Dict[str, Tuple[str, Callable, Optional[Callable]]] = {
    "conv": ("conv.c.j2", _conv_context, None),
    "depthwise": ("conv.c.j2", _depthwise_context, None),
    "separable": ("separable.c.j2", _separable_context, None),
    "transpose": ("transpose.c.j2", _transpose_context, _transpose_pack),
    "reshape": ("reshape.c.j2", _reshape_context, None),
    "resize": ("resize.c.j2", _resize_context, None),
}


def make_plan(spec: Spec) -> Plan:
    """Plan a validated spec (one layer in this version)."""
    (layer,) = spec.layers
    template, family_context, _ = FAMILIES[layer.family]
    conv_shape = layer.conv_output_shape(spec.shapes[0])
    context = _tensor_context(spec, layer, conv_shape)
    context.update(_activation_context(spec, layer, conv_shape))
    context.update(family_context(spec, layer))
    weights_size = sum(math.prod(shape) for _, _, shape in spec.weight_shapes())
    workspace = context["workspace_size"]
    input_size = spec.batch * math.prod(spec.input_shape)
    output_size = spec.batch * math.prod(spec.output_shape)
    packing: List[str] = [f"{name} {fmt_shape(shape)} at {offset}" for (_, name, shape), offset
                          in zip(spec.weight_shapes(), _offsets(spec))]
    context.update(
        name=spec.name, NAME=spec.name.upper(), guard=f"CONVGEN_{spec.name.upper()}_H",
        spec_file=spec.filename, input_size=input_size, output_size=output_size,
        weights_size=weights_size,
        input_dims=f"{spec.batch}x{fmt_shape(spec.input_shape)}",
        output_dims=f"{spec.batch}x{fmt_shape(spec.output_shape)}",
        summary=describe(layer, spec.shapes[0], spec.shapes[1]),
        packing=", ".join(packing) or "none",
    )
    return Plan(spec, template, context, input_size, output_size, weights_size, workspace)


def _offsets(spec: Spec) -> List[int]:
    offsets, at = [], 0
    for _, _, shape in spec.weight_shapes():
        offsets.append(at)
        at += math.prod(shape)
    return offsets
