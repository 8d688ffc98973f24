"""Turn a Keras 3 model into a convgen spec and its weights (``convgen import-keras``).

The model must be a ``keras.Sequential`` or a functional model with one input and one output:
a chain, or a graph (branches, skip connections, merge layers). Nested Sequential/functional
models are flattened into it. Every layer must be one of :data:`convgen.ops.LAYER_TYPES` (an
``InputLayer`` is skipped) and be called once, and every argument in its ``get_config()``
must be one convgen understands or be at its Keras default. Everything wrong is collected and
reported at once (:class:`KerasImportError`), never one at a time.

The spec lists the layers in ``model.layers`` order (a topological order; the flat weights
are then ``model.get_weights()``). A chain imports as before: no ``inputs``, and a ``name``
only where the user gave one. A graph names every layer (Keras's names, made unique) and
gives ``inputs`` wherever a layer does not read the one listed before it.

Keras is an optional dependency (``pip install 'convgen[keras]'``): this module imports it
only when a model has to be loaded from a file, and ``import convgen`` never imports it.
"""

from __future__ import annotations

import dataclasses
import heapq
import importlib.util
import inspect
import os
import re
import shutil
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import yaml

from ._version import __version__
from .errors import SpecError
from .layers import ArgError, fmt_shape
from .ops import LAYER_TYPES, TRAINING_ONLY, kind_of, parse_layer
from .spec import (
    C_KEYWORDS,
    MAX_NAME,
    RESERVED,
    Spec,
    check_weights,
    default_layer_name,
    load_spec,
    parse_spec,
)

INSTALL_HINT = ("Keras 3 is not installed; install the extra: pip install 'convgen[keras]' "
                "(keras>=3.15 with torch==2.13.0 as its backend)")
MODEL_SUFFIXES = (".keras", ".h5", ".hdf5")
UNSUPPORTED_CLASS = "layer class not supported by convgen"


class KerasMissing(ImportError):
    """Keras (or a backend for it) cannot be imported; the message says how to install it."""


@dataclass(frozen=True)
class Problem:
    """One reason a model cannot be imported: the layer's name and class, and why."""

    layer: str
    cls: str
    why: str

    def __str__(self) -> str:
        return f"{self.layer} ({self.cls}): {self.why}"


