"traits.self: the two basic traits, std traits clonable and std traits singleton.

 Both have the lobby as their parent ('parent* = self' evaluated at the top
 level of a script), so everything that inherits from them sees std, nil, true,
 false, lobby, globals and the default behaviour (defaultBehavior.self).

 clonable: 'copy' makes a shallow copy. singleton: 'copy' answers the receiver."

std traits _AddSlots: (|
    clonable = (|
        parent* = self.

        copy = (clone).
    |).

    singleton = (|
        parent* = self.

        copy = (self).
    |).
|).
