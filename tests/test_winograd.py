"""Winograd F(2x2,3x3) and F(4x4,3x3) (convgen/winograd.py, templates/winograd.c.j2): chosen by
the plan only where the target allows it and the cost model favours it, never on the portable
and microcontroller targets (nor in `generated/`, the `any` target's C); against the float64
oracle at the edges of its m x m tiles, through every way a convolution reads and writes;
within convgen's tolerance on adversarial inputs (large magnitudes, mixed signs and
cancellation, 256+ channels), beside the direct kernel's error; the same bytes on every
thread count; warning-free C99 for the compilers of its targets."""

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from conftest import assert_close

import convgen
from convgen import targets, winograd
from convgen.plan import make_plan
from convgen.render import render
from convgen.summary import summary
from convgen.verify import TOLERANCE, compare, random_input, random_weights

SPECS = Path(__file__).resolve().parent.parent / "specs"
X86 = "x86-64"
STRICT = ["-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic"]


def conv(filters, padding="same", **kw):
    return dict(type="Conv2D", filters=filters, kernel_size=3, padding=padding, **kw)


def make(layers, shape, batch=1, name="w"):
    return convgen.parse_spec(dict(name=name, input_shape=list(shape), batch=batch,
                                   layers=layers))


def steps_of(spec, target):
    return [s.template for s in make_plan(spec, target=target).steps]


@pytest.fixture
def force(monkeypatch):
    """force(m): every eligible layer runs F(m x m, 3 x 3) whatever the cost model says
    (m None: the direct kernel)."""
    def apply(m):
        monkeypatch.setattr(winograd, "choose", lambda layer, in_shape, target=targets.ANY:
                            m if winograd.eligible(layer, target) else None)
    return apply


# ---------------------------------------------------------------- the plan's choice (no compiler)

# name -> (layers, input shape, the schedule the cost model picks on x86-64)
CHOICES = {
    # the suite's ResNet layers: F(4x4) where U fits the caches, F(2x2) for 256 x 256 channels
    "resnet_56": ([conv(64, activation="relu")], [56, 56, 64], 4),
    "resnet_28": ([conv(128, activation="relu")], [28, 28, 128], 4),
    "resnet_14_cf": ([conv(256, data_format="channels_first")], [256, 14, 14], 2),
    # 3 input channels: the transforms cost more than the products save
    "cifar_first": ([conv(16, activation="relu")], [32, 32, 3], None),
    # not 3x3 stride-1 dilation-1 2-D dense, or a saturating activation: never
    "stride_2": ([conv(32, strides=2)], [56, 56, 32], None),
    "dilated": ([conv(32, dilation_rate=2)], [56, 56, 32], None),
    "five": ([dict(conv(32), kernel_size=5)], [56, 56, 32], None),
    "grouped": ([conv(64, groups=2)], [56, 56, 64], None),
    "tanh": ([conv(64, activation="tanh")], [56, 56, 64], None),
    "conv1d": ([dict(type="Conv1D", filters=64, kernel_size=3, padding="same")], [512, 64],
               None),
}


@pytest.mark.parametrize("name", sorted(CHOICES))
def test_cost_model_choice(name):
    layers, shape, m = CHOICES[name]
    spec = make(layers, shape)
    layer = spec.graph.nodes[0].layer
    assert winograd.choose(layer, tuple(shape), targets.X86_64) == m
    assert ("winograd.c.j2" in steps_of(spec, X86)) == (m is not None)


@pytest.mark.parametrize("target", sorted(set(targets.TARGETS)
                                          - {"x86-64", "x86-64-vnni", "aarch64"}))
def test_never_on_targets_without_it(target):
    """`any` (generated/), portable and the Cortex-M targets: the direct form only."""
    spec = make(*CHOICES["resnet_56"][:2])
    assert not targets.get(target).winograd
    assert "winograd.c.j2" not in steps_of(spec, target)


