"Integer literals in every radix, with underscores and the quirks of §2.6."
0. 00. 0_0. 42. 1_000_000. 4611686018427387903.
0x1F. 0X1f. 00x1F. 0x. 0o17. 0O7_7. 0b1010. 0B1_0.
1succ. 3negate.
"Floats (§2.7): a period not followed by a digit ends the statement."
0.5. 00.5. 3.25. 3.
"Strings (§2.8): escapes, a raw tab and UTF-8 are kept."
''. 'plain'. 'esc \n\r\t\\\'\x41\xfF'. 'tab	here'. 'héllo'.
"No negative literals: these are binary sends to self."
-1. 0 - 1.
