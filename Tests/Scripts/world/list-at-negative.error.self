"'Could not find the item at the given index' for a negative index."
(std list copyRemoveAll append: 1) at: 1 negate.
