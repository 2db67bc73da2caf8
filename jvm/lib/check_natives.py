#!/usr/bin/env python3
"""check_natives.py JAR NATIVES.txt: the native methods declared in JAR must be
exactly those listed in NATIVES.txt (one 'owner.name(desc) # semantics' a line)."""
import sys
from classfile import load_jar


def main():
    classes = load_jar(sys.argv[1])
    declared = set()
    for n, cf in classes.items():
        for (m, d, f) in cf.methods:
            if f & 0x0100:
                declared.add('%s.%s%s' % (n, m, d))
    listed = set()
    with open(sys.argv[2]) as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith('#'):
                listed.add(line.split(' #')[0].strip())
    ok = True
    for m in sorted(declared - listed):
        print('native not in NATIVES.txt: ' + m)
        ok = False
    for m in sorted(listed - declared):
        print('NATIVES.txt entry not declared: ' + m)
        ok = False
    print('check_natives: %s (%d natives)' % ('ok' if ok else 'MISMATCH', len(declared)))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
