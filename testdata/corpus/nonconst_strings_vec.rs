// String and Vec manipulation at run time, with const inputs.
pub const SEPARATOR: char = ',';
pub const CSV: &str = "name,age,city\nann,31,oslo\nbob,27,rome";
pub const COLUMNS: usize = 3;
pub const HEADER_LEN: usize = 13;

pub fn parse_rows() -> Vec<Vec<String>> {
    CSV.lines().skip(1).map(|l| l.split(SEPARATOR).map(String::from).collect()).collect()
}

pub fn ages() -> Vec<u32> {
    parse_rows().iter().filter_map(|r| r.get(1)?.parse().ok()).collect()
}

pub fn shout(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    for c in s.chars() {
        out.push(c.to_ascii_uppercase());
    }
    out.push('!');
    out
}

pub fn dedup_sorted(mut v: Vec<i32>) -> Vec<i32> {
    v.sort_unstable();
    v.dedup();
    v.retain(|x| *x != 0);
    v
}

pub fn join_numbers(v: &[i32]) -> String {
    v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("-")
}

pub fn summary() -> String {
    let rows = parse_rows();
    format!("{} rows, ages {:?}, {}", rows.len(), ages(), shout("done"))
}

pub const FIRST_LINE_LEN: usize = {
    let b = CSV.as_bytes();
    let mut i = 0;
    while b[i] != b'\n' {
        i += 1;
    }
    i
};
