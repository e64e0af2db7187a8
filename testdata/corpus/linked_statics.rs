// Linked structures of &'static references built from statics and consts.
#[derive(Debug)]
pub struct Node {
    pub value: u32,
    pub next: Option<&'static Node>,
}

pub static N3: Node = Node { value: 3, next: None };
pub static N2: Node = Node { value: 2, next: Some(&N3) };
pub static N1: Node = Node { value: 1, next: Some(&N2) };
pub static HEAD: &Node = &N1;

pub const C3: Node = Node { value: 30, next: None };
pub const C2: Node = Node { value: 20, next: Some(&C3) };
pub const C1: Node = Node { value: 10, next: Some(&C2) };

const fn list_sum(mut n: &Node) -> u32 {
    let mut s = n.value;
    while let Some(next) = n.next {
        n = next;
        s += n.value;
    }
    s
}

const fn list_len(n: &Node) -> usize {
    match n.next {
        None => 1,
        Some(rest) => 1 + list_len(rest),
    }
}

pub const CONST_SUM: u32 = list_sum(&C1);
pub const CONST_LEN: usize = list_len(&C1);
pub static STATIC_SUM: u32 = list_sum(&N1);
pub static STATIC_LEN: usize = list_len(HEAD);

#[derive(Debug)]
pub struct Graph {
    pub names: &'static [&'static str],
    pub edges: &'static [(usize, usize)],
}

pub const GRAPH: Graph = Graph { names: &["a", "b", "c"], edges: &[(0, 1), (1, 2), (2, 0)] };

const fn out_degree(g: &Graph, v: usize) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < g.edges.len() {
        if g.edges[i].0 == v {
            n += 1;
        }
        i += 1;
    }
    n
}

pub const DEGREES: [usize; 3] = [out_degree(&GRAPH, 0), out_degree(&GRAPH, 1), out_degree(&GRAPH, 2)];
