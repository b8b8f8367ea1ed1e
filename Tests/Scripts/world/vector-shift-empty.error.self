"shift on an empty vector: 'key out of bounds'."
std vector copy shift.
