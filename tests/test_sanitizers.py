"""Exported models under AddressSanitizer + UndefinedBehaviorSanitizer, the portable C path
and valgrind, with no Python in the loop at run time.

Each case exports a spec (``convgen.export.export``) and runs, in the exported folder:

* ``make check`` (the generated self-checking test, static buffers) built with
  ``-fsanitize=address,undefined -fno-sanitize-recover=all``;
* a heap harness (written here, not by convgen) that gives the model ``malloc``'d buffers of
  exactly ``*_INPUT_SIZE``/``*_WEIGHTS_SIZE``/``*_OUTPUT_SIZE``/``*_WORKSPACE_SIZE`` floats (so
  any access one float outside is caught on either side), the workspace filled with NaN (a
  read of scratch before it is written poisons the output) and ``NULL`` for a zero-sized
  workspace, as the Python ``Kernel`` passes it; its output is compared with the float64
  oracle on random weights packed by ``plan.pack``.

Both must exit 0 with no sanitizer report. Cases: a table of edge shapes covering every
layer family (kernel equal to the input, stride larger than the kernel, 1-element axes, large
folded padding, batch > 1, channels_first, transposed with output_padding, bilinear/bicubic/
lanczos, glu/softmax, vector-width channel counts) and seeded random chains from
test_fuzz.py's generator; a few again with ``-DCONVGEN_PORTABLE``, with ``-march=native``
(the AVX-512 tiles, where the CPU has them) and with clang; valgrind on the exported test and
on the harness with an uninitialised workspace. The ``slow`` sweep runs 240 random chains.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any, Dict, Optional

import numpy as np
import pytest
from conftest import assert_close
from test_fuzz import RandomDraw, make_chain

import convgen
from convgen.export import export
from convgen.plan import make_plan
from convgen.verify import random_input, random_weights

SANITIZE = ("-std=c99 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all "
            "-fno-omit-frame-pointer")
PLAIN = "-std=c99 -O1 -g"
STRICT = "-std=c99 -O2 -Wall -Wextra -Werror -pedantic"
# Not detect_stack_use_after_return: gcc 12's fake stack frames are only 32-byte aligned,
# while -march=native (AVX-512) code keeps 64-byte-aligned locals and spills with vmovaps,
# which then faults (#GP reported as SEGV) inside correct code. No convgen local escapes.
ENV = dict(os.environ,
           ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1:"
                        "check_initialization_order=1:detect_stack_use_after_return=0",
           UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
REPORTS = re.compile(r"AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|"
                     r"runtime error:|Invalid (read|write)|uninitialised|definitely lost|"
                     r"ERROR SUMMARY: [1-9]")

needs_gcc = pytest.mark.skipif(not (shutil.which("gcc") and shutil.which("make")),
                               reason="needs gcc and make")

HARNESS = r"""/* Heap harness (tests/test_sanitizers.py): exact-size malloc'd buffers. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "@NAME@.h"

static float *load(const char *path, long count)
{
    float *p = malloc((size_t)(count > 0 ? count : 1) * sizeof(float));
    FILE *f = fopen(path, "rb");
    if (!p || !f || (count > 0 && fread(p, sizeof(float), (size_t)count, f) != (size_t)count)) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(2);
    }
    fclose(f);
    return p;
}

int main(int argc, char **argv)
{
    float *input, *weights, *output, *workspace = NULL;
    long i;
    FILE *f;
    if (argc != 5) return 2;
    input = load(argv[1], @UNAME@_INPUT_SIZE);
    weights = load(argv[2], @UNAME@_WEIGHTS_SIZE);
    output = malloc(@UNAME@_OUTPUT_SIZE * sizeof(float));
    for (i = 0; i < @UNAME@_OUTPUT_SIZE; ++i) output[i] = NAN;
    if (@UNAME@_WORKSPACE_SIZE > 0) {
        workspace = malloc((size_t)(@UNAME@_WORKSPACE_SIZE > 0 ? @UNAME@_WORKSPACE_SIZE : 1)
                           * sizeof(float));
        if (strcmp(argv[4], "nan") == 0)   /* else left uninitialised (valgrind) */
            for (i = 0; i < @UNAME@_WORKSPACE_SIZE; ++i) workspace[i] = NAN;
    }
    if (@NAME@(input, weights, output, workspace) != 0) return 3;
    f = fopen(argv[3], "wb");
    if (!f || fwrite(output, sizeof(float), @UNAME@_OUTPUT_SIZE, f) != @UNAME@_OUTPUT_SIZE)
        return 2;
    fclose(f);
    free(input);
    free(weights);
    free(output);
    free(workspace);
    return 0;
}
"""


def _run(cmd, folder: Path, timeout: int = 600) -> str:
    done = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=timeout,
                          env=ENV)
    out = done.stdout + done.stderr
    assert done.returncode == 0, f"{' '.join(map(str, cmd))} exited {done.returncode}:\n{out}"
    assert not REPORTS.search(out), out
    return out


def check_exported(raw: Dict[str, Any], tmp_path: Path, cflags: str = SANITIZE,
                   cc: str = "gcc", run: Optional[str] = None, workspace: str = "nan") -> None:
    """Export ``raw``; ``make check`` it and run the heap harness against the oracle."""
    spec = convgen.parse_spec(raw, source="sanitizers.yaml")
    plan = make_plan(spec)
    folder = export(plan, tmp_path)
    if cc == "gcc":   # the README's promise, on every spec here: warning-free C99
        _run(["gcc", *STRICT.split(), "-c", f"{spec.name}.c", "-o", os.devnull], folder)
    out = _run(["make", "-s", "-C", str(folder), "check", f"CC={cc}", f"CFLAGS={cflags}"]
               + ([f"RUN={run}"] if run else []), folder)
    assert ": PASS" in out, out
    check_harness(plan, folder, cflags, cc, run, workspace)


def check_harness(plan, folder: Path, cflags: str = SANITIZE, cc: str = "gcc",
                  run: Optional[str] = None, workspace: str = "nan") -> None:
    spec = plan.spec
    rng = np.random.default_rng(len(spec.name) + plan.output_size)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    x.tofile(folder / "input.bin")
    plan.pack(weights).tofile(folder / "weights.bin")
    (folder / "harness.c").write_text(HARNESS.replace("@NAME@", spec.name)
                                      .replace("@UNAME@", spec.name.upper()))
    _run([cc, *cflags.split(), "-o", "harness", "harness.c", f"{spec.name}.c", "-lm"], folder)
    _run((run.split() if run else []) + ["./harness", "input.bin", "weights.bin", "output.bin",
                                         workspace], folder)
    got = np.fromfile(folder / "output.bin", np.float32).reshape(spec.batch, *spec.output_shape)
    assert_close(got, convgen.reference(spec, x, weights))


def spec(name: str, input_shape, layers, batch: int = 1) -> Dict[str, Any]:
    return {"name": name, "input_shape": list(input_shape), "batch": batch,
            "layers": list(layers)}


CF = {"data_format": "channels_first"}

# (id, spec): every family, and the edge shapes.
EDGES = [
    ("conv2d_kernel_eq_input_b3", spec("e", [4, 5, 3], [
        {"type": "Conv2D", "filters": 5, "kernel_size": [4, 5], "activation": "relu"}], 3)),
    ("conv1d_stride_gt_kernel", spec("e", [10, 3], [
        {"type": "Conv1D", "filters": 4, "kernel_size": 1, "strides": 3}])),
    ("conv2d_stride_gt_kernel_same_cf", spec("e", [2, 7, 8], [
        {"type": "Conv2D", "filters": 3, "kernel_size": 2, "strides": 3, "padding": "same",
         **CF}], 2)),
    ("conv3d_one_element_axes", spec("e", [1, 1, 1, 3], [
        {"type": "Conv3D", "filters": 2, "kernel_size": 3, "padding": "same"}], 2)),
    ("conv3d_cf_strided_glu", spec("e", [2, 3, 4, 8], [
        {"type": "Conv3D", "filters": 3, "kernel_size": [2, 1, 2], "strides": [1, 2, 2],
         "padding": "same", "activation": "glu", **CF}])),
    ("conv1d_causal_dilated_softmax", spec("e", [9, 2], [
        {"type": "Conv1D", "filters": 5, "kernel_size": 3, "dilation_rate": 3,
         "padding": "causal", "activation": "softmax"}], 2)),
    ("conv2d_groups_log_softmax_cf", spec("e", [4, 3, 5], [
        {"type": "Conv2D", "filters": 6, "kernel_size": [3, 2], "groups": 2, "padding": "same",
         "activation": "log_softmax", **CF}])),
    ("conv2d_wide_tiles", spec("e", [3, 11, 17], [
        {"type": "Conv2D", "filters": 33, "kernel_size": 3, "padding": "same",
         "activation": "sparsemax"}])),
    ("conv1d_wide_row_tiles", spec("e", [40, 3], [
        {"type": "Conv1D", "filters": 33, "kernel_size": 3, "padding": "same"}], 2)),
    ("transpose1d_wide_row_phases", spec("e", [23, 2], [
        {"type": "Conv1DTranspose", "filters": 17, "kernel_size": 3, "strides": 2,
         "padding": "same", "output_padding": 1}])),
    ("depthwise2d_wide_row_tiles", spec("e", [2, 37, 8], [
        {"type": "DepthwiseConv2D", "kernel_size": 3, "padding": "same"}])),
    ("separable1d_wide_row", spec("e", [31, 4], [
        {"type": "SeparableConv1D", "filters": 9, "kernel_size": 2, "strides": 2}])),
    ("depthwise1d_stride_and_dilation", spec("e", [11, 3], [
        {"type": "DepthwiseConv1D", "kernel_size": 3, "strides": 2, "dilation_rate": 2,
         "depth_multiplier": 2, "padding": "same"}])),
    ("depthwise2d_vector_channels_17", spec("e", [5, 9, 17], [
        {"type": "DepthwiseConv2D", "kernel_size": [3, 2], "strides": [1, 2], "padding": "same",
         "activation": "relu6"}], 2)),
    ("depthwise2d_kernel_eq_input_cf_softmax", spec("e", [4, 3, 3], [
        {"type": "DepthwiseConv2D", "kernel_size": [3, 3], "depth_multiplier": 2,
         "activation": "softmax", **CF}])),
    ("separable1d_cf_glu", spec("e", [3, 9], [
        {"type": "SeparableConv1D", "filters": 4, "kernel_size": 2, "depth_multiplier": 2,
         "activation": "glu", **CF}])),
    ("separable2d_rows_stride_gt_kernel", spec("e", [7, 9, 3], [
        {"type": "SeparableConv2D", "filters": 17, "kernel_size": 1, "strides": 3,
         "activation": "gelu"}], 2)),
    ("separable2d_glu_channels_last", spec("e", [5, 5, 2], [
        {"type": "SeparableConv2D", "filters": 6, "kernel_size": 3, "padding": "same",
         "activation": "glu"}])),
    ("transpose1d_one_element_op", spec("e", [1, 2], [
        {"type": "Conv1DTranspose", "filters": 3, "kernel_size": 2, "strides": 3,
         "padding": "same", "output_padding": 2}])),
    ("transpose2d_output_padding_valid", spec("e", [3, 4, 2], [
        {"type": "Conv2DTranspose", "filters": 4, "kernel_size": [3, 2], "strides": [2, 3],
         "output_padding": [1, 2], "activation": "tanh"}], 2)),
    ("transpose2d_same_op_cf_softmax", spec("e", [2, 3, 3], [
        {"type": "Conv2DTranspose", "filters": 5, "kernel_size": 4, "strides": 2,
         "padding": "same", "output_padding": 1, "activation": "softmax", **CF}])),
    ("transpose2d_stride_gt_kernel_wide", spec("e", [2, 3, 9], [
        {"type": "Conv2DTranspose", "filters": 17, "kernel_size": 1, "strides": 3}])),
    ("transpose3d_output_padding", spec("e", [2, 2, 1, 2], [
        {"type": "Conv3DTranspose", "filters": 2, "kernel_size": [2, 3, 1],
         "strides": [2, 2, 3], "padding": "same", "output_padding": [1, 0, 2],
         "activation": "glu"}])),
    ("transpose1d_dilated_valid", spec("e", [3, 2], [
        {"type": "Conv1DTranspose", "filters": 2, "kernel_size": 3, "dilation_rate": 2}])),
    ("zeropad2d_large_folded_conv", spec("e", [3, 4, 2], [
        {"type": "ZeroPadding2D", "padding": [[7, 0], [1, 9]]},
        {"type": "Conv2D", "filters": 3, "kernel_size": 3, "strides": 2}], 2)),
    ("zeropad1d_large_folded_causal", spec("e", [2, 3], [
        {"type": "ZeroPadding1D", "padding": [0, 12]},
        {"type": "Conv1D", "filters": 2, "kernel_size": 4, "padding": "causal",
         "dilation_rate": 2}])),
    ("zeropad3d_folded_conv3d_cf", spec("e", [2, 1, 2, 2], [
        {"type": "ZeroPadding3D", "padding": [[3, 0], 1, [0, 4]], **CF},
        {"type": "Conv3D", "filters": 2, "kernel_size": 2, "padding": "same", **CF}])),
    ("crop2d_folded_depthwise", spec("e", [6, 7, 3], [
        {"type": "Cropping2D", "cropping": [[2, 1], [0, 3]]},
        {"type": "DepthwiseConv2D", "kernel_size": 2, "padding": "same"}])),
    ("zeropad2d_folded_separable_cf", spec("e", [2, 3, 3], [
        {"type": "ZeroPadding2D", "padding": 6, **CF},
        {"type": "SeparableConv2D", "filters": 3, "kernel_size": 3, "strides": 3, **CF}])),
    ("crop1d_then_separable", spec("e", [9, 2], [
        {"type": "Cropping1D", "cropping": [3, 5]},
        {"type": "SeparableConv1D", "filters": 2, "kernel_size": 1}])),
    ("crop3d_cf", spec("e", [2, 4, 3, 5], [
        {"type": "Cropping3D", "cropping": [[1, 2], 1, [4, 0]], **CF}], 2)),
    ("zeropad3d_then_crop3d", spec("e", [1, 2, 1, 2], [
        {"type": "ZeroPadding3D", "padding": [0, [2, 1], 3]},
        {"type": "Cropping3D", "cropping": [0, [0, 4], [5, 0]]}])),
    ("upsampling1d_then_conv", spec("e", [3, 2], [
        {"type": "UpSampling1D", "size": 3},
        {"type": "Conv1D", "filters": 2, "kernel_size": 3}])),
    ("upsampling2d_bilinear_cf", spec("e", [2, 3, 1], [
        {"type": "UpSampling2D", "size": [3, 2], "interpolation": "bilinear", **CF}], 2)),
    ("upsampling2d_bicubic_one_pixel", spec("e", [1, 1, 3], [
        {"type": "UpSampling2D", "size": [2, 3], "interpolation": "bicubic"}])),
    ("upsampling2d_lanczos_chain", spec("e", [3, 2, 2], [
        {"type": "UpSampling2D", "size": 2, "interpolation": "lanczos5"},
        {"type": "UpSampling2D", "size": [1, 2], "interpolation": "lanczos3"}])),
    ("upsampling3d_then_conv3dtranspose", spec("e", [1, 2, 1, 2], [
        {"type": "UpSampling3D", "size": [2, 1, 3]},
        {"type": "Conv3DTranspose", "filters": 3, "kernel_size": 2, "strides": 2}])),
    ("chain_bicubic_conv_glu_cf", spec("e", [3, 2, 3], [
        {"type": "Conv2D", "filters": 4, "kernel_size": 2, "padding": "same",
         "activation": "glu"},
        {"type": "UpSampling2D", "size": 2, "interpolation": "bicubic"},
        {"type": "Conv2D", "filters": 2, "kernel_size": [3, 2], "padding": "same",
         "activation": "softmax", **CF}], 2)),
]
EDGE_IDS = [case_id for case_id, _ in EDGES]
EDGE = dict(EDGES)


@needs_gcc
@pytest.mark.parametrize("case", EDGE_IDS)
def test_edge_case_sanitized(case, tmp_path):
    check_exported(EDGE[case], tmp_path)


def random_spec(seed: int) -> Dict[str, Any]:
    return make_chain(RandomDraw(seed), name=f"san{seed}").raw


@needs_gcc
@pytest.mark.parametrize("seed", range(8))
def test_random_chain_sanitized(seed, tmp_path):
    check_exported(random_spec(seed), tmp_path)


PORTABLE = ["conv2d_wide_tiles", "depthwise2d_vector_channels_17", "conv1d_wide_row_tiles",
            "transpose1d_wide_row_phases", "depthwise2d_wide_row_tiles",
            "separable2d_rows_stride_gt_kernel", "transpose2d_output_padding_valid",
            "zeropad2d_large_folded_conv"]


@needs_gcc
@pytest.mark.parametrize("case", PORTABLE)
def test_portable_path_sanitized(case, tmp_path):
    """-DCONVGEN_PORTABLE: the C99 loops instead of the vector-extension tiles."""
    check_exported(EDGE[case], tmp_path, cflags=SANITIZE + " -DCONVGEN_PORTABLE")


@needs_gcc
@pytest.mark.parametrize("case", PORTABLE)
def test_native_vectors_sanitized(case, tmp_path):
    """-march=native: the widest tiles this CPU has (AVX-512 where present)."""
    check_exported(EDGE[case], tmp_path, cflags=SANITIZE + " -march=native")


def clang_sanitizers() -> str:
    """Why clang cannot build sanitized programs here, or an empty string."""
    if not (shutil.which("clang") and shutil.which("make")):
        return "clang is not installed (.ci/run installs it from Debian)"
    probe = subprocess.run(["clang", "-fsanitize=address,undefined", "-x", "c", "-",
                            "-o", os.devnull], input="int main(void) { return 0; }\n",
                           capture_output=True, text=True, timeout=120)
    if probe.returncode:
        return ("clang cannot link -fsanitize=address,undefined programs (its sanitizer "
                "runtime, Debian's libclang-rt-dev, is missing): "
                + " ".join(probe.stderr.split())[:200])
    return ""


@pytest.mark.skipif(bool(clang_sanitizers()), reason=clang_sanitizers() or "-")
@pytest.mark.parametrize("case", ["conv2d_wide_tiles", "transpose3d_output_padding",
                                  "chain_bicubic_conv_glu_cf", "crop3d_cf"])
def test_clang_sanitized(case, tmp_path):
    """clang's UBSan checks a few things gcc's does not (e.g. NULL + offset)."""
    check_exported(EDGE[case], tmp_path, cc="clang")


VALGRIND = "valgrind --error-exitcode=1 -q --leak-check=full --track-origins=yes"


@pytest.mark.skipif(not shutil.which("valgrind"), reason="valgrind is not installed "
                    "(apt-get install valgrind)")
@needs_gcc
@pytest.mark.parametrize("case", ["chain_bicubic_conv_glu_cf", "separable2d_rows_stride_gt_kernel",
                                  "zeropad2d_large_folded_conv"])
def test_valgrind(case, tmp_path):
    """The exported test under memcheck, and the heap harness with an uninitialised
    workspace: any read of scratch before it is written is a memcheck error."""
    check_exported(EDGE[case], tmp_path, cflags=PLAIN, run=VALGRIND, workspace="uninitialised")


@needs_gcc
def test_harness_catches_a_planted_overflow(tmp_path):
    """The harness is sharp: a model that writes one float past its output is caught."""
    raw = EDGE["conv1d_stride_gt_kernel"]
    plan = make_plan(convgen.parse_spec(raw))
    folder = export(plan, tmp_path)
    source = folder / "e.c"
    text = source.read_text()
    entry = "int e(const float *input, const float *weights, float *output, float *workspace)\n{\n"
    assert entry in text
    source.write_text(text.replace(entry, entry + "    output[E_OUTPUT_SIZE] = 0.0f;\n"))
    with pytest.raises(AssertionError, match="heap-buffer-overflow"):
        check_harness(plan, folder)


@pytest.fixture(scope="module", autouse=True)
def _private_cache(tmp_path_factory):
    """convgen.compile here (accepted names) must not fill the user's cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONVGEN_CACHE_DIR", str(tmp_path_factory.mktemp("convgen_cache")))
        yield


