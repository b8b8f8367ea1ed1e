# Shared by the scripts in this folder. Source it
# (`source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"`), do not run it. It defines:
#
#   SWIFTSELF_ROOT        the repository root, found from this file's own path, so
#                         that every script works from any directory;
#   SWIFTSELF_SCRATCH     the build folder: `$SWIFTSELF_ROOT/.build` unless the
#                         environment sets it (to keep parallel builds apart);
#   swiftself_prepare     makes sure the tools and system packages the build needs are
#                         present, installing the missing packages with apt-get.
#
# The normal path (everything installed) asks only dpkg and needs no network.

SWIFTSELF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SWIFTSELF_SCRATCH="${SWIFTSELF_SCRATCH:-$SWIFTSELF_ROOT/.build}"

# How the scripts build release products: with the Swift runtime and Foundation
# linked statically, so that a start does not spend 2 ms in the dynamic loader
# (measured: an empty script 9.3 ms -> 7.3 ms wall, 35.9 M -> 30.6 M instructions).
# Every release build uses the same flags, so that they share one build folder.
SWIFTSELF_RELEASE=(-c release --static-swift-stdlib)

# System packages the build needs: libedit for the REPL's line editor (SelfShell's
# CEditLine target) and pkg-config to find it.
SWIFTSELF_PACKAGES=(libedit-dev pkg-config)

# Prints a message to standard error, prefixed with the script's name.
swiftself_say() {
    echo "$(basename "$0"): $*" >&2
}

# Whether a Debian package is installed (not merely known or half-removed).
swiftself_is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Runs a command as root: directly when we are root, else through sudo.
swiftself_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        swiftself_say "need root to run '$*', and sudo is not available"
        return 1
    fi
}

# Installs the missing packages of SWIFTSELF_PACKAGES. `apt-get update` runs only if
# the first install attempt fails (for example on a fresh container with no lists).
# apt's output goes to standard error, so that `scripts/run … | …` pipes only `self`.
swiftself_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        swiftself_say "not a Debian-like system: make sure ${SWIFTSELF_PACKAGES[*]} (or their equivalents) are installed"
        return 0
    fi
    local missing=()
    local package
    for package in "${SWIFTSELF_PACKAGES[@]}"; do
        swiftself_is_installed "$package" || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    swiftself_say "installing ${missing[*]}"
    local install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}")
    if ! swiftself_as_root "${install[@]}" >&2; then
        swiftself_say "install failed; updating the package lists and trying again"
        swiftself_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        swiftself_as_root "${install[@]}" >&2
    fi
}

# Checks for the Swift toolchain and installs the system packages.
swiftself_prepare() {
    if ! command -v swift >/dev/null 2>&1; then
        swiftself_say "the Swift toolchain (6.1 or later) is not on PATH; install it from https://www.swift.org/install/"
        exit 1
    fi
    swiftself_install_packages
}

# Installs one Debian package through apt-get when COMMAND is missing: swiftself_require
# COMMAND PACKAGE. `apt-get update` runs only if the first attempt fails. apt's output
# goes to standard error.
swiftself_require() {
    local command=$1 package=$2
    command -v "$command" >/dev/null 2>&1 && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        swiftself_say "'$command' is missing and this is not a Debian-like system: install $package"
        return 1
    fi
    swiftself_say "installing $package (for '$command')"
    local install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package")
    if ! swiftself_as_root "${install[@]}" >&2; then
        swiftself_say "install failed; updating the package lists and trying again"
        swiftself_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        swiftself_as_root "${install[@]}" >&2
    fi
}

# Erlang (`erl`, `escript`) without X11, for the actor benchmarks of scripts/bench.
swiftself_require_erlang() {
    swiftself_require erl erlang-nox
}

# curl, for the HTTP server test (Tests/SelfCLITests/HTTPServerTests.swift), which
# skips itself when curl is missing. scripts/test calls this before `swift test`.
swiftself_require_curl() {
    swiftself_require curl curl
}

# python3's pexpect, for the REPL's pseudo-terminal tests (Tests/SelfShellTests), which
# skip themselves without it: installed with pip when python3 lacks it.
swiftself_require_pexpect() {
    if python3 -c 'import pexpect' >/dev/null 2>&1; then
        return 0
    fi
    swiftself_say "installing python3 pexpect"
    python3 -m pip install --quiet pexpect >&2 || python3 -m pip install --quiet --break-system-packages pexpect >&2
}

# swiftself_dispatch_layout BINARY prints where the dispatch loop's head (the block
# that reads the next instruction and jumps through the opcode table, run once per
# bytecode) falls in its 64-byte line of code. Split across two lines, it made
# programs 5-30% slower with the same instructions (docs/performance.md, "Code
# layout"). The head is the most frequent target of the loop's direct jumps, and it
# ends at the first indirect jump. scripts/count and scripts/bench print it before
# their figures.
swiftself_dispatch_layout() {
    local binary=$1
    local start size name
    # A diagnostic only: without binutils it says so and the figures follow.
    if ! command -v objdump >/dev/null || ! command -v nm >/dev/null; then
        echo "dispatch head: not checked (objdump or nm missing)"
        return 0
    fi
    while read -r start size name; do
        if [[ "$(swift demangle "$name")" == *"specialization <SelfRuntime.NoTracing>"* ]]; then
            objdump -d --no-show-raw-insn --start-address="0x$start" \
                --stop-address="$((0x$start + 0x$size))" "$binary" | awk '
                function hex(text, i, n) {
                    n = 0
                    for (i = 1; i <= length(text); i++) n = n * 16 + index("0123456789abcdef", substr(text, i, 1)) - 1
                    return n
                }
                /^ *[0-9a-f]+:\t/ {
                    address = hex(substr($1, 1, length($1) - 1))
                    order[++count] = address
                    indirect[address] = ($2 == "jmp" && $3 ~ /^\*/)
                    if ($2 == "jmp" && $3 ~ /^[0-9a-f]+$/) targets[hex($3)]++
                }
                END {
                    for (t in targets) if (targets[t] > best) { best = targets[t]; head = t + 0 }
                    for (i = 1; i < count; i++) {
                        if (order[i] >= head && indirect[order[i]]) { end = order[i + 1]; break }
                    }
                    if (!best || !end) { print "dispatch head: not found in the dispatch loop"; exit }
                    offset = head % 64
                    printf "dispatch head: %d bytes at offset %d of its 64-byte line (%s)\n", end - head, offset,
                        offset + end - head <= 64 ? "within one line" : "SPLIT across two lines: expect every program to be slower"
                }'
            return
        fi
    done < <(nm -S --defined-only "$binary" | awk '$4 ~ /VirtualMachineC7execute6stopAt7tracing/ { print $1, $2, $4 }')
    echo "dispatch head: the dispatch loop was not found in $binary"
}
