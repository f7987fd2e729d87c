package org.khotin.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.khotin.text.Fold;

/**
 * {@code khotin import --evaluate KEY FOLDER}: imports (in memory) each page an answer key names and scores
 * what the importer found against what a reader found: author and source, the day the text names, captions,
 * subheads, boilerplate, and for dumps that end with the page's summary after a blank block, whether that
 * summary became {@code summary} and left the body. The key is tab-separated (see docs/eval/import-key.tsv);
 * nothing is written.
 */
public final class ImportEvaluation {
    /** How far into a raw line its text is compared: cleaning may change what follows (credits, punctuation). */
    private static final int COMPARED_CHARS = 30;

    /** One page of the key: expected values, and raw line numbers of captions, subheads and boilerplate. */
    record Expected(String id, String author, String source, String day, List<Integer> captions,
            List<Integer> subheads, List<Integer> junk) {}

    /** Read the key; a malformed line is reported with its position and skipped. */
    static List<Expected> readKey(Path key, List<String> errors) throws IOException {
        List<Expected> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(key, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t", -1);
            try {
                if (f.length != 7) throw new IllegalArgumentException("7 tab-separated columns expected, found " + f.length);
                out.add(new Expected(f[0], none(f[1]), none(f[2]), none(f[3]), numbers(f[4]), numbers(f[5]), numbers(f[6])));
            } catch (IllegalArgumentException e) {
                errors.add(key + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String none(String s) {
        return s.strip().equals("-") ? "" : s.strip();
    }

    private static List<Integer> numbers(String s) {
        if (none(s).isEmpty()) return List.of();
        List<Integer> out = new ArrayList<>();
        for (String n : s.split(",")) out.add(Integer.parseInt(n.strip()));
        return out;
    }

    /** Hits out of cases, printed as a percentage. */
    private static final class Score {
        int hits;
        int cases;

        void count(boolean hit) {
            cases++;
            if (hit) hits++;
        }

        String show() {
            return cases == 0 ? "n/a" : String.format(Locale.ROOT, "%d/%d = %.1f %%", hits, cases, 100.0 * hits / cases);
        }
    }

    /** Scores every page of the key found in {@code folder}; returns the report's lines. */
    public static List<String> run(Importer importer, Path key, Path folder) throws IOException {
        List<String> errors = new ArrayList<>();
        List<Expected> pages = readKey(key, errors);
        Score author = new Score();
        Score source = new Score();
        Score day = new Score();
        Score captions = new Score();
        Score creditedCaptions = new Score();
        Score creditCapitals = new Score();
        Score subheads = new Score();
        Score junk = new Score();
        Score summary = new Score();
        Score joined = new Score();
        int wrongAuthor = 0;
        int wrongSource = 0;
        int creditInBody = 0;
        int summaryCaption = 0;
        int trailingDuplicate = 0;
        int extraHeadings = 0;
        int extraCaptions = 0;
        int datedWithoutDay = 0;
        List<String> misses = new ArrayList<>();
        int evaluated = 0;
        for (Expected e : pages) {
            Path file = folder.resolve(e.id() + ".txt");
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException ex) {
                errors.add(file + ": not found");
                continue;
            }
            Result<Importer.Conversion> r = importer.convert(bytes, file.getFileName().toString());
            if (r instanceof Result.Failed<Importer.Conversion> f) {
                errors.add(file + ": import failed: " + f.reason());
                continue;
            }
            ScrapedArticle a = ((Result.Ok<Importer.Conversion>) r).value().article();
            evaluated++;
            List<String> raw = List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
            List<Block> body = a.blocks();

            if (!e.author().isEmpty()) author.count(same(a.author(), e.author()));
            else if (!a.author().isEmpty()) wrongAuthor++;
            if (!e.source().isEmpty()) source.count(same(a.source(), e.source()));
            else if (!a.source().isEmpty()) wrongSource++;
            if (!e.author().isEmpty() && !same(a.author(), e.author())) misses.add(e.id() + " author: '" + a.author() + "'");
            if (!e.source().isEmpty() && !same(a.source(), e.source())) misses.add(e.id() + " source: '" + a.source() + "'");
            for (Block b : body) {
                String text = Fold.key(b.text());
                boolean credit = text.length() <= 80 && ((!e.author().isEmpty() && text.contains(Fold.key(e.author())))
                        || (!e.source().isEmpty() && text.contains(Fold.key(e.source()))));
                if (credit && !(b instanceof Block.Caption || b instanceof Block.Photo)) {
                    creditInBody++;
                    misses.add(e.id() + " credit left in body: '" + b.text() + "'");
                    break;
                }
            }

            String gotDay = a.date().map(d -> d.date().atZoneSameInstant(DateParser.ZONE).toLocalDate().toString()).orElse("");
            if (!e.day().isEmpty()) {
                day.count(gotDay.equals(e.day()));
                if (!gotDay.equals(e.day())) misses.add(e.id() + " day: '" + gotDay + "' for " + e.day());
            } else if (!gotDay.isEmpty() && a.date().map(d -> !d.raw().isEmpty()).orElse(false)) {
                datedWithoutDay++;
                misses.add(e.id() + " dated " + gotDay + " from '" + a.dateRaw() + "'");
            }

            for (int n : e.captions()) {
                boolean hit = body.stream().anyMatch(b -> (b instanceof Block.Caption || b instanceof Block.Photo) && contains(b.text(), raw, n));
                captions.count(hit);
                if (!hit) misses.add(e.id() + " caption at line " + n + " not marked");
                String rawLine = n >= 1 && n <= raw.size() ? raw.get(n - 1).strip() : "";
                if (Captions.hasCredit(rawLine)) {
                    creditedCaptions.count(hit);
                    // an agency's acronym in the credit (TTXVN, AFP) is shown as printed
                    for (var m = ACRONYM.matcher(rawLine); m.find(); ) {
                        String acronym = m.group();
                        boolean kept = body.stream().anyMatch(b -> contains(b.text(), raw, n) && b.text().contains(acronym));
                        creditCapitals.count(kept);
                        if (!kept) misses.add(e.id() + " credit at line " + n + " lost the capitals of " + acronym);
                    }
                }
            }
            for (Block b : body) {
                if (!(b instanceof Block.Caption || b instanceof Block.Photo)) continue;
                if (e.captions().stream().noneMatch(n -> contains(b.text(), raw, n))) {
                    extraCaptions++;
                    misses.add(e.id() + " caption not in the key: '" + cut(b.text()) + "'");
                }
            }
            for (int n : e.subheads()) {
                boolean hit = body.stream().anyMatch(b -> b instanceof Block.Heading && Fold.key(b.text()).equals(lineKey(raw, n)));
                subheads.count(hit);
                if (!hit) misses.add(e.id() + " subhead at line " + n + " not a heading");
            }
            for (Block b : body) {
                if (!(b instanceof Block.Heading)) continue;
                boolean expected = e.subheads().stream().anyMatch(n -> Fold.key(b.text()).equals(lineKey(raw, n)));
                if (!expected) {
                    extraHeadings++;
                    misses.add(e.id() + " heading not a subhead: '" + b.text() + "'");
                }
            }
            for (int n : e.junk()) {
                String line = lineKey(raw, n);
                boolean hit = line.isEmpty() || body.stream().map(b -> Fold.key(b.text()))
                        .noneMatch(b -> b.contains(line) && b.length() <= line.length() + 20);
                junk.count(hit);
                if (!hit) misses.add(e.id() + " boilerplate at line " + n + " kept");
            }
            boolean broken = body.stream().anyMatch(b -> b instanceof Block.Paragraph
                    && (Character.isLowerCase(b.text().codePointAt(0)) || ",.;:)".indexOf(b.text().charAt(0)) >= 0));
            joined.count(!broken);

            Optional<String> trailing = trailingSummary(raw);
            boolean right = false;
            if (trailing.isPresent()) {
                String want = prefix(Fold.key(trailing.get()));
                right = prefix(Fold.key(a.summary())).equals(want);
                summary.count(right);
                if (!right) misses.add(e.id() + " summary: '" + cut(a.summary()) + "'");
                List<Block> paragraphs = body.stream().filter(b -> b instanceof Block.Paragraph).toList();
                // the dump's summary block kept as the body's end; a closing sentence the summary merely repeats is the article's own
                if (paragraphs.size() > 1 && Fold.key(ArticleReader.cleanParagraph(paragraphs.get(paragraphs.size() - 1).text()))
                        .equals(Fold.key(ArticleReader.cleanParagraph(trailing.get())))) {
                    trailingDuplicate++;
                    misses.add(e.id() + " the summary is also the body's last paragraph");
                }
            }
            String folded = Fold.key(a.summary());
            boolean isCaption = body.stream().anyMatch(b -> (b instanceof Block.Caption || b instanceof Block.Photo) && Fold.key(b.text()).equals(folded))
                    || e.captions().stream().anyMatch(n -> !lineKey(raw, n).isEmpty() && folded.startsWith(prefix(lineKey(raw, n))));
            // the page's own summary may begin like a caption of the same photo: it is still the summary
            if (isCaption && !right) {
                summaryCaption++;
                misses.add(e.id() + " summary is a caption: '" + cut(a.summary()) + "'");
            }
        }
        List<String> out = new ArrayList<>();
        out.add("Evaluated " + evaluated + " pages of " + key + " in " + folder);
        out.add("Layouts (item 1):");
        out.add("  author where the page has one   " + author.show() + "; an author where it has none: " + wrongAuthor);
        out.add("  source where the page has one   " + source.show() + "; a source where it has none: " + wrongSource);
        out.add("  byline or source left in body   " + creditInBody);
        out.add("  summary is the page's summary   " + summary.show());
        out.add("  summaries that are captions     " + summaryCaption);
        out.add("  trailing duplicate summaries    " + trailingDuplicate);
        out.add("Dates (item 3):");
        out.add("  right day where the text names  " + day.show() + "; dated from the text where it names none: " + datedWithoutDay);
        out.add("Structure (item 4):");
        out.add("  subheads as headings            " + subheads.show() + "; other lines made headings: " + extraHeadings);
        out.add("  captions marked as captions     " + captions.show() + "; other lines made captions: " + extraCaptions);
        out.add("    of them with a credit         " + creditedCaptions.show());
        out.add("  credits keep their capitals     " + creditCapitals.show());
        out.add("  boilerplate removed             " + junk.show());
        out.add("  pages without broken lines      " + joined.show());
        if (!misses.isEmpty()) {
            out.add("Misses:");
            for (String m : misses) out.add("  " + m);
        }
        for (String err : errors) out.add("error: " + err);
        return out;
    }

    private static boolean same(String got, String want) {
        return Fold.key(got).equals(Fold.key(want));
    }

    /** The raw line's text, compared by its start. */
    /** One word in capitals standing alone (TTXVN, AFP), not part of a name written in capitals. */
    private static final Pattern ACRONYM = Pattern.compile(
            "(?uU)(?<![\\p{Lu}\\p{M}]\\s)(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{Lu}\\p{M}]{1,7}(?![\\p{L}\\p{M}])(?!\\s\\p{Lu}[\\p{Lu}\\p{M}])");

    private static boolean contains(String block, List<String> raw, int line) {
        String want = prefix(lineKey(raw, line));
        return !want.isEmpty() && Fold.key(block).contains(want);
    }

    private static String lineKey(List<String> raw, int line) {
        if (line < 1 || line > raw.size()) return "";
        return Fold.key(raw.get(line - 1).strip().replaceAll("[:.]$", ""));
    }

    private static String prefix(String s) {
        return s.length() <= COMPARED_CHARS ? s : s.substring(0, COMPARED_CHARS);
    }

    private static String cut(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** The text after the last run of three or more blank lines at the end of a dump, if the page has one. */
    static Optional<String> trailingSummary(List<String> raw) {
        int end = raw.size();
        while (end > 0 && raw.get(end - 1).isBlank()) end--;
        int start = end;
        while (start > 0 && !raw.get(start - 1).isBlank()) start--;
        int blanks = 0;
        for (int i = start - 1; i >= 0 && raw.get(i).isBlank(); i--) blanks++;
        if (blanks < 3 || start == 0 || start == end) return Optional.empty();
        return Optional.of(String.join(" ", raw.subList(start, end)).strip());
    }
}
