#!/usr/bin/env self
"An inventory of items: prototypes with traits, keyword and binary methods,
 blocks with arguments and locals, non-local returns, and ; pipes."
| scratch |

"Behaviour shared by every item."
traits _AddSlots: (|
    item = (|
        parent* = traits clonable.
        printString = (name, ' x', count printString).
        = other = ((name = other name) && [ count = other count ]).
        + other = (copy count: count + other count).
        isEmpty = (count = 0).
    |).
|).

"The prototype item and the inventory."
lobby _AddSlots: (|
    item = (| parent* = traits item. name <- 'nothing'. count <- 0 |).
    inventory = (|
        parent* = traits clonable.
        items <- list copy.
        add: anItem = (items add: anItem; yourself).
        named: aName IfAbsent: aBlock = (
            items do: [| :each | each name = aName ifTrue: [ ^ each ] ].
            aBlock value
        ).
        totalCount = (| sum <- 0 |
            items do: [| :each. before | before: sum. sum: before + each count ].
            sum
        ).
        restock: aName By: n = (| found |
            found: named: aName IfAbsent: [ ^ self ].
            found count: found count + n.
            self
        ).
    |).
|).

inventory add: (item clone name: 'apple'; count: 3); add: (item clone name: 'pear'; count: 0).
(inventory named: 'apple' IfAbsent: [ item ]) printString printLine.
inventory restock: 'pear' By: 0x0A.
inventory totalCount = 13 ifFalse: [ 'wrong total' printLine ].
[| :a. :b | a + b ] value: 1 With: 2; printLine.
(item + item) isEmpty; printLine.
