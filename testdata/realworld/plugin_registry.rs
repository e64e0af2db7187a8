//! A plugin registry: plugins implement a trait with associated consts and
//! default methods, are registered as trait objects and as fn pointers in
//! a static table, and are looked up by id.

use std::any::Any;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, RwLock};

pub trait Plugin: Send + Sync {
    const ID: u32;
    const NAME: &'static str;
    const API_VERSION: u16 = 2;

    fn run(&self, input: &str) -> Result<String, PluginError>;

    fn describe(&self) -> String {
        format!("{} (#{}, api {})", Self::NAME, Self::ID, Self::API_VERSION)
    }
}

/// The object-safe face of a plugin.
pub trait DynPlugin: Send + Sync {
    fn id(&self) -> u32;
    fn name(&self) -> &'static str;
    fn call(&self, input: &str) -> Result<String, PluginError>;
    fn as_any(&self) -> &dyn Any;
}

impl<P: Plugin + 'static> DynPlugin for P {
    fn id(&self) -> u32 {
        P::ID
    }
    fn name(&self) -> &'static str {
        P::NAME
    }
    fn call(&self, input: &str) -> Result<String, PluginError> {
        self.run(input)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PluginError {
    BadInput(String),
    Disabled(&'static str),
    NotFound(u32),
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PluginError::BadInput(s) => write!(f, "bad input: {}", s),
            PluginError::Disabled(n) => write!(f, "plugin {} is disabled", n),
            PluginError::NotFound(id) => write!(f, "no plugin #{}", id),
        }
    }
}

#[derive(Debug, Default)]
pub struct Upper;

#[derive(Debug, Default)]
pub struct WordCount {
    pub min_len: usize,
}

#[derive(Debug)]
pub struct Rot {
    pub by: u8,
}

impl Plugin for Upper {
    const ID: u32 = 1;
    const NAME: &'static str = "upper";
    fn run(&self, input: &str) -> Result<String, PluginError> {
        Ok(input.to_uppercase())
    }
}

impl Plugin for WordCount {
    const ID: u32 = 2;
    const NAME: &'static str = "wc";
    const API_VERSION: u16 = 3;
    fn run(&self, input: &str) -> Result<String, PluginError> {
        Ok(input.split_whitespace().filter(|w| w.len() >= self.min_len).count().to_string())
    }
}

impl Plugin for Rot {
    const ID: u32 = 13;
    const NAME: &'static str = "rot";
    fn run(&self, input: &str) -> Result<String, PluginError> {
        if !input.is_ascii() {
            return Err(PluginError::BadInput("non-ASCII text".into()));
        }
        Ok(input
            .bytes()
            .map(|b| match b {
                b'a'..=b'z' => (b'a' + (b - b'a' + self.by) % 26) as char,
                b'A'..=b'Z' => (b'A' + (b - b'A' + self.by) % 26) as char,
                _ => b as char,
            })
            .collect())
    }
}

pub const BUILTIN_IDS: [u32; 3] = [Upper::ID, WordCount::ID, <Rot as Plugin>::ID];
pub const WC_API: u16 = WordCount::API_VERSION;
pub const DEFAULT_API: u16 = <Upper as Plugin>::API_VERSION;
pub const ROT13: Rot = Rot { by: 13 };
pub const MAX_PLUGINS: usize = 64;

type Factory = fn() -> Box<dyn DynPlugin>;

fn make_upper() -> Box<dyn DynPlugin> {
    Box::new(Upper)
}

fn make_wc() -> Box<dyn DynPlugin> {
    Box::new(WordCount { min_len: 3 })
}

fn make_rot() -> Box<dyn DynPlugin> {
    Box::new(Rot { by: 13 })
}

pub static FACTORIES: [(&str, Factory); 3] = [("upper", make_upper), ("wc", make_wc), ("rot", make_rot)];

#[derive(Default, Clone)]
pub struct Registry {
    inner: Arc<RwLock<HashMap<u32, Arc<dyn DynPlugin>>>>,
}

impl Registry {
    pub fn with_builtins() -> Self {
        let r = Registry::default();
        for (_, f) in FACTORIES.iter() {
            r.register(f());
        }
        r
    }

    pub fn register(&self, p: Box<dyn DynPlugin>) -> Option<Arc<dyn DynPlugin>> {
        let mut m = self.inner.write().unwrap();
        if m.len() >= MAX_PLUGINS {
            return None;
        }
        m.insert(p.id(), Arc::from(p))
    }

    pub fn call(&self, id: u32, input: &str) -> Result<String, PluginError> {
        let p = self.inner.read().unwrap().get(&id).cloned().ok_or(PluginError::NotFound(id))?;
        p.call(input)
    }

    pub fn pipeline<'a>(&self, ids: impl IntoIterator<Item = &'a u32>, input: &str) -> Result<String, PluginError> {
        ids.into_iter().try_fold(input.to_string(), |acc, id| self.call(*id, &acc))
    }

    pub fn names(&self) -> Vec<&'static str> {
        let mut v: Vec<_> = self.inner.read().unwrap().values().map(|p| p.name()).collect();
        v.sort_unstable();
        v
    }

    pub fn downcast_rot(&self) -> Option<u8> {
        let m = self.inner.read().unwrap();
        m.get(&Rot::ID)?.as_any().downcast_ref::<Rot>().map(|r| r.by)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_runs() {
        let r = Registry::with_builtins();
        assert_eq!(r.pipeline(&[13, 1], "hello").unwrap(), "URYYB");
        assert_eq!(r.call(99, ""), Err(PluginError::NotFound(99)));
        assert_eq!(r.names(), ["rot", "upper", "wc"]);
        assert_eq!(WordCount::default().describe(), "wc (#2, api 3)");
        assert_eq!(r.downcast_rot(), Some(13));
    }
}
