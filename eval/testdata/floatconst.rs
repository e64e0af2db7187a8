// floatconst.rs: float constants whose MIR text (floatconst.mir, from
// `rustc --emit=mir`) eval/float_test.go parses and compares with the bits
// this program prints (floatconst.out). Regenerate with gen-floatconst.sh.
#![allow(dead_code)]
const A: f32 = 1.0;
const B: f64 = 2.5;
const C: f32 = -0.0;
const D: f32 = 1.00000001e-10;
const E: f64 = f64::NAN;
const F: f64 = f64::INFINITY;
const G: f32 = f32::NEG_INFINITY;
const H: f64 = 0.1;
const I: f64 = 1e300;
const J: f64 = 5e-324;
const K: f32 = f32::MAX;
const L: f32 = f32::MIN_POSITIVE;
const M: f64 = -1.2345e20;
const N: f64 = 123456.789;
const O: f32 = 1e-45;
const P: f64 = f64::MAX;
const Q: f32 = 0.3;
const R: f64 = 1e16;
const S: f64 = 1e-7;
const T: f32 = 16777217.0;
const U: f64 = 4096.0;
const V: f64 = 0.30000000000000004;
const W: f32 = 3.4e38;
const X: f64 = 2.2250738585072014e-308;
const Y: f32 = f32::NAN;
const Z: f64 = -1e-310;

fn main() {
    for (n, b) in [("A", A.to_bits() as u64), ("B", B.to_bits()), ("C", C.to_bits() as u64), ("D", D.to_bits() as u64),
        ("E", E.to_bits()), ("F", F.to_bits()), ("G", G.to_bits() as u64), ("H", H.to_bits()), ("I", I.to_bits()),
        ("J", J.to_bits()), ("K", K.to_bits() as u64), ("L", L.to_bits() as u64), ("M", M.to_bits()), ("N", N.to_bits()),
        ("O", O.to_bits() as u64), ("P", P.to_bits()), ("Q", Q.to_bits() as u64), ("R", R.to_bits()), ("S", S.to_bits()),
        ("T", T.to_bits() as u64), ("U", U.to_bits()), ("V", V.to_bits()), ("W", W.to_bits() as u64), ("X", X.to_bits()),
        ("Y", Y.to_bits() as u64), ("Z", Z.to_bits())] {
        println!("{n} {b:#x}");
    }
}

// Optimized MIR prints the non-finite values of these as NaN_f64, +Inf_f64.
pub fn fe() -> f64 { E }
pub fn ff() -> f64 { F }
pub fn fg() -> f32 { G }
pub fn fy() -> f32 { Y }
