// Civil-calendar arithmetic for log timestamps: leap years, days in a
// month, days since the Unix epoch and back, weekdays, ISO ordinal day,
// and a timestamp split into fields.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Debug, Clone, Copy)]
pub struct DateTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

pub const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub const fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days_from_civil.
pub const fn days_from_civil(d: Date) -> i64 {
    let y = if d.month <= 2 { d.year - 1 } else { d.year } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = d.month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d.day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub const fn civil_from_days(z: i64) -> Date {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    Date { year: (if m <= 2 { y + 1 } else { y }) as i32, month: m as u8, day: d as u8 }
}

pub const fn weekday(d: Date) -> Weekday {
    const ORDER: [Weekday; 7] = [
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
    ];
    let n = days_from_civil(d).rem_euclid(7);
    ORDER[n as usize]
}

pub const fn ordinal(d: Date) -> u16 {
    let mut total = d.day as u16;
    let mut m = 1;
    while m < d.month {
        total += days_in_month(d.year, m) as u16;
        m += 1;
    }
    total
}

pub const fn from_unix(ts: i64) -> DateTime {
    let days = ts.div_euclid(86_400);
    let secs = ts.rem_euclid(86_400);
    DateTime {
        date: civil_from_days(days),
        hour: (secs / 3600) as u8,
        minute: (secs % 3600 / 60) as u8,
        second: (secs % 60) as u8,
    }
}

pub const fn add_days(d: Date, n: i64) -> Date {
    civil_from_days(days_from_civil(d) + n)
}

pub const EPOCH: Date = civil_from_days(0);
pub const Y2K: i64 = days_from_civil(Date { year: 2000, month: 1, day: 1 });
pub const LEAPS: [bool; 5] = [is_leap(1900), is_leap(2000), is_leap(2024), is_leap(2023), is_leap(-4)];
pub const FEBS: [u8; 3] = [days_in_month(2023, 2), days_in_month(2024, 2), days_in_month(2100, 2)];
pub const MOON: Weekday = weekday(Date { year: 1969, month: 7, day: 20 });
pub const TODAY_ISH: Weekday = weekday(Date { year: 2026, month: 11, day: 21 });
pub const ORDINALS: [u16; 3] = [
    ordinal(Date { year: 2024, month: 12, day: 31 }),
    ordinal(Date { year: 2023, month: 12, day: 31 }),
    ordinal(Date { year: 2024, month: 3, day: 1 }),
];
pub const STAMP: DateTime = from_unix(1_700_000_000);
pub const BEFORE_EPOCH: DateTime = from_unix(-1);
pub const NEXT_LEAP_DAY: Date = add_days(Date { year: 2028, month: 2, day: 28 }, 1);
pub const ROUND_TRIP: bool = {
    let d = Date { year: 1601, month: 1, day: 1 };
    let back = civil_from_days(days_from_civil(d));
    back.year == d.year && back.month == d.month && back.day == d.day
};
pub const BC: Date = civil_from_days(-800_000);
