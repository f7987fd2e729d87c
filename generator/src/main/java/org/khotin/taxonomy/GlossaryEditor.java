package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khotin.config.YamlNode;
import org.khotin.config.YamlReader;
import org.khotin.config.YamlWriter;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Slugs;
import org.khotin.text.Unicode;

/**
 * Changes to {@code content/keywords.yml} asked for by {@code khotin keywords review}: keywords merged into
 * one entry (as its aliases) and English labels. The editor's file is changed line by line, so its
 * comments, its order and the way each entry is written stay as they were; new entries go at its end.
 * A keyword that gets an entry keeps the URL it had, and the result is read back as a glossary before it
 * is returned, so a change that would make the file invalid is reported instead.
 */
public final class GlossaryEditor {
    /** {@code KEYWORD=VARIANT,VARIANT}: the variants become aliases of the keyword's entry. */
    public record Merge(String keyword, List<String> variants) {
        public Merge {
            variants = List.copyOf(variants);
        }

        /** Parses the option's value; a {@code |} separates variants instead of commas when there is one. */
        public static Optional<Merge> parse(String option) {
            int eq = option.indexOf('=');
            if (eq < 0) return Optional.empty();
            String keyword = clean(option.substring(0, eq));
            String rest = option.substring(eq + 1);
            List<String> variants = new ArrayList<>();
            for (String v : rest.split(rest.contains("|") ? "\\|" : ",")) {
                if (!clean(v).isEmpty()) variants.add(clean(v));
            }
            if (keyword.isEmpty() || variants.isEmpty()) return Optional.empty();
            return Optional.of(new Merge(keyword, variants));
        }
    }

    /** {@code KEYWORD=English label}. */
    public record Label(String keyword, String english) {
        public static Optional<Label> parse(String option) {
            int eq = option.indexOf('=');
            if (eq < 0) return Optional.empty();
            String keyword = clean(option.substring(0, eq));
            String english = clean(option.substring(eq + 1));
            if (keyword.isEmpty() || english.isEmpty()) return Optional.empty();
            return Optional.of(new Label(keyword, english));
        }
    }

    /**
     * @param text    the whole new file
     * @param changes what changed, one line each, in the order asked
     */
    public record Result(String text, List<String> changes) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    private static final String HEADER = """
            # Bilingual keyword glossary (Từ khóa / Keywords): see docs/content-format.md.
            # id: the keyword's URL segment in both languages; vi, en: its labels; aliases: other spellings.
            """;

    private final KeywordIndex index;
    private final String path;

    /**
     * @param index the archive's keywords, made with the glossary as the file now is: which keywords articles
     *              use, and the URLs they have
     * @param path  how to name the glossary file in problems
     */
    public GlossaryEditor(KeywordIndex index, String path) {
        this.index = index;
        this.path = path;
    }

    /**
     * The file with the merges and then the labels applied, in order; empty, with the reasons in
     * {@code problems}, when one cannot be made (a variant another entry claims, a keyword no article has).
     */
    public Optional<Result> apply(String text, List<Merge> merges, List<Label> labels, Problems problems) {
        Problems found = new Problems();
        Glossary.parse(text, path, found);
        if (found.hasErrors()) {
            problems.addAll(found.sorted());
            return Optional.empty();
        }
        Document doc = new Document(text);
        List<String> changes = new ArrayList<>();
        for (Merge m : merges) merge(doc, m, changes, found);
        for (Label l : labels) label(doc, l, changes, found);
        if (!found.hasErrors()) {
            Problems reread = new Problems();
            Glossary.parse(doc.text(), path, reread);
            for (var p : reread.errors()) {
                found.error(p.pos(), "the changes would make the glossary invalid: " + p.message(), p.hint());
            }
        }
        if (found.hasErrors()) {
            problems.addAll(found.sorted());
            return Optional.empty();
        }
        return Optional.of(new Result(doc.text(), changes));
    }

