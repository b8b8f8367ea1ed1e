%% actor_spawn.erl: spawns 100,000 processes that each wait in a receive, then
%% prints how many it spawned and ends (erlang:halt kills the idle processes).
%% Prints "100000". With an argument, `-run actor_spawn main N`, it spawns N
%% (scripts/bench runs it with 0 to find the memory per idle process).
%% The same program as actor-spawn.self; scripts/bench section actor-spawn.
-module(actor_spawn).
-export([main/0, main/1]).

main() -> main(["100000"]).

main([Count]) ->
    N = list_to_integer(Count),
    spawn_waiters(N),
    io:format("~b~n", [N]).

spawn_waiters(0) -> ok;
spawn_waiters(N) ->
    spawn(fun waiter/0),
    spawn_waiters(N - 1).

waiter() ->
    receive finish -> ok end.
