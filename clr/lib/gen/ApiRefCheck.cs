// Checks that every mscorlib/System/System.Core type and member referenced by programs compiled
// against Mono's real class libraries exists in twain's mscorlib.dll with the same signature.
// Build & run (check_api.sh does this):
//   mcs -r:/usr/lib/mono/gac/Mono.Cecil/0.11.0.0__0738eb9f132ed756/Mono.Cecil.dll ApiRefCheck.cs
//   mono ApiRefCheck.exe twain-mscorlib.dll prog1.exe prog2.exe ...
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Mono.Cecil;

static class ApiRefCheck {
    static readonly HashSet<string> Scopes = new HashSet<string> { "mscorlib", "System", "System.Core" };

    static string Norm(TypeReference t) {
        if (t is GenericParameter) {
            var gp = (GenericParameter)t;
            return (gp.Type == GenericParameterType.Method ? "!!" : "!") + gp.Position;
        }
        if (t is ByReferenceType) return Norm(((ByReferenceType)t).ElementType) + "&";
        if (t is PointerType) return Norm(((PointerType)t).ElementType) + "*";
        if (t is ArrayType) {
            var a = (ArrayType)t;
            return Norm(a.ElementType) + "[" + new string(',', a.Rank - 1) + "]";
        }
        if (t is RequiredModifierType) return Norm(((RequiredModifierType)t).ElementType);
        if (t is OptionalModifierType) return Norm(((OptionalModifierType)t).ElementType);
        if (t is GenericInstanceType) {
            var g = (GenericInstanceType)t;
            return Norm(g.ElementType) + "<" + string.Join(",", g.GenericArguments.Select(Norm)) + ">";
        }
        return t.FullName;
    }

    static string Sig(MethodReference m) {
        var sb = new StringBuilder();
        sb.Append(Norm(m.ReturnType)).Append(' ').Append(m.Name);
        if (m.HasGenericParameters) sb.Append("``").Append(m.GenericParameters.Count);
        sb.Append('(').Append(string.Join(",", m.Parameters.Select(p => Norm(p.ParameterType)))).Append(')');
        if (m.HasThis) sb.Insert(0, "instance ");
        return sb.ToString();
    }

    static bool InScope(TypeReference t) {
        while (t.IsNested) t = t.DeclaringType;
        var an = t.Scope as AssemblyNameReference;
        return an != null && Scopes.Contains(an.Name);
    }

    static int Main(string[] args) {
        var lib = ModuleDefinition.ReadModule(args[0]);
        var types = new Dictionary<string, TypeDefinition>();
        foreach (var t in lib.GetTypes()) types[t.FullName] = t;
        int missing = 0, checkedCount = 0;
        var reported = new HashSet<string>();
        for (int i = 1; i < args.Length; i++) {
            var mod = ModuleDefinition.ReadModule(args[i]);
            string prog = System.IO.Path.GetFileNameWithoutExtension(args[i]);
            Action<string> report = msg => { if (reported.Add(msg)) { Console.WriteLine("missing (" + prog + "): " + msg); missing++; } };
            foreach (var tr in mod.GetTypeReferences()) {
                if (!InScope(tr)) continue;
                if (!types.ContainsKey(tr.FullName)) report("type " + tr.FullName);
            }
            foreach (var mr in mod.GetMemberReferences()) {
                var dt = mr.DeclaringType;
                var elem = dt is GenericInstanceType ? ((GenericInstanceType)dt).ElementType : dt;
                if (elem is ArrayType || !InScope(elem)) continue;
                TypeDefinition td;
                if (!types.TryGetValue(elem.FullName, out td)) { report("type " + elem.FullName); continue; }
                checkedCount++;
                if (mr is MethodReference) {
                    var m = (MethodReference)mr;
                    if (m is GenericInstanceMethod) m = ((GenericInstanceMethod)m).ElementMethod;
                    string want = Sig(m);
                    bool found = false;
                    for (var cur = td; cur != null && !found; ) {
                        foreach (var md in cur.Methods) if (md.Name == m.Name && Sig(md) == want) { found = true; break; }
                        if (cur.BaseType == null) break;
                        var bt = cur.BaseType is GenericInstanceType ? ((GenericInstanceType)cur.BaseType).ElementType : cur.BaseType;
                        types.TryGetValue(bt.FullName, out cur);
                    }
                    if (!found) report("method " + elem.FullName + "::" + want);
                } else if (mr is FieldReference) {
                    var f = (FieldReference)mr;
                    if (!td.Fields.Any(fd => fd.Name == f.Name && Norm(fd.FieldType) == Norm(f.FieldType)))
                        report("field " + elem.FullName + "::" + f.Name);
                }
            }
        }
        Console.WriteLine(checkedCount + " member references checked; " + (missing == 0 ? "all exist in twain's mscorlib" : missing + " missing"));
        return missing == 0 ? 0 : 1;
    }
}
