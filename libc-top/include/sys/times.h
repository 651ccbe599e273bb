#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#ifndef _WASI_EMULATED_PROCESS_CLOCKS
#error "WASI has no process CPU-time accounting: times() is an emulation; to use it, compile with -D_WASI_EMULATED_PROCESS_CLOCKS and link with -lwasi-emulated-process-clocks"
#endif

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_clock_t
#include <bits/alltypes.h>

struct tms {
	clock_t tms_utime;
	clock_t tms_stime;
	clock_t tms_cutime;
	clock_t tms_cstime;
};

clock_t times(struct tms *);

#ifdef __cplusplus
}
#endif

#endif
