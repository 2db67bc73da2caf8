//! The CLR front end: PE/ECMA-335 metadata, type loading, CIL lowering and
//! the .NET class library. It reads assemblies: the PE image
//! ([`pe`], ECMA-335 §II.25), metadata heaps, tables and signatures
//! ([`metadata`], §II.22–§II.24) and method bodies and CIL ([`il`],
//! §II.25.4 and Partition III), all gathered by [`Assembly::parse`]. It sits
//! on the same substrate as the JVM front end and never depends on `jvm`.
#![forbid(unsafe_code)]

mod assembly;
pub mod boundary;
mod error;
mod filters;
pub mod foreign;
pub mod il;
pub mod loader;
pub mod lower;
pub mod metadata;
pub mod model;
pub mod natives;
pub mod pe;
mod reader;
pub mod run;
pub mod vm;

pub use assembly::Assembly;
pub use error::{Error, Result};
