package org.khotin.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
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
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * How deeply Markdown may nest: block quotes, list items, emphasis (and strikethrough) and links inside one
 * another, {@value #MAX_LEVELS} levels at most. flexmark renders a document by recursion, one level of the
 * tree at a time, so a thousand nested {@code >} overflowed the stack; a reader never needs a tenth of the limit.
 * Parsing stays cheap past the limit too: {@link Guard} stops opening block levels there (flexmark's block
 * parser does work for every open level on every line, and a thousand nested lists took seconds).
 */
final class Nesting {
    static final int MAX_LEVELS = 32;

    private Nesting() {}

    /** Whether a node is one level of nesting. */
    static boolean isLevel(Node n) {
        return n instanceof BlockQuote || n instanceof ListItem || n instanceof DelimitedNode || n instanceof LinkNodeBase
                || n instanceof RefNode;
    }

    /**
     * The first node (in document order) at more than {@value #MAX_LEVELS} levels, and the outermost level
     * around it, where the nesting starts. The tree is walked without recursion.
     */
    static Optional<TooDeep> find(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        nodes.push(document);
        levels.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int level = levels.pop() + (isLevel(n) ? 1 : 0);
            if (level > MAX_LEVELS) return Optional.of(new TooDeep(outermostLevel(n), n));
            // pushed last child first, so that children are taken in document order
            for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                levels.push(level);
            }
        }
        return Optional.empty();
    }

    private static Node outermostLevel(Node n) {
        Node outermost = n;
        for (Node p = n.getParent(); p != null; p = p.getParent()) if (isLevel(p)) outermost = p;
        return outermost;
    }

    /** @param start where the nesting begins; @param beyond the first node past the limit */
    record TooDeep(Node start, Node beyond) {}

    /**
     * Opens no block inside a block already past the limit in quote and list levels: the rest of the line goes
     * into a {@link BeyondLimit} leaf, and {@link #find} reports the level past the limit that holds it.
     * Consulted before any other block parser.
     */
    static final class Guard implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(BlockQuoteParser.Factory.class, ListBlockParser.Factory.class, HeadingParser.Factory.class,
                    FencedCodeBlockParser.Factory.class, HtmlBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class,
                    ThematicBreaks.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    int levels = 0;
                    for (Node n = matched.getBlockParser().getBlock(); n != null; n = n.getParent()) {
                        if (n instanceof BlockQuote || n instanceof ListItem) levels++;
                    }
                    if (levels <= MAX_LEVELS) return BlockStart.none();
                    BasedSequence line = state.getLine();
                    return BlockStart.of(new BeyondLimitParser(line.subSequence(state.getNextNonSpaceIndex())))
                            .atIndex(line.length());
                }
            };
        }
    }

    /** What is left of a line that would open a block inside one beyond the limit: never rendered. */
    static final class BeyondLimit extends Block {
        BeyondLimit(BasedSequence chars) {
            super(chars);
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class BeyondLimitParser extends AbstractBlockParser {
        private final BeyondLimit block;

        BeyondLimitParser(BasedSequence chars) {
            this.block = new BeyondLimit(chars);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {}
    }
}
