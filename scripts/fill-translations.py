#!/usr/bin/env python3
"""Fill the .ts files from the translations kept as JSON.

    scripts/fill-translations.py [--dry-run] [--keep-vanished] [--quiet]

Run it after `cmake --build build --target update_translations` (lupdate), then build
as usual: lrelease turns the .ts files into the embedded .qm files.

i18n/translations_sv.json      context -> {source: translation} for homevisit_sv.ts;
                               a plural message (numerus="yes") takes a list of its
                               forms, [singular, plural].
i18n/translations_en_plurals.json
                               the same shape, plural messages only, for
                               homevisit_en.ts. The English file otherwise stays
                               unfinished on purpose (an empty translation falls back
                               to the English source); a plural message without an
                               entry gets its forms derived from the source:
                               "%n day(s)" -> ["%n day", "%n days"].

Messages are matched by context and source text, never by position, so a new lupdate
run (new, moved or removed strings) does not disturb the JSON. A message with a
disambiguation comment is looked up as "<comment>|<source>" first, then as its source.
An entry in the JSON wins over what the .ts holds, also for a finished message: the
JSON is where the translations are edited.

Messages lupdate marked vanished or obsolete are dropped (as `lupdate -no-obsolete`
would): lrelease leaves them out of the .qm, and test_translations reads every message
of the Swedish file. --keep-vanished keeps them.

The script edits the text of the files in place and touches nothing but the
<translation> elements (and the dropped messages), so the XML declaration,
<!DOCTYPE TS>, the indentation and lupdate's escaping stay as they were. Running it
twice changes nothing the second time. It prints how many messages remain unfinished
and exits 1 when a translation loses or invents a placeholder.
"""

import argparse
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"

CONTEXT_RE = re.compile(r"(?P<lead>[ \t]*)<context>(?P<body>.*?)</context>[ \t]*\n?", re.S)
NAME_RE = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE_RE = re.compile(r"(?P<lead>\n?[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>",
                        re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)", re.S)
NUMERUSFORM_RE = re.compile(r"<numerusform[^>]*?(?:/>|>(.*?)</numerusform>)", re.S)
TYPE_RE = re.compile(r'\s+type="([^"]*)"')
PLACEHOLDER_RE = re.compile(r"%L?\d+|%n")


def escape(text):
    """lupdate's escaping, so a rerun of lupdate leaves the file as this wrote it."""
    out = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace('"', "&quot;").replace("'", "&apos;"))
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", lambda m: "&#x%x;" % ord(m.group()), out)


def unescape(text):
    return html.unescape(text)


def placeholders(text):
    return sorted(set(PLACEHOLDER_RE.findall(text)))


