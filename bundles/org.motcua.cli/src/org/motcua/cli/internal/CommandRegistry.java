// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.motcua.cli.CliCommand;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The commands contributed as {@link CliCommand} OSGi services, found by name. */
public class CommandRegistry implements AutoCloseable {

    private final ServiceTracker<CliCommand, CliCommand> tracker;
    private final List<CliCommand> builtIns;

    /** Tracks the command services of {@code context}, next to the built-in commands. */
    public CommandRegistry(BundleContext context) {
        this.tracker = new ServiceTracker<>(context, CliCommand.class, null);
        this.tracker.open();
        this.builtIns = List.of(new HelpCommand(this), new VersionCommand());
    }

    /** @return every command, built-in and contributed, sorted by name */
    public List<CliCommand> all() {
        Stream<CliCommand> contributed = tracker.getTracked().values().stream();
        return Stream.concat(builtIns.stream(), contributed)
                .sorted(Comparator.comparing(CliCommand::name))
                .toList();
    }

    /** @return the command called {@code name}, if any */
    public Optional<CliCommand> find(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public void close() {
        tracker.close();
    }
}
