"Expected error: Unknown selector 'std'
 The float traits object has no parent, so a float cannot reach the lobby (language.md 11.2)."
1.5 std.
