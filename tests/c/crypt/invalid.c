/* Settings that name no method, or a method wrongly, give a null pointer
   and EINVAL from crypt and crypt_r (libxcrypt refuses them too, but for
   the few this libc alone refuses, listed in tests/crypt/gen.py). */
#include <crypt.h>
#include <errno.h>
#include "check.h"
#include "../../crypt/cases.h"

int main(void)
{
	struct crypt_data data;

	for (size_t i = 0; i < sizeof invalid_settings / sizeof *invalid_settings; i++) {
		const char *s = invalid_settings[i];
		errno = 0;
		if (crypt("pw", s) || errno != EINVAL) {
			check_put(s);
			check_put(": ");
			CHECK(!"crypt refuses the setting with EINVAL");
		}
		errno = 0;
		if (crypt_r("pw", s, &data) || errno != EINVAL) {
			check_put(s);
			check_put(": ");
			CHECK(!"crypt_r refuses the setting with EINVAL");
		}
	}
	return check_result();
}
