"""jieba's cut (Tokenizer.cut with its HMM), to the same words, in a third of the time.

jieba cuts a text run by run (its re_han blocks: Chinese, letters, digits), each on its own:
a graph of the dictionary's words starting at each character, the most probable route through
it, and its HMM (finalseg) on each stretch of single characters the dictionary does not know.
This does the same arithmetic in the same order, so every float and every tie comes out as
jieba's, with these savings:
- the graph and the route are made in one pass from the right, with local names, instead of
  a dict of lists built and then walked again through a generator and max();
- each piece of the dictionary is looked up once, its log probability ready made
  (reader.core.cut_table): no log() per candidate word;
- a run seen before in the text is not cut again (a novel's 笑道, a law's 第一百条), nor is a
  stretch of unknown characters given to the HMM twice; the HMM looks up each character's four
  emissions once per text, and keeps its back pointers in tuples of small ints;
- only word ends are kept (an array of ints), never the words as strings.

Tests compare the ends with jieba's own on the corpus, a novel and random text."""

from __future__ import annotations

from array import array
from itertools import accumulate

from reader.core.cut_table import PREFIX, CutTable

MIN_FLOAT = -3.14e100  # jieba.finalseg's
MIN_SCORE = float("-inf")  # below every route's score: the first word found wins


def _runs():
    """jieba's own patterns: what a run is, and what splits the rest."""
    import jieba

    return jieba.re_han_default, jieba.re_skip_default


def cut_ends(text: str, table: CutTable, offset: int = 0) -> array:
    """The end of every word of jieba's Tokenizer.cut(text, HMM=True), plus offset, from the
    Tokenizer's table (reader.core.cut_table)."""
    from jieba import finalseg

    re_han, re_skip = _runs()
    weight = table.weights.get
    alone = table.alone  # a character no word starts with: frequency 1
    runs: dict[str, tuple[int, ...]] = {}
    unknown: dict[str, tuple[int, ...]] = {}
    emissions: dict[str, tuple[float, float, float, float]] = {}

    def run_lengths(run: str) -> tuple[int, ...]:
        # Tokenizer.get_DAG, calc and __cut_DAG in one: best[k] is route[k] of jieba's calc
        n = len(run)
        score = [0.0] * (n + 1)
        best = list(range(n + 1))
        for k in range(n - 1, -1, -1):
            w = weight(run[k])
            if w is None:  # no word starts here: the character alone, at frequency 1
                score[k] = alone + score[k + 1]
                continue
            if w < PREFIX:
                top_p, top_x = w + score[k + 1], k
            else:
                top_p, top_x = MIN_SCORE, -1
            i = k + 1
            while i < n:
                w = weight(run[k : i + 1])
                if w is None:  # the dictionary holds every prefix of its words
                    break
                i += 1
                if w < PREFIX:
                    p = w + score[i]
                    # max() over (p, x) with x rising: a tie goes to the longer word
                    if p >= top_p:
                        top_p, top_x = p, i - 1
            if top_x < 0:  # a prefix only: the character alone, at frequency 1
                score[k] = alone + score[k + 1]
            else:
                score[k] = top_p
                best[k] = top_x
        out: list[int] = []
        x = 0
        single = -1  # where the current stretch of single characters began
        while x < n:
            y = best[x] + 1
            if y - x == 1:
                if single < 0:
                    single = x
            else:
                if single >= 0:
                    out += _stretch(run[single:x]) if x - single > 1 else (1,)
                    single = -1
                out.append(y - x)
            x = y
        if single >= 0:
            out += _stretch(run[single:n]) if n - single > 1 else (1,)
        return tuple(out)

    def _stretch(stretch: str) -> tuple[int, ...]:
        w = weight(stretch)
        if w is not None and w < PREFIX:  # a word of the dictionary: each character alone
            return (1,) * len(stretch)
        lengths = unknown.get(stretch)
        if lengths is None:
            lengths = unknown[stretch] = _hmm_lengths(stretch, finalseg, emissions)
        return lengths

    ends = array("i")
    pos = offset
    # split by a pattern with one group: the runs are every second piece, from the second on
    for i, block in enumerate(re_han.split(text)):
        if not block:
            continue
        if i % 2:
            run_ends = runs.get(block)
            if run_ends is None:
                run_ends = runs[block] = tuple(accumulate(run_lengths(block)))
            ends.extend(map(pos.__add__, run_ends))
            pos += run_ends[-1]
        else:
            for piece in re_skip.split(block):
                if re_skip.match(piece):
                    pos += len(piece)
                    ends.append(pos)
                else:
                    ends.extend(range(pos + 1, pos + len(piece) + 1))
                    pos += len(piece)
    return ends


