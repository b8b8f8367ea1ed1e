"Integer overflow: 2^61 + 2^61 is 2^62."
(2 ** 61) + (2 ** 61).
