// A hand-written bitflags type with associated consts and const fn operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Perms(u8);

impl Perms {
    pub const NONE: Perms = Perms(0);
    pub const READ: Perms = Perms(1 << 2);
    pub const WRITE: Perms = Perms(1 << 1);
    pub const EXEC: Perms = Perms(1 << 0);
    pub const ALL: Perms = Perms::READ.union(Perms::WRITE).union(Perms::EXEC);

    pub const fn bits(self) -> u8 {
        self.0
    }
    pub const fn union(self, o: Perms) -> Perms {
        Perms(self.0 | o.0)
    }
    pub const fn intersection(self, o: Perms) -> Perms {
        Perms(self.0 & o.0)
    }
    pub const fn contains(self, o: Perms) -> bool {
        self.0 & o.0 == o.0
    }
    pub const fn complement(self) -> Perms {
        Perms(!self.0 & Perms::ALL.0)
    }
    pub const fn from_octal_digit(d: u8) -> Option<Perms> {
        if d > 7 { None } else { Some(Perms(d)) }
    }
}

pub const RW: Perms = Perms::READ.union(Perms::WRITE);
pub const RW_BITS: u8 = RW.bits();
pub const HAS_WRITE: bool = RW.contains(Perms::WRITE);
pub const HAS_EXEC: bool = RW.contains(Perms::EXEC);
pub const NOT_RW: Perms = RW.complement();
pub const COMMON: Perms = Perms::ALL.intersection(Perms(0b110));
pub const FROM_OCTAL: [Option<Perms>; 3] = [Perms::from_octal_digit(5), Perms::from_octal_digit(7), Perms::from_octal_digit(8)];

const fn mode(u: u8, g: u8, o: u8) -> u16 {
    ((u as u16) << 6) | ((g as u16) << 3) | o as u16
}

pub const MODE_755: u16 = mode(7, 5, 5);
pub const MODE_644: u16 = mode(Perms::READ.union(Perms::WRITE).bits(), Perms::READ.bits(), Perms::READ.bits());
pub static DEFAULT_PERMS: Perms = Perms::READ;

impl std::fmt::Display for Perms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = |p: Perms, ch: char| if self.contains(p) { ch } else { '-' };
        write!(f, "{}{}{}", c(Perms::READ, 'r'), c(Perms::WRITE, 'w'), c(Perms::EXEC, 'x'))
    }
}
