#!/usr/bin/env python3
"""Drives the `self` REPL's input handling under a pseudo-terminal, one scenario per run:
UTF-8, Ctrl-D and Ctrl-C, bracketed paste, continuation after an operator, TERM=dumb
and NO_COLOR, and keys or window sizes that must not upset it.

Usage: repl_pty_input.py SCENARIO SELF_BINARY WORLD_DIR HOME_DIR

WORLD_DIR is the real world (these scenarios use `+`, `std in readLine` and actors).
pexpect makes its own pty, so this works without a terminal (in CI too). HOME is set
to HOME_DIR so that the history file and ~/.editrc are the test's own. Exits 0 when
the scenario passes; otherwise prints what was expected and what the REPL showed, and
exits 1. Results are matched loosely (`<integer> 7` or `$1 = 7`) and input names too
(`<a string>` or `<input 3>`), so that the scenarios do not depend on how results are
printed.
"""

import os
import re
import sys
import time

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

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
PASTE_ON = "\x1b[?2004h"
PASTE_OFF = "\x1b[?2004l"


def expect_prompt(child, what):
    """Waits for a primary prompt at the start of a line; returns what came before."""
    return expect(child, "\n" + PROMPT, what)


def expect_result(child, value, what):
    return expect(child, r"(<integer> |= )%s(?=\r\n)" % re.escape(value), what, regex=True)


def evaluate(child, line, value):
    child.send(line + "\r")
    expect_result(child, value, "the result of %r" % line)
    expect_prompt(child, "the prompt after %r" % line)


def wait_until_running(child):
    """Waits for the `go` that an input prints before it loops or reads, and a little
    more, so that Ctrl-C reaches the evaluation and not the line reader."""
    expect(child, "go\r\n", "the input running")
    time.sleep(0.3)


def send_bytes(child, data):
    """Writes raw bytes, bypassing pexpect's encoding (for invalid UTF-8)."""
    os.write(child.child_fd, data)


def scenario_utf8(child, home):
    expect(child, PROMPT, "the prompt")
    evaluate(child, "'café' size", "5")
    evaluate(child, "'€uro' size", "6")
    # Editing moves over whole characters: six Lefts, then Backspace deletes the 's'
    # after the 'é'.
    child.send("'cafés' size" + "\x1b[D" * 6 + "\x08\r")
    expect_result(child, "5", "a character deleted before a multibyte one")
    expect_prompt(child, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)
    # An environment whose locale is not UTF-8 (or not installed) gets C.UTF-8.
    binary, world = child.self_arguments[:2]
    for variables in ({"LC_ALL": "C"}, {"LC_ALL": "POSIX"}, {"LC_ALL": "xx_XX.NOT-INSTALLED"}):
        child = start(binary, world, home, **variables)
        expect(child, PROMPT, "the prompt with %r" % variables)
        evaluate(child, "'café' size", "5")
        child.send(CTRL_D)
        expect_exit(child, 0)


