"array.self: std array and std traits array, the VM's array traits
 (world-api.md 10).

 Arrays have a fixed size; copySize: makes a new one. std array is a shared
 empty array. Lookup order in the traits: own slots, the mutable mixin, the
 indexable mixin, then std traits collection."

std traits array _AddSlots: (|
    mutableMixin* = std mixins mutableCollection.
    indexableMixin* = std mixins indexableCollection.
    parent* = std traits collection.

    at: i = (_ArrayAt: i).
    at: i Put: v = (_ArrayAt: i Put: v).
    size = (_ArraySize).

    "A new array of n elements: the receiver's first elements, then nil."
    copySize: n = (_ArrayCopySize: n FillingExtrasWith: nil).
    copySize: n FillingExtrasWith: v = (_ArrayCopySize: n FillingExtrasWith: v).

    "Quirk: answers the shared empty array std array, not a new array."
    copyRemoveAll = (std array).
|).

std _AddSlots: (|
    array = _ArrayCopySize: 0 FillingExtrasWith: nil.
|).
