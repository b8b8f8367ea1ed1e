"globals.self: the lobby's globals* parent.

 globals holds 'std' (the library namespace), 'true' and 'false'. The VM's own
 traits objects (language.md 10.1) are reached by sending 'parent' to a value
 of each kind and are stored under 'std traits'. 'std mixins' starts empty and
 is filled by mixins.self; every other file adds its objects to 'std' and
 'std traits'."

_AddSlots: (|
    globals* = (|
        std = (|
            traits = (|
                integer = 0 parent.
                string = '' parent.
                float = 0.0 parent.
                block = [] parent.
                array = (_ArrayCopySize: 0 FillingExtrasWith: _Nil) parent.
            |).
            mixins = ().
        |).
        true = 0 _IntLT: 1.
        false = 1 _IntLT: 0.
    |).
|).
