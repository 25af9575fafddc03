package org.diplograph.extract.entity;

/**
 * The role lexicon ({@code roles.tsv}) as the resolver needs it: which role a role text given at a
 * mention is compared as. "Kremlchef" is a Präsident (of Russia), "US-Präsident" a Präsident,
 * "Präsidentschaftssprecher" a Sprecher.
 */
public final class EntityRoles {
    private EntityRoles() {
    }

    /** The canonical role of a role text from a mention; the text itself when the lexicon does not know it. */
    public static String canonical(String roleText) {
        EntityLexicons lex = EntityLexicons.get();
        EntityLexicons.Role r = lex.role(roleText);
        if (r == null) {
            int dash = roleText.lastIndexOf('-');
            if (dash > 0 && dash < roleText.length() - 1) {
                r = lex.role(roleText.substring(dash + 1));
            }
        }
        return r == null ? roleText : r.canonical();
    }
}
