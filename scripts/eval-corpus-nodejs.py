#!/usr/bin/env python3
"""Extracts prose paragraphs from the Node.js contributor guides (Debian package `nodejs`,
MIT licence) into tests/eval/corpus/nodejs-contributing.txt, for the apostrophe evaluation.

Code blocks, inline code, tables, headings, HTML and URLs are dropped; links keep their text.
Only paragraphs that are mostly plain words are kept, since the restore rules are for prose.
"""

import glob
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "/usr/share/doc/nodejs/contributing"
OUT = os.path.join(ROOT, "tests/eval/corpus/nodejs-contributing.txt")


def paragraphs(markdown):
    markdown = re.sub(r"```.*?```", "", markdown, flags=re.S)
    for block in re.split(r"\n\s*\n", markdown):
        lines = [l.strip() for l in block.strip().splitlines()]
        if not lines or lines[0].startswith(("#", "|", "<", ">", "[")):
            continue
        text = " ".join(re.sub(r"^([*+-]|\d+\.)\s+", "", l) for l in lines)
        text = re.sub(r"`[^`]*`", "", text)
        text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)
        text = re.sub(r"https?://\S+", "", text)
        text = re.sub(r"[*_]{1,2}([^*_]+)[*_]{1,2}", r"\1", text)
        text = re.sub(r"\s+", " ", text).strip()
        words = text.split()
        plain = [w for w in words if re.fullmatch(r"[A-Za-z',.;:?!()\"-]+", w)]
        if len(words) >= 12 and len(plain) >= 0.9 * len(words):
            yield text


def main():
    out = []
    for path in sorted(glob.glob(os.path.join(SOURCE, "*.md"))):
        out.extend(paragraphs(open(path, encoding="utf-8").read()))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")
    print(f"{len(out)} paragraphs, {sum(len(p.split()) for p in out)} words")


if __name__ == "__main__":
    main()
