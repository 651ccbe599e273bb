/* ABI probe for the libc's public headers: one "NAME VALUE" line for the
   size, alignment and signedness of each public type, the offset of each
   field of the public structs, and the value of each macro that our headers
   and the established WASI libc's both define. The harness builds it against
   both, runs both, and requires the same lines, but for the exceptions in
   exceptions.txt (where the ABI has moved on since the reference).

   Output goes through write(2) with a hand-made number formatter, so the
   probe depends on no stdio. Extend it as headers grow. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

static void emit(const char *name, long long v)
{
	char buf[160];
	size_t n = strlen(name);
	memcpy(buf, name, n);
	buf[n++] = ' ';
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	char digits[24];
	int k = 0;
	do
		digits[k++] = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		buf[n++] = '-';
	while (k)
		buf[n++] = digits[--k];
	buf[n++] = '\n';
	write(1, buf, n);
}

#define V(x) emit(#x, (long long)(x))
#define T(t) (emit("sizeof(" #t ")", sizeof(t)), emit("alignof(" #t ")", _Alignof(t)))
#define TS(t) (T(t), emit("signed(" #t ")", (t)-1 < (t)0))
#define F(s, f) (emit("offsetof(" #s "," #f ")", offsetof(s, f)), \
                 emit("sizeof(" #s "." #f ")", sizeof(((s *)0)->f)))

int main(void)
{
	/* scalar types */
	TS(size_t); TS(ssize_t); TS(ptrdiff_t); TS(intptr_t); TS(uintptr_t);
	TS(intmax_t); TS(uintmax_t); TS(wchar_t);
	TS(off_t); TS(time_t); TS(clock_t); TS(suseconds_t); TS(mode_t);
	TS(dev_t); TS(ino_t); TS(nlink_t); TS(uid_t); TS(gid_t); TS(pid_t);
	TS(blksize_t); TS(blkcnt_t); TS(id_t); TS(key_t); TS(useconds_t);
	TS(int_fast8_t); TS(int_fast16_t); TS(int_fast32_t); TS(int_fast64_t);
	TS(uint_fast16_t); TS(uint_fast32_t);
	TS(char); T(long double); T(max_align_t); T(clockid_t);
	T(fpos_t); T(div_t); T(ldiv_t); T(lldiv_t);

	/* structs */
	T(struct stat);
	F(struct stat, st_dev); F(struct stat, st_ino); F(struct stat, st_nlink);
	F(struct stat, st_mode); F(struct stat, st_uid); F(struct stat, st_gid);
	F(struct stat, st_rdev); F(struct stat, st_size); F(struct stat, st_blksize);
	F(struct stat, st_blocks); F(struct stat, st_atim); F(struct stat, st_mtim);
	F(struct stat, st_ctim);
	T(struct timespec); F(struct timespec, tv_sec); F(struct timespec, tv_nsec);
	T(struct tm);
	F(struct tm, tm_sec); F(struct tm, tm_min); F(struct tm, tm_hour);
	F(struct tm, tm_mday); F(struct tm, tm_mon); F(struct tm, tm_year);
	F(struct tm, tm_wday); F(struct tm, tm_yday); F(struct tm, tm_isdst);
	F(struct tm, tm_gmtoff); F(struct tm, tm_zone);
	F(div_t, quot); F(div_t, rem); F(lldiv_t, quot); F(lldiv_t, rem);
	T(struct flock); F(struct flock, l_type); F(struct flock, l_whence);
	F(struct flock, l_start); F(struct flock, l_len); F(struct flock, l_pid);
	T(cookie_io_functions_t);

	/* errno */
	V(E2BIG); V(EACCES); V(EADDRINUSE); V(EADDRNOTAVAIL); V(EAFNOSUPPORT);
	V(EAGAIN); V(EALREADY); V(EBADF); V(EBADMSG); V(EBUSY); V(ECANCELED);
	V(ECHILD); V(ECONNABORTED); V(ECONNREFUSED); V(ECONNRESET); V(EDEADLK);
	V(EDESTADDRREQ); V(EDOM); V(EDQUOT); V(EEXIST); V(EFAULT); V(EFBIG);
	V(EHOSTUNREACH); V(EIDRM); V(EILSEQ); V(EINPROGRESS); V(EINTR);
	V(EINVAL); V(EIO); V(EISCONN); V(EISDIR); V(ELOOP); V(EMFILE);
	V(EMLINK); V(EMSGSIZE); V(EMULTIHOP); V(ENAMETOOLONG); V(ENETDOWN);
	V(ENETRESET); V(ENETUNREACH); V(ENFILE); V(ENOBUFS); V(ENODEV);
	V(ENOENT); V(ENOEXEC); V(ENOLCK); V(ENOLINK); V(ENOMEM); V(ENOMSG);
	V(ENOPROTOOPT); V(ENOSPC); V(ENOSYS); V(ENOTCONN); V(ENOTDIR);
	V(ENOTEMPTY); V(ENOTRECOVERABLE); V(ENOTSOCK); V(ENOTSUP); V(ENOTTY);
	V(ENXIO); V(EOVERFLOW); V(EOWNERDEAD); V(EPERM); V(EPIPE); V(EPROTO);
	V(EPROTONOSUPPORT); V(EPROTOTYPE); V(ERANGE); V(EROFS); V(ESPIPE);
	V(ESRCH); V(ESTALE); V(ETIMEDOUT); V(ETXTBSY); V(EXDEV); V(ENOTCAPABLE);
	V(EOPNOTSUPP); V(EWOULDBLOCK);

	/* fcntl.h */
	V(O_APPEND); V(O_DSYNC); V(O_NONBLOCK); V(O_RSYNC); V(O_SYNC);
	V(O_CREAT); V(O_DIRECTORY); V(O_EXCL); V(O_TRUNC); V(O_NOFOLLOW);
	V(O_EXEC); V(O_RDONLY); V(O_SEARCH); V(O_WRONLY); V(O_RDWR);
	V(O_ACCMODE); V(O_CLOEXEC); V(O_NOCTTY); V(O_TTY_INIT);
	V(F_GETFD); V(F_SETFD); V(F_GETFL); V(F_SETFL); V(FD_CLOEXEC);
	V(AT_FDCWD); V(AT_EACCESS); V(AT_SYMLINK_NOFOLLOW); V(AT_SYMLINK_FOLLOW);
	V(AT_REMOVEDIR);
	V(POSIX_FADV_NORMAL); V(POSIX_FADV_SEQUENTIAL); V(POSIX_FADV_RANDOM);
	V(POSIX_FADV_WILLNEED); V(POSIX_FADV_DONTNEED); V(POSIX_FADV_NOREUSE);

	/* sys/stat.h */
	V(S_IFMT); V(S_IFDIR); V(S_IFCHR); V(S_IFBLK); V(S_IFREG); V(S_IFIFO);
	V(S_IFLNK); V(S_IFSOCK); V(S_ISUID); V(S_ISGID); V(S_ISVTX);
	V(S_IRWXU); V(S_IRUSR); V(S_IWUSR); V(S_IXUSR); V(S_IRWXG); V(S_IRWXO);
	V(UTIME_NOW); V(UTIME_OMIT);

	/* unistd.h */
	V(STDIN_FILENO); V(STDOUT_FILENO); V(STDERR_FILENO);
	V(SEEK_SET); V(SEEK_CUR); V(SEEK_END);
	V(F_OK); V(R_OK); V(W_OK); V(X_OK);
	V(F_ULOCK); V(F_LOCK); V(F_TLOCK); V(F_TEST);
	V(_POSIX_VERSION); V(_XOPEN_VERSION);
	V(_SC_ARG_MAX); V(_SC_CLK_TCK); V(_SC_OPEN_MAX); V(_SC_PAGESIZE);
	V(_SC_NPROCESSORS_ONLN); V(_SC_PHYS_PAGES); V(_SC_HOST_NAME_MAX);
	V(_SC_IOV_MAX); V(_SC_SYMLOOP_MAX); V(_SC_THREAD_STACK_MIN);
	V(_PC_LINK_MAX); V(_PC_NAME_MAX); V(_PC_PATH_MAX); V(_PC_PIPE_BUF);
	V(_PC_SYMLINK_MAX); V(_PC_2_SYMLINKS);

	/* limits.h and stdint.h */
	V(CHAR_BIT); V(SCHAR_MIN); V(CHAR_MAX); V(SHRT_MAX); V(INT_MAX);
	V(LONG_MAX); V(LLONG_MIN); V(MB_LEN_MAX); V(PATH_MAX); V(NAME_MAX);
	V(PAGESIZE); V(IOV_MAX); V(LONG_BIT); V(SSIZE_MAX);
	V(SIZE_MAX); V(PTRDIFF_MAX); V(INTPTR_MAX); V(WCHAR_MAX); V(WCHAR_MIN);
	V(WINT_MAX); V(SIG_ATOMIC_MAX); V(INTMAX_MIN);

	/* stdio.h and stdlib.h */
	V(EOF); V(BUFSIZ); V(FILENAME_MAX); V(FOPEN_MAX);
	V(_IOFBF); V(_IOLBF); V(_IONBF); V(L_ctermid);
	V(EXIT_SUCCESS); V(EXIT_FAILURE); V(RAND_MAX);

	/* time.h */
	V(CLOCKS_PER_SEC); V(TIME_UTC); V(TIMER_ABSTIME);
	return 0;
}

