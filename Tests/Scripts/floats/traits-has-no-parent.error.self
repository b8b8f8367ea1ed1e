"Expected error: Unknown selector 'parent'
 std traits float stays empty and has no parent slot (language.md 11.2)."
std traits float parent.
