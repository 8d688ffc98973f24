"""The registry entry of a layer kind: everything convgen knows about it, in one place.

A kind's module (:mod:`convgen.ops.conv`, ...) defines its normalised layer class (argument
validation with Keras's defaults, the shape rule, the ``get_weights()`` layout and the MAC
count), names its function in the oracle (:mod:`convgen.reference`), and chooses a schedule
(template, context numbers, weight packing) per layer. :mod:`convgen.ops` collects the kinds;
nothing else enumerates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple

import numpy as np

from ..lowering import Schedule
from ..targets import ANY, Target


@dataclass(frozen=True)
class Kind:
    """One layer kind.

    ``types`` maps each Keras class name to ``(rank, accepted arguments)`` (beyond ``name``,
    ``trainable``, ``dtype`` and ``inputs``); ``training`` are the training-only arguments
    accepted and ignored. ``layer.from_args(type, rank, args)`` validates and normalises;
    the layer's ``output_shape(*in_shapes)``, ``weight_shapes(*in_shapes)`` and
    ``macs(*in_shapes)`` give its shape rule, weight layout and cost. ``reference(layer,
    inputs, weights, out_shape)`` is its float64 definition. ``schedule(layer)`` picks how it
    runs (one-input layers with spatial axes: :func:`convgen.lowering.layer_context` builds
    the context); ``lower(node, batch, in_place=...)`` instead returns ``(template, context)``
    for kinds that need their own. ``convention`` is the C signature of the kind's function
    (:class:`convgen.plan.Step`): ``layer`` (input, weights, output, workspace) or ``merge``
    (each input, then output).
    ``arity`` is the (least, most) number of inputs (most None: any), or a mapping of class
    name to it. ``folds``: a
    ZeroPadding/Cropping right before it can fold into its window bounds. ``choose(layer,
    in_shape, target)``, when set, picks among the kind's schedules by shape and target (a
    cost model, :meth:`schedule_for`); a layer computed in bands (a fused pooling) keeps
    ``schedule(layer)``, whose capabilities (band, residual, strided output) fusion reads.
    ``flat(layer, in_shape)``, when set, may give the shape a step of the layer computes over
    instead of ``in_shape``: the same memory walked as fewer, longer rows (a pointwise
    convolution: every pixel in one row), or None to keep it; the plan uses it for a step
    that reads its whole input and computes its whole output (no folded padding, no band)."""

    name: str
    types: Mapping[str, Tuple[int, Tuple[str, ...]]]
    layer: type
    training: Tuple[str, ...]
    reference: Callable[..., np.ndarray]
    schedule: Optional[Callable[[Any], Schedule]] = None
    lower: Optional[Callable[..., Dict[str, Any]]] = None
    arity: Any = (1, 1)
    folds: bool = False
    convention: str = "layer"
    packer: Optional[Callable[..., list]] = None
    derives: bool = False
    aliases: Optional[Callable[..., bool]] = None
    choose: Optional[Callable[..., Schedule]] = None
    flat: Optional[Callable[..., Optional[Tuple[int, ...]]]] = None

    def arity_of(self, type_: str) -> Tuple[int, Optional[int]]:
        """(least, most) inputs of Keras class ``type_`` (``arity`` may map class names)."""
        return self.arity[type_] if isinstance(self.arity, Mapping) else self.arity

    def schedule_for(self, layer, in_shape: Tuple[int, ...], target: Target = ANY,
                     banded: bool = False) -> Schedule:
        """The schedule running ``layer`` on input ``in_shape`` (one sample) for ``target``;
        ``banded``: it is computed band by band into a fused pooling."""
        if self.choose is not None and not banded:
            return self.choose(layer, in_shape, target)
        return self.schedule(layer)

    def pack(self, layer, in_shapes: Sequence[Tuple[int, ...]], arrays, fill=0,
             target: Target = ANY, banded: bool = False):
        """A layer's ``get_weights()`` arrays in its schedule's packed order for ``target``
        (a kind's own ``packer`` computes values; no target changes them)."""
        if self.packer is not None:
            return self.packer(layer, in_shapes, arrays, fill) if arrays else []
        packer = (self.schedule_for(layer, in_shapes[0], target, banded).pack
                  if self.schedule else None)
        return (packer(layer, in_shapes[0], arrays, fill, target) if packer and arrays
                else list(arrays))