# -- jieba.finalseg: its cut, with its viterbi unrolled over the four states ------------------
Emissions = dict[str, tuple[float, float, float, float]]


def _hmm_lengths(stretch: str, finalseg, emissions: Emissions) -> tuple[int, ...]:
    """The lengths of the words of finalseg.cut(stretch)."""
    out: list[int] = []
    force = finalseg.Force_Split_Words
    han = finalseg.re_han
    # a stretch is mostly Chinese throughout: then it is its own one block
    for block in (stretch,) if han.fullmatch(stretch) else han.split(stretch):
        if han.match(block):
            for start, end in _hmm_words(block, finalseg, emissions):
                if force and block[start:end] in force:
                    out += (1,) * (end - start)
                else:
                    out.append(end - start)
        else:
            out += (len(piece) for piece in finalseg.re_skip.split(block) if piece)
    return tuple(out)


B, M, S, E = range(4)


def _hmm_words(obs: str, finalseg, emissions: Emissions) -> list[tuple[int, int]]:
    """finalseg.__cut: the (start, end) of each word its viterbi's states mark."""
    states = _viterbi(obs, finalseg, emissions)
    words = []
    begin = nexti = 0
    for i, state in enumerate(states):
        if state == B:
            begin = i
        elif state == E:
            words.append((begin, i + 1))
            nexti = i + 1
        elif state == S:
            words.append((i, i + 1))
            nexti = i + 1
    if nexti < len(obs):
        words.append((nexti, len(obs)))
    return words


def _emission(c: str, emit_p) -> tuple[float, float, float, float]:
    """The character's emission log probabilities in states B, M, S, E."""
    return tuple(emit_p[state].get(c, MIN_FLOAT) for state in "BMSE")


def _viterbi(obs: str, finalseg, emissions: Emissions) -> list[int]:
    """finalseg.viterbi's best path, as a list of B, M, S, E. Its sums are made in its order
    (previous + transition + emission), and where its max() meets a tie between two previous
    states it takes the later letter: S over E before B and S, M over B before M and E; at the
    end, S over E. Each character's four emissions are looked up once per cut (`emissions`)."""
    start_p, trans_p, emit_p = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    t_eb, t_sb = trans_p["E"].get("B", MIN_FLOAT), trans_p["S"].get("B", MIN_FLOAT)
    t_mm, t_bm = trans_p["M"].get("M", MIN_FLOAT), trans_p["B"].get("M", MIN_FLOAT)
    t_ss, t_es = trans_p["S"].get("S", MIN_FLOAT), trans_p["E"].get("S", MIN_FLOAT)
    t_be, t_me = trans_p["B"].get("E", MIN_FLOAT), trans_p["M"].get("E", MIN_FLOAT)
    known = emissions.get
    c = obs[0]
    em = known(c) or emissions.setdefault(c, _emission(c, emit_p))
    v_b, v_m, v_s, v_e = start_p["B"] + em[0], start_p["M"] + em[1], start_p["S"] + em[2], start_p["E"] + em[3]
    back = []  # for each later character: the previous state of B, M, S and E
    for c in obs[1:]:
        em_b, em_m, em_s, em_e = known(c) or emissions.setdefault(c, _emission(c, emit_p))
        p_e, p_s = v_e + t_eb + em_b, v_s + t_sb + em_b
        n_b, from_b = (p_s, S) if p_s >= p_e else (p_e, E)
        p_m, p_b = v_m + t_mm + em_m, v_b + t_bm + em_m
        n_m, from_m = (p_m, M) if p_m >= p_b else (p_b, B)
        p_s, p_e = v_s + t_ss + em_s, v_e + t_es + em_s
        n_s, from_s = (p_s, S) if p_s >= p_e else (p_e, E)
        p_b, p_m = v_b + t_be + em_e, v_m + t_me + em_e
        n_e, from_e = (p_m, M) if p_m >= p_b else (p_b, B)
        back.append((from_b, from_m, from_s, from_e))
        v_b, v_m, v_s, v_e = n_b, n_m, n_s, n_e
    state = S if v_s >= v_e else E
    path = [state]
    for step in reversed(back):
        state = step[state]
        path.append(state)
    path.reverse()
    return path
