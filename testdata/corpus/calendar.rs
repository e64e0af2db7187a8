// Date arithmetic in const fns: leap years, day of week, day of year.
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

#[derive(Debug, Clone, Copy)]
pub struct Date {
    pub y: i32,
    pub m: u8,
    pub d: u8,
}

pub const DAYS_IN_MONTH: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

const fn days_in(y: i32, m: u8) -> u8 {
    if m == 2 && is_leap(y) { 29 } else { DAYS_IN_MONTH[(m - 1) as usize] }
}

const fn day_of_year(d: Date) -> u16 {
    let mut n = d.d as u16;
    let mut m = 1;
    while m < d.m {
        n += days_in(d.y, m) as u16;
        m += 1;
    }
    n
}

const fn weekday(d: Date) -> Weekday {
    // Sakamoto's method
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if d.m < 3 { d.y - 1 } else { d.y };
    let w = (y + y / 4 - y / 100 + y / 400 + t[(d.m - 1) as usize] + d.d as i32) % 7;
    match w {
        0 => Weekday::Sun,
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        _ => Weekday::Sat,
    }
}

pub const LEAPS: [bool; 4] = [is_leap(1900), is_leap(2000), is_leap(2024), is_leap(2023)];
pub const EPOCH: Date = Date { y: 1970, m: 1, d: 1 };
pub const EPOCH_DAY: Weekday = weekday(EPOCH);
pub const MOON: Weekday = weekday(Date { y: 1969, m: 7, d: 20 });
pub const DOY: [u16; 3] = [day_of_year(EPOCH), day_of_year(Date { y: 2024, m: 12, d: 31 }), day_of_year(Date { y: 2023, m: 3, d: 1 })];
pub const FEB: (u8, u8) = (days_in(2024, 2), days_in(2100, 2));
