"everything.self: the entry script of the world (the standard library).

 Running this file builds the whole library in a fresh VM. It first gives the
 lobby its 'nil' and 'lobby' slots (language.md 10.2), then runs the parts in
 dependency order. Each part only adds slots, with _AddSlots:, to the lobby or
 to objects reachable from it. Paths given to _RunScript are relative to this
 file's directory.

 Later parts (actors and the scheduler) are appended at the end of the list:
 they depend on everything before them."

_AddSlots: (|
    nil = _Nil.
    lobby = self.
|).

'globals.self' _RunScript.
'traits.self' _RunScript.
'defaultBehavior.self' _RunScript.
'nil.self' _RunScript.
'boolean.self' _RunScript.
'integer.self' _RunScript.
'float.self' _RunScript.
'block.self' _RunScript.
'collection.self' _RunScript.
'mixins.self' _RunScript.
'array.self' _RunScript.
'vector.self' _RunScript.
'string.self' _RunScript.
'list.self' _RunScript.
'hashTable.self' _RunScript.
'hashSet.self' _RunScript.
'hashMap.self' _RunScript.
'sortKey.self' _RunScript.
'collector.self' _RunScript.
'testing.self' _RunScript.
'os.self' _RunScript.
'file.self' _RunScript.
'deque.self' _RunScript.
'actor.self' _RunScript.
'scheduler.self' _RunScript.
