#include <stddef.h>
#include <stdint.h>
#include "lenmod.h"

hidden void __store_int(void *p, int lm, unsigned long long v)
{
	switch (lm) {
	case LM_HH:
		*(signed char *)p = (signed char)v;
		break;
	case LM_H:
		*(short *)p = (short)v;
		break;
	case LM_L:
		*(long *)p = (long)v;
		break;
	case LM_LL:
	case LM_BIGL:
		*(long long *)p = (long long)v;
		break;
	case LM_J:
		*(intmax_t *)p = (intmax_t)v;
		break;
	case LM_Z:
	case LM_T:
		*(ptrdiff_t *)p = (ptrdiff_t)v;
		break;
	default:
		*(int *)p = (int)v;
	}
}
