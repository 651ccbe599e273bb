#include <string.h>
#include "crypt_impl.h"

void __md_update(struct md *m, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t used = m->len % m->block;

	m->len += n;
	if (used) {
		size_t room = m->block - used;
		if (n < room) {
			memcpy(m->buf + used, p, n);
			return;
		}
		memcpy(m->buf + used, p, room);
		m->compress(m, m->buf);
		p += room;
		n -= room;
	}
	for (; n >= m->block; p += m->block, n -= m->block)
		m->compress(m, p);
	memcpy(m->buf, p, n);
}

void __md_pad(struct md *m, int big_endian)
{
	uint64_t bits = m->len * 8;
	size_t used = m->len % m->block;
	/* The length field is an eighth of a block: 8 bytes, or SHA-512's
	   16, whose upper half is zero for any message we can hash. */
	size_t field = m->block / 8, end = m->block - 8;

	m->buf[used++] = 0x80;
	if (used > m->block - field) {
		memset(m->buf + used, 0, m->block - used);
		m->compress(m, m->buf);
		used = 0;
	}
	memset(m->buf + used, 0, end - used);
	for (int i = 0; i < 8; i++)
		m->buf[end + i] = (unsigned char)(bits >> (big_endian ? 56 - 8 * i : 8 * i));
	m->compress(m, m->buf);
}
