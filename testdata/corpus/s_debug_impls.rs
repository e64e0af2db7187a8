// Values whose `{:?}` is not the derived form: Debug written by hand
// (write!, debug_struct builders), next to types with a hand-written
// Display and a derived Debug, and a derived Debug of more than five
// fields.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Cents(pub i64);

impl fmt::Debug for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02} EUR", self.0 / 100, self.0 % 100)
    }
}

#[derive(Clone, Copy)]
pub struct Secret {
    pub user: u32,
    pub key: u64,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Secret").field("user", &self.user).finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Low,
    High(u8),
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Level::Low => write!(f, "low"),
            Level::High(n) => write!(f, "high/{}", n),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Wide {
    pub a: u8,
    pub b: u8,
    pub c: u8,
    pub d: u8,
    pub e: u8,
    pub f: u8,
    pub g: u8,
}

#[derive(Debug, Clone, Copy)]
pub struct Account {
    pub id: u32,
    pub balance: Cents,
}

pub const fn cents(euros: i64, cents: i64) -> Cents {
    Cents(euros * 100 + cents)
}

pub const PRICE: Cents = cents(12, 5);
pub const PRICES: [Cents; 2] = [cents(0, 99), cents(1, 0)];
pub const SECRET: Secret = Secret { user: 7, key: 0xDEAD_BEEF };
pub const LEVELS: [Level; 2] = [Level::Low, Level::High(3)];
pub const WIDE: Wide = Wide { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 };
pub const ACCOUNT: Account = Account { id: 1, balance: cents(5, 50) };
pub const RAW: i64 = PRICE.0 + SECRET.user as i64;
