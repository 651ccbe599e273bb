#include <time.h>
#include "time_impl.h"

static char zone[] = LOCAL_ZONE;
char *tzname[2] = { zone, zone };
long timezone;
int daylight;

/* Nothing to read yet: local time is UTC (see localtime_r). */
void tzset(void)
{
}
