"Expected error: Unknown selector 'lookupIntParentMissing'
 A parent slot holding an integer: ZigSelf aborts (defect). The new VM SHOULD
 treat it as a parent with no slots (giving this error) or raise a runtime
 error; it MUST NOT crash (language.md 7.4)."
(| p* = 3 |) lookupIntParentMissing.
