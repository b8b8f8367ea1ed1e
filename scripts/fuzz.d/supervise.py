"""The fuzzing supervisor behind scripts/fuzz (docs/robustness.md, "Fuzzing").

It runs `self-fuzz run` worker processes, one batch of inputs of one family under
one mode at a time (two at once by default, one per core), and classifies how
each batch ended:

  exit 0                the batch ran; its summary counts the outcomes of its
                        inputs (finished, runtime-error, time-limit, ...), and any
                        report in the wrong form is a `format` finding, and a
                        generated program's failed check of its own result a
                        `wrong` finding;
  exit 70               a `hang`: the VM did not stop after an input's time limit;
  exit 71               `memory`: the process passed its resident-memory limit;
  killed by a signal    a `crash`;
  the supervisor's own  a `hang` too: the worker stopped answering altogether.
  batch deadline

The worker keeps the index of the input it is running in a progress file, so a
finding names its input. The supervisor writes the input to the findings folder,
replays it alone (`self-fuzz replay`), minimises it when it reproduces (delta
debugging over lines, then bytes), and goes on with the rest of the batch.

The summary at the end gives the inputs and outcomes per family and mode and lists
the findings; the exit status is 1 when there is any.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

FAMILIES = ["parse", "mutate", "generate", "primitives", "actors"]
MODES = ["normal", "gc-stress", "isolation", "gc-sparse"]
HANG_STATUS = 70
# Inputs a worker runs in one VM (self-fuzz run --inputs-per-vm, whose default this is).
INPUTS_PER_VM = 200
MEMORY_STATUS = 71

# Inputs per worker batch: large where inputs are cheap, small where a batch would
# otherwise run for minutes (the collector at every allocation is slow).
BATCH = {
    ("parse", "normal"): 20000,
    ("parse", "gc-stress"): 5000,
    ("parse", "isolation"): 20000,
}
DEFAULT_BATCH = {"normal": 1000, "gc-stress": 100, "isolation": 500, "gc-sparse": 100}

# How a run divides its inputs among families and modes (per mille).
SHARE = {
    ("parse", "normal"): 525,
    ("parse", "gc-stress"): 20,
    ("mutate", "normal"): 100,
    ("mutate", "gc-stress"): 10,
    ("mutate", "gc-sparse"): 10,
    ("mutate", "isolation"): 10,
    ("generate", "normal"): 100,
    ("generate", "gc-stress"): 10,
    ("generate", "gc-sparse"): 10,
    ("generate", "isolation"): 10,
    ("primitives", "normal"): 100,
    ("primitives", "gc-stress"): 10,
    ("primitives", "gc-sparse"): 10,
    ("primitives", "isolation"): 10,
    ("actors", "normal"): 40,
    ("actors", "gc-stress"): 5,
    ("actors", "gc-sparse"): 5,
    ("actors", "isolation"): 15,
}


def log(message):
    print(message, flush=True)


class Run:
    """One fuzzing run: its options, counts and findings."""

    def __init__(self, options):
        self.options = options
        self.root = options.root
        self.fuzz = options.binary
        self.out = options.out
        self.findings_dir = os.path.join(self.out, "findings")
        self.work = os.path.join(self.out, "work")
        os.makedirs(self.findings_dir, exist_ok=True)
        os.makedirs(self.work, exist_ok=True)
        self.counts = {}
        self.inputs = {}
        self.findings = []
        self.started = time.monotonic()
        # Batches run in threads; counts and findings change under this lock.
        self.lock = threading.RLock()

    def common(self, family, mode):
        corpus = [os.path.join(self.root, d) for d in ("Tests/Scripts", "world", "docs/examples")]
        # Each mode gets its own inputs: the seed is the run's, varied by mode.
        seed = self.options.seed * len(MODES) + MODES.index(mode)
        args = ["--family", family, "--mode", mode, "--seed", str(seed)]
        for directory in corpus:
            args += ["--corpus", directory]
        args += ["--world", os.path.join(self.root, "world")]
        args += ["--time-limit", str(self.time_limit(mode))]
        return args

    def time_limit(self, mode):
        return self.options.time_limit * (5 if mode.startswith("gc-") else 1)

    def out_of_time(self):
        return self.options.seconds and time.monotonic() - self.started > self.options.seconds

    def batch(self, family, mode, first, count):
        """Runs inputs first..<first+count, resuming after each finding."""
        tag = f"{family}-{mode}-{first}"
        workdir = os.path.join(self.work, tag)
        os.makedirs(workdir, exist_ok=True)
        progress = os.path.join(workdir, "progress")
        summary = os.path.join(workdir, "summary")
        errors = os.path.join(workdir, "stderr")
        end = first + count
        while first < end:
            for path in (progress, summary):
                if os.path.exists(path):
                    os.remove(path)
            command = [self.fuzz, "run"] + self.common(family, mode) + [
                "--first", str(first), "--count", str(end - first),
                "--progress", progress, "--summary", summary,
            ]
            # A batch that does not finish in this time is stuck beyond what the
            # worker's watchdog can see.
            deadline = 120 + (end - first) * self.time_limit(mode) / 1000.0 * 3
            with open(errors, "wb") as stderr:
                try:
                    result = subprocess.run(command, cwd=workdir, stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL, stderr=stderr, timeout=deadline)
                    status = result.returncode
                except subprocess.TimeoutExpired:
                    status = HANG_STATUS
            if status == 0:
                self.take_summary(family, mode, summary, end - first)
                break
            index = read_index(progress)
            kind = {HANG_STATUS: "hang", MEMORY_STATUS: "memory"}.get(status, "crash")
            if status > 0 and status not in (HANG_STATUS, MEMORY_STATUS):
                kind = f"worker-exit-{status}"
            if index is None or index < first:
                with self.lock:
                    self.findings.append((kind, family, mode, first, "no input index", tail(errors)))
                self.add(family, mode, kind, 1)
                break
            self.add(family, mode, kind, 1)
            self.add_inputs(family, mode, index - first + 1)
            # The worker made a fresh VM at `first` and every 200 inputs after it.
            vm_start = first + (index - first) // INPUTS_PER_VM * INPUTS_PER_VM
            self.record(kind, family, mode, index, status, tail(errors), vm_start)
            first = index + 1
        shutil.rmtree(workdir, ignore_errors=True)

    def take_summary(self, family, mode, path, count):
        self.add_inputs(family, mode, count)
        try:
            lines = open(path).read().splitlines()
        except OSError:
            return
        if lines:
            for pair in lines[0].split():
                name, value = pair.split("=")
                self.add(family, mode, name, int(value))
        for line in lines[1:]:
            if line.startswith("finding "):
                index = int(line.split()[1].rstrip(":"))
                kind = "wrong" if "a wrong result" in line else "format"
                self.record(kind, family, mode, index, 1, line)

    def add(self, family, mode, name, value):
        with self.lock:
            key = (family, mode)
            self.counts.setdefault(key, {})
            self.counts[key][name] = self.counts[key].get(name, 0) + value

    def add_inputs(self, family, mode, count):
        with self.lock:
            self.inputs[(family, mode)] = self.inputs.get((family, mode), 0) + count

    def record(self, kind, family, mode, index, status, detail, vm_start=None):
        name = f"{kind}-{family}-{mode}-{self.options.seed}-{index}"
        path = os.path.join(self.findings_dir, name + ".self")
        with open(path, "wb") as file:
            file.write(self.print_input(family, mode, index))
        log(f"finding: {kind} in {family}/{mode} input {index} -> {path}")
        note = detail.strip().splitlines()[-12:] if detail else []
        minimised = None
        with self.lock:
            earlier = len([f for f in self.findings if f[0] == kind and f[1] == family])
        if earlier < 5:
            minimised = self.minimise(kind, family, mode, path, status)
            if minimised is None and vm_start is not None and vm_start < index:
                minimised = self.minimise_sequence(kind, family, mode, path, vm_start, index)
        with self.lock:
            self.findings.append((kind, family, mode, index, path, "\n".join(note), minimised))

    def print_input(self, family, mode, index):
        command = [self.fuzz, "print"] + self.common(family, mode) + ["--index", str(index)]
        return subprocess.run(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL).stdout

    def replay_status(self, family, mode, path):
        paths = path if isinstance(path, list) else [path]
        command = [self.fuzz, "replay"] + self.common(family, mode) + paths
        try:
            return subprocess.run(command, cwd=self.work, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=120).returncode
        except subprocess.TimeoutExpired:
            return HANG_STATUS

    def minimise(self, kind, family, mode, path, status):
        """Delta debugging: the smallest input found (within a time budget) that
        still ends the same way; written beside the input as NAME.min.self."""
        expected = self.replay_status(family, mode, path)
        if expected == 0 or (kind == "crash" and expected >= 0):
            log(f"  {os.path.basename(path)}: does not reproduce alone (replay status {expected})")
            return None
        data = open(path, "rb").read()
        budget = time.monotonic() + self.options.minimise_seconds
        candidate = path[:-len(".self")] + ".candidate.self"

        def same(trial):
            if time.monotonic() > budget:
                return False
            with open(candidate, "wb") as file:
                file.write(trial)
            return self.replay_status(family, mode, candidate) == expected

        for split in (lambda d: d.split(b"\n"), lambda d: [bytes([b]) for b in d]):
            join = b"\n" if split(b"a\nb") == [b"a", b"b"] else b""
            parts = split(data)
            chunks = 2
            while len(parts) >= 2 and time.monotonic() < budget:
                size = max(1, len(parts) // chunks)
                reduced = False
                for start in range(0, len(parts), size):
                    trial = parts[:start] + parts[start + size:]
                    if trial and same(join.join(trial)):
                        parts = trial
                        chunks = max(chunks - 1, 2)
                        reduced = True
                        break
                if not reduced:
                    if size == 1:
                        break
                    chunks = min(len(parts), chunks * 2)
            data = join.join(parts)
        minimised = path[:-len(".self")] + ".min.self"
        with open(minimised, "wb") as file:
            file.write(data)
        if os.path.exists(candidate):
            os.remove(candidate)
        log(f"  minimised to {len(data)} bytes -> {minimised}")
        return minimised

    def minimise_sequence(self, kind, family, mode, path, vm_start, index):
        """For a finding that needs earlier inputs of its VM: replays inputs
        vm_start..index in one VM and, when that ends the same way, removes the
        earlier inputs that are not needed (delta debugging over the list, within the
        time budget). Writes the needed indices and the command that replays them to
        NAME.sequence beside the input; the inputs go to NAME.sequence.d/."""
        folder = path[:-len(".self")] + ".sequence.d"
        os.makedirs(folder, exist_ok=True)
        files = {}
        for i in range(vm_start, index + 1):
            files[i] = os.path.join(folder, f"{i}.self")
            with open(files[i], "wb") as file:
                file.write(self.print_input(family, mode, i))
        expected = self.replay_status(family, mode, [files[i] for i in range(vm_start, index + 1)])
        if expected == 0 or (kind == "crash" and expected >= 0):
            log(f"  {os.path.basename(path)}: does not reproduce with inputs {vm_start}..{index} either")
            shutil.rmtree(folder, ignore_errors=True)
            return None
        budget = time.monotonic() + self.options.minimise_seconds
        needed = list(range(vm_start, index))

        def same(earlier):
            if time.monotonic() > budget:
                return False
            return self.replay_status(family, mode, [files[i] for i in earlier + [index]]) == expected

        chunks = 2
        while needed and time.monotonic() < budget:
            size = max(1, len(needed) // chunks)
            reduced = False
            for start in range(0, len(needed), size):
                trial = needed[:start] + needed[start + size:]
                if same(trial):
                    needed = trial
                    chunks = max(chunks - 1, 2)
                    reduced = True
                    break
            if not reduced:
                if size == 1:
                    break
                chunks = min(max(1, len(needed)), chunks * 2)
        for i, file in files.items():
            if i not in needed and i != index:
                os.remove(file)
        sequence = path[:-len(".self")] + ".sequence"
        replay = " ".join([os.path.basename(self.fuzz), "replay"] + self.common(family, mode)
                          + [files[i] for i in needed + [index]])
        with open(sequence, "w") as file:
            file.write(" ".join(str(i) for i in needed + [index]) + "\n" + replay + "\n")
        log(f"  needs {len(needed)} earlier input(s) of its VM: {needed[:20]} -> {sequence}")
        return sequence

    def report(self):
        total = sum(self.inputs.values())
        log("")
        log(f"fuzzing: seed {self.options.seed}, {total} inputs in {time.monotonic() - self.started:.0f} s")
        families = {}
        for (family, mode), count in sorted(self.inputs.items()):
            families[family] = families.get(family, 0) + count
            outcomes = " ".join(f"{k}={v}" for k, v in sorted(self.counts.get((family, mode), {}).items()))
            log(f"  {family:<10} {mode:<9} {count:>9}  {outcomes}")
        log("  per family: " + ", ".join(f"{f} {families[f]}" for f in FAMILIES if f in families))
        if not self.findings:
            log("no crash, hang, memory overrun or malformed report")
            return 0
        log(f"{len(self.findings)} finding(s):")
        for finding in self.findings:
            log("  " + " | ".join(str(part) for part in finding if part))
        return 1


def read_index(path):
    try:
        text = open(path).read().strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


def tail(path, size=4000):
    try:
        with open(path, "rb") as file:
            file.seek(0, os.SEEK_END)
            file.seek(max(0, file.tell() - size))
            return file.read().decode("utf-8", "replace")
    except OSError:
        return ""


def plan(options):
    """The batches of a run: (family, mode, first, count), interleaved so that a run
    cut short by its time budget still covers every family."""
    families = options.families.split(",")
    modes = options.modes.split(",")
    shares = {k: v for k, v in SHARE.items() if k[0] in families and k[1] in modes}
    scale = options.inputs / max(1, sum(shares.values()))
    queues = []
    for (family, mode), share in shares.items():
        count = max(1, int(share * scale))
        size = BATCH.get((family, mode), DEFAULT_BATCH[mode])
        if options.quick:
            size = min(size, max(1, count // 2))
        queue = []
        first = 0
        while first < count:
            queue.append((family, mode, first, min(size, count - first)))
            first += size
        queues.append(queue)
    batches = []
    while any(queues):
        for queue in queues:
            if queue:
                batches.append(queue.pop(0))
    return batches


def main():
    parser = argparse.ArgumentParser(prog="scripts/fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--inputs", type=int, default=1_000_000, help="inputs in all (default 1,000,000)")
    parser.add_argument("--seconds", type=int, default=0, help="stop starting batches after this (0: no limit)")
    parser.add_argument("--seed", type=int, default=None, help="default: random, printed")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--time-limit", type=int, default=2000, help="per input, ms (x5 under gc-stress and gc-sparse)")
    parser.add_argument("--minimise-seconds", type=int, default=120)
    parser.add_argument("--quick", action="store_true", help="small batches (the run in scripts/test)")
    options = parser.parse_args()
    if options.seed is None:
        options.seed = random.randrange(1, 2**31)
    run = Run(options)
    batches = plan(options)
    log(f"fuzzing: seed {options.seed}, {options.inputs} inputs in {len(batches)} batches, "
        f"{options.jobs} at a time" + (f", at most {options.seconds} s" if options.seconds else ""))

    def work(batch):
        if run.out_of_time():
            return
        run.batch(*batch)

    with ThreadPoolExecutor(max_workers=options.jobs) as pool:
        list(pool.map(work, batches))
    sys.exit(run.report())


if __name__ == "__main__":
    main()
