#!/usr/bin/env python3
"""Generate a benchmark corpus of realistic Japanese policy drafts for kosei (and textlint).

Material: the prose lines of the seed documents (../shared/seeds or --seeds DIR) and of the
fixtures (fixtures/**/*.md, *.txt), the canonical lists (rules/canon/*.toml) and the term
dictionary (rules/terms.toml).  Output: Markdown (.md) and plain-text (.txt) drafts with headings,
paragraphs, bullet and numbered lists, enumerations of the canonical lists, Markdown tables and
budget sheets, with injected errors of the kinds kosei reports:

  wrong field numbers (⑭ for ⑬), 靭 for 靱 (強靭化), old kanji (戰 國 會 …), simplified hanzi
  (产 业 …), full-width digits beside half-width ones, unmatched brackets, zero-width spaces,
  dictionary typos from rules/terms.toml (人口知能, シュミレーション …).

Deterministic: the same arguments give the same bytes (random.Random(--seed)).  Stdlib only.

Examples:
  bench/make_corpus.py --size 100 --files 400 --out bench/corpus/100mb   # 100 MB in 400 files
  bench/make_corpus.py --size 10 --files 1 --out bench/corpus/one        # one 10 MB file
  bench/make_corpus.py --no-blank-lines --out bench/corpus/nbl           # seed 003 (260 KB) without blank lines
  bench/make_corpus.py --no-blank-lines --repeat 4 --out bench/corpus/nbl4
  bench/make_corpus.py --no-blank-lines --size 1 --out bench/corpus/nbl-gen  # 1 MB of generated text, no blank lines
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

try:
    import tomllib  # Python 3.11+
except ModuleNotFoundError:  # pragma: no cover - older Pythons: the regex fallback below
    tomllib = None

REPO = Path(__file__).resolve().parent.parent
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
OLD_KANJI = {"戦": "戰", "国": "國", "会": "會", "済": "濟", "経": "經", "発": "發", "実": "實", "対": "對",
             "学": "學", "体": "體", "総": "總", "図": "圖", "関": "關", "効": "效", "証": "證", "来": "來"}
SIMPLIFIED = {"産": "产", "業": "业", "経": "经", "済": "济", "発": "发", "術": "术", "開": "开", "資": "资",
              "関": "关", "実": "实", "計": "计", "画": "划", "進": "进", "報": "报"}
ZWSP = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
BRACKETS = [("「", "」"), ("（", "）"), ("『", "』"), ("【", "】"), ("(", ")")]
MINISTRIES = ["内閣府", "総務省", "文部科学省", "経済産業省", "国土交通省", "厚生労働省", "農林水産省",
              "環境省", "防衛省", "デジタル庁", "内閣官房", "財務省", "外務省", "復興庁"]
BUDGET_ITEMS = ["研究開発費補助金", "人材育成事業", "実証事業委託費", "国際共同研究推進費", "基盤整備費",
                "スタートアップ支援事業", "地域拠点形成事業", "標準化推進事業", "設備導入支援", "運営費交付金",
                "調査委託費", "データ基盤構築事業", "安全性評価事業", "サプライチェーン強靱化支援",
                "事業化支援費", "海外展開支援事業"]


# ---------------------------------------------------------------------------------------------
# Material
# ---------------------------------------------------------------------------------------------

def load_toml(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if tomllib is not None:
        return tomllib.loads(text)
    return {}


def canonical_lists(rules: Path) -> list[tuple[str, list[str]]]:
    """(noun, names ordered by number) for each canonical list."""
    lists = []
    for path in sorted((rules / "canon").glob("*.toml")):
        data = load_toml(path)
        if data:
            for lst in data.get("list", []):
                members = sorted(lst.get("members", []), key=lambda m: m.get("number", 0))
                names = [m["name"] for m in members if "name" in m]
                if names:
                    lists.append((lst.get("member_noun", lst.get("title", "項目")), names))
        else:  # regex fallback: names in file order
            names = re.findall(r'^name\s*=\s*"([^"]+)"', path.read_text(encoding="utf-8"), re.M)
            if names:
                lists.append(("項目", names))
    return lists


def term_pairs(rules: Path) -> list[tuple[str, str]]:
    """(wrong, right) of the entries of rules/terms.toml that need no context."""
    path = rules / "terms.toml"
    if not path.exists():
        return [("人口知能", "人工知能"), ("シュミレーション", "シミュレーション")]
    data = load_toml(path)
    if data:
        entries = data.get("terms", [])
        return [(e["wrong"], e["right"]) for e in entries if "context" not in e and len(e["wrong"]) >= 2
                and e["wrong"] not in ("、、", "。。", "をを")]
    return re.findall(r'wrong\s*=\s*"([^"]+)",\s*right\s*=\s*"([^"]+)"', path.read_text(encoding="utf-8"))


def read_text_files(paths: list[Path]) -> list[str]:
    texts = []
    for p in paths:
        try:
            texts.append(p.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, OSError):
            continue  # a fixture of another encoding or a binary: not material
    return texts


def prose_lines(texts: list[str]) -> list[str]:
    lines = []
    for text in texts:
        for line in text.splitlines():
            s = line.strip().replace("\u200b", "")
            if len(s) < 12 or s.startswith(("|", "#", "<!--", "```")):
                continue
            # Strip list markers: the generator adds its own structure.
            s = re.sub(r"^(?:[-*・●○■□◆◇]\s*|[0-9０-９]+[.．、)）]\s*|[①-⑳]\s*)", "", s)
            if sum(1 for c in s if ord(c) > 0x3000) < len(s) // 3:
                continue  # mostly Latin: page numbers, URLs, table debris
            lines.append(s)
    return lines


# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------

class Generator:
    def __init__(self, rng: random.Random, lines: list[str], lists, terms, error_rate: float):
        self.rng = rng
        self.lines = lines
        self.lists = lists
        self.terms = terms
        self.error_rate = error_rate
        self.errors = 0

    # -- errors --------------------------------------------------------------------------------
    def maybe_error(self, s: str) -> str:
        r = self.rng
        if r.random() >= self.error_rate or not s:
            return s
        self.errors += 1
        kind = r.randrange(8)
        pos = r.randrange(len(s) + 1)
        if kind == 0:  # 靭 for 靱
            return s[:pos] + r.choice(["国土強靭化", "強靭な", "強靭化"]) + s[pos:]
        if kind == 1:  # old kanji
            cands = [i for i, c in enumerate(s) if c in OLD_KANJI]
            if cands:
                i = r.choice(cands)
                return s[:i] + OLD_KANJI[s[i]] + s[i + 1:]
            return s[:pos] + "戰略" + s[pos:]
        if kind == 2:  # simplified hanzi
            cands = [i for i, c in enumerate(s) if c in SIMPLIFIED]
            if cands:
                i = r.choice(cands)
                return s[:i] + SIMPLIFIED[s[i]] + s[i + 1:]
            return s[:pos] + "产业" + s[pos:]
        if kind == 3:  # full-width digits beside half-width ones
            m = list(re.finditer(r"[0-9]+", s))
            if m:
                g = r.choice(m)
                return s[:g.start()] + g.group().translate(FULLWIDTH) + s[g.end():]
            return s[:pos] + f"令和{r.randint(1, 9)}年度に{r.randint(10, 99)}件".translate(FULLWIDTH) + s[pos:]
        if kind == 4:  # unmatched bracket
            opens = [i for i, c in enumerate(s) if c in "「（『【"]
            closes = {"「": "」", "（": "）", "『": "』", "【": "】"}
            if opens:
                i = r.choice(opens)
                j = s.find(closes[s[i]], i)
                if j > 0:
                    return s[:j] + s[j + 1:]
            o, c = r.choice(BRACKETS)
            return s[:pos] + (o if r.random() < 0.5 else c) + s[pos:]
        if kind == 5:  # zero-width space
            return s[:pos] + r.choice(ZWSP) + s[pos:]
        if kind == 6 and self.terms:  # dictionary typo
            wrong, right = r.choice(self.terms)
            if right in s:
                return s.replace(right, wrong, 1)
            return s[:pos] + wrong + s[pos:]
        # kind 7: wrong field number in a citation
        noun, names = self.rng.choice(self.lists) if self.lists else ("分野", ["AI・半導体"])
        n = r.randrange(len(names))
        wrong = (n + r.choice([1, 2, len(names) - 1])) % len(names)
        return s[:pos] + f"（{noun}{CIRCLED[wrong % 20]} {names[n]}）" + s[pos:]

    # -- blocks --------------------------------------------------------------------------------
    def sentence(self) -> str:
        return self.maybe_error(self.rng.choice(self.lines))

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rng.randint(1, 4)))

    def date(self) -> str:
        r = self.rng
        s = f"令和{r.randint(6, 9)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
        return s.translate(FULLWIDTH) if r.random() < 0.3 else s

    def enumeration(self, md: bool) -> list[str]:
        r = self.rng
        noun, names = r.choice(self.lists)
        numbered = list(enumerate(names, 1))
        if r.random() < self.error_rate * 4 and len(numbered) > 3:  # swap two numbers
            self.errors += 1
            i = r.randrange(len(numbered) - 1)
            (a, na), (b, nb) = numbered[i], numbered[i + 1]
            numbered[i], numbered[i + 1] = (b, na), (a, nb)
        if r.random() < 0.5:  # inline, several per line
            out, line = [f"{noun}（{len(names)}）は次のとおり。" if r.random() < 0.5 else f"【{noun}】"], []
            for k, (num, name) in enumerate(numbered):
                line.append(f"{CIRCLED[(num - 1) % 20]} {name}")
                if len(line) == 4 or k == len(numbered) - 1:
                    out.append("、".join(line) + ("。" if k == len(numbered) - 1 else "、"))
                    line = []
            return out
        bullet = r.choice(["- ", "・", "", "  - "]) if md else r.choice(["・", "", "　"])
        out = [f"{len(names)}の{noun}"]
        for num, name in numbered:
            tail = "：" + self.rng.choice(self.lines)[:40] if r.random() < 0.4 else ""
            out.append(f"{bullet}{CIRCLED[(num - 1) % 20]} {name}{tail}")
        return out

    def bullet_list(self, md: bool) -> list[str]:
        r = self.rng
        style = r.randrange(4)
        out = []
        for k in range(r.randint(2, 7)):
            s = self.sentence()
            if style == 0:
                out.append(("- " if md else "・") + s)
            elif style == 1:
                out.append(f"（{k + 1}）{s}".translate(FULLWIDTH))
            elif style == 2:
                out.append(f"{'アイウエオカキクケコ'[k % 10]}．{s}")
            else:
                out.append(f"{k + 1}. {s}" if md else f"{CIRCLED[k]} {s}")
        return out

    def table(self, md: bool) -> list[str]:
        r = self.rng
        noun, names = r.choice(self.lists)
        if r.random() < 0.7:  # the whole list, as in the seeds' 検討体制 tables
            rows = list(range(len(names)))
        else:  # a contiguous excerpt, marked as such
            first = r.randrange(len(names) - 2)
            rows = list(range(first, min(len(names), first + r.randint(3, 6))))
        caption = f"{noun}ごとの検討体制" + ("" if len(rows) == len(names) else "（抜粋）")
        if md:
            out = [f"**{caption}**", "", f"| {noun} | 検討の場 | 開始 | 有識者 |", "|---|---|---|---|"]
        else:
            out = [caption, f"{noun}\t検討の場\t開始\t有識者"]
        for i in rows:
            num = i
            if r.random() < self.error_rate:
                self.errors += 1
                num = (i + 1) % len(names)
            cells = [f"{CIRCLED[num % 20]} {names[i]}", self.maybe_error(names[i][:8] + "WG"),
                     f"{r.randint(1, 12)}月～", f"{r.randint(5, 20)}名"]
            out.append("| " + " | ".join(cells) + " |" if md else "\t".join(cells))
        return out

    def budget_sheet(self, md: bool) -> list[str]:
        r = self.rng
        unit = r.choice(["百万円", "億円", "千円"])
        year = r.randint(7, 9)
        items = r.sample(BUDGET_ITEMS, r.randint(3, 7))
        amounts = [(r.randint(10, 99999), r.randint(10, 99999)) for _ in items]
        total_now = sum(a for a, _ in amounts)
        total_prev = sum(b for _, b in amounts)
        if r.random() < self.error_rate * 3:  # a total that does not add up
            self.errors += 1
            total_now += r.choice([-1, 1]) * r.randint(1, 999)
        title = f"令和{year}年度予算案の概要（{r.choice(MINISTRIES)}）（単位：{unit}）"
        def fmt(v: int) -> str:
            s = f"{v:,}"
            return s.translate(FULLWIDTH) if r.random() < 0.15 else s
        if md:
            out = [f"### {title}", "", f"| 事項 | 令和{year}年度予算案 | 前年度予算額 | 対前年度増減 |",
                   "|:---|---:|---:|---:|"]
            for name, (a, b) in zip(items, amounts):
                out.append(f"| {self.maybe_error(name)} | {fmt(a)} | {fmt(b)} | {a - b:+,} |")
            out.append(f"| 合計 | {fmt(total_now)} | {fmt(total_prev)} | {total_now - total_prev:+,} |")
        else:
            out = [title, f"事項　令和{year}年度予算案　前年度予算額　対前年度増減"]
            for name, (a, b) in zip(items, amounts):
                out.append(f"{self.maybe_error(name)}　{fmt(a)}{unit}　{fmt(b)}{unit}　{a - b:+,}{unit}")
            out.append(f"合計　{fmt(total_now)}{unit}　{fmt(total_prev)}{unit}")
        out.append(f"（注）計数は四捨五入のため合計と一致しない場合がある。令和{year}年度補正予算額 {fmt(r.randint(100, 9999))}{unit}を含む。")
        return out

    def document(self, target_bytes: int, md: bool) -> str:
        r = self.rng
        blocks: list[list[str]] = []
        title = r.choice(self.lines)[:30] + r.choice(["（案）", "（素案）", "について", "の概要", ""])
        blocks.append([("# " if md else "") + title, self.date(), r.choice(MINISTRIES)])
        size = sum(len(x.encode()) + 1 for x in blocks[0])
        section = 0
        while size < target_bytes:
            if r.random() < 0.15 or section == 0:
                section += 1
                head = f"{section}．{r.choice(self.lines)[:24]}"
                blocks.append([("## " if md else "") + head.translate(FULLWIDTH)])
            kind = r.random()
            if kind < 0.45:
                block = [self.paragraph()]
            elif kind < 0.65:
                block = self.bullet_list(md)
            elif kind < 0.77:
                block = self.enumeration(md)
            elif kind < 0.88:
                block = self.table(md)
            else:
                block = self.budget_sheet(md)
            blocks.append(block)
            size += sum(len(x.encode()) + 1 for x in block) + 1
        return "\n\n".join("\n".join(b) for b in blocks) + "\n"


def strip_blank_lines(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if line.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--size", type=float, default=None,
                    help="total size in MB (10^6 bytes); default 10, or with --no-blank-lines the seed itself")
    ap.add_argument("--files", type=int, default=None, help="number of files (default: one per ~250 KB; 1 = one big file)")
    ap.add_argument("--out", type=Path, required=True, help="output directory (created; its old *.md/*.txt are removed)")
    ap.add_argument("--seeds", type=Path, default=None, help="seed documents (default: ../shared/seeds beside the repo, "
                    "or /work/shared/seeds)")
    ap.add_argument("--seed", type=int, default=20260310, help="RNG seed (default 20260310)")
    ap.add_argument("--error-rate", type=float, default=0.03, help="probability of an injected error per sentence (0.03)")
    ap.add_argument("--format", choices=["mixed", "md", "txt"], default="mixed",
                    help="file formats (mixed: alternate); with --no-blank-lines and no --size: the seed's extension "
                    "(.txt unless md)")
    ap.add_argument("--no-blank-lines", action="store_true",
                    help="one document without blank lines: the largest seed (260 KB) with its blank lines removed, "
                    "--repeat times; with --size, generated text of that size instead")
    ap.add_argument("--repeat", type=int, default=1, help="with --no-blank-lines: copies of the seed (1, 2, 4 …)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    seeds = args.seeds
    if seeds is None:
        for cand in (REPO.parent / "shared" / "seeds", Path("/work/shared/seeds")):
            if cand.is_dir():
                seeds = cand
                break
    seed_files = sorted(p for p in seeds.iterdir() if p.is_file()) if seeds and seeds.is_dir() else []
    fixture_files = sorted(p for p in (REPO / "fixtures").rglob("*") if p.suffix in (".md", ".txt"))
    if not seed_files and not fixture_files:
        print("make_corpus: no seeds and no fixtures found (use --seeds DIR)", file=sys.stderr)
        return 2

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.iterdir():
        if old.is_file() and old.suffix in (".md", ".txt"):
            old.unlink()

    if args.no_blank_lines and args.size is None:
        if not seed_files:
            print("make_corpus: --no-blank-lines without --size needs the seeds", file=sys.stderr)
            return 2
        biggest = max(seed_files, key=lambda p: p.stat().st_size)
        text = strip_blank_lines(biggest.read_text(encoding="utf-8"))
        path = args.out / f"no_blank_lines_x{args.repeat}.{'md' if args.format == 'md' else 'txt'}"
        path.write_text(text * args.repeat, encoding="utf-8")
        if not args.quiet:
            print(f"make_corpus: {path}: {path.stat().st_size} bytes ({biggest.name} without blank lines, x{args.repeat})")
        return 0

    rng = random.Random(args.seed)
    texts = read_text_files(seed_files + fixture_files)
    lines = prose_lines(texts)
    lists = canonical_lists(REPO / "rules") or [("戦略分野", ["AI・半導体", "造船", "量子", "合成生物学・バイオ"])]
    gen = Generator(rng, lines, lists, term_pairs(REPO / "rules"), args.error_rate)

    total = int((args.size if args.size is not None else 10.0) * 1_000_000)
    nfiles = args.files if args.files else max(1, total // 250_000)
    if args.no_blank_lines:
        nfiles = args.files or 1
    per_file = total // nfiles
    written = 0
    width = len(str(nfiles))
    for i in range(nfiles):
        md = {"md": True, "txt": False}.get(args.format, i % 2 == 0)
        target = per_file if i < nfiles - 1 else total - written
        # One document per file, or for big files a sequence of documents (a bundle of drafts).
        parts, size = [], 0
        while size < target:
            doc_target = min(target - size, rng.randint(20_000, 120_000)) if nfiles == 1 or target > 400_000 else target - size
            doc = gen.document(max(doc_target, 2_000), md)
            parts.append(doc)
            size += len(doc.encode())
        text = "\n".join(parts)
        if args.no_blank_lines:
            text = strip_blank_lines(text)
        path = args.out / f"draft_{i:0{width}d}.{'md' if md else 'txt'}"
        path.write_bytes(text.encode("utf-8"))
        written += len(text.encode())
    if not args.quiet:
        print(f"make_corpus: {args.out}: {nfiles} files, {written} bytes, {gen.errors} injected errors "
              f"(seed {args.seed}, material: {len(seed_files)} seeds, {len(fixture_files)} fixtures, {len(lines)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
