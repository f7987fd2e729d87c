package org.khotin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "related", mixinStandardHelpOptions = true, description = "Related news: explain a list, or benchmark.")
final class RelatedCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.USAGE;
    }
}
