"2 ** 62 overflows."
2 ** 62.
