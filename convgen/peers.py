"""The peers of ``convgen bench``: the same layers run by PyTorch (oneDNN), ONNX Runtime
(MLAS) and LiteRT (XNNPACK), each on the same input and weights as convgen.

Two routes, chosen per spec by :func:`route`:

- ``layers``: a chain of the layers the performance suite times (convolutions, depthwise,
  separable, transposed, cropping/padding/upsampling) is lowered (:func:`lower`) to
  channels-first operations with explicit, possibly asymmetric padding and Keras's weight
  layouts converted; the torch and ONNX peers run that chain (ONNX built node by node: no
  layout transposes, each peer's best case), LiteRT rebuilds the layers in Keras (TensorFlow
  backend) on channels-last tensors and converts them.
- ``model``: any other spec (a whole model: a graph, or a chain with BatchNormalization,
  pooling, Dense...) is built as the Keras model it means (:mod:`convgen.keras_model`) and
  handed to each runtime the way a Keras user does it: ONNX Runtime runs Keras's own
  ``model.export(format="onnx")`` (torch backend; in a subprocess when this process runs
  another backend), LiteRT converts it with ``TFLiteConverter.from_keras_model``. PyTorch has
  no whole-model route (Keras on the torch backend would time Keras's own Python layers).

Each peer returns ``(call, convert)``: a
no-argument call that runs the layers (what is timed) and the conversion of its result back
to convgen's layout (not timed). A layer a peer cannot express exactly raises
:class:`Unsupported`. The libraries are optional and imported only here, only when used.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import os
import re
import subprocess
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from ._version import __version__
from .activations import LAST_AXIS
from .layers import conv_output_length, effective_kernel, pad_before, transpose_output_length
from .ops import REGISTRY
from .spec import Spec

PEERS = ("torch", "onnxruntime", "litert")
PEER_TITLES = {"torch": "PyTorch", "onnxruntime": "ONNX Runtime", "litert": "LiteRT"}


@dataclass(frozen=True)
class Op:
    """One operation of a chain lowered to channels-first (N, C, spatial...) tensors.

    ``kind``: ``conv`` (w in (O, I/g, k...), pads (before, after) per axis), ``conv_t``
    (w in (I, O, k...), crop and tail per axis: cut ``crop`` in front, the result is
    ``out`` long, ``tail`` of it past the scatter's end), ``pad``, ``crop``, ``nearest``,
    ``resize``, ``act`` (``axis`` for the last-axis activations), ``perm``.
    """

    kind: str
    args: Dict[str, Any] = field(default_factory=dict)


class Unsupported(Exception):
    """A peer cannot express this layer exactly."""


def to_channels_first(data_format: str, rank: int) -> Tuple[int, ...]:
    """The permutation from a batched tensor in ``data_format`` to (N, C, spatial...)."""
    if data_format == "channels_first":
        return tuple(range(rank + 2))
    return (0, rank + 1) + tuple(range(1, rank + 1))


def from_channels_first(data_format: str, rank: int) -> Tuple[int, ...]:
    return tuple(int(i) for i in np.argsort(to_channels_first(data_format, rank)))


def to_channels_last(data_format: str, rank: int) -> Tuple[int, ...]:
    """The permutation from a batched tensor in ``data_format`` to (N, spatial..., C)."""
    if data_format == "channels_last":
        return tuple(range(rank + 2))
    return (0,) + tuple(range(2, rank + 2)) + (1,)


def from_channels_last(data_format: str, rank: int) -> Tuple[int, ...]:
    return tuple(int(i) for i in np.argsort(to_channels_last(data_format, rank)))


def _oik(kernel: np.ndarray) -> np.ndarray:
    """Keras (k..., I, O) -> (O, I, k...): torch and ONNX conv weights; for a transposed
    kernel, Keras (k..., F, C) -> (C, F, k...), their ConvTranspose layout."""
    r = kernel.ndim - 2
    return np.ascontiguousarray(np.transpose(kernel, (r + 1, r) + tuple(range(r))),
                                dtype=np.float32)


def _pads(layer, spatial) -> List[Tuple[int, int]]:
    """(before, after) zeros per axis: Keras's same puts the odd one after, causal all before."""
    out = []
    for n, k, s, d in zip(spatial, layer.kernel_size, layer.strides, layer.dilation_rate):
        before = pad_before(n, k, s, d, layer.padding)
        used = (conv_output_length(n, k, s, d, layer.padding) - 1) * s + effective_kernel(k, d)
        out.append((before, max(used - n - before, 0)))
    return out


def _window(layer, spatial) -> Dict[str, Any]:
    return dict(strides=list(layer.strides), dilations=list(layer.dilation_rate),
                pads=_pads(layer, spatial))


def _lower_layer(layer, in_shape, arrays: List[np.ndarray]) -> List[Op]:
    spatial, channels = layer.split(in_shape)
    bias = arrays[-1] if getattr(layer, "use_bias", False) else None
    fam = REGISTRY[layer.type].name
    if fam == "conv":
        ops = [Op("conv", dict(_window(layer, spatial), w=_oik(arrays[0]), b=bias,
                               groups=layer.groups))]
    elif fam in ("depthwise", "separable"):
        k = arrays[0]
        dw = _oik(k.reshape(k.shape[:-2] + (1, k.shape[-2] * k.shape[-1])))
        ops = [Op("conv", dict(_window(layer, spatial), w=dw, groups=channels,
                               b=bias if fam == "depthwise" else None))]
        if fam == "separable":
            ones = [1] * layer.rank
            ops.append(Op("conv", dict(w=_oik(arrays[1]), b=bias, groups=1, strides=ones,
                                       dilations=ones, pads=[(0, 0)] * layer.rank)))
    elif fam == "transpose":
        crop = layer.crops(in_shape)
        out, _ = layer.split(layer.conv_output_shape(in_shape))
        full = [transpose_output_length(n, k, s, d, "valid", 0) for n, k, s, d in
                zip(spatial, layer.kernel_size, layer.strides, layer.dilation_rate)]
        tail = [max(o - (f - c), 0) for o, f, c in zip(out, full, crop)]
        ops = [Op("conv_t", dict(w=_oik(arrays[0]), b=bias, strides=list(layer.strides),
                                 dilations=list(layer.dilation_rate), crop=list(crop),
                                 tail=tail, out=list(out), full=full))]
    elif layer.op == "crop":
        ops = [Op("crop", dict(amounts=list(layer.amounts), spatial=list(spatial)))]
    elif layer.op == "pad":
        ops = [Op("pad", dict(pads=list(layer.amounts)))]
    elif layer.interpolation == "nearest":
        ops = [Op("nearest", dict(size=list(layer.size)))]
    else:
        out, _ = layer.split(layer.conv_output_shape(in_shape))
        ops = [Op("resize", dict(method=layer.interpolation, out=list(out)))]
    if getattr(layer, "activation", "linear") != "linear":
        # Last-axis activations act on the last axis of the layer's own layout.
        axis = 1 if layer.data_format == "channels_last" else layer.rank + 1
        ops.append(Op("act", dict(name=layer.activation, axis=axis)))
    return ops


# The layer families :func:`lower` expresses (Cropping/ZeroPadding/UpSampling are "reshape").
LOWERED = ("conv", "depthwise", "separable", "transpose", "reshape")


def route(spec: Spec) -> str:
    """``layers`` when :func:`lower` expresses the spec (a chain of :data:`LOWERED` layers),
    else ``model``: the spec runs in the peers as the Keras model it means."""
    if spec.graph.is_chain() and all(REGISTRY[layer.type].name in LOWERED
                                     for layer in spec.layers):
        return "layers"
    return "model"


def lower(spec: Spec, weights: Sequence[np.ndarray]) -> List[Op]:
    """The spec's chain as channels-first ops, with a ``perm`` where data_format changes.
    The input is in the first layer's layout, permuted to channels-first beforehand."""
    if route(spec) != "layers":
        raise ValueError("lower() takes chains of convolution and resampling layers; this "
                         "spec runs as a Keras model (route 'model')")
    arrays = list(weights)
    ops: List[Op] = []
    current = spec.layers[0].data_format
    for i, layer in enumerate(spec.layers):
        if layer.data_format != current:
            r = layer.rank
            perm = np.array(from_channels_first(current, r))[list(to_channels_first(
                layer.data_format, r))]
            ops.append(Op("perm", dict(perm=[int(p) for p in perm])))
            current = layer.data_format
        n = len(layer.weight_shapes(spec.shapes[i]))
        mine, arrays = arrays[:n], arrays[n:]
        ops += _lower_layer(layer, spec.shapes[i], [np.asarray(a, np.float32) for a in mine])
    return ops


# A peer: (call producing the output, conversion of that output to the spec's layout).
PeerRun = Tuple[Callable[[], Any], Callable[[Any], np.ndarray]]


def _nc_input(spec: Spec, x: np.ndarray) -> np.ndarray:
    first = spec.layers[0]
    return np.ascontiguousarray(np.transpose(x, to_channels_first(first.data_format,
                                                                  first.rank)))


def _nc_output(spec: Spec, y: np.ndarray) -> np.ndarray:
    last = spec.layers[-1]
    return np.ascontiguousarray(np.transpose(y, from_channels_first(last.data_format,
                                                                    last.rank)))


def _torch_act(name: str, axis: int):
    import torch
    import torch.nn.functional as F
    acts = {"relu": F.relu, "relu6": F.relu6, "tanh": torch.tanh, "sigmoid": torch.sigmoid,
            "elu": F.elu, "selu": F.selu, "celu": F.celu, "softplus": F.softplus,
            "softsign": F.softsign, "silu": F.silu, "swish": F.silu, "gelu": F.gelu,
            "mish": F.mish, "hard_sigmoid": F.hardsigmoid, "hard_silu": F.hardswish,
            "hard_swish": F.hardswish, "log_sigmoid": F.logsigmoid, "exponential": torch.exp,
            "hard_tanh": F.hardtanh, "tanh_shrink": F.tanhshrink,
            "leaky_relu": lambda t: F.leaky_relu(t, 0.2),
            "softmax": lambda t: torch.softmax(t, axis),
            "log_softmax": lambda t: torch.log_softmax(t, axis)}
    if name not in acts:
        raise Unsupported(f"activation {name}")
    return acts[name]


def _torch_op(op: Op):
    import torch
    import torch.nn.functional as F
    a = op.args
    if op.kind in ("conv", "conv_t"):
        rank = len(a["strides"])
        w = torch.from_numpy(a["w"])
        b = None if a["b"] is None else torch.from_numpy(a["b"])
    if op.kind == "conv":
        conv = (F.conv1d, F.conv2d, F.conv3d)[rank - 1]
        if all(p == q for p, q in a["pads"]):
            padding, flat = [p for p, _ in a["pads"]], None
        else:   # asymmetric (Keras same, causal): pad first, then a valid convolution
            padding, flat = 0, [v for p in reversed(a["pads"]) for v in p]
        s, d, g = a["strides"], a["dilations"], a["groups"]
        if flat is None:
            return lambda t: conv(t, w, b, s, padding, d, g)
        return lambda t: conv(F.pad(t, flat), w, b, s, 0, d, g)
    if op.kind == "conv_t":
        conv_t = (F.conv_transpose1d, F.conv_transpose2d, F.conv_transpose3d)[rank - 1]
        cut = (slice(None), slice(None)) + tuple(slice(c, c + o)
                                                 for c, o in zip(a["crop"], a["out"]))
        s, d, tail = a["strides"], a["dilations"], a["tail"]
        return lambda t: conv_t(t, w, b, s, 0, tail, 1, d)[cut]
    if op.kind == "pad":
        flat = [v for p in reversed(op.args["pads"]) for v in p]
        return lambda t: F.pad(t, flat)
    if op.kind == "crop":
        cut = (slice(None), slice(None)) + tuple(slice(p, n - q) for (p, q), n in
                                                 zip(a["amounts"], a["spatial"]))
        return lambda t: t[cut]
    if op.kind == "nearest":   # floor(j * n / (n * f)) = j // f: repetition
        return lambda t: F.interpolate(t, scale_factor=tuple(map(float, a["size"])),
                                       mode="nearest")
    if op.kind == "resize":
        if a["method"] != "bilinear":   # torch's bicubic is Keys a=-0.75, Keras's a=-0.5
            raise Unsupported(f"{a['method']} resize")
        return lambda t: F.interpolate(t, size=tuple(a["out"]), mode="bilinear",
                                       align_corners=False)
    if op.kind == "perm":
        return lambda t: t.permute(*a["perm"])
    return _torch_act(a["name"], a["axis"])


def torch_peer(spec: Spec, x: np.ndarray, weights: Sequence[np.ndarray],
               threads: int = 1) -> PeerRun:
    """PyTorch (oneDNN) on ``threads`` threads (intra-op; set for each call, since the setting
    is the process's): torch.nn.functional on NCHW tensors."""
    import torch
    if route(spec) != "layers":
        raise Unsupported("whole models run in ONNX Runtime and LiteRT only (no PyTorch "
                          "route but Keras's own layers)")
    fns = [_torch_op(op) for op in lower(spec, weights)]
    xt = torch.from_numpy(_nc_input(spec, x))

    def call():
        if torch.get_num_threads() != threads:
            torch.set_num_threads(threads)
        with torch.inference_mode():
            t = xt
            for fn in fns:
                t = fn(t)
            return t

    return call, lambda y: _nc_output(spec, y.contiguous().numpy())


class _Graph:
    """An ONNX graph under construction: nodes, initializers, fresh names."""

    def __init__(self):
        self.nodes, self.inits, self.count = [], [], 0

    def const(self, value, dtype=np.float32) -> str:
        from onnx import numpy_helper
        name = f"c{len(self.inits)}"
        self.inits.append(numpy_helper.from_array(np.asarray(value, dtype), name))
        return name

    def node(self, op_type: str, inputs: Sequence[str], **attrs) -> str:
        from onnx import helper
        self.count += 1
        out = f"t{self.count}"
        self.nodes.append(helper.make_node(op_type, list(inputs), [out], **attrs))
        return out


def _onnx_act(g: _Graph, t: str, name: str, axis: int) -> str:
    simple = {"relu": "Relu", "tanh": "Tanh", "sigmoid": "Sigmoid", "softplus": "Softplus",
              "softsign": "Softsign", "exponential": "Exp", "mish": "Mish",
              "hard_silu": "HardSwish", "hard_swish": "HardSwish"}
    if name in simple:
        return g.node(simple[name], [t])
    if name == "relu6":
        return g.node("Clip", [t, g.const(0.0), g.const(6.0)])
    if name in ("silu", "swish"):
        return g.node("Mul", [t, g.node("Sigmoid", [t])])
    if name == "elu":
        return g.node("Elu", [t], alpha=1.0)
    if name == "selu":
        return g.node("Selu", [t], alpha=1.6732632423543772, gamma=1.0507009873554805)
    if name == "leaky_relu":
        return g.node("LeakyRelu", [t], alpha=0.2)
    if name == "hard_sigmoid":
        return g.node("HardSigmoid", [t], alpha=1.0 / 6.0, beta=0.5)
    if name == "gelu":   # exact erf form
        erf = g.node("Erf", [g.node("Mul", [t, g.const(math.sqrt(0.5))])])
        return g.node("Mul", [g.node("Mul", [t, g.const(0.5)]),
                              g.node("Add", [erf, g.const(1.0)])])
    if name in ("softmax", "log_softmax"):
        return g.node("Softmax" if name == "softmax" else "LogSoftmax", [t], axis=axis)
    raise Unsupported(f"activation {name}")


def _onnx_op(g: _Graph, t: str, op: Op) -> str:
    a = op.args
    if op.kind == "conv":
        inputs = [t, g.const(a["w"])] + ([] if a["b"] is None else [g.const(a["b"])])
        return g.node("Conv", inputs, kernel_shape=list(a["w"].shape[2:]),
                      strides=a["strides"], dilations=a["dilations"], group=a["groups"],
                      pads=[p for p, _ in a["pads"]] + [q for _, q in a["pads"]])
    if op.kind == "conv_t":
        inputs = [t, g.const(a["w"])] + ([] if a["b"] is None else [g.const(a["b"])])
        ends = [f + q - c - o for f, q, c, o in zip(a["full"], a["tail"], a["crop"], a["out"])]
        return g.node("ConvTranspose", inputs, kernel_shape=list(a["w"].shape[2:]),
                      strides=a["strides"], dilations=a["dilations"],
                      pads=a["crop"] + ends, output_padding=a["tail"])
    if op.kind == "pad":
        pads = [0, 0] + [p for p, _ in a["pads"]] + [0, 0] + [q for _, q in a["pads"]]
        return g.node("Pad", [t, g.const(pads, np.int64)], mode="constant")
    if op.kind == "crop":
        starts = [p for p, _ in a["amounts"]]
        ends = [n - q for (_, q), n in zip(a["amounts"], a["spatial"])]
        axes = list(range(2, 2 + len(starts)))
        return g.node("Slice", [t, g.const(starts, np.int64), g.const(ends, np.int64),
                                g.const(axes, np.int64)])
    if op.kind == "nearest":
        scales = g.const([1.0, 1.0] + [float(f) for f in a["size"]])
        return g.node("Resize", [t, "", scales], mode="nearest",
                      coordinate_transformation_mode="asymmetric", nearest_mode="floor")
    if op.kind == "resize":
        modes = {"bilinear": dict(mode="linear"),
                 "bicubic": dict(mode="cubic", cubic_coeff_a=-0.5, exclude_outside=1)}
        if a["method"] not in modes:
            raise Unsupported(f"{a['method']} resize")
        shape = g.node("Shape", [t], end=2)
        sizes = g.node("Concat", [shape, g.const(a["out"], np.int64)], axis=0)
        return g.node("Resize", [t, "", "", sizes], coordinate_transformation_mode="half_pixel",
                      **modes[a["method"]])
    if op.kind == "perm":
        return g.node("Transpose", [t], perm=a["perm"])
    return _onnx_act(g, t, a["name"], a["axis"])


def onnx_model(spec: Spec, weights: Sequence[np.ndarray]):
    """The chain as an ONNX model (opset 18) on an NC... input ``x``, output ``y``."""
    from onnx import TensorProto, helper
    g = _Graph()
    t = "x"
    for op in lower(spec, weights):
        t = _onnx_op(g, t, op)
    g.nodes.append(helper.make_node("Identity", [t], ["y"]))
    first = spec.layers[0]
    nc_shape = list(np.transpose(np.empty([spec.batch, *spec.input_shape], np.uint8),
                                 to_channels_first(first.data_format, first.rank)).shape)
    graph = helper.make_graph(g.nodes, spec.name,
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, nc_shape)],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
                              initializer=g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)],
                              producer_name=f"convgen {__version__}")
    model.ir_version = 9   # what ONNX Runtime releases of the last years all read
    return model


