package org.khotin.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.config.Language;
import org.khotin.text.Fold;

/**
 * Makes a {@link ScrapedArticle} of a page's lines: the header zone gives title, kicker, date and category;
 * the footer zone gives byline, source and keywords; what is left is the body, where subheads, captions and
 * media references are recognised and boilerplate is dropped.
 */
public final class ArticleReader {
    /** How many lines at the top may hold the title, date and furniture before the article starts. */
    private static final int HEADER_LINES = 10;
    /** How many lines at the end may hold byline, source and widgets. */
    private static final int FOOTER_LINES = 10;
    private static final int SUMMARY_MAX = 300;
    private static final int DERIVED_TITLE_MAX = 140;

    private static final Pattern KICKER = Pattern.compile("(?uU)([^:]{3,160}?)\\s*:\\s+(\\S.+)");
    private static final Pattern END_MARK = Pattern.compile("\\s*\\.?/\\.\\s*$");
    private static final Pattern MISSING_SPACE = Pattern.compile("(?<=\\p{Ll}\\p{Ll})\\.(?=\\p{Lu}\\p{Ll})");
    /** An ALL-CAPS run of at least three words glued to the start of a paragraph. */
    private static final Pattern GLUED_SUBHEAD = Pattern.compile(
            "(?uU)((?:[\\p{Lu}\\d][\\p{Lu}\\p{M}\\d,\\-]*\\s+){2,}[\\p{Lu}\\d][\\p{Lu}\\p{M}\\d\\-]*)\\s+(\\p{Lu}\\p{Ll}.*)");

    private final DateParser dates = new DateParser();
    private final Clock clock;

    public ArticleReader(Clock clock) {
        this.clock = clock;
    }