def derive_english_plural(source):
    """'%n day(s) overdue' -> ['%n day overdue', '%n days overdue']."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


class Result:
    def __init__(self, path):
        self.path = path
        self.messages = 0
        self.filled = 0
        self.changed = 0
        self.dropped = 0
        self.derived = []
        self.unfinished = []
        self.errors = []
        self.used = set()


def translation_element(indent, value, numerus, form_count):
    if not numerus:
        return f"{indent}<translation>{escape(value)}</translation>"
    forms = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in value)
    return f"{indent}<translation>{forms}\n{indent}</translation>"


def lookup(table, context, source, comment):
    entries = table.get(context, {})
    if comment is not None and f"{comment}|{source}" in entries:
        return f"{comment}|{source}", entries[f"{comment}|{source}"]
    if source in entries:
        return source, entries[source]
    return None, None


def process(path, table, *, plurals_only, derive, keep_vanished):
    text = path.read_text(encoding="utf-8")
    result = Result(path)

    def fill_message(context, m):
        attrs, body = m.group("attrs"), m.group("body")
        tm = TRANSLATION_RE.search(body)
        if tm is None:
            return m.group(0)
        kind = TYPE_RE.search(tm.group("attrs"))
        kind = kind.group(1) if kind else None
        if kind in ("vanished", "obsolete"):
            if keep_vanished:
                return m.group(0)
            result.dropped += 1
            return ""
        result.messages += 1
        source = unescape(SOURCE_RE.search(body).group(1))
        cm = COMMENT_RE.search(body)
        comment = unescape(cm.group(1)) if cm else None
        numerus = 'numerus="yes"' in attrs
        existing_forms = NUMERUSFORM_RE.findall(tm.group("body") or "")
        form_count = len(existing_forms) or 2
        where = f"{context}: {source!r}"

        key, value = lookup(table, context, source, comment)
        if key is not None:
            result.used.add((context, key))
        if plurals_only and not numerus:
            value = None
        if value is None and numerus and derive:
            value = derive_english_plural(source)
            result.derived.append(where)

        if value is None:
            if kind == "unfinished":
                result.unfinished.append(where)
            return m.group(0)

        if numerus:
            if isinstance(value, str) or len(value) != form_count:
                result.errors.append(f"{where}: needs a list of {form_count} plural forms")
                return m.group(0)
            texts = list(value)
        else:
            if not isinstance(value, str):
                result.errors.append(f"{where}: not a plural message, needs a string")
                return m.group(0)
            texts = [value]
        if any(not t.strip() for t in texts):
            result.errors.append(f"{where}: empty translation")
            return m.group(0)
        for t in texts:
            if placeholders(t) != placeholders(source):
                result.errors.append(f"{where}: placeholders {placeholders(t)} in {t!r}, "
                                     f"source has {placeholders(source)}")
                return m.group(0)

        result.filled += 1
        new = translation_element(tm.group("indent"), texts if numerus else texts[0], numerus,
                                  form_count)
        if new == tm.group(0):
            return m.group(0)
        result.changed += 1
        new_body = body[:tm.start()] + new + body[tm.end():]
        return f"{m.group('lead')}<message{attrs}>{new_body}</message>"

    def fill_context(cm):
        body = cm.group("body")
        name = unescape(NAME_RE.search(body).group(1))
        new_body = MESSAGE_RE.sub(lambda m: fill_message(name, m), body)
        if "<message" not in new_body:
            return ""  # every message in it had vanished
        return cm.group(0).replace(body, new_body, 1) if new_body != body else cm.group(0)

    new_text = CONTEXT_RE.sub(fill_context, text)
    result.unused = sorted({(c, s) for c, entries in table.items() for s in entries}
                           - result.used)
    return text, new_text, result


def load(path):
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        sys.exit(f"{path}: expected an object of contexts, each an object of sources")
    return data


def report(result, quiet, *, unfinished_by_design=False):
    name = result.path.relative_to(ROOT)
    print(f"{name}: {result.messages} messages, {result.filled} filled from JSON "
          f"({result.changed} changed), {result.dropped} vanished dropped, "
          f"{len(result.unfinished)} unfinished"
          + (" (English sources, unfinished on purpose)" if unfinished_by_design else ""))
    if result.derived:
        print(f"  {len(result.derived)} plural message(s) derived from the source; "
              "add them to the JSON if the grammar needs more than (s):")
        for w in result.derived:
            print(f"    {w}")
    if result.unused and not quiet:
        print(f"  {len(result.unused)} JSON entr(y/ies) match no message (source changed or "
              "removed?):")
        for c, s in result.unused:
            print(f"    {c}: {s!r}")
    if result.unfinished and not unfinished_by_design:
        print("  still unfinished (add them to the JSON):")
        for w in result.unfinished:
            print(f"    {w}")
    for e in result.errors:
        print(f"  ERROR {e}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    parser.add_argument("--keep-vanished", action="store_true",
                        help="keep messages lupdate marked vanished or obsolete")
    parser.add_argument("--quiet", action="store_true", help="no list of unused JSON entries")
    args = parser.parse_args()

    jobs = [
        (I18N / "homevisit_sv.ts", load(I18N / "translations_sv.json"),
         dict(plurals_only=False, derive=False)),
        (I18N / "homevisit_en.ts", load(I18N / "translations_en_plurals.json"),
         dict(plurals_only=True, derive=True)),
    ]
    failed = False
    for path, table, opts in jobs:
        old, new, result = process(path, table, keep_vanished=args.keep_vanished, **opts)
        if new != old and not args.dry_run:
            path.write_text(new, encoding="utf-8")
        report(result, args.quiet, unfinished_by_design=opts["plurals_only"])
        failed = failed or bool(result.errors)
    if args.dry_run:
        print("(dry run: nothing written)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