def _ort_session(content: bytes, threads: int = 1):
    import onnxruntime as ort
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(content, options, providers=["CPUExecutionProvider"])


def onnxruntime_peer(spec: Spec, x: np.ndarray, weights: Sequence[np.ndarray],
                     raw: Optional[Mapping[str, Any]] = None, threads: int = 1) -> PeerRun:
    """ONNX Runtime's CPU provider, ``threads`` intra-op threads (inter-op 1, sequential
    execution): the lowered chain built
    with ``onnx.helper`` (route ``layers``), else Keras's own ONNX export of the spec's
    model (:func:`keras_onnx`; ``raw``, the spec's mapping, is needed then)."""
    if route(spec) == "model":
        if raw is None:
            raise ValueError("a whole model needs the spec's mapping (raw)")
        session = _ort_session(keras_onnx(spec, raw, weights), threads)
        feed = {session.get_inputs()[0].name: np.ascontiguousarray(x, np.float32)}
        return (lambda: session.run(None, feed)[0]), np.asarray
    session = _ort_session(onnx_model(spec, weights).SerializeToString(), threads)
    feed = {"x": _nc_input(spec, x)}
    return (lambda: session.run(None, feed)[0]), (lambda y: _nc_output(spec, y))


def _export_onnx_here(spec: Spec, raw: Mapping[str, Any], weights, path: Path) -> None:
    """``model.export(path, format="onnx")`` in this process (Keras on the torch backend),
    the batch fixed to the spec's."""
    import keras

    from .keras_model import keras_model
    model = keras_model(spec, raw, weights)
    signature = [keras.InputSpec(shape=(spec.batch, *spec.input_shape), dtype="float32")]
    quiet = logging.getLogger("torch.onnx")   # "torchvision is not installed" notices
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            model.export(str(path), format="onnx", verbose=False, input_signature=signature)
    finally:
        quiet.setLevel(level)


