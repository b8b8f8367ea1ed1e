"childMustImplement raises 'This slot is not implemented'."
(| parent* = std traits clonable. area = (childMustImplement) |) area.
