#!/usr/bin/env python3
"""jartool.py build|check CLASSDIR JAR

build: write every .class under CLASSDIR into JAR deterministically.
check: compare every .class under CLASSDIR byte-for-byte with JAR's entries;
       exit 1 listing stale, missing and extra entries."""
import os
import sys
import zipfile


def collect(classdir):
    out = {}
    for root, _dirs, files in os.walk(classdir):
        for f in files:
            if f.endswith('.class'):
                p = os.path.join(root, f)
                name = os.path.relpath(p, classdir).replace(os.sep, '/')
                with open(p, 'rb') as fh:
                    out[name] = fh.read()
    return out


def build(classes, jar):
    tmp = jar + '.tmp'
    with zipfile.ZipFile(tmp, 'w') as z:
        for name in sorted(classes):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            # Stored, not deflated: the runtime reads classes straight out of
            # its binary at start-up without inflating them.
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, classes[name])
    os.replace(tmp, jar)
    print('wrote %s (%d classes)' % (jar, len(classes)))


def check(classes, jar):
    if not os.path.exists(jar):
        print('missing %s' % jar)
        return 1
    with zipfile.ZipFile(jar) as z:
        entries = {n: z.read(n) for n in z.namelist() if n.endswith('.class')}
    bad = []
    for name in sorted(set(classes) | set(entries)):
        if name not in entries:
            bad.append('missing from jar: ' + name)
        elif name not in classes:
            bad.append('extra in jar (source removed?): ' + name)
        elif classes[name] != entries[name]:
            bad.append('stale: ' + name)
    if bad:
        print('classlib.jar is not current; run bash jvm/lib/build.sh')
        for b in bad:
            print('  ' + b)
        return 1
    print('classlib.jar is current (%d classes)' % len(classes))
    return 0


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ('build', 'check'):
        print(__doc__)
        return 2
    classes = collect(sys.argv[2])
    if sys.argv[1] == 'build':
        build(classes, sys.argv[3])
        return 0
    return check(classes, sys.argv[3])


if __name__ == '__main__':
    sys.exit(main())
