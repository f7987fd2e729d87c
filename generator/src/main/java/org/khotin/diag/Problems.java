package org.khotin.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects problems from every stage (thread-safe); reports them sorted by position. */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Iterable<Problem> more) {
        for (Problem p : more) add(p);
    }

    public void error(SourcePos pos, String message, String hint) {
        add(Problem.error(pos, message, hint));
    }

    public void warning(SourcePos pos, String message, String hint) {
        add(Problem.warning(pos, message, hint));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public synchronized List<Problem> sorted() {
        return problems.stream().sorted().distinct().toList();
    }

    public synchronized List<Problem> errors() {
        return sorted().stream().filter(Problem::isError).toList();
    }

    public synchronized List<Problem> warnings() {
        return sorted().stream().filter(p -> !p.isError()).toList();
    }
}
