"Expected error: Expected an array for receiver of _ArraySize
 (primitives.md 3.5)"
'abc' _ArraySize.
