//@ mir-from: 4101 => 41
// A pricing method with a variant left as todo!().
#[derive(Clone, Copy)]
pub enum Plan {
    Free,
    Pro { seats: u32 },
    Enterprise,
}

impl Plan {
    pub const fn monthly(self) -> u32 {
        match self {
            Plan::Free => 0,
            Plan::Pro { seats } => seats * 12,
            Plan::Enterprise => todo!(),
        }
    }

    pub const fn for_seats(n: u32) -> Plan {
        if n == 0 {
            Plan::Free
        } else if n < 1000 {
            Plan::Pro { seats: n }
        } else {
            Plan::Enterprise
        }
    }
}

pub const PRICE: u32 = Plan::for_seats(4101).monthly();
