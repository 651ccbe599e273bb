#include "time_impl.h"

/* XSH tzset: the zone is rebuilt whenever TZ has changed (see __tz.c),
   which is all tzset has to make happen. */
void tzset(void)
{
	__tz_lock();
	__tz_unlock();
}
