"""Minimal class-file reader shared by check_closure.py and check_api.py."""
import struct
import zipfile

UTF8, INT, FLOAT, LONG, DOUBLE, CLASS, STRING = 1, 3, 4, 5, 6, 7, 8
FIELDREF, METHODREF, IMETHODREF, NAMEANDTYPE = 9, 10, 11, 12
MHANDLE, MTYPE, DYNAMIC, INDY, MODULE, PACKAGE = 15, 16, 17, 18, 19, 20


class ClassFile:
    def __init__(self, data):
        self.data = data
        self.pos = 8
        n = self.u2()
        self.cp = [None] * n
        i = 1
        while i < n:
            tag = self.u1()
            if tag == UTF8:
                ln = self.u2()
                raw = data[self.pos:self.pos + ln]
                self.pos += ln
                self.cp[i] = (tag, raw.decode('utf-8', errors='replace'))
            elif tag in (INT, FLOAT):
                self.cp[i] = (tag, self.u4())
            elif tag in (LONG, DOUBLE):
                self.cp[i] = (tag, self.u4(), self.u4())
                i += 1
            elif tag in (CLASS, STRING, MTYPE, MODULE, PACKAGE):
                self.cp[i] = (tag, self.u2())
            elif tag in (FIELDREF, METHODREF, IMETHODREF, NAMEANDTYPE, DYNAMIC, INDY):
                self.cp[i] = (tag, self.u2(), self.u2())
            elif tag == MHANDLE:
                self.cp[i] = (tag, self.u1(), self.u2())
            else:
                raise ValueError('bad constant pool tag %d' % tag)
            i += 1
        self.access = self.u2()
        self.name = self.class_name(self.u2())
        sup = self.u2()
        self.super = self.class_name(sup) if sup else None
        self.interfaces = [self.class_name(self.u2()) for _ in range(self.u2())]
        self.fields = self.members()
        self.methods = self.members()

    def u1(self):
        v = self.data[self.pos]
        self.pos += 1
        return v

    def u2(self):
        v = struct.unpack_from('>H', self.data, self.pos)[0]
        self.pos += 2
        return v

    def u4(self):
        v = struct.unpack_from('>I', self.data, self.pos)[0]
        self.pos += 4
        return v

    def utf(self, i):
        return self.cp[i][1]

    def class_name(self, i):
        return self.utf(self.cp[i][1])

    def members(self):
        out = []
        for _ in range(self.u2()):
            flags = self.u2()
            name = self.utf(self.u2())
            desc = self.utf(self.u2())
            for _ in range(self.u2()):
                self.u2()
                ln = self.u4()
                self.pos += ln
            out.append((name, desc, flags))
        return out

    def class_refs(self):
        return [self.class_name(i) for i, e in enumerate(self.cp) if e and e[0] == CLASS]

    def member_refs(self):
        """(kind, owner, name, descriptor) for Fieldref/Methodref/InterfaceMethodref."""
        out = []
        for e in self.cp:
            if e and e[0] in (FIELDREF, METHODREF, IMETHODREF):
                nt = self.cp[e[2]]
                kind = {FIELDREF: 'field', METHODREF: 'method', IMETHODREF: 'imethod'}[e[0]]
                out.append((kind, self.class_name(e[1]), self.utf(nt[1]), self.utf(nt[2])))
        return out

    def descriptors(self):
        out = [d for (_n, d, _f) in self.fields + self.methods]
        for e in self.cp:
            if e and e[0] == NAMEANDTYPE:
                out.append(self.utf(e[2]))
            elif e and e[0] == MTYPE:
                out.append(self.utf(e[1]))
        return out


def classes_in_descriptor(desc):
    out = []
    i = 0
    while i < len(desc):
        if desc[i] == 'L':
            j = desc.index(';', i)
            out.append(desc[i + 1:j])
            i = j + 1
        else:
            i += 1
    return out


def element_class(name):
    """'[[Ljava/lang/String;' -> 'java/lang/String'; '[I' -> None; plain names unchanged."""
    if not name.startswith('['):
        return name
    name = name.lstrip('[')
    if name.startswith('L') and name.endswith(';'):
        return name[1:-1]
    return None


def load_jar(path):
    out = {}
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.endswith('.class'):
                cf = ClassFile(z.read(n))
                out[cf.name] = cf
    return out


class Resolver:
    def __init__(self, classes):
        self.classes = classes

    def supertypes(self, name):
        seen = []
        todo = [name]
        while todo:
            c = todo.pop(0)
            if c in seen or c not in self.classes:
                continue
            seen.append(c)
            cf = self.classes[c]
            if cf.super:
                todo.append(cf.super)
            todo.extend(cf.interfaces)
        if 'java/lang/Object' not in seen and 'java/lang/Object' in self.classes:
            seen.append('java/lang/Object')
        return seen

    def has_member(self, kind, owner, name, desc):
        owner = element_class(owner) if owner.startswith('[') else owner
        if owner is None:
            return True
        if owner.startswith('[') or owner not in self.classes:
            return False
        if kind != 'field' and owner in self.classes and self.classes[owner] is not None:
            pass
        for c in self.supertypes(owner):
            members = self.classes[c].fields if kind == 'field' else self.classes[c].methods
            for (n, d, _f) in members:
                if n == name and d == desc:
                    return True
        return False
