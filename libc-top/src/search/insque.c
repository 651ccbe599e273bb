#include "search_impl.h"

/* POSIX insque: links element after pred, or makes it a list of its own
   (both links null) when pred is null. */
void insque(void *element, void *pred)
{
	struct qelem *e = element, *p = pred;
	if (!p) {
		e->q_forw = e->q_back = 0;
		return;
	}
	e->q_forw = p->q_forw;
	e->q_back = p;
	if (p->q_forw)
		p->q_forw->q_back = e;
	p->q_forw = e;
}