def keras_onnx(spec: Spec, raw: Mapping[str, Any], weights: Sequence[np.ndarray]) -> bytes:
    """The spec's Keras model exported by Keras itself to ONNX (torch backend, which goes
    through ``torch.onnx.export``; needs ``onnxscript``). Done in this process when Keras
    runs on torch here (or is not imported yet and can), else in a subprocess with
    ``KERAS_BACKEND=torch`` (the LiteRT venv runs Keras on TensorFlow)."""
    backend = _keras_backend_here()
    with tempfile.TemporaryDirectory(prefix="convgen-onnx-") as tmp:
        out = Path(tmp, "model.onnx")
        if backend == "torch":
            _export_onnx_here(spec, raw, weights, out)
        else:
            import yaml
            mapping = {k: v for k, v in raw.items() if k != "weights"}
            mapping.update(name=spec.name, input_shape=list(spec.input_shape),
                           batch=spec.batch)
            Path(tmp, "spec.yaml").write_text(yaml.safe_dump(dict(mapping), sort_keys=False))
            np.savez(Path(tmp, "weights.npz"), *[np.asarray(w, np.float32) for w in weights])
            env = dict(os.environ, KERAS_BACKEND="torch")
            root = str(Path(__file__).resolve().parent.parent)
            env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH"))
                                                if p)
            done = subprocess.run([sys.executable, "-m", "convgen.peers", "export-onnx", tmp],
                                  capture_output=True, text=True, env=env)
            if done.returncode != 0:
                lines = [line for line in done.stderr.splitlines() if line.strip()]
                raise RuntimeError("Keras ONNX export (KERAS_BACKEND=torch subprocess): "
                                   + (lines[-1] if lines else f"exit {done.returncode}"))
        return out.read_bytes()


