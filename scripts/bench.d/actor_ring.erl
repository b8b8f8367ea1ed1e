%% actor_ring.erl: 1,000 processes in a ring pass a token 1,000,000 hops. The
%% token carries the number of hops left; the node that receives 0 prints the
%% hops made and its own index (1-based), then a stop goes once round the ring.
%% Prints "1000000 1": 1,000,000 hops from node 1 end at node 1.
%% The same program as actor-ring.self; scripts/bench section actor-ring.
-module(actor_ring).
-export([main/0]).

-define(NODES, 1000).
-define(HOPS, 1000000).

main() ->
    Nodes = [spawn(fun() -> ring_node(I) end) || I <- lists:seq(1, ?NODES)],
    Nexts = tl(Nodes) ++ [hd(Nodes)],
    [Node ! {next, Next} || {Node, Next} <- lists:zip(Nodes, Nexts)],
    Main = self(),
    hd(Nodes) ! {token, ?HOPS, Main},
    receive done -> ok end.

ring_node(I) ->
    receive {next, Next} -> loop(I, Next) end.

loop(I, Next) ->
    receive
        {token, 0, Main} ->
            io:format("~b ~b~n", [?HOPS, I]),
            Next ! stop,
            receive stop -> Main ! done end;
        {token, N, Main} ->
            Next ! {token, N - 1, Main},
            loop(I, Next);
        stop ->
            Next ! stop
    end.
