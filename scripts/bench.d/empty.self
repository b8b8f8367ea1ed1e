"empty.self: does nothing; scripts/bench (section startup) times 'self empty.self',
 which loads the world first."
