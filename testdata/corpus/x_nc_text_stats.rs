// Word statistics with closures, sort_by_key and BTreeMap; stop words as a const table.
use std::collections::BTreeMap;

pub const STOP_WORDS: [&str; 8] = ["a", "an", "and", "the", "of", "to", "in", "is"];
pub const MIN_WORD_LEN: usize = 2;
pub const SAMPLE: &str = "The quick brown fox jumps over the lazy dog and the dog is quick";

pub const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i].to_ascii_lowercase() != b[i].to_ascii_lowercase() {
            return false;
        }
        i += 1;
    }
    true
}

pub const fn is_stop(w: &str) -> bool {
    let mut i = 0;
    while i < STOP_WORDS.len() {
        if str_eq(STOP_WORDS[i], w) {
            return true;
        }
        i += 1;
    }
    false
}

pub const THE_IS_STOP: bool = is_stop("The");
pub const FOX_IS_STOP: bool = is_stop("fox");
pub const SAMPLE_WORDS: usize = {
    let b = SAMPLE.as_bytes();
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        let w = b[i] != b' ';
        if w && !in_word {
            n += 1;
        }
        in_word = w;
        i += 1;
    }
    n
};

pub fn frequencies(text: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| w.len() >= MIN_WORD_LEN && !is_stop(w))
        .for_each(|w| *m.entry(w).or_insert(0) += 1);
    m
}

pub fn top(text: &str, n: usize) -> Vec<(String, usize)> {
    let mut v: Vec<_> = frequencies(text).into_iter().collect();
    v.sort_by_key(|(w, c)| (std::cmp::Reverse(*c), w.clone()));
    v.truncate(n);
    v
}

pub fn longest_line(text: &str) -> Option<&str> {
    text.lines().max_by_key(|l| l.chars().count())
}

pub fn capitalize(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn demo() {
    for (w, c) in top(SAMPLE, 3) {
        println!("{w:>8} {c}");
    }
    println!("{:?} {}", longest_line("a\nbbb\ncc"), capitalize("hello big world"));
}
