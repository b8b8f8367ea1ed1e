"Expected error: Expected number for argument 1 of _FloatMul:
 A float literal receiver of an arithmetic instruction, loaded as an immediate
 float, makes the real send with a new float object when the argument is not a
 number; its primitive names the argument."
(| twice: x = ( 2.0 * x ) |) twice: 'two'.
