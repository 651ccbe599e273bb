/* swab, getdomainname, gethostid, ftime, get_nprocs and kin. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

/* <sys/timeb.h> and <sys/sysinfo.h> are not in the sysroot yet. */
struct timeb {
	time_t time;
	unsigned short millitm;
	short timezone;
	short dstflag;
};
int ftime(struct timeb *);
int get_nprocs(void);
int get_nprocs_conf(void);
long get_phys_pages(void);
long get_avphys_pages(void);

int main(void)
{
	char out[8] = "xxxxxxx";
	swab("abcdefg", out, 7);
	CHECK(!memcmp(out, "badcfex", 7));
	swab("ab", out, 0);
	CHECK(out[0] == 'b');
	char name[16] = "junk";
	CHECK(getdomainname(name, sizeof name) == 0 && name[0] == 0);
	errno = 0;
	CHECK(getdomainname(name, 0) == -1 && errno == EINVAL);
	CHECK(gethostid() == gethostid());
	struct timeb tb;
	time_t now = time(0);
	CHECK(ftime(&tb) == 0 && tb.time >= now && tb.time - now < 5 && tb.millitm < 1000);
	CHECK(tb.timezone == 0 && tb.dstflag == 0);
	CHECK(get_nprocs() == 1 && get_nprocs_conf() == 1);
	CHECK(get_phys_pages() == sysconf(_SC_PHYS_PAGES));
	CHECK(get_avphys_pages() > 0 && get_avphys_pages() <= get_phys_pages());
	return check_result();
}
