// impl blocks on enums: associated consts, const fn methods, niche-filled options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Card {
    pub rank: u8,
    pub suit: Suit,
}

impl Suit {
    pub const ALL: [Suit; 4] = [Suit::Clubs, Suit::Diamonds, Suit::Hearts, Suit::Spades];
    pub const COUNT: usize = Self::ALL.len();

    pub const fn is_red(self) -> bool {
        matches!(self, Suit::Diamonds | Suit::Hearts)
    }
    pub const fn symbol(self) -> char {
        match self {
            Suit::Clubs => '♣',
            Suit::Diamonds => '♦',
            Suit::Hearts => '♥',
            Suit::Spades => '♠',
        }
    }
    pub const fn from_index(i: usize) -> Option<Suit> {
        if i < Self::COUNT { Some(Self::ALL[i]) } else { None }
    }
}

impl Card {
    pub const ACE_OF_SPADES: Card = Card { rank: 1, suit: Suit::Spades };
    pub const fn value(&self) -> u8 {
        match self.rank {
            1 => 11,
            11..=13 => 10,
            r => r,
        }
    }
}

pub const RED: [bool; 4] = [Suit::Clubs.is_red(), Suit::Diamonds.is_red(), Suit::Hearts.is_red(), Suit::Spades.is_red()];
pub const SYMBOLS: [char; 4] = [Suit::Clubs.symbol(), Suit::Diamonds.symbol(), Suit::Hearts.symbol(), Suit::Spades.symbol()];
pub const FROM_INDEX: [Option<Suit>; 2] = [Suit::from_index(2), Suit::from_index(4)];
pub const HAND: [Card; 3] = [Card::ACE_OF_SPADES, Card { rank: 12, suit: Suit::Hearts }, Card { rank: 7, suit: Suit::Clubs }];

const fn hand_value(h: &[Card]) -> u32 {
    let mut v = 0;
    let mut i = 0;
    while i < h.len() {
        v += h[i].value() as u32;
        i += 1;
    }
    v
}

pub const HAND_VALUE: u32 = hand_value(&HAND);
pub const OPT_CARD: Option<Card> = Some(Card::ACE_OF_SPADES);
pub const OPT_SUIT_SIZE: usize = std::mem::size_of::<Option<Suit>>();
pub const OPT_CARD_SIZE: usize = std::mem::size_of::<Option<Card>>();

pub fn deck() -> Vec<Card> {
    Suit::ALL.iter().flat_map(|&suit| (1..=13).map(move |rank| Card { rank, suit })).collect()
}
