"The predecessor is prec; there is no pred."
3 pred.
