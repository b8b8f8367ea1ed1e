"Expected error: attempted to non-local return to non-existent activation
 The helper script finishes with a block whose home is that script; once
 _RunScript has returned, the home is gone (language.md 7.7)."
'helpers/returns-block.self.disabled' _RunScript value.
