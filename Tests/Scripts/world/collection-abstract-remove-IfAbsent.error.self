"The removable mixin's remove:IfAbsent: is abstract: 'This slot is not implemented'."
(|
    removable* = std mixins removableCollection.
    parent* = std traits collection.
|) remove: 0 IfAbsent: [ nil ].
