// Date arithmetic: days from civil date, weekday, ISO week, leap-year tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

pub const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub const fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil.
pub const fn days_from_civil(d: Date) -> i64 {
    let y = if d.month <= 2 { d.year as i64 - 1 } else { d.year as i64 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = d.month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d.day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub const fn civil_from_days(z: i64) -> Date {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
    Date { year, month, day }
}

pub const fn weekday(d: Date) -> Weekday {
    match (days_from_civil(d) + 3).rem_euclid(7) {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

pub const EPOCH: Date = Date { year: 1970, month: 1, day: 1 };
pub const Y2K: Date = Date { year: 2000, month: 2, day: 29 };
pub const ANCIENT: Date = Date { year: -44, month: 3, day: 15 };
pub const EPOCH_DAYS: i64 = days_from_civil(EPOCH);
pub const Y2K_DAYS: i64 = days_from_civil(Y2K);
pub const ANCIENT_DAYS: i64 = days_from_civil(ANCIENT);
pub const ROUNDTRIP: Date = civil_from_days(ANCIENT_DAYS);
pub const DAY_20000: Date = civil_from_days(20000);
pub const WEEKDAYS: [Weekday; 3] = [weekday(EPOCH), weekday(Y2K), weekday(ANCIENT)];
pub const WEEKDAY_NUM: u8 = weekday(Date { year: 2024, month: 12, day: 25 }) as u8;
pub const LEAP_YEARS_1900_2100: u32 = {
    let mut n = 0;
    let mut y = 1900;
    while y <= 2100 {
        if is_leap(y) {
            n += 1;
        }
        y += 1;
    }
    n
};
pub const MONTH_LENGTHS_2024: [u8; 12] = {
    let mut t = [0; 12];
    let mut m = 0;
    while m < 12 {
        t[m] = days_in_month(2024, m as u8 + 1);
        m += 1;
    }
    t
};
pub const SECONDS_2038: i64 = days_from_civil(Date { year: 2038, month: 1, day: 19 }) * 86400 + 3 * 3600 + 14 * 60 + 7;
pub const FITS_I32: bool = SECONDS_2038 == i32::MAX as i64;
