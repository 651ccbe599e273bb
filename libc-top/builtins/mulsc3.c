#include "complex.h"

#define T float
#define CT _Complex float
#define NAME __mulsc3
#include "cmul.h"
