package org.khotin.taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khotin.config.Fields;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Slugs;
import org.khotin.text.Unicode;

/**
 * The bilingual keyword glossary editors keep in {@code content/keywords.yml}. Every label and alias is
 * matched by {@link KeywordKeys#key}; a key may belong to one entry only.
 */
public final class Glossary {
    public static final String FILE = "keywords.yml";
    private static final Set<String> KEYS = Set.of("id", "vi", "en", "aliases");

    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byKey;
    private final Map<String, GlossaryEntry> byId;

    private Glossary(List<GlossaryEntry> entries, Map<String, GlossaryEntry> byKey) {
        this.entries = List.copyOf(entries);
        this.byKey = Map.copyOf(byKey);
        Map<String, GlossaryEntry> ids = new HashMap<>();
        entries.forEach(e -> ids.put(e.id(), e));
        this.byId = Map.copyOf(ids);
    }

    public static Glossary empty() {
        return new Glossary(List.of(), Map.of());
    }

    /** Reads {@code <contentDir>/keywords.yml}; a missing file is an empty glossary. */
    public static Glossary load(Path contentDir, String displayContentDir, Problems problems) {
        Path file = contentDir.resolve(FILE);
        String display = displayContentDir + FILE;
        if (!Files.isRegularFile(file)) return empty();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), display, problems);
        } catch (IOException e) {
            problems.error(SourcePos.file(display), "cannot read the keyword glossary: " + e.getMessage(), "");
            return empty();
        }
    }

    /** Parses the glossary text; problems carry file:line:col, and faulty entries are left out. */
    public static Glossary parse(String text, String path, Problems problems) {
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<YamlNode> root = new YamlReader().read(yaml, path, 1, problems);
        if (root.isEmpty()) return empty();
        if (root.get() instanceof YamlNode.Mapping m && m.entries().isEmpty()) return empty();
        if (!(root.get() instanceof YamlNode.Sequence seq)) {
            problems.error(root.get().pos(), "the keyword glossary must be a list of entries, not " + root.get().kindName(),
                    "start each entry with '- id: some-slug' and give it 'vi:', 'en:' and 'aliases:' lines");
            return empty();
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, GlossaryEntry> byKey = new LinkedHashMap<>();
        Map<String, GlossaryEntry> byId = new HashMap<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                problems.error(item.pos(), "a glossary entry must be a mapping (id, vi, en, aliases), not " + item.kindName(), "");
                continue;
            }
            int before = problems.errors().size();
            Fields f = new Fields(map, KEYS, "keyword glossary", problems);
            Optional<String> id = f.string("id");
            String vi = f.string("vi").map(Glossary::clean).orElse("");
            String en = f.string("en").map(Glossary::clean).orElse("");
            f.stringList("aliases");
            if (id.isEmpty()) {
                problems.error(map.pos(), "glossary entry without an 'id'", "add 'id: a-slug', the keyword's URL segment");
            } else if (!Slugs.isValid(id.get())) {
                problems.error(f.posOf("id").orElse(map.pos()), "glossary id '" + id.get() + "' is not a slug",
                        "use only a-z, 0-9 and single dashes, e.g. '" + Slugs.slug(id.get()) + "'");
            } else if (byId.containsKey(id.get())) {
                problems.error(f.posOf("id").orElse(map.pos()), "glossary id '" + id.get() + "' is used by another entry too"
                        + " (" + byId.get(id.get()).pos() + ")", "each keyword needs its own id");
            }
            if (!f.has("vi") && !f.has("en")) {
                problems.error(map.pos(), "glossary entry has neither a 'vi' nor an 'en' label", "write at least 'vi: …'");
            }
            if (problems.errors().size() > before) continue;
            List<Labelled> labels = new ArrayList<>();
            if (!vi.isEmpty()) labels.add(new Labelled(vi, f.posOf("vi").orElseThrow()));
            if (!en.isEmpty()) labels.add(new Labelled(en, f.posOf("en").orElseThrow()));
            List<String> aliases = new ArrayList<>();
            map.find("aliases").map(YamlNode.Entry::value).ifPresent(v -> {
                List<YamlNode> items = v instanceof YamlNode.Sequence s ? s.items() : List.of(v);
                for (YamlNode a : items) {
                    if (a instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
                        aliases.add(clean(s.text()));
                        labels.add(new Labelled(clean(s.text()), s.pos()));
                    }
                }
            });
            GlossaryEntry entry = new GlossaryEntry(id.get(), vi, en, aliases, map.pos());
            byId.put(entry.id(), entry);
            entries.add(entry);
            for (Labelled l : labels) {
                String key = KeywordKeys.key(l.text());
                if (key.isEmpty()) continue;
                GlossaryEntry owner = byKey.get(key);
                if (owner == null) {
                    byKey.put(key, entry);
                } else if (owner != entry) {
                    problems.error(l.pos(), "'" + l.text() + "' is claimed by glossary entries '" + owner.id() + "' and '"
                            + entry.id() + "'", "case, tone placement, abbreviations and 'số' do not count as differences;"
                            + " keep the spelling in one entry only");
                }
            }
        }
        return new Glossary(entries, byKey);
    }

    private record Labelled(String text, SourcePos pos) {}

    private static String clean(String s) {
        return Unicode.collapseSpaces(Unicode.nfcPlainSpaces(s));
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The entry a written keyword belongs to, by its {@link KeywordKeys#key}. */
    public Optional<GlossaryEntry> find(String label) {
        return Optional.ofNullable(byKey.get(KeywordKeys.key(label)));
    }

    public Optional<GlossaryEntry> findByKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<GlossaryEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