    private void merge(Document doc, Merge m, List<String> changes, Problems problems) {
        Glossary glossary = Glossary.parse(doc.text(), path, new Problems());
        Optional<GlossaryEntry> target = glossary.find(m.keyword());
        String option = "--merge '" + m.keyword() + "=" + String.join(",", m.variants()) + "'";
        List<String> aliases = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        keys.add(KeywordKeys.key(m.keyword()));
        boolean ok = true;
        for (String v : m.variants()) {
            if (!keys.add(KeywordKeys.key(v))) continue; // the keyword itself, or named twice
            Optional<GlossaryEntry> owner = glossary.find(v);
            if (owner.isPresent() && target.isPresent() && owner.get().id().equals(target.get().id())) continue;
            if (owner.isPresent()) {
                problems.error(owner.get().pos(), "'" + v + "' belongs to the glossary entry '" + owner.get().id()
                                + "', so it cannot become an alias of '" + m.keyword() + "' too (" + option + ")",
                        "take it out of that entry first, or merge into '" + entryLabel(owner.get()) + "' instead");
                ok = false;
            } else if (index.find(v).isEmpty()) {
                problems.error(SourcePos.file(option), "no article has the keyword '" + v + "'",
                        "'khotin keywords review' lists the keywords in use; check the spelling");
                ok = false;
            } else {
                aliases.add(v);
            }
        }
        if (!ok || aliases.isEmpty()) return;
        if (target.isPresent()) {
            doc.addAliases(doc.entryOf(target.get().id()), aliases);
            changes.add("entry '" + target.get().id() + "' (" + entryLabel(target.get()) + "): aliases + "
                    + String.join(", ", aliases));
        } else {
            String id = newId(m.keyword(), aliases, glossary);
            // an unlisted keyword that English articles write their own way keeps that English label
            String english = index.find(m.keyword()).filter(k -> !k.inGlossary()).map(Keyword::en)
                    .filter(en -> !en.isEmpty() && !KeywordKeys.key(en).equals(KeywordKeys.key(m.keyword()))).orElse("");
            doc.appendEntry(id, m.keyword(), english, aliases);
            changes.add("new entry '" + id + "' (" + m.keyword() + "): aliases " + String.join(", ", aliases));
        }
    }

    private void label(Document doc, Label l, List<String> changes, Problems problems) {
        Glossary glossary = Glossary.parse(doc.text(), path, new Problems());
        Optional<GlossaryEntry> entry = glossary.find(l.keyword());
        Optional<GlossaryEntry> owner = glossary.find(l.english());
        String option = "--label '" + l.keyword() + "=" + l.english() + "'";
        if (owner.isPresent() && (entry.isEmpty() || !owner.get().id().equals(entry.get().id()))) {
            problems.error(owner.get().pos(), "'" + l.english() + "' belongs to the glossary entry '" + owner.get().id()
                    + "' already (" + option + ")", "give '" + l.keyword() + "' another English label");
            return;
        }
        if (entry.isPresent()) {
            if (entry.get().en().equals(l.english())) return;
            doc.setEnglish(doc.entryOf(entry.get().id()), l.english());
            changes.add("entry '" + entry.get().id() + "' (" + entryLabel(entry.get()) + "): en "
                    + (entry.get().en().isEmpty() ? "" : "'" + entry.get().en() + "' → ") + "'" + l.english() + "'");
            return;
        }
        Optional<Keyword> keyword = index.find(l.keyword());
        if (keyword.isEmpty()) {
            problems.error(SourcePos.file(option), "no article has the keyword '" + l.keyword() + "'",
                    "'khotin keywords review' lists the keywords in use; check the spelling");
            return;
        }
        doc.appendEntry(keyword.get().id(), l.keyword(), l.english(), List.of());
        changes.add("new entry '" + keyword.get().id() + "' (" + l.keyword() + "): en '" + l.english() + "'");
    }

