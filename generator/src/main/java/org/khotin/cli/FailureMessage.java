package org.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import org.khotin.diag.FileSystemFailure;
import org.khotin.diag.Problem;
import org.khotin.diag.SourcePos;

/**
 * What a command that failed with an exception tells the user instead of a stack trace. A failure of the
 * file system (disk full, read-only, permission denied, a file where a folder should be, a name too long) is
 * the user's to fix: it names the path, with a hint. Anything else is a bug in khotin: "internal error", with
 * the stack trace only when asked for ({@code --debug} or {@code KHOTIN_DEBUG=1}).
 */
final class FailureMessage {
    private FailureMessage() {}

    /** What to do about a failure of the file system, whatever the command. */
    private static String hint(FileSystemFailure failure) {
        return switch (failure) {
            case NO_SPACE -> "free some space on that disk (or write somewhere else), then run the command again";
            case QUOTA -> "free some space within your quota (or write somewhere else), then run the command again";
            case READ_ONLY -> "write somewhere else, or mount that disk read-write";
            case PERMISSION -> "check who owns the path and its permissions, or write somewhere else";
            case NOT_A_FOLDER -> "check the path: one of its folders is a file";
            case NAME_TOO_LONG -> "choose a shorter name or a folder nearer the root";
            case TOO_MANY_OPEN_FILES -> "raise the limit (ulimit -n) or close other programs, then run the command again";
            case FILE_TOO_LARGE -> "raise the limit (ulimit -f), then run the command again";
        };
    }

    /** The lines to print for a failure; the stack trace is appended when {@code debug}. */
    static String describe(Throwable failure, boolean debug) {
        Optional<IOException> io = ioCause(failure);
        String text = io.map(FailureMessage::describeIo).orElseGet(() -> internalError(failure));
        if (!debug) return text;
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return text + System.lineSeparator() + trace.toString().stripTrailing();
    }

    /** The I/O failure behind a failure, however wrapped; none for a bug. */
    private static Optional<IOException> ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException e) return Optional.of(e);
            if (!(t instanceof UncheckedIOException) && !(t instanceof java.util.concurrent.ExecutionException)
                    && !(t instanceof java.util.concurrent.CompletionException)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String describeIo(IOException e) {
        String where = "khotin";
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileSystemException fs) {
            if (fs.getFile() != null) where = fs.getFile();
            reason = fs.getReason() != null ? fs.getReason() : "";
            if (fs.getOtherFile() != null) reason = "(with " + fs.getOtherFile() + ") " + reason;
        }
        String message;
        String hint;
        if (e instanceof NoSuchFileException) {
            message = "no such file or folder";
            hint = "check the path";
        } else if (e instanceof NotDirectoryException) {
            message = "not a folder";
            hint = "check the path: it names a file where a folder is needed";
        } else if (e instanceof FileAlreadyExistsException) {
            message = "already exists";
            hint = "a file or folder of that name is in the way: move it, or choose another path";
        } else if (e instanceof DirectoryNotEmptyException) {
            message = "the folder is not empty";
            hint = "check the path, or move what is in that folder";
        } else if (e instanceof FileSystemLoopException) {
            message = "symbolic links form a loop here";
            hint = "remove the link that points back to a folder above it";
        } else {
            Optional<FileSystemFailure> known = FileSystemFailure.of(e);
            message = known.map(FileSystemFailure::message).orElse("cannot read or write: " + reason.strip());
            hint = known.map(FailureMessage::hint)
                    .orElse("this is the operating system's message; KHOTIN_DEBUG=1 shows where it happened");
        }
        return Problem.error(SourcePos.file(where), message, hint).format();
    }

    private static String internalError(Throwable failure) {
        String what = failure instanceof StackOverflowError ? "stack overflow"
                : failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return "khotin: internal error: " + what + " (please report this with the command you ran)"
                + System.lineSeparator() + "  hint: run it again with --debug (or KHOTIN_DEBUG=1) to see where it happened";
    }
}
