#!/usr/bin/env python3
"""Drives Tab completion of the `self` REPL under a pseudo-terminal, one scenario
per run: completion never runs Self code, stays prompt on a looping method, and
lists each candidate with the ancestor that defines it.

Usage: repl_pty_completion.py SCENARIO SELF_BINARY WORLD_DIR HOME_DIR

pexpect makes its own pty, so this works without a terminal (in CI too). HOME is
set to HOME_DIR so that the history file and ~/.editrc are the test's own. The
world in WORLD_DIR must define `answer = 42` and `double: x` (see
SelfShellTests/PtySessionTests.swift). Exits 0 when the scenario passes; otherwise
prints what was expected and what the REPL showed, and exits 1.
"""

import os
import re
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

CTRL_U = "\x15"
TAB = "\t"
# How long a Tab may take before the scenario calls it a hang.
TAB_TIMEOUT = 5


def evaluate(child, line, result):
    child.sendline(line)
    expect(child, result, "the result of %r" % line)
    expect(child, PROMPT, "the prompt after %r" % line)


def expect_result(child, text, what, timeout=TIMEOUT):
    """Waits for a printed result ending in text, whichever way results are labelled
    (`<integer> 7` or `$1 = 7`)."""
    try:
        child.expect(r"(> |= )" + re.escape(text) + r"\r\n", timeout=timeout)
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        raise ScenarioFailed(
            "expected %s (a result %r); the REPL showed:\n%s" % (what, text, child.before)
        ) from error
    expect(child, PROMPT, "the prompt after %s" % what)


def define(child, slots):
    """Evaluates a set-up input and waits for the prompt."""
    child.sendline(slots)
    expect(child, PROMPT, "the prompt after %r" % slots)


def listed(child, text, entries, what):
    """Types text, presses Tab twice (the second lists the candidates) and waits for
    each entry of the list, within TAB_TIMEOUT."""
    child.send(text + TAB + TAB)
    for entry in entries:
        try:
            child.expect_exact(entry, timeout=TAB_TIMEOUT)
        except (pexpect.TIMEOUT, pexpect.EOF) as error:
            raise ScenarioFailed(
                "expected %s (%r) within %d s; the REPL showed:\n%s"
                % (what, entry, TAB_TIMEOUT, child.before)
            ) from error


def scenario_no_run(child, home):
    expect(child, PROMPT, "the prompt")
    define(child, "_AddSlots: (| counter <- 0. bump = ( counter: counter _IntAdd: 1. self ) |)")
    # Tab after a method send, twice (the second lists), and after the method itself.
    child.send("counter bump " + TAB + TAB)
    child.send(CTRL_U)
    child.send("bump " + TAB + TAB)
    child.send(CTRL_U)
    child.send("counter bump bu" + TAB + TAB)
    child.send(CTRL_U)
    child.sendline("counter")
    expect_result(child, "0", "counter still 0: Tab ran no code")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_loop(child, home):
    expect(child, PROMPT, "the prompt")
    define(child, "_AddSlots: (| spin = ( _Restart ) |)")
    child.send("spin " + TAB + TAB)
    child.send(CTRL_U)
    child.send("spin sp" + TAB + TAB)
    child.send(CTRL_U)
    child.sendline("answer")
    expect_result(child, "42", "the REPL answering after Tab on a looping method", timeout=TAB_TIMEOUT)
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_annotations(child, home):
    expect(child, PROMPT, "the prompt")
    define(child, "0 parent _AddSlots: (| printLine = ( self ). printString = ( self ) |)")
    listed(
        child, "3 pri", ["printLine  (std traits integer)", "printString  (std traits integer)"],
        "the list naming the defining ancestor")
    child.send(CTRL_U)
    listed(child, "dou", [], "nothing")
    child.send("21\r")
    expect_result(child, "42", "double: completed in the lobby")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_keywords(child, home):
    expect(child, PROMPT, "the prompt")
    define(child, "0 parent _AddSlots: (| to: a Do: b = ( a ). to: a By: b Do: c = ( b ) |)")
    listed(
        child, "1 to", ["to: _ By: _ Do: _  (std traits integer)", "to: _ Do: _  (std traits integer)"],
        "whole keyword selectors listed as templates")
    # The first Tab inserted `to:`; the next keyword part is completed after an argument.
    child.send(" 7 D" + TAB)
    child.send("[ ]\r")
    expect_result(child, "7", "1 to: 7 Do: [ ] completed and sent")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_commands(child, home):
    expect(child, PROMPT, "the prompt")
    child.send(":he" + TAB + "\r")
    expect(child, "Ctrl-C abandons", "the help text after :he completed")
    expect(child, PROMPT, "the prompt")
    child.send("std tra" + TAB + "integ" + TAB + "_Eq: 0 parent\r")
    expect(child, "true", "a chain of constant slots completed")
    expect(child, PROMPT, "the prompt")
    child.send("4 _IntAd" + TAB + "3\r")
    expect_result(child, "7", "a primitive completed")
    child.send(CTRL_D)
    expect_exit(child, 0)


SCENARIOS = scenarios_of(globals())


if __name__ == "__main__":
    sys.exit(run(SCENARIOS, "repl_pty_completion.py"))
