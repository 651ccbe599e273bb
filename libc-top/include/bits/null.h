/* NULL, for every header that must define it (C17 7.19 and others). */
#ifndef NULL
#ifdef __cplusplus
#define NULL __null
#else
#define NULL ((void *)0)
#endif
#endif
