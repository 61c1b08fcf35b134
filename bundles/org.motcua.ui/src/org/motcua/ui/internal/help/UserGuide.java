// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user guide (docs/user-guide.md, copied into the bundle as {@code help/user-guide.md} by the build), read by
 * sections: F1 shows the section of the screen in front, in a plain viewer (no browser engine to install). Each
 * screen names the heading of its section; the English summary is the guide's last section.
 */
public final class UserGuide {

    /** The section shown for a screen without its own. */
    public static final String START = "## 1."; //$NON-NLS-1$
    /** The guide's English part. */
    public static final String ENGLISH = "## English summary"; //$NON-NLS-1$

    /** Each screen's section, by the heading it begins with. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("org.motcua.ui.part.home", START), //$NON-NLS-1$
            Map.entry("org.motcua.ui.part.intake", "## 2."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.part.inbox", "## 3."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.part.transfers", "## 4."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.part.search", "## 4a."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.part.dossier", "## 5."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.reporting.ui.part.dashboard", "## 6."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.part.legacy", "## 6a."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.admin.part.offices", "### 8.1."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.admin.part.modules", "### 8.2."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.admin.part.features", "### 8.3."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.admin.part.calendar", "### 8.4."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.admin.part.users", "### 8.5."), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("org.motcua.ui.part.audit", "### 8.6.")); //$NON-NLS-1$ //$NON-NLS-2$

    /** A section: its title and its text, images named by their captions. */
    public record Section(String title, String text) {
    }

    private final List<String> lines;

    private UserGuide(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** @return the guide in this bundle */
    public static UserGuide load() throws IOException {
        try (InputStream in = UserGuide.class.getResourceAsStream("/help/user-guide.md")) { //$NON-NLS-1$
            if (in == null) {
                throw new IOException("help/user-guide.md is not in the bundle"); //$NON-NLS-1$
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** @return the guide of this Markdown text */
    public static UserGuide of(String markdown) {
        return new UserGuide(markdown.lines().toList());
    }

    /** @return the heading that begins the section of the screen {@code partId} ({@link #START} for others) */
    public static String headingOf(String partId) {
        return partId == null ? START : SECTIONS.getOrDefault(partId, START);
    }

    /**
     * @return the section whose heading begins with {@code heading}, up to the next heading of its level or above;
     *         its sub-sections included
     */
    public Optional<Section> section(String heading) {
        int level = level(heading);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(heading) && level(lines.get(i)) == level) {
                List<String> text = new ArrayList<>();
                for (int j = i + 1; j < lines.size(); j++) {
                    int other = level(lines.get(j));
                    if (other > 0 && other <= level) {
                        break;
                    }
                    text.add(plain(lines.get(j)));
                }
                return Optional.of(new Section(lines.get(i).substring(level).strip(), reflow(text)));
            }
        }
        return Optional.empty();
    }

    /**
     * @return the lines as paragraphs the viewer wraps itself: the guide's lines are broken at a fixed width, so the
     *         lines of one paragraph or list item are joined; blank lines, list items, table rows, headings and code
     *         stay on lines of their own
     */
    private static String reflow(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean joinable = false;
        boolean code = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("```")) { //$NON-NLS-1$
                code = !code;
                joinable = false;
                continue;
            }
            boolean own = code || stripped.isEmpty() || stripped.startsWith("- ") || stripped.startsWith("|") //$NON-NLS-1$ //$NON-NLS-2$
                    || stripped.startsWith("#") || stripped.matches("\\d+\\..*") || stripped.startsWith("["); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (joinable && !own) {
                text.append(' ').append(stripped);
            } else {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(code ? line : stripped);
            }
            joinable = !code && !stripped.isEmpty() && !stripped.startsWith("|") && !stripped.startsWith("#"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString().strip();
    }

    /** @return the number of {@code #} of a Markdown heading, 0 for another line */
    private static int level(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
    }

    /** @return the line as plain text: an image by its caption, without the Markdown emphasis marks */
    private static String plain(String line) {
        return line.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "[$1]") //$NON-NLS-1$ //$NON-NLS-2$
                .replace("**", "").replace("`", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
