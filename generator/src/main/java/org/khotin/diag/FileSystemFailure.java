package org.khotin.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The failures of the file system that are the user's to fix, recognised from what Java passes on of the
 * operating system's words; each command says what to do about them in its own terms.
 */
public enum FileSystemFailure {
    NO_SPACE("no space left on device", List.of("no space left")),
    QUOTA("disk quota exceeded", List.of("disk quota")),
    READ_ONLY("the file system is read-only", List.of("read-only file system")),
    PERMISSION("permission denied", List.of("permission denied", "access is denied", "not permitted")),
    NOT_A_FOLDER("not a folder: a part of the path is a file", List.of("not a directory")),
    NAME_TOO_LONG("the file name is too long", List.of("file name too long")),
    TOO_MANY_OPEN_FILES("too many open files", List.of("too many open files")),
    FILE_TOO_LARGE("the file is larger than this user may write", List.of("file too large"));

    private final String message;
    private final List<String> reasons;

    FileSystemFailure(String message, List<String> reasons) {
        this.message = message;
        this.reasons = reasons;
    }

    /** What to tell the user, in plain words. */
    public String message() {
        return message;
    }

    /** Which of these failures {@code e} is, if any. */
    public static Optional<FileSystemFailure> of(IOException e) {
        if (e instanceof AccessDeniedException) return Optional.of(PERMISSION);
        String reason = reason(e).toLowerCase(Locale.ROOT);
        for (FileSystemFailure f : values()) {
            if (f.reasons.stream().anyMatch(reason::contains)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The operating system's reason, without the path Java repeats in front of it. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }
}
