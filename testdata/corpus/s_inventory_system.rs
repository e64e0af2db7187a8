// An inventory for a game, all evaluated at compile time: item kinds as
// a C-like enum with discriminant prices, stacks as structs in modules,
// a recipe interpreter over a byte script, and summary queries.

pub mod items {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[repr(u16)]
    pub enum Kind {
        Wood = 2,
        Stone = 3,
        Iron = 15,
        Gold = 80,
        Plank = 5,
        Sword = 120,
    }

    impl Kind {
        pub const ALL: [Kind; 6] = [Kind::Wood, Kind::Stone, Kind::Iron, Kind::Gold, Kind::Plank, Kind::Sword];

        pub const fn price(self) -> u32 {
            self as u16 as u32
        }

        pub const fn max_stack(self) -> u8 {
            match self {
                Kind::Sword => 1,
                Kind::Gold | Kind::Iron => 16,
                _ => 64,
            }
        }

        pub const fn from_code(c: u8) -> Option<Kind> {
            match c {
                b'w' => Some(Kind::Wood),
                b's' => Some(Kind::Stone),
                b'i' => Some(Kind::Iron),
                b'g' => Some(Kind::Gold),
                b'p' => Some(Kind::Plank),
                b'S' => Some(Kind::Sword),
                _ => None,
            }
        }
    }
}

pub mod bag {
    use super::items::Kind;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Stack {
        pub kind: Kind,
        pub count: u8,
    }

    pub const SLOTS: usize = 6;

    #[derive(Debug, Clone, Copy)]
    pub struct Bag {
        pub slots: [Option<Stack>; SLOTS],
    }

    impl Bag {
        pub const EMPTY: Bag = Bag { slots: [None; SLOTS] };

        // Adds `n` items, filling existing stacks first; returns what did not fit.
        pub const fn add(&mut self, kind: Kind, mut n: u32) -> u32 {
            let max = kind.max_stack() as u32;
            let mut i = 0;
            while i < SLOTS && n > 0 {
                if let Some(Stack { kind: k, count }) = self.slots[i] {
                    if k as u16 == kind as u16 && (count as u32) < max {
                        let room = max - count as u32;
                        let put = if n < room { n } else { room };
                        self.slots[i] = Some(Stack { kind, count: count + put as u8 });
                        n -= put;
                    }
                }
                i += 1;
            }
            i = 0;
            while i < SLOTS && n > 0 {
                if self.slots[i].is_none() {
                    let put = if n < max { n } else { max };
                    self.slots[i] = Some(Stack { kind, count: put as u8 });
                    n -= put;
                }
                i += 1;
            }
            n
        }

        pub const fn count(&self, kind: Kind) -> u32 {
            let mut total = 0;
            let mut i = 0;
            while i < SLOTS {
                match self.slots[i] {
                    Some(s) if s.kind as u16 == kind as u16 => total += s.count as u32,
                    _ => {}
                }
                i += 1;
            }
            total
        }

        pub const fn remove(&mut self, kind: Kind, mut n: u32) -> bool {
            if self.count(kind) < n {
                return false;
            }
            let mut i = SLOTS;
            while i > 0 && n > 0 {
                i -= 1;
                if let Some(s) = self.slots[i] {
                    if s.kind as u16 != kind as u16 {
                        continue;
                    }
                    if (s.count as u32) <= n {
                        n -= s.count as u32;
                        self.slots[i] = None;
                    } else {
                        self.slots[i] = Some(Stack { kind, count: s.count - n as u8 });
                        n = 0;
                    }
                }
            }
            true
        }

        pub const fn value(&self) -> u32 {
            let mut v = 0;
            let mut i = 0;
            while i < SLOTS {
                if let Some(Stack { kind, count }) = self.slots[i] {
                    v += kind.price() * count as u32;
                }
                i += 1;
            }
            v
        }
    }
}

use bag::Bag;
use items::Kind;

// Script: "+<n><code>" gathers n (one digit) items; "c" crafts 4 planks
// from 1 wood; "f" forges a sword from 2 iron and 3 planks.
pub const fn play(script: &[u8]) -> (Bag, u32, u8) {
    let mut bag = Bag::EMPTY;
    let mut lost = 0;
    let mut failed = 0u8;
    let mut i = 0;
    while i < script.len() {
        match script[i] {
            b'+' => {
                let n = (script[i + 1] - b'0') as u32;
                if let Some(kind) = Kind::from_code(script[i + 2]) {
                    lost += bag.add(kind, n * 10);
                }
                i += 3;
                continue;
            }
            b'c' => {
                if bag.remove(Kind::Wood, 1) {
                    lost += bag.add(Kind::Plank, 4);
                } else {
                    failed += 1;
                }
            }
            b'f' => {
                if bag.count(Kind::Iron) >= 2 && bag.count(Kind::Plank) >= 3 {
                    bag.remove(Kind::Iron, 2);
                    bag.remove(Kind::Plank, 3);
                    lost += bag.add(Kind::Sword, 1);
                } else {
                    failed += 1;
                }
            }
            _ => failed += 1,
        }
        i += 1;
    }
    (bag, lost, failed)
}

pub const PRICES: [u32; 6] = {
    let mut p = [0; 6];
    let mut i = 0;
    while i < 6 {
        p[i] = Kind::ALL[i].price();
        i += 1;
    }
    p
};
pub const GAME: (Bag, u32, u8) = play(b"+3w+2icccff+9s+9g?");
pub const GAME_VALUE: u32 = GAME.0.value();
pub const SWORDS: u32 = GAME.0.count(Kind::Sword);
pub const PLANKS: u32 = GAME.0.count(Kind::Plank);
pub const OVERFLOW: (Bag, u32, u8) = play(b"+9w+9w+9w+9w+9w");
pub const NOTHING: (Bag, u32, u8) = play(b"cf");
