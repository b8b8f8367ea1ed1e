/* runstat.c: runs a command once and prints, on the file named by its first
   argument, the command's wall time and CPU time (user + system) in seconds and its
   peak resident memory in KB, separated by spaces; exits with the command's status
   (128 + the signal number if it was killed).

       runstat RESULT-FILE COMMAND [ARGUMENT...]

   scripts/bench compiles it and runs every measured command through it. The peak
   comes from wait4, so it is the command's own. It has to be a small C program
   because Linux keeps, as the peak of a process that calls exec, the peak of the
   image it replaced: a command started straight from python3 would never show less
   than python3's own 10-odd MB. This process takes about 1 MB. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: runstat RESULT-FILE COMMAND [ARGUMENT...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) {
        perror("runstat: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("runstat: exec");
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("runstat: wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double wall = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
               + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    FILE *result = fopen(argv[1], "w");
    if (result == NULL) {
        perror("runstat: result file");
        return 2;
    }
    fprintf(result, "%.6f %.6f %ld\n", wall, cpu, usage.ru_maxrss);
    fclose(result);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
