"_ActorID needs an actor object."
3 _ActorID.
