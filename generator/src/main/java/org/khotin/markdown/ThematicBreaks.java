package org.khotin.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Thematic breaks ({@code ***}, {@code - - -}, {@code ___}) found as flexmark's own parser finds them, but by a
 * loop over the line: flexmark's regular expression recurses once per character, so a line of a few thousand
 * {@code *} overflowed the stack. Takes the place of the core parser ({@link Parser#THEMATIC_BREAK_PARSER} off),
 * in the same order among the block parsers.
 */
final class ThematicBreaks implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class, FencedCodeBlockParser.Factory.class,
                HtmlBlockParser.Factory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    @Override
    public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
        boolean relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser() && !relaxedStart) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                if (!isBreak(line, state.getNextNonSpaceIndex())) return BlockStart.none();
                return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex()))).atIndex(line.length());
            }
        };
    }

    /**
     * Whether the line from {@code start} is three or more of one of {@code * - _}, with only spaces and tabs
     * between and after them (and a line end last, as the core parser's {@code $} allows).
     */
    static boolean isBreak(CharSequence line, int start) {
        if (start >= line.length()) return false;
        char mark = line.charAt(start);
        if (mark != '*' && mark != '-' && mark != '_') return false;
        int end = line.length() - lineEndLength(line);
        int marks = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == mark) marks++;
            else if (c != ' ' && c != '\t') return false;
        }
        return marks >= 3;
    }

    /** The length of a line terminator at the very end, which a regular expression's {@code $} steps over. */
    private static int lineEndLength(CharSequence line) {
        int n = line.length();
        if (n >= 2 && line.charAt(n - 2) == '\r' && line.charAt(n - 1) == '\n') return 2;
        if (n >= 1) {
            char c = line.charAt(n - 1);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return 1;
        }
        return 0;
    }
}
