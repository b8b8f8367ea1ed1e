"asStringBase: of -2^62 underflows."
((2 ** 61) negate * 2) asStringBase: 16.
