// Helper for build.sh (needs Mono and Mono.Cecil, both part of mono-devel):
//   mono LibTool.exe natives mscorlib.dll   -> one line per InternalCall method: Type::Name(ParamTypes)
//   mono LibTool.exe dump mscorlib.dll      -> canonical text of types, members and IL (no MVID,
//                                              no timestamp): used to compare builds (--check)
using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

static class LibTool {
    static string Sig(MethodDefinition m) {
        return m.DeclaringType.FullName + "::" + m.Name + (m.HasGenericParameters ? "<" + string.Join(",", m.GenericParameters.Select(g => g.Name)) + ">" : "")
            + "(" + string.Join(",", m.Parameters.Select(p => p.ParameterType.FullName)) + ")";
    }

    static int Main(string[] args) {
        var mod = ModuleDefinition.ReadModule(args[1]);
        var lines = new List<string>();
        if (args[0] == "natives") {
            foreach (var t in mod.GetTypes())
                foreach (var m in t.Methods)
                    if (m.IsInternalCall) lines.Add(Sig(m));
            lines.Sort(StringComparer.Ordinal);
        } else {
            lines.Add("assembly " + mod.Assembly.FullName);
            foreach (var a in mod.Assembly.CustomAttributes) lines.Add("  [" + a.AttributeType.FullName + "]");
            foreach (var t in mod.GetTypes().OrderBy(x => x.FullName, StringComparer.Ordinal)) {
                lines.Add("type " + t.FullName + " " + t.Attributes + " : " + (t.BaseType == null ? "" : t.BaseType.FullName)
                    + " " + string.Join(",", t.Interfaces.Select(i => i.InterfaceType.FullName)));
                foreach (var a in t.CustomAttributes) lines.Add("  [" + a.AttributeType.FullName + "]");
                foreach (var f in t.Fields) lines.Add("  field " + f.FieldType.FullName + " " + f.Name + " " + f.Attributes
                    + (f.HasConstant ? " = " + f.Constant : "") + (f.InitialValue != null && f.InitialValue.Length > 0 ? " rva " + BitConverter.ToString(f.InitialValue) : ""));
                foreach (var p in t.Properties) lines.Add("  property " + p.PropertyType.FullName + " " + p.Name);
                foreach (var e in t.Events) lines.Add("  event " + e.EventType.FullName + " " + e.Name);
                foreach (var m in t.Methods) {
                    lines.Add("  method " + m.ReturnType.FullName + " " + Sig(m) + " " + m.Attributes + " " + m.ImplAttributes);
                    foreach (var a in m.CustomAttributes) lines.Add("    [" + a.AttributeType.FullName + "]");
                    if (!m.HasBody) continue;
                    foreach (var v in m.Body.Variables) lines.Add("    local " + v.VariableType.FullName);
                    foreach (var h in m.Body.ExceptionHandlers) lines.Add("    handler " + h.HandlerType + " " + h.TryStart.Offset + "-" + h.TryEnd?.Offset + " " + h.HandlerStart.Offset);
                    foreach (var ins in m.Body.Instructions) {
                        object op = ins.Operand;
                        string ops = op == null ? "" : op is Instruction ? "IL_" + ((Instruction)op).Offset.ToString("x4")
                            : op is Instruction[] ? string.Join(",", ((Instruction[])op).Select(x => "IL_" + x.Offset.ToString("x4")))
                            : op is MemberReference ? ((MemberReference)op).FullName : op.ToString();
                        lines.Add("    IL_" + ins.Offset.ToString("x4") + " " + ins.OpCode.Name + " " + ops);
                    }
                }
            }
        }
        foreach (var l in lines) Console.WriteLine(l);
        return 0;
    }
}
