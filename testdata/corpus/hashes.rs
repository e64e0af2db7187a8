// Compile-time string hashing (FNV-1a, 32 and 64 bit) and a tiny perfect-hash lookup.
const fn fnv1a32(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

const fn fnv1a64(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < s.len() {
        h ^= s[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

pub const H_EMPTY: u32 = fnv1a32("");
pub const H_A: u32 = fnv1a32("a");
pub const H_FOOBAR: u32 = fnv1a32("foobar");
pub const H64_FOOBAR: u64 = fnv1a64(b"foobar");
pub const KEYWORDS: [&str; 4] = ["fn", "let", "const", "static"];

const fn hashes<const N: usize>(words: [&str; N]) -> [u32; N] {
    let mut out = [0u32; N];
    let mut i = 0;
    while i < N {
        out[i] = fnv1a32(words[i]);
        i += 1;
    }
    out
}

pub const KEYWORD_HASHES: [u32; 4] = hashes(KEYWORDS);

const fn bucket(s: &str) -> usize {
    (fnv1a32(s) % 7) as usize
}

pub const BUCKETS: [usize; 4] = [bucket("fn"), bucket("let"), bucket("const"), bucket("static")];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub u32);

impl Key {
    pub const fn of(s: &str) -> Key {
        Key(fnv1a32(s))
    }
}

pub const KEY: Key = Key::of("config");

pub fn runtime_hash(words: &[&str]) -> Vec<u32> {
    words.iter().map(|w| fnv1a32(w)).collect()
}
