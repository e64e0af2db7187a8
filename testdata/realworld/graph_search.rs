//! Graph algorithms over an adjacency list: BFS, DFS with an explicit
//! stack, Dijkstra with a binary heap, topological sort, and the limits a
//! route planner uses.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet, VecDeque};

pub const INF: u64 = u64::MAX / 4;
pub const MAX_NODES: usize = 1 << 16;
pub const DEFAULT_EDGE_COST: u64 = 10;
pub const DIAGONAL_COST: u64 = 14;
pub const NEIGHBORS_4: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
pub const NEIGHBORS_8: [(i32, i32, u64); 8] = [
    (0, 1, DEFAULT_EDGE_COST),
    (1, 0, DEFAULT_EDGE_COST),
    (0, -1, DEFAULT_EDGE_COST),
    (-1, 0, DEFAULT_EDGE_COST),
    (1, 1, DIAGONAL_COST),
    (1, -1, DIAGONAL_COST),
    (-1, 1, DIAGONAL_COST),
    (-1, -1, DIAGONAL_COST),
];

pub const fn octile(dx: u64, dy: u64) -> u64 {
    let (lo, hi) = if dx < dy { (dx, dy) } else { (dy, dx) };
    DIAGONAL_COST * lo + DEFAULT_EDGE_COST * (hi - lo)
}

pub const HEURISTIC_SAMPLES: [u64; 3] = [octile(0, 0), octile(3, 4), octile(10, 2)];

#[derive(Debug, Clone, Default)]
pub struct Graph {
    adj: Vec<Vec<(usize, u64)>>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum GraphError {
    TooManyNodes,
    Cycle(Vec<usize>),
}

impl Graph {
    pub fn with_nodes(n: usize) -> Result<Self, GraphError> {
        if n > MAX_NODES {
            return Err(GraphError::TooManyNodes);
        }
        Ok(Graph { adj: vec![Vec::new(); n] })
    }

    pub fn add_edge(&mut self, a: usize, b: usize, w: u64) {
        self.adj[a].push((b, w));
    }

    pub fn nodes(&self) -> usize {
        self.adj.len()
    }

    pub fn bfs_order(&self, start: usize) -> Vec<usize> {
        let mut seen = vec![false; self.nodes()];
        let mut q = VecDeque::from([start]);
        seen[start] = true;
        let mut out = Vec::new();
        while let Some(u) = q.pop_front() {
            out.push(u);
            for &(v, _) in &self.adj[u] {
                if !std::mem::replace(&mut seen[v], true) {
                    q.push_back(v);
                }
            }
        }
        out
    }

    pub fn reachable(&self, start: usize) -> HashSet<usize> {
        let mut stack = vec![start];
        let mut seen = HashSet::new();
        while let Some(u) = stack.pop() {
            if seen.insert(u) {
                stack.extend(self.adj[u].iter().map(|&(v, _)| v).filter(|v| !seen.contains(v)));
            }
        }
        seen
    }

    pub fn dijkstra(&self, src: usize) -> Vec<u64> {
        let mut dist = vec![INF; self.nodes()];
        let mut heap = BinaryHeap::new();
        dist[src] = 0;
        heap.push(Reverse((0u64, src)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > dist[u] {
                continue;
            }
            for &(v, w) in &self.adj[u] {
                let nd = d.saturating_add(w);
                if nd < dist[v] {
                    dist[v] = nd;
                    heap.push(Reverse((nd, v)));
                }
            }
        }
        dist
    }

    pub fn topo_sort(&self) -> Result<Vec<usize>, GraphError> {
        let mut indeg = vec![0usize; self.nodes()];
        for edges in &self.adj {
            for &(v, _) in edges {
                indeg[v] += 1;
            }
        }
        let mut ready: VecDeque<usize> = (0..self.nodes()).filter(|&u| indeg[u] == 0).collect();
        let mut order = Vec::with_capacity(self.nodes());
        while let Some(u) = ready.pop_front() {
            order.push(u);
            for &(v, _) in &self.adj[u] {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    ready.push_back(v);
                }
            }
        }
        if order.len() == self.nodes() {
            Ok(order)
        } else {
            Err(GraphError::Cycle((0..self.nodes()).filter(|&u| indeg[u] > 0).collect()))
        }
    }
}

pub fn grid_graph(w: usize, h: usize, blocked: &[(usize, usize)]) -> Graph {
    let blocked: HashSet<_> = blocked.iter().copied().collect();
    let idx = |x: usize, y: usize| y * w + x;
    let mut g = Graph::with_nodes(w * h).expect("grid fits");
    for y in 0..h {
        for x in 0..w {
            if blocked.contains(&(x, y)) {
                continue;
            }
            for &(dx, dy, c) in NEIGHBORS_8.iter() {
                let (nx, ny) = (x as i32 + dx, y as i32 + dy);
                if nx < 0 || ny < 0 || nx >= w as i32 || ny >= h as i32 || blocked.contains(&(nx as usize, ny as usize)) {
                    continue;
                }
                g.add_edge(idx(x, y), idx(nx as usize, ny as usize), c);
            }
        }
    }
    g
}

pub fn label_components(g: &Graph) -> HashMap<usize, usize> {
    let mut comp = HashMap::new();
    let mut next = 0;
    for u in 0..g.nodes() {
        if comp.contains_key(&u) {
            continue;
        }
        for v in g.reachable(u) {
            comp.entry(v).or_insert(next);
        }
        next += 1;
    }
    comp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_paths() {
        let g = grid_graph(3, 3, &[(1, 1)]);
        let d = g.dijkstra(0);
        assert_eq!(d[8], 4 * DEFAULT_EDGE_COST);
        let mut dag = Graph::with_nodes(3).unwrap();
        dag.add_edge(0, 1, 1);
        dag.add_edge(1, 2, 1);
        assert_eq!(dag.topo_sort(), Ok(vec![0, 1, 2]));
        dag.add_edge(2, 1, 1);
        assert!(matches!(dag.topo_sort(), Err(GraphError::Cycle(_))));
    }
}
