//! Money as integer minor units with currencies described by a trait's
//! associated constants, a ledger with error handling, and limits.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Add, AddAssign, Neg, Sub};

pub trait Currency: Copy + fmt::Debug {
    const CODE: &'static str;
    const DECIMALS: u32;
    const SYMBOL: char;

    fn scale() -> i64 {
        10i64.pow(Self::DECIMALS)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Usd;
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Jpy;
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Kwd;

impl Currency for Usd {
    const CODE: &'static str = "USD";
    const DECIMALS: u32 = 2;
    const SYMBOL: char = '$';
}

impl Currency for Jpy {
    const CODE: &'static str = "JPY";
    const DECIMALS: u32 = 0;
    const SYMBOL: char = '¥';
}

impl Currency for Kwd {
    const CODE: &'static str = "KWD";
    const DECIMALS: u32 = 3;
    const SYMBOL: char = 'د';
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money<C: Currency> {
    minor: i64,
    _c: PhantomData<C>,
}

impl<C: Currency> Money<C> {
    pub const ZERO: Self = Money { minor: 0, _c: PhantomData };

    pub const fn from_minor(minor: i64) -> Self {
        Money { minor, _c: PhantomData }
    }

    pub fn from_major(major: i64) -> Self {
        Self::from_minor(major * C::scale())
    }

    pub const fn minor(&self) -> i64 {
        self.minor
    }

    pub fn checked_add(self, o: Self) -> Option<Self> {
        self.minor.checked_add(o.minor).map(Self::from_minor)
    }

    pub fn split(self, parts: u32) -> Vec<Self> {
        let n = parts as i64;
        let (q, r) = (self.minor / n, self.minor % n);
        (0..n).map(|i| Self::from_minor(q + if i < r { 1 } else { 0 })).collect()
    }
}

impl<C: Currency> Add for Money<C> {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Self::from_minor(self.minor + o.minor)
    }
}

impl<C: Currency> AddAssign for Money<C> {
    fn add_assign(&mut self, o: Self) {
        self.minor += o.minor;
    }
}

impl<C: Currency> Sub for Money<C> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Self::from_minor(self.minor - o.minor)
    }
}

impl<C: Currency> Neg for Money<C> {
    type Output = Self;
    fn neg(self) -> Self {
        Self::from_minor(-self.minor)
    }
}

impl<C: Currency> fmt::Display for Money<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = C::scale();
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if C::DECIMALS == 0 {
            write!(f, "{}{}{}", sign, C::SYMBOL, abs)
        } else {
            write!(f, "{}{}{}.{:0w$}", sign, C::SYMBOL, abs / s as u64, abs % s as u64, w = C::DECIMALS as usize)
        }
    }
}

impl<C: Currency> fmt::Debug for Money<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.minor, C::CODE)
    }
}

pub const DAILY_LIMIT: Money<Usd> = Money::from_minor(10_000_00);
pub const FEE: Money<Usd> = Money::from_minor(35);
pub const USD_DECIMALS: u32 = <Usd as Currency>::DECIMALS;
pub const CODES: [&str; 3] = [Usd::CODE, Jpy::CODE, Kwd::CODE];
pub const YEN_ZERO: Money<Jpy> = Money::ZERO;
pub const LIMIT_MINOR: i64 = DAILY_LIMIT.minor();

#[derive(Debug, PartialEq, Eq)]
pub enum LedgerError {
    UnknownAccount(String),
    Insufficient { needed: i64, available: i64 },
    OverLimit,
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::UnknownAccount(a) => write!(f, "unknown account {}", a),
            LedgerError::Insufficient { needed, available } => write!(f, "needs {} but has {}", needed, available),
            LedgerError::OverLimit => write!(f, "over the daily limit of {}", DAILY_LIMIT),
        }
    }
}

#[derive(Default)]
pub struct Ledger {
    balances: BTreeMap<String, Money<Usd>>,
    sent_today: BTreeMap<String, Money<Usd>>,
}

impl Ledger {
    pub fn open(&mut self, name: &str, initial: Money<Usd>) {
        self.balances.insert(name.to_string(), initial);
    }

    fn balance_mut(&mut self, name: &str) -> Result<&mut Money<Usd>, LedgerError> {
        self.balances.get_mut(name).ok_or_else(|| LedgerError::UnknownAccount(name.to_string()))
    }

    pub fn transfer(&mut self, from: &str, to: &str, amount: Money<Usd>) -> Result<Money<Usd>, LedgerError> {
        let total = amount + FEE;
        let sent = self.sent_today.get(from).copied().unwrap_or(Money::ZERO);
        if sent + amount > DAILY_LIMIT {
            return Err(LedgerError::OverLimit);
        }
        self.balance_mut(to)?;
        let src = self.balance_mut(from)?;
        if *src < total {
            return Err(LedgerError::Insufficient { needed: total.minor(), available: src.minor() });
        }
        *src = *src - total;
        let left = *src;
        *self.balance_mut(to)? += amount;
        *self.sent_today.entry(from.to_string()).or_insert(Money::ZERO) += amount;
        Ok(left)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_transfers() {
        assert_eq!(Money::<Usd>::from_minor(-1234).to_string(), "-$12.34");
        assert_eq!(Money::<Jpy>::from_major(500).to_string(), "¥500");
        let mut l = Ledger::default();
        l.open("a", Money::from_major(100));
        l.open("b", Money::ZERO);
        assert_eq!(l.transfer("a", "b", Money::from_major(10)).unwrap().minor(), 8965);
        assert!(matches!(l.transfer("a", "c", FEE), Err(LedgerError::UnknownAccount(_))));
        assert_eq!(Money::<Usd>::from_minor(10).split(3).iter().map(|m| m.minor()).collect::<Vec<_>>(), [4, 3, 3]);
    }
}
