package org.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FailureMessageTest {
    private static final String NL = System.lineSeparator();

    @Test
    void aFullDiskIsToldWithAHint() {
        // /dev/full answers every write with ENOSPC, as a full disk does
        IOException full = catchThrowableOfType(IOException.class, () -> Files.write(Path.of("/dev/full"), new byte[64]));
        assertThat(FailureMessage.describe(full, false)).isEqualTo("khotin: error: no space left on device" + NL
                + "  hint: free some space on that disk (or write somewhere else), then run the command again");
        // the same, wrapped as a stream or a parallel stage wraps it, and from a call that knows the path
        assertThat(FailureMessage.describe(new UncheckedIOException(full), false)).startsWith("khotin: error: no space left on device");
        assertThat(FailureMessage.describe(new FileSystemException("public/vi/index.html", null, "No space left on device"), false))
                .startsWith("public/vi/index.html: error: no space left on device" + NL + "  hint: free some space");
    }

    @Test
    void readOnlyAndPermissionFailuresNameThePath() {
        // what the JDK throws for EROFS and EACCES (as root, permission bits cannot make them happen)
        assertThat(FailureMessage.describe(new FileSystemException("/mnt/ro/public", null, "Read-only file system"), false))
                .isEqualTo("/mnt/ro/public: error: the file system is read-only" + NL
                        + "  hint: write somewhere else, or mount that disk read-write");
        assertThat(FailureMessage.describe(new AccessDeniedException("/srv/site/public"), false))
                .startsWith("/srv/site/public: error: permission denied" + NL + "  hint: ");
    }

    @Test
    void anyOtherFailureIsAnInternalErrorWithTheTraceOnlyWhenAsked() {
        IllegalStateException bug = new IllegalStateException("page plan has no home page");
        assertThat(FailureMessage.describe(bug, false)).isEqualTo("khotin: internal error: IllegalStateException: "
                + "page plan has no home page (please report this with the command you ran)" + NL
                + "  hint: run it again with --debug (or KHOTIN_DEBUG=1) to see where it happened");
        assertThat(FailureMessage.describe(bug, true)).contains("java.lang.IllegalStateException: page plan has no home page")
                .contains("\tat org.khotin.cli.FailureMessageTest");
        assertThat(FailureMessage.describe(new StackOverflowError(), false)).startsWith("khotin: internal error: stack overflow (");
    }
}