def test_a_target_with_a_portable_branch_cannot_have_it():
    with pytest.raises(ValueError, match="vector tiles only"):
        targets.Target("mixed", "", narrow=True, portable=True, winograd=True)


def test_generated_specs_keep_the_direct_form():
    """generated/ is the `any` target's C: no spec's plan there has a Winograd step, and the
    aarch64/x86-64 plans of the example models do where they have big 3x3 layers."""
    paths = sorted(SPECS.glob("*.yaml"))
    assert paths
    chosen = 0
    for path in paths:
        spec = convgen.load_spec(path)
        assert "winograd.c.j2" not in steps_of(spec, "any"), path.name
        chosen += "winograd.c.j2" in steps_of(spec, X86)
    assert chosen >= 1


def test_summary_shows_the_choice():
    spec = make(*CHOICES["resnet_56"][:2])
    text = summary(spec, target=X86)
    assert "Winograd F(4x4,3x3)" in text and "target x86-64" in text
    assert "Winograd" not in summary(spec)


def test_pooled_layer_keeps_the_direct_bands():
    """A convolution computed band by band into its pooling keeps the direct kernel (the
    Winograd blocks need the workspace a band function has not got); packed to match."""
    spec = make([conv(64, activation="relu"), dict(type="MaxPooling2D", pool_size=2)],
                [32, 32, 64])
    plan = make_plan(spec, target=X86)
    assert [s.template for s in plan.steps] == ["pooled.c.j2"]
    assert not plan.derived


def test_transformed_weights_cannot_unpack():
    plan = make_plan(make(*CHOICES["resnet_56"][:2]), target=X86)
    assert plan.derived
    with pytest.raises(ValueError, match="cannot be unpacked"):
        plan.unpack(np.zeros(plan.weights_size, np.float32))


def test_kernel_transform_in_float64():
    """pack: U = G g G^T of each (channel, filter), blocked [F/FT][alpha^2][C][FT]."""
    spec = make([conv(10)], [8, 8, 3])
    layer = spec.graph.nodes[0].layer
    rng = np.random.default_rng(0)
    kernel = rng.standard_normal((3, 3, 3, 10)).astype(np.float32)
    bias = rng.standard_normal(10).astype(np.float32)
    for m in (2, 4):
        winograd_choose = winograd.choose
        try:
            winograd.choose = lambda *a, m=m, **k: m
            u, b = winograd.pack(layer, (8, 8, 3), [kernel, bias], target=targets.X86_64)
        finally:
            winograd.choose = winograd_choose
        g = np.asarray(winograd.MATRICES[m][1])
        want = g @ kernel[:, :, 1, 7].astype(np.float64) @ g.T
        alpha = m + 2
        assert u.shape == (1, alpha * alpha, 3, 16)
        np.testing.assert_allclose(u[0, :, 1, 7], want.ravel().astype(np.float32), rtol=1e-7)
        assert not u[..., 10:].any() and b[:10].tolist() == bias.tolist()


def test_transforms_are_exact_products():
    """Every coefficient the C multiplies by is a power of two: contraction into FMAs cannot
    change the bits (the same bytes on every thread count and inlining)."""
    for m in winograd.TILES:
        for stage in winograd.transforms(m).values():
            for _, _, expr in stage:
                for token in expr.split():
                    if token.endswith("f") and token[0].isdigit():
                        value = float(token[:-1])
                        assert value == 2.0 ** round(np.log2(value)), (m, expr)


# ---------------------------------------------------------------- against the oracle

