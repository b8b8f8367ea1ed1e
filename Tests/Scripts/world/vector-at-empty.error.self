"'key out of bounds' on an empty vector, even within its capacity."
((std vector copy add: 1) remove: 0) at: 0.
