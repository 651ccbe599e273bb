#include <wchar.h>

size_t wcsspn(const wchar_t *s, const wchar_t *accept)
{
	const wchar_t *a = s;
	while (*s && wcschr(accept, *s))
		s++;
	return (size_t)(s - a);
}
