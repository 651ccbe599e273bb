#include "complex.h"

#define T f128
#define CT c128
#define NAME __multc3
#include "cmul.h"
