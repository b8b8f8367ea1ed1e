"';' sends to the previous result: this sends assert to false."
1 = 2; assert.
