"""Stage 2 of the pipeline: from a validated spec to everything the C needs.

The plan fixes the sizes of the C interface (input, output, packed weights, workspace),
the weight packing, which layers fuse, where each intermediate lives in the workspace, and,
per layer, every derived number a template uses (padding, output sizes, element strides),
so that templates hold loops and no shape arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import activations, resample, schedule
from .layers import Conv, ConvTranspose, Depthwise, Reshape, Separable, Shape, fmt_shape, pad_before
from .limits import LIMITS
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


@dataclass(frozen=True)
class Reads:
    """How a layer reads its input buffer.

    ``shape`` is the buffer's real shape (one sample, in the layer's data_format). A
    ZeroPadding or Cropping folded into the layer shifts its padding by ``shift`` per axis
    and limits valid input indices to ``[lo, hi)``; unfused, ``shift`` is 0 and the range is
    the whole axis.
    """

    shape: Shape
    shift: Tuple[int, ...]
    lo: Tuple[int, ...]
    hi: Tuple[int, ...]

    @classmethod
    def whole(cls, layer, shape: Shape) -> "Reads":
        spatial, _ = layer.split(shape)
        return cls(shape, (0,) * len(spatial), (0,) * len(spatial), tuple(spatial))

    @classmethod
    def folding(cls, reshape: Reshape, shape: Shape) -> "Reads":
        """Reads of a convolution through the ZeroPadding/Cropping ``reshape`` of ``shape``."""
        spatial, _ = reshape.split(shape)
        befores = [b for b, _ in reshape.amounts]
        if reshape.op == "pad":
            return cls(shape, tuple(befores), (0,) * len(spatial), tuple(spatial))
        return cls(shape, tuple(-b for b in befores), tuple(befores),
                   tuple(n - a for n, (_, a) in zip(spatial, reshape.amounts)))


@dataclass(frozen=True, eq=False)
class Step:
    """One generated layer function: spec layer ``index`` (and the one it folds, if any)."""

    index: int
    layer: Any
    fn: str
    template: str
    context: Dict[str, Any]
    in_shape: Shape                 # the real buffer it reads (one sample)
    out_shape: Shape                # what it writes (one sample)
    weights_offset: int
    weights_size: int
    scratch_size: int               # floats of workspace of its own (glu, resampling rows)
    folded: Optional[int] = None    # index of the ZeroPadding/Cropping it absorbed
    out_offset: Optional[int] = None      # workspace offset of its output (None: output)
    scratch_offset: int = 0


@dataclass(frozen=True, eq=False)
class Plan:
    """Sizes of the C interface, the packing, the steps and the workspace layout of a spec."""

    spec: Spec
    steps: Tuple[Step, ...]
    input_size: int
    output_size: int
    weights_size: int
    workspace_size: int
    context: Dict[str, Any]

    def pack(self, weights: Sequence[np.ndarray]) -> np.ndarray:
        """Flat ``get_weights()`` list (Keras layouts) -> the packed float32 blob.

        Raises ValueError naming the expected arrays when the list does not fit the spec.
        """
        packed = self._packed(list(check_weights(list(weights), self.spec)))
        return np.ascontiguousarray(packed, dtype=np.float32)

    def _packed(self, arrays: List[np.ndarray], fill=0) -> np.ndarray:
        """Each layer's arrays in its schedule's order, concatenated (any dtype); padding
        that no Keras value fills holds ``fill``."""
        return pack_layers(self.spec, arrays, fill)

    def positions(self) -> Tuple[np.ndarray, np.ndarray]:
        """``(where, starts)``: for each float of the packed blob, its position in the
        concatenated ``get_weights()`` arrays (-1 for padding), and where each array starts."""
        shapes = [shape for _, _, shape in self.spec.weight_shapes()]
        sizes = [math.prod(s) for s in shapes]
        starts = np.cumsum([0] + sizes)
        # Pack arrays holding their own flat positions to learn where each value goes.
        where = self._packed([np.arange(a, a + n).reshape(s)
                              for a, n, s in zip(starts, sizes, shapes)], fill=-1)
        return where.astype(np.int64), starts

    def unpack(self, blob: np.ndarray) -> List[np.ndarray]:
        """The inverse of :meth:`pack`: a packed blob back to the flat ``get_weights()`` list."""
        shapes = [shape for _, _, shape in self.spec.weight_shapes()]
        where, starts = self.positions()
        sizes = np.diff(starts)
        flat = np.empty(int(starts[-1]), np.float32)
        flat[where[where >= 0]] = np.asarray(blob, np.float32)[where >= 0]
        return [flat[a:a + n].reshape(s) for a, n, s in zip(starts, sizes, shapes)]


def describe(layer, in_shape: Shape, out_shape: Shape) -> str:
    text = f"{layer.type} {fmt_shape(in_shape)} -> {fmt_shape(out_shape)}"
    if layer.family in ("reshape", "resize"):
        return text + (f", {layer.interpolation}" if layer.op == "upsample" else "")
    return text + f", activation {layer.activation}"


def _tensor_context(batch: int, layer, in_shape: Shape, reads: Reads,
                    conv_shape: Shape) -> Dict[str, Any]:
    """Loop bounds and element strides of a layer (1-D/2-D as unit-axis 3-D)."""
    spatial, channels = layer.split(in_shape)
    real, _ = layer.split(reads.shape)
    out_spatial, out_channels = layer.split(conv_shape)
    return dict(
        batch=batch, channels=channels,
        inp=Axes.of(spatial), out=Axes.of(out_spatial),
        lo=Axes.of(reads.lo, 0), hi=Axes.of(reads.hi),
        x=tensor_strides(real, channels, layer.data_format),
        y=tensor_strides(out_spatial, out_channels, layer.data_format),
        input_dims=f"{batch}x{fmt_shape(reads.shape)}",
        conv_dims=f"{batch}x{fmt_shape(conv_shape)}",
    )


def _kernel_axes(layer) -> Dict[str, Any]:
    return dict(k=Axes.of(layer.kernel_size), stride=Axes.of(layer.strides),
                dilation=Axes.of(layer.dilation_rate))


def _same_pads(layer, in_shape: Shape, reads: Reads) -> Axes:
    spatial, _ = layer.split(in_shape)
    return Axes.of([pad_before(n, k, s, d, layer.padding) + shift for n, k, s, d, shift in
                    zip(spatial, layer.kernel_size, layer.strides, layer.dilation_rate,
                        reads.shift)], 0)


def _activation_context(batch: int, layer, conv_shape: Shape) -> Dict[str, Any]:
    """Elementwise activations are applied as values are stored; last-axis ones in a pass
    over contiguous rows afterwards (glu from the workspace into the smaller output)."""
    act = layer.activation
    halves = activations.halves_last_axis(act)
    return dict(
        act_fn=activations.ELEMENTWISE.get(act, "cg_linear"),
        # last-axis activations store linearly, then make their pass
        vector_act=activations.vector_form(act) if act in activations.ELEMENTWISE else "linear",
        act_in_registers=act not in activations.ELEMENTWISE or act in activations.IN_REGISTERS,
        rows_fn=activations.LAST_AXIS.get(act, ""),
        rows=batch * math.prod(conv_shape[:-1]), row_len=conv_shape[-1],
        conv_target="workspace" if halves else "output",
        workspace_size=batch * math.prod(conv_shape) if halves else 0,
        workspace_note=(" holding the result before glu halves its last axis"
                        if halves else ""),
    )


def _grouped_context(layer, in_shape: Shape, reads: Reads, groups: int,
                     filters: int) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    return dict(
        _kernel_axes(layer), pad=_same_pads(layer, in_shape, reads), groups=groups,
        cin_group=channels // groups,
        filters=filters, filters_group=filters // groups, use_bias=layer.use_bias,
        bias_offset=math.prod(layer.kernel_size) * (channels // groups) * filters,
    )


def _conv_context(layer: Conv, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    return _grouped_context(layer, in_shape, reads, layer.groups, layer.filters)


def _depthwise_context(layer: Depthwise, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    # A depthwise kernel (k..., C, M) flattened is a grouped kernel (k..., 1, C*M) with C
    # groups: output channel c*M + m is exactly group c, filter m.
    _, channels = layer.split(in_shape)
    return _grouped_context(layer, in_shape, reads, channels,
                            channels * layer.depth_multiplier)


def _separable_context(layer: Separable, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    cm = channels * layer.depth_multiplier
    depthwise_floats = math.prod(layer.kernel_size) * cm
    return dict(
        _kernel_axes(layer), pad=_same_pads(layer, in_shape, reads),
        multiplier=layer.depth_multiplier,
        cm=cm, filters=layer.filters, use_bias=layer.use_bias,
        pointwise_offset=depthwise_floats,
        bias_offset=depthwise_floats + cm * layer.filters,
    )


def _reshape_context(layer: Reshape, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    """Rows of the output copied from rows of the input (or zeroed): source index on each
    axis is ``o / scale + offset``; along the contiguous width the copy is one run (crop,
    pad) or a repeat (nearest upsampling). A row is W pixels of ``elem`` floats."""
    spatial, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
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
    # act_fn "": these layers have no activation, so the model needs no helper for one.
    return dict(elem=channels if last else 1, outer_channels=1 if last else channels,
                act_fn="")


def _resize_context(layer: Reshape, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    spatial, channels = layer.split(in_shape)
    rows = resample.taps(spatial[0], layer.size[0], layer.interpolation)
    cols = resample.taps(spatial[1], layer.size[1], layer.interpolation)
    ctx = _row_context(layer, channels)
    row_floats = spatial[1] * ctx["elem"]
    return ctx | dict(
        rows_taps=rows, cols_taps=cols, row_floats=row_floats,
        workspace_size=row_floats,
        workspace_note=f": one row resampled vertically ({spatial[1]} pixels)",
    )


def _dense_context(layer: Conv, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    pad = _same_pads(layer, in_shape, reads)
    return dict(_kernel_axes(layer), pad=pad, use_bias=layer.use_bias,
                **schedule.dense_context(layer, channels, out[-1], pad.w, reads.lo[-1],
                                         reads.hi[-1]))


def _depthwise_vector_context(layer: Depthwise, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    pad = _same_pads(layer, in_shape, reads)
    return dict(_kernel_axes(layer), pad=pad, use_bias=layer.use_bias,
                bias_offset=math.prod(layer.kernel_size) * channels, band=0,
                **schedule.depthwise_context(layer, channels, out[-1], pad.w, reads.lo[-1],
                                             reads.hi[-1]))


def _dense_transpose_context(layer: ConvTranspose, in_shape: Shape,
                             reads: Reads) -> Dict[str, Any]:
    spatial, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    crop = Axes.of(layer.crops(in_shape), 0)
    return dict(_kernel_axes(layer), crop=crop, use_bias=layer.use_bias,
                **schedule.transpose_context(layer, channels, spatial[-1], out[-1], crop.w))


BAND_BYTES = 32 * 1024   # the separable schedule's depthwise band: about an L1 data cache


def _band_rows(layer: Separable, in_shape: Shape) -> int:
    """Output rows per band of the separable schedule: the most that divide the height with
    the band's depthwise values within BAND_BYTES (at least one row)."""
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    _, channels = layer.split(in_shape)
    height, row_bytes = (out[-2] if len(out) > 1 else 1), out[-1] * channels * 4
    row_bytes *= layer.depth_multiplier
    return max([r for r in range(1, height + 1)
                if height % r == 0 and r * row_bytes <= BAND_BYTES] or [1])


