// Items declared inside function bodies and const initializers: local
// consts, statics, const fns, structs and enums, shadowing outer names,
// used by a unit-conversion table.

pub const SCALE: u32 = 1000;

pub const fn to_milli(x: u32) -> u32 {
    const SCALE: u32 = 1_000_000; // shadows the module's SCALE inside this body
    x * SCALE / 1000
}

pub const fn table() -> [(u8, u32); 3] {
    #[derive(Clone, Copy)]
    enum Unit {
        Byte,
        Kilo,
        Mega,
    }

    const fn factor(u: Unit) -> u32 {
        const K: u32 = 1024;
        match u {
            Unit::Byte => 1,
            Unit::Kilo => K,
            Unit::Mega => K * K,
        }
    }

    const UNITS: [Unit; 3] = [Unit::Byte, Unit::Kilo, Unit::Mega];
    let mut out = [(0u8, 0u32); 3];
    let mut i = 0;
    while i < UNITS.len() {
        out[i] = (UNITS[i] as u8, factor(UNITS[i]));
        i += 1;
    }
    out
}

pub const fn point_sum() -> i32 {
    struct P {
        x: i32,
        y: i32,
    }
    impl P {
        const ORIGIN: P = P { x: 0, y: 0 };
        const fn shifted(&self, d: i32) -> P {
            P { x: self.x + d, y: self.y - d }
        }
    }
    let p = P::ORIGIN.shifted(7).shifted(2);
    p.x * 10 + p.y
}

pub const fn local_static_len() -> usize {
    static NAMES: [&str; 3] = ["a", "bb", "ccc"];
    let mut n = 0;
    let mut i = 0;
    while i < NAMES.len() {
        n += NAMES[i].len();
        i += 1;
    }
    n
}

pub const MILLI: u32 = to_milli(3);
pub const TABLE: [(u8, u32); 3] = table();
pub const POINT: i32 = point_sum();
pub const NAME_BYTES: usize = local_static_len();
pub const BLOCK_LOCAL: u64 = {
    const BASE: u64 = 7;
    const fn cube(x: u64) -> u64 {
        x * x * x
    }
    cube(BASE) + SCALE as u64
};
pub const OUTER_SCALE: u32 = SCALE;
