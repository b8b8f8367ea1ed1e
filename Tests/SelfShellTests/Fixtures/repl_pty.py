#!/usr/bin/env python3
"""Drives the `self` REPL under a pseudo-terminal, one scenario per run.

Usage: repl_pty.py SCENARIO SELF_BINARY WORLD_DIR HOME_DIR

pexpect makes its own pty, so this works without a terminal (in CI too). HOME is
set to HOME_DIR so that the history file and ~/.editrc are the test's own. The
world in WORLD_DIR must define `answer = 42` and `double: x` (see
SelfShellTests/PtySessionTests.swift). Exits 0 when the scenario passes; otherwise
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


def scenario_prompt(child, home):
    expect(child, ":help for help", "the greeting")
    expect(child, PROMPT, "the prompt")
    child.sendline(":help")
    expect(child, "Ctrl-C abandons", "the help text")
    expect(child, PROMPT, "the prompt after :help")
    child.sendline(":quit")
    expect_exit(child, 0)


def scenario_evaluate(child, home):
    expect(child, PROMPT, "the prompt")
    evaluate(child, "3 _IntAdd: 4", "= 7")
    evaluate(child, "answer", "= 42")
    evaluate(child, "0 _IntLT: 1", "true")
    # nil prints nothing: the next thing after the echoed line is the prompt.
    child.sendline("nil")
    expect(child, "nil\r\n" + PROMPT, "nothing printed for nil")
    child.sendline(":quit")
    expect_exit(child, 0)


def scenario_error(child, home):
    expect(child, PROMPT, "the prompt")
    child.sendline("nosuch")
    expect(child, 'Unknown selector "nosuch"', "a runtime-error report")
    expect(child, PROMPT, "the prompt after a runtime error")
    child.sendline("3 _IntAdd: )")
    expect(child, "Expected primary expression", "a parse diagnostic")
    expect(child, PROMPT, "the prompt after a parse error")
    evaluate(child, "double: 4", "= 8")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_multiline(child, home):
    expect(child, PROMPT, "the prompt")
    child.sendline("(3")
    expect(child, ". ", "the continuation prompt after an open parenthesis")
    child.sendline("   _IntAdd: [ 4 ] value)")
    expect(child, "= 7", "the result of a two-line input")
    expect(child, PROMPT, "the prompt")
    child.sendline('"an open')
    expect(child, ". ", "the continuation prompt inside a comment")
    child.sendline('comment" answer')
    expect(child, "= 42", "the result after a two-line comment")
    expect(child, PROMPT, "the prompt")
    child.sendline("'open")
    expect(child, ". ", "the continuation prompt inside a string")
    child.sendline("string'")
    expect(child, "Unexpected newline in string literal", "the diagnostic for a raw newline")
    expect(child, PROMPT, "the prompt")
    evaluate(child, "answer", "= 42")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_history(child, home):
    expect(child, PROMPT, "the prompt")
    evaluate(child, "double: 21", "= 42")
    child.sendline("(2")
    expect(child, ". ", "the continuation prompt")
    child.sendline("_IntAdd: 3)")
    expect(child, "= 5", "the multi-line result")
    expect(child, PROMPT, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)
    history = os.path.join(home, ".swiftself_history")
    if not os.path.exists(history):
        raise ScenarioFailed("no history file at %s" % history)

    # A second session recalls both entries, newest first.
    child = start(*child.self_arguments)
    expect(child, PROMPT, "the prompt of the second session")
    child.send(UP)
    expect(child, "_IntAdd: 3)", "the multi-line entry recalled by Up")
    child.send(UP)
    expect(child, "double: 21", "the older entry recalled by a second Up")
    child.send("\r")
    expect(child, "= 42", "the result of the recalled line")
    expect(child, PROMPT, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_interrupt(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("nosuch unfinished")
    child.send(CTRL_C)
    expect(child, "^C", "^C after Ctrl-C")
    expect(child, PROMPT, "a fresh prompt after Ctrl-C")
    # Ctrl-C in a continuation line abandons the whole input.
    child.sendline("(nosuch")
    expect(child, ". ", "the continuation prompt")
    child.send(CTRL_C)
    expect(child, "^C", "^C after Ctrl-C in a continuation line")
    expect(child, PROMPT, "a fresh prompt")
    child.sendline("answer")
    expect(child, "= 42", "the REPL still working")
    before = child.before
    if "Unknown selector" in before:
        raise ScenarioFailed("an abandoned line was evaluated:\n%s" % before)
    expect(child, PROMPT, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_actor_interrupt(child, home):
    expect(child, PROMPT, "the prompt")
    # A genesis that keeps spawning regular actors that never stop: Ctrl-C ends
    # actor mode, not just the actor that happened to run (which the genesis would
    # replace at once).
    child.sendline(
        "(| main = ( ((| spawn = ( _ActorSetEntrypoint: 'run'. _Clone ). run = ( _Restart ) |)"
        " _ActorSpawn: 'spawn') _ActorResume. _Restart ) |) _Genesis: 'main'")
    child.send(CTRL_C)
    expect(child, "Interrupted", "the interrupt reported")
    expect(child, "in actor #", "the report naming the actor that ran")
    expect(child, PROMPT, "a fresh prompt after Ctrl-C in actor mode")
    child.sendline("answer")
    expect(child, "= 42", "the REPL still working, out of actor mode")
    expect(child, PROMPT, "the prompt")
    child.sendline("(| main = ( 6 _IntMul: 7 ) |) _Genesis: 'main'")
    expect(child, "= 42", "actor mode entered again")
    expect(child, PROMPT, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_eof(child, home):
    expect(child, PROMPT, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_completion(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("dou\t")
    child.send("21\r")
    expect(child, "= 42", "Tab completing double: in the lobby")
    expect(child, PROMPT, "the prompt")
    child.send("std tra\t")
    child.send("integ\t")
    child.send("\r")
    expect(child, "= std traits integer", "Tab completing along a chain of unary sends")
    expect(child, PROMPT, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_exit(child, home):
    expect(child, PROMPT, "the prompt")
    child.sendline("_Exit: 3")
    expect_exit(child, 3)


SCENARIOS = scenarios_of(globals())


if __name__ == "__main__":
    sys.exit(run(SCENARIOS, "repl_pty.py"))
