"Expected error: Unknown selector 'errorsTestMissing'
 An error deep inside methods reaches the top level (language.md 12)."
(| parent* = std traits clonable. a = (b). b = ([ c ] value). c = (3 errorsTestMissing) |) a.
