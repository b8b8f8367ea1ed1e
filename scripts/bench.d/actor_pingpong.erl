%% actor_pingpong.erl: two processes exchange a message 1,000,000 round trips
%% (ping n, answered by pong n). Prints the number of round trips: 1000000.
%% The same program as actor-pingpong.self; scripts/bench section actor-pingpong.
-module(actor_pingpong).
-export([main/0]).

-define(ROUNDS, 1000000).

main() ->
    Ponger = spawn(fun ponger/0),
    io:format("~b~n", [pinger(Ponger, 0)]),
    Ponger ! stop.

pinger(_Ponger, ?ROUNDS) -> ?ROUNDS;
pinger(Ponger, N) ->
    Ponger ! {ping, self(), N},
    receive {pong, N} -> pinger(Ponger, N + 1) end.

ponger() ->
    receive
        {ping, From, N} -> From ! {pong, N}, ponger();
        stop -> ok
    end.
