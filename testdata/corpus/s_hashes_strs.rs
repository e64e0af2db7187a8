// String hashing for a compile-time symbol table: FNV-1a (32 and 64
// bit), djb2, a case-insensitive hash, and a small open-addressing table
// built from a list of keywords.

pub const FNV32_OFFSET: u32 = 0x811C_9DC5;
pub const FNV32_PRIME: u32 = 0x0100_0193;
pub const FNV64_OFFSET: u64 = 0xCBF2_9CE4_8422_2325;
pub const FNV64_PRIME: u64 = 0x0000_0100_0000_01B3;

pub const fn fnv1a32(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h = FNV32_OFFSET;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(FNV32_PRIME);
        i += 1;
    }
    h
}

pub const fn fnv1a64(b: &[u8]) -> u64 {
    let mut h = FNV64_OFFSET;
    let mut i = 0;
    while i < b.len() {
        h = (h ^ b[i] as u64).wrapping_mul(FNV64_PRIME);
        i += 1;
    }
    h
}

pub const fn djb2(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h: u32 = 5381;
    let mut i = 0;
    while i < b.len() {
        h = (h << 5).wrapping_add(h).wrapping_add(b[i] as u32);
        i += 1;
    }
    h
}

pub const fn hash_nocase(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h = FNV32_OFFSET;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i].to_ascii_lowercase() as u32;
        h = h.wrapping_mul(FNV32_PRIME);
        i += 1;
    }
    h
}

pub const KEYWORDS: [&str; 8] = ["const", "static", "fn", "struct", "enum", "impl", "mod", "use"];
pub const SLOTS: usize = 16;

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub const fn build_table() -> [Option<u8>; SLOTS] {
    let mut t = [None; SLOTS];
    let mut k = 0;
    while k < KEYWORDS.len() {
        let mut slot = fnv1a32(KEYWORDS[k]) as usize % SLOTS;
        while t[slot].is_some() {
            slot = (slot + 1) % SLOTS;
        }
        t[slot] = Some(k as u8);
        k += 1;
    }
    t
}

pub const TABLE: [Option<u8>; SLOTS] = build_table();

pub const fn keyword_index(s: &str) -> Option<u8> {
    let mut slot = fnv1a32(s) as usize % SLOTS;
    let mut probes = 0;
    while probes < SLOTS {
        match TABLE[slot] {
            None => return None,
            Some(k) if str_eq(KEYWORDS[k as usize], s) => return Some(k),
            Some(_) => slot = (slot + 1) % SLOTS,
        }
        probes += 1;
    }
    None
}

pub const EMPTY32: u32 = fnv1a32("");
pub const HASHES32: [u32; 3] = [fnv1a32("a"), fnv1a32("foobar"), fnv1a32("mirlsp")];
pub const HASHES64: [u64; 2] = [fnv1a64(b"a"), fnv1a64(b"foobar")];
pub const DJB2: [u32; 2] = [djb2(""), djb2("hello world")];
pub const NOCASE_EQ: bool = hash_nocase("Content-Type") == hash_nocase("content-type");
pub const CASE_NE: bool = fnv1a32("Content-Type") != fnv1a32("content-type");
pub const LOOKUPS: [Option<u8>; 5] = [
    keyword_index("fn"),
    keyword_index("use"),
    keyword_index("static"),
    keyword_index("let"),
    keyword_index(""),
];
pub const OCCUPIED: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < SLOTS {
        if let Some(_) = TABLE[i] {
            n += 1;
        }
        i += 1;
    }
    n
};
