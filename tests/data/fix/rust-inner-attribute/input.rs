#![deny(warnings)]

pub fn f() {}
