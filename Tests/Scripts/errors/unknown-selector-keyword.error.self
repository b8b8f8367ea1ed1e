"Expected error: Unknown selector 'errorsTestNo:Such:'
 The selector in the report is the whole keyword selector (language.md 7.1, 12)."
3 errorsTestNo: 1 Such: 2.
