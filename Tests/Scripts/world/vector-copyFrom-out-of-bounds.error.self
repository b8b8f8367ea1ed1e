"copyFrom:To: past the end fails in at:."
(1 & 2) asVector copyFrom: 0 To: 3.
