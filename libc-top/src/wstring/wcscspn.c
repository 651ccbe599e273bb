#include <wchar.h>

size_t wcscspn(const wchar_t *s, const wchar_t *reject)
{
	const wchar_t *a = s;
	while (*s && !wcschr(reject, *s))
		s++;
	return (size_t)(s - a);
}
