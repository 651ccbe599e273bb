#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#include <sys/time.h>

#define __NEED_id_t
#include <bits/alltypes.h>

typedef unsigned long long rlim_t;

struct rlimit {
	rlim_t rlim_cur;
	rlim_t rlim_max;
};

/* Only the times: the established WASI ABI's struct rusage. */
struct rusage {
	struct timeval ru_utime;
	struct timeval ru_stime;
};

#define RLIM_INFINITY (~0ULL)
#define RLIM_SAVED_CUR RLIM_INFINITY
#define RLIM_SAVED_MAX RLIM_INFINITY

#define RLIMIT_CPU     0
#define RLIMIT_FSIZE   1
#define RLIMIT_DATA    2
#define RLIMIT_STACK   3
#define RLIMIT_CORE    4
#define RLIMIT_RSS     5
#define RLIMIT_NPROC   6
#define RLIMIT_NOFILE  7
#define RLIMIT_MEMLOCK 8
#define RLIMIT_AS      9
#define RLIM_NLIMITS   10

#define RUSAGE_SELF     1
#define RUSAGE_CHILDREN 2

#define PRIO_PROCESS 0
#define PRIO_PGRP    1
#define PRIO_USER    2

int getrlimit(int, struct rlimit *);
int setrlimit(int, const struct rlimit *);

#if !defined(_WASI_EMULATED_PROCESS_CLOCKS)
__attribute__((__deprecated__(
"WASI has no process CPU-time accounting: getrusage is an emulation; to use "
"it, compile with -D_WASI_EMULATED_PROCESS_CLOCKS and link with "
"-lwasi-emulated-process-clocks")))
#endif
int getrusage(int, struct rusage *);

#ifdef __cplusplus
}
#endif

#endif
