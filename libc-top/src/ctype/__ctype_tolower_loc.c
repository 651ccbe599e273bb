#include <ctype.h>
#include <stdint.h>

/* glibc's case tables, for objects compiled against glibc headers: one
   entry per value from -128 to 255 (values outside 0-255 map to
   themselves). */
static int32_t lower[384], upper[384];
static const int32_t *lower_ptr, *upper_ptr;

static void fill(void)
{
	for (int c = -128; c < 256; c++) {
		lower[c + 128] = c >= 0 ? tolower(c) : c;
		upper[c + 128] = c >= 0 ? toupper(c) : c;
	}
	lower_ptr = lower + 128;
	upper_ptr = upper + 128;
}

const int32_t **__ctype_tolower_loc(void)
{
	if (!lower_ptr)
		fill();
	return &lower_ptr;
}

const int32_t **__ctype_toupper_loc(void)
{
	if (!upper_ptr)
		fill();
	return &upper_ptr;
}
