using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyVersion("4.0.0.0")]
[assembly: AssemblyTitle("twain mscorlib")]
[assembly: RuntimeCompatibility(WrapNonExceptionThrows = true)]