def _quiet_tensorflow() -> None:
    """TensorFlow only traces and converts here (a failed conversion raises with its own
    message): keep its C++ logs and oneDNN notice off stderr. Both are read when it is first
    imported (by Keras on its TensorFlow backend too); a value already set wins."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")


def _keras_backend_here() -> Optional[str]:
    """The backend Keras runs on in this process (importing Keras if needed, on torch when
    $KERAS_BACKEND names none and the configured one is not installed)."""
    from .keras_import import _import_keras
    _quiet_tensorflow()
    return _import_keras().backend.backend()


def _export_onnx_main(folder: str) -> int:
    """``python -m convgen.peers export-onnx DIR``: DIR/spec.yaml and DIR/weights.npz to
    DIR/model.onnx (the subprocess of :func:`keras_onnx`)."""
    from .spec import parse_spec
    folder_path = Path(folder)
    spec = parse_spec((folder_path / "spec.yaml").read_text(), source="spec.yaml")
    import yaml
    raw = yaml.safe_load((folder_path / "spec.yaml").read_text())
    with np.load(folder_path / "weights.npz") as data:
        weights = [data[f"arr_{i}"] for i in range(len(data.files))]
    _export_onnx_here(spec, raw, weights, folder_path / "model.onnx")
    return 0


def _keras_channels_last(spec: Spec, raw: Mapping[str, Any]):
    """The spec's layers as a Keras model on channels-last tensors, LiteRT's own layout (the
    converter wraps a channels_first convolution in transposes, and fails on 1D and 3D ones).
    A channels_first layer is rebuilt as channels_last (the same weights fit), its last-axis
    activation (softmax...) applied on the axis that was last; a ``Permute`` stands where the
    chain's data_format changes, as in :func:`lower`."""
    import keras
    first = spec.layers[0]
    shape = np.array([spec.batch, *spec.input_shape])[list(to_channels_last(first.data_format,
                                                                            first.rank))]
    stack = [keras.Input(batch_shape=tuple(int(n) for n in shape))]
    current = first.data_format
    for layer, item in zip(spec.layers, raw["layers"]):
        r = layer.rank
        if layer.data_format != current:
            perm = np.array(from_channels_last(current, r))[list(to_channels_last(
                layer.data_format, r))]
            stack.append(keras.layers.Permute(tuple(int(p) for p in perm[1:])))
            current = layer.data_format
        args = {k: v for k, v in item.items() if k != "type"}
        after = []
        if layer.data_format == "channels_first":
            args["data_format"] = "channels_last"
            if layer.activation in LAST_AXIS:
                fn = keras.activations.get(layer.activation)
                args["activation"] = None
                after.append(keras.layers.Activation(lambda t, fn=fn, r=r: fn(t, axis=r)))
        stack += [getattr(keras.layers, item["type"])(**args), *after]
    return keras.Sequential(stack)


