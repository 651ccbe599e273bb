/*
 * The __wasi_* wrappers declared in <wasi/api.h>.
 *
 * Each one hands its arguments to the host import in the form the witx ABI
 * lowers them to: addresses, lengths and 32-bit values as i32, 64-bit
 * values as i64, strings as an address and a byte length. The import's i32
 * result is the errno.
 */

#include <stdint.h>
#include <string.h>
#include <wasi/api.h>

/* A linear-memory address as the i32 the imports take (wasm32). */
static int32_t addr(const void *p)
{
    return (int32_t)(uintptr_t)p;
}

/* The byte length that accompanies a string argument, without its NUL. */
static int32_t str_len(const char *s)
{
    return (int32_t)strlen(s);
}

__wasi_errno_t __wasi_args_get(uint8_t **argv, uint8_t *argv_buf)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_args_get(addr(argv), addr(argv_buf));
}

__wasi_errno_t __wasi_args_sizes_get(__wasi_size_t *retptr0, __wasi_size_t *retptr1)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_args_sizes_get(addr(retptr0),
                                                                            addr(retptr1));
}

__wasi_errno_t __wasi_environ_get(uint8_t **environ, uint8_t *environ_buf)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_environ_get(addr(environ),
                                                                         addr(environ_buf));
}

__wasi_errno_t __wasi_environ_sizes_get(__wasi_size_t *retptr0, __wasi_size_t *retptr1)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_environ_sizes_get(addr(retptr0),
                                                                               addr(retptr1));
}

__wasi_errno_t __wasi_clock_res_get(__wasi_clockid_t id, __wasi_timestamp_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_clock_res_get((int32_t)id,
                                                                           addr(retptr0));
}

__wasi_errno_t __wasi_clock_time_get(__wasi_clockid_t id, __wasi_timestamp_t precision,
                                     __wasi_timestamp_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_clock_time_get(
        (int32_t)id, (int64_t)precision, addr(retptr0));
}

__wasi_errno_t __wasi_fd_advise(__wasi_fd_t fd, __wasi_filesize_t offset, __wasi_filesize_t len,
                                __wasi_advice_t advice)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_advise(
        fd, (int64_t)offset, (int64_t)len, (int32_t)advice);
}

__wasi_errno_t __wasi_fd_allocate(__wasi_fd_t fd, __wasi_filesize_t offset,
                                  __wasi_filesize_t len)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_allocate(fd, (int64_t)offset,
                                                                         (int64_t)len);
}

__wasi_errno_t __wasi_fd_close(__wasi_fd_t fd)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_close(fd);
}

__wasi_errno_t __wasi_fd_datasync(__wasi_fd_t fd)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_datasync(fd);
}

__wasi_errno_t __wasi_fd_fdstat_get(__wasi_fd_t fd, __wasi_fdstat_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_fdstat_get(fd, addr(retptr0));
}

__wasi_errno_t __wasi_fd_fdstat_set_flags(__wasi_fd_t fd, __wasi_fdflags_t flags)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_fdstat_set_flags(fd,
                                                                                 (int32_t)flags);
}

__wasi_errno_t __wasi_fd_fdstat_set_rights(__wasi_fd_t fd, __wasi_rights_t fs_rights_base,
                                           __wasi_rights_t fs_rights_inheriting)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_fdstat_set_rights(
        fd, (int64_t)fs_rights_base, (int64_t)fs_rights_inheriting);
}

__wasi_errno_t __wasi_fd_filestat_get(__wasi_fd_t fd, __wasi_filestat_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_filestat_get(fd, addr(retptr0));
}

__wasi_errno_t __wasi_fd_filestat_set_size(__wasi_fd_t fd, __wasi_filesize_t size)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_filestat_set_size(fd,
                                                                                  (int64_t)size);
}

