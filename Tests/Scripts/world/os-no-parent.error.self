"std os has no parent, so it answers nothing but its own messages."
std os copy.
