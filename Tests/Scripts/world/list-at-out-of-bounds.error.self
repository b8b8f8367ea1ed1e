"'Could not find the item at the given index'."
(std list copyRemoveAll append: 1) at: 1.