    /**
     * The id of a new entry: the keyword's own URL when articles use it already; otherwise the slug of its
     * label, unless another keyword has that URL (one of the variants may: its page becomes this one).
     */
    private String newId(String label, List<String> variants, Glossary glossary) {
        Optional<Keyword> existing = index.find(label).filter(k -> !k.inGlossary());
        if (existing.isPresent()) return existing.get().id();
        Set<String> taken = new HashSet<>();
        index.all().forEach(k -> taken.add(k.id()));
        glossary.entries().forEach(e -> taken.add(e.id()));
        Set<String> merged = new HashSet<>();
        for (String v : variants) index.find(v).ifPresent(k -> merged.add(k.id()));
        String base = Slugs.slug(KeywordKeys.key(label));
        if (base.isEmpty()) base = "tu-khoa";
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            if (!taken.contains(id) || merged.contains(id)) return id;
        }
    }

    private static String entryLabel(GlossaryEntry e) {
        return e.vi().isEmpty() ? e.en() : e.vi();
    }

    private static String clean(String s) {
        return Unicode.collapseSpaces(Unicode.nfcPlainSpaces(s)).strip();
    }

    /** A YAML scalar for a label: plain when that reads back the same, else double-quoted. */
    static String scalar(String s, boolean inFlow) {
        return inFlow ? YamlWriter.flowItem(s) : YamlWriter.scalar(s);
    }

    private static String flow(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) out.add(scalar(s, true));
        return "[" + String.join(", ", out) + "]";
    }

    /** The glossary file as lines, read again as YAML after every change to find where the next one goes. */
    private final class Document {
        private final List<String> lines = new ArrayList<>();
        private final String newline;

        Document(String text) {
            newline = text.contains("\r\n") ? "\r\n" : "\n";
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (!body.isEmpty()) {
                for (String l : body.split("\r?\n", -1)) lines.add(l);
                if (lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            }
        }

        String text() {
            return lines.isEmpty() ? "" : String.join(newline, lines) + newline;
        }

        /** One entry of the file: its YAML, and the lines it spans (1-based, its last line with content). */
        private record Entry(YamlNode.Mapping map, int first, int last) {}

        private List<Entry> entries() {
            Optional<YamlNode> root = new YamlReader().read(text(), path, 1, new Problems());
            List<Entry> out = new ArrayList<>();
            if (root.isEmpty() || !(root.get() instanceof YamlNode.Sequence seq)) return out;
            List<YamlNode.Mapping> maps = new ArrayList<>();
            for (YamlNode item : seq.items()) if (item instanceof YamlNode.Mapping m && !m.entries().isEmpty()) maps.add(m);
            for (int k = 0; k < maps.size(); k++) {
                int first = firstLine(maps.get(k));
                int end = k + 1 < maps.size() ? firstLine(maps.get(k + 1)) - 1 : lines.size();
                int last = end;
                while (last > first && isBlankOrComment(lines.get(last - 1))) last--;
                out.add(new Entry(maps.get(k), first, last));
            }
            return out;
        }

        private static int firstLine(YamlNode.Mapping m) {
            return m.entries().stream().mapToInt(e -> e.keyPos().line()).min().orElse(m.pos().line());
        }

        private static boolean isBlankOrComment(String line) {
            String s = line.strip();
            return s.isEmpty() || s.startsWith("#");
        }

        Entry entryOf(String id) {
            for (Entry e : entries()) {
                Optional<YamlNode.Entry> idField = e.map().find("id");
                if (idField.isPresent() && idField.get().value() instanceof YamlNode.Scalar s && s.text().equals(id)) return e;
            }
            throw new IllegalStateException("no glossary entry '" + id + "' in the text it was read from");
        }

        /** The spaces before an entry's keys. */
        private static String indent(Entry e) {
            return " ".repeat(Math.max(0, e.map().entries().get(0).keyPos().col() - 1));
        }

        void addAliases(Entry e, List<String> aliases) {
            Optional<YamlNode.Entry> field = e.map().find("aliases");
            if (field.isEmpty()) {
                lines.add(e.last(), indent(e) + "aliases: " + flow(aliases));
                return;
            }
            YamlNode value = field.get().value();
            if (value instanceof YamlNode.Sequence seq) {
                int row = value.pos().line() - 1;
                int col = value.pos().col() - 1;
                if (lines.get(row).charAt(col) == '[') {
                    int[] close = closingBracket(row, col);
                    String line = lines.get(close[0]);
                    String items = (seq.items().isEmpty() ? "" : ", ") + String.join(", ", aliases.stream().map(a -> scalar(a, true)).toList());
                    lines.set(close[0], line.substring(0, close[1]) + items + line.substring(close[1]));
                } else {
                    int lastItem = seq.items().get(seq.items().size() - 1).pos().line() - 1;
                    String itemLine = lines.get(lastItem);
                    int dash = itemLine.indexOf('-');
                    String prefix = itemLine.substring(0, dash + 1) + " ";
                    for (int k = aliases.size() - 1; k >= 0; k--) lines.add(lastItem + 1, prefix + scalar(aliases.get(k), false));
                }
                return;
            }
            List<String> all = new ArrayList<>();
            if (value instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) all.add(s.text());
            all.addAll(aliases);
            replaceValue(field.get(), flow(all));
        }

        void setEnglish(Entry e, String english) {
            Optional<YamlNode.Entry> field = e.map().find("en");
            if (field.isPresent()) {
                replaceValue(field.get(), scalar(english, false));
                return;
            }
            int after = e.map().find("vi").or(() -> e.map().find("id")).map(f -> f.value().pos().line())
                    .orElse(e.first());
            lines.add(after, indent(e) + "en: " + scalar(english, false));
        }

        void appendEntry(String id, String vi, String en, List<String> aliases) {
            List<Entry> existing = entries();
            String dash = "- ";
            String keys = "  ";
            if (!existing.isEmpty()) {
                Entry e = existing.get(0);
                String firstLine = lines.get(e.first() - 1);
                int col = e.map().entries().get(0).keyPos().col() - 1;
                dash = firstLine.substring(0, col);
                keys = " ".repeat(col);
            }
            if (lines.isEmpty()) HEADER.lines().forEach(lines::add);
            if (!lines.get(lines.size() - 1).isBlank()) lines.add("");
            lines.add(dash + "id: " + id);
            lines.add(keys + "vi: " + scalar(vi, false));
            if (!en.isEmpty()) lines.add(keys + "en: " + scalar(en, false));
            if (!aliases.isEmpty()) lines.add(keys + "aliases: " + flow(aliases));
        }

        /** Writes {@code text} in place of a field's value, keeping what follows it on the line (a comment). */
        private void replaceValue(YamlNode.Entry field, String text) {
            int row = field.keyPos().line() - 1;
            String line = lines.get(row);
            int colon = line.indexOf(':', field.keyPos().col() - 1);
            YamlNode value = field.value();
            boolean onKeyLine = value.pos().line() - 1 == row && !(value instanceof YamlNode.Scalar s
                    && s.kind() == YamlNode.ScalarKind.NULL);
            int start = onKeyLine ? value.pos().col() - 1 : colon + 1;
            int end = onKeyLine ? valueEnd(line, start) : start;
            String rest = line.substring(end);
            if (!onKeyLine) rest = rest.strip().startsWith("#") ? " " + rest.strip() : "";
            lines.set(row, line.substring(0, start).stripTrailing() + " " + text + rest);
        }

        /** Where a one-line scalar that starts at {@code start} ends: after its closing quote, or before a comment. */
        private static int valueEnd(String line, int start) {
            char first = line.charAt(start);
            if (first == '"' || first == '\'') {
                for (int k = start + 1; k < line.length(); k++) {
                    char c = line.charAt(k);
                    if (first == '"' && c == '\\') {
                        k++;
                    } else if (c == first) {
                        if (first == '\'' && k + 1 < line.length() && line.charAt(k + 1) == '\'') {
                            k++;
                        } else {
                            return k + 1;
                        }
                    }
                }
                return line.length();
            }
            int comment = line.indexOf(" #", start);
            int end = comment < 0 ? line.length() : comment;
            while (end > start && line.charAt(end - 1) == ' ') end--;
            return end;
        }

        /** The row and column of the {@code ]} that closes the flow list opened at (row, col), skipping quoted text. */
        private int[] closingBracket(int row, int col) {
            int depth = 0;
            char quote = 0;
            for (int r = row; r < lines.size(); r++) {
                String line = lines.get(r);
                for (int c = r == row ? col : 0; c < line.length(); c++) {
                    char ch = line.charAt(c);
                    if (quote != 0) {
                        if (ch == '\\' && quote == '"') c++;
                        else if (ch == quote) quote = 0;
                    } else if (ch == '"' || ch == '\'') {
                        quote = ch;
                    } else if (ch == '[') {
                        depth++;
                    } else if (ch == ']' && --depth == 0) {
                        return new int[] {r, c};
                    } else if (ch == '#' && (c == 0 || line.charAt(c - 1) == ' ')) {
                        break;
                    }
                }
            }
            throw new IllegalStateException("unclosed list in a glossary that was read as valid YAML");
        }
    }
}
