"raiseError sent 'value: 2' raises 'Error raised: 2'."
raiseError value: 2.
