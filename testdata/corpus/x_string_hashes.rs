// Non-cryptographic string hashes in const fn: FNV-1a, djb2, sdbm, Jenkins one-at-a-time.
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
    let mut h: u32 = 5381;
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        h = (h << 5).wrapping_add(h).wrapping_add(b[i] as u32);
        i += 1;
    }
    h
}

pub const fn sdbm(s: &[u8]) -> u64 {
    let mut h = 0u64;
    let mut i = 0;
    while i < s.len() {
        h = (s[i] as u64).wrapping_add(h << 6).wrapping_add(h << 16).wrapping_sub(h);
        i += 1;
    }
    h
}

pub const fn one_at_a_time(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h = 0u32;
    let mut i = 0;
    while i < b.len() {
        h = h.wrapping_add(b[i] as u32);
        h = h.wrapping_add(h << 10);
        h ^= h >> 6;
        i += 1;
    }
    h = h.wrapping_add(h << 3);
    h ^= h >> 11;
    h.wrapping_add(h << 15)
}

pub const KEYWORDS: [&str; 6] = ["fn", "let", "match", "while", "const", "static"];
pub const KEYWORD_HASHES: [u32; 6] = {
    let mut h = [0u32; 6];
    let mut i = 0;
    while i < KEYWORDS.len() {
        h[i] = fnv1a32(KEYWORDS[i]);
        i += 1;
    }
    h
};
pub const FNV_EMPTY: u32 = fnv1a32("");
pub const FNV_A: u32 = fnv1a32("a");
pub const FNV64_FOOBAR: u64 = fnv1a64(b"foobar");
pub const DJB2_HELLO: u32 = djb2("hello world");
pub const SDBM_RUST: u64 = sdbm("rust".as_bytes());
pub const OAAT: u32 = one_at_a_time("The quick brown fox jumps over the lazy dog");
pub const UNICODE_LEN: usize = "héllo wörld".len();
pub const UNICODE_FNV: u32 = fnv1a32("héllo wörld");
pub const BUCKET: usize = (KEYWORD_HASHES[2] % 16) as usize;
