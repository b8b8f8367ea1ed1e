"Expected error: Unknown selector 'errorsTestNoSuchSelector'
 A message that finds nothing (language.md 7.1, 12)."
3 errorsTestNoSuchSelector.
