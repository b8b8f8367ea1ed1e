%% actor_fanin.erl: 100 producers each send the numbers 1..10,000 to one consumer,
%% which adds them up. Prints the messages received and their sum:
%% "1000000 5000500000". The same program as actor-fanin.self; scripts/bench
%% section actor-fanin.
-module(actor_fanin).
-export([main/0]).

-define(PRODUCERS, 100).
-define(MESSAGES, 10000).

main() ->
    Main = self(),
    Consumer = spawn(fun() -> consume(Main, ?PRODUCERS * ?MESSAGES, 0, 0) end),
    [spawn(fun() -> produce(Consumer, 1) end) || _ <- lists:seq(1, ?PRODUCERS)],
    receive {done, Count, Sum} -> io:format("~b ~b~n", [Count, Sum]) end.

produce(_Consumer, I) when I > ?MESSAGES -> ok;
produce(Consumer, I) ->
    Consumer ! {add, I},
    produce(Consumer, I + 1).

consume(Main, Expected, Expected, Sum) -> Main ! {done, Expected, Sum};
consume(Main, Expected, Count, Sum) ->
    receive {add, I} -> consume(Main, Expected, Count + 1, Sum + I) end.
