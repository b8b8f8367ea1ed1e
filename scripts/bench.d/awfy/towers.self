"towers.self: the Towers benchmark of 'Are We Fast Yet', as towers.lua. The
 towers of Hanoi: 13 disks (plus a disk 0 at the top, which stays) move from
 pile 0 to pile 1, each pile a linked list of disks; the result is the number
 of moves (8191)."

'harness.self' _RunScript.

_AddSlots: (|
    towersDisk = (|
        parent* = std traits clonable.
        size <- 0.
        next.
    |).

    towersBenchmark = (|
        parent* = std traits clonable.
        piles.
        movesDone <- 0.

        benchmark = (
            piles: (std array copySize: 3).
            buildTowerAt: 0 Disks: 13.
            movesDone: 0.
            moveDisks: 13 From: 0 To: 1.
            movesDone ).

        verifyResult: result = (result = 8191).

        pushDisk: disk On: pile = ( | top |
            top: (piles at: pile).
            (nil != top) && [ disk size >= top size ] ifTrue: [
                _Error: 'Cannot put a big disk on a smaller one' ].
            disk next: top.
            piles at: pile Put: disk.
            self ).

        popDiskFrom: pile = ( | top |
            top: (piles at: pile).
            nil == top ifTrue: [
                _Error: 'Attempting to remove a disk from an empty pile' ].
            piles at: pile Put: top next.
            top next: nil.
            top ).

        moveTopDiskFrom: fromPile To: toPile = (
            pushDisk: (popDiskFrom: fromPile) On: toPile.
            movesDone: movesDone + 1.
            self ).

        buildTowerAt: pile Disks: disks = ( | i |
            i: disks.
            [ i >= 0 ] whileTrue: [
                pushDisk: (towersDisk copy size: i) On: pile.
                i: i - 1 ].
            self ).

        moveDisks: disks From: fromPile To: toPile = ( | otherPile |
            disks = 1
                ifTrue: [ moveTopDiskFrom: fromPile To: toPile ]
                False: [
                    otherPile: (3 - fromPile) - toPile.
                    moveDisks: disks - 1 From: fromPile To: otherPile.
                    moveTopDiskFrom: fromPile To: toPile.
                    moveDisks: disks - 1 From: otherPile To: toPile ].
            self ).
    |).
|).

awfy run: towersBenchmark Named: 'Towers' Iterations: 250.
