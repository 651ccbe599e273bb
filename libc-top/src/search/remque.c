#include "search_impl.h"

void remque(void *element)
{
	struct qelem *e = element;
	if (e->q_forw)
		e->q_forw->q_back = e->q_back;
	if (e->q_back)
		e->q_back->q_forw = e->q_forw;
}
