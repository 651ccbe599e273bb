#ifndef _INTERNAL_MISC_IMPL_H
#define _INTERNAL_MISC_IMPL_H

#include "libc.h"

/* The value pathconf and fpathconf give for `name`, for any file. */
hidden long __pathconf_value(int name);

/* <sys/sysinfo.h> and <sys/timeb.h> are not in this sysroot's headers
   yet: the declarations and the struct (the established WASI ABI's
   layout) that their functions here need. */
int get_nprocs(void);
int get_nprocs_conf(void);
long get_phys_pages(void);
long get_avphys_pages(void);

#include <time.h>
struct timeb {
	time_t time;
	unsigned short millitm;
	short timezone;
	short dstflag;
};
int ftime(struct timeb *);

#endif
