"""The activation names a Keras 3 layer accepts as ``activation=`` strings.

Definitions live twice, on purpose apart: in float64 NumPy in :mod:`convgen.reference` and in
C in ``templates/convgen_helpers.h``. This module only says which names exist and how each
acts on a tensor.
"""

from __future__ import annotations

from typing import Dict

# Elementwise activations: name -> C helper applied to each output value.
ELEMENTWISE: Dict[str, str] = {
    "linear": "cg_linear",
    "relu": "cg_relu",
    "relu6": "cg_relu6",
    "leaky_relu": "cg_leaky_relu",   # negative_slope 0.2 (the LeakyReLU layer's 0.3 differs)
    "elu": "cg_elu",
    "selu": "cg_selu",
    "celu": "cg_celu",
    "sigmoid": "cg_sigmoid",
    "hard_sigmoid": "cg_hard_sigmoid",
    "log_sigmoid": "cg_log_sigmoid",
    "sparse_sigmoid": "cg_sparse_sigmoid",
    "tanh": "cg_tanh",
    "hard_tanh": "cg_hard_tanh",
    "tanh_shrink": "cg_tanh_shrink",
    "softplus": "cg_softplus",
    "softsign": "cg_softsign",
    "silu": "cg_silu",
    "swish": "cg_silu",
    "hard_silu": "cg_hard_silu",
    "hard_swish": "cg_hard_silu",
    "gelu": "cg_gelu",               # exact erf form: the string's default approximate=False
    "mish": "cg_mish",
    "exponential": "cg_exponential",
    "squareplus": "cg_squareplus",
    "sparse_plus": "cg_sparse_plus",
    "hard_shrink": "cg_hard_shrink",
    "soft_shrink": "cg_soft_shrink",
}

# Elementwise activations with a vector form too (templates/vector_helpers.c.j2): the
# vector paths apply these to whole vectors as they store them.
VECTORISED = frozenset({
    "linear", "relu", "relu6", "leaky_relu", "sigmoid", "hard_sigmoid", "sparse_sigmoid",
    "tanh", "hard_tanh", "softsign", "silu", "swish", "hard_silu", "hard_swish",
    "hard_shrink", "soft_shrink",
})


# Those cheap enough to apply to accumulators still in registers (a register or two of
# constants); the others run in a pass over each finished row, as their constants would
# otherwise take the accumulators' registers.
IN_REGISTERS = frozenset({"linear", "relu", "relu6"})


def vector_form(name: str) -> str:
    """The vector helper's suffix (``cg_v16_<suffix>``) of elementwise activation ``name``,
    "" if it has none."""
    return ELEMENTWISE[name][len("cg_"):] if name in VECTORISED else ""


# Activations over the last axis of the layer's output (a spatial axis under
# channels_first), applied as a pass over contiguous rows: name -> C helper.
LAST_AXIS: Dict[str, str] = {
    "softmax": "cg_softmax_rows",
    "log_softmax": "cg_log_softmax_rows",
    "sparsemax": "cg_sparsemax_rows",
    "glu": "cg_glu_rows",            # halves the last axis
}

# Names Keras knows but that need arguments a string cannot give.
REFUSED: Dict[str, str] = {
    "threshold": "needs 'threshold' and 'default_value' arguments, which a string cannot give",
}

ACCEPTED = sorted(ELEMENTWISE) + sorted(LAST_AXIS)


def halves_last_axis(name: str) -> bool:
    return name == "glu"
