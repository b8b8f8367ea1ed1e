"Expected error: Expected a slots object for receiver of _Genesis:
 A block is not accepted as the receiver of _Genesis: (actors.md 4.1 step 2)."
[ 1 ] _Genesis: 'value'.
