"""Which nodes of a graph fuse, decided once before lowering (part of the plan stage).

Each rule is exact, never an approximation:

- *fold*: a ZeroPadding or Cropping whose only reader is a convolution of the same rank and
  data format becomes that convolution's window bounds (no copy);
- *residual*: an ``Add`` of two same-shaped tensors, one produced by a layer whose schedule
  can add as it stores and that nothing else reads, runs in that layer's store (its
  activation first, then the sum, as Keras computes ``add(act(conv(x)), r)``);
- *bn*: a ``BatchNormalization`` whose input is produced by a layer that can scale its
  output channels (a convolution of any kind: its class has ``scale_outputs``), whose
  activation is linear, whose output nothing else reads and whose channel axis is the one the
  BatchNormalization normalises, is folded into that layer's weights (computed in float64 when
  packing, :func:`convgen.ops.batchnorm.fold`); the producer's step writes the
  BatchNormalization's output, with a bias even if the layer has none;
- *in place*: a ``Concatenate`` along the channel axis lets each producer that nothing else
  reads, and whose schedule addresses its output through strides, write straight into its
  slice of the concatenated tensor; the ``Concatenate`` copies only the other inputs;
- *alias*: a layer whose output is its input's memory unchanged (identity layers, Reshape,
  a channels_last Flatten: its kind's ``aliases``) gets no step; its output is placed on the
  tensor it reinterprets. Not when that tensor is the model input and the output is the model
  output (the caller's buffers differ): then it copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

from . import activations
from .graph import Graph, Node, Tensor


@dataclass(frozen=True)
class Fusion:
    """``folded``: ZeroPadding/Cropping node -> the node reading through it. ``residual``:
    Add node -> (producer node it runs in, the other tensor it adds). ``in_place``: producer
    node -> (Concatenate node, first channel of its slice). ``bn``: BatchNormalization node
    -> the producer whose weights it is folded into (that producer's step writes its
    output). ``aliased``: node -> the tensor whose memory its output is (through a chain of
    aliasing nodes, the first real one)."""

    folded: Dict[int, int] = field(default_factory=dict)
    residual: Dict[int, Tuple[int, Tensor]] = field(default_factory=dict)
    in_place: Dict[int, Tuple[int, int]] = field(default_factory=dict)
    bn: Dict[int, int] = field(default_factory=dict)

    def folds_bn(self, index: int) -> Optional[int]:
        """The BatchNormalization folded into node ``index``'s weights, or None."""
        return next((bn for bn, producer in self.bn.items() if producer == index), None)
    aliased: Dict[int, Tensor] = field(default_factory=dict)
    act: Dict[int, int] = field(default_factory=dict)
    act_as: Dict[int, str] = field(default_factory=dict)

    def applies_act(self, index: int) -> Optional[int]:
        """The activation layer node applied in node ``index``'s store, or None."""
        return next((a for a, producer in self.act.items() if producer == index), None)

    def fused_into(self, index: int) -> Optional[int]:
        """The node whose step absorbs node ``index`` (its own step is gone), or None."""
        if index in self.folded:
            return self.folded[index]
        if index in self.bn:
            return self.bn[index]
        if index in self.act:
            return self.act[index]
        for add, (producer, _) in self.residual.items():
            if producer == index:
                return add
        return None


def _sole_reader(graph: Graph, tensor: Tensor) -> Optional[Node]:
    readers = graph.consumers(tensor)
    if len(readers) != 1 or tensor is graph.output:
        return None
    node = readers[0]
    return node if sum(t is tensor for t in node.inputs) == 1 else None


def _plain_store(node: Node) -> bool:
    """The layer stores its values once, elementwise (no last-axis activation pass)."""
    return getattr(node.layer, "activation", "linear") in activations.ELEMENTWISE


def _foldable(graph: Graph, node: Node) -> Optional[Node]:
    layer = node.layer
    if getattr(layer, "op", None) not in ("crop", "pad"):
        return None
    reader = _sole_reader(graph, node.output)
    if (reader is None or not reader.kind.folds or reader.layer.rank != layer.rank
            or reader.layer.data_format != layer.data_format):
        return None
    return reader


