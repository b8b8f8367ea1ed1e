"Expected error: Code generation for the script passed to _RunScript failed
 A loaded script with an unknown primitive fails to compile: a runtime error
 in the caller (language.md 3.2, primitives.md 3.1)."
'helpers/unknown-primitive.self.disabled' _RunScript.
