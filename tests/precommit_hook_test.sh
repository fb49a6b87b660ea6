#!/usr/bin/env bash
# Runs the repository's .pre-commit-hooks.yaml with the real pre-commit (Debian's 3.0.4) through
# `pre-commit try-repo`, against a throwaway document repository. Usage: precommit_hook_test.sh
# SOURCE_DIR KOSEI_BINARY. Exit 0: passed; 77: skipped (no pre-commit or git); else failed.
set -euo pipefail
source_dir=$1
binary=$2
command -v pre-commit >/dev/null || { echo "pre-commit がありません（apt-get install pre-commit）"; exit 77; }
command -v git >/dev/null || { echo "git がありません"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_NOSYSTEM=1 HOME="$work/home" NO_COLOR=1
mkdir -p "$HOME" "$work/bin"
ln -s "$binary" "$work/bin/kosei"
export PATH="$work/bin:$PATH"
git config --global user.name test
git config --global user.email test@example.com
git config --global init.defaultBranch main

# The hook repository: only the hooks file, committed (try-repo reads a git repository).
mkdir "$work/hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" init -q
git -C "$work/hooks" add .pre-commit-hooks.yaml
git -C "$work/hooks" commit -qm hooks

# A document repository with one clean and one broken draft.
mkdir "$work/docs"
cd "$work/docs"
git init -q
printf '# 方針\n\n量子分野（③）の研究開発を進める。\n' > clean.md
printf '# 方針\n\n量子分野（④）の研究開発を進める。\n' > broken.md
printf 'not a draft\n' > notes.rst
git add clean.md notes.rst
run() { pre-commit try-repo "$work/hooks" "$@" 2>&1; }

# 1. Only the clean file is staged: the hook passes.
out=$(run kosei) || { echo "FAIL: clean file should pass"; echo "$out"; exit 1; }
grep -q 'Passed' <<<"$out" || { echo "FAIL: no Passed line"; echo "$out"; exit 1; }

# 2. The broken file staged: the hook fails and shows kosei's finding.
git add broken.md
if out=$(run kosei); then echo "FAIL: broken file should fail"; echo "$out"; exit 1; fi
grep -q 'broken.md:3:6: error\[field-number\]' <<<"$out" || { echo "FAIL: finding not shown"; echo "$out"; exit 1; }
grep -q 'clean.md' <<<"$out" && { echo "FAIL: reported a clean file"; echo "$out"; exit 1; }

# 3. The whole-repository hook runs once without file names and sees every draft.
if out=$(run kosei-all --all-files); then echo "FAIL: kosei-all should fail"; echo "$out"; exit 1; fi
grep -q 'broken.md:3:6: error\[field-number\]' <<<"$out" || { echo "FAIL: kosei-all finding"; echo "$out"; exit 1; }

# 4. Files that are not drafts never reach kosei.
git rm -q --cached broken.md
git add notes.rst
out=$(run kosei --files notes.rst) || { echo "FAIL: non-draft should be skipped"; echo "$out"; exit 1; }
grep -q 'no files to check' <<<"$out" || { echo "FAIL: notes.rst was not skipped"; echo "$out"; exit 1; }
echo "pre-commit $(pre-commit --version | cut -d' ' -f2): OK"
