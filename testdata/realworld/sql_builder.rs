//! A small SQL query builder: a builder with lifetimes and Cow, identifier
//! quoting, placeholders per dialect, and limits as constants.

use std::borrow::Cow;
use std::fmt::{self, Display, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Postgres,
    Sqlite,
    MySql,
}

impl Dialect {
    pub const ALL: [Dialect; 3] = [Dialect::Postgres, Dialect::Sqlite, Dialect::MySql];

    pub const fn quote(self) -> char {
        match self {
            Dialect::MySql => '`',
            _ => '"',
        }
    }

    pub const fn max_params(self) -> usize {
        match self {
            Dialect::Postgres => 65_535,
            Dialect::Sqlite => 32_766,
            Dialect::MySql => 65_535,
        }
    }

    fn placeholder(self, n: usize) -> Cow<'static, str> {
        match self {
            Dialect::Postgres => Cow::Owned(format!("${}", n)),
            _ => Cow::Borrowed("?"),
        }
    }
}

pub const DEFAULT_DIALECT: Dialect = Dialect::Postgres;
pub const DEFAULT_LIMIT: u32 = 100;
pub const MAX_LIMIT: u32 = 10_000;
pub const QUOTES: [char; 3] = [Dialect::ALL[0].quote(), Dialect::ALL[1].quote(), Dialect::ALL[2].quote()];
pub const SMALLEST_PARAM_LIMIT: usize = {
    let mut m = usize::MAX;
    let mut i = 0;
    while i < Dialect::ALL.len() {
        let p = Dialect::ALL[i].max_params();
        if p < m {
            m = p;
        }
        i += 1;
    }
    m
};
pub static RESERVED: [&str; 8] = ["select", "from", "where", "order", "group", "limit", "user", "table"];

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Int(i64),
    Text(Cow<'a, str>),
    Bool(bool),
    Null,
}

impl<'a> From<i64> for Value<'a> {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(v: &'a str) -> Self {
        Value::Text(Cow::Borrowed(v))
    }
}

impl<'a> From<bool> for Value<'a> {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Asc,
    Desc,
}

#[derive(Debug, Clone)]
pub struct Select<'a> {
    dialect: Dialect,
    table: &'a str,
    columns: Vec<&'a str>,
    filters: Vec<(&'a str, &'static str, Value<'a>)>,
    order: Option<(&'a str, Order)>,
    limit: u32,
}

#[derive(Debug, PartialEq, Eq)]
pub enum BuildError {
    NoColumns,
    TooManyParams(usize),
    LimitTooLarge(u32),
}

impl Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::NoColumns => f.write_str("select needs at least one column"),
            BuildError::TooManyParams(n) => write!(f, "{} parameters exceed the dialect's limit", n),
            BuildError::LimitTooLarge(n) => write!(f, "limit {} exceeds {}", n, MAX_LIMIT),
        }
    }
}

fn quote_ident(d: Dialect, name: &str) -> Cow<'_, str> {
    let needs = RESERVED.contains(&name.to_ascii_lowercase().as_str())
        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if needs {
        let q = d.quote();
        Cow::Owned(format!("{q}{}{q}", name.replace(q, &format!("{q}{q}"))))
    } else {
        Cow::Borrowed(name)
    }
}

impl<'a> Select<'a> {
    pub fn from(table: &'a str) -> Self {
        Select { dialect: DEFAULT_DIALECT, table, columns: Vec::new(), filters: Vec::new(), order: None, limit: DEFAULT_LIMIT }
    }

    pub fn dialect(mut self, d: Dialect) -> Self {
        self.dialect = d;
        self
    }

    pub fn columns(mut self, cols: impl IntoIterator<Item = &'a str>) -> Self {
        self.columns.extend(cols);
        self
    }

    pub fn filter(mut self, col: &'a str, op: &'static str, v: impl Into<Value<'a>>) -> Self {
        self.filters.push((col, op, v.into()));
        self
    }

    pub fn order_by(mut self, col: &'a str, o: Order) -> Self {
        self.order = Some((col, o));
        self
    }

    pub fn limit(mut self, n: u32) -> Self {
        self.limit = n;
        self
    }

    pub fn build(&self) -> Result<(String, Vec<Value<'a>>), BuildError> {
        if self.columns.is_empty() {
            return Err(BuildError::NoColumns);
        }
        if self.limit > MAX_LIMIT {
            return Err(BuildError::LimitTooLarge(self.limit));
        }
        if self.filters.len() > self.dialect.max_params() {
            return Err(BuildError::TooManyParams(self.filters.len()));
        }
        let d = self.dialect;
        let cols: Vec<_> = self.columns.iter().map(|c| quote_ident(d, c)).collect();
        let mut sql = format!("SELECT {} FROM {}", cols.join(", "), quote_ident(d, self.table));
        let mut params = Vec::new();
        for (i, (col, op, v)) in self.filters.iter().enumerate() {
            sql.push_str(if i == 0 { " WHERE " } else { " AND " });
            if *v == Value::Null {
                let _ = write!(sql, "{} IS NULL", quote_ident(d, col));
                continue;
            }
            params.push(v.clone());
            let _ = write!(sql, "{} {} {}", quote_ident(d, col), op, d.placeholder(params.len()));
        }
        if let Some((col, o)) = self.order {
            let _ = write!(sql, " ORDER BY {} {}", quote_ident(d, col), if o == Order::Asc { "ASC" } else { "DESC" });
        }
        let _ = write!(sql, " LIMIT {}", self.limit);
        Ok((sql, params))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_queries() {
        let (sql, params) = Select::from("user")
            .columns(["id", "name"])
            .filter("age", ">=", 18)
            .filter("deleted_at", "=", Value::Null)
            .order_by("name", Order::Asc)
            .build()
            .unwrap();
        assert_eq!(sql, "SELECT id, name FROM \"user\" WHERE age >= $1 AND deleted_at IS NULL ORDER BY name ASC LIMIT 100");
        assert_eq!(params, vec![Value::Int(18)]);
        assert_eq!(Select::from("t").build().unwrap_err(), BuildError::NoColumns);
    }
}
