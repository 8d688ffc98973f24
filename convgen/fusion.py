"""Which nodes of a graph fuse, decided once before lowering (part of the plan stage).

Each rule is exact, never an approximation:

- *fold*: a ZeroPadding or Cropping whose only reader is a convolution of the same rank and
  data format becomes that convolution's window bounds (no copy);
- *residual*: an ``Add`` of two same-shaped tensors, one produced by a layer whose schedule
  can add as it stores and that nothing else reads, runs in that layer's store (its
  activation first, then the sum, as Keras computes ``add(act(conv(x)), r)``);
- *after the sum*: an activation layer that an elementwise activation string computes
  exactly, reading the output of such a fused ``Add`` that nothing else reads (ResNet's
  ``Activation('relu')(Add()([x, y]))``), is applied in the same store after the sum: the
  store computes ``act2(act(conv(x)) + r)``, the producer's own activation before the sum;
- *bn*: a ``BatchNormalization`` whose input is produced by a layer that can scale its
  output channels (a convolution of any kind: its class has ``scale_outputs``), whose
  activation is linear, whose output nothing else reads and whose channel axis is the one the
  BatchNormalization normalises, is folded into that layer's weights (computed in float64 when
  packing, :func:`convgen.ops.batchnorm.fold`); the producer's step writes the
  BatchNormalization's output, with a bias even if the layer has none;
- *in place*: a ``Concatenate`` along the channel axis lets each producer that nothing else
  reads, and whose schedule addresses its output through strides, write straight into its
  slice of the concatenated tensor; the ``Concatenate`` copies only the other inputs;
- *pooled*: a ``MaxPooling2D``/``AveragePooling2D`` with ``valid`` padding and strides equal
  to its pool size, reading the output of a 2-D convolution step whose schedule computes bands
  of output rows (its ``band``) and that nothing else reads (the convolution's own output, or a
  BatchNormalization folded into it, or an activation layer applied in its store; through
  identity layers such as Dropout too), runs in that step: the convolution computes the rows
  of a few pooled rows into a small band of the workspace, activation applied as it stores,
  and the pooling reduces the band into the pooled output (``act`` then ``pool``, as Keras
  computes them); the convolution's full output never exists, and the rows and columns that
  valid pooling drops are never computed. Not a ``same`` or overlapping pooling (a band would
  need the rows of its neighbours), nor 1-D (the band would be the whole output) or 3-D
  layers;
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
    # activation layer node -> the fused Add whose store applies it after the sum
    post_act: Dict[int, int] = field(default_factory=dict)
    # pooling node -> the node whose step computes it, band by band (see *pooled*)
    pooled: Dict[int, int] = field(default_factory=dict)

    def pools(self, index: int) -> Optional[int]:
        """The pooling node computed in node ``index``'s step, or None."""
        return next((p for p, producer in self.pooled.items() if producer == index), None)

    def applies_act(self, index: int) -> Optional[int]:
        """The activation layer node applied in node ``index``'s store, or None."""
        return next((a for a, producer in self.act.items() if producer == index), None)

    def post_act_of(self, add: int) -> Optional[int]:
        """The activation layer applied after the sum of fused Add ``add``, or None."""
        return next((a for a, into in self.post_act.items() if into == add), None)

    def fused_into(self, index: int) -> Optional[int]:
        """The node whose step absorbs node ``index`` (its own step is gone), or None."""
        if index in self.folded:
            return self.folded[index]
        if index in self.bn:
            return self.bn[index]
        if index in self.act:
            return self.act[index]
        if index in self.pooled:
            return self.pooled[index]
        if index in self.post_act:
            return self.post_act[index]
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


def _pool_producer(graph: Graph, pool: Node, fusion: Fusion) -> Optional[Node]:
    """The 2-D convolution whose step can compute pooling ``pool`` band by band (see
    *pooled*), or None."""
    layer = pool.layer
    if (pool.kind.name != "pooling" or layer.is_global or layer.rank != 2
            or layer.padding != "valid" or layer.strides != layer.pool_size):
        return None
    tensor, reader = pool.inputs[0], pool
    node = graph.producer(tensor)
    # through identity layers (Dropout & co.: aliases of the same shape)
    while (node is not None and _sole_reader(graph, tensor) is reader
           and node.index in fusion.aliased and node.output.shape == node.inputs[0].shape):
        tensor, reader = node.inputs[0], node
        node = graph.producer(tensor)
    if node is None or _sole_reader(graph, tensor) is not reader:
        return None
    # the step writing the tensor: through an activation layer or a BatchNormalization
    node = _writer(graph, fusion, node)
    if (node.kind.schedule is None
            or _store_activation(fusion, node) not in activations.ELEMENTWISE
            or getattr(node.layer, "rank", None) != 2
            or node.layer.data_format != layer.data_format
            or not node.kind.schedule(node.layer).band):
        return None
    return node


def _writer(graph: Graph, fusion: Fusion, node: Node) -> Node:
    """The node whose step writes ``node``'s output: itself, or the layer a BatchNormalization
    is folded into or an activation layer is applied in."""
    return graph.nodes[fusion.act.get(node.index, fusion.bn.get(node.index, node.index))]


def _store_activation(fusion: Fusion, node: Node) -> Optional[str]:
    """The activation node ``node``'s step applies as it stores (an activation layer's, when
    one is applied in it)."""
    return fusion.act_as.get(node.index, getattr(node.layer, "activation", "linear"))


def _residual(graph: Graph, add: Node, fusion: Fusion, taken) -> Optional[Tuple[int, Tensor]]:
    if add.layer.type != "Add" or len(add.inputs) != 2:
        return None
    if any(t.shape != add.output.shape for t in add.inputs):
        return None
    for j in (1, 0):   # the later input first: its producer runs last
        tensor, other = add.inputs[j], add.inputs[1 - j]
        producer = graph.producer(tensor)
        if producer is None or _sole_reader(graph, tensor) is not add:
            continue
        # through a BatchNormalization folded into it or an activation layer applied in it
        producer = _writer(graph, fusion, producer)
        if (producer.index in taken or producer.kind.schedule is None
                or not producer.kind.schedule(producer.layer).residual
                or _store_activation(fusion, producer) not in activations.ELEMENTWISE
                or producer.output.type.layout is None):
            continue
        return producer.index, other
    return None


def _post_act(graph: Graph, act: Node, fusion: Fusion) -> Optional[Node]:
    """The fused Add whose store can apply activation layer ``act`` after its sum."""
    as_string = getattr(act.layer, "as_string", None)
    name = as_string() if as_string is not None else None
    if name not in activations.ELEMENTWISE:
        return None
    add = graph.producer(act.inputs[0])
    if add is None or add.index not in fusion.residual or _sole_reader(graph, add.output) \
            is not act:
        return None
    return add


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
    for node in graph.nodes:
        producer = _pool_producer(graph, node, fusion)
        if producer is not None:
            fusion.pooled[node.index] = producer.index
    # producers already running another node's store; a pooling computed in a convolution's
    # step does not write into a concatenation
    taken = set(fusion.pooled) | set(fusion.pooled.values())
    for node in graph.nodes:
        found = _residual(graph, node, fusion, taken)
        if found is not None:
            fusion.residual[node.index] = found
            taken.add(found[0])
    for node in graph.nodes:
        add = _post_act(graph, node, fusion)
        if add is not None:
            fusion.post_act[node.index] = add.index
    for node in graph.nodes:
        if node.kind.name == "concatenate":
            placed = _in_place(graph, node, taken)
            fusion.in_place.update(placed)
            taken.update(placed)
    return fusion
