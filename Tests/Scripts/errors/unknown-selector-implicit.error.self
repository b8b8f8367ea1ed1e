"Expected error: Unknown selector 'errorsTestNoSuchGlobal'
 An implicit-receiver send at the top level goes to the lobby (language.md 9.1, 12)."
errorsTestNoSuchGlobal.
