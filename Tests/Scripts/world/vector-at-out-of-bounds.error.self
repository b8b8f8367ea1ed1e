"'key out of bounds' past the end."
(std vector copy add: 1) at: 1.
