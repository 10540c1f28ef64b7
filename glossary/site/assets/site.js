/* The web glossary's script: `glossary lookup` in the browser.
 *
 * The search data is the forms index, exported by glossary/forms/export.py and cut into
 * files by glossary/site/search.py: search/manifest.js (the rules, and which file holds
 * which keys, units and terms), then files added to the page as a search needs them. Each
 * is one call glossaryData(NAME, JSON): a page opened from file:// may run scripts but not
 * fetch files.
 *
 * The matching is glossary/forms/index.py step by step, so that both find the same
 * concepts in the same order (tests/test_site.py compares them on many queries under node):
 *   Text     textnorm.fold and the romanization keys of language/romanize.py;
 *   Kazakh   language/kazakh.py: the noun forms and the ending stripping (`analyses`);
 *   Store    the loaded files, and the names of those a search still lacks;
 *   Engine   FormsIndex.hits, phrases, word matches, candidates, lookup and fuzzy matching,
 *            with match.py's `agreeing` and ranks.
 * The tables (Kazakh endings, scheme and slot names, Unicode's case folding) come from the
 * manifest; the steps are mirrored here, and a change to one of those Python modules shows
 * in the tests until it is mirrored. A unit's places carry what a search needs of each
 * term that holds it (its text, length, concept number in id order, whether it is
 * preferred or a derived word); only the concepts of the matches shown are read besides.
 * A search runs synchronously over what is loaded, noting what is missing; the page loads
 * that and runs it again until nothing is missing. Under node (`node site.js SITE`) the
 * files are read at once: the tests and benchmarks/site_search.py use that. */
