#ifndef _SCHED_H
#define _SCHED_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_pid_t
#define __NEED_time_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

/* The established layout: the priority, then room for the sporadic-server
   parameters. */
struct sched_param {
	int sched_priority;
	int __reserved1;
	struct {
		time_t __reserved1;
		long __reserved2;
	} __reserved2[2];
	int __reserved3;
};

#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2

int sched_yield(void);

/* The one process has the one policy SCHED_OTHER at priority 0; the
   real-time policies accept 1-99 as on Linux but cannot be selected. */
int sched_get_priority_max(int);
int sched_get_priority_min(int);
int sched_getparam(pid_t, struct sched_param *);
int sched_getscheduler(pid_t);
int sched_setparam(pid_t, const struct sched_param *);
int sched_setscheduler(pid_t, int, const struct sched_param *);
int sched_rr_get_interval(pid_t, struct timespec *);

#ifdef __cplusplus
}
#endif

#endif
