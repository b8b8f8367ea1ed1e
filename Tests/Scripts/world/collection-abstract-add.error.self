"The insertable mixin's add: is abstract."
(|
    insertable* = std mixins implicitKeyInsertableCollection.
    parent* = std traits collection.
|) add: 3.