def _pointwise_band(layer: Separable, in_shape: Shape) -> Tuple[Conv, Shape]:
    """The pointwise step of a separable layer as a 1x1 Conv1D over one band of output rows
    (contiguous pixels under channels_last)."""
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    _, channels = layer.split(in_shape)
    conv = Conv(type="Conv1D", rank=1, filters=layer.filters, kernel_size=(1,), strides=(1,),
                padding="valid", data_format="channels_last", dilation_rate=(1,), groups=1,
                activation=layer.activation, use_bias=layer.use_bias)
    return conv, (_band_rows(layer, in_shape) * out[-1], channels * layer.depth_multiplier)


def _separable_rows_context(layer: Separable, in_shape: Shape, reads: Reads) -> Dict[str, Any]:
    _, channels = layer.split(in_shape)
    out, _ = layer.split(layer.conv_output_shape(in_shape))
    cm = channels * layer.depth_multiplier
    band = _band_rows(layer, in_shape)
    pw, band_shape = _pointwise_band(layer, in_shape)
    band_reads = Reads.whole(pw, band_shape)
    conv_shape = pw.conv_output_shape(band_shape)
    pw_ctx = _tensor_context(1, pw, band_shape, band_reads, conv_shape)
    pw_ctx.update(_activation_context(1, pw, conv_shape))
    pw_ctx.update(_dense_context(pw, band_shape, band_reads), role="pointwise")
    parts = [("dense.c.j2", pw_ctx)]
    if layer.depth_multiplier == 1:
        # the depthwise step by the vector depthwise schedule, one band per call
        dw = Depthwise(type=f"DepthwiseConv{layer.rank}D", rank=layer.rank,
                       kernel_size=layer.kernel_size, strides=layer.strides,
                       padding=layer.padding, data_format=layer.data_format,
                       dilation_rate=layer.dilation_rate, activation="linear", use_bias=False)
        dw_shape = dw.conv_output_shape(in_shape)
        dw_ctx = _tensor_context(1, dw, in_shape, reads, dw_shape)
        dw_ctx.update(_activation_context(1, dw, dw_shape))
        dw_ctx.update(_depthwise_vector_context(dw, in_shape, reads), band=band,
                      role="depthwise")
        parts.insert(0, ("depthwise.c.j2", dw_ctx))
    return dict(
        _kernel_axes(layer), pad=_same_pads(layer, in_shape, reads),
        multiplier=layer.depth_multiplier, cm=cm, filters=layer.filters, band=band,
        pointwise_offset=math.prod(layer.kernel_size) * cm,
        workspace_size=band * out[-1] * cm, workspace_note="", parts=parts,
    )


