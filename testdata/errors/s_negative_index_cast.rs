//@ mir-from: 4101 => 41
// A table lookup whose offset goes negative: the i32 wraps to a huge
// usize index in the `as` cast.
const TABLE: [u8; 8] = [1, 2, 4, 8, 16, 32, 64, 128];

const fn lookup(level: i32) -> u8 {
    let offset = level - 5;
    TABLE[offset as usize]
}

pub const ENTRY: u8 = lookup(10 - 4101 / 683);