(function (global) {
  "use strict";

  const HOW = { EXACT: 0, FORM: 1, ROMANIZATION: 2, PLAIN: 3, LOOSE: 4, WORDS: 5, FUZZY: 6 };
  const HOW_LABELS = ["exact", "form", "romanization", "plain", "loose", "words", "fuzzy"];
  const EMPTY = Object.freeze({});
  const SURROGATES = /[\ud800-\udfff]/;

  function chars(text) { return Array.from(text); }

  /* Python's string order (by code point), which SQLite's and sorted()'s agree with. */
  function compare(a, b) {
    if (a === b) return 0;
    if (!SURROGATES.test(a) && !SURROGATES.test(b)) return a < b ? -1 : 1;
    const x = chars(a), y = chars(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  function compareArrays(a, b) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      return typeof a[i] === "string" ? compare(a[i], b[i]) : a[i] - b[i];
    }
    return 0;
  }

  /* ---- Text: textnorm.fold, script tests and romanization keys ---- */

  function Text(rules) {
    const casefold = rules.casefold;
    const spaces = new Set(rules.spaces);
    const trimmed = new Set(rules.quotes + " .,;:!?()[]");
    const hex = (n) => "\\u{" + n.toString(16) + "}";
    const marks = new RegExp("[" + rules.combining.map(([a, b]) => hex(a) + "-" + hex(b)).join("") + "]", "gu");
    const plain = rules.plainKk;
    const kazakhLetters = new Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ");

    function strip(text, set) {
      const cs = chars(text);
      let start = 0, end = cs.length;
      while (start < end && set.has(cs[start])) start++;
      while (end > start && set.has(cs[end - 1])) end--;
      return cs.slice(start, end).join("");
    }
    function split(text) {  /* str.split(): runs of Python's spaces, no empty words */
      const words = [];
      let word = "";
      for (const c of text) {
        if (spaces.has(c)) { if (word) words.push(word); word = ""; } else word += c;
      }
      if (word) words.push(word);
      return words;
    }
    function fold(text) {  /* textnorm.fold */
      let out = "";
      for (const c of text.normalize("NFC").toLowerCase()) {
        out += casefold[c] !== undefined ? casefold[c] : c;
      }
      out = out.replace(/[-\u2010\u2011\u2012\u2013\u2014\u2212]/g, " ").replace(/ё/g, "е")
        .replace(/[’ʼ]/g, "'");
      out = latinI(out);
      return strip(strip(split(out).join(" "), trimmed), spaces);
    }
    function latinI(text) {  /* a Latin i beside Cyrillic letters is the Kazakh і (no lookbehind:
      older Safari cannot parse one) */
      const cyrillic = /[а-яәғқңөұүһі]/;
      let out = "";
      for (let i = 0; i < text.length;) {
        if (text[i] !== "i") { out += text[i]; i += 1; continue; }
        let j = i;
        while (j < text.length && text[j] === "i") j += 1;
        const near = (i > 0 && cyrillic.test(text[i - 1])) || (j < text.length && cyrillic.test(text[j]));
        out += near ? "і".repeat(j - i) : text.slice(i, j);
        i = j;
      }
      return out;
    }
    function hasLatin(text) {
      for (const c of text) if (c.codePointAt(0) <= 0x24f && /\p{L}/u.test(c)) return true;
      return false;
    }
    function hasCyrillic(text) {
      for (const c of text) { const n = c.codePointAt(0); if (n >= 0x400 && n <= 0x4ff) return true; }
      return false;
    }
    function hasKazakhLetters(text) {
      for (const c of text) if (kazakhLetters.has(c)) return true;
      return false;
    }
    function stripMarks(text) {  /* romanize.strip_marks */
      return text.toLowerCase().normalize("NFKD").replace(marks, "").replace(/ı/g, "i")
        .replace(/[ʹʺ'’]/g, "");
    }
    function apply(rules, text) {
      for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
      return text;
    }
    /* romanize._rules: how schemes and ad hoc spellings differ, folded away */
    const LOOSE_RU = [
      [/shch|sch|ŝ/gu, "s"],
      [/sh|zh|ž|š/gu, (m) => (m === "sh" || m === "š" ? "s" : "z")],
      [/kh|ch|x|h/gu, "h"],
      [/ts|tz|c/gu, "c"],
      [/[yji]+(?=[aeou])/gu, ""],
      [/[yj]/gu, "i"],
      [/w/gu, "v"],
      [/(.)\1+/gu, "$1"],
    ];
    const LOOSE_KK = [
      [/zh/gu, "j"], [/sh|ş/gu, "s"], [/kh|ch|x/gu, "h"], [/q/gu, "k"], [/[yı]/gu, "i"],
      [/(.)\1+/gu, "$1"],
    ];
    const SPELLED = [["ŝ", "shch"], ["ž", "zh"], ["š", "sh"], ["č", "ch"], ["â", "ya"], ["û", "yu"]];
    function looseRu(latin) {
      let text = latin.toLowerCase();
      for (const [letter, spelled] of SPELLED) text = text.split(letter).join(spelled);
      return apply(LOOSE_RU, stripMarks(text));
    }
    function looseKk(latin) {
      return apply(LOOSE_KK, stripMarks(latin.toLowerCase().replace(/ş/g, "sh")));
    }
    function plainKk(text) {
      let out = "";
      for (const c of text.toLowerCase()) out += plain[c] !== undefined ? plain[c] : c;
      return out.replace(/i/g, "и");
    }
    return { fold, hasLatin, hasCyrillic, hasKazakhLetters, stripMarks, looseRu, looseKk, plainKk };
  }

  /* ---- Kazakh: language/kazakh.py, with its tables from the manifest ---- */

  function Kazakh(tables) {
    const BACK = new Set(tables.back), FRONT = new Set(tables.front);
    const VOWELS = new Set(tables.vowels);
    const V = tables.vowel, VL = tables.voiceless;
    const VOICING = tables.voicing;
    const UNVOICING = {};
    for (const k of Object.keys(VOICING)) UNVOICING[VOICING[k]] = k;
    const cache = new Map();

    const CONSONANTS = new Set(tables.consonants);
    function harmony(word) {  /* kazakh.harmony */
      const w = word.toLowerCase();
      if (w.endsWith("ь")) return [0, 1];
      let cs = chars(w);
      if (cs.length > 3 && "аоуыяёюи".includes(cs[cs.length - 3]) && w.endsWith("ев")) {
        cs = cs.slice(0, -2);  /* Назарбаев: the е of a Russian -ев after a vowel */
      }
      let last = cs.length - 1;
      while (last >= 0 && CONSONANTS.has(cs[last])) last--;
      if (last >= 0 && cs[last] === "и") return [1];  /* Путинге, механизмі */
      if (cs.length > 2 && cs[cs.length - 1] === "у") return [0, 1];  /* Бакуге */
      for (let i = cs.length - 1; i >= 0; i--) {
        if (BACK.has(cs[i])) return [0];
        if (FRONT.has(cs[i])) return [1];
      }
      return [0, 1];
    }
    function soundClass(word) {
      const cs = chars(word.toLowerCase().replace(/ь+$/u, ""));
      const last = cs.length ? cs[cs.length - 1] : "";
      return tables.classes[last] || VL;
    }
    function stems(word) {
      const cs = chars(word), n = cs.length;
      const out = [word];
      if (n && VOICING[cs[n - 1]] !== undefined) out.push(cs.slice(0, -1).join("") + VOICING[cs[n - 1]]);
      if (n > 3 && "ыі".includes(cs[n - 2]) && !VOWELS.has(cs[n - 1]) && !VOWELS.has(cs[n - 3])) {
        out.push(cs.slice(0, -2).join("") + cs[n - 1]);
      }
      return out;
    }
    function cases(base, label, h, after, cls) {
      const found = new Map([[base, label || "nominative"]]);
      cls = cls || soundClass(base);
      for (const [kase, table] of Object.entries(tables.cases)) {
        let ending;
        if (after === "px3") ending = tables.afterPx3[kase][h];
        else if ((after === "px1sg" || after === "px2sg") && kase === "dative") ending = tables.dativeAfterPx12[h];
        else ending = table[cls][h];
        const form = base + ending;
        found.set(form, label ? label + "+" + kase : kase);
        if (kase === "locative") {
          const attributive = form + ["ғы", "гі"][h], prefix = label ? label + "+" : "";
          found.set(attributive, prefix + "locative+attributive");
          found.set(attributive + ["дай", "дей"][h], prefix + "locative+attributive+similative");
        }
      }
      return found;
    }
    function formsOne(word, h, spokenVowel) {
      const found = new Map();
      const wordClass = spokenVowel ? V : soundClass(word);
      const plural = word + tables.plural[wordClass][h];
      for (const [base, label] of [[word, ""], [plural, "plural"]]) {
        const isWord = label === "";
        for (const [k, v] of cases(base, label, h, null, isWord ? wordClass : null)) found.set(k, v);
        const vowelFinal = (isWord ? wordClass : soundClass(base)) === V;
        for (const [px, [afterVowel, afterConsonant]] of Object.entries(tables.possessive)) {
          const ending = (vowelFinal ? afterVowel : afterConsonant)[h];
          const bases = vowelFinal || !isWord ? [base] : stems(base);
          for (const stem of bases) {
            const tag = label ? label + "+" + px : px;
            for (const [k, v] of cases(stem + ending, tag, h, px)) if (!found.has(k)) found.set(k, v);
          }
        }
      }
      return found;
    }
    function possessed(word) {
      const cs = chars(word), n = cs.length;
      if (n < 4 || !"ыі".includes(cs[n - 1])) return false;
      return (cs[n - 2] === "с" && VOWELS.has(cs[n - 3])) || !VOWELS.has(cs[n - 2]);
    }
    function forms(word) {  /* kazakh.forms: every form of a noun, with its analysis */
      word = word.toLowerCase();
      if (cache.has(word)) return cache.get(word);
      const found = new Map();
      const spelledOut = chars(word).some((c) => VOWELS.has(c)) ? [false] : [false, true];
      for (const h of harmony(word)) {
        for (const spoken of spelledOut) {
          for (const [k, v] of formsOne(word, h, spoken)) if (!found.has(k)) found.set(k, v);
        }
        if (possessed(word)) for (const [k, v] of cases(word, "", h, "px3")) if (!found.has(k)) found.set(k, v);
      }
      cache.set(word, found);
      return found;
    }
    function undrop(head) {
      const cs = chars(head), n = cs.length;
      if (n < 3 || VOWELS.has(cs[n - 1]) || VOWELS.has(cs[n - 2])) return [];
      const h = harmony(head);
      const vowel = h.length === 1 && h[0] === 0 ? "ы" : "і";
      return [cs.slice(0, -1).join("") + vowel + cs[n - 1]];
    }
    let longest = 0;
    for (const e of tables.endings) longest = Math.max(longest, chars(e).length);
    const endings = new Set(tables.endings);
    function analyses(form) {  /* kazakh.analyses with the index's ending chains */
      const cs = chars(form.toLowerCase());
      const whole = cs.join("");
      const found = [];
      for (let cut = 1; cut <= Math.min(longest, cs.length - 2); cut++) {
        if (!endings.has(cs.slice(cs.length - cut).join(""))) continue;
        const head = cs.slice(0, cs.length - cut);
        const last = head[head.length - 1];
        const headText = head.join("");
        const unvoiced = head.slice(0, -1).join("") + (UNVOICING[last] !== undefined ? UNVOICING[last] : last);
        const candidates = [...new Set([headText, unvoiced, ...undrop(headText)])].sort(compare);
        for (const stem of candidates) {
          const label = forms(stem).get(whole);
          if (label && !found.some(([s, l]) => s === stem && l === label)) found.push([stem, label]);
        }
      }
      return found;
    }
    return { forms, analyses, harmony };
  }

  /* ---- Store: the files loaded so far ---- */

  function Store(manifest, files) {
    this.manifest = manifest;
    this.files = files;  /* name -> data, filled by glossaryData() */
    this.missing = new Set();
    this.failed = new Set();
    this.prefixes = new Map(manifest.keys.map((p, i) => [p, i]));
    this.longest = Math.max(...manifest.keys.map((p) => chars(p).length));
  }
  Store.prototype.file = function (name) {
    if (this.files.has(name)) return this.files.get(name);
    if (!this.failed.has(name)) this.missing.add(name);
    return null;
  };
  /* The entry of a key: {s: spellings, t: terms}; the file is the longest listed prefix's. */
  Store.prototype.key = function (key) {
    const cs = chars(key);
    for (let cut = Math.min(cs.length, this.longest); cut >= 0; cut--) {
      const shard = this.prefixes.get(cs.slice(0, cut).join(""));
      if (shard === undefined) continue;
      const file = this.file("k" + shard);
      return (file && Object.prototype.hasOwnProperty.call(file, key) && file[key]) || EMPTY;
    }
    return EMPTY;
  };
  function runStart(starts, n) {  /* the start of the run of files that holds number n */
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= n) lo = mid; else hi = mid - 1;
    }
    return starts[lo];
  }
  /* A unit: [lang, forms, places (term, pos, words, concept, flags, text, ...)], or null while
     its file loads. */
  Store.prototype.unit = function (u) {
    const start = runStart(this.manifest.units, u);
    const file = this.file("u" + start);
    return file ? file[u - start] : null;
  };
  /* A concept: [id, subject, en, kk, ru (preferred terms)], or null while its file loads. */
  Store.prototype.concept = function (c) {
    const start = runStart(this.manifest.concepts, c);
    const file = this.file("c" + start);
    return file ? file[c - start] : null;
  };
  Store.prototype.vocabulary = function () { return this.file("vocabulary") || []; };

  /* ---- Engine: FormsIndex.lookup ---- */

  function Engine(store) {
    const rules = store.manifest.rules;
    const text = Text(rules);
    const kazakh = Kazakh(Object.assign({ endings: rules.endings }, rules.kazakh));
    const ANY = rules.any;
    const RANK = HOW_LABELS.map((label) => rules.ranks[label]);

    function form(unit, i) {
      const f = unit[1][i];
      return typeof f === "string" ? [f, ANY, ""] : [f[0], f[1], f[2] || ""];
    }
    const latinEndings = new Set(rules.latinEndings), plainEndings = new Set(rules.plainEndings);
    /* The cuts of `word` whose end is one of `chains`: [head, ending], shortest ending first. */
    function cuts(word, chains) {
      const cs = chars(word), found = [];
      for (let cut = 1; cut < cs.length - 2; cut++) {
        const ending = cs.slice(cs.length - cut).join("");
        if (chains.has(ending)) found.push([cs.slice(0, cs.length - cut).join(""), ending]);
      }
      return found;
    }
    /* index._wanted: the keys a word is looked up under, each with the kinds it may match as;
       and, with `endings`, Kazakh stems: key -> (kind of spelling it must be -> analysis) */
    function wanted(word, endings) {
      const keys = new Map([[word, new Set([HOW.EXACT, HOW.FORM])]]), stems = new Map();
      const add = (key, how) => {
        if (!keys.has(key)) keys.set(key, new Set());
        if (how !== undefined) keys.get(key).add(how);
      };
      const stem = (key, kind, label) => {
        add(key);
        if (!stems.has(key)) stems.set(key, new Map());
        if (!stems.get(key).has(kind)) stems.get(key).set(kind, label);
      };
      if (text.hasLatin(word)) {
        const marked = text.stripMarks(word);
        add(marked, HOW.ROMANIZATION);
        add(text.looseRu(word), HOW.LOOSE);
        add(text.looseKk(word), HOW.LOOSE);
        for (const [head, ending] of endings ? cuts(marked, latinEndings) : []) {
          stem(head, HOW.ROMANIZATION, "ending -" + ending);
          stem(text.looseKk(head), HOW.LOOSE, "ending -" + ending);
        }
      }
      if (text.hasCyrillic(word)) {
        const plain = text.plainKk(word);
        add(plain, HOW.PLAIN);
        if (endings) {
          for (const [found, label] of kazakh.analyses(word)) stem(found, HOW.EXACT, label);
          for (const [head, ending] of cuts(plain, plainEndings)) stem(head, HOW.PLAIN, "ending -" + ending);
        }
      }
      return [keys, stems];
    }
    function hits(word, endings) {  /* FormsIndex.hits: unit -> the ways the word spells it */
      const [keys, stems] = wanted(word, endings);
      const found = new Map();
      const push = (u, hit) => { if (!found.has(u)) found.set(u, []); found.get(u).push(hit); };
      for (const key of [...keys.keys()].sort(compare)) {
        const kinds = keys.get(key), cut = stems.get(key), spellings = store.key(key).s || [];
        for (let i = 0; i < spellings.length; i += 4) {
          const u = spellings[i], kind = spellings[i + 1], schemes = spellings[i + 3];
          const stemmed = cut && cut.has(kind);
          if (!kinds.has(kind) && !stemmed) continue;
          const unit = store.unit(u);
          if (!unit) continue;
          const [f, mask, label] = form(unit, spellings[i + 2]);
          if (kinds.has(kind)) push(u, { how: kind, mask, schemes, form: f, label, ending: false });
          if (stemmed) {  /* a Kazakh stem, in the spelling its ending was cut from */
            const how = kind === HOW.EXACT ? HOW.FORM : kind;
            push(u, { how, mask: ANY, schemes, form: how === HOW.FORM ? word : f, label: cut.get(kind), ending: true });
          }
        }
      }
      return found;
    }
    function* product(lists) {  /* itertools.product */
      if (lists.some((l) => !l.length)) return;
      const at = lists.map(() => 0);
      for (;;) {
        yield at.map((i, k) => lists[k][i]);
        let k = lists.length - 1;
        while (k >= 0 && ++at[k] === lists[k].length) at[k--] = 0;
        if (k < 0) return;
      }
    }
    function schemeNames(lang, schemes) {
      const names = lang === "ru" ? rules.schemes.ru : rules.schemes.kk;
      return names.filter((_, bit) => (schemes >> bit) & 1).join(", ");
    }
    function slotLabel(mask) {
      for (let bit = 0; bit < rules.slots.length; bit++) if ((mask >> bit) & 1) return rules.slots[bit];
      return "";
    }
    function detail(lang, key, how, mask, schemes, combo) {  /* match._detail */
      const f = combo.map((h) => h.form).join(" ");
      const labels = [...new Set(combo.map((h) => h.label).filter(Boolean))];
      if (lang === "ru" && mask !== ANY) labels.push(slotLabel(mask));
      const what = labels.length ? labels.join(", ") + ": " + f : f;
      let names;
      if (how === HOW.FORM) return what;
      if (how === HOW.PLAIN) return "Kazakh typed with Russian letters";
      if (how === HOW.ROMANIZATION) names = schemeNames(lang, schemes);
      else if (how === HOW.LOOSE) names = lang === "ru" ? "ad hoc spelling" : "ad hoc Kazakh Latin";
      else return "";
      return f === key ? names : names + " (" + what + ")";
    }
    /* match.agreeing: the best [how, detail] of one hit per word whose forms agree; the detail
       is a function of the term's folded text, computed only for the matches shown */
    function agreeing(lang, choices) {
      let best = null;
      for (const combo of product(choices)) {
        if (combo.slice(0, -1).some((h) => h.ending) || (combo[combo.length - 1].ending && lang !== "kk")) continue;
        let mask = ANY;
        for (const h of combo) mask &= h.mask;
        if (!mask) continue;
        let schemes = -1;
        for (const h of combo) if (h.how === HOW.ROMANIZATION) schemes &= h.schemes;
        let how = combo[0].how;
        for (const h of combo) if (RANK[h.how] > RANK[how]) how = h.how;
        if (how === HOW.ROMANIZATION && !schemes) how = HOW.LOOSE;
        if (best === null || RANK[how] < RANK[best[0]]) best = [how, mask, schemes, combo];
      }
      return best === null ? null : [best[0], (key) => detail(lang, key, ...best)];
    }
    /* A candidate: [how, term, detail, words, concept, preferred, lang, text]; the concept is
       its number (numbers follow the ids' order) and the detail a string or a function of the
       term's key, computed for the matches shown. */
    const PLACE = 6;  /* items per place: term, pos, words, concept, flags (1 derived, 2 preferred), text */
    /* FormsIndex.phrases: terms (or `derived` words) of exactly these words, agreeing */
    function phrases(list, derived) {
      if (!list.every((h) => h.size)) return [];
      let places = null;
      list.forEach((units, pos) => {
        const found = new Map();
        for (const u of units.keys()) {
          const unit = store.unit(u);
          if (!unit) continue;
          const p = unit[2];
          for (let i = 0; i < p.length; i += PLACE) {
            if (p[i + 1] !== pos || p[i + 2] !== list.length || (p[i + 4] & 1) !== (derived ? 1 : 0)) continue;
            if (places === null) found.set(p[i], [u]);
            else if (places.has(p[i])) found.set(p[i], places.get(p[i]).concat([u]));
          }
        }
        places = found;
      });
      const rows = [];
      for (const t of [...places.keys()].sort((a, b) => a - b)) {
        const units = places.get(t), [, , , concept, flags, termText] = placeOf(units[0], t);
        const lang = store.unit(units[0])[0];
        const best = agreeing(lang, units.map((u, i) => list[i].get(u)));
        if (best) rows.push([best[0], t, best[1], 0, concept, flags >> 1, lang, termText]);
      }
      return rows;
    }
    function wordMatches(list) {  /* terms holding every word of the query: shortest first */
      if (!list.every((h) => h.size)) return [];
      let common = null;
      for (const units of list) {
        const here = new Map();
        for (const u of units.keys()) {
          const unit = store.unit(u);
          if (!unit) continue;
          const p = unit[2];
          for (let i = 0; i < p.length; i += PLACE) if (!(p[i + 4] & 1)) here.set(p[i], [p[i + 2], p[i + 3], p[i + 4], unit[0], p[i + 5]]);
        }
        if (common === null) common = here;
        else for (const t of [...common.keys()]) if (!here.has(t)) common.delete(t);
      }
      return [...common.entries()].sort((a, b) => a[1][0] - b[1][0] || a[0] - b[0])
        .slice(0, rules.wordMatches)
        .map(([t, [n, concept, flags, lang, termText]]) =>
          [HOW.WORDS, t, "every word of the query", n, concept, flags >> 1, lang, termText]);
    }
    function placeOf(u, t) {  /* the place of unit u in term t: [term, pos, words, concept, flags] */
      const p = store.unit(u)[2];
      for (let i = 0; i < p.length; i += PLACE) if (p[i] === t) return p.slice(i, i + PLACE);
      return null;
    }
    function exact(key) {  /* terms whose whole text is the key: [term, concept, preferred, lang, text] */
      return (store.key(key).t || []).map(([t, concept, preferred, lang, termText]) =>
        [HOW.EXACT, t, "", 0, concept, preferred, lang, termText]);
    }
    function candidates(key) {  /* FormsIndex._candidates */
      let rows = exact(key);
      const words = key.split(" ");
      const list = words.map((w) => hits(w, false));
      rows = rows.concat(phrases(list));
      if ((text.hasCyrillic(key) && (!rows.length || text.hasKazakhLetters(key))) ||
          (text.hasLatin(key) && !rows.length)) {
        list[list.length - 1] = hits(words[words.length - 1], true);
        rows = rows.concat(phrases(list));
        if (words.length >= 2) {
          const joined = hits(words[words.length - 2] + words[words.length - 1], true);
          rows = rows.concat(phrases(list.slice(0, -2).concat([joined])));
        }
      }
      return rows.concat(wordMatches(list));
    }
    function match(row, how, detail, score, under) {  /* Match, to be resolved when shown */
      const [, t, , , concept, preferred, lang, termText] = row;
      return { t, c: concept, how, lang, term: termText, detail, score, under,
        rank: [RANK[how], -score, under, preferred ? 0 : 1, concept] };
    }
    function derivedMatches(key) {  /* FormsIndex._derived: a derived word names its concept */
      const words = key.split(" ");
      const list = words.map((w) => hits(w, false));
      if (text.hasCyrillic(key)) list[list.length - 1] = hits(words[words.length - 1], true);
      return phrases(list, true).map((row) =>
        match(row, row[0], (key) => ("derived word, " + row[2](key)).replace(/[, ]+$/, ""), 99, 0));
    }
    function bestPerConcept(matches) {
      const best = new Map();
      for (const m of matches) {
        if (!best.has(m.c) || compareArrays(m.rank, best.get(m.c).rank) < 0) best.set(m.c, m);
      }
      return [...best.values()].sort((a, b) => compareArrays(a.rank, b.rank));
    }
    /* fuzzy.resemblance: the query against the whole term, as many of its consecutive words,
       or a term word it begins */
    function resemblance(query, term) {
      const words = term.split(" "), n = query.split(" ").length;
      let part = 0;
      for (let i = 0; i + n <= words.length; i++) part = Math.max(part, ratio(query, words.slice(i, i + n).join(" ")));
      const begins = n === 1 && chars(query).length >= 4 && words.some((w) => w.startsWith(query)) ? 100 : 0;
      return Math.max(ratio(query, term), part * rules.fuzzy.resembles / rules.fuzzy.resemblesPart, begins);
    }
    const WORD = /[\p{L}\p{N}_]+/gu;
    /* fuzzy._lowered: a capitalised word of the query corrected into a word the term writes in
       lower case (a name made a common word) */
    function lowered(changed, names, keyWords, termText) {
      if (!keyWords.some((w) => names.has(w))) return false;
      const written = new Map((termText.match(WORD) || []).map((w) => [w.toLowerCase(), w]));
      return changed.some((w) => written.has(w) && /^\p{Lowercase}/u.test(written.get(w)));
    }
    /* glossary.forms.fuzzy: each unknown word replaced by a close word of the vocabulary, the
       terms found kept where they still look like the query. */
    function fuzzy(query, limit) {
      const key = text.fold(query), keyWords = key.split(" ");
      const names = new Set((query.match(WORD) || []).filter((w) => /^\p{Uppercase}/u.test(w)).map(text.fold));
      const options = [];
      for (const word of keyWords) {
        if (hits(word, false).size) { options.push([word]); continue; }
        const close = extract(word, store.vocabulary(), 3, rules.fuzzy.suggest);
        options.push(close.length ? close : [word]);
      }
      const found = [];
      let tried = 0;
      for (const combo of product(options)) {
        if (tried++ >= rules.fuzzy.combinations) break;
        const corrected = combo.join(" ");
        const score = ratio(key, corrected);
        if (corrected === key || score < rules.fuzzy.suggest) continue;
        const changed = combo.filter((w, i) => w !== keyWords[i]);
        for (const row of candidates(corrected)) {
          found.push([match(row, HOW.FUZZY, "close to " + corrected, score, RANK[row[0]]), row, changed]);
        }
      }
      const kept = new Map();
      for (const [m, row, changed] of found) {
        const alike = row[0] === HOW.WORDS ? resemblance(key, text.fold(m.term)) : m.score;
        if (alike < rules.fuzzy.resembles || lowered(changed, names, keyWords, m.term)) continue;
        if (!kept.has(m.c) || compareArrays(m.rank, kept.get(m.c).rank) < 0) kept.set(m.c, m);
      }
      return [...kept.values()].sort((a, b) => compareArrays(a.rank, b.rank)).slice(0, limit * 2);
    }
    /* A match as shown: its concept read from the concepts' file (null while it loads). */
    function resolve(m) {
      const concept = store.concept(m.c);
      if (!concept) return null;
      const said = typeof m.detail === "function" ? m.detail(text.fold(m.term)) : m.detail;
      return Object.assign({}, m, { id: concept[0], concept, detail: said });
    }
    /* The concepts `query` names, best first, one match per concept; and, when there is none,
       up to five close terms ("did you mean"). */
    function lookup(query, limit = Infinity) {  /* the first `limit` matches read in full */
      const key = text.fold(query);
      if (!key) return { key, matches: [], total: 0, suggestions: [] };
      let matches = candidates(key).map((row) => match(row, row[0], row[2], row[0] === HOW.WORDS ? 100 - row[3] : 100, 0));
      matches = matches.concat(derivedMatches(key));
      let close = null;
      if (!matches.length) {
        close = fuzzy(query, 5);
        matches = close.filter((m) => m.score >= rules.fuzzy.match);
      }
      matches = bestPerConcept(matches);
      const shown = matches.slice(0, limit).map(resolve);
      /* index.suggest: the close terms, most alike first */
      const terms = matches.length ? [] : close.slice().sort((a, b) => b.score - a.score).map((m) => m.term);
      return { key, matches: shown, total: matches.length, suggestions: [...new Set(terms)].slice(0, 5) };
    }
    return { lookup, text, kazakh };
  }

  /* rapidfuzz's fuzz.ratio: the normalized Indel similarity in percent */
  function ratio(a, b) {
    const x = chars(a), y = chars(b), sum = x.length + y.length;
    if (!sum) return 100;
    const row = new Array(y.length + 1).fill(0);
    for (let i = 0; i < x.length; i++) {
      let diagonal = 0;
      for (let j = 0; j < y.length; j++) {
        const above = row[j + 1];
        row[j + 1] = x[i] === y[j] ? diagonal + 1 : Math.max(above, row[j]);
        diagonal = above;
      }
    }
    return (1 - (sum - 2 * row[y.length]) / sum) * 100;
  }

  /* rapidfuzz's process.extract: the best `limit` choices at or above `cutoff`, ties by position */
  function extract(word, choices, limit, cutoff) {
    const n = chars(word).length, found = [];
    for (let i = 0; i < choices.length; i++) {
      const m = choices[i].length, sum = n + m;  /* a bound first: no common letters past the shorter */
      if (sum && (1 - (sum - 2 * Math.min(n, m)) / sum) * 100 < cutoff && !SURROGATES.test(choices[i])) continue;
      const score = ratio(word, choices[i]);
      if (score >= cutoff) found.push([score, i]);
    }
    found.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    return found.slice(0, limit).map(([, i]) => choices[i]);
  }

  /* Run a search over a store, loading what it lacks with `load(names)` (a promise in the
     browser, nothing under node), until it lacks nothing. */
  function settle(store, run, load) {
    const step = () => {
      store.missing.clear();
      const result = run();
      if (!store.missing.size) return result;
      const pending = load([...store.missing]);
      return pending && pending.then ? pending.then(step) : step();
    };
    return step();
  }

  /* ---- The page: the search box answers as one types ---- */

  function describe(doc, m) {  /* Match.describe, with the term in its language */
    const p = doc.createElement("p");
    p.className = "how";
    const term = doc.createElement("span");
    term.lang = m.lang;
    term.textContent = m.term;
    p.append(HOW_LABELS[m.how] + " match on " + m.lang + " “", term, "”");
    if (m.detail) p.append(" via " + m.detail);
    if (m.how === HOW.FUZZY) p.append(" (score " + m.score.toFixed(0) + ")");
    return p;
  }

  function resultItem(doc, m) {
    const li = doc.createElement("li");
    const a = doc.createElement("a");
    a.href = "concepts/" + m.id + ".html";
    a.className = "terms";
    ["en", "kk", "ru"].forEach((lang, i) => {
      const text = m.concept[2 + i];
      if (!text) return;
      if (a.childNodes.length) {
        const sep = doc.createElement("span");
        sep.className = "sep";
        sep.textContent = " · ";
        sep.setAttribute("aria-hidden", "true");
        a.append(sep);
      }
      const span = doc.createElement("span");
      span.lang = lang;
      span.textContent = text;
      a.append(span);
    });
    const subject = doc.createElement("p");
    subject.className = "subject";
    subject.textContent = m.concept[1];
    li.append(a, subject, describe(doc, m));
    return li;
  }

  const SHOWN = 30;  /* matches shown at first; a button shows the rest */

  function render(doc, result, query, more) {
    const list = doc.getElementById("results"), status = doc.getElementById("status");
    list.replaceChildren(...result.matches.map((m) => resultItem(doc, m)));
    status.replaceChildren();
    if (!result.key) return;
    const n = result.total, asked = " for “" + query.trim() + "”";
    if (n) {
      status.textContent = n + (n === 1 ? " concept" : " concepts") + asked;
      if (n > result.matches.length) {
        const button = doc.createElement("button");
        button.type = "button";
        button.textContent = "Show all " + n;
        button.addEventListener("click", more);
        status.append(" ", button);
      }
      return;
    }
    status.textContent = "Nothing found" + asked + ".";
    if (result.suggestions.length) {
      status.append(" Did you mean ");
      result.suggestions.forEach((s, i) => {
        const a = doc.createElement("a");
        a.href = "?q=" + encodeURIComponent(s);
        a.textContent = s;
        status.append(i ? ", " : "", a);
      });
      status.append("?");
    }
  }

  function startPage(doc) {
    const input = doc.getElementById("q"), list = doc.getElementById("results");
    if (!input || !list) return;
    const base = doc.currentScript ? doc.currentScript.src.replace(/assets\/site\.js(\?.*)?$/, "") : "";
    const files = new Map(), pending = new Map();
    let store = null;
    global.glossaryData = (name, value) => files.set(name, value);
    const load = (names) => Promise.all(names.map((name) => {
      if (!pending.has(name)) {
        pending.set(name, new Promise((resolve) => {
          const script = doc.createElement("script");
          script.src = base + "search/" + name + ".js";
          script.onload = () => { if (!files.has(name) && store) store.failed.add(name); resolve(); };
          script.onerror = () => { if (store) store.failed.add(name); resolve(); };
          doc.head.append(script);
        }));
      }
      return pending.get(name);
    }));
    const ready = load(["manifest"]).then(() => {
      store = new Store(files.get("manifest"), files);
      return Engine(store);
    });
    let latest = 0;
    const search = (query, limit = SHOWN) =>
      ready.then((engine) => settle(store, () => engine.lookup(query, limit), load));
    const update = (limit) => {
      const n = ++latest, query = input.value;
      search(query, limit).then((result) => {
        if (n === latest) render(doc, result, query, () => update(Infinity));
      });
    };
    input.addEventListener("input", () => update(SHOWN));
    input.form.addEventListener("submit", (event) => { event.preventDefault(); update(SHOWN); });
    const asked = new URLSearchParams(global.location.search).get("q");
    if (asked) { input.value = asked; update(SHOWN); }
    global.glossary = { search, ready };
  }

  /* ---- Under node: the same engine over a built site, for the tests and benchmarks ---- */

  function nodeEngine(site, limit = Infinity) {  /* limit: the matches read in full */
    const fs = require("fs"), path = require("path"), vm = require("vm");
    const files = new Map();
    global.glossaryData = (name, value) => files.set(name, value);
    const read = (name) => vm.runInThisContext(fs.readFileSync(path.join(site, "search", name + ".js"), "utf8"));
    read("manifest");
    const store = new Store(files.get("manifest"), files);
    const engine = Engine(store);
    const load = (names) => names.forEach((name) => {
      try { read(name); } catch (error) { store.failed.add(name); }
    });
    return { store, engine, lookup: (query) => settle(store, () => engine.lookup(query, limit), load) };
  }

  /* node site.js SITE < {"op": "lookup"|"fold"|"forms"|"analyses", "items": [...]}; with
     "limit", a lookup reads only the first matches in full, as the page does */
  function main() {
    const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const { engine, store, lookup } = nodeEngine(process.argv[2], input.limit);
    const ops = {
      lookup: (q) => {
        const before = new Set(store.files.keys()), started = process.hrtime.bigint();
        const r = lookup(q);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const read = [...store.files.keys()].filter((name) => !before.has(name));
        return { query: q, ms, read, suggestions: r.suggestions, matches: r.matches.map((m) => ({
          id: m.id, type: HOW_LABELS[m.how], lang: m.lang, term: m.term, detail: m.detail, score: m.score })) };
      },
      fold: (s) => engine.text.fold(s),
      forms: (w) => [...engine.kazakh.forms(w)],
      analyses: (w) => engine.kazakh.analyses(w),
    };
    process.stdout.write(JSON.stringify(input.items.map(ops[input.op])));
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { Text, Kazakh, Store, Engine, ratio, extract, nodeEngine };
    if (typeof require !== "undefined" && require.main === module) main();
  } else if (global.document) {
    startPage(global.document);
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
