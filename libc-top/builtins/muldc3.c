#include "complex.h"

#define T double
#define CT _Complex double
#define NAME __muldc3
#include "cmul.h"
