#!/usr/bin/env python3
"""check_closure.py JAR: fail if any class in JAR references a class (or a
field/method of a class) that the jar does not contain, or uses invokedynamic."""
import sys
from classfile import load_jar, classes_in_descriptor, element_class, Resolver, INDY, DYNAMIC


def main():
    classes = load_jar(sys.argv[1])
    res = Resolver(classes)
    problems = set()
    for name, cf in sorted(classes.items()):
        if any(e and e[0] in (INDY, DYNAMIC) for e in cf.cp):
            problems.add('%s uses invokedynamic/condy (no lambdas, method refs or indy string concat in the library)' % name)
        if '$SwitchMap' in name or any(r.endswith('$SwitchMap') for r in cf.class_refs()):
            problems.add('%s uses a switch on an enum' % name)
        refs = [element_class(c) for c in cf.class_refs()]
        for d in cf.descriptors():
            refs.extend(classes_in_descriptor(d))
        for r in refs:
            if r is not None and r not in classes:
                problems.add('%s references missing class %s' % (name, r))
        for (kind, owner, mname, desc) in cf.member_refs():
            if owner.startswith('['):
                continue  # array clone()/length
            if owner in classes and not res.has_member(kind, owner, mname, desc):
                problems.add('%s references missing %s %s.%s%s' % (name, kind, owner, mname, desc))
    for p in sorted(problems):
        print(p)
    if problems:
        print('check_closure: %d problem(s)' % len(problems))
        return 1
    print('check_closure: ok (%d classes, closed)' % len(classes))
    return 0


if __name__ == '__main__':
    sys.exit(main())
