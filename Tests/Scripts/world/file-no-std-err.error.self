"There is no std err."
std err write: 'x'.