@needs_gcc
@pytest.mark.parametrize("name", [
    "model", "_m2", "M" * 63,
    "fma",
    "copysign",
    "isnan",
    "float_t",
    "CG_VECTOR",
    "printf",
    "tolerance",
    "next_value",
    "check_index",
    "unix",
    "uint32_t",
    "INT_MAX",
    "close",
    "j0",
    "sigsetjmp",
])
def test_every_accepted_name_builds(name, tmp_path):
    """A name parse_spec accepts must compile (convgen.compile) and export a folder whose
    `make check` passes with the Makefile's strict flags; refusing it is fine too."""
    raw = spec(name, [4, 5, 3], [{"type": "Conv2D", "filters": 4, "kernel_size": 3}])
    try:
        parsed = convgen.parse_spec(raw)
    except convgen.SpecError:
        return
    convgen.compile(parsed, cflags=["-O1"])
    folder = export(make_plan(parsed), tmp_path)
    assert ": PASS" in _run(["make", "-s", "-C", str(folder), "check", "CC=gcc"], folder)


@pytest.mark.slow
@needs_gcc
@pytest.mark.parametrize("seed", range(1000, 1240))
def test_random_chain_sanitized_sweep(seed, tmp_path):
    cflags = SANITIZE + (" -DCONVGEN_PORTABLE" if seed % 5 == 0 else
                         " -march=native" if seed % 5 == 1 else "")
    check_exported(random_spec(seed), tmp_path, cflags=cflags)
