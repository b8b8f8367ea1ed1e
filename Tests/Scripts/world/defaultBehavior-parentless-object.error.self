"Parentless program objects do not have the default behaviour (world-api.md 3)."
(| x = 1 |) value.
