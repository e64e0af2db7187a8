// Expressions and statements: operators, control flow, closures, blocks.
#![allow(unused, clippy::all)]

use std::collections::HashMap;
use std::ops::{Add, Range};

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Point {
    pub x: i64,
    pub y: i64,
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

pub const fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

pub const FACT10: u64 = fact(10);
pub const MASK: u32 = !0 >> 4 & 0xff_ff | 1 << 3 ^ 0b1010;
pub const NEG: i32 = -(5 - 3) * -2 % 7 / 1;
pub const CAST: u8 = 300u32 as u8 * 2 - 1;
pub const CHAIN: bool = 1 < 2 && 3 >= 3 || !(4 != 4) && 5 <= 6 && 7 > 6;
pub const SHIFTED: u64 = (1u64 << 40) >> 3;
pub const ARR: [u32; 5] = [1, 2, 3, 4, 5];
pub const REPEAT: [u8; 16] = [0xAA; 16];
pub const TUPLE: (u8, (i16, bool), ()) = (1, (-2, true), ());
pub const NESTED: u8 = TUPLE.1.0 as u8 + TUPLE.0;
pub const BLOCK: u32 = {
    let mut acc = 0;
    let mut i = 0;
    while i < ARR.len() {
        acc += ARR[i];
        i += 1;
    }
    acc
};
pub const FROM_CONST_BLOCK: usize = const { 3 } + 1;
pub const ORIGIN: Point = Point { x: 0, y: 0 };
pub const UPDATED: Point = Point { x: 5, ..ORIGIN };

pub fn control_flow(v: &[i32], map: &mut HashMap<String, i32>) -> Option<i32> {
    let mut total = 0;
    'outer: for (i, &x) in v.iter().enumerate() {
        if x < 0 {
            continue;
        } else if x == 0 {
            break 'outer;
        }
        let mut n = x;
        'inner: loop {
            n -= 1;
            if n % 2 == 0 {
                continue 'inner;
            }
            if n <= 0 {
                break;
            }
            total += n;
        }
        while let Some(e) = map.get_mut("k") {
            *e += i as i32;
            if *e > 10 {
                break;
            }
        }
    }
    let found = loop {
        if total > 100 {
            break total;
        }
        total *= 2;
        if total == 0 {
            break 0;
        }
    };
    let labeled = 'blk: {
        if found < 0 {
            break 'blk 1;
        }
        2
    };
    let r: Range<usize> = 0..v.len();
    let _full = ..;
    let _from = 3..;
    let _to = ..=7;
    let _incl = 1..=found.max(1);
    let slice = &v[1..];
    let slice2 = &v[..v.len() - 1];
    let first = v.first()?;
    let sum: i32 = v.iter().copied().filter(|x| *x > 0).map(|x| x * 2).sum();
    let p = Point { x: 1, y: 2 } + Point::default();
    let q = Point { ..p };
    let Point { x, y: ref py } = q;
    let Some(last) = v.last() else {
        return None;
    };
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(move |a| a + labeled);
    let adder = |a: i32, b: i32| -> i32 { a + b };
    let unit = || ();
    let nested = |x: i32| move |y: i32| x + y;
    let _ = adder(1, 2) + boxed(3) + nested(1)(2);
    let raw = &raw const total;
    let raw_mut = &raw mut total;
    let deref = unsafe { *raw };
    let mut arr = [1, 2, 3];
    arr[0] = arr[1] + arr[2];
    arr[1] += 5;
    let [a, b, c] = arr;
    let (mut m, n);
    (m, n) = (1, 2);
    [m, _] = [3, 4];
    Point { x: m, .. } = p;
    m <<= 1;
    m >>= 1;
    m |= 1;
    m &= !1;
    m ^= 3;
    let neg = -m.pow(2) as i64;
    let casted = x as f64 / 2.0 as f64;
    let cmp = (a as i64) < x;
    let t = (1,);
    let u = t.0;
    let s = "str".to_string() + &format!("{}", u);
    let chars: Vec<char> = s.chars().rev().collect::<Vec<_>>();
    let parsed = "42".parse::<i32>().ok()?;
    let matched = match parsed {
        0 => "zero",
        1 | 2 => "small",
        3..=9 => "digit",
        n if n < 0 => "negative",
        _ => {
            "large"
        }
    };
    let o = if let Some(&x) = v.get(0) { x } else { 0 };
    if let Some(w) = map.get("w") {
        total += w;
    }
    Some(total + sum + *first + *last + deref + parsed + o)
}

pub fn try_ops(s: &str) -> Result<u32, std::num::ParseIntError> {
    let a: u32 = s.trim().parse()?;
    let b = s.parse::<u32>().map_err(|e| e)?.checked_add(1).unwrap_or_default();
    Ok(a + b)
}

pub fn unsafe_things(p: *mut u8) -> u8 {
    unsafe {
        *p = 1;
        *p.add(1) = 2;
        let r = &mut *p;
        *r += 1;
        std::ptr::read(p)
    }
}

pub fn returns() -> i32 {
    if true {
        return 1;
    }
    return 2;
}

pub fn statement_like(x: i32) -> i32 {
    if x > 0 {}
    match x {
        _ => {}
    }
    {
        x
    };
    unsafe {}
    loop {
        break;
    }
    for _ in 0..1 {}
    while false {}
    x
}

pub fn method_chains(v: Vec<(u32, &str)>) -> Vec<String> {
    v.into_iter()
        .filter(|&(n, _)| n % 2 == 0)
        .map(|(n, s)| format!("{n}:{s}"))
        .take_while(|s| !s.is_empty())
        .collect()
}

struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

pub fn iterators() -> u32 {
    let c = Counter { count: 0 };
    c.zip(Counter { count: 0 }.skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .fold(0, |acc, x| acc + x)
}

pub fn closures_capture() -> impl Fn(u32) -> u32 {
    let k = 3;
    move |x| x * k
}

pub fn generic_call<T: Default + std::fmt::Debug>() -> T {
    let v = Vec::<T>::with_capacity(4);
    let d = <T as Default>::default();
    let len = <[u8]>::len(&[1, 2, 3]);
    let _ = <Vec<u8>>::new();
    drop(v);
    let _ = std::mem::size_of::<T>() + len;
    d
}

pub fn floats() -> f64 {
    let a = 1.;
    let b = 1e10;
    let c = 2.5f32 as f64;
    let d = 1_000.000_1;
    let e = 6.02E+23_f64;
    let f = 1.5e-3;
    let g = 3f64;
    let r = 1..2;
    let h = 1.0f64.max(2.0);
    a + b + c + d + e + f + g + h + r.start as f64
}
