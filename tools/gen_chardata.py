#!/usr/bin/env python3
"""Generate the character tables of kosei's character rules: rules/chars/*.toml.

Run from anywhere:  python3 tools/gen_chardata.py   (add --check to verify that the
checked-in files are up to date without writing them).

Standard library only.  Inputs (Debian bookworm packages in brackets):
  * Unihan 15.0 [unicode-data]: /usr/share/unicode/Unihan_Variants.txt.bz2
    (kTraditionalVariant, kSemanticVariant), Unihan_IRGSources.txt.bz2 (kIRG_JSource),
    Unihan_OtherMappings.txt.bz2 (kJoyoKanji, kJinmeiyoKanji, kJis0).
  * Mozc's variant table (BSD-3, Google): tools/data/mozc-variant_rule.txt.
  * glibc charmaps [locales]: /usr/share/i18n/charmaps/SHIFT_JIS.gz (JIS X 0201 + JIS X 0208)
    and EUC-JISX0213.gz (JIS X 0213:2004 planes 1 and 2).
  * KANJIDIC [kanjidic]: /usr/share/edict/kanjidic (EUC-JP), only to cross-check the jōyō set
    and to break ties between several jōyō candidates of one simplified character (its
    newspaper frequency rank "F"); none of its data is copied into the output.
  * Python's own cp932 / shift_jis codecs, to list the other common Unicode mappings of the
    few JIS X 0208 code points whose mapping differs between vendors (〜 vs ～ …).

Outputs (deterministic, sorted by code point): rules/chars/old_kanji.toml, foreign_hanzi.toml,
charset_jisx0208.toml, charset_jisx0213.toml, joyo.toml.  See rules/chars/README.md.
"""

import argparse
import bz2
import gzip
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNIHAN = "/usr/share/unicode"
CHARMAPS = "/usr/share/i18n/charmaps"
KANJIDIC = "/usr/share/edict/kanjidic"
MOZC = os.path.join(ROOT, "tools", "data", "mozc-variant_rule.txt")
OUT = os.path.join(ROOT, "rules", "chars")
REGEN = "python3 tools/gen_chardata.py"

NEEDED = {
    UNIHAN: "unicode-data",
    CHARMAPS: "locales",
    KANJIDIC: "kanjidic",
}


def die(msg):
    sys.stderr.write("gen_chardata: " + msg + "\n")
    sys.exit(1)


def cp_of(token):
    """'U+4E00' -> 0x4E00 (ignores a '<source' suffix as in kSemanticVariant)."""
    return int(token.split("<")[0][2:], 16)


def fmt(cp):
    return "U+%04X %s" % (cp, chr(cp))


# ---------------------------------------------------------------- readers

def read_unihan(fname, fields):
    path = os.path.join(UNIHAN, fname)
    out = {f: {} for f in fields}
    with bz2.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            if field in out:
                out[field][cp_of(cp)] = value
    return out


def unihan_version():
    with bz2.open(os.path.join(UNIHAN, "Unihan_Variants.txt.bz2"), "rt", encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"# Unicode version: (\S+)", line)
            if m:
                return m.group(1)
    return "?"


CHARMAP_LINE = re.compile(r"^(%?)((?:<U[0-9A-Fa-f]+>)+)\s+((?:/x[0-9a-fA-F]{2})+)")


