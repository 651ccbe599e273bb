#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "search_impl.h"

/* FNV-1a over the key's bytes. */
static size_t hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static ENTRY *slot_for(const struct __htab *h, const char *key)
{
	size_t i = hash(key) & h->mask;
	while (h->slots[i].key && strcmp(h->slots[i].key, key))
		i = (i + 1) & h->mask;
	return &h->slots[i];
}

static int grow(struct __htab *h)
{
	size_t size = (h->mask + 1) * 2;
	if (size > (size_t)-1 / sizeof(ENTRY))
		return 0;
	ENTRY *old = h->slots, *slots = calloc(size, sizeof *slots);
	if (!slots)
		return 0;
	size_t old_size = h->mask + 1;
	h->slots = slots;
	h->mask = size - 1;
	for (size_t i = 0; i < old_size; i++)
		if (old[i].key)
			*slot_for(h, old[i].key) = old[i];
	free(old);
	return 1;
}

/* GNU hsearch_r: nonzero with *found set on success; 0 with ESRCH when
   FIND finds nothing, ENOMEM when ENTER cannot make room. ENTER of a key
   already present returns the entry there, unchanged. */
int hsearch_r(ENTRY item, ACTION action, ENTRY **found, struct hsearch_data *tab)
{
	struct __htab *h = tab->__tab;
	if (!h) {
		*found = 0;
		errno = ESRCH;
		return 0;
	}
	ENTRY *e = slot_for(h, item.key);
	if (!e->key) {
		if (action != ENTER) {
			*found = 0;
			errno = ESRCH;
			return 0;
		}
		if (h->used + 1 > (h->mask + 1) - (h->mask + 1) / 4) {
			if (!grow(h)) {
				*found = 0;
				errno = ENOMEM;
				return 0;
			}
			e = slot_for(h, item.key);
		}
		*e = item;
		h->used++;
	}
	*found = e;
	return 1;
}
