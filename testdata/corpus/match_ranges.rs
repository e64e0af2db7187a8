// match with ranges, or-patterns and guards over integers and chars.
const fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        11..=99 => "two digits",
        _ => "large",
    }
}

pub const CLASSES: [&str; 6] = [classify(-5), classify(0), classify(7), classify(20), classify(42), classify(1000)];

const fn char_kind(c: char) -> u8 {
    match c {
        'a'..='z' => 1,
        'A'..='Z' => 2,
        '0'..='9' => 3,
        ' ' | '\t' | '\n' => 4,
        _ => 0,
    }
}

pub const KINDS: [u8; 6] = [char_kind('q'), char_kind('Q'), char_kind('5'), char_kind('\t'), char_kind('!'), char_kind('é')];

const fn grade(score: u8) -> char {
    match score {
        90..=u8::MAX => 'A',
        80..90 => 'B',
        70..80 => 'C',
        s if s >= 60 => 'D',
        _ => 'F',
    }
}

pub const GRADES: [char; 5] = [grade(95), grade(85), grade(75), grade(65), grade(10)];

const fn u128_bucket(x: u128) -> u8 {
    match x {
        0 => 0,
        1..=0xFFFF_FFFF => 1,
        0x1_0000_0000..=0xFFFF_FFFF_FFFF_FFFF => 2,
        _ => 3,
    }
}

pub const BUCKETS: [u8; 4] = [u128_bucket(0), u128_bucket(5), u128_bucket(1 << 40), u128_bucket(u128::MAX)];

const fn signed_bucket(x: i8) -> i8 {
    match x {
        i8::MIN..=-100 => -2,
        -99..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

pub const SIGNED: [i8; 4] = [signed_bucket(-128), signed_bucket(-50), signed_bucket(0), signed_bucket(127)];

const fn float_bucket(x: f64) -> u8 {
    match x {
        x if x < 0.0 => 0,
        x if x < 1.0 => 1,
        _ => 2,
    }
}

pub const FLOATS: [u8; 3] = [float_bucket(-0.5), float_bucket(0.5), float_bucket(1.0)];
pub static STATIC_CLASS: &str = classify(15);
