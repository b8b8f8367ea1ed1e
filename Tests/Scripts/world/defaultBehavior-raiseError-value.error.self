"raiseError sent 'value' raises 'Error raised'."
raiseError value.
