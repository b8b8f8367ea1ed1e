"The indexable mixin's at: is abstract: 'This slot is not implemented'."
(|
    indexable* = std mixins indexableCollection.
    parent* = std traits collection.
|) at: 0.
