%% actor_empty.erl: does nothing. scripts/bench (the actor sections) times
%% `erl +S 1:1 -noshell -s actor_empty main -s init stop` to measure the start-up
%% (and shutdown) of the BEAM, which it subtracts from the other actor_*.erl runs.
-module(actor_empty).
-export([main/0]).

main() -> ok.
