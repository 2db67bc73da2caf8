//! The JVM front end: class files and jars, class loading and linking,
//! bytecode lowering onto the substrate, and the Java class library.
//!
//! It knows the JVM specification; it does not know object layouts (those
//! belong to `substrate::layout`) and it never depends on the CLR front end.
#![forbid(unsafe_code)]

pub mod bytecode;
pub mod classfile;
pub mod descriptor;
mod error;
pub mod jar;
pub mod numfmt;

pub use error::{Error, Result};
