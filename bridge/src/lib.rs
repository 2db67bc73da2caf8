//! The bridge between the two front ends: launching both on one runtime,
//! the mapping rules, and the `twain` command.
#![forbid(unsafe_code)]

pub mod clr_for_java;
pub mod java_for_clr;
pub mod java_names;
pub mod java_view;
pub mod launch;

pub mod mapping;
pub mod stubs;
