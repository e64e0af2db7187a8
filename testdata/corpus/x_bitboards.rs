// Chess bitboards: knight and king attack tables built at compile time.
pub const FILE_A: u64 = 0x0101_0101_0101_0101;
pub const FILE_H: u64 = FILE_A << 7;
pub const RANK_1: u64 = 0xFF;
pub const RANK_8: u64 = RANK_1 << 56;
pub const NOT_A: u64 = !FILE_A;
pub const NOT_AB: u64 = !(FILE_A | FILE_A << 1);
pub const NOT_H: u64 = !FILE_H;
pub const NOT_GH: u64 = !(FILE_H | FILE_H >> 1);

pub const fn knight_attacks(sq: u32) -> u64 {
    let b = 1u64 << sq;
    ((b << 17) & NOT_A)
        | ((b << 15) & NOT_H)
        | ((b << 10) & NOT_AB)
        | ((b << 6) & NOT_GH)
        | ((b >> 17) & NOT_H)
        | ((b >> 15) & NOT_A)
        | ((b >> 10) & NOT_GH)
        | ((b >> 6) & NOT_AB)
}

pub const fn king_attacks(sq: u32) -> u64 {
    let b = 1u64 << sq;
    let row = b | ((b << 1) & NOT_A) | ((b >> 1) & NOT_H);
    (row | row << 8 | row >> 8) & !b
}

pub const KNIGHT: [u64; 64] = {
    let mut t = [0u64; 64];
    let mut sq = 0;
    while sq < 64 {
        t[sq] = knight_attacks(sq as u32);
        sq += 1;
    }
    t
};

pub const KING: [u64; 64] = {
    let mut t = [0u64; 64];
    let mut sq = 0;
    while sq < 64 {
        t[sq] = king_attacks(sq as u32);
        sq += 1;
    }
    t
};

pub const fn square(name: &str) -> u32 {
    let b = name.as_bytes();
    (b[1] - b'1') as u32 * 8 + (b[0] - b'a') as u32
}

pub const fn mobility(table: &[u64; 64]) -> u32 {
    let mut n = 0;
    let mut i = 0;
    while i < 64 {
        n += table[i].count_ones();
        i += 1;
    }
    n
}

pub const fn lsb_squares(mut bb: u64) -> [u8; 8] {
    let mut out = [255u8; 8];
    let mut i = 0;
    while bb != 0 && i < 8 {
        out[i] = bb.trailing_zeros() as u8;
        bb &= bb - 1;
        i += 1;
    }
    out
}

pub const KNIGHT_A1: u64 = KNIGHT[0];
pub const KNIGHT_E4: u64 = KNIGHT[square("e4") as usize];
pub const KNIGHT_E4_COUNT: u32 = KNIGHT_E4.count_ones();
pub const KNIGHT_H8_SQUARES: [u8; 8] = lsb_squares(KNIGHT[63]);
pub const KING_CORNER: u64 = KING[square("h1") as usize];
pub const TOTAL_KNIGHT_MOVES: u32 = mobility(&KNIGHT);
pub const TOTAL_KING_MOVES: u32 = mobility(&KING);
pub const E4: u32 = square("e4");
pub const EDGES: u64 = FILE_A | FILE_H | RANK_1 | RANK_8;
pub const EDGE_COUNT: u32 = EDGES.count_ones();
pub const CENTER: u64 = !EDGES & KING[square("d4") as usize] & KING[square("e5") as usize];
