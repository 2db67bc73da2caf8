//! substrate
