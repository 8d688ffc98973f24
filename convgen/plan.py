"""Stage 2 of the pipeline: from a spec's graph to everything the C needs.

The plan decides which nodes fuse (:mod:`convgen.fusion`), lowers every remaining node to a
:class:`Step` (one generated C function: its template and the numbers of its context, from
its kind's entry in :mod:`convgen.ops`), packs the weights, and places every intermediate
tensor and scratch area in the caller's workspace by lifetime (:mod:`convgen.memory`). The
steps run in the spec's layer order; a fused ``Add`` runs where the ``Add`` stood.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np

from . import dtypes
from .fusion import Fusion, fuse
from .graph import Graph, Node, Tensor
from .layers import fmt_shape
from .limits import LIMITS
from .lowering import Reads, Writes, layer_context
from .memory import Buffer, place
from .spec import Spec, check_weights
from .targets import ANY, Target, get


@dataclass(frozen=True, eq=False)
class Step:
    """One generated function, for ``node`` (and the nodes fused into it).

    ``convention`` is its C signature: ``layer`` is ``(input, weights, output, workspace)``
    plus ``residual`` when an Add is fused into its store; ``merge`` is ``(in0, ...,
    output)``. ``reads`` are the tensors passed as inputs, in parameter order (a folded
    ZeroPadding/Cropping's input, the residual last); ``writes`` the tensor it stores.
    """

    node: Node
    fn: str
    template: str
    context: Dict[str, Any]
    convention: str
    reads: Tuple[Tensor, ...]
    writes: Tensor
    weights_offset: int
    weights_size: int
    scratch_size: int
    folded: Optional[int] = None      # index of the ZeroPadding/Cropping it reads through
    residual: Optional[int] = None    # index of the Add fused into its store

    @property
    def index(self) -> int:
        return self.node.index


@dataclass(frozen=True, eq=False)
class Plan:
    """Sizes of the C interface, the packing, the steps and the workspace layout of a spec.

    Sizes are in elements of the tensors' dtype; ``placement`` maps each tensor the steps
    touch to ``(base, offset)``: ``input``, ``output`` or ``workspace`` and an element offset.
    ``buffers`` are the workspace's tenants with their lifetimes (step positions)."""

    spec: Spec
    fusion: Fusion
    steps: Tuple[Step, ...]
    input_size: int
    output_size: int
    weights_size: int
    workspace_size: int
    buffers: Tuple[Buffer, ...]
    offsets: Dict[str, int]
    placement: Dict[str, Tuple[str, int]]
    context: Dict[str, Any]
    target: Target = ANY

    def pointer(self, tensor: Tensor) -> str:
        """The C expression of a tensor's first element."""
        base, offset = self.placement[tensor.name]
        return c_pointer(base, offset)

    def scratch_pointer(self, step: Step) -> str:
        return c_pointer("workspace", self.offsets.get(scratch_name(step), 0))

    def pack(self, weights: Sequence[np.ndarray]) -> np.ndarray:
        """Flat ``get_weights()`` list (Keras layouts) -> the packed float32 blob.

        Raises ValueError naming the expected arrays when the list does not fit the spec.
        """
        packed = pack_layers(self.spec.graph, list(check_weights(list(weights), self.spec)),
                             fusion=self.fusion, target=self.target)
        return np.ascontiguousarray(packed, dtype=np.float32)

    @property
    def derived(self) -> bool:
        """Some packed values are computed from several Keras values (a BatchNormalization,
        a convolution it is folded into, a Winograd kernel transform): they have no one source
        position."""
        return any(derives(node, self.fusion, self.target)
                   and packed_size(node, self.fusion, self.target)
                   for node in self.spec.graph.nodes)

    def positions(self) -> Tuple[np.ndarray, np.ndarray]:
        """``(where, starts)``: for each float of the packed blob, its position in the
        concatenated ``get_weights()`` arrays (-1 for padding, and for the values of a
        :attr:`derived` plan computed from several Keras values), and where each array
        starts."""
        shapes = [shape for _, _, shape in self.spec.weight_shapes()]
        sizes = [math.prod(s) for s in shapes]
        starts = np.cumsum([0] + sizes)
        # Pack arrays holding their own flat positions to learn where each value goes.
        where = pack_layers(self.spec.graph, [np.arange(a, a + n).reshape(s)
                                              for a, n, s in zip(starts, sizes, shapes)],
                            fill=-1, fusion=self.fusion, positions=True, target=self.target)
        return where.astype(np.int64), starts

    def unpack(self, blob: np.ndarray) -> List[np.ndarray]:
        """The inverse of :meth:`pack`: a packed blob back to the flat ``get_weights()`` list.

        Raises ValueError for a :attr:`derived` plan (folding is not invertible)."""
        if self.derived:
            raise ValueError(f"the packed weights of {self.spec.name!r} cannot be unpacked: "
                             "some are computed from several Keras arrays (BatchNormalization "
                             "as s and t, or folded into a convolution; a Winograd kernel "
                             "transform)")
        shapes = [shape for _, _, shape in self.spec.weight_shapes()]
        where, starts = self.positions()
        sizes = np.diff(starts)
        flat = np.empty(int(starts[-1]), np.float32)
        flat[where[where >= 0]] = np.asarray(blob, np.float32)[where >= 0]
        return [flat[a:a + n].reshape(s) for a, n, s in zip(starts, sizes, shapes)]


def scratch_name(step: Step) -> str:
    """The workspace buffer name of a step's own scratch."""
    return f"{step.fn} scratch"


def c_pointer(base: str, offset: int) -> str:
    return base if not offset else f"{base} + {offset}"


def describe(node: Node) -> str:
    """``name (Type) in -> out, activation a`` for comments and summaries."""
    ins = ", ".join(fmt_shape(t.shape) for t in node.inputs)
    text = f"{node.name} ({node.layer.type}) {ins} -> {fmt_shape(node.output.shape)}"
    if getattr(node.layer, "interpolation", "nearest") != "nearest":
        text += f", {node.layer.interpolation}"
    activation = getattr(node.layer, "activation", "linear")
    return text + (f", activation {activation}" if activation != "linear" else "")


# ---------------------------------------------------------------- weights

def layer_of(node: Node, fusion: Optional[Fusion]) -> Any:
    """The layer a node's step runs: a convolution with a BatchNormalization folded into it
    always has a bias (the folded ``t``)."""
    layer = node.layer
    if fusion is not None and fusion.folds_bn(node.index) is not None:
        layer = dataclasses.replace(layer, use_bias=True)
    if fusion is not None and node.index in fusion.act_as:
        # an activation layer applied as the store's activation
        layer = dataclasses.replace(layer, activation=fusion.act_as[node.index])
    return layer


def _banded(node: Node, fusion: Optional[Fusion]) -> bool:
    """The node is computed band by band into a pooling fused into it."""
    return fusion is not None and fusion.pools(node.index) is not None


def derives(node: Node, fusion: Optional[Fusion], target: Target = ANY) -> bool:
    """The node's packed values are computed from several Keras values."""
    if node.kind.derives or (fusion is not None and fusion.folds_bn(node.index) is not None):
        return True
    return bool(node.kind.schedule and not node.kind.packer and node.kind.schedule_for(
        layer_of(node, fusion), node.in_shapes[0], target, _banded(node, fusion)).derives)


def _pack_node(graph: Graph, node: Node, fusion: Optional[Fusion], own: List[np.ndarray],
               bn_arrays: List[np.ndarray], fill, target: Target) -> List[np.ndarray]:
    """One node's packed arrays. A BatchNormalization folded into its producer packs nothing;
    the producer packs its arrays with the BatchNormalization's folded in (in float64), by its
    own packer, as the same layer with a bias."""
    if fusion is not None and node.index in fusion.bn:
        return []
    bn = fusion.folds_bn(node.index) if fusion is not None else None
    if bn is not None:
        from .ops.batchnorm import fold
        own = fold(node.layer, graph.nodes[bn].layer, own, bn_arrays)
    return node.kind.pack(layer_of(node, fusion), node.in_shapes, own, fill, target,
                          _banded(node, fusion))


def pack_layers(graph: Graph, arrays: List[np.ndarray], fill=0, fusion: Optional[Fusion] = None,
                positions: bool = False, target: Target = ANY) -> np.ndarray:
    """Each node's arrays in its schedule's packed order for ``target``, concatenated (any
    dtype); padding that no Keras value fills holds ``fill``. ``fusion``: BatchNormalizations
    folded into their producers (the pair packs together, at the producer's place).
    ``positions``: the arrays hold positions, and values computed from several Keras values
    become ``fill``."""
    own: Dict[int, List[np.ndarray]] = {}
    for node in graph.nodes:
        n = len(node.weight_shapes())
        own[node.index], arrays = list(arrays[:n]), arrays[n:]
    out: List[np.ndarray] = []
    for node in graph.nodes:
        bn = fusion.folds_bn(node.index) if fusion is not None else None
        if positions and derives(node, fusion, target):
            ones = {i: [np.ones(s) for _, s in graph.nodes[i].weight_shapes()]
                    for i in (node.index, bn) if i is not None}
            packed = _pack_node(graph, node, fusion, ones[node.index], ones.get(bn, []), 0,
                                target)
            out += [np.full(a.shape, fill) for a in packed]
            continue
        out += _pack_node(graph, node, fusion, own[node.index], own.get(bn, []), fill, target)
    return np.concatenate([np.ravel(a) for a in out]) if out else np.zeros(0)


def packed_size(node: Node, fusion: Optional[Fusion] = None, target: Target = ANY) -> int:
    """Elements of a node's packed weights for ``target`` (padding included); 0 for a
    BatchNormalization folded into its producer, whose size is the producer's with a bias."""
    if fusion is not None and node.index in fusion.bn:
        return 0
    layer = layer_of(node, fusion)
    ones = [np.ones(s, np.float32) for _, s in layer.weight_shapes(*node.in_shapes)]
    return sum(a.size for a in node.kind.pack(layer, node.in_shapes, ones, 0, target,
                                              _banded(node, fusion)))


# ---------------------------------------------------------------- lowering

def _writes(graph: Graph, node: Node, fusion: Fusion) -> Writes:
    """A producer writing into its slice of a concatenated tensor sees its strides."""
    if node.index not in fusion.in_place:
        return Writes()
    concat, first = fusion.in_place[node.index]
    layer = node.layer
    _, channels = layer.split(graph.nodes[concat].output.shape)
    return Writes(channels, first)


def _lower(graph: Graph, node: Node, fusion: Fusion, fn: str, residual: bool,
           post: str = "linear", target: Target = ANY
           ) -> Tuple[str, Dict[str, Any], Tuple[Tensor, ...]]:
    """(template, context, tensors read) of the step running ``node`` (with an Add fused
    into its store when ``residual``, then activation ``post``; a pooling computed band by
    band when the fusion says so)."""
    node = dataclasses.replace(node, layer=layer_of(node, fusion))
    if node.kind.lower is not None:
        in_place = [graph.producer(t) is not None and graph.producer(t).index in fusion.in_place
                    for t in node.inputs]
        template, ctx = node.kind.lower(node, graph.batch, in_place=in_place, target=target)
        ctx.setdefault("residual", False)
        reads = tuple(t for t, placed in zip(node.inputs, in_place) if not placed)
        return template, ctx, reads
    folded = next((f for f, into in fusion.folded.items() if into == node.index), None)
    source = graph.nodes[folded].inputs[0] if folded is not None else node.inputs[0]
    reads = (Reads.folding(graph.nodes[folded].layer, source.shape) if folded is not None
             else Reads.whole(node.layer, source.shape))
    pool = fusion.pools(node.index)
    in_shape = node.inputs[0].shape
    if node.kind.flat is not None and folded is None and pool is None:
        flat = node.kind.flat(node.layer, in_shape)
        if flat is not None:   # the same memory as fewer, longer rows
            in_shape, reads = flat, Reads.whole(node.layer, flat)
    schedule = node.kind.schedule_for(node.layer, in_shape, target, pool is not None)
    template = schedule.template
    if pool is not None:
        from .ops.pooling import fused_context
        template = "pooled.c.j2"
        ctx = fused_context(graph.batch, node.layer, node.inputs[0].shape, reads, schedule,
                            graph.nodes[pool].layer, target)
    else:
        ctx = layer_context(graph.batch, node.layer, in_shape, reads, schedule,
                            _writes(graph, node, fusion), residual, post=post, target=target)
    for _, part in ctx.get("parts", []):   # helper functions the layer's function calls
        role = part["role"]
        part.update(fn=f"{fn}_{role}", summary=f"the {role} step of {node.name}")
        ctx[f"{role}_fn"] = part["fn"]
    return template, ctx, (source,)


def _steps(graph: Graph, fusion: Fusion, symbol: str, target: Target) -> List[Step]:
    sizes = [packed_size(node, fusion, target) for node in graph.nodes]
    offsets = [sum(sizes[:i]) for i in range(len(sizes))]
    producer_of = {add: producer for add, (producer, _) in fusion.residual.items()}
    steps: List[Step] = []
    for node in graph.nodes:
        if node.index in fusion.aliased:
            continue   # its output is another tensor's memory: nothing to compute
        if fusion.fused_into(node.index) is not None and node.index not in fusion.residual:
            continue   # folded, or runs in the Add it feeds (at the Add's place)
        add = None
        if node.index in fusion.residual:
            add, node = node, graph.nodes[producer_of[node.index]]
        elif node.kind.name == "concatenate" and all(
                graph.producer(t) is not None and graph.producer(t).index in fusion.in_place
                for t in node.inputs):
            continue   # every producer wrote its own slice
        fn = f"{symbol}_layer{node.index}"
        post = fusion.post_act_of(add.index) if add is not None else None
        template, ctx, reads = _lower(graph, node, fusion, fn, add is not None,
                                      "linear" if post is None else
                                      graph.nodes[post].layer.as_string(), target)
        summary = describe(node)
        folded = next((f for f, into in fusion.folded.items() if into == node.index), None)
        if folded is not None:
            summary += f" (reads through {graph.nodes[folded].name}, folded)"
        writes = node.output
        bn = fusion.folds_bn(node.index)
        if bn is not None:
            writes = graph.nodes[bn].output
            summary += (f"; {graph.nodes[bn].name} (BatchNormalization) folded into its "
                        "weights")
        act = fusion.applies_act(node.index)
        if act is not None:
            writes = graph.nodes[act].output
            summary += (f"; {graph.nodes[act].name} ({graph.nodes[act].layer.type}) applied "
                        "in its store")
        pool = fusion.pools(node.index)
        if pool is not None:
            writes = graph.nodes[pool].output
            summary += (f"; {graph.nodes[pool].name} ({graph.nodes[pool].layer.type}) computed "
                        "from each band of its rows, with no full-size intermediate")
        if add is not None:
            residual = fusion.residual[add.index][1]
            reads += (residual,)
            writes = add.output
            summary += f"; {add.name} (Add) fused into its store, adding {residual.name}"
        if post is not None:
            writes = graph.nodes[post].output
            summary += (f", then {graph.nodes[post].name} ({graph.nodes[post].layer.type}) "
                        "applied to the sum")
        ctx.update(fn=fn, summary=summary)
        steps.append(Step(node, fn, template, ctx, node.kind.convention, reads, writes,
                          offsets[node.index], sizes[node.index], ctx["workspace_size"],
                          folded, None if add is None else add.index))
    return steps


# ---------------------------------------------------------------- memory

def _layout(graph: Graph, steps: List[Step], fusion: Fusion):
    """Buffers by lifetime, placed by :func:`convgen.memory.place`; the placement of every
    tensor a step touches."""
    first: Dict[str, int] = {}
    last: Dict[str, int] = {}
    alias: Dict[str, Tuple[str, int]] = {}
    # outputs of aliasing nodes (Reshape, Dropout, ...) live where the tensor they reinterpret does
    root = {graph.nodes[i].output.name: t.name for i, t in fusion.aliased.items()}
    for producer, (concat, channel) in fusion.in_place.items():
        node, target = graph.nodes[producer], graph.nodes[concat].output
        _, channels = node.layer.split(target.shape)
        stride = math.prod(target.shape) // channels if node.layer.data_format == \
            "channels_first" else 1
        alias[node.output.name] = (target.name, channel * stride)
    for j, step in enumerate(steps):
        name, _ = alias.get(step.writes.name, (step.writes.name, 0))
        first.setdefault(name, j)
        last[name] = max(last.get(name, j), j)
        for t in step.reads:
            last[root.get(t.name, t.name)] = j
    sizes = {t.name: graph.batch * t.type.elements for t in graph.tensors()}
    output = root.get(graph.output.name, graph.output.name)
    external = {graph.input.name: "input", output: "output"}
    buffers = [Buffer(name, sizes[name], first[name], last[name]) for name in first
               if name not in external]
    scratch = [Buffer(scratch_name(s), s.scratch_size, j, j)
               for j, s in enumerate(steps) if s.scratch_size]
    offsets, total = place(buffers + scratch)
    placement = {name: ("workspace", offsets[name]) for name in first if name not in external}
    placement.update({name: (base, 0) for name, base in external.items()})
    for name, (target, offset) in alias.items():
        base, at = placement[target]
        placement[name] = (base, at + offset)
    # (not the output of an identity layer on a tensor no step stores: a pooling computed
    # from bands of a convolution through a Dropout)
    placement.update({name: placement[source] for name, source in root.items()
                      if source in placement})
    return tuple(buffers + scratch), offsets, placement, total


# Bytes of generated C per layer function, per float of an emitted table: generous estimates
# to refuse absurd specs before rendering, not a size prediction. The weights are not in the
# model's source (they are passed in, or a separate weights file bounded by the weights limit).
SOURCE_PER_STEP = 64 * 1024
SOURCE_PER_FLOAT = 20


def _check_limits(spec: Spec, steps: List[Step], workspace: int) -> None:
    tables = sum(len(t.weights) * t.width for s in steps
                 for t in (s.context.get("rows_taps"), s.context.get("cols_taps")) if t)
    source = SOURCE_PER_STEP * len(steps) + SOURCE_PER_FLOAT * tables
    for kind, nbytes, where in (("workspace", dtypes.nbytes(workspace), ("layers",)),
                                ("source", source, ("layers",))):
        try:
            problem = LIMITS[kind].exceeded(nbytes)
        except ValueError as exc:
            raise spec.source.error(where, str(exc)) from None
        if problem:
            raise spec.source.error(where, problem)


def make_plan(spec: Spec, symbol: Optional[str] = None,
              target: Union[None, str, Target] = None) -> Plan:
    """Plan a validated spec: fusion, steps, weights and workspace layout.

    ``symbol`` names the C entry point (default: the spec's name); ``target`` a profile of
    :mod:`convgen.targets` or its name (default ``any``: every code path). Raises SpecError
    when the workspace or the generated source would exceed a limit of
    :mod:`convgen.limits`, :class:`convgen.targets.UnknownTarget` for an unknown target.
    An int8 spec's plan is :func:`convgen.quantized.make_plan`'s :class:`QPlan`.
    """
    if spec.quant is not None:
        from .quantized import make_plan as make_int8_plan
        return make_int8_plan(spec, symbol=symbol, target=target)  # type: ignore[return-value]
    symbol = symbol or spec.name
    target = get(target)
    graph = spec.graph
    fusion = fuse(graph)
    steps = _steps(graph, fusion, symbol, target)
    buffers, offsets, placement, workspace = _layout(graph, steps, fusion)
    input_size = graph.batch * graph.input.type.elements
    output_size = graph.batch * graph.output.type.elements
    weights_size = sum(packed_size(node, fusion, target) for node in graph.nodes)
    _check_limits(spec, steps, workspace)
    offset, packing = 0, []
    for node in graph.nodes:
        size = packed_size(node, fusion, target)
        if size:
            packing.append(f"{node.name} ({node.layer.type}) at {offset}, {size} floats")
        offset += size
    context = dict(
        name=symbol, NAME=symbol.upper(), guard=f"CONVGEN_{symbol.upper()}_H",
        spec_file=spec.filename, input_size=input_size, output_size=output_size,
        weights_size=weights_size, workspace_size=workspace,
        input_dims=f"{graph.batch}x{fmt_shape(graph.input.shape)}",
        output_dims=f"{graph.batch}x{fmt_shape(graph.output.shape)}",
        summary="; ".join(describe(node) for node in graph.nodes),
        packing=", ".join(packing) or "none",
        has_weights=spec.weights is not None and weights_size > 0, target=target,
    )
    return Plan(spec, fusion, tuple(steps), input_size, output_size, weights_size, workspace,
                buffers, offsets, placement, context, target)
