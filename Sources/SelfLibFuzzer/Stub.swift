// `main` for a plain build. With `-sanitize=fuzzer`, libFuzzer's runtime provides
// `main`, so scripts/fuzz-coverage also passes `-DSELF_LIBFUZZER` to leave this out
// (without it, the link fails: two definitions of `main`).

#if !SELF_LIBFUZZER
    import SelfRuntime

    /// The command a plain `swift build` makes: it only says how to build the real fuzzer.
    @main
    enum Stub {
        /// Prints where the fuzzer is and exits with status 2.
        static func main() {
            Platform.writeError(
                "self-libfuzzer: this build has no fuzzer; run scripts/fuzz-coverage "
                    + "(swift build --product self-libfuzzer --sanitize=fuzzer -Xswiftc -DSELF_LIBFUZZER)\n")
            Platform.exit(2)
        }
    }
#endif
