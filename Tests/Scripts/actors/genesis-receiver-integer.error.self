"Expected error: Expected a slots object for receiver of _Genesis:
 The receiver of _Genesis: must be a slots object (actors.md 4.1 step 2)."
3 _Genesis: 'succ'.