/* The text headers: wide characters, pattern matching, search tables,
   locale information and the small format headers. */
#include <ar.h>
#include <cpio.h>
#include <endian.h>
#include <fnmatch.h>
#include <langinfo.h>
#include <locale.h>
#include <nl_types.h>
#include <search.h>
#include <sys/param.h>
#include <sysexits.h>
#include <tar.h>
#include <uchar.h>
#include <wctype.h>

__attribute__((constructor)) static void probe_text(void)
{
	TS(wctype_t); T(wctrans_t); TS(char16_t); TS(char32_t); TS(nl_item); T(nl_catd);
	T(ENTRY); F(ENTRY, key); F(ENTRY, data); T(ACTION); T(VISIT);
	T(struct hsearch_data); T(struct qelem);
	F(struct qelem, q_forw); F(struct qelem, q_back); F(struct qelem, q_data);
	V(FIND); V(ENTER); V(preorder); V(postorder); V(endorder); V(leaf);
	V(WEOF);

	V(FNM_PATHNAME); V(FNM_NOESCAPE); V(FNM_PERIOD); V(FNM_LEADING_DIR);
	V(FNM_CASEFOLD); V(FNM_FILE_NAME); V(FNM_NOMATCH); V(FNM_NOSYS);

	V(NL_SETD); V(NL_CAT_LOCALE); V(CODESET); V(RADIXCHAR); V(THOUSEP);
	V(ABDAY_1); V(ABDAY_7); V(DAY_1); V(DAY_7); V(ABMON_1); V(ABMON_12);
	V(MON_1); V(MON_12); V(AM_STR); V(PM_STR); V(D_T_FMT); V(D_FMT); V(T_FMT);
	V(T_FMT_AMPM); V(ERA); V(ERA_D_FMT); V(ALT_DIGITS); V(ERA_D_T_FMT);
	V(ERA_T_FMT); V(CRNCYSTR); V(YESEXPR); V(NOEXPR); V(YESSTR); V(NOSTR);
	V(_NL_LOCALE_NAME(LC_MESSAGES));

	V(EX_OK); V(EX__BASE); V(EX_USAGE); V(EX_DATAERR); V(EX_NOINPUT);
	V(EX_NOUSER); V(EX_NOHOST); V(EX_UNAVAILABLE); V(EX_SOFTWARE); V(EX_OSERR);
	V(EX_OSFILE); V(EX_CANTCREAT); V(EX_IOERR); V(EX_TEMPFAIL); V(EX_PROTOCOL);
	V(EX_NOPERM); V(EX_CONFIG); V(EX__MAX);

	T(struct ar_hdr); F(struct ar_hdr, ar_name); F(struct ar_hdr, ar_date);
	F(struct ar_hdr, ar_uid); F(struct ar_hdr, ar_gid); F(struct ar_hdr, ar_mode);
	F(struct ar_hdr, ar_size); F(struct ar_hdr, ar_fmag); V(SARMAG);
	V(TMAGLEN); V(TVERSLEN); V(REGTYPE); V(AREGTYPE); V(LNKTYPE); V(SYMTYPE);
	V(CHRTYPE); V(BLKTYPE); V(DIRTYPE); V(FIFOTYPE); V(CONTTYPE); V(TSUID);
	V(TSGID); V(TSVTX); V(TUREAD); V(TUWRITE); V(TUEXEC); V(TGREAD); V(TGWRITE);
	V(TGEXEC); V(TOREAD); V(TOWRITE); V(TOEXEC);
	V(C_IRUSR); V(C_IWUSR); V(C_IXUSR); V(C_IRGRP); V(C_IWGRP); V(C_IXGRP);
	V(C_IROTH); V(C_IWOTH); V(C_IXOTH); V(C_ISUID); V(C_ISGID); V(C_ISVTX);
	V(C_ISBLK); V(C_ISCHR); V(C_ISDIR); V(C_ISFIFO); V(C_ISSOCK); V(C_ISLNK);
	V(C_ISCTG); V(C_ISREG);

	V(BYTE_ORDER); V(LITTLE_ENDIAN); V(BIG_ENDIAN); V(PDP_ENDIAN);
	V(htobe32(0x01020304)); V(htole16(0x0102)); V(be64toh(1ull));
	V(MAXSYMLINKS); V(MAXHOSTNAMELEN); V(MAXNAMLEN); V(MAXPATHLEN); V(NBBY);
	V(NGROUPS); V(CANBSIZ); V(NOFILE); V(NOGROUP); V(NCARGS); V(DEV_BSIZE);
	V(howmany(10, 4)); V(roundup(10, 4));
}

