"""What the REPL's pexpect fixtures share (repl_pty*.py): keys, starting `self`
under a pseudo-terminal with a home of the test's own, waiting for output with a
failure that shows what the REPL printed, and running one scenario from the command
line.

pexpect makes its own pty, so the fixtures work without a terminal (in CI too).
"""

import os
import sys

import pexpect

TIMEOUT = 15
UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"
PROMPT = "> "


class ScenarioFailed(Exception):
    pass


def start(binary, world, home, **variables):
    """`self --world WORLD` with HOME set to `home` (history file, ~/.editrc), no
    SELF_HISTORY, EDITRC or NO_COLOR from the caller, and `variables` added."""
    env = dict(os.environ)
    env["HOME"] = home
    env["TERM"] = "xterm"
    for name in ("SELF_HISTORY", "EDITRC", "NO_COLOR"):
        env.pop(name, None)
    env.update(variables)
    return pexpect.spawn(
        binary,
        ["--world", world],
        env=env,
        encoding="utf-8",
        codec_errors="replace",
        timeout=TIMEOUT,
        dimensions=(24, 100),
    )


def expect(child, pattern, what, regex=False):
    """Waits for a literal text (or a regular expression); fails the scenario with
    the output so far. Answers what came before it."""
    try:
        if regex:
            child.expect(pattern)
        else:
            child.expect_exact(pattern)
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        raise ScenarioFailed(
            "expected %s (%r); the REPL showed:\n%r" % (what, pattern, child.before)
        ) from error
    return child.before


def expect_exit(child, status):
    try:
        child.expect(pexpect.EOF)
    except pexpect.TIMEOUT as error:
        raise ScenarioFailed("the REPL did not exit; it showed:\n%r" % child.before) from error
    child.close()
    if child.exitstatus != status:
        raise ScenarioFailed(
            "expected exit status %d, got %r (signal %r)"
            % (status, child.exitstatus, child.signalstatus)
        )


def run(scenarios, script):
    """The command line of a fixture: `SCRIPT SCENARIO SELF_BINARY WORLD_DIR
    HOME_DIR`. Runs the scenario on a started REPL (whose `self_arguments` let it
    start more); exit status 0 when it passes, 1 with the reason when it fails."""
    if len(sys.argv) != 5 or sys.argv[1] not in scenarios:
        sys.stderr.write(
            "usage: %s {%s} SELF_BINARY WORLD_DIR HOME_DIR\n" % (script, ",".join(scenarios))
        )
        return 2
    name, binary, world, home = sys.argv[1:]
    child = start(binary, world, home)
    child.self_arguments = (binary, world, home)
    try:
        scenarios[name](child, home)
    except ScenarioFailed as failure:
        sys.stdout.write("scenario %s failed: %s\n" % (name, failure))
        child.terminate(force=True)
        return 1
    return 0


def scenarios_of(namespace):
    """The `scenario_NAME` functions of a module's globals, by NAME."""
    return {
        name[len("scenario_"):]: function
        for name, function in namespace.items()
        if name.startswith("scenario_")
    }
