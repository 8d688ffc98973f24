"""The typed graph IR between the spec and the plan.

A validated spec is a :class:`Graph`: one model input tensor, nodes in a topological order
(the spec's layer order), each with its normalised layer, its registry entry, its input
tensors and its output tensor. Shapes, dtypes and layouts are fixed here, once; every later
stage (plan, schedule, render, summary, the oracle) reads them and never infers them again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Protocol, Tuple

from . import dtypes

Shape = Tuple[int, ...]

INPUT = "input"   # the name `inputs:` uses for the model input


class Layer(Protocol):
    """What every normalised layer of a kind (:mod:`convgen.ops`) provides: its Keras class
    and name, and, given its inputs' shapes (one sample each), its output shape, its
    ``get_weights()`` names and shapes, and its multiply-accumulates."""

    type: str
    name: Optional[str]

    def output_shape(self, *in_shapes: Shape) -> Shape: ...

    def weight_shapes(self, *in_shapes: Shape) -> List[Tuple[str, Shape]]: ...

    def macs(self, *in_shapes: Shape) -> int: ...


@dataclass(frozen=True)
class TensorType:
    """Shape of one sample (no batch axis), element type, and layout.

    ``layout`` is the data_format of the layer that produced the tensor (``channels_last`` or
    ``channels_first``), or None where no layer fixed one (the model input, a merge)."""

    shape: Shape
    dtype: str = "float32"
    layout: Optional[str] = None

    @property
    def elements(self) -> int:
        """Elements of one sample."""
        return math.prod(self.shape)


@dataclass(frozen=True)
class Tensor:
    """A value of the graph: the model input (``producer`` None) or a node's output."""

    name: str
    type: TensorType
    producer: Optional[int] = None

    @property
    def shape(self) -> Shape:
        return self.type.shape


@dataclass(frozen=True, eq=False)
class Node:
    """Spec layer ``index``: its Keras name, normalised layer, registry entry, input tensors
    (in the order its ``inputs`` lists them) and output tensor."""

    index: int
    name: str
    layer: Layer
    kind: Any      # its convgen.ops.kind.Kind (the registry imports this module)
    inputs: Tuple[Tensor, ...]
    output: Tensor

    @property
    def in_shapes(self) -> Tuple[Shape, ...]:
        return tuple(t.shape for t in self.inputs)

    def weight_shapes(self) -> List[Tuple[str, Shape]]:
        """``get_weights()`` names and shapes of this layer, in Keras's order."""
        return self.layer.weight_shapes(*self.in_shapes)

    def macs(self) -> int:
        """Multiply-accumulates of one sample."""
        return self.layer.macs(*self.in_shapes)


@dataclass(frozen=True, eq=False)
class Graph:
    """A directed acyclic graph of layers with one input and one output."""

    input: Tensor
    nodes: Tuple[Node, ...]
    output: Tensor
    batch: int

    def consumers(self, tensor: Tensor) -> List[Node]:
        """Nodes that read ``tensor`` (a node reading it twice is listed once)."""
        return [n for n in self.nodes if any(t is tensor for t in n.inputs)]

    def tensors(self) -> List[Tensor]:
        """Every tensor: the input, then each node's output."""
        return [self.input] + [n.output for n in self.nodes]

    def producer(self, tensor: Tensor) -> Optional[Node]:
        return None if tensor.producer is None else self.nodes[tensor.producer]

    def nbytes(self, tensor: Tensor) -> int:
        """Bytes of a tensor, batch included."""
        return dtypes.nbytes(self.batch * tensor.type.elements, tensor.type.dtype)

    def is_chain(self) -> bool:
        """True when every node reads exactly the one before it (a Sequential model)."""
        previous = self.input
        for node in self.nodes:
            if len(node.inputs) != 1 or node.inputs[0] is not previous:
                return False
            previous = node.output
        return True

    def connections(self) -> Dict[str, List[str]]:
        """Node name -> names of the tensors it reads (``input`` for the model input)."""
        return {n.name: [t.name for t in n.inputs] for n in self.nodes}
