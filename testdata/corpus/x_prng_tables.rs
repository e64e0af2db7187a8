// Pseudo-random tables generated at compile time: xorshift, LCG, PCG32, Fisher-Yates shuffle.
pub const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

pub const fn xorshift64(mut x: u64) -> u64 {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

pub const fn lcg(x: u32) -> u32 {
    x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223)
}

pub const fn pcg32(state: u64) -> (u64, u32) {
    let next = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    let xorshifted = (((state >> 18) ^ state) >> 27) as u32;
    let rot = (state >> 59) as u32;
    (next, xorshifted.rotate_right(rot))
}

pub const fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub const XORSHIFT: [u64; 4] = {
    let mut t = [0u64; 4];
    let mut x = SEED;
    let mut i = 0;
    while i < 4 {
        x = xorshift64(x);
        t[i] = x;
        i += 1;
    }
    t
};

pub const LCG: [u32; 5] = {
    let mut t = [0u32; 5];
    let mut x = 42;
    let mut i = 0;
    while i < 5 {
        x = lcg(x);
        t[i] = x;
        i += 1;
    }
    t
};

pub const PCG: [u32; 4] = {
    let mut t = [0u32; 4];
    let mut s = SEED;
    let mut i = 0;
    while i < 4 {
        let (n, out) = pcg32(s);
        s = n;
        t[i] = out;
        i += 1;
    }
    t
};

pub const SHUFFLED: [u8; 16] = {
    let mut a = [0u8; 16];
    let mut i = 0;
    while i < 16 {
        a[i] = i as u8;
        i += 1;
    }
    let mut s = SEED;
    let mut i = 15;
    while i > 0 {
        s = splitmix(s);
        let j = (s % (i as u64 + 1)) as usize;
        let t = a[i];
        a[i] = a[j];
        a[j] = t;
        i -= 1;
    }
    a
};

pub const SHUFFLE_IS_PERMUTATION: bool = {
    let mut seen = 0u32;
    let mut i = 0;
    while i < 16 {
        seen |= 1 << SHUFFLED[i];
        i += 1;
    }
    seen == 0xFFFF
};
pub const SPLITMIX_0: u64 = splitmix(0);
pub const DICE: [u8; 6] = {
    let mut d = [0u8; 6];
    let mut x = 7u32;
    let mut i = 0;
    while i < 6 {
        x = lcg(x);
        d[i] = ((x >> 16) % 6 + 1) as u8;
        i += 1;
    }
    d
};
pub const UNIT_FLOAT: f64 = (splitmix(1) >> 11) as f64 / (1u64 << 53) as f64;
