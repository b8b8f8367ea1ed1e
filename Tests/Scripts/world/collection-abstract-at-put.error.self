"The mutable mixin's at:Put: is abstract."
(|
    mutable* = std mixins mutableCollection.
    parent* = std traits collection.
|) at: 0 Put: 3.
