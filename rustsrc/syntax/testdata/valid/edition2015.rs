// check: --edition 2015
// Rust 2015: trait methods may name only the types of their parameters.
use std::io;

pub trait Floating {
    fn write<W: io::Write>(self, W) -> io::Result<usize>;
    fn pair(&self, u8, &[u16]);
    fn named(&self, x: u8, Vec<u8>) -> bool;
}
