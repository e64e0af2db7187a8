// C-like enums with explicit and implicit discriminants, `repr` types,
// negative values, `as` casts and conversions back via `match`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Opcode {
    Nop = 0x00,
    Load = 0x10,
    Store,
    Add = 0x20,
    Sub,
    Mul,
    Jump = 0xF0,
    Halt = 0xFF,
}

#[derive(Debug, Clone, Copy)]
#[repr(i16)]
pub enum Level {
    Trace = -2,
    Debug,
    Info,
    Warn = 10,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Opcode {
    pub const fn from_byte(b: u8) -> Option<Opcode> {
        Some(match b {
            0x00 => Opcode::Nop,
            0x10 => Opcode::Load,
            0x11 => Opcode::Store,
            0x20 => Opcode::Add,
            0x21 => Opcode::Sub,
            0x22 => Opcode::Mul,
            0xF0 => Opcode::Jump,
            0xFF => Opcode::Halt,
            _ => return None,
        })
    }

    pub const fn operands(self) -> u8 {
        match self {
            Opcode::Nop | Opcode::Halt => 0,
            Opcode::Load | Opcode::Store | Opcode::Jump => 1,
            _ => 2,
        }
    }

    pub const fn is_arith(self) -> bool {
        let b = self as u8;
        b >= Opcode::Add as u8 && b <= Opcode::Mul as u8
    }
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub const fn next(self) -> Weekday {
        Self::ALL[(self as usize + 1) % 7]
    }

    pub const fn is_weekend(self) -> bool {
        matches!(self, Weekday::Sat | Weekday::Sun)
    }
}

pub const STORE: u8 = Opcode::Store as u8;
pub const MUL_AS_I32: i32 = Opcode::Mul as i32;
pub const HALT_AS_I8: i8 = Opcode::Halt as i8;
pub const LEVELS: [i16; 5] = [
    Level::Trace as i16,
    Level::Debug as i16,
    Level::Info as i16,
    Level::Warn as i16,
    Level::Error as i16,
];
pub const DEBUG_AS_U16: u16 = Level::Debug as u16;
pub const DEBUG_AS_I64: i64 = Level::Debug as i64;
pub const DECODED: [Option<Opcode>; 4] = [
    Opcode::from_byte(0x21),
    Opcode::from_byte(0xF0),
    Opcode::from_byte(0x12),
    Opcode::from_byte(0xFF),
];
pub const ARITY: [u8; 3] = [Opcode::Nop.operands(), Opcode::Store.operands(), Opcode::Sub.operands()];
pub const ARITH: (bool, bool) = (Opcode::Sub.is_arith(), Opcode::Jump.is_arith());
pub const AFTER_SUN: Weekday = Weekday::Sun.next();
pub const FRI_INDEX: usize = Weekday::Fri as usize;
pub const WEEKEND: [bool; 3] = [Weekday::Fri.is_weekend(), Weekday::Sat.is_weekend(), Weekday::Sat.next().is_weekend()];
pub const SAME: bool = Opcode::Add as u8 == 32;
