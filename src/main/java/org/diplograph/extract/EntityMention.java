package org.diplograph.extract;

/**
 * One occurrence of a person, country, city, region or organization.
 *
 * @param key        canonical entity key, e.g. "person/donald-trump" or "country/russia"; null while
 *                   unresolved (a surname two people share stays null)
 * @param name       the full name to label a new entity with (e.g. "Andrij Sybiha"), or the covered text
 * @param role       the role the text gives at this mention ("Außenminister"), or null
 * @param represents key of the country the role says the person represents ("country/ukraine"), or null
 */
public record EntityMention(int start, int end, String text, EntityType type, MentionKind kind,
                           String key, String name, String role, String represents) implements Spanned {

    public EntityMention withKey(String newKey) {
        return new EntityMention(start, end, text, type, kind, newKey, name, role, represents);
    }

    public boolean resolved() {
        return key != null;
    }
}
