// Iterator chains, ranges and collections at run time, consts feeding them.
pub const WORDS: [&str; 5] = ["apple", "banana", "cherry", "date", "elderberry"];
pub const LIMIT: usize = 3;
pub const RANGE_END: u32 = 10;

pub fn long_words() -> Vec<&'static str> {
    WORDS.iter().copied().filter(|w| w.len() > 5).take(LIMIT).collect()
}

pub fn squares_sum() -> u32 {
    (1..=RANGE_END).map(|x| x * x).sum()
}

pub fn zipped() -> Vec<(usize, char)> {
    WORDS.iter().enumerate().map(|(i, w)| (i, w.chars().next().unwrap_or('?'))).collect()
}

pub fn stats(xs: &[i64]) -> Option<(i64, i64, f64)> {
    let min = *xs.iter().min()?;
    let max = *xs.iter().max()?;
    let mean = xs.iter().sum::<i64>() as f64 / xs.len() as f64;
    Some((min, max, mean))
}

pub fn words_by_len() -> std::collections::BTreeMap<usize, Vec<&'static str>> {
    let mut m = std::collections::BTreeMap::new();
    for w in WORDS {
        m.entry(w.len()).or_insert_with(Vec::new).push(w);
    }
    m
}

pub fn print_report() {
    for (len, ws) in words_by_len() {
        println!("{len}: {}", ws.join(", "));
    }
    if let Some((lo, hi, mean)) = stats(&[3, -1, 4, 1, -5]) {
        println!("{lo} {hi} {mean:.2}");
    }
}

pub const TOTAL_LEN: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < WORDS.len() {
        n += WORDS[i].len();
        i += 1;
    }
    n
};
