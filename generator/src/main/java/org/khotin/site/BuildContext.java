package org.khotin.site;

import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.diag.Progress;
import org.khotin.output.OutputSink;

/**
 * What every stage of one build shares: the configuration (with the options applied), the options, where the
 * output goes, the problems found so far, the stages' times and the progress shown on a terminal. (The clock is
 * the builder's: the load stage reads it for drafts and future articles, the build for its duration.)
 */
record BuildContext(SiteConfig cfg, BuildOptions options, OutputSink sink, Problems problems, StageTimes times,
                    Progress progress) {}
