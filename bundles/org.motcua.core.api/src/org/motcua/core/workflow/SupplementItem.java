// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * One paper a supplement request (Mẫu 02) asks for: a paper of the procedure version's document list, or another one
 * with the reason it is needed (officials may not ask for papers beyond the published list without one).
 *
 * @param name        the paper's name; for a paper of the list, its name there
 * @param kind        original, certified copy or copy; {@code null} for a paper of the list: as the list says
 * @param otherReason why a paper not on the list is needed; {@code null} for a paper of the list
 */
public record SupplementItem(String name, PaperKind kind, String otherReason) {

    /** @return a paper of the procedure's list, of the kind the list says */
    public static SupplementItem listed(String name) {
        return new SupplementItem(name, null, null);
    }

    /**
     * @return the item of one line of a {@link InputKind#PAPERS} input: {@code name}, then optionally {@code |KIND}
     *         and {@code |reason} (a paper not on the list), e.g. {@code Văn bản ủy quyền|CERTIFIED_COPY|người nộp là
     *         người được ủy quyền}
     * @throws IllegalArgumentException for an unknown kind
     */
    public static SupplementItem parse(String line) {
        String[] parts = line.split("\\|", 3);
        String name = parts[0].trim();
        PaperKind kind = parts.length > 1 && !parts[1].isBlank() ? PaperKind.valueOf(parts[1].trim()) : null;
        String reason = parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : null;
        return new SupplementItem(name, kind, reason);
    }

    /** @return the item as one line of a {@link InputKind#PAPERS} input ({@link #parse} reads it back) */
    public String line() {
        return name + "|" + (kind == null ? "" : kind.name()) + (otherReason == null ? "" : "|" + otherReason);
    }
}