/* regex.h and iconv.h */
#include <iconv.h>
#include <regex.h>

__attribute__((constructor)) static void probe_regex(void)
{
	T(regex_t); F(regex_t, re_nsub); TS(regoff_t); T(regmatch_t);
	F(regmatch_t, rm_so); F(regmatch_t, rm_eo); T(iconv_t);
	V(REG_EXTENDED); V(REG_ICASE); V(REG_NEWLINE); V(REG_NOSUB);
	V(REG_NOTBOL); V(REG_NOTEOL); V(REG_OK); V(REG_NOMATCH); V(REG_BADPAT);
	V(REG_ECOLLATE); V(REG_ECTYPE); V(REG_EESCAPE); V(REG_ESUBREG);
	V(REG_EBRACK); V(REG_EPAREN); V(REG_EBRACE); V(REG_BADBR); V(REG_ERANGE);
	V(REG_ESPACE); V(REG_BADRPT); V(REG_ENOSYS);
}

/* glob.h */
#include <glob.h>

__attribute__((constructor)) static void probe_glob(void)
{
	T(glob_t); F(glob_t, gl_pathc); F(glob_t, gl_pathv); F(glob_t, gl_offs);
	V(GLOB_ERR); V(GLOB_MARK); V(GLOB_NOSORT); V(GLOB_DOOFFS); V(GLOB_NOCHECK);
	V(GLOB_APPEND); V(GLOB_NOESCAPE); V(GLOB_PERIOD); V(GLOB_NOSPACE);
	V(GLOB_ABORTED); V(GLOB_NOMATCH); V(GLOB_NOSYS);
}

