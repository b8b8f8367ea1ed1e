#if canImport(Glibc)
    import Glibc
#endif

/// The clock behind `_MonotonicNanoseconds` (docs/primitives-extensions.md).
extension Platform {
    /// `clock_gettime(CLOCK_MONOTONIC)` in nanoseconds: it never goes backwards and
    /// has an unspecified origin (on Linux, boot), so only differences mean anything.
    /// The value fits a 63-bit VM integer for about 146 years of uptime.
    public static func monotonicNanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
