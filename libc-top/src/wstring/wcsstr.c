#include <stddef.h>
#include <wchar.h>

/* The start of the maximal suffix of x[0..m) minus one, under the order
   a < b (or a > b when `greater`), and the period of that suffix
   (Crochemore and Perrin, "Two-way string-matching", JACM 38(3), 1991). */
static ptrdiff_t max_suffix(const wchar_t *x, ptrdiff_t m, int greater, ptrdiff_t *period)
{
	ptrdiff_t ms = -1, j = 0, k = 1, p = 1;
	while (j + k < m) {
		wchar_t a = x[j + k], b = x[ms + k];
		if (a == b) {
			if (k == p) {
				j += p;
				k = 1;
			} else {
				k++;
			}
		} else if ((a < b) != greater) {
			j += k;
			k = 1;
			p = j - ms;
		} else {
			ms = j++;
			k = p = 1;
		}
	}
	*period = p;
	return ms;
}

/* Two-way matching: linear time and constant space whatever the needle. */
wchar_t *wcsstr(const wchar_t *h, const wchar_t *x)
{
	ptrdiff_t m = (ptrdiff_t)wcslen(x);
	if (!m)
		return (wchar_t *)h;
	ptrdiff_t n = (ptrdiff_t)wcslen(h);
	if (n < m)
		return 0;
	ptrdiff_t p, q;
	ptrdiff_t ell = max_suffix(x, m, 0, &p), ell2 = max_suffix(x, m, 1, &q);
	if (ell2 > ell) {
		ell = ell2;
		p = q;
	}
	ptrdiff_t i, j = 0;
	if (!wmemcmp(x, x + p, (size_t)(ell + 1))) {
		/* x is periodic: after a match, the first m - p characters of the
		   next window are known to match already. */
		ptrdiff_t memory = -1;
		while (j <= n - m) {
			i = (ell > memory ? ell : memory) + 1;
			while (i < m && x[i] == h[i + j])
				i++;
			if (i < m) {
				j += i - ell;
				memory = -1;
				continue;
			}
			for (i = ell; i > memory && x[i] == h[i + j]; i--)
				;
			if (i <= memory)
				return (wchar_t *)h + j;
			j += p;
			memory = m - p - 1;
		}
		return 0;
	}
	p = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
	while (j <= n - m) {
		i = ell + 1;
		while (i < m && x[i] == h[i + j])
			i++;
		if (i < m) {
			j += i - ell;
			continue;
		}
		for (i = ell; i >= 0 && x[i] == h[i + j]; i--)
			;
		if (i < 0)
			return (wchar_t *)h + j;
		j += p;
	}
	return 0;
}
