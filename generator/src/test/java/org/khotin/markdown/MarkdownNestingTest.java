package org.khotin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How deeply Markdown may nest, and the input that used to overflow the stack. */
class MarkdownNestingTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** {@code levels} of one kind of nesting around the word "lõi", starting on line 3 of the text. */
    private static String nested(String kind, int levels) {
        String lead = "Đoạn đầu.\n\n";
        return lead + switch (kind) {
            case "quotes" -> ">".repeat(levels) + " lõi\n";
            case "lists" -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < levels; i++) s.append("  ".repeat(i)).append("- lõi\n");
                yield s.toString();
            }
            case "ordered lists" -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < levels; i++) s.append("   ".repeat(i)).append("1. lõi\n");
                yield s.toString();
            }
            case "emphasis" -> "*a ".repeat(levels) + "lõi" + " b*".repeat(levels) + "\n";
            case "strong" -> "**a ".repeat(levels) + "lõi" + " b**".repeat(levels) + "\n";
            case "strikethrough" -> "~~a ".repeat(levels) + "lõi" + " b~~".repeat(levels) + "\n";
            case "images" -> "![".repeat(levels) + "lõi" + "](a.png)".repeat(levels) + "\n";
            case "quotes and lists" -> "> - ".repeat(levels / 2) + "lõi\n";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static final List<String> KINDS = List.of("quotes", "lists", "ordered lists", "emphasis", "strong",
            "strikethrough", "images", "quotes and lists");

    @Test
    void thirtyTwoLevelsRenderAndThirtyThreeAreRefusedWhereTheNestingStarts() {
        assertThat(Nesting.MAX_LEVELS).isEqualTo(32);
        for (String kind : KINDS) {
            RenderedMarkdown deepest = renderer.render(nested(kind, 32));
            assertThat(deepest.problems()).as(kind).isEmpty();
            assertThat(deepest.html()).as(kind).contains("lõi");

            RenderedMarkdown tooDeep = renderer.render(nested(kind, kind.equals("quotes and lists") ? 34 : 33));
            assertThat(tooDeep.html()).as(kind).isEmpty();
            assertThat(tooDeep.problems()).as(kind).containsExactly(new MarkdownProblem(3, 1,
                    "Markdown nested more than 32 levels deep",
                    "block quotes, lists, emphasis and links may sit at most 32 levels inside one another (each '>',"
                            + " list marker, '*' or '_' pair and '[' opens one): flatten this part"));
        }
    }

    @Test
    void aThousandLevelsAreRefusedQuicklyWithoutOverflowingTheStack() {
        for (String kind : KINDS) {
            long start = System.nanoTime();
            RenderedMarkdown refused = renderer.render(nested(kind, 1000));
            assertThat(refused.problems()).as(kind).extracting(MarkdownProblem::line, MarkdownProblem::col)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1));
            // A thousand nested lists are a megabyte and a half of indentation, which flexmark reads once for each
            // open level of every line: under a second, with room here for a loaded machine.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(kind).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void textDeepInsideTheLimitIsNotMistakenForMoreNesting() {
        // lines 32 levels deep that start with what could open a block: digits, '*', '-', '#', '<'
        String prefix = "> ".repeat(32);
        String text = prefix + "1999 là năm\n" + prefix + "*2 lần\n" + prefix + "\n" + prefix + "- - -\n"
                + prefix + "# Tiêu đề\n" + prefix + "<b>đậm</b>\n";
        RenderedMarkdown html = renderer.render(text);
        assertThat(html.problems()).isEmpty();
        assertThat(html.html()).contains("1999 là năm").contains("*2 lần").contains("<hr>").contains("Tiêu đề")
                .contains("<b>đậm</b>");
    }

    @Test
    void longRunsOfMarkersRenderInMilliseconds() {
        for (String line : List.of("*".repeat(2000), "_".repeat(2000), "-".repeat(2000), "* ".repeat(1000),
                "Chữ " + "*".repeat(2000) + " chữ", "Chữ " + "_".repeat(2000) + " chữ", "`".repeat(2000),
                "[".repeat(2000) + "chữ", "*a ".repeat(700), "_a ".repeat(700), "<".repeat(2000))) {
            long start = System.nanoTime();
            RenderedMarkdown html = renderer.render("Đoạn.\n\n" + line + "\n");
            assertThat(html.problems()).as(line.substring(0, 8)).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(line.substring(0, 8)).isLessThan(Duration.ofSeconds(1));
        }
        assertThat(renderer.render("*".repeat(2000) + "\n").html()).isEqualTo("<hr>\n");
        // a word between runs of markers nests them: a thousand levels of emphasis
        assertThat(renderer.render("*".repeat(2000) + "chữ" + "*".repeat(2000) + "\n").problems()).hasSize(1);
    }

    @Test
    void aStackOverflowInOneBodyIsAProblemOfThatBody() throws InterruptedException {
        // 32 levels, well within a render thread's stack (a fifth of it), but not within 64 KB
        String text = "Đoạn.\n\n" + "> ".repeat(16) + "- ".repeat(8) + "*a ".repeat(8) + "lõi" + " b*".repeat(8) + "\n";
        assertThat(renderer.render(text).problems()).isEmpty();
        RenderedMarkdown[] result = new RenderedMarkdown[1];
        Thread small = new Thread(null, () -> result[0] = renderer.render(text), "small stack", 64 * 1024);
        small.start();
        small.join();
        assertThat(result[0].html()).isEmpty();
        assertThat(result[0].problems()).extracting(MarkdownProblem::line, MarkdownProblem::col, MarkdownProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 0,
                        "this part of the Markdown body is nested too deeply or too long to render"));
        assertThat(renderer.render(text).problems()).as("the renderer works on after it").isEmpty();
    }

    @Test
    void thematicBreaksOfAnyLengthAreFoundAsFlexmarkFindsShortOnes() {
        for (String marker : List.of("*", "-", "_", "* ", "- ", "_ ", " *\t")) {
            assertThat(renderer.render("Đoạn.\n\n" + marker.repeat(5000) + "\n").html()).as(marker).endsWith("<hr>\n");
        }
        // flexmark's own parser (with its regular expression, which recurses once per character) against ours,
        // on random short documents of the characters that matter: markers, spaces, tabs, list and quote
        // starts, text and line ends
        Parser core = Parser.builder(new MutableDataSet()).build();
        Parser ours = Parser.builder(new MutableDataSet().set(Parser.THEMATIC_BREAK_PARSER, false))
                .customBlockParserFactory(new ThematicBreaks()).build();
        HtmlRenderer html = HtmlRenderer.builder().build();
        String[] pieces = {"*", "-", "_", " ", "\t", "a", "+ ", "1. ", "> ", "\n", "\r\n", "***", "- - -", "__ _", "    "};
        Random random = new Random(17);
        List<String> differ = new ArrayList<>();
        int breaks = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder doc = new StringBuilder();
            for (int k = random.nextInt(12) + 1; k > 0; k--) doc.append(pieces[random.nextInt(pieces.length)]);
            String expected = html.render(core.parse(doc.toString()));
            if (expected.contains("<hr />")) breaks++;
            if (!html.render(ours.parse(doc.toString())).equals(expected)) differ.add(doc.toString());
        }
        assertThat(differ).isEmpty();
        assertThat(breaks).as("documents with a break among them").isGreaterThan(1000);
    }
}
