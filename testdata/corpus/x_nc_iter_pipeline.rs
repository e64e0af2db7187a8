// Iterator pipelines and closures around const lookup tables.
pub const WEIGHTS: [u8; 10] = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
pub const ISBN_PREFIX: &str = "0-306-40615-";
pub const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u'];

pub const fn isbn10_check(digits: &[u8; 9]) -> u8 {
    let mut s = 0u32;
    let mut i = 0;
    while i < 9 {
        s += digits[i] as u32 * WEIGHTS[i] as u32;
        i += 1;
    }
    ((11 - s % 11) % 11) as u8
}

pub const CHECK: u8 = isbn10_check(&[0, 3, 0, 6, 4, 0, 6, 1, 5]);

pub fn isbn_valid(s: &str) -> bool {
    let digits: Vec<u32> = s
        .chars()
        .filter(|c| *c != '-')
        .map(|c| if c == 'X' { 10 } else { c.to_digit(10).unwrap_or(99) })
        .collect();
    digits.len() == 10
        && digits.iter().all(|&d| d <= 10)
        && digits.iter().zip(WEIGHTS.iter()).map(|(d, w)| d * *w as u32).sum::<u32>() % 11 == 0
}

pub fn vowel_histogram(text: &str) -> Vec<(char, usize)> {
    VOWELS
        .iter()
        .map(|&v| (v, text.chars().filter(|c| c.to_ascii_lowercase() == v).count()))
        .filter(|&(_, n)| n > 0)
        .collect()
}

pub fn running_max(xs: &[i32]) -> Vec<i32> {
    xs.iter()
        .scan(i32::MIN, |m, &x| {
            *m = (*m).max(x);
            Some(*m)
        })
        .collect()
}

pub fn group_runs(xs: &[u8]) -> Vec<(u8, usize)> {
    let mut out: Vec<(u8, usize)> = Vec::new();
    for &x in xs {
        match out.last_mut() {
            Some((v, n)) if *v == x => *n += 1,
            _ => out.push((x, 1)),
        }
    }
    out
}

pub fn top_k(words: &[&str], k: usize) -> Vec<String> {
    let mut v: Vec<&str> = words.iter().copied().filter(|w| !w.is_empty()).collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.into_iter().take(k).map(str::to_uppercase).collect()
}

pub fn demo() -> usize {
    let n = ISBN_PREFIX.len() + CHECK as usize;
    let evens: u64 = (1..=100u64).filter(|x| x % 2 == 0).map(|x| x * x).sum();
    let h = vowel_histogram("Iterators are Useful");
    let r = running_max(&[3, 1, 4, 1, 5, 9, 2, 6]);
    let g = group_runs(b"aaabccdd");
    println!("{evens} {h:?} {r:?} {g:?} {:?}", top_k(&["a", "bbb", "cc", ""], 2));
    n + isbn_valid("0-306-40615-2") as usize
}

pub const WEIGHT_SUM: u32 = {
    let mut s = 0;
    let mut i = 0;
    while i < WEIGHTS.len() {
        s += WEIGHTS[i] as u32;
        i += 1;
    }
    s
};