def read_charmap(fname):
    """Returns ({bytes: codepoint}, [(bytes, (cp, cp, ...))] for sequences, commented ones too)."""
    singles, sequences = {}, []
    in_map = False
    with gzip.open(os.path.join(CHARMAPS, fname), "rt", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("CHARMAP"):
                in_map = True
                continue
            if line.startswith("END CHARMAP"):
                break
            if not in_map:
                continue
            m = CHARMAP_LINE.match(line)
            if not m:
                continue
            cps = tuple(int(x, 16) for x in re.findall(r"<U([0-9A-Fa-f]+)>", m.group(2)))
            code = bytes(int(x, 16) for x in re.findall(r"/x([0-9a-fA-F]{2})", m.group(3)))
            if len(cps) == 1 and not m.group(1):
                singles[code] = cps[0]
            else:
                sequences.append((code, cps))
    return singles, sequences


def sjis_to_euc(code):
    """Shift_JIS double-byte code -> EUC-JP code of the same JIS X 0208 row and cell."""
    s1, s2 = code
    s1 -= 0x40 if s1 >= 0xE0 else 0
    row = (s1 - 0x81) * 2 + 1
    if s2 >= 0x9F:
        row, cell = row + 1, s2 - 0x9F + 1
    else:
        cell = s2 - 0x40 + 1 - (1 if s2 >= 0x80 else 0)
    return bytes([row + 0xA0, cell + 0xA0])


def read_mozc():
    """Returns [(section, target, original)] in file order."""
    rows, section = [], None
    with open(MOZC, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                section = None
                continue
            if line.startswith("#"):
                continue
            if "\t" not in line:
                section = line.strip()
                continue
            target, original = line.split("\t")
            if section is None or len(target) != 1 or len(original) != 1:
                die("unexpected Mozc line: %r" % line)
            rows.append((section, ord(target), ord(original)))
    return rows


def read_kanjidic():
    """{codepoint: (grade or None, frequency rank or None)}"""
    out = {}
    with open(KANJIDIC, encoding="euc_jp", errors="strict") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            fields = line.split(" ")
            u = next((f for f in fields if re.fullmatch(r"U[0-9a-f]{4,5}", f)), None)
            if u is None:
                continue
            g = next((int(f[1:]) for f in fields if re.fullmatch(r"G\d+", f)), None)
            fr = next((int(f[1:]) for f in fields if re.fullmatch(r"F\d+", f)), None)
            out[int(u[1:], 16)] = (g, fr)
    return out


# ---------------------------------------------------------------- writers

def header(title, sources, notes=()):
    lines = ["# %s" % title,
             "# GENERATED by tools/gen_chardata.py -- do not edit; regenerate with: %s" % REGEN,
             "# Sources:"]
    lines += ["#   %s" % s for s in sources]
    lines += ["# %s" % n if n else "#" for n in notes]
    return "\n".join(lines) + "\n"


def wrap(items, width=100):
    """Join items with spaces into lines of at most width characters (counted in items' length)."""
    lines, cur, n = [], [], 0
    for it in items:
        if cur and n + 1 + len(it) > width:
            lines.append(" ".join(cur))
            cur, n = [], 0
        cur.append(it)
        n += len(it) + (1 if n else 0)
    if cur:
        lines.append(" ".join(cur))
    return "\n".join(lines)


def multiline(key, items, width=100):
    if not items:
        return '%s = ""\n' % key
    return '%s = """\n%s\n"""\n' % (key, wrap(items, width))


def ranges(cps):
    """Sorted code points -> ['3000-3003', '3005', ...] (hex, no prefix)."""
    out, cps = [], sorted(cps)
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append("%X" % cps[i] if i == j else "%X-%X" % (cps[i], cps[j]))
        i = j + 1
    return out


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only verify that the files are up to date")
    ap.add_argument("--verbose", "-v", action="store_true", help="print the dropped and ambiguous entries")
    args = ap.parse_args()
    for path, pkg in NEEDED.items():
        if not os.path.exists(path):
            die("%s missing: apt-get install %s" % (path, pkg))
    log = (lambda *a: print(*a, file=sys.stderr)) if args.verbose else (lambda *a: None)

    uver = unihan_version()
    var = read_unihan("Unihan_Variants.txt.bz2", ["kTraditionalVariant", "kSemanticVariant", "kZVariant"])
    irg = read_unihan("Unihan_IRGSources.txt.bz2", ["kIRG_JSource"])
    oth = read_unihan("Unihan_OtherMappings.txt.bz2", ["kJoyoKanji", "kJinmeiyoKanji", "kJis0", "kIBMJapan"])
    kdic = read_kanjidic()
    mozc = read_mozc()

    # ---- character sets -------------------------------------------------
    sj, _ = read_charmap("SHIFT_JIS.gz")
    x0208 = {cp for code, cp in sj.items() if len(code) == 2}
    x0201 = {cp for code, cp in sj.items() if len(code) == 1 and cp >= 0x80}
    ej, eseq = read_charmap("EUC-JISX0213.gz")
    x0213 = {cp for code, cp in ej.items() if len(code) >= 2 and code[0] != 0x8E}
    x0213_kana = {cp for code, cp in ej.items() if len(code) == 2 and code[0] == 0x8E}
    # The few JIS X 0208 code points whose Unicode mapping differs between vendors (1-1-33 is
    # U+301C in JIS and glibc, U+FF5E in CP932; 1-1-29 is U+2015 in SHIFT_JIS, U+2014 in
    # EUC-JISX0213): group all mappings of one code point, accept every member as that code point.
    groups = []
    for code, cp in sj.items():
        if len(code) != 2:
            continue
        group = {cp}
        for codec in ("cp932", "shift_jis"):
            try:
                alt = code.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(alt) == 1:
                group.add(ord(alt))
        alt = ej.get(sjis_to_euc(code))
        if alt is not None:
            group.add(alt)
        group = {c for c in group if c >= 0x80}
        if len(group) > 1:
            groups.append(group)
    alias0208, alias0213 = {}, {}
    for g in groups:
        for a in sorted(g - x0208):
            alias0208[a] = min(g & x0208)
        if g & x0213:
            for a in sorted(g - x0213):
                alias0213[a] = min(g & x0213)
    missing = x0208 - x0213
    if missing:
        log("JIS X 0208 characters not in the JIS X 0213 charmap:", " ".join(map(fmt, sorted(missing))))
    kjis0 = set(oth["kJis0"])
    kanji0208 = {c for c in x0208 if unicodedata.name(chr(c), "").startswith("CJK")}
    if kanji0208 != kjis0:
        log("charmap kanji vs Unihan kJis0 differ:",
            " ".join(map(fmt, sorted(kanji0208 ^ kjis0))))

    def jis(c):
        return c in x0208 or c in x0213

    # ---- jōyō / jinmeiyō --------------------------------------------------
    joyo, joyo_alt = set(), {}
    for cp, v in oth["kJoyoKanji"].items():
        if v.startswith("U+"):
            joyo_alt[cp] = cp_of(v)      # cp is a permitted (許容) form of the jōyō kanji v
        else:
            joyo.add(cp)
    jinmei, jinmei_old = set(), {}
    for cp, v in oth["kJinmeiyoKanji"].items():
        if ":" in v:
            jinmei_old[cp] = cp_of(v.split(":")[1])  # variant of the jōyō kanji
        jinmei.add(cp)
    if len(joyo) != 2136:
        die("expected 2136 jōyō kanji in Unihan, got %d" % len(joyo))
    kd_joyo = {c for c, (g, _) in kdic.items() if g is not None and g <= 8}
    expect = {c for c in joyo if c in x0208}   # KANJIDIC has no grade for the 4 permitted forms
    if kd_joyo != expect:
        log("jōyō: Unihan vs KANJIDIC differ:", " ".join(map(fmt, sorted(kd_joyo ^ expect))))
    joyo_any = joyo | set(joyo_alt)

    def std_ok(c):
        return c in joyo_any or c in x0208

    # ---- old forms ------------------------------------------------------
    old_mozc, old_jinmei, old_z, other = {}, {}, {}, {}
    dropped = []
    for section, target, original in mozc:
        if section != "旧字体":
            continue
        if target == original or target in joyo_any or not std_ok(original):
            dropped.append((section, target, original))
            continue
        if target in old_mozc and old_mozc[target] != original:
            # several standard forms: keep the jōyō one if there is exactly one
            cands = {old_mozc[target], original}
            j = [c for c in cands if c in joyo_any]
            if len(j) == 1:
                old_mozc[target] = j[0]
            else:
                dropped.append((section, target, original))
            continue
        old_mozc[target] = original
    for old, new in jinmei_old.items():
        if old in old_mozc:
            if old_mozc[old] != new:
                log("old form %s: Mozc says %s, Unihan jinmeiyō says %s" % (fmt(old), fmt(old_mozc[old]), fmt(new)))
            continue
        # Only variants of jōyō kanji (人名用漢字表 別表第二 二) that are outside JIS X 0208: the
        # ones inside it that Mozc does not call old forms are name spellings (冨 嶋 峯 薗 …).
        if old not in joyo_any and new in joyo and old not in x0208:
            old_jinmei[old] = new
        else:
            log("jinmeiyō variant not taken as old form: %s of %s" % (fmt(old), fmt(new)))
    # Unihan kZVariant (same character, other glyph): 說→説, 稅→税 … where only one side is jōyō.
    for a, v in var["kZVariant"].items():
        for b in (cp_of(x) for x in v.split()):
            if (b in joyo_any and a not in joyo_any and a not in x0208
                    and a not in old_mozc and a not in old_jinmei):
                old_z[a] = b
    old_all = dict(old_mozc)
    old_all.update(old_jinmei)
    old_all.update(old_z)
    # Other variant forms (異体字, 俗字, 本字 = the original is the common form): only characters
    # outside JIS X 0208 and the jōyō list with a standard form in them (髙→高, 塲→場).
    for section, target, original in mozc:
        if section not in ("異体字", "俗字", "本字"):
            continue
        if target in old_all or target in x0208 or target in joyo_any or not std_ok(original):
            continue
        if original in old_all:          # a variant of an old form: go on to the new form
            original = old_all[original]
        if target in other and other[target] != original:
            log("variant %s has several standard forms: %s %s" % (fmt(target), fmt(other[target]), fmt(original)))
            dropped.append((section, target, original))
            other[target] = None
            continue
        other[target] = original
    other = {k: v for k, v in other.items() if v is not None}
    for d in dropped:
        log("dropped Mozc %s: %s -> %s" % (d[0], fmt(d[1]), fmt(d[2])))
    nfc_unstable = [c for c in list(old_all) + list(other) if unicodedata.normalize("NFC", chr(c)) != chr(c)]

    # ---- foreign (simplified-Chinese) forms ----------------------------------
    def japanese(c):
        return jis(c) or c in irg["kIRG_JSource"]

    def to_japanese(t):
        """The Japanese form(s) of a traditional form t: its new form if it is an old form, else
        itself if in JIS, plus its jōyō Z-variants if it is not jōyō (獎 -> 奨).  (Semantic
        variants are too loose here: 譚 -> 談, 檉 -> 柳.)"""
        t = old_all.get(t, t)
        out = [t] if jis(t) else []
        if t not in joyo_any:
            out += [cp_of(x) for x in var["kZVariant"].get(t, "").split() if cp_of(x) in joyo_any]
        return out

    def rank(c):
        f = kdic.get(c, (None, None))[1]
        return f if f is not None else 10**6

    foreign_fix, foreign_nofix = {}, {}
    for c, v in var["kTraditionalVariant"].items():
        trads = [cp_of(t) for t in v.split()]
        trads = [t for t in trads if t != c]
        if not trads or japanese(c) or c in oth["kIBMJapan"]:   # IBM extensions: CP932 has them
            continue
        cands = []
        for t in trads:
            for n in to_japanese(t):
                if n not in cands and n != c:
                    cands.append(n)
        if not cands:   # traditional form not Japanese either: try its semantic variants
            for t in trads:
                for s in var["kSemanticVariant"].get(t, "").split():
                    for n in to_japanese(cp_of(s)):
                        if n not in cands and n != c:
                            cands.append(n)
        if not cands:
            continue
        tier = ([x for x in cands if x in joyo_any] or [x for x in cands if x in x0208] or cands)
        tier.sort(key=lambda x: (rank(x), x))
        rest = sorted(x for x in cands if x != tier[0])
        if len(tier) == 1 or rank(tier[0]) * 4 <= rank(tier[1]):
            foreign_fix[c] = [tier[0]] + rest
        else:
            foreign_nofix[c] = sorted(cands)
            log("foreign %s: no clear Japanese form among %s" % (fmt(c), " ".join(map(fmt, cands))))

    # ---- sanity checks (fail loudly if the sources changed meaning) -----------
    def expect_map(table, a, b, what):
        got = table.get(ord(a))
        got = got[0] if isinstance(got, list) else got
        if got != ord(b):
            die("%s: expected %s -> %s, got %s" % (what, a, b, chr(got) if got else None))
    for a, b in ["戰戦", "點点", "國国", "參参", "關関", "發発", "說説"]:
        expect_map(old_all, a, b, "old_kanji")
    for a, b in ["产産", "资資", "业業", "发発", "战戦", "说説", "门門"]:
        expect_map(foreign_fix, a, b, "foreign_hanzi")
    if ord("国") in foreign_fix or ord("産") in foreign_fix:
        die("国/産 must not be foreign")
    if 0x2460 in x0208 or 0x3231 in x0208 or 0x9AD9 in x0208 or 0x20B9F not in x0213:
        die("unexpected character-set membership")

    # ---- write ------------------------------------------------------------
    unihan_src = "Unihan %s (Debian unicode-data, /usr/share/unicode/Unihan_*.txt.bz2), © Unicode, Inc., see NOTICE" % uver
    mozc_src = "Mozc src/data/single_kanji/variant_rule.txt (tools/data/mozc-variant_rule.txt), © Google Inc., BSD-3-Clause, see NOTICE"
    files = {}

    def pairs(table):
        return ["%s%s" % (chr(k), chr(v)) for k, v in sorted(table.items())]

    files["old_kanji.toml"] = (
        header("Old character forms (旧字体) and other variant forms -> the standard Japanese form.",
               [mozc_src, unihan_src + ": kJinmeiyoKanji, kJoyoKanji",
                "glibc charmap SHIFT_JIS (JIS X 0208 membership)"],
               ["",
                "Each entry is two characters, the variant form followed by its standard form; entries are",
                "separated by ASCII spaces and newlines.  A standard form is always jōyō or in JIS X 0208.",
                "  old_forms           Mozc section 旧字体 (<old form> <TAB> <standard form>), old forms that are",
                "                      not themselves jōyō.",
                "  old_forms_jinmeiyo  old forms of jōyō kanji from Unihan kJinmeiyoKanji (\"2010:U+XXXX\") that",
                "                      Mozc lacks.  NOTE: every old form that is 人名用漢字 (see joyo.toml) is",
                "                      legal in personal names.",
                "  old_forms_zvariant  Unihan kZVariant pairs (same character, other glyph) whose one side is",
                "                      jōyō and the other neither jōyō nor JIS X 0208 (說→説, 稅→税).",
                "  other_variants      Mozc sections 異体字 / 俗字 / 本字: variant forms outside JIS X 0208 and",
                "                      the jōyō list whose common form is in them (髙→高).",
                "Some variant forms are CJK compatibility ideographs that NFC turns into their standard",
                "form: %s." % (" ".join("U+%04X" % c for c in sorted(nfc_unstable)) or "none")])
        + "format = 1\n"
        + multiline("old_forms", pairs(old_mozc), 60)
        + multiline("old_forms_jinmeiyo", pairs(old_jinmei), 60)
        + multiline("old_forms_zvariant", pairs(old_z), 60)
        + multiline("other_variants", pairs(other), 60))

    files["foreign_hanzi.toml"] = (
        header("Simplified-Chinese / non-Japanese Han characters -> the Japanese form.",
               [unihan_src + ": kTraditionalVariant, kSemanticVariant, kIRG_JSource, kJoyoKanji",
                "glibc charmaps SHIFT_JIS and EUC-JISX0213 (JIS membership)",
                mozc_src + " (old form -> new form: 發 -> 発)",
                "KANJIDIC (EDRDG, CC BY-SA 4.0) newspaper frequency rank, only to choose among candidates"],
               ["",
                "A character is foreign when it has a kTraditionalVariant other than itself, no kIRG_JSource,",
                "no kIBMJapan (CP932 has those) and is in neither JIS X 0208 nor JIS X 0213.  Its candidates",
                "are its traditional forms (or, if none is Japanese, their semantic variants), each taken to",
                "its new form through old_kanji.toml and kept when in JIS X 0208/0213, plus the jōyō",
                "Z-variants of a non-jōyō traditional form (奖 -> 獎 -> 奨).  The fix is the only jōyō candidate (else",
                "the only JIS X 0208 one); among several, the one KANJIDIC ranks at least 4x more frequent.",
                "  fix    entries: foreign character, fix, then the other candidates (may be none)",
                "  nofix  entries: foreign character, then its candidates; no single fix",
                "Entries are separated by ASCII spaces and newlines."])
        + "format = 1\n"
        + multiline("fix", ["".join(chr(x) for x in [k] + v) for k, v in sorted(foreign_fix.items())], 60)
        + multiline("nofix", ["".join(chr(x) for x in [k] + v) for k, v in sorted(foreign_nofix.items())], 60))

    files["charset_jisx0208.toml"] = (
        header("JIS X 0208 (and JIS X 0201): the exact set of non-ASCII characters.",
               ["glibc charmap /usr/share/i18n/charmaps/SHIFT_JIS.gz (Debian locales)",
                "Python's cp932 and shift_jis codecs (aliases)"],
               ["",
                "Code points in hex; \"A-B\" is an inclusive range; items separated by spaces and newlines.",
                "  chars    the %d characters of JIS X 0208 (the double-byte part of Shift_JIS)" % len(x0208),
                "  aliases  other common Unicode mappings of the same JIS X 0208 code points (CP932 maps",
                "           1-33 WAVE DASH to U+FF5E instead of U+301C, …): accept them as JIS X 0208",
                "  x0201    the non-ASCII single-byte characters of Shift_JIS (¥ ‾ and half-width katakana)",
                "ASCII is not listed."])
        + "format = 1\ncount = %d\n" % len(x0208)
        + multiline("chars", ranges(x0208))
        + multiline("aliases", ranges(alias0208))
        + multiline("x0201", ranges(x0201)))

    seq_items = ["+".join("%X" % c for c in cps) for _, cps in sorted(eseq)]
    files["charset_jisx0213.toml"] = (
        header("JIS X 0213:2004 planes 1 and 2: the exact set of non-ASCII characters.",
               ["glibc charmap /usr/share/i18n/charmaps/EUC-JISX0213.gz (Debian locales)",
                "Python's cp932 and shift_jis codecs (aliases)"],
               ["",
                "Code points in hex; \"A-B\" is an inclusive range; items separated by spaces and newlines.",
                "  chars      the %d single-code-point characters of JIS X 0213 planes 1 and 2" % len(x0213),
                "  aliases    other common Unicode mappings of the same code points (see charset_jisx0208)",
                "  x0201      half-width katakana (EUC-JISX0213 SS2)",
                "  sequences  the %d JIS X 0213 characters that Unicode writes as two code points" % len(eseq),
                "             (か + U+309A …), joined by \"+\"",
                "ASCII is not listed."])
        + "format = 1\ncount = %d\n" % len(x0213)
        + multiline("chars", ranges(x0213))
        + multiline("aliases", ranges(alias0213))
        + multiline("x0201", ranges(x0213_kana))
        + multiline("sequences", seq_items))

    files["joyo.toml"] = (
        header("The jōyō kanji (常用漢字表, 2010: 2136) and jinmeiyō kanji (人名用漢字).",
               [unihan_src + ": kJoyoKanji, kJinmeiyoKanji",
                "cross-checked against KANJIDIC grades G1-G8 (EDRDG)"],
               ["",
                "Strings of characters, newlines to be ignored.",
                "  joyo             the 2136 jōyō kanji in their official form (𠮟 剝 塡 頰 …)",
                "  joyo_permitted   the %d permitted alternative forms (許容字体) of jōyō kanji: form, jōyō form" % len(joyo_alt),
                "  jinmeiyo         the %d jinmeiyō kanji (including old forms of jōyō kanji)" % len(jinmei)])
        + "format = 1\n"
        + multiline("joyo", ["".join(chr(c) for c in sorted(joyo)[i:i + 50]) for i in range(0, len(joyo), 50)], 50)
        + multiline("joyo_permitted", pairs(joyo_alt))
        + multiline("jinmeiyo", ["".join(chr(c) for c in sorted(jinmei)[i:i + 50]) for i in range(0, len(jinmei), 50)], 50))

    stale = []
    os.makedirs(OUT, exist_ok=True)
    for name, text in sorted(files.items()):
        path = os.path.join(OUT, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            stale.append(name)
            if not args.check:
                with open(path, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(text)
    for k, v in sorted(foreign_fix.items()):
        if len(v) > 1:
            log("foreign %s: fix %s, also %s" % (fmt(k), fmt(v[0]), " ".join(map(fmt, v[1:]))))
    print("old_forms %d, old_forms_jinmeiyo %d, old_forms_zvariant %d, other_variants %d, foreign fix %d, nofix %d, "
          "JIS X 0208 %d (+%d aliases, %d x0201), JIS X 0213 %d (+%d aliases, %d sequences), "
          "jōyō %d (+%d permitted), jinmeiyō %d"
          % (len(old_mozc), len(old_jinmei), len(old_z), len(other), len(foreign_fix), len(foreign_nofix),
             len(x0208), len(alias0208), len(x0201), len(x0213), len(alias0213), len(eseq),
             len(joyo), len(joyo_alt), len(jinmei)), file=sys.stderr)
    if args.check and stale:
        die("out of date: %s (run %s)" % (", ".join(stale), REGEN))
    if not args.check:
        print("wrote: %s" % (", ".join(stale) if stale else "nothing (up to date)"), file=sys.stderr)


if __name__ == "__main__":
    main()
