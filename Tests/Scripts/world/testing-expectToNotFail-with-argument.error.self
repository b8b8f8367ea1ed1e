"The fail block raises 'Unexpected failure' when sent value: too."
std testing test expectToNotFail: [| :fail | fail value: 2 ].
