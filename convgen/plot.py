"""``convgen summary --plot FILE.png``: per-layer cost of each spec as a bar chart.

Two panels per spec, one bar row per layer: MACs, and memory bytes (the layer's output
tensor, marked where it lives: the workspace, the caller's output buffer, or nowhere when no
step stores it — folded into window bounds or weights, computed inside a later step's store
(an activation, a sum, a pooling's band), aliased or written in place; and its weights). Needs
matplotlib, which is optional: :class:`PlotUnavailable` says how to install it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence, Union

from . import dtypes
from .plan import make_plan
from .spec import Spec

INSTALL_HINT = "--plot needs matplotlib, which is not installed: pip install matplotlib"


class PlotUnavailable(ImportError):
    """matplotlib cannot be imported."""


@dataclass(frozen=True)
class LayerCost:
    name: str
    type: str
    macs: int
    output_bytes: int
    weight_bytes: int
    where: str   # "workspace", "output" or "folded"


def layer_costs(spec: Spec) -> List[LayerCost]:
    """Per layer (batch included): MACs, output and weight bytes, where the output lives."""
    plan = make_plan(spec)
    graph = spec.graph
    rows = []
    for node in graph.nodes:
        params = sum(math.prod(s) for _, s in node.weight_shapes())
        # no buffer: folded or fused into a later store, or written in place / aliased
        fusion = plan.fusion
        where = ("output" if node.output is graph.output
                 else "folded" if node.output.name not in plan.placement
                 or node.index in fusion.folded or node.index in fusion.aliased
                 or node.index in fusion.in_place
                 else "workspace")
        rows.append(LayerCost(node.name, node.layer.type, node.macs() * graph.batch,
                              graph.nbytes(node.output), dtypes.nbytes(params), where))
    return rows


def _pyplot():
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotUnavailable(INSTALL_HINT) from None
    return plt


def check_available() -> None:
    """Raise :class:`PlotUnavailable` now rather than after the work is done."""
    _pyplot()


_COLORS = {"workspace": "#1f77b4", "output": "#2ca02c", "folded": "#c7c7c7",
           "weights": "#ff7f0e", "macs": "#9467bd"}


def plot(specs: Sequence[Spec], path: Union[str, Path]) -> Path:
    """Draw every spec's per-layer cost into one PNG at ``path``; return the path."""
    plt = _pyplot()
    from matplotlib.patches import Patch
    from matplotlib.ticker import EngFormatter

    path = Path(path)
    costs = [layer_costs(spec) for spec in specs]
    heights = [1.2 + 0.32 * len(c) for c in costs]
    fig, axes = plt.subplots(len(specs), 2, figsize=(11, sum(heights) + 0.6), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    for (ax_macs, ax_mem), spec, rows in zip(axes, specs, costs):
        y = list(range(len(rows)))
        labels = [f"{r.name} ({r.type})" for r in rows]
        ax_macs.barh(y, [r.macs for r in rows], color=_COLORS["macs"])
        ax_macs.set_yticks(y, labels, fontsize=8)
        ax_macs.invert_yaxis()
        ax_macs.set_xlabel("MACs (batch included)", fontsize=8)
        plan = make_plan(spec)
        ax_macs.set_title(f"{spec.name}: {sum(r.macs for r in rows):,} MACs", fontsize=9,
                          loc="left")
        h = 0.4
        ax_mem.barh([v - h / 2 for v in y], [r.output_bytes for r in rows], height=h,
                    color=[_COLORS[r.where] for r in rows])
        ax_mem.barh([v + h / 2 for v in y], [r.weight_bytes for r in rows], height=h,
                    color=_COLORS["weights"])
        ax_mem.set_yticks(y, [""] * len(rows))
        ax_mem.invert_yaxis()
        ax_mem.set_xlabel("bytes", fontsize=8)
        workspace = dtypes.nbytes(plan.workspace_size)
        ax_mem.axvline(workspace, color="black", linewidth=0.8, linestyle="--")
        ax_mem.set_title(f"peak workspace {workspace:,} B (dashed), weights "
                         f"{sum(r.weight_bytes for r in rows):,} B", fontsize=9, loc="left")
        for ax in (ax_macs, ax_mem):
            ax.tick_params(axis="x", labelsize=8)
            ax.xaxis.set_major_formatter(EngFormatter(sep=""))
            ax.set_xlim(left=0, right=max(ax.get_xlim()[1], 1))
    legend = [Patch(color=_COLORS[k], label=label) for k, label in (
        ("macs", "MACs"), ("workspace", "output in workspace"),
        ("output", "output (caller's buffer)"), ("folded", "folded: no buffer"),
        ("weights", "weights"))]
    fig.legend(handles=legend, loc="upper center", ncol=len(legend), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.45 / (sum(heights) + 0.6)))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
