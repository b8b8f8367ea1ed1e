"Expected error: Expected a byte array for receiver of _RunScript
 (language.md 8.2, primitives.md 1.2)."
3 _RunScript.
