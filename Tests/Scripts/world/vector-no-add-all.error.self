"There is no addAll:."
std vector copy addAll: (1 & 2) asVector.
