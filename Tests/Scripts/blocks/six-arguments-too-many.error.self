"Expected error: Unknown selector 'value:With:With:With:With:With:'
 A block sent an invocation selector for more arguments than it takes goes
 through normal lookup (language.md 7.3); the world defines the dropping
 'value:...' methods only up to five arguments (world-api.md)."
[| :a | a ] value: 1 With: 2 With: 3 With: 4 With: 5 With: 6.