/* The POSIX layer's headers: poll.h, sys/select.h, sys/time.h, dirent.h,
   ftw.h, utime.h, sys/uio.h, sys/ioctl.h, sys/file.h, the socket headers,
   sys/utsname.h, sched.h, sys/random.h, and the emulation headers (which
   want their _WASI_EMULATED_* macros). */
#define _WASI_EMULATED_MMAN
#define _WASI_EMULATED_SIGNAL
#define _WASI_EMULATED_PROCESS_CLOCKS
#include <arpa/inet.h>
#include <dirent.h>
#include <ftw.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <utime.h>

/* A name without spaces, for its line in exceptions.txt. */
typedef struct dirent dirent_t;

__attribute__((constructor)) static void probe_posix(void)
{
	T(struct pollfd); F(struct pollfd, fd); F(struct pollfd, events); F(struct pollfd, revents);
	TS(nfds_t);
	V(POLLRDNORM); V(POLLWRNORM); V(POLLIN); V(POLLOUT); V(POLLERR); V(POLLHUP); V(POLLNVAL);
	T(fd_set); V(FD_SETSIZE); T(struct timeval); F(struct timeval, tv_sec); F(struct timeval, tv_usec);
	T(struct timezone); F(struct timezone, tz_minuteswest); F(struct timezone, tz_dsttime);
	T(struct iovec); F(struct iovec, iov_base); F(struct iovec, iov_len); V(UIO_MAXIOV);
	/* struct dirent: d_name is NAME_MAX + 1 bytes here (see
	   exceptions.txt), at the same offset */
	T(dirent_t); V(offsetof(struct dirent, d_ino)); V(offsetof(struct dirent, d_type));
	V(offsetof(struct dirent, d_name));
	V(DT_UNKNOWN); V(DT_BLK); V(DT_CHR); V(DT_DIR); V(DT_REG); V(DT_FIFO); V(DT_LNK);
	T(struct FTW); F(struct FTW, base); F(struct FTW, level);
	V(FTW_F); V(FTW_D); V(FTW_DNR); V(FTW_NS); V(FTW_SL); V(FTW_DP); V(FTW_SLN);
	V(FTW_PHYS); V(FTW_MOUNT); V(FTW_CHDIR); V(FTW_DEPTH);
	T(struct utimbuf); F(struct utimbuf, actime); F(struct utimbuf, modtime);
	V(FIONREAD); V(FIONBIO);
	V(LOCK_SH); V(LOCK_EX); V(LOCK_NB); V(LOCK_UN);
	TS(socklen_t); TS(sa_family_t);
	T(struct sockaddr); V(offsetof(struct sockaddr, sa_family)); V(offsetof(struct sockaddr, sa_data));
	T(struct sockaddr_storage); F(struct sockaddr_storage, ss_family);
	T(struct msghdr); F(struct msghdr, msg_name); F(struct msghdr, msg_namelen);
	F(struct msghdr, msg_iov); F(struct msghdr, msg_iovlen); F(struct msghdr, msg_control);
	F(struct msghdr, msg_controllen); F(struct msghdr, msg_flags);
	T(struct linger); F(struct linger, l_onoff); F(struct linger, l_linger);
	V(SOCK_DGRAM); V(SOCK_STREAM); V(SOCK_NONBLOCK); V(SOCK_CLOEXEC);
	V(AF_UNSPEC); V(AF_INET); V(AF_INET6); V(AF_UNIX); V(SOL_SOCKET); V(SO_TYPE);
	V(MSG_PEEK); V(MSG_WAITALL); V(SHUT_RD); V(SHUT_WR); V(SHUT_RDWR);
	TS(in_port_t); TS(in_addr_t); T(struct in_addr); F(struct in_addr, s_addr);
	T(struct in6_addr); V(offsetof(struct in6_addr, s6_addr)); V(sizeof(((struct in6_addr *)0)->s6_addr));
	T(struct sockaddr_in); F(struct sockaddr_in, sin_family); F(struct sockaddr_in, sin_port);
	F(struct sockaddr_in, sin_addr);
	T(struct sockaddr_in6); F(struct sockaddr_in6, sin6_family); F(struct sockaddr_in6, sin6_port);
	F(struct sockaddr_in6, sin6_flowinfo); F(struct sockaddr_in6, sin6_addr);
	F(struct sockaddr_in6, sin6_scope_id);
	T(struct ip_mreq); F(struct ip_mreq, imr_multiaddr); F(struct ip_mreq, imr_interface);
	T(struct ipv6_mreq); F(struct ipv6_mreq, ipv6mr_multiaddr); F(struct ipv6_mreq, ipv6mr_interface);
	V(INADDR_ANY); V(INADDR_BROADCAST); V(INADDR_NONE); V(INADDR_LOOPBACK);
	V(INET_ADDRSTRLEN); V(INET6_ADDRSTRLEN); V(IPPORT_RESERVED);
	V(IPPROTO_IP); V(IPPROTO_ICMP); V(IPPROTO_TCP); V(IPPROTO_UDP); V(IPPROTO_IPV6); V(IPPROTO_RAW);
	V(IP_TOS); V(IP_TTL); V(IP_MULTICAST_IF); V(IP_MULTICAST_TTL); V(IP_MULTICAST_LOOP);
	V(IP_ADD_MEMBERSHIP); V(IP_DROP_MEMBERSHIP); V(IPV6_UNICAST_HOPS); V(IPV6_MULTICAST_IF);
	V(IPV6_MULTICAST_HOPS); V(IPV6_MULTICAST_LOOP); V(IPV6_JOIN_GROUP); V(IPV6_LEAVE_GROUP);
	V(IPV6_V6ONLY);
	V(TCP_NODELAY); V(TCP_MAXSEG); V(TCP_CORK); V(TCP_KEEPIDLE); V(TCP_KEEPINTVL); V(TCP_KEEPCNT);
	V(offsetof(struct sockaddr_un, sun_family));
	T(struct utsname); F(struct utsname, sysname); F(struct utsname, nodename);
	F(struct utsname, release); F(struct utsname, version); F(struct utsname, machine);
	T(struct tms); F(struct tms, tms_utime); F(struct tms, tms_stime); F(struct tms, tms_cutime);
	F(struct tms, tms_cstime);
	T(struct rusage); F(struct rusage, ru_utime); F(struct rusage, ru_stime);
	V(RUSAGE_SELF); V(RUSAGE_CHILDREN);
	V(PROT_NONE); V(PROT_READ); V(PROT_WRITE); V(PROT_EXEC); V(MAP_SHARED); V(MAP_PRIVATE);
	V(MAP_FIXED); V(MAP_ANON); V(MAP_ANONYMOUS); V(MAP_FAILED); V(MS_ASYNC); V(MS_INVALIDATE);
	V(MS_SYNC); V(MCL_CURRENT); V(MCL_FUTURE); V(POSIX_MADV_NORMAL); V(POSIX_MADV_RANDOM);
	V(POSIX_MADV_SEQUENTIAL); V(POSIX_MADV_WILLNEED); V(POSIX_MADV_DONTNEED);
	V(MADV_NORMAL); V(MADV_DONTNEED); V(MADV_FREE);
	TS(sig_atomic_t); V(SIG_DFL);
	V(SIGHUP); V(SIGINT); V(SIGQUIT); V(SIGILL); V(SIGTRAP); V(SIGABRT); V(SIGBUS); V(SIGFPE);
	V(SIGKILL); V(SIGUSR1); V(SIGSEGV); V(SIGUSR2); V(SIGPIPE); V(SIGALRM); V(SIGTERM);
	V(SIGCHLD); V(SIGCONT); V(SIGSTOP); V(SIGTSTP); V(SIGTTIN); V(SIGTTOU); V(SIGURG);
	V(SIGXCPU); V(SIGXFSZ); V(SIGVTALRM); V(SIGPROF); V(SIGWINCH); V(SIGIO); V(SIGPWR);
	V(SIGSYS); V(NSIG);
}

