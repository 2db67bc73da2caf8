//! The bridge between the two front ends; for now it holds the `twain` command.
#![forbid(unsafe_code)]
