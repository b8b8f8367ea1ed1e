#!/usr/bin/env python3
"""Drives the `self` REPL under a pseudo-terminal: numbered results, the outliner's
paging and the hints after an unknown selector, one scenario per run.

Usage: repl_pty_outliner.py SCENARIO SELF_BINARY WORLD_DIR HOME_DIR

pexpect makes its own pty, so this works without a terminal (in CI too). HOME is
set to HOME_DIR so that the history file and ~/.editrc are the test's own. The
world in WORLD_DIR must define `answer = 42` and `double: x` (see
SelfShellTests/OutlinerPtyTests.swift). Exits 0 when the scenario passes; otherwise
prints what was expected and what the REPL showed, and exits 1.
"""

import os
import sys

import pexpect

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_support import (  # noqa: E402
    CTRL_C,
    CTRL_D,
    PROMPT,
    TIMEOUT,
    UP,
    ScenarioFailed,
    expect,
    expect_exit,
    scenarios_of,
    start,
    run,
)


def evaluate(child, line, result):
    child.sendline(line)
    expect(child, result, "the result of %r" % line)
    expect(child, PROMPT, "the prompt after %r" % line)


def scenario_results(child, home):
    expect(child, PROMPT, "the prompt")
    evaluate(child, "3 _IntAdd: 4", "$1 = 7")
    evaluate(child, "$1 _IntAdd: $1", "$2 = 14")
    evaluate(child, "_AddSlots: (| counter <- 0 |)", "added counter")
    evaluate(child, "counter: $2", "counter: 14")
    child.sendline(":quit")
    expect_exit(child, 0)


def scenario_paging(child, home):
    expect(child, PROMPT, "the prompt")
    slots = ". ".join("s%d <- %d" % (n, n) for n in range(40))
    evaluate(child, "_AddSlots: (| %s |)" % slots, "added s0, s1")
    child.sendline(":i self")
    expect(child, "$1 = lobby", "the inspected object")
    expect(child, "more lines; :more shows them", "the note after a screenful")
    expect(child, PROMPT, "the prompt after the cut output")
    child.sendline(":more")
    expect(child, "s20 <- 20", "the next screenful")
    expect(child, "more lines; :more shows them", "the note after the next screenful")
    expect(child, PROMPT, "the prompt after :more")
    child.sendline(":more")
    expect(child, "s39 <- 39", "the rest of the output")
    expect(child, PROMPT, "the prompt after the last :more")
    child.sendline(":quit")
    expect_exit(child, 0)


def scenario_hint(child, home):
    expect(child, PROMPT, "the prompt")
    child.sendline("answr")
    expect(child, 'Unknown selector "answr"', "the report")
    expect(child, "Hint: it understands answer.", "the suggestion")
    expect(child, PROMPT, "the prompt after the hint")
    child.sendline(":w lobby answer")
    expect(child, "answer is a constant slot of lobby", "where answer is")
    expect(child, PROMPT, "the prompt")
    child.sendline(":quit")
    expect_exit(child, 0)


SCENARIOS = scenarios_of(globals())


if __name__ == "__main__":
    sys.exit(run(SCENARIOS, "repl_pty_outliner.py"))
