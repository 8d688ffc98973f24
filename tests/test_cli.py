"""The command line, run as a user runs it (a subprocess)."""

import glob
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted(glob.glob(str(ROOT / "specs" / "*.yaml")))


def convgen(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "convgen", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def test_help_everywhere():
    for cmd in ([], ["validate"], ["summary"], ["generate"], ["verify"]):
        done = convgen(*cmd, "--help")
        assert done.returncode == 0 and "usage: convgen" in done.stdout


def test_version():
    done = convgen("--version")
    assert done.returncode == 0 and done.stdout.startswith("convgen ")


def test_validate_ok():
    done = convgen("validate", *SPECS)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("OK ") == len(SPECS)


def test_spec_error_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\ninput_shape: [8, 8, 3]\nlayers:\n"
                   "  - type: Conv2D\n    filters: 4\n    kernel_size: 3\n    stride: 2\n")
    for cmd in ("validate", "summary", "verify"):
        done = convgen(cmd, str(bad))
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert "bad.yaml:7" in done.stderr and "layers[0].stride" in done.stderr
        assert "did you mean 'strides'" in done.stderr
    out = tmp_path / "out"
    done = convgen("generate", SPECS[0], str(bad), "-o", str(out))
    assert done.returncode == 2 and not out.exists(), "nothing is written when a spec is bad"


def test_missing_file_exit_2(tmp_path):
    done = convgen("validate", str(tmp_path / "nope.yaml"))
    assert done.returncode == 2 and "nope.yaml" in done.stderr and "Traceback" not in done.stderr


def test_generate_writes_header_and_source(tmp_path):
    done = convgen("generate", *SPECS[:2], "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    for path in SPECS[:2]:
        import convgen as cg
        name = cg.load_spec(path).name
        assert (tmp_path / name / f"{name}.h").is_file()
        assert (tmp_path / name / f"{name}.c").is_file()


def test_summary_matches_keras_param_count():
    done = convgen("summary", str(ROOT / "specs" / "resnet_conv.yaml"))
    assert done.returncode == 0
    # Keras: 3*3*64*64 + 64 = 36,928 params; MACs 56*56*64*3*3*64.
    assert "36,928" in done.stdout and "115,605,504" in done.stdout
    assert "conv2d (Conv2D)" in done.stdout


def test_verify_passes_examples_and_fails_on_bad_flags():
    done = convgen("verify", *SPECS[:3])
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASS") == 3
    done = convgen("verify", SPECS[0], "--cflags", "-O2 -fno-such-flag-exists")
    assert done.returncode == 1 and "FAIL" in done.stdout
