"""Differential tests: every corpus program must print the same under jaxlite as under real JAX."""

import pytest
from jaxlite_difftools import (
    compare_text,
    last_line,
    program_paths,
    run_under_jaxlite,
    unified_diff,
)

PROGRAMS = program_paths()


def test_corpus_is_large_enough():
    assert len(PROGRAMS) >= 60, f"only {len(PROGRAMS)} programs in the corpus"


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_real_jax(path, real_jax_outputs):
    expected = real_jax_outputs[path.name]
    actual = run_under_jaxlite(path)

    problems = []
    if actual["returncode"] != expected["returncode"]:
        problems.append(
            f"exit code: real JAX {expected['returncode']}, jaxlite {actual['returncode']}"
        )
    reason = compare_text(expected["stdout"], actual["stdout"])
    if reason is not None:
        problems.append(
            f"stdout differs ({reason}):\n" + unified_diff(expected["stdout"], actual["stdout"])
        )
    if expected["returncode"] != 0:
        want, got = last_line(expected["stderr"]), last_line(actual["stderr"])
        if want != got:
            problems.append(f"last stderr line:\n  real JAX: {want}\n  jaxlite:  {got}")
    if problems and actual["returncode"] != 0 and expected["returncode"] == 0:
        problems.append("jaxlite stderr (tail):\n" + actual["stderr"][-3000:])
    if problems:
        pytest.fail(f"{path.name}:\n" + "\n\n".join(problems), pytrace=False)
