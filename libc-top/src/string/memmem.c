#define _GNU_SOURCE
#include <string.h>
#include <stdint.h>

/* The maximal suffix of n[0..m) under the byte order (rev: the reverse
   order), as its start; *period gets that suffix's period. */
static size_t max_suffix(const unsigned char *n, size_t m, size_t *period, int rev)
{
	size_t ms = SIZE_MAX, j = 0, k = 1, p = 1;
	while (j + k < m) {
		unsigned char a = n[j + k], b = n[ms + k];
		if (rev ? a > b : a < b) {
			j += k;
			k = 1;
			p = j - ms;
		} else if (a == b) {
			if (k != p) {
				k++;
			} else {
				j += p;
				k = 1;
			}
		} else {
			ms = j;
			j = ms + 1;
			k = p = 1;
		}
	}
	*period = p;
	return ms;
}

/* Crochemore and Perrin's two-way string matching: linear time, constant
   space. The needle is split at a critical factorisation n = u v (from the
   larger of the two maximal suffixes); v is matched left to right, then u
   right to left, and shifts follow from the period. */
void *memmem(const void *hay, size_t hn, const void *needle, size_t m)
{
	const unsigned char *h = hay, *n = needle;
	if (!m)
		return (void *)h;
	if (hn < m)
		return 0;
	if (m == 1)
		return memchr(h, n[0], hn);

	size_t p1, p2;
	size_t s1 = max_suffix(n, m, &p1, 0), s2 = max_suffix(n, m, &p2, 1);
	size_t ell = (s1 + 1 > s2 + 1 ? s1 : s2) + 1; /* |u|; ms is SIZE_MAX for -1 */
	size_t p = s1 + 1 > s2 + 1 ? p1 : p2;

	if (ell <= m - p && !memcmp(n, n + p, ell)) {
		/* Periodic needle: after a full match or a mismatch in u, the
		   part already known to match (memory) is not compared again. */
		size_t memory = 0;
		for (size_t j = 0; j <= hn - m;) {
			size_t i = ell > memory ? ell : memory;
			while (i < m && n[i] == h[i + j])
				i++;
			if (i < m) {
				j += i - ell + 1;
				memory = 0;
				continue;
			}
			size_t k = ell;
			while (k > memory && n[k - 1] == h[k - 1 + j])
				k--;
			if (k <= memory)
				return (void *)(h + j);
			j += p;
			memory = m - p;
		}
		return 0;
	}
	/* Non-periodic: any shift by less than max(|u|, |v|) + 1 is futile. */
	p = (ell > m - ell ? ell : m - ell) + 1;
	for (size_t j = 0; j <= hn - m;) {
		size_t i = ell;
		while (i < m && n[i] == h[i + j])
			i++;
		if (i < m) {
			j += i - ell + 1;
			continue;
		}
		size_t k = ell;
		while (k > 0 && n[k - 1] == h[k - 1 + j])
			k--;
		if (!k)
			return (void *)(h + j);
		j += p;
	}
	return 0;
}
