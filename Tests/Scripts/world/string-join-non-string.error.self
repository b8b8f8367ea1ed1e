"join: needs strings."
', ' join: (1 & 2) asVector.