/* <threads.h> and <semaphore.h>. (The reference has no <pthread.h>: the
   pthread layouts are checked by number in tests/c/thread/abi.c.) */
#include <semaphore.h>
#include <threads.h>

__attribute__((constructor)) static void probe_threads(void)
{
	T(mtx_t); T(cnd_t); T(thrd_t); TS(tss_t); TS(once_flag); T(thrd_start_t); T(tss_dtor_t);
	V(thrd_success); V(thrd_busy); V(thrd_error); V(thrd_nomem); V(thrd_timedout);
	V(mtx_plain); V(mtx_recursive); V(mtx_timed);
	V(ONCE_FLAG_INIT); V(TSS_DTOR_ITERATIONS);
	T(sem_t); V(SEM_FAILED);
}

/* fmtmsg.h */
#include <fmtmsg.h>

__attribute__((constructor)) static void probe_fmtmsg(void)
{
	V(MM_HARD); V(MM_SOFT); V(MM_FIRM); V(MM_APPL); V(MM_UTIL); V(MM_OPSYS);
	V(MM_RECOVER); V(MM_NRECOV); V(MM_PRINT); V(MM_CONSOLE); V(MM_NOSEV);
	V(MM_HALT); V(MM_ERROR); V(MM_WARNING); V(MM_INFO); V(MM_NULLSEV);
	V(MM_NULLMC); V(MM_OK); V(MM_NOTOK); V(MM_NOMSG); V(MM_NOCON);
}

/* sys/timeb.h, and the pthread types sys/types.h carries (the reference has
   them there, not in a pthread.h). */
#include <sys/timeb.h>

__attribute__((constructor)) static void probe_misc(void)
{
	T(struct timeb); F(struct timeb, time); F(struct timeb, millitm);
	F(struct timeb, timezone); F(struct timeb, dstflag);
	T(pthread_t); T(pthread_mutex_t); T(pthread_cond_t); T(pthread_rwlock_t);
	T(pthread_barrier_t); T(pthread_attr_t); T(pthread_mutexattr_t);
	T(pthread_condattr_t); T(pthread_rwlockattr_t); T(pthread_barrierattr_t);
	TS(pthread_once_t); TS(pthread_key_t); TS(pthread_spinlock_t);
}

#include <wchar.h>

__attribute__((constructor)) static void probe_wchar(void)
{
	TS(wint_t); T(mbstate_t); V(WEOF);
}

#include <crypt.h>

__attribute__((constructor)) static void probe_crypt(void)
{
	T(struct crypt_data); F(struct crypt_data, initialized); F(struct crypt_data, __buf);
}
