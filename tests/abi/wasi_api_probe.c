/*
 * ABI probe for <wasi/api.h>: prints one "NAME VALUE" line for the size,
 * alignment and signedness of every scalar type, the size and alignment of
 * every struct and union, the offset and size of each of their members,
 * and the value of every macro. It also asserts that each __wasi_* wrapper
 * has the C type the established ABI gives it, so a header whose prototype
 * differs fails to compile.
 *
 * Build it twice, once against the reference headers and once against
 * ours, run both under a WASI host, and require identical output:
 *
 *   clang-19 --target=wasm32-wasi --sysroot=/usr \
 *       tests/abi/wasi_api_probe.c -Wl,--fatal-warnings -o ref.wasm
 *   clang-19 --target=wasm32-wasi -nostdlibinc -isystem libc-bottom/include \
 *       --sysroot=/usr tests/abi/wasi_api_probe.c -Wl,--fatal-warnings \
 *       -o ours.wasm
 *
 * It needs only <wasi/api.h>, <stddef.h> and <stdint.h>, and writes with
 * __wasi_fd_write, so no other header of either libc is involved.
 *
 * Expected differences against the Debian wasi-libc 0.0~git20220510
 * headers, where our header follows the witx and that one does not:
 *
 * - __wasi_signal_t, the __WASI_SIGNAL_* values and __wasi_proc_raise are
 *   in the witx but that header lacks them; the probe prints
 *   "__wasi_signal_t absent" and "__WASI_SIGNAL_* absent" in their
 *   place (and skips proc_raise) when __WASI_SIGNAL_NONE is undefined.
 */

#include <stddef.h>
#include <stdint.h>
#include <wasi/api.h>

static void put(const char *s)
{
    __wasi_ciovec_t iov;
    __wasi_size_t written;
    size_t n = 0;

    while (s[n] != '\0')
        n++;
    while (n > 0) {
        iov.buf = (const uint8_t *)s;
        iov.buf_len = (__wasi_size_t)n;
        if (__wasi_fd_write(1, &iov, 1, &written) != __WASI_ERRNO_SUCCESS)
            __wasi_proc_exit(70);
        s += written;
        n -= written;
    }
}

