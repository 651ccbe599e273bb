#include "fd_impl.h"

hidden struct __fd_slot *__fd_slots;
hidden size_t __fd_nslots;
