//! A generic repository layer: traits with associated types and where
//! clauses, a blanket impl, an in-memory backend over BTreeMap, query
//! filters as boxed closures, and pagination constants.

use std::collections::BTreeMap;
use std::fmt::{self, Debug, Display};
use std::hash::Hash;

pub const DEFAULT_PAGE_SIZE: usize = 25;
pub const MAX_PAGE_SIZE: usize = 500;
pub const PAGE_SIZES: [usize; 4] = [10, DEFAULT_PAGE_SIZE, 100, MAX_PAGE_SIZE];
pub const fn pages(total: usize, size: usize) -> usize {
    (total + size - 1) / size
}
pub const PAGES_OF_1000: [usize; 4] = [pages(1000, PAGE_SIZES[0]), pages(1000, PAGE_SIZES[1]), pages(1000, PAGE_SIZES[2]), pages(1000, PAGE_SIZES[3])];

pub trait Entity: Clone + Debug {
    type Id: Ord + Hash + Clone + Debug + Display;
    const TABLE: &'static str;
    fn id(&self) -> Self::Id;
}

#[derive(Debug, Clone, PartialEq)]
pub enum RepoError<Id> {
    NotFound(Id),
    Conflict(Id),
    Invalid(String),
}

impl<Id: Display> Display for RepoError<Id> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RepoError::NotFound(id) => write!(f, "no row {}", id),
            RepoError::Conflict(id) => write!(f, "row {} already exists", id),
            RepoError::Invalid(why) => write!(f, "invalid: {}", why),
        }
    }
}

impl<Id: Display + Debug> std::error::Error for RepoError<Id> {}

pub type Filter<E> = Box<dyn Fn(&E) -> bool + Send + Sync>;

pub trait Repository<E: Entity> {
    fn insert(&mut self, e: E) -> Result<(), RepoError<E::Id>>;
    fn get(&self, id: &E::Id) -> Result<&E, RepoError<E::Id>>;
    fn remove(&mut self, id: &E::Id) -> Result<E, RepoError<E::Id>>;
    fn scan<'a>(&'a self) -> Box<dyn Iterator<Item = &'a E> + 'a>;

    fn upsert(&mut self, e: E) -> Option<E> {
        let old = self.remove(&e.id()).ok();
        self.insert(e).expect("removed first");
        old
    }

    fn page(&self, filter: &Filter<E>, page: usize, size: usize) -> Vec<&E> {
        let size = size.clamp(1, MAX_PAGE_SIZE);
        self.scan().filter(|e| filter(e)).skip(page * size).take(size).collect()
    }

    fn count_where(&self, filter: &Filter<E>) -> usize {
        self.scan().filter(|e| filter(e)).count()
    }
}

#[derive(Debug)]
pub struct Memory<E: Entity> {
    rows: BTreeMap<E::Id, E>,
}

impl<E: Entity> Default for Memory<E> {
    fn default() -> Self {
        Memory { rows: BTreeMap::new() }
    }
}

impl<E: Entity> Repository<E> for Memory<E> {
    fn insert(&mut self, e: E) -> Result<(), RepoError<E::Id>> {
        let id = e.id();
        if self.rows.contains_key(&id) {
            return Err(RepoError::Conflict(id));
        }
        self.rows.insert(id, e);
        Ok(())
    }

    fn get(&self, id: &E::Id) -> Result<&E, RepoError<E::Id>> {
        self.rows.get(id).ok_or_else(|| RepoError::NotFound(id.clone()))
    }

    fn remove(&mut self, id: &E::Id) -> Result<E, RepoError<E::Id>> {
        self.rows.remove(id).ok_or_else(|| RepoError::NotFound(id.clone()))
    }

    fn scan<'a>(&'a self) -> Box<dyn Iterator<Item = &'a E> + 'a> {
        Box::new(self.rows.values())
    }
}

/// Anything that can describe itself as a table row.
pub trait Describe {
    fn describe(&self) -> String;
}

impl<E: Entity> Describe for E {
    fn describe(&self) -> String {
        format!("{}#{}", E::TABLE, self.id())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: u64,
    pub email: String,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    pub slug: &'static str,
    pub uses: u32,
}

impl Entity for User {
    type Id = u64;
    const TABLE: &'static str = "users";
    fn id(&self) -> u64 {
        self.id
    }
}

impl Entity for Tag {
    type Id = &'static str;
    const TABLE: &'static str = "tags";
    fn id(&self) -> &'static str {
        self.slug
    }
}

pub const TABLES: [&str; 2] = [User::TABLE, <Tag as Entity>::TABLE];
pub const SEED_TAGS: [Tag; 3] = [Tag { slug: "rust", uses: 10 }, Tag { slug: "go", uses: 7 }, Tag { slug: "mir", uses: 1 }];

pub fn active_users() -> Filter<User> {
    Box::new(|u| u.active)
}

pub fn seeded_tags() -> Memory<Tag> {
    let mut m = Memory::default();
    for t in SEED_TAGS.iter().cloned() {
        m.insert(t).unwrap();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_conflicts() {
        let mut users: Memory<User> = Memory::default();
        for i in 0..30 {
            users.insert(User { id: i, email: format!("u{}@x", i), active: i % 3 != 0 }).unwrap();
        }
        assert_eq!(users.count_where(&active_users()), 20);
        assert_eq!(users.page(&active_users(), 1, 15).len(), 5);
        assert_eq!(users.insert(User { id: 1, email: String::new(), active: true }), Err(RepoError::Conflict(1)));
        assert_eq!(seeded_tags().get(&"go").unwrap().describe(), "tags#go");
    }
}
