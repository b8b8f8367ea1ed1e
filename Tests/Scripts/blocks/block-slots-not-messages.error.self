"Expected error: Unknown selector 'blockLocal'
 A block's own slots are not visible as messages on the block object
 (language.md 7.3)."
[| blockLocal = 3 | blockLocal ] blockLocal.
