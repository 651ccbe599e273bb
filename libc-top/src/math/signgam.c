#include "libm.h"

/* The sign of Gamma at the last argument of lgamma, lgammaf or lgammal. */
int signgam;