def _pack_separable_rows(layer: Separable, in_shape: Shape, arrays, fill=0):
    pw, band_shape = _pointwise_band(layer, in_shape)
    pointwise = np.asarray(arrays[1])
    rest = [pointwise.reshape(pointwise.shape[-2:])] + list(arrays[2:])
    return [arrays[0]] + schedule.pack_dense(pw, band_shape, rest, fill)


# schedule -> (template, context of the schedule's own numbers, packing of its arrays)
# Templates render one static layer function each; model.c.j2 chains them.
FAMILIES: Dict[str, Tuple[str, Callable, Optional[Callable]]] = {
    "dense": ("dense.c.j2", _dense_context, schedule.pack_dense),
    "conv": ("conv.c.j2", _conv_context, None),
    "depthwise": ("conv.c.j2", _depthwise_context, None),
    "depthwise_vector": ("depthwise.c.j2", _depthwise_vector_context, None),
    "separable": ("separable.c.j2", _separable_context, None),
    "separable_rows": ("separable_rows.c.j2", _separable_rows_context, _pack_separable_rows),
    "dense_transpose": ("dense.c.j2", _dense_transpose_context, schedule.pack_dense_transpose),
    "reshape": ("reshape.c.j2", _reshape_context, None),
    "resize": ("resize.c.j2", _resize_context, None),
}


