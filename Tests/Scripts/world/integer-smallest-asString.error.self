"-2^62 cannot be printed: negating it underflows."
((2 ** 61) negate * 2) asString.
