"""Plan-stage helpers every layer kind's schedule shares: element strides, how a layer reads
its input (through a folded ZeroPadding/Cropping), and the numbers of the tensor and
activation parts of a template's context.

A layer kind's module (:mod:`convgen.ops`) builds its own part of the context on top of these;
:mod:`convgen.plan` calls the kind's ``lower``. Nothing here enumerates layer kinds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional, Sequence, Tuple

from . import activations
from .graph import Shape
from .layers import fmt_shape, pad_before
from .targets import ANY, Target
from .threads import Split, declare


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
    def folding(cls, reshape, shape: Shape) -> "Reads":
        """Reads of a convolution through the ZeroPadding/Cropping ``reshape`` of ``shape``."""
        spatial, _ = reshape.split(shape)
        befores = [b for b, _ in reshape.amounts]
        if reshape.op == "pad":
            return cls(shape, tuple(befores), (0,) * len(spatial), tuple(spatial))
        return cls(shape, tuple(-b for b in befores), tuple(befores),
                   tuple(n - a for n, (_, a) in zip(spatial, reshape.amounts)))


@dataclass(frozen=True)
class Writes:
    """Where a layer writes its output: its own tensor (``channels`` None), or a slice of a
    channel-concatenated tensor of ``channels`` channels starting at channel ``first``."""

    channels: Optional[int] = None
    first: int = 0


@dataclass(frozen=True)
class Band:
    """A layer computed band by band (a pooling fused into it): ``rows`` output rows per call
    into a buffer of its own, and only the leading ``extent`` (spatial, per axis) of its
    output, the part something reads."""

    rows: int
    extent: Shape


@dataclass(frozen=True)
class Schedule:
    """How a layer kind runs one layer: the template, the function adding the schedule's own
    numbers to the context, the packing of its weights, and what its stores can do.

    ``context(layer, in_shape, reads, target=...)`` returns the schedule's numbers for the
    :class:`~convgen.targets.Target`; ``pack(layer, in_shape, arrays, fill, target)`` the
    ``get_weights()`` arrays in packed order (None: as Keras lays them out).
    ``strided_output``: the template addresses its output only through the ``y`` strides, so
    it can write a slice of a concatenated tensor. ``residual``: how it adds
    a tensor of its output's shape (a fused ``Add``): ``store`` as it stores each value,
    ``pass`` in a pass over its finished output (``epilogue.j2``), "" not at all.
    ``activation``: the layer has an ``activation`` argument its template applies. ``band``:
    its context function takes ``band`` and ``width`` and its template then renders a function
    ``(input, weights, y, oh0)`` computing output rows ``[oh0, oh0 + band)``, columns
    ``[0, width)``, of one sample into ``y`` (row ``oh`` at ``y + (oh - oh0) * y.h``): a
    pooling can be computed in its step (:func:`convgen.ops.pooling.fused_context`).
    ``derives``: its packed values are computed from several Keras values (a Winograd kernel
    transform), so the blob cannot be unpacked. ``threads``: what the template's functions
    split over an OpenMP team (:class:`convgen.threads.Split`), or ``one_thread(ctx)``: why a
    function stays on one ("" for nothing to say); either is declared for the template
    (:func:`convgen.threads.declare`)."""

    name: str
    template: str
    context: Callable[..., Dict[str, Any]]
    pack: Optional[Callable] = None
    strided_output: bool = False
    residual: str = ""
    activation: bool = True
    band: bool = False
    derives: bool = False
    threads: Optional[Split] = None
    one_thread: Optional[Callable[[Dict[str, Any]], str]] = None

    def __post_init__(self) -> None:
        declare(self.template, self.threads, self.one_thread)


def tensor_context(batch: int, layer, in_shape: Shape, reads: Reads, conv_shape: Shape,
                   writes: Writes = Writes(), band: Optional[Band] = None) -> Dict[str, Any]:
    """Loop bounds and element strides of a layer (1-D/2-D as unit-axis 3-D); computed by
    ``band``, its loops cover the band's extent and ``y`` is one band's buffer."""
    spatial, channels = layer.split(in_shape)
    real, _ = layer.split(reads.shape)
    out_spatial, out_channels = layer.split(conv_shape)
    y_shape = conv_shape
    if band is not None:
        out_spatial = band.extent
        y_shape = layer.join((band.rows,) + tuple(band.extent[1:]), out_channels)
    y_spatial, _ = layer.split(y_shape)
    return dict(
        batch=batch, channels=channels,
        inp=Axes.of(spatial), out=Axes.of(out_spatial),
        lo=Axes.of(reads.lo, 0), hi=Axes.of(reads.hi),
        x=tensor_strides(real, channels, layer.data_format),
        y=tensor_strides(y_spatial, writes.channels or out_channels, layer.data_format),
        input_dims=f"{batch}x{fmt_shape(reads.shape)}",
        conv_dims=f"{batch}x{fmt_shape(y_shape)}" + (" (one band)" if band else ""),
    )


def kernel_axes(layer) -> Dict[str, Any]:
    return dict(k=Axes.of(layer.kernel_size), stride=Axes.of(layer.strides),
                dilation=Axes.of(layer.dilation_rate))


def same_pads(layer, in_shape: Shape, reads: Reads) -> Axes:
    spatial, _ = layer.split(in_shape)
    return Axes.of([pad_before(n, k, s, d, layer.padding) + shift for n, k, s, d, shift in
                    zip(spatial, layer.kernel_size, layer.strides, layer.dilation_rate,
                        reads.shift)], 0)


def activation_context(batch: int, layer, conv_shape: Shape) -> Dict[str, Any]:
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
        act_scratch=batch * math.prod(conv_shape) if halves else 0,
        act_note=(" holding the result before glu halves its last axis" if halves else ""),
    )


def layer_context(batch: int, layer, in_shape: Shape, reads: Reads, schedule: Schedule,
                  writes: Writes = Writes(), residual: bool = False,
                  band: Optional[Band] = None, post: str = "linear",
                  target: Target = ANY) -> Dict[str, Any]:
    """The whole context of a one-input layer's template: tensor, activation, then the
    schedule's own numbers (for ``target``); ``residual``: an Add is fused into its store,
    and ``post`` (an elementwise activation) applied after the sum; ``band``: the function
    computes one band of rows (the schedule must have ``band``)."""
    conv_shape = layer.conv_output_shape(in_shape)
    if residual and not schedule.residual:
        raise AssertionError(f"schedule {schedule.name} cannot add a residual")
    if band is not None and (not schedule.band or residual):
        raise AssertionError(f"schedule {schedule.name} cannot compute bands of rows")
    own = (schedule.context(layer, in_shape, reads, target=target) if band is None else
           schedule.context(layer, in_shape, reads, band=band.rows, width=band.extent[-1],
                            target=target))
    parts = [tensor_context(batch, layer, in_shape, reads, conv_shape, writes, band), own,
             dict(residual=residual, residual_in_store=schedule.residual == "store",
                  residual_size=batch * math.prod(conv_shape) if residual else 0,
                  post=post != "linear",
                  post_act_fn=activations.ELEMENTWISE[post] if post != "linear" else "",
                  post_vector_act=activations.vector_form(post))]
    if post != "linear" and not residual:
        raise AssertionError("an activation after the sum needs a fused Add")
    if schedule.activation:
        parts.append(activation_context(batch, layer, conv_shape))
    ctx = join(*parts)
    if post not in activations.IN_REGISTERS and ctx.get("act_in_registers"):
        # an activation after the sum too costly for the tiles' registers: the row pass
        # applies the layer's activation, the sum and it
        ctx["act_in_registers"] = False
    ctx.setdefault("band", 0)   # the whole output, not a band of rows
    # the layer's scratch: the activation's (glu) and the schedule's own (a band, a row)
    ctx.update(workspace_size=ctx.get("act_scratch", 0) + ctx.get("scratch", 0),
               workspace_note=ctx.get("act_note", "") + ctx.get("scratch_note", ""))
    return ctx


def join(*parts: Dict[str, Any]) -> Dict[str, Any]:
    """Context parts as one dict; a key two parts set is a bug, not an override."""
    out: Dict[str, Any] = {}
    for part in parts:
        clash = out.keys() & part.keys()
        if clash:
            raise AssertionError(f"context keys set by two parts: {sorted(clash)}")
        out.update(part)
    return out
