#!/usr/bin/env python3
"""check_api.py JAR DIR...: report every reference from the user .class files
under DIR to a class, field or method that is not in twain's class library
(JAR). References to classes defined under DIR are ignored."""
import os
import sys
from classfile import ClassFile, load_jar, classes_in_descriptor, element_class, Resolver


def main():
    lib = load_jar(sys.argv[1])
    user = {}
    for d in sys.argv[2:]:
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
    for m in sorted(missing):
        print('MISSING ' + m)
    print('check_api: %d user classes, %d missing reference(s)' % (len(user), len(missing)))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
