"Expected error: Unknown selector 'limit:'
 A constant slot of an object has no assignment form, even when reached
 through a parent (language.md 7.4)."
(| p* = (| limit = 10 |) |) limit: 11.
