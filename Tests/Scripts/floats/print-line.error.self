"Expected error: Unknown selector 'printLine'
 Floats have no behaviour: 1.5 printLine is Unknown selector (language.md 11.2, verified in ZigSelf)."
1.5 printLine.