# name -> (layers, input shape, batch): the edges of the m x m tiles (output sides m - 1, m,
# m + 1 and primes, for m = 2 and 4), channel and filter counts off the 8-float vectors and
# the filter blocks, and every way the layer reads (folded padding/cropping, channels_first)
# and writes (activation, fused Add and the activation after it, a slice of a Concatenate)
CASES = {
    "out_1x3": ([conv(8, "valid")], [3, 5, 8], 1),
    "out_3x5_c20_f19": ([conv(19, "valid", activation="relu")], [5, 7, 20], 1),
    "out_2x4_f5": ([conv(5, "valid")], [4, 6, 16], 1),
    "out_13x11_f40": ([conv(40, activation="leaky_relu")], [13, 11, 24], 1),
    "out_9x17_c3": ([conv(16)], [9, 17, 3], 1),
    "no_bias_f64": ([conv(64, use_bias=False)], [12, 10, 32], 1),
    "channels_first": ([conv(24, data_format="channels_first", activation="relu")],
                       [12, 7, 9], 1),
    "batch_2": ([conv(16)], [10, 6, 8], 2),
    "folded_padding": ([dict(type="ZeroPadding2D", padding=((2, 0), (1, 3))),
                        conv(16, "valid")], [9, 8, 8], 1),
    "folded_cropping": ([dict(type="Cropping2D", cropping=((1, 2), (3, 0))), conv(16)],
                        [12, 12, 8], 1),
    "residual_relu": ([dict(conv(16), name="c"), dict(type="Add", name="s",
                                                      inputs=["input", "c"]),
                       dict(type="ReLU", name="r")], [11, 9, 16], 1),
    "concat_slice": ([dict(conv(16, activation="relu"), name="a", inputs=["input"]),
                      dict(conv(8), name="b", inputs=["input"]),
                      dict(type="Concatenate", name="cat", inputs=["a", "b"])],
                     [7, 10, 8], 1),
    "batchnorm_folded": ([conv(24), dict(type="BatchNormalization")], [9, 9, 16], 1),
}


@pytest.mark.parametrize("m", winograd.TILES)
@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_the_oracle(name, m, force):
    force(m)
    layers, shape, batch = CASES[name]
    spec = make(layers, shape, batch)
    assert "winograd.c.j2" in steps_of(spec, X86)
    kernel = convgen.compile(spec, target=X86)
    assert f"Winograd F({m}x{m},3x3)" in kernel.c_source
    rng = np.random.default_rng(7)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    assert_close(kernel(x, weights), convgen.reference(spec, x, weights))


# ---------------------------------------------------------------- adversarial inputs

def adversarial(spec, kind, rng):
    """Input and weights built to stress the transforms' rounding: ``large`` magnitudes
    (1e4 inputs, 1e2 weights), ``mixed`` magnitudes over six decades with random signs,
    ``cancel``: each filter's taps summing to about zero over a smooth input plus a
    small ripple, so each output is a small difference of large sums."""
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    if kind == "large":
        x = x * np.float32(1e4)
        weights = [w * np.float32(1e2) for w in weights]
    elif kind == "mixed":
        x = (np.sign(rng.standard_normal(x.shape))
             * 10.0 ** rng.uniform(-3, 3, x.shape)).astype(np.float32)
    elif kind == "cancel":
        k = weights[0]
        weights[0] = (k - k.mean(axis=(0, 1), keepdims=True)).astype(np.float32)
        x = (100.0 + 0.01 * rng.standard_normal(x.shape)).astype(np.float32)
    return x.astype(np.float32), weights


ADVERSARIAL = {
    "c256": ([conv(64, activation="relu")], [10, 10, 256]),
    "c288_f40": ([conv(40)], [9, 7, 288]),
}


@pytest.mark.parametrize("kind", ["large", "mixed", "cancel"])
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_within_tolerance(name, kind, force):
    """F(2x2) and F(4x4) within the tolerance; their error beside the direct kernel's."""
    spec = make(*ADVERSARIAL[name])
    x, weights = adversarial(spec, kind, np.random.default_rng(11))
    oracle = convgen.reference(spec, x, weights)
    errors = {}
    for m in (None,) + winograd.TILES:
        force(m)
        y = convgen.compile(spec, target=X86)(x, weights)
        errors[m] = compare(y, oracle).max_rel
        assert errors[m] <= TOLERANCE, (name, kind, errors)
    print(f"{name} {kind}: max rel err direct {errors[None]:.2g}, "
          + ", ".join(f"F({m}x{m}) {errors[m]:.2g}" for m in winograd.TILES))


