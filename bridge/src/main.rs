//! `twain`: run JVM programs and .NET assemblies on one substrate.

use std::path::PathBuf;

const USAGE: &str = "usage: twain run [--gc-stress] [-cp PATH[:PATH...]] [-r ASSEMBLY.dll]... <MainClass | Program.exe> [args...]
       twain stubs java <ASSEMBLY.dll | mscorlib | 'Ns.Generic`1<int>'>... -o <DIR>
       twain stubs cs [-cp PATH[:PATH...]] <class | package>... -o <FILE.cs>";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("stubs") => stubs(&args[1..]),
        Some("--help" | "-h") => {
            println!("{USAGE}");
            0
        }
        _ => {
            eprintln!("twain: {USAGE}");
            2
        }
    })
}

fn run(args: &[String]) -> i32 {
    let mut launch = bridge::launch::Launch::default();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-cp" | "-classpath" | "--class-path" => {
                let Some(p) = args.get(i + 1) else {
                    eprintln!("twain: {} needs a path", args[i]);
                    return 2;
                };
                launch.classpath.extend(p.split(':').filter(|s| !s.is_empty()).map(PathBuf::from));
                i += 2;
            }
            "-r" | "--reference" => {
                let Some(a) = args.get(i + 1) else {
                    eprintln!("twain: {} needs an assembly", args[i]);
                    return 2;
                };
                launch.assemblies.push(a.clone());
                i += 2;
            }
            a if a.starts_with("-r:") => {
                launch.assemblies.push(a[3..].to_string());
                i += 1;
            }
            "--gc-stress" => {
                launch.gc_stress = true;
                i += 1;
            }
            a if a.starts_with('-') => {
                eprintln!("twain: unknown option {a}");
                return 2;
            }
            _ => break,
        }
    }
    let Some(main) = args.get(i) else {
        eprintln!("twain: {USAGE}");
        return 2;
    };
    launch.main = main.clone();
    launch.args = args[i + 1..].to_vec();
    bridge::launch::run(launch)
}

/// `twain stubs java|cs ...`.
fn stubs(args: &[String]) -> i32 {
    let lang = args.first().map(String::as_str);
    if !matches!(lang, Some("java" | "cs")) {
        eprintln!("twain: {USAGE}");
        return 2;
    }
    let mut classpath: Vec<PathBuf> = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut inputs: Vec<String> = Vec::new();
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "-o" | "-cp" | "-classpath" | "--class-path" => {
                let Some(v) = args.get(i + 1) else {
                    eprintln!("twain: {} needs a value", args[i]);
                    return 2;
                };
                if args[i] == "-o" {
                    out = Some(PathBuf::from(v));
                } else if lang == Some("cs") {
                    classpath.extend(v.split(':').filter(|s| !s.is_empty()).map(PathBuf::from));
                } else {
                    eprintln!("twain: stubs java takes assemblies, not a class path");
                    return 2;
                }
                i += 2;
            }
            a if a.starts_with('-') => {
                eprintln!("twain: unknown option {a}");
                return 2;
            }
            a => {
                inputs.push(a.to_string());
                i += 1;
            }
        }
    }
    let (Some(out), false) = (out, inputs.is_empty()) else {
        eprintln!("twain: {USAGE}");
        return 2;
    };
    let java = lang == Some("java");
    // Reading assemblies boots a CLR, which wants a managed thread.
    substrate::managed_thread::run(move || {
        let result = if java {
            bridge::stubs::java::generate(&inputs).and_then(|files| bridge::stubs::write_files(&out, &files))
        } else {
            bridge::stubs::cs::generate(&classpath, &inputs).and_then(|text| bridge::stubs::write_file(&out, &text))
        };
        match result {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("twain: {e}");
                1
            }
        }
    })
}
