/* What the implementation promises before any header is included
   (C17 6.10.8.3): IEC 60559 floating point, and wchar_t holding ISO 10646
   code points. */
#ifndef _STDC_PREDEF_H
#define _STDC_PREDEF_H

#define __STDC_IEC_559__ 1
#define __STDC_ISO_10646__ 201206L

#endif
