%% actor_payload.erl: a list of 100 strings ("item 1" .. "item 100", as binaries)
%% is sent back and forth 100,000 round trips; each side sends on the copy it
%% received. Prints the round trips, the list's length and the total length of its
%% strings: "100000 100 692". The same program as actor-payload.self; scripts/bench
%% section actor-payload.
-module(actor_payload).
-export([main/0]).

-define(ROUNDS, 100000).

main() ->
    Payload = [list_to_binary("item " ++ integer_to_list(I)) || I <- lists:seq(1, 100)],
    Echo = spawn(fun echo/0),
    Last = pinger(Echo, Payload, 0),
    Echo ! stop,
    Bytes = lists:sum([byte_size(S) || S <- Last]),
    io:format("~b ~b ~b~n", [?ROUNDS, length(Last), Bytes]).

pinger(_Echo, Payload, ?ROUNDS) -> Payload;
pinger(Echo, Payload, N) ->
    Echo ! {ping, self(), Payload},
    receive {pong, Back} -> pinger(Echo, Back, N + 1) end.

echo() ->
    receive
        {ping, From, Payload} -> From ! {pong, Payload}, echo();
        stop -> ok
    end.
