package org.khotin.output;

import java.io.IOException;
import org.khotin.diag.FileSystemFailure;

/**
 * Writing or committing the output failed, said for the person running the build: the folder or file
 * concerned, what went wrong and what state the output folder is in (the message), and what to do (the hint).
 */
public class OutputFailure extends IOException {
    private final String where;
    private final String hint;

    OutputFailure(String where, String message, String hint, Throwable cause) {
        super(message, cause);
        this.where = where;
        this.hint = hint;
    }

    /** The output folder or file, as the caller named it. */
    public String where() {
        return where;
    }

    public String hint() {
        return hint;
    }

    /**
     * A failed file operation, explained.
     *
     * @param folder the output folder as the caller named it, ending in '/'
     * @param doing  what failed, e.g. "cannot write vi/index.html"
     * @param state  what became of the output folder, e.g. "public/ was left as it was"
     */
    static OutputFailure of(String folder, String doing, IOException e, String state) {
        if (e instanceof OutputFailure f) return f;
        return new OutputFailure(folder, doing + ": " + reason(e) + "; " + state, hint(e, folder), e);
    }

    /** The operating system's reason, without the path Java repeats in front of it. */
    static String reason(IOException e) {
        return FileSystemFailure.reason(e);
    }

    static String hint(IOException e, String folder) {
        return FileSystemFailure.of(e).map(failure -> switch (failure) {
            case FILE_TOO_LARGE -> "this user may not write files that large (see ulimit -f): raise the limit, then build again";
            case NO_SPACE, QUOTA -> "free some space on the disk that holds " + folder
                    + " (a build needs room for the new site beside the old one), or build elsewhere with --out; then build again";
            case READ_ONLY -> "the disk that holds " + folder + " is mounted read-only: build into a folder on a writable disk with --out";
            case PERMISSION -> "make " + folder + " and the folder it is in writable for this user, or build elsewhere with --out";
            default -> null;
        }).orElse("check the disk and the permissions of " + folder + " and the folder it is in, then build again");
    }
}