# A ZeroPadding or Cropping directly before one of these folds into its window bounds.
FOLDS_INTO = ("conv", "depthwise", "separable")


def _foldable(prev, layer) -> bool:
    return (prev is not None and layer is not None and prev.family == "reshape"
            and prev.op in ("crop", "pad")
            and layer.family in FOLDS_INTO and prev.rank == layer.rank
            and prev.data_format == layer.data_format)


def _steps(spec: Spec, symbol: str) -> List[Step]:
    steps: List[Step] = []
    offsets = _weight_offsets(spec)
    i = 0
    while i < len(spec.layers):
        layer = spec.layers[i]
        nxt = spec.layers[i + 1] if i + 1 < len(spec.layers) else None
        if _foldable(layer, nxt):
            i += 1   # the next layer reads through this one
            continue
        folded = i - 1 if _foldable(spec.layers[i - 1] if i else None, layer) else None
        real = spec.shapes[folded if folded is not None else i]
        reads = (Reads.folding(spec.layers[folded], real) if folded is not None
                 else Reads.whole(layer, real))
        in_shape, conv_shape = spec.shapes[i], layer.conv_output_shape(spec.shapes[i])
        template, family_context, _ = FAMILIES[schedule.schedule_for(layer)]
        ctx = _tensor_context(spec.batch, layer, in_shape, reads, conv_shape)
        ctx.update(_activation_context(spec.batch, layer, conv_shape))
        ctx.update(family_context(layer, in_shape, reads))
        fn = f"{symbol}_layer{i}"
        summary = describe(layer, in_shape, spec.shapes[i + 1])
        if folded is not None:
            summary += f" (reads through layers[{folded}] {spec.layers[folded].type})"
        ctx.update(fn=fn, summary=summary)
        for _, part in ctx.get("parts", []):   # helper functions the layer's function calls
            role = part["role"]
            part.update(fn=f"{fn}_{role}", summary=f"the {role} step of layers[{i}]")
            ctx[f"{role}_fn"] = part["fn"]
        weights = packed_size(layer, in_shape)
        steps.append(Step(i, layer, fn, template, ctx, real, spec.shapes[i + 1],
                          offsets[i], weights, ctx["workspace_size"], folded))
        i += 1
    return steps


def _layout(steps: List[Step], batch: int) -> Tuple[List[Step], int]:
    """Place intermediates in the workspace by liveness.

    During step j only its input T(j-1), its output T(j) and its scratch are live. Outputs
    alternate between the bottom and the top of the workspace, scratch goes between, so the
    workspace is the largest (input + output + scratch) of any one step, not the sum.
    """
    sizes = [batch * math.prod(s.out_shape) for s in steps[:-1]] + [0]   # last: output
    need = [(sizes[j - 1] if j else 0) + sizes[j] + s.scratch_size for j, s in enumerate(steps)]
    total = max(need) if need else 0
    placed = []
    for j, step in enumerate(steps):
        last = j == len(steps) - 1
        out_at = None if last else (0 if j % 2 == 0 else total - sizes[j])
        bottom = sizes[j] if j % 2 == 0 else sizes[j - 1]   # what sits at the bottom now
        placed.append(replace(step, out_offset=out_at, scratch_offset=bottom))
    return placed, total