def _outside_xnnpack(interpreter) -> List[str]:
    """The ops ``interpreter`` runs with LiteRT's own kernels rather than in the XNNPACK
    delegate: walk back from the outputs, through a delegate node wherever one produces a
    tensor (the replaced nodes stay listed, before it). Delegation happens in
    ``allocate_tensors``; ``_get_ops_details`` is the only view of it from Python."""
    producer = {}
    for op in interpreter._get_ops_details():
        for t in op["outputs"]:
            producer[t] = op
    outside, seen = [], set()
    todo = [d["index"] for d in interpreter.get_output_details()]
    while todo:
        op = producer.get(todo.pop())
        if op is None or op["index"] in seen:
            continue
        seen.add(op["index"])
        if op["op_name"] != "DELEGATE":
            outside.append(op["op_name"])
        todo += [t for t in op["inputs"] if t >= 0]
    return sorted(set(outside))


def litert_peer(spec: Spec, x: np.ndarray, weights: Sequence[np.ndarray],
                raw: Mapping[str, Any], threads: int = 1) -> Tuple[PeerRun, str]:
    """LiteRT's interpreter (``ai_edge_litert``) with its default XNNPACK delegate on
    ``threads`` threads: the spec's layers built in Keras (TensorFlow backend) on channels-last
    tensors (:func:`_keras_channels_last`, the input and output permuted outside the call), or for a
    whole model (route ``model``) the Keras model the spec means, and converted with
    ``TFLiteConverter.from_keras_model``. Returns the :data:`PeerRun` and a note naming the ops
    XNNPACK does not take ("" when it takes them all). A layer the converter can only express
    with TF Select ops (bicubic resize...) is :class:`Unsupported`."""
    _quiet_tensorflow()
    import keras
    if keras.backend.backend() != "tensorflow":
        raise Unsupported(f"needs KERAS_BACKEND=tensorflow, not {keras.backend.backend()}")
    import tensorflow as tf
    from ai_edge_litert.interpreter import Interpreter
    whole = route(spec) == "model"
    if whole:   # the model as Keras means it, in the spec's own layouts
        from .keras_model import keras_model
        model = keras_model(spec, raw, weights)
    else:
        model = _keras_channels_last(spec, raw)
        model.set_weights(list(weights))
    try:
        with contextlib.redirect_stdout(io.StringIO()):   # Keras's export lists its endpoints
            content = tf.lite.TFLiteConverter.from_keras_model(model).convert()
    except Exception as exc:   # the converter's ConverterError is not public
        select = re.search(r"TF Select ops: ([\w, ]+)", str(exc))
        if select is None:
            raise
        why = f"no LiteRT builtin op for {select.group(1)} (TF Select only)"
        raise Unsupported(why) from None
    interpreter = Interpreter(model_content=content, num_threads=threads)
    interpreter.allocate_tensors()
    outside = _outside_xnnpack(interpreter)
    src = interpreter.get_input_details()[0]["index"]
    dst = interpreter.get_output_details()[0]["index"]
    if whole:
        xl = np.ascontiguousarray(x, np.float32)
        convert = np.asarray
    else:
        first, last = spec.layers[0], spec.layers[-1]
        xl = np.ascontiguousarray(np.transpose(x, to_channels_last(first.data_format,
                                                                   first.rank)))

        def convert(y):
            return np.ascontiguousarray(np.transpose(y, from_channels_last(last.data_format,
                                                                           last.rank)))

    def call():
        interpreter.set_tensor(src, xl)
        interpreter.invoke()
        return interpreter.get_tensor(dst)

    return (call, convert), f"outside XNNPACK: {', '.join(outside)}" if outside else ""


def peer_available(name: str, spec: Optional[Spec] = None) -> Optional[str]:
    """None if the peer can run here (on ``spec``'s route, when given), else why not."""
    import importlib.util
    needs = {"torch": ["torch"], "onnxruntime": ["onnxruntime", "onnx"],
             "litert": ["tensorflow", "ai_edge_litert"]}[name]
    if name == "onnxruntime" and spec is not None and route(spec) == "model":
        needs = needs + ["keras", "torch", "onnxscript"]   # Keras's export, torch backend
    missing = [m for m in needs if importlib.util.find_spec(m) is None]
    return f"{', '.join(missing)} not installed" if missing else None


if __name__ == "__main__":   # the export subprocess of keras_onnx
    if len(sys.argv) != 3 or sys.argv[1] != "export-onnx":
        sys.exit("usage: python -m convgen.peers export-onnx DIR")
    sys.exit(_export_onnx_main(sys.argv[2]))
