using System.Runtime.CompilerServices;

namespace System {
    public static class Environment {
        public static string NewLine { get { return "\n"; } }

        /// Terminates the process with the exit code (after flushing output).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int exitCode);

        /// Milliseconds since an arbitrary start point (wraps like .NET's).
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern long TickCount64Native();

        /// Command-line arguments: element 0 is the program path, then the arguments.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string[] GetCommandLineArgs();

        /// Value of the environment variable, or null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string GetEnvironmentVariable(string variable);

        /// Mono-format stack trace text of the caller.
        public static string StackTrace { get { return ""; } }

        static int exitCode;
        public static int ExitCode { get { return exitCode; } set { exitCode = value; } }
        public static int TickCount { get { return (int)TickCount64Native(); } }
        public static long TickCount64 { get { return TickCount64Native(); } }
        public static int ProcessorCount { get { return 1; } }
        public static bool Is64BitProcess { get { return true; } }
        public static bool Is64BitOperatingSystem { get { return true; } }
        public static bool HasShutdownStarted { get { return false; } }
        public static int CurrentManagedThreadId { get { return 1; } }
        public static string MachineName { get { return "localhost"; } }
        public static Version Version { get { return new Version(4, 0, 30319, 42000); } }
        public static void FailFast(string message) {
            Console.WriteErrorString(message + "\n");
            Exit(134);
        }
    }

    public sealed class Version : IComparable, IComparable<Version>, IEquatable<Version> {
        int major, minor, build = -1, revision = -1;
        public Version(int major, int minor) { this.major = major; this.minor = minor; }
        public Version(int major, int minor, int build) : this(major, minor) { this.build = build; }
        public Version(int major, int minor, int build, int revision) : this(major, minor, build) { this.revision = revision; }
        public int Major { get { return major; } }
        public int Minor { get { return minor; } }
        public int Build { get { return build; } }
        public int Revision { get { return revision; } }
        public override string ToString() {
            string s = major + "." + minor;
            if (build >= 0) s += "." + build;
            if (revision >= 0) s += "." + revision;
            return s;
        }
        public int CompareTo(Version v) {
            if ((object)v == null) return 1;
            if (major != v.major) return major > v.major ? 1 : -1;
            if (minor != v.minor) return minor > v.minor ? 1 : -1;
            if (build != v.build) return build > v.build ? 1 : -1;
            if (revision != v.revision) return revision > v.revision ? 1 : -1;
            return 0;
        }
        public int CompareTo(object o) { return CompareTo(o as Version); }
        public bool Equals(Version v) { return CompareTo(v) == 0; }
        public override bool Equals(object o) { return Equals(o as Version); }
        public override int GetHashCode() { return (major << 24) | (minor << 16) | (build << 8) | revision; }
    }

    public static class GC {
        public static void Collect() { }
        public static void Collect(int generation) { }
        public static void KeepAlive(object obj) { }
        public static void SuppressFinalize(object obj) { }
        public static void ReRegisterForFinalize(object obj) { }
        public static void WaitForPendingFinalizers() { }
        /// Bytes currently allocated on the managed heap (approximation is fine).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern long GetTotalMemory(bool forceFullCollection);
        public static int MaxGeneration { get { return 2; } }
    }
}
