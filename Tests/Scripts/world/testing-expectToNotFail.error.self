"The fail block raises 'Unexpected failure'."
std testing test expectToNotFail: [| :fail | fail value ].
