"Float traits have no parent, so not even 'value' is understood."
1.5 value.
