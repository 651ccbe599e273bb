/* Checks a table of tests/crypt/cases.h: each key and setting must give
   the oracle's hash. The cases take turns at the three ways of asking:
   crypt, crypt_r, and crypt with the hash itself as the setting (how a
   stored hash is verified), so each way meets every method at the cost
   of one hash a case. */
#include <crypt.h>
#include <errno.h>
#include <unistd.h>
#include "check.h"
#include "cases.h"

static void run(const struct crypt_case *c, size_t n)
{
	static struct crypt_data data;

	for (size_t i = 0; i < n; i++) {
		errno = 0;
		switch (i % 3) {
		case 0:
			CHECK_STR(crypt(c[i].key, c[i].setting), c[i].hash);
			break;
		case 1:
			CHECK_STR(crypt_r(c[i].key, c[i].setting, &data), c[i].hash);
			break;
		default:
			CHECK_STR(crypt(c[i].key, c[i].hash), c[i].hash);
		}
		CHECK(errno == 0);
	}
}

#define RUN(table) run(table, sizeof table / sizeof *table)
