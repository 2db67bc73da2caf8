#!/usr/bin/env python3
"""check_api.py JAR DIR...: report every reference from the user .class files
under DIR to a class, field or method that is not in twain's class library
(JAR). References to classes defined under DIR are ignored, and so are the
invokedynamic bootstrap classes (java/lang/invoke/*, java/lang/runtime/*),
which the JVM front end handles itself (pass --strict to report them too)."""
import os
import sys
from classfile import ClassFile, load_jar, classes_in_descriptor, element_class, Resolver


BOOTSTRAP_PREFIXES = ('java/lang/invoke/', 'java/lang/runtime/')


def main():
    argv = [a for a in sys.argv[1:] if a != '--strict']
    strict = len(argv) != len(sys.argv) - 1
    lib = load_jar(argv[0])
    user = {}
    for d in argv[1:]:
        for root, _ds, fs in os.walk(d):
            for f in fs:
                if f.endswith('.class'):
                    with open(os.path.join(root, f), 'rb') as fh:
                        cf = ClassFile(fh.read())
                    user[cf.name] = cf
    allc = dict(lib)
    allc.update(user)
    res = Resolver(allc)
    missing = set()
    for name, cf in sorted(user.items()):
        refs = [element_class(c) for c in cf.class_refs()]
        for d in cf.descriptors():
            refs.extend(classes_in_descriptor(d))
        for r in refs:
            if r is not None and r not in allc:
                missing.add('class %s  (from %s)' % (r, name))
        for (kind, owner, mname, desc) in cf.member_refs():
            if owner.startswith('['):
                continue
            if owner in user and owner not in lib:
                # user class: resolution may still end in a library supertype
                if res.has_member(kind, owner, mname, desc):
                    continue
                missing.add('%s %s.%s%s  (from %s)' % (kind, owner, mname, desc, name))
                continue
            if not res.has_member(kind, owner, mname, desc):
                missing.add('%s %s.%s%s  (from %s)' % (kind, owner, mname, desc, name))
    if not strict:
        missing = set(m for m in missing if not any((' ' + p) in m for p in BOOTSTRAP_PREFIXES))
    for m in sorted(missing):
        print('MISSING ' + m)
    print('check_api: %d user classes, %d missing reference(s)' % (len(user), len(missing)))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
