package org.khotin.diag;

/**
 * How far a long run has got, stage by stage, for a person watching it. Counting may happen on several
 * threads at once. Reporting is the listener's business; the stages only count.
 */
public interface Progress {
    /** Counts nothing and shows nothing: tests, {@code --quiet}, and the preview's rebuilds. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String name, long total, String unit) {}

        @Override
        public void advance(long done) {}

        @Override
        public void end() {}
    };

    /** A stage with {@code total} things to do begins (the previous one, if any, is over). */
    void stage(String name, long total, String unit);

    /** {@code done} more things of the current stage are done. */
    void advance(long done);

    /** The run is over: whatever was shown goes away. */
    void end();
}
