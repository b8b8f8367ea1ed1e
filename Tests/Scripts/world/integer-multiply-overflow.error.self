"Integer overflow: 2^31 * 2^31 is 2^62."
(2 ** 31) * (2 ** 31).
