// floatfmt.rs prints how Rust formats, casts and computes floats, one fact
// per line, for eval/float_test.go. Regenerate with gen-floatfmt.sh.
//
//   fmt64 BITS DEBUG DISPLAY      {:?} and {} of f64::from_bits(BITS)
//   fmt32 BITS DEBUG DISPLAY      the same for f32
//   i2f TYPE VALUE F64BITS F32BITS     VALUE as f64, VALUE as f32
//   f2i TYPE F64BITS VALUE        f64::from_bits(F64BITS) as TYPE
//   f32i TYPE F32BITS VALUE       f32::from_bits(F32BITS) as TYPE
//   f64to32 F64BITS F32BITS       as f32
//   op64 OP A B R / op32 OP A B R (R is "nan" for NaN results)
//   ctfe NAME BITS                a value computed in a const

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0
    }
}

const NAN_DIV64: f64 = 0.0 / 0.0;
const NAN_SUB64: f64 = f64::INFINITY - f64::INFINITY;
const NAN_DIV32: f32 = 0.0 / 0.0;
const NAN_MUL32: f32 = f32::INFINITY * 0.0;
const NEG_NAN_CAST: f32 = (-f64::NAN) as f32;

fn f64s() -> Vec<f64> {
    let mut v = vec![
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 100.0, 1e15, 1e16, 1e17, 9999999999999998.0,
        1e-4, 9.999e-5, 1e-5, 1.5e-5, 1e-7, 0.00012, 123456.789, -1.2345e20, 1e21, 1e22, 1e23,
        f64::MAX, f64::MIN, f64::MIN_POSITIVE, 5e-324, 2.2250738585072009e-308, f64::EPSILON,
        f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 2.5, 3.14159, 1.0 / 3.0, 2.0f64.sqrt(),
        0.5, 0.25, 4096.0, 1234567890123456789.0, 9007199254740993.0, 4.35, 0.000099999, 1e300,
        18446744073709551615.0, 18446744073709551616.0, 9223372036854775807.0, -9223372036854775809.0,
        170141183460469231731687303715884105728.0, 340282366920938463463374607431768211456.0,
        -170141183460469231731687303715884105729.0, 2147483647.5, -2147483648.9, 255.9, 256.0, -128.5,
        -129.0, 0.9999999, -0.9999999, 65535.0, 4294967295.9,
    ];
    let mut r = Lcg(1);
    for _ in 0..400 {
        v.push(f64::from_bits(r.next()));
    }
    for _ in 0..200 {
        let m = r.next() % 100000;
        let e = (r.next() % 50) as i32 - 25;
        v.push(m as f64 * 10f64.powi(e));
    }
    v
}

fn f32s() -> Vec<f32> {
    let mut v = vec![
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 100.0, 1e15, 1e16, 1e17, 1e-4, 9.999e-5,
        1e-5, 1e-7, 1.00000001e-10, 16777217.0, f32::MAX, f32::MIN, f32::MIN_POSITIVE, 1e-45,
        f32::EPSILON, f32::INFINITY, f32::NEG_INFINITY, f32::NAN, 3.14159, 1.0 / 3.0, 4.35,
        2147483647.0, 2147483648.0, -2147483649.0, 4294967296.0, 255.5, -128.9, 1e38, 3.4e38,
    ];
    let mut r = Lcg(7);
    for _ in 0..400 {
        v.push(f32::from_bits(r.next() as u32));
    }
    for _ in 0..100 {
        let m = r.next() % 100000;
        let e = (r.next() % 40) as i32 - 20;
        v.push((m as f64 * 10f64.powi(e)) as f32);
    }
    v
}

macro_rules! f2i {
    ($f:expr, $($t:ident)*) => {$(
        println!("f2i {} {:#x} {}", stringify!($t), $f.to_bits(), $f as $t);
    )*};
}
macro_rules! f32i {
    ($f:expr, $($t:ident)*) => {$(
        println!("f32i {} {:#x} {}", stringify!($t), $f.to_bits(), $f as $t);
    )*};
}
macro_rules! i2f {
    ($t:ident, $vals:expr) => {
        for &x in $vals.iter() {
            let x: $t = x;
            println!("i2f {} {} {:#x} {:#x}", stringify!($t), x, (x as f64).to_bits(), (x as f32).to_bits());
        }
    };
}

fn nanstr64(x: f64) -> String {
    if x.is_nan() { "nan".to_string() } else { format!("{:#x}", x.to_bits()) }
}
fn nanstr32(x: f32) -> String {
    if x.is_nan() { "nan".to_string() } else { format!("{:#x}", x.to_bits()) }
}

fn main() {
    let a = f64s();
    for &x in &a {
        println!("fmt64 {:#x} {:?} {}", x.to_bits(), x, x);
        f2i!(x, i8 u8 i16 u16 i32 u32 i64 u64 i128 u128 isize usize);
        if !x.is_nan() {
            println!("f64to32 {:#x} {:#x}", x.to_bits(), (x as f32).to_bits());
        }
    }
    let b = f32s();
    for &x in &b {
        println!("fmt32 {:#x} {:?} {}", x.to_bits(), x, x);
        f32i!(x, i8 u8 i32 u32 i64 u64 i128 u128);
    }
    for i in 0..a.len().min(120) {
        let (x, y) = (a[i], a[(i * 7 + 3) % a.len()]);
        println!("op64 add {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr64(x + y));
        println!("op64 sub {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr64(x - y));
        println!("op64 mul {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr64(x * y));
        println!("op64 div {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr64(x / y));
        println!("op64 rem {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr64(x % y));
    }
    for i in 0..b.len().min(120) {
        let (x, y) = (b[i], b[(i * 5 + 1) % b.len()]);
        println!("op32 add {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr32(x + y));
        println!("op32 sub {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr32(x - y));
        println!("op32 mul {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr32(x * y));
        println!("op32 div {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr32(x / y));
        println!("op32 rem {:#x} {:#x} {}", x.to_bits(), y.to_bits(), nanstr32(x % y));
    }
    let mut r = Lcg(3);
    let mut u: Vec<u128> = vec![0, 1, 2, 3, 16777216, 16777217, 16777219, 9007199254740993, u64::MAX as u128, u128::MAX, 1 << 127, (1 << 127) + 1, 0xffffff8000000000_0000000000000000, 0xffffff7fffffffff_ffffffffffffffff];
    for _ in 0..100 {
        u.push(((r.next() as u128) << 64 | r.next() as u128) >> (r.next() % 128));
    }
    i2f!(u128, u);
    let s: Vec<i128> = u.iter().map(|&x| x as i128).collect();
    i2f!(i128, s);
    let s64: Vec<i64> = u.iter().map(|&x| x as i64).collect();
    i2f!(i64, s64);
    let u64s: Vec<u64> = u.iter().map(|&x| x as u64).collect();
    i2f!(u64, u64s);
    let i32s: Vec<i32> = u.iter().map(|&x| x as i32).collect();
    i2f!(i32, i32s);
    let u8s: Vec<u8> = u.iter().map(|&x| x as u8).collect();
    i2f!(u8, u8s);
    println!("ctfe nan_div64 {:#x}", NAN_DIV64.to_bits());
    println!("ctfe nan_sub64 {:#x}", NAN_SUB64.to_bits());
    println!("ctfe nan_div32 {:#x}", NAN_DIV32.to_bits());
    println!("ctfe nan_mul32 {:#x}", NAN_MUL32.to_bits());
    println!("ctfe neg_nan_cast {:#x}", NEG_NAN_CAST.to_bits());
}
