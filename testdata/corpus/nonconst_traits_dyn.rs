// Traits with default methods, trait objects, operator overloading, Display.
use std::fmt;
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money {
    pub cents: i64,
}

impl Money {
    pub const ZERO: Money = Money { cents: 0 };
    pub const DOLLAR: Money = Money { cents: 100 };
    pub const fn from_dollars(d: i64) -> Money {
        Money { cents: d * 100 }
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

pub trait Account {
    fn balance(&self) -> Money;
    fn name(&self) -> &str {
        "account"
    }
    fn report(&self) -> String {
        format!("{}: {}", self.name(), self.balance())
    }
}

pub struct Checking(pub Money);
pub struct Savings {
    pub base: Money,
    pub interest_pct: i64,
}

impl Account for Checking {
    fn balance(&self) -> Money {
        self.0
    }
}

impl Account for Savings {
    fn balance(&self) -> Money {
        Money { cents: self.base.cents + self.base.cents * self.interest_pct / 100 }
    }
    fn name(&self) -> &str {
        "savings"
    }
}

pub fn total(accounts: &[Box<dyn Account>]) -> Money {
    accounts.iter().map(|a| a.balance()).fold(Money::ZERO, |a, b| a + b)
}

pub fn reports() -> Vec<String> {
    let accts: Vec<Box<dyn Account>> = vec![Box::new(Checking(TEN)), Box::new(Savings { base: Money::DOLLAR, interest_pct: 5 })];
    accts.iter().map(|a| a.report()).collect()
}

pub const TEN: Money = Money::from_dollars(10);
pub const PRICES: [Money; 3] = [Money::ZERO, Money::DOLLAR, Money::from_dollars(-3)];
