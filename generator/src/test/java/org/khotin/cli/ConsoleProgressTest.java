package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.khotin.diag.Progress;

class ConsoleProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLogGetsPlainLinesWithCountsAndTimeLeftOnceARunIsLong() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, now::get, false);
        progress.stage("render", 1000, "pages");
        progress.advance(100);
        now.set(SECOND);
        progress.show();
        assertThat(text.toString()).as("a short run shows nothing").isEmpty();

        progress.advance(150);
        now.set(3 * SECOND);
        progress.show();
        assertThat(text.toString()).isEqualTo("render 250/1000 pages (25%), about 9 s left" + System.lineSeparator());
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlaceAndClearedAtTheEnd() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), true, now::get, false);
        progress.stage("markdown", 200, "articles");
        progress.advance(100);
        now.set(4 * SECOND);
        progress.show();
        assertThat(text.toString()).isEqualTo("\r[############............] markdown 100/200 articles (50%), about 4 s left\u001b[K");
        progress.end();
        assertThat(text.toString()).endsWith("\r\u001b[K").doesNotContain("\n");
    }

    @Test
    void timeLeftFollowsTheRecentPaceAndIsNotGuessedFromAStagesFirstSteps() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, now::get, false);
        progress.stage("render", 1000, "pages");
        now.set(SECOND);
        progress.advance(10);
        progress.show();
        // slow at first, as while the JIT compiler works, then a hundred pages a second
        now.set(6 * SECOND);
        progress.advance(100);
        progress.show();
        now.set(11 * SECOND);
        progress.advance(500);
        progress.show();
        progress.stage("search", 100, "articles");
        now.set(12 * SECOND);
        progress.advance(1);
        progress.show();
        assertThat(text.toString().lines()).containsExactly(
                "render 110/1000 pages (11%), about 49 s left",
                "render 610/1000 pages (61%), about 4 s left",
                "search 1/100 articles (1%)");
    }

    @Test
    void quietShowsNothing() {
        assertThat(ConsoleProgress.forCommand(new PrintWriter(new StringWriter()), true)).isSameAs(Progress.NONE);
    }
}