__wasi_errno_t __wasi_fd_filestat_set_times(__wasi_fd_t fd, __wasi_timestamp_t atim,
                                            __wasi_timestamp_t mtim, __wasi_fstflags_t fst_flags)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_filestat_set_times(
        fd, (int64_t)atim, (int64_t)mtim, (int32_t)fst_flags);
}

__wasi_errno_t __wasi_fd_pread(__wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t iovs_len,
                               __wasi_filesize_t offset, __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_pread(
        fd, addr(iovs), (int32_t)iovs_len, (int64_t)offset, addr(retptr0));
}

__wasi_errno_t __wasi_fd_prestat_get(__wasi_fd_t fd, __wasi_prestat_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_prestat_get(fd, addr(retptr0));
}

__wasi_errno_t __wasi_fd_prestat_dir_name(__wasi_fd_t fd, uint8_t *path, __wasi_size_t path_len)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_prestat_dir_name(
        fd, addr(path), (int32_t)path_len);
}

__wasi_errno_t __wasi_fd_pwrite(__wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t iovs_len,
                                __wasi_filesize_t offset, __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_pwrite(
        fd, addr(iovs), (int32_t)iovs_len, (int64_t)offset, addr(retptr0));
}

__wasi_errno_t __wasi_fd_read(__wasi_fd_t fd, const __wasi_iovec_t *iovs, size_t iovs_len,
                              __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_read(
        fd, addr(iovs), (int32_t)iovs_len, addr(retptr0));
}

__wasi_errno_t __wasi_fd_readdir(__wasi_fd_t fd, uint8_t *buf, __wasi_size_t buf_len,
                                 __wasi_dircookie_t cookie, __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_readdir(
        fd, addr(buf), (int32_t)buf_len, (int64_t)cookie, addr(retptr0));
}

__wasi_errno_t __wasi_fd_renumber(__wasi_fd_t fd, __wasi_fd_t to)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_renumber(fd, to);
}

__wasi_errno_t __wasi_fd_seek(__wasi_fd_t fd, __wasi_filedelta_t offset, __wasi_whence_t whence,
                              __wasi_filesize_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_seek(fd, offset, (int32_t)whence,
                                                                     addr(retptr0));
}

__wasi_errno_t __wasi_fd_sync(__wasi_fd_t fd)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_sync(fd);
}

__wasi_errno_t __wasi_fd_tell(__wasi_fd_t fd, __wasi_filesize_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_tell(fd, addr(retptr0));
}

__wasi_errno_t __wasi_fd_write(__wasi_fd_t fd, const __wasi_ciovec_t *iovs, size_t iovs_len,
                               __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_fd_write(
        fd, addr(iovs), (int32_t)iovs_len, addr(retptr0));
}

__wasi_errno_t __wasi_path_create_directory(__wasi_fd_t fd, const char *path)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_create_directory(
        fd, addr(path), str_len(path));
}

__wasi_errno_t __wasi_path_filestat_get(__wasi_fd_t fd, __wasi_lookupflags_t flags,
                                        const char *path, __wasi_filestat_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_filestat_get(
        fd, (int32_t)flags, addr(path), str_len(path), addr(retptr0));
}

__wasi_errno_t __wasi_path_filestat_set_times(__wasi_fd_t fd, __wasi_lookupflags_t flags,
                                              const char *path, __wasi_timestamp_t atim,
                                              __wasi_timestamp_t mtim,
                                              __wasi_fstflags_t fst_flags)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_filestat_set_times(
        fd, (int32_t)flags, addr(path), str_len(path), (int64_t)atim, (int64_t)mtim,
        (int32_t)fst_flags);
}

__wasi_errno_t __wasi_path_link(__wasi_fd_t old_fd, __wasi_lookupflags_t old_flags,
                                const char *old_path, __wasi_fd_t new_fd, const char *new_path)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_link(
        old_fd, (int32_t)old_flags, addr(old_path), str_len(old_path), new_fd, addr(new_path),
        str_len(new_path));
}

