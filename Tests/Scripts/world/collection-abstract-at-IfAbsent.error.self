"A collection that does not implement at:IfAbsent:."
(| parent* = std traits collection |) at: 0 IfAbsent: [ nil ].