# Bytes of generated C per layer function, per float of an emitted table or weights blob:
# generous estimates to refuse absurd specs before rendering, not a size prediction.
SOURCE_PER_STEP = 64 * 1024
SOURCE_PER_FLOAT = 20


def _check_limits(spec: Spec, steps: List[Step], workspace: int, weights: int) -> None:
    tables = sum(len(t.weights) * t.width for s in steps
                 for t in (s.context.get("rows_taps"), s.context.get("cols_taps")) if t)
    source = SOURCE_PER_STEP * len(steps) + SOURCE_PER_FLOAT * (tables + weights)
    for kind, nbytes, where in (("workspace", 4 * workspace, ("layers",)),
                                ("source", source, ("layers",))):
        try:
            problem = LIMITS[kind].exceeded(nbytes)
        except ValueError as exc:
            raise spec.source.error(where, str(exc)) from None
        if problem:
            raise spec.source.error(where, problem)


def make_plan(spec: Spec, symbol: Optional[str] = None) -> Plan:
    """Plan a validated spec: steps (layers after folding), weights and workspace layout.

    ``symbol`` names the C entry point (default: the spec's name). Raises SpecError when the
    workspace or the generated source would exceed a limit of :mod:`convgen.limits`.
    """
    symbol = symbol or spec.name
    steps, workspace = _layout(_steps(spec, symbol), spec.batch)
    input_size = spec.batch * math.prod(spec.input_shape)
    output_size = spec.batch * math.prod(spec.output_shape)
    weights_size = sum(packed_size(layer, spec.shapes[i]) for i, layer in enumerate(spec.layers))
    _check_limits(spec, steps, workspace, weights_size)
    packing = [f"layers[{i}] ({spec.layers[i].type}) at {offset}, {size} floats"
               for i, (offset, size) in enumerate(zip(_weight_offsets(spec), _layer_sizes(spec)))
               if size]
    context = dict(
        name=symbol, NAME=symbol.upper(), guard=f"CONVGEN_{symbol.upper()}_H",
        spec_file=spec.filename, input_size=input_size, output_size=output_size,
        weights_size=weights_size, workspace_size=workspace,
        input_dims=f"{spec.batch}x{fmt_shape(spec.input_shape)}",
        output_dims=f"{spec.batch}x{fmt_shape(spec.output_shape)}",
        summary="; ".join(f"layers[{i}] " + describe(layer, spec.shapes[i], spec.shapes[i + 1])
                          for i, layer in enumerate(spec.layers)),
        packing=", ".join(packing) or "none",
        has_weights=spec.weights is not None and weights_size > 0,
    )
    return Plan(spec, tuple(steps), input_size, output_size, weights_size, workspace, context)


def pack_layer(layer, in_shape: Shape, arrays: List[np.ndarray], fill=0) -> List[np.ndarray]:
    """One layer's ``get_weights()`` arrays in its schedule's packed order."""
    packer = FAMILIES[schedule.schedule_for(layer)][2]
    return packer(layer, in_shape, arrays, fill) if packer is not None and arrays else arrays


def pack_layers(spec: Spec, arrays: List[np.ndarray], fill=0) -> np.ndarray:
    out: List[np.ndarray] = []
    for i, layer in enumerate(spec.layers):
        n = len(layer.weight_shapes(spec.shapes[i]))
        out += pack_layer(layer, spec.shapes[i], arrays[:n], fill)
        arrays = arrays[n:]
    return np.concatenate([np.ravel(a) for a in out]) if out else np.zeros(0)


def packed_size(layer, in_shape: Shape) -> int:
    """Floats of a layer's packed weights (padding included)."""
    zeros = [np.zeros(s, np.float32) for _, s in layer.weight_shapes(in_shape)]
    return sum(a.size for a in pack_layer(layer, in_shape, zeros))


def _layer_sizes(spec: Spec) -> List[int]:
    return [packed_size(layer, spec.shapes[i]) for i, layer in enumerate(spec.layers)]


def _weight_offsets(spec: Spec) -> List[int]:
    """Offset of each layer's packed weights in the blob."""
    sizes = _layer_sizes(spec)
    return [sum(sizes[:i]) for i in range(len(sizes))]
