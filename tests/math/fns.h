/* The list of functions.h as a C table, for driver.c, exhaustive.c and
   tests/c/math/accuracy.c: each function's name, kind (the types of its
   result and arguments, as functions.h names them), address and bound. */
#ifndef FNS_H
#define FNS_H

#include <complex.h>
#include <math.h>

enum kind {
	D_D, D_DD, D_ID, D_DDD, D_DN, F_F, F_FF, F_IF, F_FFF, F_FN, L_L, L_LL, L_LLL, L_LN,
	DC_DC, DC_DCDC, D_DC, FC_FC, FC_FCFC, F_FC, LC_LC, LC_LCLC, L_LC
};

static const struct fn {
	const char *name;
	enum kind kind;
	void (*f)(void);
	double bound;
} fns[] = {
#define F(name, oracle, kind, bound) { #name, kind, (void (*)(void))name, bound },
#include "functions.h"
#undef F
};

#endif
