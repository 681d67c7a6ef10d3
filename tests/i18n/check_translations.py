#!/usr/bin/env python3
"""translations_current: fails when a translations/*.ts file is out of date with the sources.

Runs lupdate over a copy of each .ts (the committed file is never touched) and compares: a user-visible string
in src/app or ui/ that the file lacks, a string the file still holds as current though the sources dropped it,
or an entry left unfinished, is a failure that names the strings and the command that refreshes the files.
    check_translations.py LUPDATE SOURCE_DIR TS_FILE...
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts):
    """(context, source, comment) -> translation type ('' finished, 'unfinished', 'vanished', 'obsolete')."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"), msg.findtext("comment") or "")
            out[key] = msg.find("translation").get("type", "")
    return out


def current(msgs):
    return {k for k, t in msgs.items() if t not in ("vanished", "obsolete")}


def show(keys):
    return "\n".join(f"    [{c}] {s!r}" + (f" ({m})" if m else "") for c, s, m in sorted(keys)[:25])


def main():
    lupdate, source = sys.argv[1], Path(sys.argv[2])
    failed = False
    for ts in map(Path, sys.argv[3:]):
        committed = messages(ts)
        with tempfile.TemporaryDirectory() as tmp:
            fresh_file = Path(tmp) / ts.name
            shutil.copy(ts, fresh_file)
            subprocess.run([lupdate, "-silent", str(source / "src/app"), str(source / "ui"), "-ts", str(fresh_file)],
                           check=True)
            fresh = messages(fresh_file)
        missing = current(fresh) - current(committed)
        stale = current(committed) - current(fresh)
        unfinished = {k for k in current(committed) & current(fresh) if committed[k] == "unfinished"}
        for what, keys in (("strings in the sources that the file lacks", missing),
                           ("strings the file keeps as current that the sources no longer have", stale),
                           ("untranslated entries", unfinished)):
            if keys:
                failed = True
                print(f"{ts.name}: {len(keys)} {what}:\n{show(keys)}")
        if not (missing or stale or unfinished):
            print(f"{ts.name}: up to date, {len(current(committed))} strings translated")
    if failed:
        print("Refresh with `cmake --build build/dev --target update_translations`, then translate the new entries "
              "(see translations/README.md).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
