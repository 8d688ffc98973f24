"""A spec as the Keras 3 model it means: the one builder that the benchmark peers use.

A spec's ``layers:`` are Keras layer configurations (the ``type`` names the class, every
other key but ``inputs`` is a constructor argument). :func:`keras_model` calls each layer on
the tensors its node reads (the model input, or earlier layers' outputs), in spec order, and
makes a functional ``keras.Model`` from ``keras.Input(batch_shape=(batch, *input_shape))``
to the spec's output: a chain and a graph alike. :func:`set_spec_weights` gives each layer
its own slice of the spec's flat weights (the spec's ``get_weights()`` order, layer by
layer), so the result does not depend on how Keras orders a functional model's layers.

Keras is imported here only when a model is built; the active backend is whatever
``KERAS_BACKEND`` says (torch for ONNX export, tensorflow for LiteRT conversion).
"""

from __future__ import annotations

from typing import Any, List, Mapping, Sequence

import numpy as np

from .spec import Spec

_NOT_ARGS = ("type", "inputs")


def layer_items(raw: Mapping[str, Any]) -> List[Mapping[str, Any]]:
    """The spec mapping's layer items, in spec order."""
    items = raw.get("layers") if isinstance(raw, Mapping) else None
    if not isinstance(items, list):
        raise ValueError("the spec mapping has no 'layers' list")
    return items


def keras_layers(spec: Spec, raw: Mapping[str, Any]) -> List[Any]:
    """One new Keras layer per spec layer, from the spec's own layer mappings."""
    import keras
    items = layer_items(raw)
    if len(items) != len(spec.layers):
        raise ValueError(f"the mapping has {len(items)} layers, the spec {len(spec.layers)}")
    out = []
    for item, node in zip(items, spec.graph.nodes):
        args = {k: v for k, v in item.items() if k not in _NOT_ARGS}
        if "name" not in args and not spec.graph.is_chain():
            args["name"] = node.name
        out.append(getattr(keras.layers, item["type"])(**args))
    return out


def keras_model(spec: Spec, raw: Mapping[str, Any], weights: Sequence[np.ndarray] = None):
    """The spec as a functional ``keras.Model`` with a fixed batch, its weights set to
    ``weights`` (default: the spec's own, if any). ``raw`` is the spec's mapping (its
    ``layers`` items are the Keras constructor arguments)."""
    import keras
    layers = keras_layers(spec, raw)
    x = keras.Input(batch_shape=(spec.batch, *spec.input_shape))
    tensors = {spec.graph.input.name: x}
    for node, layer in zip(spec.graph.nodes, layers):
        args = [tensors[t.name] for t in node.inputs]
        multi = node.kind.arity_of(node.layer.type)[1] != 1
        tensors[node.output.name] = layer(args if multi else args[0])
    model = keras.Model(x, tensors[spec.graph.output.name], name=spec.name)
    if weights is None:
        weights = spec.weights
    if weights is not None:
        set_spec_weights(spec, layers, weights)
    return model


def set_spec_weights(spec: Spec, layers: Sequence[Any], weights: Sequence[np.ndarray]) -> None:
    """Give each Keras layer (in spec order) its slice of the spec's flat weights."""
    arrays = [np.asarray(w, np.float32) for w in weights]
    k = 0
    for node, layer in zip(spec.graph.nodes, layers):
        n = len(node.weight_shapes())
        if n:
            layer.set_weights(arrays[k:k + n])
        k += n
    if k != len(arrays):
        raise ValueError(f"{len(arrays)} weight arrays for a spec that takes {k}")
