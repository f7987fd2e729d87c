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
    private static final Pattern LEADING_BAR = Pattern.compile("^\\|\\s*");
    private static final Pattern TRAILING_BAR = Pattern.compile("\\s*\\|$");
    private static final Pattern END_MARK = Pattern.compile("\\s*\\.?/\\.\\s*$");
    private static final Pattern MISSING_SPACE = Pattern.compile("(?<=\\p{Ll}\\p{Ll})\\.(?=\\p{Lu}\\p{Ll})");
    /** An ALL-CAPS run of at least three words glued to the start of a paragraph. */
    private static final Pattern GLUED_SUBHEAD = Pattern.compile(
            "(?uU)((?:[\\p{Lu}\\d][\\p{Lu}\\p{M}\\d,\\-]*\\s+){2,}[\\p{Lu}\\d][\\p{Lu}\\p{M}\\d\\-]*)\\s+(\\p{Lu}\\p{Ll}.*)");

    // compiled once: every line of every page is tested with these
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_A_LINE = Pattern.compile(".*[.!?:;…|\"”)]$");
    private static final Pattern ENDS_IN_STOP = Pattern.compile("[.:]$");
    private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.,;:]$");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"“'(\\[]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** {@code Bài 1: …}: an earlier part of a series, listed before the lead. */
    private static final Pattern SERIES_PART = Pattern.compile("(?uU)(?:Bài|Kỳ|Phần)\\s+\\d{1,2}\\s*[:.\\-–]\\s*\\S.{0,150}");
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?U)\\p{Lu}{1,4}");
    /** A byline's label left on a line of its own above the name ({@code Ký:} / {@code Trần Quới}). */
    private static final Pattern BARE_BYLINE_LABEL = Pattern.compile("(?iU)(?:tác giả|ký|bài|bài và ảnh|tin và ảnh)\\s*:");

    private final DateParser dates = new DateParser();
    private final Clock clock;
    private final Optional<LocalDate> batchDate;

    public ArticleReader(Clock clock) {
        this(clock, Optional.empty());
    }

    /** @param batchDate the day an editor gave for the whole import ({@code --date}), for pages that print none */
    public ArticleReader(Clock clock, Optional<LocalDate> batchDate) {
        this.clock = clock;
        this.batchDate = batchDate;
    }

    /** What the top of the page said; the article starts at line {@code start}. */
    private record Header(Optional<String> title, Optional<DateParser.ParsedDate> date, Optional<String> category,
            Optional<Byline.Author> author, Optional<String> source, int start) {}

    /** What the end of the page said; the article ends before line {@code end}. */
    private record Footer(Optional<Byline.Author> author, Optional<String> source, Optional<DateParser.ParsedDate> date,
            int end) {}

    /** The headline after kicker and case fixes, or one derived from the lead. */
    private record Headline(String title, String kicker, boolean derived) {}

    public Result<ScrapedArticle> read(PageText page) {
        PageText.Hints hints = page.hints();
        List<String> keywords = new ArrayList<>(hints.keywords());
        List<String> media = new ArrayList<>();
        List<PageText.Line> lines = prepare(page.lines(), keywords, media);

        Header header = readHeader(lines, hints);
        Footer footer = readFooter(lines, header.start(), hints);
        List<PageText.Line> bodyLines = lines.subList(header.start(), footer.end());
        SentenceCase sentenceCase = new SentenceCase(proseOf(bodyLines));
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < bodyLines.size(); i++) {
            Optional<String> next = i + 1 < bodyLines.size() ? Optional.of(bodyLines.get(i + 1).text()) : Optional.empty();
            body(bodyLines.get(i), next, blocks, new BodyContext(sentenceCase, header.title(), hints.summary()));
        }
        captionPhotos(blocks);
        boolean noParagraph = blocks.stream().noneMatch(b -> b instanceof Block.Paragraph);
        boolean gallery = noParagraph && hints.summary().isPresent()
                && blocks.stream().allMatch(b -> !(b instanceof Block.Caption c) || Captions.hasCredit(c.text()));
        if (noParagraph && !gallery) {
            // a page of captions alone without credits or a summary of its own: the captions are its text
            blocks.replaceAll(b -> b instanceof Block.Caption c ? new Block.Paragraph(c.text()) : b);
        }
        // a gallery of credited photos with its own summary keeps its captions; they are still the text it is read by
        List<String> paragraphs = blocks.stream().filter(b -> b instanceof Block.Paragraph || (gallery && b instanceof Block.Caption))
                .map(Block::text).toList();
        if (paragraphs.stream().noneMatch(p -> p.codePoints().anyMatch(Character::isLetter))) {
            return Result.failed("no article text found");
        }

        String lead = paragraphs.get(0);
        Headline headline = headline(header.title(), lead, sentenceCase);
        String text = headline.title() + "\n" + String.join("\n", paragraphs);
        Optional<DateParser.ParsedDate> date = header.date().or(footer::date);
        String dateNote = "";
        Optional<DateEstimate> textEstimate = Optional.empty();
        if (date.isEmpty()) {
            List<String> places = new ArrayList<>();
            header.title().ifPresent(places::add);
            hints.summary().ifPresent(places::add);
            places.add(lead);
            Optional<TextDates.Found> named = TextDates.find(places, text, batchDate,
                    LocalDate.now(clock.withZone(DateParser.ZONE)));
            if (named.isPresent()) {
                date = named.get().date();
                dateNote = named.get().note();
            }
            textEstimate = named.flatMap(TextDates.Found::estimate)
                    .map(day -> new DateEstimate(day, "the day the lead names, year from the text"));
        }
        if (date.isEmpty() && batchDate.isPresent()) {
            date = Optional.of(DateParser.ParsedDate.day(batchDate.get(), ""));
            dateNote = "date " + batchDate.get() + " given by --date" + (dateNote.isEmpty() ? "" : "; " + dateNote);
        }
        Optional<DateEstimate> estimate = date.isPresent() ? Optional.empty()
                : textEstimate.or(() -> DateEstimate.from(text, LocalDate.now(clock.withZone(DateParser.ZONE))));
        return Result.ok(new ScrapedArticle(headline.title(), headline.derived(), headline.kicker(), date, dateNote,
                estimate, LanguageGuess.of(text), header.category().orElse(""),
                // a summary the page gives apart from the body (a dump's trailing sapo) wins over the lead
                summary(hints.summary().map(ArticleReader::cleanParagraph).filter(x -> !x.isEmpty()).orElse(lead)),
                dedupe(keywords),
                // the byline the article shows wins over the page's author metadata, which often names the site
                footer.author().or(header::author).map(Byline.Author::name).or(hints::author).orElse(""),
                footer.author().or(header::author).map(Byline.Author::organisation).orElse(""),
                footer.source().or(header::source).orElse(""), dedupe(media),
                blocks));
    }

    /** A caption right under a photo is that photo's. */
    private static void captionPhotos(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Photo photo && photo.text().isEmpty()
                    && blocks.get(i + 1) instanceof Block.Caption caption) {
                blocks.set(i, photo.withCaption(caption.text()));
                blocks.remove(i + 1);
            }
        }
    }

    /** Title, date and section before the article; furniture there is skipped. */
    private Header readHeader(List<PageText.Line> lines, PageText.Hints hints) {
        Optional<String> title = hints.title();
        Optional<DateParser.ParsedDate> date = hints.date().filter(this::notInFuture);
        Optional<String> category = hints.category();
        Optional<String> pendingLabel = Optional.empty();
        Optional<Byline.Author> author = Optional.empty();
        Optional<String> source = Optional.empty();
        int start = 0;
        for (int i = 0; i < lines.size() && i < HEADER_LINES; i++) {
            PageText.Line line = lines.get(i);
            if (line.kind() == PageText.Kind.PHOTO) continue; // the body's when no header line follows
            String text = line.text();
            Optional<DateParser.ParsedDate> asDate = dates.parseLine(text);
            Optional<String> crumb = Boilerplate.breadcrumbLast(text);
            Optional<String> section = Boilerplate.knownSection(text);
            Optional<Byline.Author> labelledAuthor = title.isPresent() ? Byline.labelled(text) : Optional.empty();
            Optional<String> labelledSource = title.isPresent() ? Byline.labelledSource(text) : Optional.empty();
            if (asDate.isPresent()) {
                if (date.isEmpty()) date = asDate.filter(this::notInFuture);
            } else if (labelledAuthor.isPresent() && author.isEmpty()) {
                author = labelledAuthor;
            } else if (labelledSource.isPresent() && source.isEmpty()) {
                source = labelledSource;
            } else if (Boilerplate.isReaderCall(text) || Boilerplate.isTeaser(text)) {
                // furniture under the headline: skip
            } else if (crumb.isPresent()) {
                if (category.isEmpty()) category = crumb;
            } else if (section.isPresent()) {
                if (category.isEmpty()) category = section;
            } else if (title.isEmpty() && i == 0 && startsAParagraph(lines, 1) && headlineShape(text)) {
                // the page's first line, set apart by a blank line: the headline, whatever words it uses
                title = Optional.of(text);
            } else if (Boilerplate.isLoneNumber(text) || (Boilerplate.isGluedLabels(text) && title.isEmpty())) {
                // a view counter or widget labels: skip
            } else if (title.isPresent()) {
                if (!repeatsTitle(text, title.get())) break;
            } else if (line.kind() == PageText.Kind.TEXT && looksLikeHeadline(text)) {
                title = Optional.of(text);
            } else if (line.kind() == PageText.Kind.TEXT && Boilerplate.looksLikeLabel(text) && pendingLabel.isEmpty()
                    && i + 1 < lines.size()) {
                // a label before the headline is the section; decided once a headline follows
                pendingLabel = Optional.of(text);
                continue;
            } else {
                break;
            }
            start = i + 1;
        }
        if (pendingLabel.isPresent()) {
            if (title.isPresent() && start > 0) {
                if (category.isEmpty()) category = pendingLabel;
            } else {
                start = Math.min(start, indexOf(lines, pendingLabel.get()));
            }
        }
        return new Header(title, date, category, author, source, start);
    }

    /** Byline, source, a date and widgets after the article, read from the end; never the last body line. */
    private Footer readFooter(List<PageText.Line> lines, int start, PageText.Hints hints) {
        Optional<Byline.Author> author = Optional.empty();
        Optional<String> source = hints.source();
        Optional<DateParser.ParsedDate> date = Optional.empty();
        int end = lines.size();
        for (int i = lines.size() - 1; i > start && i >= lines.size() - FOOTER_LINES; i--) {
            if (lines.get(i).kind() == PageText.Kind.PHOTO) continue; // after the byline: page furniture
            String text = lines.get(i).text();
            Optional<Byline.Credit> both = Byline.credit(text);
            Optional<String> credit = Byline.source(text);
            Optional<DateParser.ParsedDate> asDate = dates.parseLine(text).or(() -> siteAndDate(text));
            Optional<Byline.Author> by = Byline.parse(text);
            if (Boilerplate.isGluedLabels(text) && !text.contains(" - ")) {
                // widget labels run together: skip
            } else if (Boilerplate.isReaderCall(text)) {
                // an invitation to write in, a sign-off, an opinion disclaimer: skip
            } else if (both.isPresent() && author.isEmpty()) {
                author = Optional.of(both.get().author());
                if (source.isEmpty()) source = Optional.of(both.get().source());
            } else if (credit.isPresent() && source.isEmpty()) {
                source = credit;
            } else if (asDate.isPresent()) {
                if (date.isEmpty()) date = asDate.filter(this::notInFuture);
            } else if (by.isPresent() && author.isEmpty()) {
                author = by;
            } else if (author.isPresent() && (INITIALS_ONLY.matcher(text).matches() || BARE_BYLINE_LABEL.matcher(text.strip()).matches())) {
                // the author's initials above the byline: skip
            } else {
                break;
            }
            end = i;
        }
        return new Footer(author, source, date, end);
    }

    /** {@code Thể thao Việt Nam | 09:15 07/02/2017}: the site's name and the publication date. */
    private Optional<DateParser.ParsedDate> siteAndDate(String text) {
        int bar = text.lastIndexOf(" | ");
        if (bar < 0 || bar > 60) return Optional.empty();
        return dates.parseLine(text.substring(bar + 3))
                .map(d -> new DateParser.ParsedDate(d.date(), text.strip(), d.hasTime()));
    }

    /** The body's prose (glued subheads removed), from which subheads learn the article's capitalisation. */
    private static List<String> proseOf(List<PageText.Line> lines) {
        List<String> prose = new ArrayList<>();
        for (PageText.Line line : lines) {
            Matcher glued = GLUED_SUBHEAD.matcher(line.text());
            String text = glued.matches() ? glued.group(2) : line.text();
            if (line.kind() == PageText.Kind.TEXT && !Casing.isAllCaps(text)) prose.add(text);
        }
        return prose;
    }

    private static Headline headline(Optional<String> found, String lead, SentenceCase sentenceCase) {
        if (found.isEmpty()) return new Headline(deriveTitle(lead), "", true);
        String title = found.get();
        String kicker = "";
        Matcher k = KICKER.matcher(title);
        if (k.matches() && Casing.isAllCaps(k.group(1)) && !Casing.isAllCaps(k.group(2))) {
            kicker = k.group(1).strip();
            title = k.group(2).strip();
        }
        if (Casing.isAllCaps(title)) title = sentenceCase.apply(title);
        return new Headline(title, kicker, false);
    }

    /** Joins lines a scraper broke mid-sentence, lifts keyword and media lines out, drops furniture. */
    private List<PageText.Line> prepare(List<PageText.Line> in, List<String> keywords, List<String> media) {
        List<PageText.Line> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            PageText.Line line = in.get(i);
            String text = line.text();
            if (line.kind() == PageText.Kind.PHOTO) {
                out.add(line);
                continue;
            }
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
            if (Boilerplate.isAnywhere(text) || Boilerplate.isTeaser(text)) continue;
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
                && !ENDS_A_LINE.matcher(previous.text()).matches()
                && Character.isLowerCase(next.text().codePointAt(0));
    }

    /** What every body line is read against: the page's casing, its headline, and whether it gives its own summary. */
    /** What the page says besides its body: the headline and the summary it sets apart (a dump's trailing sapo). */
    private record BodyContext(SentenceCase sentenceCase, Optional<String> title, Optional<String> summary) {
        boolean ownSummary() {
            return summary.isPresent();
        }

        /** The sapo is one of the text's own sentences: the line it repeats is text, whatever its shape. */
        boolean repeatsSummary(String line) {
            return summary.isPresent() && summary.get().strip().equals(line.strip());
        }
    }

    private void body(PageText.Line line, Optional<String> next, List<Block> blocks, BodyContext page) {
        if (line.kind() == PageText.Kind.PHOTO) {
            blocks.add(new Block.Photo("", line.text(), line.alt()));
            return;
        }
        SentenceCase sentenceCase = page.sentenceCase();
        Optional<String> title = page.title();
        String text = line.text();
        // the headline again (an image's alt text), or a series' earlier parts listed before the lead
        if (title.isPresent() && repeatsTitle(text, title.get())) return;
        boolean hasParagraph = blocks.stream().anyMatch(b -> b instanceof Block.Paragraph);
        if (!hasParagraph && line.kind() == PageText.Kind.TEXT && SERIES_PART.matcher(text).matches()) return;
        if (line.kind() == PageText.Kind.HEADING) {
            blocks.add(new Block.Heading(Casing.isAllCaps(text) ? sentenceCase.apply(text) : text));
            return;
        }
        if (line.kind() == PageText.Kind.CAPTION) {
            blocks.add(new Block.Caption(Captions.clean(text)));
            return;
        }
        if (Casing.isAllCaps(text) && SPACES.split(text).length >= 2 && text.length() <= 200) {
            blocks.add(new Block.Heading(sentenceCase.apply(ENDS_IN_STOP.matcher(text).replaceAll(""))));
            return;
        }
        Matcher glued = GLUED_SUBHEAD.matcher(text);
        if (glued.matches() && glued.group(1).replaceAll("[^\\p{L}]", "").length() >= 10) {
            blocks.add(new Block.Heading(sentenceCase.apply(glued.group(1))));
            blocks.add(new Block.Paragraph(cleanParagraph(glued.group(2))));
            return;
        }
        if ((Captions.isCaption(text) && hasParagraph) || Captions.hasCredit(text)) {
            blocks.add(new Block.Caption(Captions.clean(text)));
            return;
        }
        if (line.kind() == PageText.Kind.TEXT) {
            // in a gallery every photo has a short caption: none of them heads a section
            boolean afterPhotoCaption = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Caption c
                    && !Captions.hasCredit(c.text()) && !c.text().endsWith(".") && !Subheads.isNumbered(text);
            Optional<String> subhead = afterPhotoCaption ? Optional.empty() : Subheads.of(text, next);
            if (subhead.isPresent()) {
                blocks.add(new Block.Heading(subhead.get()));
                return;
            }
            // only in a crawl dump (its summary set apart at the end) do plain sentences stand where photos were
            boolean photoSentence = page.ownSummary() && (!blocks.isEmpty()
                    ? Captions.isPhotoSentence(text, blocks, next) : Captions.isOpeningPhotoSentence(text, next));
            boolean describesAPhoto = Captions.describesAPhoto(cleanParagraph(text)) || photoSentence
                    || (hasParagraph && Captions.namesAPicture(text));
            if (describesAPhoto && !page.repeatsSummary(text)) {
                blocks.add(new Block.Caption(Captions.clean(text)));
                return;
            }
        }
        String paragraph = cleanParagraph(text);
        if (!paragraph.isEmpty()) blocks.add(new Block.Paragraph(paragraph));
    }

    /** {@code ./.} closes official texts: one period is enough. Stray {@code |} separators go. */
    static String cleanParagraph(String text) {
        String s = text.indexOf('|') < 0 ? text
                : TRAILING_BAR.matcher(LEADING_BAR.matcher(text).replaceAll("")).replaceAll("");
        // both patterns need something most paragraphs lack: "/." and a period before a capital
        if (s.contains("/.")) s = END_MARK.matcher(s).replaceFirst(".");
        if (hasPeriodBeforeCapital(s)) s = MISSING_SPACE.matcher(s).replaceAll(". ");
        return s.strip();
    }

    private static boolean hasPeriodBeforeCapital(String s) {
        for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            if (Character.isUpperCase(s.codePointAt(i + 1))) return true;
        }
        return false;
    }

    private static boolean startsAParagraph(List<PageText.Line> lines, int i) {
        return i < lines.size() && lines.get(i).blankBefore() && lines.get(i).kind() == PageText.Kind.TEXT;
    }

    private static boolean headlineShape(String text) {
        int words = SPACES.split(text).length;
        boolean trailingOff = text.endsWith("..") || text.endsWith("…");
        return words >= 3 && words <= 45 && text.length() <= 300
                && (trailingOff || !ENDS_IN_PUNCTUATION.matcher(text).matches());
    }

    private static boolean looksLikeHeadline(String text) {
        return headlineShape(text) && startsLikeAHeadline(OPENING_QUOTE.matcher(text).replaceAll(""))
                && !Captions.isCaption(text);
    }

    /** A capital, a number ({@code 3 sao Việt …}) or a brand written with a small letter first ({@code iPhone 8 …}). */
    private static boolean startsLikeAHeadline(String text) {
        if (text.isEmpty()) return false;
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        return Casing.startsUpper(text) || Character.isDigit(text.codePointAt(0))
                || first.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    private static boolean repeatsTitle(String text, String title) {
        // folding is costly and most lines are paragraphs far longer than any headline
        if (text.length() > title.length() + 20 || text.length() * 3 < title.length()) return false;
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
        // whole sentences until there are a few words: "1. Một" is not a title
        StringBuilder sentences = new StringBuilder();
        for (String sentence : SENTENCE_END.split(lead)) {
            if (sentences.length() > 0) sentences.append(' ');
            sentences.append(sentence);
            if (SPACES.split(sentences.toString()).length >= 3) break;
        }
        String first = sentences.toString().replaceAll("[.!?…]+$", "").strip();
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
        for (String sentence : SENTENCE_END.split(lead)) {
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
