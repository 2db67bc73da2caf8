//! The JVM front end: class files and jars, class loading and linking,
//! bytecode lowering onto the substrate, and the Java class library.
//!
//! It knows the JVM specification; it does not know object layouts (those
//! belong to `substrate::layout`) and it never depends on the CLR front end.
#![forbid(unsafe_code)]

pub mod bytecode;
pub mod classfile;
pub mod descriptor;
pub mod foreign;
mod error;
pub mod jar;
mod lower;
pub mod model;
pub mod natives;
pub mod numfmt;
pub mod run;
pub mod vm;

pub use error::{Error, Result};