__wasi_errno_t __wasi_path_open(__wasi_fd_t fd, __wasi_lookupflags_t dirflags, const char *path,
                                __wasi_oflags_t oflags, __wasi_rights_t fs_rights_base,
                                __wasi_rights_t fs_rights_inheriting, __wasi_fdflags_t fdflags,
                                __wasi_fd_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_open(
        fd, (int32_t)dirflags, addr(path), str_len(path), (int32_t)oflags, (int64_t)fs_rights_base,
        (int64_t)fs_rights_inheriting, (int32_t)fdflags, addr(retptr0));
}

__wasi_errno_t __wasi_path_readlink(__wasi_fd_t fd, const char *path, uint8_t *buf,
                                    __wasi_size_t buf_len, __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_readlink(
        fd, addr(path), str_len(path), addr(buf), (int32_t)buf_len, addr(retptr0));
}

__wasi_errno_t __wasi_path_remove_directory(__wasi_fd_t fd, const char *path)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_remove_directory(
        fd, addr(path), str_len(path));
}

__wasi_errno_t __wasi_path_rename(__wasi_fd_t fd, const char *old_path, __wasi_fd_t new_fd,
                                  const char *new_path)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_rename(
        fd, addr(old_path), str_len(old_path), new_fd, addr(new_path), str_len(new_path));
}

__wasi_errno_t __wasi_path_symlink(const char *old_path, __wasi_fd_t fd, const char *new_path)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_symlink(
        addr(old_path), str_len(old_path), fd, addr(new_path), str_len(new_path));
}

__wasi_errno_t __wasi_path_unlink_file(__wasi_fd_t fd, const char *path)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_path_unlink_file(fd, addr(path),
                                                                              str_len(path));
}

__wasi_errno_t __wasi_poll_oneoff(const __wasi_subscription_t *in, __wasi_event_t *out,
                                  __wasi_size_t nsubscriptions, __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_poll_oneoff(
        addr(in), addr(out), (int32_t)nsubscriptions, addr(retptr0));
}

void __wasi_proc_exit(__wasi_exitcode_t rval)
{
    __imported_wasi_snapshot_preview1_proc_exit((int32_t)rval);
}

__wasi_errno_t __wasi_proc_raise(__wasi_signal_t sig)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_proc_raise((int32_t)sig);
}

__wasi_errno_t __wasi_sched_yield(void)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_sched_yield();
}

__wasi_errno_t __wasi_random_get(uint8_t *buf, __wasi_size_t buf_len)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_random_get(addr(buf),
                                                                        (int32_t)buf_len);
}

__wasi_errno_t __wasi_sock_accept(__wasi_fd_t fd, __wasi_fdflags_t flags, __wasi_fd_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_sock_accept(fd, (int32_t)flags,
                                                                         addr(retptr0));
}

__wasi_errno_t __wasi_sock_recv(__wasi_fd_t fd, const __wasi_iovec_t *ri_data,
                                size_t ri_data_len, __wasi_riflags_t ri_flags,
                                __wasi_size_t *retptr0, __wasi_roflags_t *retptr1)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_sock_recv(
        fd, addr(ri_data), (int32_t)ri_data_len, (int32_t)ri_flags, addr(retptr0),
        addr(retptr1));
}

__wasi_errno_t __wasi_sock_send(__wasi_fd_t fd, const __wasi_ciovec_t *si_data,
                                size_t si_data_len, __wasi_siflags_t si_flags,
                                __wasi_size_t *retptr0)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_sock_send(
        fd, addr(si_data), (int32_t)si_data_len, (int32_t)si_flags, addr(retptr0));
}

__wasi_errno_t __wasi_sock_shutdown(__wasi_fd_t fd, __wasi_sdflags_t how)
{
    return (__wasi_errno_t)__imported_wasi_snapshot_preview1_sock_shutdown(fd, (int32_t)how);
}
