#!/usr/bin/env python3
"""Writes tests/c/time/tz.txt, the expected results of tz.c, from the host's
glibc (through ctypes), and the zone files tz.c reads: a few of the host's
/usr/share/zoneinfo files (public-domain data) and small TZif files written
here (version 1, version 3 with an extended footer, malformed ones).

    python3 tests/c/time/gen_tz.py

Lines of tz.txt, fields separated by tabs, TZ first:
  N  TZ  tzname[0]  tzname[1]  timezone  daylight
  L  TZ  t  Y-m-d H:M:S  isdst  gmtoff  zone          localtime_r(t)
  M  TZ  Y m d H M S isdst  t  Y-m-d H:M:S isdst gmtoff zone  [t2]
     mktime of those fields; when glibc's answer depends on its earlier
     calls (an ambiguous time with isdst -1), t2 is the other answer, and
     either is right.
Zone names are relative to the zoneinfo folder beside this script, which
the test reaches as TZDIR=/tests/c/time/zoneinfo.
"""
import ctypes
import os
import shutil
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ZDIR = os.path.join(HERE, "zoneinfo")
HOST = "/usr/share/zoneinfo"
ZONES = ["America/New_York", "Europe/London", "Europe/Dublin", "Australia/Lord_Howe",
         "Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca",
         "Pacific/Apia"]

libc = ctypes.CDLL("libc.so.6")


class TM(ctypes.Structure):
    _fields_ = [(n, ctypes.c_int) for n in
                ("sec", "min", "hour", "mday", "mon", "year", "wday", "yday", "isdst")] + \
               [("gmtoff", ctypes.c_long), ("zone", ctypes.c_char_p)]


libc.mktime.restype = ctypes.c_long
libc.mktime.argtypes = [ctypes.POINTER(TM)]
libc.localtime_r.restype = ctypes.POINTER(TM)
libc.localtime_r.argtypes = [ctypes.POINTER(ctypes.c_long), ctypes.POINTER(TM)]
libc.gmtime_r.argtypes = libc.localtime_r.argtypes
tzname = (ctypes.c_char_p * 2).in_dll(libc, "tzname")


def settz(tz):
    os.environ["TZ"] = tz
    libc.tzset()


def local(t):
    tm = TM()
    if not libc.localtime_r(ctypes.byref(ctypes.c_long(t)), ctypes.byref(tm)):
        return None
    return tm


def show(tm):
    return "%d-%02d-%02d %02d:%02d:%02d\t%d\t%d\t%s" % (
        tm.year + 1900, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, tm.isdst, tm.gmtoff,
        tm.zone.decode())


def state(t):
    tm = local(t)
    return (tm.gmtoff, tm.isdst, tm.zone)


def transitions(lo, hi):
    """Instants in [lo, hi) where local time changes offset, kind or name."""
    out = []
    step = 86400 * 7
    t = lo
    while t < hi:
        if state(t) != state(t + step):
            a, b = t, t + step
            while b - a > 1:
                m = (a + b) // 2
                if state(m) == state(a):
                    a = m
                else:
                    b = m
            out.append(b)
            t = b
        else:
            t += step
    return out


def mktime(tz, fields, isdst):
    """glibc's answers after earlier calls that leave its guess at
    different offsets."""
    answers = []
    for prime in ("UTC0", "<+14>-14", "<-12>12"):
        settz(prime)
        libc.mktime(ctypes.byref(TM(0, 0, 12, 1, 0, 121, 0, 0, 0, 0, None)))
        settz(tz)
        y, mo, d, h, mi, s = fields
        tm = TM(s, mi, h, d, mo - 1, y - 1900, 0, 0, isdst, 0, None)
        t = libc.mktime(ctypes.byref(tm))
        answers.append((t, show(tm) if tm.zone is not None else None))
    return answers


def fields_of(t, off):
    g = TM()
    libc.gmtime_r(ctypes.byref(ctypes.c_long(t + off)), ctypes.byref(g))
    return (g.year + 1900, g.mon + 1, g.mday, g.hour, g.min, g.sec)


