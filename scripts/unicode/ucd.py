"""What the wide-character classes, case mappings and column widths of the
C.UTF-8 locale are, derived from the Unicode Character Database: the
general categories, case mappings and East Asian widths from Python's
unicodedata module, and the derived properties it lacks (Alphabetic,
Uppercase, Lowercase, Prepended_Concatenation_Mark) from Perl's copy of the
same version of the database (Unicode::UCD). gen_tables.py encodes these
facts for the libc; gen_expect.py writes them out again, independently
encoded, for the tests.

POSIX (XBD 7.3.1 LC_CTYPE) fixes the ASCII members of each class and the
rules between classes (check_rules): digit and xdigit are ASCII only; upper
and lower are inside alpha; alpha, digit and punct are inside graph; punct
is graph minus alnum. Beyond ASCII the choices are:

  upper   Uppercase, and what has a distinct simple lowercase mapping
  lower   Lowercase, and what has a distinct simple uppercase mapping
  alpha   Alphabetic (letters, letter numbers, and the marks that are part
          of words in their scripts), the non-ASCII decimal digits (digit
          is ASCII only, and alnum must still cover them), upper and lower
  space   ASCII white space, Zs but the no-break spaces, Zl, Zp
  blank   tab, and Zs but the no-break spaces
  cntrl   Cc, Zl, Zp
  print   everything assigned but Cc, Cs, Zl, Zp
  graph   print but Zs
  punct   graph but alnum

Widths (wcwidth): 0 for NUL, combining marks (Mn, Me), format characters
(Cf, but the soft hyphen and the prepended concatenation marks, which show)
and the Hangul conjoining vowels and finals; 2 for East Asian Wide and
Fullwidth; -1 for what is not printable; 1 otherwise.
"""

import subprocess
import unicodedata

UNICODE_VERSION = unicodedata.unidata_version
LIMIT = 0x110000

NO_BREAK_SPACES = {0x00A0, 0x2007, 0x202F}
ASCII_SPACE = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20}

CLASSES = ["alnum", "alpha", "blank", "cntrl", "digit", "graph",
           "lower", "print", "punct", "space", "upper", "xdigit"]


def perl_property(name):
    """The code points with a binary property, from Perl's Unicode::UCD,
    whose database must be the same version as unicodedata's."""
    script = ("use Unicode::UCD qw(prop_invlist);"
              "print Unicode::UCD::UnicodeVersion(), qq(\\n),"
              " join(q( ), prop_invlist($ARGV[0])), qq(\\n);")
    out = subprocess.run(["perl", "-e", script, name], check=True,
                         capture_output=True, text=True).stdout.split("\n")
    if out[0] != UNICODE_VERSION:
        raise SystemExit(f"Perl has Unicode {out[0]}, Python {UNICODE_VERSION}")
    bounds = [int(x) for x in out[1].split()] + [LIMIT]
    members = set()
    for start, end in zip(bounds[0::2], bounds[1::2]):
        members.update(range(start, end))
    return frozenset(members)


ALPHABETIC = perl_property("Alphabetic")
UPPERCASE = perl_property("Uppercase")
LOWERCASE = perl_property("Lowercase")
PREPENDED_MARKS = perl_property("Prepended_Concatenation_Mark")


def category(c):
    return unicodedata.category(chr(c))


def simple_lower(c):
    """The simple lowercase mapping (UnicodeData field 13). str.lower() is
    the full mapping; the two differ only where the full one has several
    characters, and only U+0130 then has a simple one (U+0069)."""
    if c == 0x130:
        return 0x69
    s = chr(c).lower()
    return ord(s) if len(s) == 1 else c


def simple_upper(c):
    """The simple uppercase mapping (UnicodeData field 12). Where the full
    uppercase has several characters, the simple one is the single-character
    titlecase if there is one (U+1F80 -> U+1F88, U+1FB3 -> U+1FBC), and none
    otherwise (U+00DF, U+FB00)."""
    s = chr(c).upper()
    if len(s) == 1:
        return ord(s)
    t = chr(c).title()
    return ord(t) if len(t) == 1 else c


def classes(c):
    """The set of class names code point c belongs to in C.UTF-8."""
    cat = category(c)
    out = set()
    if 0x30 <= c <= 0x39:
        out.add("digit")
    if 0x30 <= c <= 0x39 or 0x41 <= c <= 0x46 or 0x61 <= c <= 0x66:
        out.add("xdigit")
    upper = c in UPPERCASE or simple_lower(c) != c
    lower = c in LOWERCASE or simple_upper(c) != c
    if upper:
        out.add("upper")
    if lower:
        out.add("lower")
    if c in ALPHABETIC or (cat == "Nd" and c >= 0x80) or upper or lower:
        out.add("alpha")
    zs = cat == "Zs" and c not in NO_BREAK_SPACES
    if c in ASCII_SPACE or zs or cat in ("Zl", "Zp"):
        out.add("space")
    if c == 0x09 or zs:
        out.add("blank")
    if cat in ("Cc", "Zl", "Zp"):
        out.add("cntrl")
    if cat not in ("Cn", "Cc", "Cs", "Zl", "Zp"):
        out.add("print")
        if cat != "Zs":
            out.add("graph")
    if "alpha" in out or "digit" in out:
        out.add("alnum")
    if "graph" in out and "alnum" not in out:
        out.add("punct")
    return out


def width(c):
    """wcwidth(c) in C.UTF-8."""
    if c == 0:
        return 0
    cat = category(c)
    if cat in ("Cn", "Cc", "Cs", "Zl", "Zp"):
        return -1
    if cat in ("Mn", "Me") or (cat == "Cf" and c != 0x00AD and c not in PREPENDED_MARKS):
        return 0
    if 0x1160 <= c <= 0x11FF or 0xD7B0 <= c <= 0xD7FF:
        return 0
    if unicodedata.east_asian_width(chr(c)) in ("W", "F"):
        return 2
    return 1


def check_rules():
    """The POSIX relations between classes, over every code point."""
    for c in range(LIMIT):
        k = classes(c)
        assert not ("upper" in k or "lower" in k) or "alpha" in k, hex(c)
        assert not (k & {"alpha", "digit", "punct"}) or "graph" in k, hex(c)
        assert not ("alpha" in k and "digit" in k), hex(c)
        assert not ("cntrl" in k and "print" in k), hex(c)
        assert "graph" not in k or "print" in k, hex(c)
        assert "blank" not in k or "space" in k, hex(c)
        assert not ("space" in k and "graph" in k), hex(c)