def _act_producer(graph: Graph, act: Node, bn: Dict[int, int]) -> Optional[Node]:
    """The layer whose store can apply activation layer ``act``: it computes ``act``'s input
    (directly, or through a BatchNormalization folded into it), nothing else reads that,
    and its own activation is linear."""
    as_string = getattr(act.layer, "as_string", None)
    if as_string is None or as_string() is None:
        return None
    tensor = act.inputs[0]
    node = graph.producer(tensor)
    if node is None or _sole_reader(graph, tensor) is not act:
        return None
    if node.index in bn:   # conv -> BatchNormalization (folded) -> act
        node = graph.nodes[bn[node.index]]
        if _sole_reader(graph, node.output) is None:
            return None
    if getattr(node.layer, "activation", None) != "linear":
        return None
    return node


def _bn_producer(graph: Graph, bn: Node) -> Optional[Node]:
    if bn.kind.name != "batchnorm":
        return None
    producer = graph.producer(bn.inputs[0])
    if (producer is None or not hasattr(producer.layer, "scale_outputs")
            or getattr(producer.layer, "activation", "linear") != "linear"
            or _sole_reader(graph, producer.output) is not bn):
        return None
    rank = len(bn.output.shape)
    data_format = getattr(producer.layer, "data_format", "channels_last")   # Dense: none
    channel_axis = rank - 1 if data_format == "channels_last" else 0
    return producer if bn.layer.sample_axis(rank) == channel_axis else None


def _residual(graph: Graph, add: Node, taken) -> Optional[Tuple[int, Tensor]]:
    if add.layer.type != "Add" or len(add.inputs) != 2:
        return None
    if any(t.shape != add.output.shape for t in add.inputs):
        return None
    for j in (1, 0):   # the later input first: its producer runs last
        tensor, other = add.inputs[j], add.inputs[1 - j]
        producer = graph.producer(tensor)
        if (producer is None or producer.index in taken or producer.kind.schedule is None
                or not producer.kind.schedule(producer.layer).residual
                or not _plain_store(producer) or _sole_reader(graph, tensor) is not add
                or producer.output.type.layout is None):
            continue
        return producer.index, other
    return None


def _in_place(graph: Graph, concat: Node, taken) -> Dict[int, Tuple[int, int]]:
    from .ops.merge import channel_axis_of
    out: Dict[int, Tuple[int, int]] = {}
    axis = concat.layer.sample_axis(len(concat.output.shape))
    first = 0
    for tensor in concat.inputs:
        producer = graph.producer(tensor)
        if producer is not None:
            layout = producer.output.type.layout
            if (layout and channel_axis_of(concat, layout) and producer.index not in taken
                    and producer.kind.schedule is not None
                    and producer.kind.schedule(producer.layer).strided_output
                    and _plain_store(producer)
                    and _sole_reader(graph, tensor) is concat):
                out[producer.index] = (concat.index, first)
        first += tensor.shape[axis]
    return out


def fuse(graph: Graph) -> Fusion:
    """Decide every fusion of ``graph``."""
    fusion = Fusion()
    for node in graph.nodes:
        if node.kind.aliases is None or not node.kind.aliases(node.layer, node.in_shapes[0]):
            continue
        source = node.inputs[0]
        root = fusion.aliased.get(source.producer, source)
        if not (node.output is graph.output and root is graph.input):
            fusion.aliased[node.index] = root
    for node in graph.nodes:
        reader = _foldable(graph, node)
        if reader is not None:
            fusion.folded[node.index] = reader.index
    for node in graph.nodes:
        producer = _bn_producer(graph, node)
        if producer is not None:
            fusion.bn[node.index] = producer.index
    for node in graph.nodes:
        producer = _act_producer(graph, node, fusion.bn)
        if producer is not None:
            fusion.act[node.index] = producer.index
            fusion.act_as[producer.index] = node.layer.as_string()
    taken = set()   # producers already running another node's store
    for node in graph.nodes:
        found = _residual(graph, node, taken)
        if found is not None:
            fusion.residual[node.index] = found
            taken.add(found[0])
    for node in graph.nodes:
        if node.kind.name == "concatenate":
            placed = _in_place(graph, node, taken)
            fusion.in_place.update(placed)
            taken.update(placed)
    return fusion
