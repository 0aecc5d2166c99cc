"""The places a text names, by position, and distances between points: the context the geoparser reads a homonym
against. Pure numpy; memory stays flat at any text length."""
from __future__ import annotations

import math

import numpy as np
from shapely.geometry import Point

NEAR_CHARS = 250  # places named this close in the text are the strongest hint


def _km_xy(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (haversine)."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def distance_km(a: Point, b: Point) -> float:
    return _km_xy((a.x, a.y), (b.x, b.y))


_CHUNK_CELLS = 1 << 21  # distances computed at once (16 MB of float64): memory stays flat at any text length


def _haversine_km(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray) -> np.ndarray:
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


class _Context:
    """The places a text names, by position. The penalty of a candidate is its distance to the nearest place
    named nearby (within NEAR_CHARS) or anywhere in the text, the place at that very position excluded.

    Cost stays linear in the text: 'nearby' looks only at the anchors inside each query's window of text, and
    'anywhere' is computed once per distinct candidate point against the distinct anchor points, in chunks."""

    def __init__(self, anchors: list[tuple[int, tuple[float, float]]]):
        order = sorted(range(len(anchors)), key=lambda i: anchors[i][0])
        self.pos = np.array([anchors[i][0] for i in order], dtype=np.int64)
        xy = [anchors[i][1] for i in order]
        self.points, self.point_of = _unique_points(xy)  # distinct anchor points; each anchor's point
        self.uses = np.bincount(self.point_of, minlength=len(self.points)) if len(xy) else np.zeros(0, int)

    def penalties(self, queries: list[tuple[int, tuple[float, float]]]) -> np.ndarray:
        if not queries or not len(self.pos):
            return np.zeros(len(queries))
        at = np.array([q[0] for q in queries], dtype=np.int64)
        qpoints, q_of = _unique_points([q[1] for q in queries])
        any_km = self._anywhere(at, qpoints, q_of)
        near_km = self._nearby(at, qpoints, q_of)
        pen = np.minimum(near_km / 40, any_km / 80)
        return np.where(np.isfinite(any_km), pen, 0.0)

    def _anywhere(self, at: np.ndarray, qpoints: np.ndarray, q_of: np.ndarray) -> np.ndarray:
        """Nearest anchor anywhere: the best and second-best distinct anchor point per candidate point; the
        second stands in where the best is only the anchor at the query's own position."""
        alon, alat = np.radians(self.points[:, 0]), np.radians(self.points[:, 1])
        best = np.full(len(qpoints), np.inf)
        best_at = np.full(len(qpoints), -1)
        second = np.full(len(qpoints), np.inf)
        rows = max(1, _CHUNK_CELLS // max(1, len(self.points)))
        for lo in range(0, len(qpoints), rows):
            q = qpoints[lo:lo + rows]
            km = _haversine_km(np.radians(q[:, 0])[:, None], np.radians(q[:, 1])[:, None], alon, alat)
            i = np.argmin(km, axis=1)
            best[lo:lo + rows] = km[np.arange(len(q)), i]
            best_at[lo:lo + rows] = i
            if km.shape[1] > 1:
                km[np.arange(len(q)), i] = np.inf
                second[lo:lo + rows] = km.min(axis=1)
        # the anchor at the query's own position (if any) is excluded: it counts only if named elsewhere too
        k = np.searchsorted(self.pos, at)
        own = np.where((k < len(self.pos)) & (self.pos[np.minimum(k, len(self.pos) - 1)] == at),
                       self.point_of[np.minimum(k, len(self.pos) - 1)], -1)
        b = best_at[q_of]
        excluded = (own == b) & (self.uses[np.maximum(b, 0)] == 1)
        return np.where(excluded, second[q_of], best[q_of])

    def _nearby(self, at: np.ndarray, qpoints: np.ndarray, q_of: np.ndarray) -> np.ndarray:
        """Nearest anchor within NEAR_CHARS of each query, the one at the same position excluded."""
        lo_i = np.searchsorted(self.pos, at - NEAR_CHARS, side="left")
        hi_i = np.searchsorted(self.pos, at + NEAR_CHARS, side="right")
        width = hi_i - lo_i
        out = np.full(len(at), np.inf)
        alon, alat = np.radians(self.points[:, 0]), np.radians(self.points[:, 1])
        qlon, qlat = np.radians(qpoints[q_of, 0]), np.radians(qpoints[q_of, 1])
        w = int(width.max()) if len(width) else 0
        if w == 0:
            return out
        rows = max(1, _CHUNK_CELLS // w)
        for lo in range(0, len(at), rows):
            sl = slice(lo, lo + rows)
            idx = lo_i[sl, None] + np.arange(w)[None, :]
            valid = idx < hi_i[sl, None]
            idx = np.minimum(idx, len(self.pos) - 1)
            valid &= self.pos[idx] != at[sl, None]
            pt = self.point_of[idx]
            km = _haversine_km(qlon[sl, None], qlat[sl, None], alon[pt], alat[pt])
            out[sl] = np.where(valid, km, np.inf).min(axis=1)
        return out


def _unique_points(xy: list[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
    if not xy:
        return np.zeros((0, 2)), np.zeros(0, dtype=np.int64)
    points, inverse = np.unique(np.asarray(xy, dtype=float), axis=0, return_inverse=True)
    return points, inverse.reshape(-1)
