"asString needs the elements' asString; plain objects have none."
(std vector copy add: (| parent* = std traits clonable |)) asString.
