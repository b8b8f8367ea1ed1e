"The removable mixin's remove: raises 'key does not exist in collection'."
(|
    removable* = std mixins removableCollection.
    parent* = std traits collection.
    remove: key IfAbsent: blk = (blk value).
|) remove: 3.
