"Quirk: joining an empty collection with a non-empty delimiter fails."
', ' join: std vector.
