"""The workspace planner (convgen.memory) alone, and its placements for graph specs: buffers
that are live at the same step never share bytes, the workspace is at least the largest live
set and at most the sum of everything placed."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convgen import parse_spec
from convgen.memory import Buffer, peak_live, place
from convgen.plan import make_plan
from convgen.summary import all_intermediates


def _check(buffers, offsets, total):
    for b in buffers:
        assert 0 <= offsets[b.name] and offsets[b.name] + b.size <= total
    for i, a in enumerate(buffers):
        for b in buffers[i + 1:]:
            if a.meets(b):
                lo_a, lo_b = offsets[a.name], offsets[b.name]
                assert lo_a + a.size <= lo_b or lo_b + b.size <= lo_a, (a, b, offsets)
    assert peak_live(buffers) <= total <= sum(b.size for b in buffers)


@st.composite
def lifetimes(draw):
    n = draw(st.integers(0, 12))
    out = []
    for k in range(n):
        first = draw(st.integers(0, 10))
        out.append(Buffer(f"b{k}", draw(st.integers(1, 1000)), first,
                          first + draw(st.integers(0, 5))))
    return out


@settings(max_examples=200, deadline=None, database=None)
@given(buffers=lifetimes())
def test_placement_never_overlaps_live_buffers(buffers):
    offsets, total = place(buffers)
    _check(buffers, offsets, total)


def test_disjoint_lifetimes_share_bytes():
    # a chain's intermediates: each live from its writer to its one reader
    chain = [Buffer(f"t{k}", 100, k, k + 1) for k in range(6)]
    offsets, total = place(chain)
    assert total == 200   # two at a time, never the sum of 600
    _check(chain, offsets, total)


def test_empty():
    assert place([]) == ({}, 0)


# Graphs whose tensors live across several steps: a skip around two convolutions, fan-out
# into three branches, a U-Net-like concatenation of an early tensor with a late one.
GRAPHS = {
    "skip": [
        {"type": "Conv2D", "name": "a", "filters": 8, "kernel_size": 3, "padding": "same"},
        {"type": "Conv2D", "name": "b", "filters": 8, "kernel_size": 3, "padding": "same"},
        {"type": "Conv2D", "name": "c", "filters": 8, "kernel_size": 3, "padding": "same"},
        {"type": "Add", "inputs": ["a", "c"]},
    ],
    "fan_out": [
        {"type": "Conv2D", "name": "stem", "filters": 8, "kernel_size": 1},
        {"type": "Conv2D", "name": "p", "filters": 8, "kernel_size": 3, "padding": "same",
         "inputs": ["stem"]},
        {"type": "Conv2D", "name": "q", "filters": 8, "kernel_size": 1, "inputs": ["stem"]},
        {"type": "DepthwiseConv2D", "name": "r", "kernel_size": 3, "padding": "same",
         "inputs": ["stem"]},
        {"type": "Average", "inputs": ["p", "q", "r"]},
        {"type": "Conv2D", "filters": 4, "kernel_size": 1},
    ],
    "unet": [
        {"type": "Conv2D", "name": "e1", "filters": 8, "kernel_size": 3, "padding": "same"},
        {"type": "Conv2D", "name": "down", "filters": 16, "kernel_size": 3, "strides": 2,
         "padding": "same"},
        {"type": "Conv2D", "name": "mid", "filters": 16, "kernel_size": 3, "padding": "same"},
        {"type": "UpSampling2D", "name": "up"},
        {"type": "Concatenate", "name": "cat", "inputs": ["up", "e1"]},
        {"type": "Conv2D", "filters": 4, "kernel_size": 1},
    ],
}


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_graph_plan(name):
    spec = parse_spec({"name": name, "input_shape": [12, 12, 4], "layers": GRAPHS[name]})
    plan = make_plan(spec)
    _check(list(plan.buffers), plan.offsets, plan.workspace_size)
    assert plan.workspace_size <= all_intermediates(spec) + sum(
        s.scratch_size for s in plan.steps)
    # the skip tensor of "skip" lives across three steps: never below the live set
    assert plan.workspace_size >= peak_live(list(plan.buffers))