# ---------------------------------------------------------------- threads and compilers

@pytest.mark.parametrize("m", winograd.TILES)
def test_every_thread_count_gives_the_same_bytes(m, force):
    force(m)
    # blocks of 48 (F2) and 18 (F4) tiles, the last one partial: 2 threads split a block
    # into shares of whole register tiles, 7 leave some threads without tiles
    spec = make([conv(72, activation="relu")], [26, 22, 64])
    kernel = convgen.compile(spec, target=X86)
    # one team for the layer, each thread on its own tiles of every block
    assert "    CG_TEAM\n" in kernel.c_source and "lo = rank * share" in kernel.c_source
    rng = np.random.default_rng(3)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    one = kernel.bind(weights)(x)
    for n in (2, 3, 7):
        assert kernel.bind(weights, threads=n)(x).tobytes() == one.tobytes(), n


COMPILERS = [("gcc", ["-march=x86-64-v3"]), ("gcc", ["-march=x86-64-v4"]),
             ("gcc", ["-march=x86-64-v3", "-fopenmp"]), ("clang", ["-march=x86-64-v3"]),
             ("clang", ["-march=x86-64-v4"]), ("aarch64-linux-gnu-gcc", ["-march=armv8-a"])]


@pytest.mark.parametrize("cc,flags", COMPILERS, ids=[f"{c}{''.join(f)}" for c, f in COMPILERS])
def test_compiles_warning_free(cc, flags, tmp_path):
    if not shutil.which(cc):
        pytest.skip(f"needs {cc}")
    target = "aarch64" if cc.startswith("aarch64") else X86
    spec = make(CASES["out_13x11_f40"][0] + [conv(20, "valid")], [13, 11, 24])
    rendered = render(make_plan(spec, target=target))
    assert rendered.source.count("Winograd F(") >= 2
    (tmp_path / f"{spec.name}.h").write_text(rendered.header)
    (tmp_path / "m.c").write_text(rendered.source)
    subprocess.run([cc, *STRICT, *flags, "-c", "m.c", "-o", "m.o"], cwd=tmp_path, check=True)


@pytest.mark.slow
def test_aarch64_export_checks_under_qemu(tmp_path, force):
    """The aarch64 export (NEON, 256-bit tiles) of F(2x2) and F(4x4) layers: make check."""
    if not all(shutil.which(t) for t in ("make", "aarch64-linux-gnu-gcc", "qemu-aarch64")):
        pytest.skip("needs make, aarch64-linux-gnu-gcc and qemu-aarch64")
    from convgen.export import export
    for m in winograd.TILES:
        force(m)
        spec = make(CASES["out_13x11_f40"][0], [13, 11, 24], name=f"wino{m}")
        folder = export(make_plan(spec, target="aarch64"), tmp_path / str(m))
        assert "Winograd" in (folder / f"{spec.name}.c").read_text()
        subprocess.run(["make", "-s", "check"], cwd=folder, check=True)


# The AVX-512 tiles' code (16-float vectors, P = 10 or 20 tiles, whole filter blocks) run on
# any machine: a target with the wide tiles only has no #if, and GCC/clang lower 64-byte vector
# extensions to whatever the machine has.
WIDE_ONLY = targets.Target("wide-only", "the AVX-512 tiles alone (tests)", wide=True,
                           winograd=True)


@pytest.mark.parametrize("m", winograd.TILES)
@pytest.mark.parametrize("filters", [8, 16, 40])
def test_wide_tiles_match_the_oracle(m, filters, force):
    force(m)
    spec = make([conv(filters, activation="relu")], [13, 11, 20])
    kernel = convgen.compile(spec, target=WIDE_ONLY)
    assert "cg_v16" in kernel.c_source or filters == 8
    rng = np.random.default_rng(9)
    weights = random_weights(spec, rng)
    x = random_input(spec, rng)
    assert_close(kernel(x, weights), convgen.reference(spec, x, weights))