def scenario_invalid_utf8(child, home):
    expect(child, PROMPT, "the prompt")
    # Each invalid byte becomes U+FFFD (3 bytes), a truncated sequence too.
    send_bytes(child, b"'\xff\xe2\x82' size\r")
    expect_result(child, "6", "invalid bytes replaced")
    expect_prompt(child, "the prompt")
    evaluate(child, "3 + 4", "7")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_ctrl_d_continuation(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("(3 +\r")
    expect(child, ". ", "the continuation prompt")
    child.send(CTRL_D)
    expect(child, "(unfinished input abandoned)", "the note after Ctrl-D at a continuation prompt")
    before = expect_prompt(child, "the primary prompt again")
    if "Error" in before:
        raise ScenarioFailed("the abandoned input was evaluated:\n%r" % before)
    evaluate(child, "3 + 4", "7")
    # Ctrl-D at an empty primary prompt still leaves.
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_operator_continuation(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("3 +\r")
    expect(child, ". ", "the continuation prompt after a binary operator")
    child.send("4\r")
    expect_result(child, "7", "the result of a two-line binary send")
    expect_prompt(child, "the prompt")
    child.send("(std array copySize: 2 FillingExtrasWith: 5) at:\r")
    expect(child, ". ", "the continuation prompt after a keyword part")
    child.send("1\r")
    expect_result(child, "5", "the result of a two-line keyword send")
    expect_prompt(child, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_paste(child, home):
    expect(child, PASTE_ON, "bracketed-paste mode turned on")
    expect(child, PROMPT, "the prompt")
    # Two complete lines pasted: one input, so only the last value is printed.
    child.send(PASTE_START + "3 + 4.\r" + "5 + 6\r" + PASTE_END)
    before = expect_result(child, "11", "the result of the pasted input")
    if re.search(r"(<integer> |= )7\r\n", before):
        raise ScenarioFailed("the first pasted line was evaluated on its own:\n%r" % before)
    expect_prompt(child, "the prompt after the paste")
    # A Tab inside a paste is inserted, not completed.
    child.send(PASTE_START + "'a\tb' size" + PASTE_END + "\r")
    expect_result(child, "3", "a pasted Tab kept")
    expect_prompt(child, "the prompt")
    # A paste that does not end with a line end waits for Enter, and can be finished.
    child.send(PASTE_START + "(3\r+ 4" + PASTE_END)
    time.sleep(0.3)
    child.send(")\r")
    expect_result(child, "7", "a paste finished by typing")
    expect_prompt(child, "the prompt")
    child.send(CTRL_D)
    expect(child, PASTE_OFF, "bracketed-paste mode turned off at exit")
    expect_exit(child, 0)


def scenario_interrupt_loop(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("_AddSlots: (| kept <- 7 |)\r")
    expect_prompt(child, "the prompt")
    child.send("(1\r")
    expect(child, ". ", "the continuation prompt")
    child.send("+ 2). 'go' printLine. [ true ] whileTrue: [ kept ]\r")
    wait_until_running(child)
    child.send(CTRL_C)
    expect(child, "Interrupted", "the interrupt reported")
    expect(child, r"at <top level> \((<a string>|<input \d+>):2:\d+", "the position of the loop", regex=True)
    expect_prompt(child, "the prompt after the interrupt")
    evaluate(child, "kept", "7")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_interrupt_read(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("'go' printLine. std in readLine\r")
    wait_until_running(child)
    child.send(CTRL_C)
    expect(child, "Interrupted", "a blocking read interrupted")
    expect(child, r"at <top level> \((<a string>|<input \d+>):1:\d+", "the position of the read", regex=True)
    expect_prompt(child, "the prompt after the interrupt")
    # Reading still works afterwards.
    child.send("'go' printLine. std in readLine size\r")
    wait_until_running(child)
    child.send("hello\r")
    expect_result(child, "5", "a line read after the interrupt")
    expect_prompt(child, "the prompt")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_interrupt_actor_read(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("(| parent* = lobby. main = ( 'go' printLine. std in readLine ) |) _Genesis: 'main'\r")
    wait_until_running(child)
    child.send(CTRL_C)
    expect(child, "Interrupted", "a read in actor mode interrupted")
    expect_prompt(child, "the prompt after the interrupt")
    evaluate(child, "3 + 4", "7")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_double_interrupt(child, home):
    expect(child, PROMPT, "the prompt")
    child.send("abc")
    child.send(CTRL_C)
    expect_prompt(child, "the prompt after Ctrl-C on a typed line")
    child.send(CTRL_C)
    before = expect_prompt(child, "the prompt after one Ctrl-C on an empty line")
    if "To leave" in before:
        raise ScenarioFailed("the note came after an abandoned line:\n%r" % before)
    child.send(CTRL_C)
    expect(child, "(To leave, press Ctrl-D or type :quit)", "how to leave")
    expect_prompt(child, "the prompt after the note")
    evaluate(child, "3 + 4", "7")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_dumb(child, home):
    binary, world = child.self_arguments[:2]
    child.terminate(force=True)
    child = start(binary, world, home, TERM="dumb")
    expect(child, PROMPT, "the prompt")
    child.send("nosuch\r")
    expect(child, "Unknown selector", "an error report")
    expect_prompt(child, "the prompt")
    child.send("(3 +\r")
    expect(child, ". ", "the continuation prompt")
    child.send(CTRL_D)
    expect(child, "(unfinished input abandoned)", "the note after Ctrl-D")
    expect_prompt(child, "the prompt")
    evaluate(child, "'café' size", "5")
    child.send("'go' printLine. [ true ] whileTrue: [ ]\r")
    wait_until_running(child)
    child.send(CTRL_C)
    expect(child, "Interrupted", "the interrupt reported")
    before = expect_prompt(child, "the prompt")
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    output = before + child.before
    if "\x1b" in output:
        raise ScenarioFailed("escape codes at a dumb terminal:\n%r" % output)
    child.close()
    if child.exitstatus != 0:
        raise ScenarioFailed("exit status %r" % child.exitstatus)


def scenario_no_color(child, home):
    binary, world = child.self_arguments[:2]
    child.terminate(force=True)
    child = start(binary, world, home, NO_COLOR="1")
    expect(child, PASTE_ON, "line editing still on")
    expect(child, PROMPT, "the prompt")
    child.send("nosuch\r")
    expect(child, "Unknown selector", "an error report")
    before = expect_prompt(child, "the prompt")
    if "\x1b[3" in before or "\x1b[9" in before or "\x1b[1;" in before:
        raise ScenarioFailed("colour with NO_COLOR set:\n%r" % before)
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_robustness(child, home):
    expect(child, PROMPT, "the prompt")
    for rows, columns in ((1, 1), (0, 0), (2, 3), (500, 1000)):
        child.setwinsize(rows, columns)
        evaluate(child, "3 + 4", "7")
    child.setwinsize(5, 10)
    evaluate(child, "'" + "x" * 5000 + "' size", "5000")
    child.setwinsize(24, 80)
    # Escape sequences libedit does not know, a stray paste end, meta keys, and
    # control characters: none may crash or hang the REPL.
    child.send("\x1b[1;5C\x1bOH\x1b[3~\x1b[5~" + PASTE_END + "\x1bb\x1b\x1b\x00\x1a\x1c\x1d\x1e\x1f")
    time.sleep(0.3)
    child.send(CTRL_C)
    expect_prompt(child, "the prompt after odd keys")
    send_bytes(child, b"\x1b")
    time.sleep(0.3)
    send_bytes(child, b"\xc3")
    time.sleep(0.3)
    child.send(CTRL_C)
    expect_prompt(child, "the prompt after a lone escape and a cut character")
    # A resize while code runs.
    child.send("'go' printLine. [ true ] whileTrue: [ ]\r")
    wait_until_running(child)
    child.setwinsize(30, 90)
    time.sleep(0.3)
    child.send(CTRL_C)
    expect(child, "Interrupted", "the interrupt after a resize")
    expect_prompt(child, "the prompt")
    evaluate(child, "3 + 4", "7")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_two_shells(child, home):
    """Two sessions at once keep each other's history: each appends its entries to
    the file instead of rewriting it from its own history."""
    binary, world, _ = child.self_arguments
    expect_prompt(child, "the first shell's prompt")
    other = start(binary, world, home)
    expect(other, PROMPT, "the second shell's prompt")
    evaluate(child, "3 + 4", "7")
    evaluate(other, "'caf\u00e9' size", "5")
    evaluate(child, "6 * 7", "42")
    for shell in (child, other):
        shell.send(CTRL_D)
        expect_exit(shell, 0)
    with open(os.path.join(home, ".swiftself_history"), encoding="utf-8") as file:
        entries = file.read().splitlines()
    expected = ["_HiStOrY_V2_", "3\\040+\\0404", "'caf\u00e9'\\040size", "6\\040*\\0407"]
    if entries != expected:
        raise ScenarioFailed("the history file holds %r, not %r" % (entries, expected))
    # A new session recalls them all: three entries back is the first shell's first.
    third = start(binary, world, home)
    expect(third, PROMPT, "the third shell's prompt")
    for _ in range(3):
        third.send(UP)
        time.sleep(0.2)
    third.send("\r")
    expect_result(third, "7", "the entry three back")
    expect_prompt(third, "the prompt")
    third.send(CTRL_D)
    expect_exit(third, 0)


def start_stepping(child, definition, name):
    """Defines an actor prototype in the lobby, arms :step and starts actor mode
    with it; answers at the first step> prompt."""
    expect(child, PROMPT, "the prompt")
    child.send(definition + "\r")
    expect_prompt(child, "the prompt after the definition")
    child.send(":step\r")
    expect(child, "Stepping is on", "stepping armed")
    expect_prompt(child, "the prompt")
    child.send("std scheduler startWith: " + name + "\r")
    expect(child, "[resume 1] next: actor #", "the first stop")
    expect(child, "step> ", "the step prompt")


def scenario_stepping(child, home):
    """:step stops actor mode at a step> prompt before each resume; Ctrl-C there
    aborts actor mode and the shell goes on."""
    start_stepping(child, "_AddSlots: (| stepper = (| parent* = std traits actor. "
                   "main = ( 0 to: 3 Do: [| :i | yield ] ) |) |)", "stepper")
    child.send("actors\r")
    expect(child, "scheduling", "the actors table")
    expect(child, "step> ", "the step prompt again")
    child.send("\r")
    expect(child, "[resume 2] next: actor #", "Enter resumes once")
    expect(child, "step> ", "the step prompt")
    child.send(CTRL_C)
    expect(child, "Actor mode aborted from the REPL", "Ctrl-C aborts actor mode")
    expect_prompt(child, "the prompt after actor mode")
    evaluate(child, "3 + 4", "7")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_replay(child, home):
    """pick at step> resumes another ready actor, which changes what the program
    prints; :replay runs the next session on the recorded order and prints the same."""
    start_stepping(child, "_AddSlots: (| race = (| parent* = std traits actor. log <- ''. "
                   "writer = (| parent* = std traits actor. name <- ''. go = ( sender note: name ). "
                   "main = ( yield ) |). note: s = ( log: log, s ). "
                   "main = ( | a. b | a: (writer copy name: 'a') spawn. b: (writer copy name: 'b') spawn. "
                   "a go. b go. [ log size < 2 ] whileTrue: [ yield ]. log printLine ) |) |)", "race")
    child.send("step 4\r")
    expect(child, "[resume 5] next: actor #4", "the fifth stop")
    expect(child, "step> ", "the step prompt")
    child.send("pick 3\r")
    expect(child, "step> ", "the next stop")
    child.send("continue\r")
    expect(child, "ab", "the first writer wrote first")
    expect_prompt(child, "the prompt after actor mode")
    child.send(":replay\r")
    expect(child, "replays 8 resumes", "the replay armed")
    expect_prompt(child, "the prompt")
    child.send("std scheduler startWith: race\r")
    expect(child, "ab", "the replayed order")
    expect(child, "(replayed 8 of 8 resumes, 1 overriding the scheduler's choice", "the replay's summary")
    expect_prompt(child, "the prompt after the replay")
    child.send(CTRL_D)
    expect_exit(child, 0)


def scenario_live_editing(child, home):
    """Live editing at a terminal: :edit runs the editor (here a sed command given
    in VISUAL) with the terminal, installs the result; :changes and :undo."""
    binary, world, _ = child.self_arguments
    child.terminate(force=True)
    child = start(binary, world, home, VISUAL="sed -i 's/( 6 )/( 7 )/'")
    expect(child, PROMPT, "the prompt")
    child.send("_AddSlots: (| area = ( 6 ) |)\r")
    expect(child, "added area", "the definition acknowledged")
    expect_prompt(child, "the prompt")
    child.send(":edit area\r")
    expect(child, "added area", "the edited definition installed")
    expect_prompt(child, "the prompt")
    evaluate(child, "area", "7")
    child.send(":changes\r")
    expect(child, "~ area = ", "the change listed")
    expect_prompt(child, "the prompt")
    child.send(":undo\r")
    expect(child, "Undid input ", "the undo")
    expect_prompt(child, "the prompt")
    evaluate(child, "area", "6")
    child.send(CTRL_D)
    expect_exit(child, 0)


SCENARIOS = scenarios_of(globals())


if __name__ == "__main__":
    sys.exit(run(SCENARIOS, "repl_pty_input.py"))
