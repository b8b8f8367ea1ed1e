"Writing past the end of an array is a primitive error: arrays do not grow."
std array copy at: 0 Put: 1.
