#include "path.h"

hidden char *__cwd;
