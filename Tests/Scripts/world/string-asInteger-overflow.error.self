"A value that does not fit overflows."
'99999999999999999999' asInteger.
