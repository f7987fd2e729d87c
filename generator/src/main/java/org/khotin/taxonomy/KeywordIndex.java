package org.khotin.taxonomy;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.khotin.config.Language;
import org.khotin.content.Article;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Slugs;
import org.khotin.text.VietnameseOrder;

/**
 * The keywords of the whole archive: identity by {@link KeywordKeys#key} and the glossary, labels per
 * language, one stable slug per keyword shared by both languages, and each language's display order.
 */
public final class KeywordIndex {
    private final Glossary glossary;
    private final Map<String, Keyword> byId;
    private final Map<String, String> idByKey;
    private final Map<Language, List<Keyword>> ordered;
    /** Memo of {@link #idsOf} lookups: a cache of a pure function, safe to share between threads. */
    private final Map<String, String> idByWritten = new java.util.concurrent.ConcurrentHashMap<>();

    private KeywordIndex(Glossary glossary, List<Keyword> keywords, Map<String, String> idByKey) {
        this.glossary = glossary;
        this.byId = new LinkedHashMap<>();
        keywords.forEach(k -> byId.put(k.id(), k));
        this.idByKey = Map.copyOf(idByKey);
        this.ordered = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Comparator<String> order = order(l);
            ordered.put(l, keywords.stream().filter(k -> k.count(l) > 0)
                    .sorted(Comparator.comparing((Keyword k) -> k.label(l), order).thenComparing(Keyword::id))
                    .toList());
        }
    }

    /** Display order of labels: Vietnamese dictionary order, or English collation with a code-point tie-break. */
    public static Comparator<String> order(Language lang) {
        if (lang == Language.VI) return new VietnameseOrder();
        Collator english = Collator.getInstance(Language.EN.locale());
        return (a, b) -> {
            int c;
            synchronized (english) {
                c = english.compare(a, b);
            }
            return c != 0 ? c : a.compareTo(b);
        };
    }

    /** Accumulates one keyword while the articles are read. */
    private static final class Tally {
        final String key;
        final GlossaryEntry entry;
        final Map<Language, Map<String, Integer>> spellings = new EnumMap<>(Language.class);
        final Map<Language, List<String>> ids = new EnumMap<>(Language.class);
        Article firstUse;

        Tally(String key, GlossaryEntry entry) {
            this.key = key;
            this.entry = entry;
        }
    }

    /**
     * @param articles all articles, newest first (ties by id)
     */
    public static KeywordIndex build(List<Article> articles, Glossary glossary, Problems problems) {
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, String> identityOfKey = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>(); // the same spellings recur on many articles
        for (Article a : articles) {
            Set<String> seen = new HashSet<>();
            for (String written : a.meta().keywords()) {
                String key = keyOf.computeIfAbsent(written, KeywordKeys::key);
                if (key.isEmpty()) continue;
                Optional<GlossaryEntry> entry = glossary.findByKey(key);
                String identity = entry.map(e -> "g\u0000" + e.id()).orElse("k\u0000" + key);
                identityOfKey.put(key, identity);
                Tally t = tallies.computeIfAbsent(identity, i -> new Tally(key, entry.orElse(null)));
                t.spellings.computeIfAbsent(a.lang(), l -> new TreeMap<>()).merge(written.strip(), 1, Integer::sum);
                if (seen.add(identity)) t.ids.computeIfAbsent(a.lang(), l -> new ArrayList<>()).add(a.id());
                t.firstUse = a; // newest first, so the last use written is the oldest
            }
        }
        // Glossary ids are reserved; implicit keywords get slugs in order of first use, so a keyword that
        // appears later never takes an older keyword's URL.
        Set<String> used = new HashSet<>();
        glossary.entries().forEach(e -> used.add(e.id()));
        List<Tally> implicit = tallies.values().stream().filter(t -> t.entry == null)
                .sorted(Comparator.comparing((Tally t) -> t.firstUse.meta().date().toInstant())
                        .thenComparing(t -> t.firstUse.id()).thenComparing(t -> t.key))
                .toList();
        Map<Tally, String> slugs = new HashMap<>();
        Map<String, Tally> plainOwner = new HashMap<>();
        for (Tally t : implicit) {
            String base = Slugs.slug(t.key);
            if (base.isEmpty()) base = "tu-khoa";
            String slug = base;
            for (int n = 2; used.contains(slug); n++) slug = base + "-" + n;
            used.add(slug);
            slugs.put(t, slug);
            if (slug.equals(base)) {
                plainOwner.put(base, t);
            } else {
                String owner = Optional.ofNullable(plainOwner.get(base)).map(o -> "'" + bestLabel(o) + "'")
                        .orElse("the glossary entry '" + base + "'");
                problems.warning(t.firstUse.meta().positionOf("keywords", t.firstUse.filePos()),
                        "keyword '" + bestLabel(t) + "' has the same URL slug as " + owner + "; its pages are at …/" + slug + "/",
                        "if it is " + owner + " with a mark mistyped, write it so (khotin keywords review lists such pairs); "
                                + "if it is another word, add it to content/keywords.yml with an id of its own to choose its URL");
            }
        }
        List<Keyword> keywords = new ArrayList<>();
        Map<String, String> idByKey = new HashMap<>();
        for (GlossaryEntry e : glossary.entries()) {
            Tally t = tallies.get("g\u0000" + e.id());
            Map<Language, List<String>> ids = t == null ? Map.of() : t.ids;
            keywords.add(new Keyword(e.id(), KeywordKeys.key(e.vi().isEmpty() ? e.en() : e.vi()), e.vi(), e.en(), true, ids));
        }
        for (Tally t : implicit) {
            keywords.add(new Keyword(slugs.get(t), t.key, mostWritten(t.spellings.get(Language.VI)),
                    mostWritten(t.spellings.get(Language.EN)), false, t.ids));
        }
        Map<Tally, String> idOf = new HashMap<>(slugs);
        for (Tally t : tallies.values()) if (t.entry != null) idOf.put(t, t.entry.id());
        identityOfKey.forEach((key, identity) -> idByKey.put(key, idOf.get(tallies.get(identity))));
        return new KeywordIndex(glossary, keywords, idByKey);
    }

    private static String bestLabel(Tally t) {
        String vi = mostWritten(t.spellings.get(Language.VI));
        return vi.isEmpty() ? mostWritten(t.spellings.get(Language.EN)) : vi;
    }

    /** The spelling written most often; ties go to the one with more capitals, then code point order. */
    private static String mostWritten(Map<String, Integer> forms) {
        if (forms == null || forms.isEmpty()) return "";
        return forms.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().codePoints().filter(Character::isUpperCase).count())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /** The keywords some article of {@code lang} carries, in that language's display order. */
    public List<Keyword> keywords(Language lang) {
        return ordered.get(lang);
    }

    /** Every keyword, glossary entries first, then implicit ones in order of first use. */
    public List<Keyword> all() {
        return List.copyOf(byId.values());
    }

    /** The keyword a written label means, in either language, through the glossary and its aliases. */
    public Optional<Keyword> find(String label) {
        String key = KeywordKeys.key(label);
        String id = idByKey.get(key);
        if (id == null) id = glossary.findByKey(key).map(GlossaryEntry::id).orElse(null);
        return Optional.ofNullable(id).map(byId::get);
    }

    public Optional<Keyword> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of an article's keywords, in the order written, without repeats. */
    public List<String> idsOf(Article article) {
        Set<String> out = new LinkedHashSet<>();
        for (String written : article.meta().keywords()) {
            String id = idByWritten.computeIfAbsent(written, w -> find(w).map(Keyword::id).orElse(""));
            if (!id.isEmpty()) out.add(id);
        }
        return List.copyOf(out);
    }

    /**
     * The slugs a keyword's page had before its other spellings were merged into its glossary entry: each alias's
     * own slug, unless it is the keyword's or another keyword's. Their old pages redirect to the keyword's.
     */
    public List<String> oldSlugs(Keyword keyword) {
        return glossary.byId(keyword.id()).map(GlossaryEntry::aliases).orElse(List.of()).stream()
                .map(org.khotin.text.Slugs::slug).filter(s -> !s.isEmpty() && !byId.containsKey(s)).distinct().sorted().toList();
    }

    /** Where a keyword's glossary entry is, if it has one. */
    public Optional<SourcePos> entryPos(Keyword keyword) {
        return glossary.byId(keyword.id()).map(GlossaryEntry::pos);
    }

    /** Keywords Vietnamese articles use that have no English label yet (for the glossary's editors). */
    public List<Keyword> missingEnglish() {
        return ordered.get(Language.VI).stream().filter(k -> k.en().isEmpty()).toList();
    }
}