class KerasImportError(SpecError):
    """A model cannot become a spec. ``problems`` lists every unsupported layer, argument,
    dtype or topology at once; the message has one line per problem."""

    def __init__(self, model: str, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        self.source, self.line, self.field = f"<keras model {model}>", None, None
        n = len(self.problems)
        lines = [f"cannot import the Keras model '{model}': {n} problem{'s' if n != 1 else ''}"]
        lines += [f"  {p}" for p in self.problems]
        if any(p.why == UNSUPPORTED_CLASS for p in self.problems):
            lines.append(f"  (supported layer classes: {', '.join(LAYER_TYPES)}; an "
                         "InputLayer is skipped)")
        self.detail = "\n".join(lines)
        ValueError.__init__(self, self.detail)


@dataclass
class Imported:
    """The result of :func:`convert`: the spec mapping (as it will be written, without its
    ``weights`` key), the flat ``get_weights()`` arrays, the validated :class:`Spec` (weights
    attached) and notes worth telling the user (``warnings``); ``kind`` and ``command`` name
    the importer in the spec file's first line (``convgen.tflite_import`` shares this)."""

    mapping: Dict[str, Any]
    weights: List[np.ndarray]
    spec: Spec
    model_name: str
    warnings: List[str] = field(default_factory=list)
    kind: str = "Keras model"
    command: str = "import-keras"


# ---------------------------------------------------------------- loading Keras

_BACKEND_MODULES = {"tensorflow": "tensorflow", "torch": "torch", "jax": "jax",
                    "numpy": "numpy", "openvino": "openvino"}


def _configured_backend() -> Optional[str]:
    """The backend Keras would pick: $KERAS_BACKEND, else keras.json's, else tensorflow."""
    if os.environ.get("KERAS_BACKEND"):
        return os.environ["KERAS_BACKEND"]
    keras_home = Path(os.environ.get("KERAS_HOME", Path.home() / ".keras"))
    try:
        import json
        return json.loads((keras_home / "keras.json").read_text()).get("backend", "tensorflow")
    except (OSError, ValueError, AttributeError):
        return "tensorflow"


def _import_keras():
    """Import keras; when the backend it would use is not installed and the user did not
    name one in $KERAS_BACKEND, use an installed one (torch, then jax)."""
    if importlib.util.find_spec("keras") is None:
        raise KerasMissing(INSTALL_HINT)
    if "keras" not in sys.modules and not os.environ.get("KERAS_BACKEND"):
        wanted = _configured_backend()
        if importlib.util.find_spec(_BACKEND_MODULES.get(wanted, wanted)) is None:
            for backend in ("torch", "jax", "tensorflow"):
                if importlib.util.find_spec(_BACKEND_MODULES[backend]) is not None:
                    os.environ["KERAS_BACKEND"] = backend
                    break
    try:
        import keras
    except ImportError as exc:
        first = (str(exc).splitlines() or [""])[0]
        raise KerasMissing(f"Keras cannot load its backend ({first}): install the extra, "
                           "pip install 'convgen[keras]' (keras>=3.15 with torch==2.13.0), "
                           "or set KERAS_BACKEND to an installed backend") from None
    version = str(getattr(keras, "__version__", "0"))
    if not hasattr(keras, "saving") or not version.startswith("3"):
        raise KerasMissing(f"{INSTALL_HINT}; found keras {version}")
    return keras


def load_model(path: Union[str, Path]):
    """Load a saved Keras 3 model (``.keras``, or ``.h5`` where Keras 3 can read it) without
    compiling it. Raises :class:`KerasMissing` or :class:`SpecError` (one line)."""
    path = Path(path)
    if path.suffix.lower() not in MODEL_SUFFIXES:
        raise SpecError(f"expected a saved Keras model ({', '.join(MODEL_SUFFIXES)}), "
                        f"got {path.name!r}", source=str(path))
    if not path.is_file():
        raise SpecError("cannot read model file: no such file", source=str(path))
    keras = _import_keras()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return keras.saving.load_model(str(path), compile=False)
    except Exception as exc:   # Keras raises anything from ValueError to OSError and KeyError
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SpecError(f"Keras cannot load the model: {type(exc).__name__}: {first}",
                        source=str(path)) from None


# ---------------------------------------------------------------- topology

INPUT = -1   # in a Graph, the index that stands for the model's input


@dataclass
class Graph:
    """A model flattened into one DAG of layers.

    ``nodes[i]`` is ``(layer, inputs)``, in a topological order; each input is :data:`INPUT`
    or the index of an earlier node. ``output`` is the index of the node giving the model's
    output (:data:`INPUT` for a model that returns its input).
    """

    nodes: List[Tuple[Any, List[int]]]
    output: int

    def is_chain(self) -> bool:
        """Whether every layer reads the one before it and the last gives the output."""
        return (self.output == len(self.nodes) - 1
                and all(ins == [i - 1] for i, (_, ins) in enumerate(self.nodes)))


@dataclass(eq=False)
class OpCall:
    """A call of a ``keras.ops`` function in a functional model rather than of a layer:
    Python arithmetic on Keras tensors (``x + 3.0``, ``x * (1.0 / 6.0)`` in MobileNetV3's
    hard sigmoid, ``x * y``) records an ``Add``/``Multiply``/... operation of
    ``keras.src.ops.numpy`` in the graph, with its constants among the call's arguments.
    :func:`_convert_op` imports it as the layer computing the same thing."""

    op: Any
    node: Any

    @property
    def name(self) -> str:
        return str(getattr(self.op, "name", "op"))

    def get_weights(self) -> List[np.ndarray]:
        return []

    def compute_output_shape(self, _):
        return _shape_of(self.node.output_tensors[0])


@dataclass(eq=False)
class Rewritten:
    """A layer of ``keras.applications``' own (not of ``keras.layers``) replaced by the
    built-in layer computing exactly the same thing (:data:`APPLICATION_LAYERS`): its spec
    mapping is ready; its weights, if any, became constants of that mapping."""

    name: str
    cls: str
    mapping: Dict[str, Any]

    def get_weights(self) -> List[np.ndarray]:
        return []

    def compute_output_shape(self, _):
        return None


def _layer_scale(layer) -> List[Tuple[str, Dict[str, Any], List[int]]]:
    """ConvNeXt's ``LayerScale``: ``x * gamma`` (a learnt vector along the last axis) is a
    Rescaling whose scale is gamma."""
    gamma = np.asarray(layer.get_weights()[0], np.float32).reshape(-1)
    return [(layer.name, {"type": "Rescaling", "scale": [float(v) for v in gamma]}, [0])]


def _custom_scale(layer) -> List[Tuple[str, Dict[str, Any], List[int]]]:
    """Inception-ResNet-v2's ``CustomScaleLayer``: ``inputs[0] + inputs[1] * scale`` is a
    Rescaling of the second input, then an Add (input indices: the layer's inputs, then -1
    for the step before)."""
    scale = float(np.float32(layer.scale))
    return [(f"{layer.name}_scaled", {"type": "Rescaling", "scale": scale}, [1]),
            (layer.name, {"type": "Add"}, [0, -1])]


# (module, class) of a keras.applications layer -> its rewriting as built-in layers: each
# (name, mapping, inputs), an input being an index into the layer's inputs or -1 for the
# previous rewritten step.
APPLICATION_LAYERS = {
    ("keras.src.applications.convnext", "LayerScale"): _layer_scale,
    ("keras.src.applications.inception_resnet_v2", "CustomScaleLayer"): _custom_scale,
}


def _rewrite(graph: "Graph") -> "Graph":
    """``graph`` with each :data:`APPLICATION_LAYERS` layer replaced by its rewriting."""
    nodes: List[Tuple[Any, List[int]]] = []
    where = {INPUT: INPUT}
    for i, (op, ins) in enumerate(graph.nodes):
        rule = APPLICATION_LAYERS.get((type(op).__module__, type(op).__name__))
        if rule is None:
            nodes.append((op, [where[j] for j in ins]))
        else:
            for name, mapping, refs in rule(op):
                nodes.append((Rewritten(name, type(op).__name__, mapping),
                              [len(nodes) - 1 if r == -1 else where[ins[r]] for r in refs]))
        where[i] = len(nodes) - 1
    return Graph(nodes, where[graph.output])


def _is_layer(op) -> bool:
    keras = sys.modules.get("keras")
    return keras is None or isinstance(op, keras.layers.Layer)


def _is_input_layer(op) -> bool:
    return type(op).__name__ == "InputLayer"


def _is_model(op) -> bool:
    keras = sys.modules.get("keras")
    return keras is not None and isinstance(op, keras.Model)


def _label(op) -> Tuple[str, str]:
    if isinstance(op, Rewritten):
        return op.name, op.cls
    if isinstance(op, OpCall):
        return op.name, f"keras.ops {type(op.op).__name__}"
    return getattr(op, "name", "?"), type(op).__name__


def _model_graph(model, problems: List[Problem]) -> Optional[Graph]:
    """The model's layers as one flat :class:`Graph`, or None (problems appended): one input,
    one output, every layer applied once."""
    graph = _graph(model, problems)
    if graph is None:
        return None
    seen, ok = set(), True
    for op, _ in graph.nodes:
        if id(op) in seen:
            problems.append(Problem(*_label(op), "is applied more than once (shared weights): "
                                    "convgen needs each layer to be called once"))
            ok = False
        seen.add(id(op))
    return graph if ok else None


def _graph(model, problems: List[Problem]) -> Optional[Graph]:
    """A Sequential or functional model's graph, nested models flattened."""
    name, cls = _label(model)
    if cls == "Sequential":
        ops = [op for op in model.layers if not _is_input_layer(op)]
        return _flatten([(op, [i - 1]) for i, op in enumerate(ops)], len(ops) - 1, problems)
    try:
        inputs, outputs = list(model.inputs), list(model.outputs)
    except (AttributeError, ValueError):
        problems.append(Problem(name, cls, "a subclassed model: its layers' call order is "
                                "unknown; rebuild it as keras.Sequential or a functional "
                                "model"))
        return None
    traced = _trace(model, inputs, outputs, problems)
    return None if traced is None else _flatten(*traced, problems)


def _flatten(steps: List[Tuple[Any, List[int]]], output: int,
             problems: List[Problem]) -> Optional[Graph]:
    """Replace each nested model among ``steps`` by its own layers."""
    nodes: List[Tuple[Any, List[int]]] = []
    where = {INPUT: INPUT}   # index in steps -> index in nodes
    for i, (op, ins) in enumerate(steps):
        flat = [where[j] for j in ins]
        if not (_is_model(op) and not _is_input_layer(op)):
            nodes.append((op, flat))
            where[i] = len(nodes) - 1
            continue
        inner = _graph(op, problems)
        if inner is None:
            return None
        base = len(nodes)
        nodes += [(lop, [flat[0] if j == INPUT else base + j for j in lins])
                  for lop, lins in inner.nodes]
        where[i] = flat[0] if inner.output == INPUT else base + inner.output
    return Graph(nodes, where[output])


def _trace(model, inputs, outputs, problems: List[Problem]):
    """A functional model's calls as ``(steps, output)`` for :func:`_flatten`: every call on
    the way from the output back to the input, in ``model.layers`` order where that is a
    topological order (it is for models Keras builds), each with the indices of its inputs.
    None when convgen cannot take the graph; the whole graph is traced first, so that every
    reason is listed."""
    name, cls = _label(model)
    ok = len(inputs) == 1 and len(outputs) == 1
    if not ok:
        problems.append(Problem(name, cls, f"{len(inputs)} inputs and {len(outputs)} outputs: "
                                "convgen needs one input and one output"))
    producer: Dict[int, Any] = {}   # id(tensor) -> the node that computes it, None: an input
    nodes: Dict[int, Any] = {}
    stack = list(outputs)
    while stack:
        tensor = stack.pop()
        if id(tensor) in producer:
            continue
        history = getattr(tensor, "_keras_history", None)
        if history is None:
            problems.append(Problem(name, cls, "cannot trace the model's graph"))
            return None
        op, node_index = history[0], history[1]
        if _is_input_layer(op):
            producer[id(tensor)] = None
            continue
        node = op._inbound_nodes[node_index]
        producer[id(tensor)] = node
        if id(node) in nodes:
            continue
        nodes[id(node)] = node
        if len(node.output_tensors) != 1:
            problems.append(Problem(*_label(op), f"gives {len(node.output_tensors)} outputs: "
                                    "convgen layers give one"))
            ok = False
        stack += list(node.input_tensors)
    calls: Dict[int, int] = {}
    for node in nodes.values():
        calls[id(node.operation)] = calls.get(id(node.operation), 0) + 1
    for op in model.layers:
        if calls.get(id(op), 0) > 1:
            problems.append(Problem(*_label(op), f"is applied more than once ({calls[id(op)]} "
                                    "calls, shared weights): convgen needs each layer to be "
                                    "called once"))
            ok = False
    used = {id(node.operation) for node in nodes.values()}
    for op in model.layers:
        if not _is_input_layer(op) and id(op) not in used:
            problems.append(Problem(*_label(op), "is not on the way from the model's input to "
                                    "its output"))
            ok = False
    if not ok:
        return None
    ranked = getattr(model, "operations", None) or model.layers
    order = _topological(nodes, producer, {id(op): k for k, op in enumerate(ranked)})
    index = {nid: k for k, nid in enumerate(order)}

    def ref(tensor) -> int:
        node = producer[id(tensor)]
        return INPUT if node is None else index[id(node)]

    def step(node):
        op = node.operation
        return op if _is_layer(op) else OpCall(op, node)

    steps = [(step(nodes[nid]), [ref(t) for t in nodes[nid].input_tensors]) for nid in order]
    return steps, ref(outputs[0])


def _topological(nodes: Dict[int, Any], producer: Dict[int, Any],
                 rank: Dict[int, int]) -> List[int]:
    """Node ids in a topological order, the one of ``rank`` (a layer's place in
    ``model.layers``) wherever several nodes are ready (Kahn's algorithm)."""
    waiting: Dict[int, int] = {}
    users: Dict[int, List[int]] = {nid: [] for nid in nodes}
    for nid, node in nodes.items():
        parents = {id(producer[id(t)]) for t in node.input_tensors
                   if producer[id(t)] is not None}
        waiting[nid] = len(parents)
        for parent in parents:
            users[parent].append(nid)

    def key(nid: int) -> Tuple[int, int]:
        return rank.get(id(nodes[nid].operation), len(rank)), nid

    ready = [key(nid) for nid, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order: List[int] = []
    while ready:
        _, nid = heapq.heappop(ready)
        order.append(nid)
        for user in users[nid]:
            waiting[user] -= 1
            if waiting[user] == 0:
                heapq.heappush(ready, key(user))
    return order


def _all_layers(model) -> List[Any]:
    """Every layer of a model, nested models flattened, InputLayers skipped."""
    out: List[Any] = []
    for op in getattr(model, "layers", []):
        if _is_input_layer(op):
            continue
        out += _all_layers(op) if _is_model(op) else [op]
    return out


# ---------------------------------------------------------------- layer arguments

def _plain(value: Any) -> Any:
    """Tuples to lists, numpy scalars to Python scalars (YAML-safe values)."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def _compact_forms(value: Any) -> List[Any]:
    """Shorter spellings of a list argument, shortest first (checked for equal meaning)."""
    forms: List[Any] = []
    if isinstance(value, list) and value:
        leaves = list(_leaves(value))
        if leaves and all(v == leaves[0] for v in leaves) and isinstance(leaves[0], int):
            forms.append(leaves[0])
        if all(isinstance(v, list) and len(v) == 2 and v[0] == v[1] for v in value):
            forms.append([v[0] for v in value])
    return forms


def _leaves(value):
    for v in value:
        if isinstance(v, list):
            yield from _leaves(v)
        else:
            yield v


def _auto_name(name: str, cls: str) -> bool:
    """Whether ``name`` is what Keras would have named the layer anyway (``conv2d_3``)."""
    return re.fullmatch(re.escape(default_layer_name(cls)) + r"(_\d+)?", name) is not None


def _signature_default(layer, key: str) -> Any:
    for klass in type(layer).__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        try:
            param = inspect.signature(init).parameters.get(key)
        except (TypeError, ValueError):
            continue
        if param is not None and param.default is not inspect.Parameter.empty:
            return param.default
    return inspect.Parameter.empty


def _dtype_problem(layer) -> Optional[str]:
    policy = getattr(layer, "dtype_policy", None)
    pname = getattr(policy, "name", None)
    if pname is None:
        return None
    compute = getattr(policy, "compute_dtype", pname)
    variable = getattr(policy, "variable_dtype", pname)
    if pname != "float32" or compute != "float32" or variable != "float32":
        return (f"dtype policy '{pname}' (compute {compute}, variables {variable}): convgen "
                "kernels compute in float32 only")
    return None


def _convert_layer(layer, problems: List[Problem]) -> Optional[Dict[str, Any]]:
    """The minimal spec mapping of one layer, or None (problems appended)."""
    lname, cls = _label(layer)
    if isinstance(layer, OpCall):
        return _convert_op(layer, problems)
    if isinstance(layer, Rewritten):
        return dict(layer.mapping)
    if cls not in LAYER_TYPES:
        problems.append(Problem(lname, cls, UNSUPPORTED_CLASS))
        return None
    accepted = LAYER_TYPES[cls][2]
    bad_before = len(problems)
    why = _dtype_problem(layer)
    if why:
        problems.append(Problem(lname, cls, why))
    try:
        config = layer.get_config()
    except Exception as exc:   # a custom layer's get_config may raise anything
        problems.append(Problem(lname, cls, f"its config cannot be read (a custom function as "
                                f"an argument?): {type(exc).__name__}: {exc}"))
        return None
    out: Dict[str, Any] = {"type": cls}
    for key, raw in config.items():
        value = _plain(raw)
        if key in ("name", "trainable", "dtype") or key in TRAINING_ONLY:
            continue   # the caller names layers; dtype is checked through the policy above
        elif key in accepted:
            if key == "activation" and value is not None and not isinstance(value, str):
                what = value.get("config", value) if isinstance(value, dict) else value
                problems.append(Problem(lname, cls, f"activation {what!r} is not a built-in "
                                        "activation name (custom and parametrised activation "
                                        "functions are not supported)"))
                continue
            out[key] = value
        elif key == "data_format" and value in (None, "channels_last"):
            continue   # e.g. ZeroPadding1D's: convgen's 1-D layers are always channels_last
        else:
            default = _signature_default(layer, key)
            if default is not inspect.Parameter.empty and _plain(default) == value:
                continue
            accepted_list = ", ".join(accepted)
            problems.append(Problem(lname, cls, f"argument {key}={value!r} is not supported by "
                                    f"convgen's {cls} (accepted: {accepted_list})"))
    if len(problems) > bad_before:
        return None
    try:
        parsed = parse_layer(out)
    except ArgError as exc:
        where = f"{exc.field}: " if exc.field else ""
        problems.append(Problem(lname, cls, f"{where}{exc.message}"))
        return None
    return _minimise(out, parsed)


# ---------------------------------------------------------------- keras.ops calls

OP_ARITHMETIC = ("Add", "Subtract", "Multiply", "TrueDivide", "Divide", "Negative")
OP_MERGES = ("Add", "Subtract", "Multiply")   # of two tensors: the merge layer of that name


def _convert_op(call: OpCall, problems: List[Problem]) -> Optional[Dict[str, Any]]:
    """The spec mapping of a ``keras.ops`` call (:class:`OpCall`): arithmetic of two tensors
    is the merge layer of that name (Keras's merge layers call the same ops); arithmetic of
    one tensor with a constant (a number, or one value per channel of the last axis) is the
    ``Rescaling`` computing it, ``x * scale + offset``: ``x + c`` is scale 1, offset c;
    ``x - c`` offset -c; ``c - x`` scale -1, offset c; ``x * c`` scale c; ``-x`` scale -1;
    ``x / c`` scale 1/c (a multiply by the rounded reciprocal: within an ulp or so of Keras's
    division). Constants are rounded to float32 first, as Keras converts them."""
    lname, cls = _label(call)
    op_cls = type(call.op).__name__
    args = list(call.node.arguments.args)
    is_tensor = [_is_keras_tensor(a) for a in args]
    out = call.node.output_tensors[0]
    dtype = str(getattr(out, "dtype", "float32"))

    def refuse(why: str) -> None:
        problems.append(Problem(lname, cls, why))

    if not type(call.op).__module__.startswith("keras.src.ops.numpy") \
            or op_cls not in OP_ARITHMETIC or call.node.arguments.kwargs:
        refuse("this keras.ops operation is not supported: convgen imports +, -, * of two "
               "tensors and +, -, *, / of a tensor and a constant (a number or one value per "
               "channel), and -x")
        return None
    if dtype != "float32":
        refuse(f"computes in {dtype} (a float64 constant?): convgen kernels compute in "
               "float32")
        return None
    if all(is_tensor) and len(args) == 2:
        if op_cls in OP_MERGES:
            return {"type": op_cls}
        refuse(f"{op_cls} of two tensors: convgen divides only by a non-zero constant")
        return None
    if op_cls == "Negative" and is_tensor == [True]:
        return {"type": "Rescaling", "scale": -1.0}
    if len(args) != 2 or is_tensor.count(True) != 1:
        refuse(f"called on {len(args)} arguments of which {is_tensor.count(True)} tensors")
        return None
    first = is_tensor[0]
    tensor, const = (args[0], args[1]) if first else (args[1], args[0])
    channels = (_shape_of(tensor) or (None,))[-1]
    values = _channel_constant(const, channels)
    if values is None:
        refuse(f"a constant of shape {np.shape(const)}: convgen takes a number or one value "
               f"per channel of the last axis ({channels})")
        return None
    ones = [1.0] * len(values)
    zeros = [0.0] * len(values)
    if op_cls == "Add":
        scale, offset = ones, values
    elif op_cls == "Subtract":
        scale, offset = (ones, [-v for v in values]) if first else ([-1.0] * len(values), values)
    elif op_cls == "Multiply":
        scale, offset = values, zeros
    elif first and all(v != 0.0 for v in values):   # x / c
        scale, offset = [1.0 / v for v in values], zeros
    else:
        refuse("a division by a tensor or by zero: convgen divides only by a non-zero "
               "constant")
        return None
    mapping: Dict[str, Any] = {"type": "Rescaling", "scale": _one_or_list(scale)}
    if any(v != 0.0 for v in offset):
        mapping["offset"] = _one_or_list(offset)
    return mapping


def _one_or_list(values: List[float]) -> Any:
    return values[0] if all(v == values[0] for v in values) else values


def _is_keras_tensor(value: Any) -> bool:
    return type(value).__name__ == "KerasTensor"


def _channel_constant(value: Any, channels: Optional[int]) -> Optional[List[float]]:
    """A constant operand as float32-rounded floats: one value, or one per channel (a shape
    of leading ones then ``channels``); None for anything else."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if array.dtype == object or not np.all(np.isfinite(array)):
        return None
    shape = list(array.shape)
    while shape and shape[0] == 1 and len(shape) > 1:
        shape.pop(0)
    if array.size != 1 and shape != [channels]:
        return None
    return [float(v) for v in array.astype(np.float32).reshape(-1)]


def _minimise(out: Dict[str, Any], parsed) -> Dict[str, Any]:
    """Drop arguments equal to their default and shorten list forms, keeping the meaning."""
    def same(mapping) -> bool:
        try:
            return parse_layer(mapping) == parsed
        except ArgError:
            return False

    for key in [k for k in out if k not in ("type", "name")]:
        trial = {k: v for k, v in out.items() if k != key}
        if same(trial):
            out = trial
            continue
        for form in _compact_forms(out[key]):
            if same({**out, key: form}):
                out = {**out, key: form}
                break
    return out


# ---------------------------------------------------------------- the model

def c_identifier(text: str) -> str:
    """A valid spec ``name`` (C identifier) from a Keras model name."""
    name = re.sub(r"[^A-Za-z0-9_]+", "_", str(text)).strip("_") or "model"
    if name[0].isdigit():
        name = "model_" + name
    if name.startswith("cg_"):
        name = "model_" + name
    if name in C_KEYWORDS or name in RESERVED:
        name += "_model"
    return name[:MAX_NAME].rstrip("_") or "model"


def _shape_of(tensor) -> Optional[Tuple[Optional[int], ...]]:
    shape = getattr(tensor, "shape", None)
    return None if shape is None else tuple(None if d is None else int(d) for d in shape)


def _layer_names(ops: Sequence[Any], every: bool) -> List[Optional[str]]:
    """The spec ``name`` of each layer: Keras's, made unique (``_1``, ``_2``, ... appended
    where nested models repeat a name, or a layer is called ``input``, which names the model
    input in a spec). Unless ``every``, a name Keras chose itself (``conv2d_3``) is left out,
    as the spec's default names count the same way; should a kept name equal a default
    one, every layer is named after all."""
    wanted = [str(op.name) or "layer" for op in ops]
    keep = [every or not _auto_name(op.name, type(op).__name__) for op in ops]
    taken, used = set(wanted), {"input"}
    names: List[Optional[str]] = []
    for base, kept in zip(wanted, keep):
        name, k = base, 0
        while kept and (name in used or (k and name in taken)):
            k += 1
            name = f"{base}_{k}"
        names.append(name if kept else None)
        used.add(name)
    if not every and _clash_with_defaults(ops, names):
        return _layer_names(ops, every=True)
    return names


def _clash_with_defaults(ops: Sequence[Any], names: List[Optional[str]]) -> bool:
    """Whether a kept name equals a default name the spec gives an unnamed layer."""
    count: Dict[str, int] = {}
    defaults = set()
    for op, name in zip(ops, names):
        if name is None:
            base = default_layer_name(type(op).__name__)
            k = count.get(base, 0)
            count[base] = k + 1
            defaults.add(base if k == 0 else f"{base}_{k}")
    return any(name in defaults for name in names if name is not None)


def _model_input(model, problems: List[Problem]) -> Tuple[Optional[List[int]], Optional[int]]:
    """The input shape without its batch axis, and the batch (1 where Keras leaves it open)."""
    model_name, model_cls = _label(model)
    try:
        inputs = list(model.inputs)
    except (AttributeError, ValueError):
        inputs = []
    if len(inputs) != 1:
        if not problems:
            problems.append(Problem(model_name, model_cls, "the model has no known input "
                                    "shape: build it with keras.Input(shape=...) first"))
        return None, None
    shape = _shape_of(inputs[0])
    dtype = str(getattr(inputs[0], "dtype", "float32"))
    input_shape = batch = None
    if shape is None or len(shape) < 2 or any(d is None for d in shape[1:]):
        problems.append(Problem(model_name, model_cls, f"input shape {shape} is not fully "
                                "known: convgen kernels have fixed shapes"))
    else:
        input_shape, batch = list(shape[1:]), shape[0] or 1
    if dtype != "float32":
        problems.append(Problem(model_name, model_cls, f"input dtype {dtype}: convgen "
                                "kernels take float32"))
    return input_shape, batch


def _output_shape(layer, mapping: Optional[Dict[str, Any]], in_shapes: List[Any],
                  problems: List[Problem]) -> Optional[Tuple[int, ...]]:
    """Keras's output shape of ``layer`` (batch axis first) given its inputs' shapes, checked
    against convgen's (a problem appended where they differ); None where unknown."""
    if not in_shapes or any(s is None for s in in_shapes):
        return None
    try:
        arg = in_shapes[0] if len(in_shapes) == 1 else list(in_shapes)
        keras_out = tuple(layer.compute_output_shape(arg))
    except Exception:   # shape inference of an unsupported layer: not our concern
        keras_out = None
    if mapping is None:
        return keras_out
    lname, cls = _label(layer)
    try:
        ours = _convgen_shape(mapping, [tuple(s[1:]) for s in in_shapes])
    except ArgError as exc:
        where = f"{exc.field}: " if exc.field else ""
        problems.append(Problem(lname, cls, f"{where}{exc.message}"))
        return keras_out
    if keras_out is None:
        return (in_shapes[0][0], *ours)
    if tuple(keras_out[1:]) != tuple(ours):
        problems.append(Problem(lname, cls, f"convgen infers output {fmt_shape(ours)} but "
                                f"Keras gives {keras_out[1:]}"))
    return keras_out


def _convgen_shape(mapping: Dict[str, Any], in_shapes: List[Tuple[int, ...]]):
    """convgen's output shape of a layer reading ``in_shapes`` (one sample each); ArgError
    where the spec would refuse the layer, e.g. a unary layer called on two tensors."""
    type_ = mapping["type"]
    least, most = kind_of(type_).arity_of(type_)
    if len(in_shapes) < least or (most is not None and len(in_shapes) > most):
        count = (f"exactly {least}" if least == most else
                 f"at least {least}" if most is None else f"{least} to {most}")
        raise ArgError(None, f"takes {count} input(s), Keras calls it on {len(in_shapes)}")
    return parse_layer(mapping).output_shape(*in_shapes)


def _placed(mapping: Dict[str, Any], name: Optional[str], inputs: Optional[List[str]]):
    """A layer's mapping with its ``name`` and ``inputs`` after its type."""
    out: Dict[str, Any] = {"type": mapping["type"]}
    if name is not None:
        out["name"] = name
    if inputs is not None:
        out["inputs"] = inputs
    out.update((k, v) for k, v in mapping.items() if k != "type")
    return out


def convert(model, name: Optional[str] = None) -> Imported:
    """Convert a Keras 3 model object; raise :class:`KerasImportError` listing every problem
    (or :class:`SpecError` for a bad ``name``)."""
    model_name, model_cls = _label(model)
    problems: List[Problem] = []
    notes: List[str] = []
    graph = _model_graph(model, problems)
    if graph is None or problems:
        # A topology convgen refuses: still list every layer that would be refused on its own.
        for layer in _all_layers(model):
            if (type(layer).__module__, type(layer).__name__) not in APPLICATION_LAYERS:
                _convert_layer(layer, problems)
        graph = Graph([], INPUT)
    graph = _rewrite(graph)
    input_shape, batch = _model_input(model, problems)
    if not graph.nodes and not problems:
        problems.append(Problem(model_name, model_cls, "the model has no layers"))

    ops = [op for op, _ in graph.nodes]
    names = _layer_names(ops, every=not graph.is_chain())
    specs: List[Dict[str, Any]] = []
    shapes = {INPUT: None if input_shape is None else (batch, *input_shape)}
    for k, (layer, ins) in enumerate(graph.nodes):
        mapping = _convert_layer(layer, problems)
        shapes[k] = _output_shape(layer, mapping, [shapes[j] for j in ins], problems)
        if mapping is None:
            continue
        _note(layer, mapping, notes)
        refs = None if ins == [k - 1] else ["input" if j == INPUT else names[j] for j in ins]
        specs.append(_placed(mapping, names[k], refs))
    if problems:
        raise KerasImportError(model_name, problems)

    top: Dict[str, Any] = {"name": name if name is not None else c_identifier(model_name),
                           "input_shape": input_shape}
    if batch != 1:
        top["batch"] = batch
    if graph.output != len(graph.nodes) - 1:
        top["output"] = names[graph.output]
    top["layers"] = specs
    spec = parse_spec(top, source=f"<keras model {model_name}>")
    arrays = [np.asarray(w) for op in ops for w in op.get_weights()]
    try:
        checked = check_weights(arrays, spec)
    except ValueError as exc:
        raise KerasImportError(model_name, [Problem(model_name, model_cls,
                                                    f"weights: {exc}")]) from None
    spec = dataclasses.replace(spec, weights=checked)
    return Imported(top, [np.asarray(a, np.float32) for a in checked], spec, model_name, notes)


def _note(layer, mapping: Dict[str, Any], notes: List[str]) -> None:
    """Where Keras's active backend computes something other than convgen's definition."""
    method = mapping.get("interpolation")
    if not isinstance(method, str) or method.lower() in ("nearest", "bilinear"):
        return
    try:
        import keras
        backend = keras.backend.backend()
    except Exception:
        return
    if backend == "torch":
        lname, cls = _label(layer)
        notes.append(f"{lname} ({cls}): interpolation '{method}' follows Keras's jax and "
                     "TensorFlow backends; Keras's torch backend (active here) computes "
                     f"{'bicubic with a = -0.75' if method.lower() == 'bicubic' else 'no lanczos'}"
                     ", so model.predict under torch differs")


def from_keras(model: Any, name: Optional[str] = None) -> Spec:
    """A validated :class:`Spec` equivalent to a Keras 3 model, with its weights attached.

    ``model`` is a ``keras.Model`` (Sequential, or functional with one input and one output:
    a chain or a graph of supported layers) or the path of a saved ``.keras``/``.h5`` model.
    ``name`` overrides the spec name (default: the model's name made into a C identifier).
    Raises :class:`KerasImportError` (a
    :class:`convgen.SpecError`) listing every unsupported layer, argument, dtype or topology
    at once, :class:`KerasMissing` when a path is given and Keras is not installed.
    """
    if isinstance(model, (str, os.PathLike)):
        model = load_model(model)
    imported = convert(model, name=name)
    for note in imported.warnings:
        warnings.warn(note, stacklevel=2)
    return imported.spec


# ---------------------------------------------------------------- writing

def render_yaml(imported: Imported, weights_file: Optional[str], origin: str = "") -> str:
    """The spec file's text: a comment naming the origin, then the minimal mapping."""
    mapping = dict(imported.mapping)
    if weights_file is not None:
        ordered = {k: v for k, v in mapping.items() if k != "layers"}
        ordered["weights"] = weights_file
        ordered["layers"] = mapping["layers"]
        mapping = ordered
    head = (f"# Imported from the {imported.kind} '{imported.model_name}'"
            + (f" ({origin})" if origin else "")
            + f" by convgen {__version__} {imported.command}.\n")
    body = yaml.dump(mapping, Dumper=_Dumper, sort_keys=False, default_flow_style=False,
                     width=100)
    return head + body


class _Dumper(yaml.SafeDumper):
    """Block mappings, lists in flow style (``kernel_size: [3, 1]``)."""


def _represent_list(dumper, value):
    flow = not any(isinstance(v, dict) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def write(imported: Imported, spec_path: Union[str, Path], origin: str = "") -> Tuple[Path, Path]:
    """Write ``SPEC.yaml`` and ``SPEC.npz`` beside it, each atomically, only after the pair
    reads back as a valid spec; return both paths."""
    spec_path = Path(spec_path)
    npz_path = spec_path.with_suffix(".npz")
    text = render_yaml(imported, npz_path.name, origin)
    folder = spec_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convgen-import-", dir=folder))
    try:
        np.savez(tmp / npz_path.name, *imported.weights)
        (tmp / spec_path.name).write_text(text, encoding="utf-8")
        load_spec(tmp / spec_path.name)   # the files as they will be read
        os.replace(tmp / npz_path.name, npz_path)   # weights first: the spec never dangles
        os.replace(tmp / spec_path.name, spec_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return spec_path, npz_path
