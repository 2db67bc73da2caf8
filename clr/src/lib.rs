//! The CLR front end: PE/ECMA-335 metadata, type loading, CIL lowering and
//! the .NET class library. Not yet implemented (issue 4); it will sit on the
//! same substrate as the JVM front end and never depend on `jvm`.
#![forbid(unsafe_code)]