def cases(tz, lo, hi, every, out, since=None):
    """Lines for one TZ: its names, localtime around a sample of its
    transitions (each `every`th in [lo, hi)) and far from them, mktime in
    and around the gaps and overlaps. Times before `since` are left out."""
    settz(tz)
    # For the made-up files glibc's names differ from ours: it ignores the
    # footer's daylight time (Test/V3), and takes timezone as 0 for a file
    # that never changes to standard time (Test/AllDST).
    if not tz.startswith("Test/"):
            # tzname[1] of a zone without daylight time is unspecified: glibc
        # leaves it empty for a TZ it cannot read, we repeat tzname[0].
        n0, n1 = tzname[0].decode(), tzname[1].decode()
        out.append("N\t%s\t%s\t%s\t%d\t%d" % (
            tz, n0, n1 or n0,
            ctypes.c_long.in_dll(libc, "timezone").value, ctypes.c_int.in_dll(libc, "daylight").value))
    far = [-2**40, -10**11, -5000000000, -2**31, -2**31 - 1, -1, 0, 2**31 - 1, 2**31,
           4102444800, 10**10, 10**11, 2**40]
    ts = transitions(lo, hi)
    picked = ts[::every] + ts[-3:]
    times = set(far)
    for b in picked:
        times.update((b - 1, b, b + 1))
    for t in sorted(times):
        if since is not None and t < since:
            continue
        tm = local(t)
        out.append("L\t%s\t%d\t%s" % (tz, t, show(tm)))
    probes = []
    for b in picked:
        settz(tz)
        before, after = local(b - 1).gmtoff, local(b).gmtoff
        # the middle of a gap or overlap, and its edges
        for L in {b + min(before, after) + abs(after - before) // 2, b + min(before, after),
                  b + max(before, after) - 1}:
            probes.append(fields_of(L, 0))
    probes.append((2021, 1, 15, 12, 0, 0))
    probes.append((2021, 7, 15, 12, 0, 0))
    probes.append((2021, 14, -5, 30, -90, 75))  # normalised
    probes.append((1880, 1, 1, 0, 0, 0))
    probes.append((2200, 7, 1, 0, 0, 0))
    for f in probes:
        if since is not None and f[0] < 1971:
            continue
        for isdst in (-1, 0, 1):
            answers = mktime(tz, f, isdst)
            got = sorted(set(answers))
            if any(a[1] is None for a in got):
                continue
            line = "M\t%s\t%s\t%d\t%d\t%s" % (tz, " ".join(map(str, f)), isdst, got[0][0], got[0][1])
            if len(got) == 2 and isdst < 0 and got[0][1][:19] == got[1][1][:19]:
                line += "\t%d" % got[1][0]
            elif len(got) != 1:
                continue
            out.append(line)


def tzif(version, trans, types, footer):
    """A TZif file: a version 1 block with the 32-bit transitions, then for
    version 2+ the 64-bit block and the footer."""
    chars = b""
    where = {}
    for _, _, abbr in types:
        if abbr not in where:
            where[abbr] = len(chars)
            chars += abbr.encode() + b"\0"

    def block(size, ts):
        head = b"TZif" + version + b"\0" * 15 + struct.pack(
            ">6l", 0, 0, 0, len(ts), len(types), len(chars))
        body = b"".join(struct.pack(">l" if size == 4 else ">q", t) for t, _ in ts)
        body += bytes(i for _, i in ts)
        body += b"".join(struct.pack(">lBB", off, dst, where[a]) for off, dst, a in types)
        return head + body + chars

    small = [(t, i) for t, i in trans if -2**31 <= t < 2**31]
    data = block(4, small)
    if version != b"\0":
        data += block(8, trans) + b"\n" + footer.encode() + b"\n"
    return data


def write_zones():
    shutil.rmtree(ZDIR, ignore_errors=True)
    for z in ZONES:
        os.makedirs(os.path.dirname(os.path.join(ZDIR, z)), exist_ok=True)
        shutil.copyfile(os.path.join(HOST, z), os.path.join(ZDIR, z))
    os.makedirs(os.path.join(ZDIR, "Test"))
    ny = open(os.path.join(HOST, "America/New_York"), "rb").read()
    counts = struct.unpack(">6l", ny[20:44])
    v1 = 44 + counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0]
    files = {
        # New York's 32-bit data alone, as a version 1 file
        "Test/V1": ny[:4] + b"\0" + ny[5:v1],
        # version 3: a footer with transitions at -2 h and 25 h, after one
        # far-future transition from a made-up standard time
        "Test/V3": tzif(b"3", [(-2**35, 1), (5000000000, 2)],
                        [(-10000, 0, "LMT"), (-10800, 0, "-03"), (-10800, 0, "-03")],
                        "<-03>3<-02>,M3.5.0/-2,M10.5.0/25"),
        # version 3: daylight time all year (glibc gets this wrong at the
        # turn of a year; tz.c checks it)
        "Test/AllDST": tzif(b"3", [(0, 1)], [(-18000, 0, "EST"), (-14400, 1, "EDT")],
                            "EST5EDT,0/0,J365/25"),
        "Test/Truncated": ny[:300],
        "Test/BadMagic": b"TZjf" + ny[4:],
        "Test/BadIndex": tzif(b"2", [(0, 5)], [(0, 0, "UTC")], "UTC0"),
    }
    for name, data in files.items():
        open(os.path.join(ZDIR, name), "wb").write(data)


def main():
    write_zones()
    os.environ["TZDIR"] = ZDIR
    out = []
    lo, hi = -2500000000, 2500000000
    for z in ZONES:
        cases(z, lo, hi, 15, out)
    for z in ("Test/V1", "Test/V3", "Test/Truncated", "Test/BadMagic",
              "Test/BadIndex", ":Europe/London", "No/Such_Zone"):
        cases(z, lo, 6000000000, 30, out)
    for s in ("EST5EDT", "CET-1CEST,M3.5.0,M10.5.0/3", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
              "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", "IST-5:30", "<-03>3",
              "AAA3BBB2:30,J60/-1,J300/26", "AAA-3BBB-4:15:30,59/3,300",
              "<-03>3<-02>,M3.5.0/-2,M10.5.0/25",
              "XXX-14YYY-13,M9.5.0/167,M4.1.0/-167", "UTC0", "garbage", "<+03>"):
        # glibc applies a TZ string's rules before 1970 as if in 1970
        cases(s, 0, 1000000000, 4, out, 86400 * 365)
    with open(os.path.join(HERE, "tz.txt"), "w") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "lines")


main()