    public Result<ScrapedArticle> read(PageText page) {
        PageText.Hints hints = page.hints();
        List<String> keywords = new ArrayList<>(hints.keywords());
        List<String> media = new ArrayList<>();
        List<PageText.Line> lines = prepare(page.lines(), keywords, media);

        // header zone
        Optional<String> title = hints.title();
        Optional<DateParser.ParsedDate> date = hints.date().filter(this::notInFuture);
        Optional<String> category = hints.category();
        Optional<String> pendingLabel = Optional.empty();
        int start = 0;
        for (int i = 0; i < lines.size() && i < HEADER_LINES; i++) {
            PageText.Line line = lines.get(i);
            String text = line.text();
            Optional<DateParser.ParsedDate> asDate = dates.parseLine(text);
            if (asDate.isPresent()) {
                if (date.isEmpty()) date = asDate.filter(this::notInFuture);
                start = i + 1;
                continue;
            }
            if (Boilerplate.isLoneNumber(text)) {
                start = i + 1;
                continue;
            }
            Optional<String> crumb = Boilerplate.breadcrumbLast(text);
            if (crumb.isPresent() && title.isEmpty()) {
                if (category.isEmpty()) category = crumb;
                start = i + 1;
                continue;
            }
            if (Boilerplate.isGluedLabels(text) && title.isEmpty()) {
                start = i + 1;
                continue;
            }
            Optional<String> section = Boilerplate.knownSection(text);
            if (section.isPresent()) {
                if (category.isEmpty()) category = section;
                start = i + 1;
                continue;
            }
            if (title.isPresent()) {
                if (repeatsTitle(text, title.get())) {
                    start = i + 1;
                    continue;
                }
                break;
            }
            if (line.kind() == PageText.Kind.TEXT && looksLikeHeadline(text)) {
                title = Optional.of(text);
                start = i + 1;
                continue;
            }
            if (line.kind() == PageText.Kind.TEXT && Boilerplate.looksLikeLabel(text) && pendingLabel.isEmpty()
                    && i + 1 < lines.size()) {
                // a label before the headline is the section; decided once a headline follows
                pendingLabel = Optional.of(text);
                continue;
            }
            break;
        }
        if (pendingLabel.isPresent()) {
            if (title.isPresent() && start > 0) {
                if (category.isEmpty()) category = pendingLabel;
            } else {
                start = Math.min(start, indexOf(lines, pendingLabel.get()));
            }
        }

        // footer zone, read from the end
        // the byline the article shows wins over the page's author metadata, which often names the site
        Optional<Byline.Author> author = Optional.empty();
        Optional<String> source = hints.source();
        int end = lines.size();
        for (int i = lines.size() - 1; i >= start && i >= lines.size() - FOOTER_LINES; i--) {
            String text = lines.get(i).text();
            if (i == start) break; // never take the last body line
            if (Boilerplate.isGluedLabels(text) && !text.contains(" - ")) {
                end = i;
                continue;
            }
            Optional<String> credit = Byline.source(text);
            if (credit.isPresent() && source.isEmpty()) {
                source = credit;
                end = i;
                continue;
            }
            Optional<DateParser.ParsedDate> asDate = dates.parseLine(text);
            if (asDate.isPresent()) {
                if (date.isEmpty()) date = asDate.filter(this::notInFuture);
                end = i;
                continue;
            }
            Optional<Byline.Author> by = Byline.parse(text);
            if (by.isPresent() && author.isEmpty()) {
                author = by;
                end = i;
                continue;
            }
            break;
        }

        // body
        List<String> paragraphs = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String text = lines.get(i).text();
            Matcher glued = GLUED_SUBHEAD.matcher(text);
            if (glued.matches()) text = glued.group(2);
            if (lines.get(i).kind() == PageText.Kind.TEXT && !Casing.isAllCaps(text)) paragraphs.add(text);
        }
        SentenceCase sentenceCase = new SentenceCase(paragraphs);
        List<Block> blocks = new ArrayList<>();
        for (int i = start; i < end; i++) {
            body(lines.get(i), blocks, sentenceCase, title);
        }
        List<Block.Paragraph> bodyParagraphs = blocks.stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> (Block.Paragraph) b).toList();
        if (bodyParagraphs.isEmpty()) return Result.failed("no article text found");

        String lead = bodyParagraphs.get(0).text();
        String kicker = "";
        boolean titleDerived = false;
        String finalTitle;
        if (title.isPresent()) {
            finalTitle = title.get();
            Matcher k = KICKER.matcher(finalTitle);
            if (k.matches() && Casing.isAllCaps(k.group(1)) && !Casing.isAllCaps(k.group(2))) {
                kicker = k.group(1).strip();
                finalTitle = k.group(2).strip();
            }
            if (Casing.isAllCaps(finalTitle)) finalTitle = sentenceCase.apply(finalTitle);
        } else {
            finalTitle = deriveTitle(lead);
            titleDerived = true;
        }

        String allText = String.join("\n", bodyParagraphs.stream().map(Block::text).toList());
        Language lang = LanguageGuess.of(finalTitle + "\n" + allText);
        String dateIso;
        String dateRaw;
        boolean estimated = false;
        String estimateReason = "";
        if (date.isPresent()) {
            dateIso = date.get().iso();
            dateRaw = date.get().raw();
        } else {
            DateEstimate estimate = DateEstimate.from(finalTitle + "\n" + allText, LocalDate.now(clock.withZone(DateParser.ZONE)));
            dateIso = estimate.date().format(DateParser.ISO);
            dateRaw = "";
            estimated = true;
            estimateReason = estimate.reason();
        }
        return Result.ok(new ScrapedArticle(finalTitle, titleDerived, kicker, dateIso, dateRaw, estimated, estimateReason,
                lang, category.orElse(""), summary(lead), dedupe(keywords),
                author.map(Byline.Author::name).or(hints::author).orElse(""),
                author.map(Byline.Author::organisation).orElse(""),
                source.orElse(""), dedupe(media), blocks));
    }

    /** Joins lines a scraper broke mid-sentence, lifts keyword and media lines out, drops furniture. */
    private List<PageText.Line> prepare(List<PageText.Line> in, List<String> keywords, List<String> media) {
        List<PageText.Line> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            PageText.Line line = in.get(i);
            String text = line.text();
            if (i > 0 && Boilerplate.isRelatedHeading(text) && i >= in.size() / 2) break;
            Optional<List<String>> listed = Boilerplate.keywordList(text);
            if (listed.isPresent()) {
                keywords.addAll(listed.get());
                continue;
            }
            Optional<String> file = Boilerplate.mediaFile(text);
            if (file.isPresent()) {
                media.add(file.get());
                continue;
            }
            if (Boilerplate.isAnywhere(text)) continue;
            if (!out.isEmpty() && continues(out.get(out.size() - 1), line)) {
                PageText.Line previous = out.remove(out.size() - 1);
                out.add(new PageText.Line(previous.text() + " " + text, previous.kind(), previous.blankBefore()));
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** A hard-wrapped sentence: no blank line, no closing punctuation, next line starts in lowercase. */
    private static boolean continues(PageText.Line previous, PageText.Line next) {
        return !next.blankBefore() && previous.kind() == PageText.Kind.TEXT && next.kind() == PageText.Kind.TEXT
                && !previous.text().matches(".*[.!?:;…|\"”)]$")
                && Character.isLowerCase(next.text().codePointAt(0));
    }

    private void body(PageText.Line line, List<Block> blocks, SentenceCase sentenceCase, Optional<String> title) {
        String text = line.text();
        if (title.isPresent() && blocks.isEmpty() && repeatsTitle(text, title.get())) return;
        if (line.kind() == PageText.Kind.HEADING) {
            blocks.add(new Block.Heading(Casing.isAllCaps(text) ? sentenceCase.apply(text) : text));
            return;
        }
        if (line.kind() == PageText.Kind.CAPTION) {
            blocks.add(new Block.Caption(Captions.clean(text)));
            return;
        }
        if (Casing.isAllCaps(text) && text.split("\\s+").length >= 2 && text.length() <= 200) {
            blocks.add(new Block.Heading(sentenceCase.apply(text.replaceAll("[.:]$", ""))));
            return;
        }
        Matcher glued = GLUED_SUBHEAD.matcher(text);
        if (glued.matches() && glued.group(1).replaceAll("[^\\p{L}]", "").length() >= 10) {
            blocks.add(new Block.Heading(sentenceCase.apply(glued.group(1))));
            blocks.add(new Block.Paragraph(cleanParagraph(glued.group(2))));
            return;
        }
        boolean hasParagraph = blocks.stream().anyMatch(b -> b instanceof Block.Paragraph);
        if (Captions.isCaption(text) && (hasParagraph || text.contains("Ảnh"))) {
            blocks.add(new Block.Caption(Captions.clean(text)));
            return;
        }
        String paragraph = cleanParagraph(text);
        if (!paragraph.isEmpty()) blocks.add(new Block.Paragraph(paragraph));
    }

    /** {@code ./.} closes official texts: one period is enough. Stray {@code |} separators go. */
    static String cleanParagraph(String text) {
        String s = text.replaceAll("^\\|\\s*", "").replaceAll("\\s*\\|$", "");
        s = END_MARK.matcher(s).replaceFirst(".");
        s = MISSING_SPACE.matcher(s).replaceAll(". ");
        return s.strip();
    }

    private static boolean looksLikeHeadline(String text) {
        int words = text.split("\\s+").length;
        return words >= 3 && words <= 45 && text.length() <= 300 && !text.matches(".*[.,;:]$")
                && Casing.startsUpper(text.replaceAll("^[\"“'(\\[]", "")) && !Captions.isCaption(text);
    }

    private static boolean repeatsTitle(String text, String title) {
        String key = Fold.key(text);
        if (key.equals(Fold.key(title))) return true;
        Matcher k = KICKER.matcher(title);
        return k.matches() && key.equals(Fold.key(k.group(2)));
    }

    private static int indexOf(List<PageText.Line> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().equals(text)) return i;
        }
        return 0;
    }

    private boolean notInFuture(DateParser.ParsedDate d) {
        return !d.date().toInstant().isAfter(clock.instant().plusSeconds(24 * 3600));
    }

    /** The lead's first sentence, cut at a word boundary when long; an editor is asked to review it. */
    static String deriveTitle(String lead) {
        String first = lead.split("(?<=[.!?])\\s+")[0].replaceAll("[.!?…]+$", "").strip();
        if (first.length() <= DERIVED_TITLE_MAX) return first;
        String cut = first.substring(0, DERIVED_TITLE_MAX);
        int comma = cut.lastIndexOf(", ");
        int space = cut.lastIndexOf(' ');
        int at = comma > DERIVED_TITLE_MAX / 2 ? comma : space;
        return cut.substring(0, at > 0 ? at : cut.length()).replaceAll("[\\s,;:\\-–]+$", "");
    }

    /** The lead paragraph, shortened to whole sentences when it is long. */
    static String summary(String lead) {
        if (lead.length() <= SUMMARY_MAX) return lead;
        StringBuilder out = new StringBuilder();
        for (String sentence : lead.split("(?<=[.!?])\\s+")) {
            if (out.length() > 0 && out.length() + 1 + sentence.length() > SUMMARY_MAX) break;
            if (out.length() > 0) out.append(' ');
            out.append(sentence);
        }
        return out.toString();
    }

    private static List<String> dedupe(List<String> items) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String item : items) byKey.putIfAbsent(Fold.key(item), item.strip());
        return List.copyOf(byKey.values());
    }
}
