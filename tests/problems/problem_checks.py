"""Checks every hidden-test module runs: the solution on all inputs, the starter failing."""

from __future__ import annotations

import pytest


def check_cases_and_examples(problem, assert_matches) -> None:
    """Run the reference solution on every check case and example through `assert_matches`.

    `assert_matches(got, **kwargs)` raises AssertionError when `got` is wrong for the inputs;
    a failure names the case.
    """
    solution = problem.load("solution.py")
    named = [(f"check case {name!r}", kwargs) for name, kwargs in problem.cases.items()]
    named += [(f"example {example.call}", example.kwargs) for example in problem.examples]
    for label, kwargs in named:
        try:
            assert_matches(solution(**kwargs), **kwargs)
        except AssertionError as error:
            raise AssertionError(label) from error


def check_starter_fails(problem) -> None:
    """The starter must not pass: it raises NotImplementedError on the first case."""
    starter = problem.load("starter.py")
    with pytest.raises(NotImplementedError):
        starter(**next(iter(problem.cases.values())))
