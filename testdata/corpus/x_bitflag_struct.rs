// A hand-written bitflags-style struct with const fn constructors and set operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Perms {
    bits: u16,
}

impl Perms {
    pub const NONE: Perms = Perms { bits: 0 };
    pub const READ: Perms = Perms { bits: 0o4 };
    pub const WRITE: Perms = Perms { bits: 0o2 };
    pub const EXEC: Perms = Perms { bits: 0o1 };
    pub const RW: Perms = Self::READ.union(Self::WRITE);
    pub const ALL: Perms = Self::RW.union(Self::EXEC);

    pub const fn from_bits(bits: u16) -> Option<Perms> {
        if bits & !Self::ALL.bits == 0 {
            Some(Perms { bits })
        } else {
            None
        }
    }
    pub const fn from_bits_truncate(bits: u16) -> Perms {
        Perms { bits: bits & Self::ALL.bits }
    }
    pub const fn bits(self) -> u16 {
        self.bits
    }
    pub const fn union(self, other: Perms) -> Perms {
        Perms { bits: self.bits | other.bits }
    }
    pub const fn intersection(self, other: Perms) -> Perms {
        Perms { bits: self.bits & other.bits }
    }
    pub const fn difference(self, other: Perms) -> Perms {
        Perms { bits: self.bits & !other.bits }
    }
    pub const fn complement(self) -> Perms {
        Self::from_bits_truncate(!self.bits)
    }
    pub const fn contains(self, other: Perms) -> bool {
        self.bits & other.bits == other.bits
    }
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mode {
    pub user: Perms,
    pub group: Perms,
    pub other: Perms,
}

impl Mode {
    pub const fn from_octal(m: u16) -> Mode {
        Mode {
            user: Perms::from_bits_truncate(m >> 6),
            group: Perms::from_bits_truncate(m >> 3),
            other: Perms::from_bits_truncate(m),
        }
    }
    pub const fn to_octal(self) -> u16 {
        (self.user.bits() << 6) | (self.group.bits() << 3) | self.other.bits()
    }
}

pub const RWX: Perms = Perms::ALL;
pub const RX: Perms = Perms::READ.union(Perms::EXEC);
pub const ONLY_W: Perms = Perms::ALL.difference(RX);
pub const COMPLEMENT_R: Perms = Perms::READ.complement();
pub const HAS_RW: bool = RWX.contains(Perms::RW);
pub const RX_HAS_W: bool = RX.contains(Perms::WRITE);
pub const VALID: Option<Perms> = Perms::from_bits(5);
pub const INVALID: Option<Perms> = Perms::from_bits(9);
pub const EMPTY: bool = Perms::RW.intersection(Perms::EXEC).is_empty();
pub const MODE_755: Mode = Mode::from_octal(0o755);
pub const MODE_640_ROUNDTRIP: u16 = Mode::from_octal(0o640).to_octal();
pub const UMASKED: u16 = Mode::from_octal(0o777 & !0o022).to_octal();
pub const MODES: [Mode; 3] = [Mode::from_octal(0o600), Mode::from_octal(0o644), Mode::from_octal(0o700)];