static void line(const char *name, unsigned long long value)
{
    char digits[24];
    char *p = digits + sizeof digits;

    *--p = '\0';
    do {
        *--p = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    put(name);
    put(" ");
    put(p);
    put("\n");
}

#define SCALAR(t)                                                              \
    (line("sizeof(" #t ")", sizeof(t)), line("alignof(" #t ")", _Alignof(t)),  \
     line("signed(" #t ")", (t)-1 < 0))
#define RECORD(t) (line("sizeof(" #t ")", sizeof(t)), line("alignof(" #t ")", _Alignof(t)))
#define MEMBER(t, m)                                                           \
    (line("offsetof(" #t "," #m ")", offsetof(t, m)),                          \
     line("sizeof(" #t "." #m ")", sizeof(((t *)0)->m)))
#define VALUE(m) line(#m, (unsigned long long)(m))
#define ABSENT(m) put(#m " absent\n")

/* Each wrapper has the type the established ABI gives it. */
#define PROTOTYPE(f, ...)                                                      \
    _Static_assert(_Generic(&f, __VA_ARGS__: 1, default: 0), #f " prototype")

PROTOTYPE(__wasi_args_get, __wasi_errno_t (*)(uint8_t **, uint8_t *));
PROTOTYPE(__wasi_args_sizes_get, __wasi_errno_t (*)(__wasi_size_t *, __wasi_size_t *));
PROTOTYPE(__wasi_environ_get, __wasi_errno_t (*)(uint8_t **, uint8_t *));
PROTOTYPE(__wasi_environ_sizes_get, __wasi_errno_t (*)(__wasi_size_t *, __wasi_size_t *));
PROTOTYPE(__wasi_clock_res_get, __wasi_errno_t (*)(__wasi_clockid_t, __wasi_timestamp_t *));
PROTOTYPE(__wasi_clock_time_get, __wasi_errno_t (*)(__wasi_clockid_t, __wasi_timestamp_t, __wasi_timestamp_t *));
PROTOTYPE(__wasi_fd_advise, __wasi_errno_t (*)(__wasi_fd_t, __wasi_filesize_t, __wasi_filesize_t, __wasi_advice_t));
PROTOTYPE(__wasi_fd_allocate, __wasi_errno_t (*)(__wasi_fd_t, __wasi_filesize_t, __wasi_filesize_t));
PROTOTYPE(__wasi_fd_close, __wasi_errno_t (*)(__wasi_fd_t));
PROTOTYPE(__wasi_fd_datasync, __wasi_errno_t (*)(__wasi_fd_t));
PROTOTYPE(__wasi_fd_fdstat_get, __wasi_errno_t (*)(__wasi_fd_t, __wasi_fdstat_t *));
PROTOTYPE(__wasi_fd_fdstat_set_flags, __wasi_errno_t (*)(__wasi_fd_t, __wasi_fdflags_t));
PROTOTYPE(__wasi_fd_fdstat_set_rights, __wasi_errno_t (*)(__wasi_fd_t, __wasi_rights_t, __wasi_rights_t));
PROTOTYPE(__wasi_fd_filestat_get, __wasi_errno_t (*)(__wasi_fd_t, __wasi_filestat_t *));
PROTOTYPE(__wasi_fd_filestat_set_size, __wasi_errno_t (*)(__wasi_fd_t, __wasi_filesize_t));
PROTOTYPE(__wasi_fd_filestat_set_times, __wasi_errno_t (*)(__wasi_fd_t, __wasi_timestamp_t, __wasi_timestamp_t, __wasi_fstflags_t));
PROTOTYPE(__wasi_fd_pread, __wasi_errno_t (*)(__wasi_fd_t, const __wasi_iovec_t *, size_t, __wasi_filesize_t, __wasi_size_t *));
PROTOTYPE(__wasi_fd_prestat_get, __wasi_errno_t (*)(__wasi_fd_t, __wasi_prestat_t *));
PROTOTYPE(__wasi_fd_prestat_dir_name, __wasi_errno_t (*)(__wasi_fd_t, uint8_t *, __wasi_size_t));
PROTOTYPE(__wasi_fd_pwrite, __wasi_errno_t (*)(__wasi_fd_t, const __wasi_ciovec_t *, size_t, __wasi_filesize_t, __wasi_size_t *));
PROTOTYPE(__wasi_fd_read, __wasi_errno_t (*)(__wasi_fd_t, const __wasi_iovec_t *, size_t, __wasi_size_t *));
PROTOTYPE(__wasi_fd_readdir, __wasi_errno_t (*)(__wasi_fd_t, uint8_t *, __wasi_size_t, __wasi_dircookie_t, __wasi_size_t *));
PROTOTYPE(__wasi_fd_renumber, __wasi_errno_t (*)(__wasi_fd_t, __wasi_fd_t));
PROTOTYPE(__wasi_fd_seek, __wasi_errno_t (*)(__wasi_fd_t, __wasi_filedelta_t, __wasi_whence_t, __wasi_filesize_t *));
PROTOTYPE(__wasi_fd_sync, __wasi_errno_t (*)(__wasi_fd_t));
PROTOTYPE(__wasi_fd_tell, __wasi_errno_t (*)(__wasi_fd_t, __wasi_filesize_t *));
PROTOTYPE(__wasi_fd_write, __wasi_errno_t (*)(__wasi_fd_t, const __wasi_ciovec_t *, size_t, __wasi_size_t *));
PROTOTYPE(__wasi_path_create_directory, __wasi_errno_t (*)(__wasi_fd_t, const char *));
PROTOTYPE(__wasi_path_filestat_get, __wasi_errno_t (*)(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_filestat_t *));
PROTOTYPE(__wasi_path_filestat_set_times, __wasi_errno_t (*)(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_timestamp_t, __wasi_timestamp_t, __wasi_fstflags_t));
PROTOTYPE(__wasi_path_link, __wasi_errno_t (*)(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_fd_t, const char *));
PROTOTYPE(__wasi_path_open, __wasi_errno_t (*)(__wasi_fd_t, __wasi_lookupflags_t, const char *, __wasi_oflags_t, __wasi_rights_t, __wasi_rights_t, __wasi_fdflags_t, __wasi_fd_t *));
PROTOTYPE(__wasi_path_readlink, __wasi_errno_t (*)(__wasi_fd_t, const char *, uint8_t *, __wasi_size_t, __wasi_size_t *));
PROTOTYPE(__wasi_path_remove_directory, __wasi_errno_t (*)(__wasi_fd_t, const char *));
PROTOTYPE(__wasi_path_rename, __wasi_errno_t (*)(__wasi_fd_t, const char *, __wasi_fd_t, const char *));
PROTOTYPE(__wasi_path_symlink, __wasi_errno_t (*)(const char *, __wasi_fd_t, const char *));
PROTOTYPE(__wasi_path_unlink_file, __wasi_errno_t (*)(__wasi_fd_t, const char *));
PROTOTYPE(__wasi_poll_oneoff, __wasi_errno_t (*)(const __wasi_subscription_t *, __wasi_event_t *, __wasi_size_t, __wasi_size_t *));
PROTOTYPE(__wasi_sched_yield, __wasi_errno_t (*)(void));
PROTOTYPE(__wasi_random_get, __wasi_errno_t (*)(uint8_t *, __wasi_size_t));
PROTOTYPE(__wasi_sock_accept, __wasi_errno_t (*)(__wasi_fd_t, __wasi_fdflags_t, __wasi_fd_t *));
PROTOTYPE(__wasi_sock_recv, __wasi_errno_t (*)(__wasi_fd_t, const __wasi_iovec_t *, size_t, __wasi_riflags_t, __wasi_size_t *, __wasi_roflags_t *));
PROTOTYPE(__wasi_sock_send, __wasi_errno_t (*)(__wasi_fd_t, const __wasi_ciovec_t *, size_t, __wasi_siflags_t, __wasi_size_t *));
PROTOTYPE(__wasi_sock_shutdown, __wasi_errno_t (*)(__wasi_fd_t, __wasi_sdflags_t));
PROTOTYPE(__wasi_proc_exit, void (*)(__wasi_exitcode_t));
#ifdef __WASI_SIGNAL_NONE
PROTOTYPE(__wasi_proc_raise, __wasi_errno_t (*)(__wasi_signal_t));
#endif

int main(void)
{
    /*
     * Referenced so that the linker compares each wrapper's wasm signature
     * with the libc's definition (link with -Wl,--fatal-warnings to make a
     * mismatch fatal). proc_raise is left out: the reference libc lacks it.
     */
    const void *volatile wrappers[] = {
        (const void *)__wasi_args_get,
        (const void *)__wasi_args_sizes_get,
        (const void *)__wasi_environ_get,
        (const void *)__wasi_environ_sizes_get,
        (const void *)__wasi_clock_res_get,
        (const void *)__wasi_clock_time_get,
        (const void *)__wasi_fd_advise,
        (const void *)__wasi_fd_allocate,
        (const void *)__wasi_fd_close,
        (const void *)__wasi_fd_datasync,
        (const void *)__wasi_fd_fdstat_get,
        (const void *)__wasi_fd_fdstat_set_flags,
        (const void *)__wasi_fd_fdstat_set_rights,
        (const void *)__wasi_fd_filestat_get,
        (const void *)__wasi_fd_filestat_set_size,
        (const void *)__wasi_fd_filestat_set_times,
        (const void *)__wasi_fd_pread,
        (const void *)__wasi_fd_prestat_get,
        (const void *)__wasi_fd_prestat_dir_name,
        (const void *)__wasi_fd_pwrite,
        (const void *)__wasi_fd_read,
        (const void *)__wasi_fd_readdir,
        (const void *)__wasi_fd_renumber,
        (const void *)__wasi_fd_seek,
        (const void *)__wasi_fd_sync,
        (const void *)__wasi_fd_tell,
        (const void *)__wasi_fd_write,
        (const void *)__wasi_path_create_directory,
        (const void *)__wasi_path_filestat_get,
        (const void *)__wasi_path_filestat_set_times,
        (const void *)__wasi_path_link,
        (const void *)__wasi_path_open,
        (const void *)__wasi_path_readlink,
        (const void *)__wasi_path_remove_directory,
        (const void *)__wasi_path_rename,
        (const void *)__wasi_path_symlink,
        (const void *)__wasi_path_unlink_file,
        (const void *)__wasi_poll_oneoff,
        (const void *)__wasi_sched_yield,
        (const void *)__wasi_random_get,
        (const void *)__wasi_sock_accept,
        (const void *)__wasi_sock_recv,
        (const void *)__wasi_sock_send,
        (const void *)__wasi_sock_shutdown,
        (const void *)__wasi_proc_exit,
    };
    (void)wrappers;

    SCALAR(__wasi_size_t);
    SCALAR(__wasi_filesize_t);
    SCALAR(__wasi_timestamp_t);
    SCALAR(__wasi_clockid_t);
    SCALAR(__wasi_errno_t);
    SCALAR(__wasi_rights_t);
    SCALAR(__wasi_fd_t);
    SCALAR(__wasi_filedelta_t);
    SCALAR(__wasi_whence_t);
    SCALAR(__wasi_dircookie_t);
    SCALAR(__wasi_dirnamlen_t);
    SCALAR(__wasi_inode_t);
    SCALAR(__wasi_filetype_t);
    SCALAR(__wasi_advice_t);
    SCALAR(__wasi_fdflags_t);
    SCALAR(__wasi_device_t);
    SCALAR(__wasi_fstflags_t);
    SCALAR(__wasi_lookupflags_t);
    SCALAR(__wasi_oflags_t);
    SCALAR(__wasi_linkcount_t);
    SCALAR(__wasi_userdata_t);
    SCALAR(__wasi_eventtype_t);
    SCALAR(__wasi_eventrwflags_t);
    SCALAR(__wasi_subclockflags_t);
    SCALAR(__wasi_exitcode_t);
    SCALAR(__wasi_riflags_t);
    SCALAR(__wasi_roflags_t);
    SCALAR(__wasi_siflags_t);
    SCALAR(__wasi_sdflags_t);
    SCALAR(__wasi_preopentype_t);
#ifdef __WASI_SIGNAL_NONE
    SCALAR(__wasi_signal_t);
#else
    ABSENT(__wasi_signal_t);
#endif

    RECORD(__wasi_iovec_t);
    MEMBER(__wasi_iovec_t, buf);
    MEMBER(__wasi_iovec_t, buf_len);
    RECORD(__wasi_ciovec_t);
    MEMBER(__wasi_ciovec_t, buf);
    MEMBER(__wasi_ciovec_t, buf_len);
    RECORD(__wasi_dirent_t);
    MEMBER(__wasi_dirent_t, d_next);
    MEMBER(__wasi_dirent_t, d_ino);
    MEMBER(__wasi_dirent_t, d_namlen);
    MEMBER(__wasi_dirent_t, d_type);
    RECORD(__wasi_fdstat_t);
    MEMBER(__wasi_fdstat_t, fs_filetype);
    MEMBER(__wasi_fdstat_t, fs_flags);
    MEMBER(__wasi_fdstat_t, fs_rights_base);
    MEMBER(__wasi_fdstat_t, fs_rights_inheriting);
    RECORD(__wasi_filestat_t);
    MEMBER(__wasi_filestat_t, dev);
    MEMBER(__wasi_filestat_t, ino);
    MEMBER(__wasi_filestat_t, filetype);
    MEMBER(__wasi_filestat_t, nlink);
    MEMBER(__wasi_filestat_t, size);
    MEMBER(__wasi_filestat_t, atim);
    MEMBER(__wasi_filestat_t, mtim);
    MEMBER(__wasi_filestat_t, ctim);
    RECORD(__wasi_event_fd_readwrite_t);
    MEMBER(__wasi_event_fd_readwrite_t, nbytes);
    MEMBER(__wasi_event_fd_readwrite_t, flags);
    RECORD(__wasi_event_t);
    MEMBER(__wasi_event_t, userdata);
    MEMBER(__wasi_event_t, error);
    MEMBER(__wasi_event_t, type);
    MEMBER(__wasi_event_t, fd_readwrite);
    RECORD(__wasi_subscription_clock_t);
    MEMBER(__wasi_subscription_clock_t, id);
    MEMBER(__wasi_subscription_clock_t, timeout);
    MEMBER(__wasi_subscription_clock_t, precision);
    MEMBER(__wasi_subscription_clock_t, flags);
    RECORD(__wasi_subscription_fd_readwrite_t);
    MEMBER(__wasi_subscription_fd_readwrite_t, file_descriptor);
    RECORD(__wasi_subscription_u_u_t);
    MEMBER(__wasi_subscription_u_u_t, clock);
    MEMBER(__wasi_subscription_u_u_t, fd_read);
    MEMBER(__wasi_subscription_u_u_t, fd_write);
    RECORD(__wasi_subscription_u_t);
    MEMBER(__wasi_subscription_u_t, tag);
    MEMBER(__wasi_subscription_u_t, u);
    RECORD(__wasi_subscription_t);
    MEMBER(__wasi_subscription_t, userdata);
    MEMBER(__wasi_subscription_t, u);
    RECORD(__wasi_prestat_dir_t);
    MEMBER(__wasi_prestat_dir_t, pr_name_len);
    RECORD(__wasi_prestat_u_t);
    MEMBER(__wasi_prestat_u_t, dir);
    RECORD(__wasi_prestat_t);
    MEMBER(__wasi_prestat_t, tag);
    MEMBER(__wasi_prestat_t, u);

    VALUE(__WASI_CLOCKID_REALTIME);
    VALUE(__WASI_CLOCKID_MONOTONIC);
    VALUE(__WASI_CLOCKID_PROCESS_CPUTIME_ID);
    VALUE(__WASI_CLOCKID_THREAD_CPUTIME_ID);
    VALUE(__WASI_ERRNO_SUCCESS);
    VALUE(__WASI_ERRNO_2BIG);
    VALUE(__WASI_ERRNO_ACCES);
    VALUE(__WASI_ERRNO_ADDRINUSE);
    VALUE(__WASI_ERRNO_ADDRNOTAVAIL);
    VALUE(__WASI_ERRNO_AFNOSUPPORT);
    VALUE(__WASI_ERRNO_AGAIN);
    VALUE(__WASI_ERRNO_ALREADY);
    VALUE(__WASI_ERRNO_BADF);
    VALUE(__WASI_ERRNO_BADMSG);
    VALUE(__WASI_ERRNO_BUSY);
    VALUE(__WASI_ERRNO_CANCELED);
    VALUE(__WASI_ERRNO_CHILD);
    VALUE(__WASI_ERRNO_CONNABORTED);
    VALUE(__WASI_ERRNO_CONNREFUSED);
    VALUE(__WASI_ERRNO_CONNRESET);
    VALUE(__WASI_ERRNO_DEADLK);
    VALUE(__WASI_ERRNO_DESTADDRREQ);
    VALUE(__WASI_ERRNO_DOM);
    VALUE(__WASI_ERRNO_DQUOT);
    VALUE(__WASI_ERRNO_EXIST);
    VALUE(__WASI_ERRNO_FAULT);
    VALUE(__WASI_ERRNO_FBIG);
    VALUE(__WASI_ERRNO_HOSTUNREACH);
    VALUE(__WASI_ERRNO_IDRM);
    VALUE(__WASI_ERRNO_ILSEQ);
    VALUE(__WASI_ERRNO_INPROGRESS);
    VALUE(__WASI_ERRNO_INTR);
    VALUE(__WASI_ERRNO_INVAL);
    VALUE(__WASI_ERRNO_IO);
    VALUE(__WASI_ERRNO_ISCONN);
    VALUE(__WASI_ERRNO_ISDIR);
    VALUE(__WASI_ERRNO_LOOP);
    VALUE(__WASI_ERRNO_MFILE);
    VALUE(__WASI_ERRNO_MLINK);
    VALUE(__WASI_ERRNO_MSGSIZE);
    VALUE(__WASI_ERRNO_MULTIHOP);
    VALUE(__WASI_ERRNO_NAMETOOLONG);
    VALUE(__WASI_ERRNO_NETDOWN);
    VALUE(__WASI_ERRNO_NETRESET);
    VALUE(__WASI_ERRNO_NETUNREACH);
    VALUE(__WASI_ERRNO_NFILE);
    VALUE(__WASI_ERRNO_NOBUFS);
    VALUE(__WASI_ERRNO_NODEV);
    VALUE(__WASI_ERRNO_NOENT);
    VALUE(__WASI_ERRNO_NOEXEC);
    VALUE(__WASI_ERRNO_NOLCK);
    VALUE(__WASI_ERRNO_NOLINK);
    VALUE(__WASI_ERRNO_NOMEM);
    VALUE(__WASI_ERRNO_NOMSG);
    VALUE(__WASI_ERRNO_NOPROTOOPT);
    VALUE(__WASI_ERRNO_NOSPC);
    VALUE(__WASI_ERRNO_NOSYS);
    VALUE(__WASI_ERRNO_NOTCONN);
    VALUE(__WASI_ERRNO_NOTDIR);
    VALUE(__WASI_ERRNO_NOTEMPTY);
    VALUE(__WASI_ERRNO_NOTRECOVERABLE);
    VALUE(__WASI_ERRNO_NOTSOCK);
    VALUE(__WASI_ERRNO_NOTSUP);
    VALUE(__WASI_ERRNO_NOTTY);
    VALUE(__WASI_ERRNO_NXIO);
    VALUE(__WASI_ERRNO_OVERFLOW);
    VALUE(__WASI_ERRNO_OWNERDEAD);
    VALUE(__WASI_ERRNO_PERM);
    VALUE(__WASI_ERRNO_PIPE);
    VALUE(__WASI_ERRNO_PROTO);
    VALUE(__WASI_ERRNO_PROTONOSUPPORT);
    VALUE(__WASI_ERRNO_PROTOTYPE);
    VALUE(__WASI_ERRNO_RANGE);
    VALUE(__WASI_ERRNO_ROFS);
    VALUE(__WASI_ERRNO_SPIPE);
    VALUE(__WASI_ERRNO_SRCH);
    VALUE(__WASI_ERRNO_STALE);
    VALUE(__WASI_ERRNO_TIMEDOUT);
    VALUE(__WASI_ERRNO_TXTBSY);
    VALUE(__WASI_ERRNO_XDEV);
    VALUE(__WASI_ERRNO_NOTCAPABLE);
    VALUE(__WASI_RIGHTS_FD_DATASYNC);
    VALUE(__WASI_RIGHTS_FD_READ);
    VALUE(__WASI_RIGHTS_FD_SEEK);
    VALUE(__WASI_RIGHTS_FD_FDSTAT_SET_FLAGS);
    VALUE(__WASI_RIGHTS_FD_SYNC);
    VALUE(__WASI_RIGHTS_FD_TELL);
    VALUE(__WASI_RIGHTS_FD_WRITE);
    VALUE(__WASI_RIGHTS_FD_ADVISE);
    VALUE(__WASI_RIGHTS_FD_ALLOCATE);
    VALUE(__WASI_RIGHTS_PATH_CREATE_DIRECTORY);
    VALUE(__WASI_RIGHTS_PATH_CREATE_FILE);
    VALUE(__WASI_RIGHTS_PATH_LINK_SOURCE);
    VALUE(__WASI_RIGHTS_PATH_LINK_TARGET);
    VALUE(__WASI_RIGHTS_PATH_OPEN);
    VALUE(__WASI_RIGHTS_FD_READDIR);
    VALUE(__WASI_RIGHTS_PATH_READLINK);
    VALUE(__WASI_RIGHTS_PATH_RENAME_SOURCE);
    VALUE(__WASI_RIGHTS_PATH_RENAME_TARGET);
    VALUE(__WASI_RIGHTS_PATH_FILESTAT_GET);
    VALUE(__WASI_RIGHTS_PATH_FILESTAT_SET_SIZE);
    VALUE(__WASI_RIGHTS_PATH_FILESTAT_SET_TIMES);
    VALUE(__WASI_RIGHTS_FD_FILESTAT_GET);
    VALUE(__WASI_RIGHTS_FD_FILESTAT_SET_SIZE);
    VALUE(__WASI_RIGHTS_FD_FILESTAT_SET_TIMES);
    VALUE(__WASI_RIGHTS_PATH_SYMLINK);
    VALUE(__WASI_RIGHTS_PATH_REMOVE_DIRECTORY);
    VALUE(__WASI_RIGHTS_PATH_UNLINK_FILE);
    VALUE(__WASI_RIGHTS_POLL_FD_READWRITE);
    VALUE(__WASI_RIGHTS_SOCK_SHUTDOWN);
    VALUE(__WASI_RIGHTS_SOCK_ACCEPT);
    VALUE(__WASI_WHENCE_SET);
    VALUE(__WASI_WHENCE_CUR);
    VALUE(__WASI_WHENCE_END);
    VALUE(__WASI_DIRCOOKIE_START);
    VALUE(__WASI_FILETYPE_UNKNOWN);
    VALUE(__WASI_FILETYPE_BLOCK_DEVICE);
    VALUE(__WASI_FILETYPE_CHARACTER_DEVICE);
    VALUE(__WASI_FILETYPE_DIRECTORY);
    VALUE(__WASI_FILETYPE_REGULAR_FILE);
    VALUE(__WASI_FILETYPE_SOCKET_DGRAM);
    VALUE(__WASI_FILETYPE_SOCKET_STREAM);
    VALUE(__WASI_FILETYPE_SYMBOLIC_LINK);
    VALUE(__WASI_ADVICE_NORMAL);
    VALUE(__WASI_ADVICE_SEQUENTIAL);
    VALUE(__WASI_ADVICE_RANDOM);
    VALUE(__WASI_ADVICE_WILLNEED);
    VALUE(__WASI_ADVICE_DONTNEED);
    VALUE(__WASI_ADVICE_NOREUSE);
    VALUE(__WASI_FDFLAGS_APPEND);
    VALUE(__WASI_FDFLAGS_DSYNC);
    VALUE(__WASI_FDFLAGS_NONBLOCK);
    VALUE(__WASI_FDFLAGS_RSYNC);
    VALUE(__WASI_FDFLAGS_SYNC);
    VALUE(__WASI_FSTFLAGS_ATIM);
    VALUE(__WASI_FSTFLAGS_ATIM_NOW);
    VALUE(__WASI_FSTFLAGS_MTIM);
    VALUE(__WASI_FSTFLAGS_MTIM_NOW);
    VALUE(__WASI_LOOKUPFLAGS_SYMLINK_FOLLOW);
    VALUE(__WASI_OFLAGS_CREAT);
    VALUE(__WASI_OFLAGS_DIRECTORY);
    VALUE(__WASI_OFLAGS_EXCL);
    VALUE(__WASI_OFLAGS_TRUNC);
    VALUE(__WASI_EVENTTYPE_CLOCK);
    VALUE(__WASI_EVENTTYPE_FD_READ);
    VALUE(__WASI_EVENTTYPE_FD_WRITE);
    VALUE(__WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP);
    VALUE(__WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME);
#ifdef __WASI_SIGNAL_NONE
    VALUE(__WASI_SIGNAL_NONE);
    VALUE(__WASI_SIGNAL_HUP);
    VALUE(__WASI_SIGNAL_INT);
    VALUE(__WASI_SIGNAL_QUIT);
    VALUE(__WASI_SIGNAL_ILL);
    VALUE(__WASI_SIGNAL_TRAP);
    VALUE(__WASI_SIGNAL_ABRT);
    VALUE(__WASI_SIGNAL_BUS);
    VALUE(__WASI_SIGNAL_FPE);
    VALUE(__WASI_SIGNAL_KILL);
    VALUE(__WASI_SIGNAL_USR1);
    VALUE(__WASI_SIGNAL_SEGV);
    VALUE(__WASI_SIGNAL_USR2);
    VALUE(__WASI_SIGNAL_PIPE);
    VALUE(__WASI_SIGNAL_ALRM);
    VALUE(__WASI_SIGNAL_TERM);
    VALUE(__WASI_SIGNAL_CHLD);
    VALUE(__WASI_SIGNAL_CONT);
    VALUE(__WASI_SIGNAL_STOP);
    VALUE(__WASI_SIGNAL_TSTP);
    VALUE(__WASI_SIGNAL_TTIN);
    VALUE(__WASI_SIGNAL_TTOU);
    VALUE(__WASI_SIGNAL_URG);
    VALUE(__WASI_SIGNAL_XCPU);
    VALUE(__WASI_SIGNAL_XFSZ);
    VALUE(__WASI_SIGNAL_VTALRM);
    VALUE(__WASI_SIGNAL_PROF);
    VALUE(__WASI_SIGNAL_WINCH);
    VALUE(__WASI_SIGNAL_POLL);
    VALUE(__WASI_SIGNAL_PWR);
    VALUE(__WASI_SIGNAL_SYS);
#else
    ABSENT(__WASI_SIGNAL_*);
#endif
    VALUE(__WASI_RIFLAGS_RECV_PEEK);
    VALUE(__WASI_RIFLAGS_RECV_WAITALL);
    VALUE(__WASI_ROFLAGS_RECV_DATA_TRUNCATED);
    VALUE(__WASI_SDFLAGS_RD);
    VALUE(__WASI_SDFLAGS_WR);
    VALUE(__WASI_PREOPENTYPE_DIR);
    return 0;
}
