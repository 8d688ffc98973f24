"""``convgen summary``: a per-layer table like Keras ``model.summary()``, plus MACs, the
bytes of each intermediate buffer, what was fused, and totals."""

from __future__ import annotations

import math
from typing import List, Sequence, Tuple

from . import dtypes, threads
from .graph import Node
from .plan import Plan, make_plan
from .spec import Spec, default_layer_name  # noqa: F401  (import-keras uses it from here)


def layer_names(spec: Spec) -> List[str]:
    """Keras's names of the spec's layers: its ``name``, or ``conv2d``, ``conv2d_1``, ..."""
    return [node.name for node in spec.graph.nodes]


def _shape(shape: Sequence[int]) -> str:
    return "(" + ", ".join(str(v) for v in shape) + ")"


def _bytes(count: int) -> str:
    return f"{dtypes.nbytes(count):,} B"


def _role(plan: Plan, node: Node) -> Tuple[str, List[str]]:
    """(Buffer column, notes) of a node: where its output lives and what was fused."""
    graph, fusion = plan.spec.graph, plan.fusion
    name = {n.index: n.name for n in graph.nodes}
    if node.index in fusion.folded:
        return "-", [f"folded into {name[fusion.folded[node.index]]}'s bounds (no copy)"]
    if node.index in fusion.aliased:
        return "-", [f"no step, no copy: the memory of {fusion.aliased[node.index].name}"]
    notes = []
    # where a node without a step of its own is computed
    if node.index in fusion.bn:
        notes.append(f"folded into {name[fusion.bn[node.index]]}")
    if node.index in fusion.act:
        notes.append(f"applied in {name[fusion.act[node.index]]}'s store")
    if node.index in fusion.residual:
        notes.append(f"computed in {name[fusion.residual[node.index][0]]}'s store")
    if node.index in fusion.post_act:
        add = fusion.post_act[node.index]
        notes.append(f"applied in {name[fusion.residual[add][0]]}'s store after the sum "
                     f"({name[add]})")
    if node.index in fusion.pooled:
        notes.append(f"computed in {name[fusion.pooled[node.index]]}'s step, band by band")
    # what a node's step does beyond its own layer
    bn = fusion.folds_bn(node.index)
    if bn is not None:
        notes.append(f"{name[bn]} folded into its weights")
    act = fusion.applies_act(node.index)
    if act is not None:
        notes.append(f"{name[act]} ({fusion.act_as[node.index]}) applied in its store")
    elif getattr(node.layer, "activation", "linear") != "linear":
        notes.append(f"{node.layer.activation} fused")
    add = next((a for a, (p, _) in fusion.residual.items() if p == node.index), None)
    if add is not None:
        notes.append(f"{name[add]} (Add) fused into its store")
        post = fusion.post_act_of(add)
        if post is not None:
            notes.append(f"then {name[post]} ({graph.nodes[post].layer.as_string()}) on the "
                         "sum")
    pool = fusion.pools(node.index)
    if pool is not None:
        notes.append(f"{name[pool]} ({graph.nodes[pool].layer.type}) fused: pooled from bands "
                     "of its rows, no full-size output")
    if node.index in fusion.in_place:
        concat = graph.nodes[fusion.in_place[node.index][0]]
        notes.append(f"writes its slice of {concat.name} (no copy)")
        return "-", notes
    if node.kind.name == "concatenate":
        placed = sum(graph.producer(t) is not None and graph.producer(t).index in fusion.in_place
                     for t in node.inputs)
        if placed:
            notes.append(f"{placed} of {len(node.inputs)} inputs written in place")
    step = next((s for s in plan.steps if s.index == node.index), None)
    if step is not None and step.context.get("schedule_note"):
        notes.append(step.context["schedule_note"])   # a schedule the plan chose (Winograd)
    if step is not None and step.scratch_size:
        notes.append(f"scratch {_bytes(step.scratch_size)}")
    if step is not None and threads.note(step):
        notes.append(threads.note(step))
    if node.output is graph.output:
        return "output", notes
    if node.output.name not in plan.placement:   # never stored: fused into a later store
        return "-", notes
    return _bytes(graph.batch * node.output.type.elements), notes


def summary(spec: Spec, target=None) -> str:
    """The text of ``convgen summary``: Keras's columns (with "Connected to" for a graph that
    is not a chain, as Keras prints functional models), then MACs, buffers and fusion, as the
    plan of ``target`` (a profile or its name; default ``any``) schedules them."""
    plan = make_plan(spec, target=target)
    graph = spec.graph
    connected = not graph.is_chain()
    header = ["Layer (type)", "Output Shape", "Param #", "MACs", "Buffer", "Notes"]
    if connected:
        header.insert(3, "Connected to")
    rows = [tuple(header)]
    total_params = total_macs = 0
    for node in graph.nodes:
        params = sum(math.prod(s) for _, s in node.weight_shapes())
        macs = node.macs() * graph.batch
        total_params += params
        total_macs += macs
        buffer, notes = _role(plan, node)
        row = [f"{node.name} ({node.layer.type})", _shape((graph.batch, *node.output.shape)),
               f"{params:,}", f"{macs:,}", buffer, ", ".join(notes)]
        if connected:
            row.insert(3, ", ".join(f"{t.name}[0][0]" for t in node.inputs))
        rows.append(tuple(row))
    columns = len(header)
    widths = [max(len(r[c]) for r in rows) for c in range(columns)]
    aligns = ["<", "<", ">"] + (["<"] if connected else []) + [">", ">", "<"]

    def line(r) -> str:
        return "  ".join(f"{v:{a}{w}}" for v, a, w in zip(r, aligns, widths)).rstrip()

    rule = "-" * len(line(rows[0]).ljust(sum(widths) + 2 * (columns - 1)))
    title = f'Model: "{spec.name}"  ({spec.source.name})'
    if not plan.target.default:
        title += f"  target {plan.target.name}"
    out = [title, rule, line(rows[0]),
           rule.replace("-", "=")]
    out += [line(r) for r in rows[1:]]
    out += [rule,
            f"Input:  {_shape((graph.batch, *graph.input.shape))}  {_bytes(plan.input_size)}",
            f"Output: {_shape((graph.batch, *graph.output.shape))}  {_bytes(plan.output_size)}",
            f"Total params: {total_params:,}",
            f"Total MACs: {total_macs:,}",
            f"Weight bytes: {_bytes(plan.weights_size)}",
            f"Peak workspace: {_bytes(plan.workspace_size)} "
            f"({plan.workspace_size:,} floats; the sum of all intermediates would be "
            f"{_bytes(all_intermediates(spec))})",
            _threads_line(plan)]
    return "\n".join(out)


def _threads_line(plan: Plan) -> str:
    split = [s for s in plan.steps
             if any(threads.parallel(t, c) for t, c in threads.functions(s))]
    return (f"Threads (OpenMP builds): {len(split)} of {len(plan.steps)} steps split their "
            f"output over the team (at least {threads.MIN_MACS:,} MACs a call); the rest run "
            "on one thread")


def all_intermediates(spec: Spec) -> int:
    """Elements of every tensor between the input and the output, batch included."""
    graph = spec.graph
    return sum(graph.batch * n.output.type.elements for n in graph.nodes
               if n.output is not graph.output)
