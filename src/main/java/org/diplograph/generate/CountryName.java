package org.diplograph.generate;

import org.diplograph.resolve.Entity;

/**
 * A country as German text names it, in each case the templates need: "die Ukraine" / "in der Ukraine" /
 * "der Ukraine", "der Iran" / "im Iran", "die USA" / "in den USA", "Frankreich" / "Frankreichs".
 *
 * @param entity the catalog entry (its English name goes into the gold)
 * @param form   the written name, without article
 * @param gender m, f, pl, or n for names used without article
 */
record CountryName(Entity entity, String form, String gender) {

    static CountryName of(Entity country, GeneratorData data) {
        GeneratorData.CountryGrammar g = data.country(country.nameEn());
        if (g == null) {
            return new CountryName(country, country.nameDe(), "n");
        }
        return new CountryName(country, g.form() == null ? country.nameDe() : g.form(), g.gender());
    }

    String nominative() {
        return switch (gender) {
            case "m" -> "der " + form;
            case "f", "pl" -> "die " + form;
            default -> form;
        };
    }

    String accusative() {
        return switch (gender) {
            case "m" -> "den " + form;
            case "f", "pl" -> "die " + form;
            default -> form;
        };
    }

    String dative() {
        return switch (gender) {
            case "m" -> "dem " + form;
            case "f" -> "der " + form;
            case "pl" -> "den " + pluralDative();
            default -> form;
        };
    }

    String genitive() {
        return switch (gender) {
            case "m" -> "des " + form;
            case "f", "pl" -> "der " + form;
            default -> endsInSibilant() ? "von " + form : form + "s";
        };
    }

    /** "in der Ukraine", "im Iran", "in den USA", "in Frankreich". */
    String in() {
        return switch (gender) {
            case "m" -> "im " + form;
            case "f" -> "in der " + form;
            case "pl" -> "in den " + pluralDative();
            default -> "in " + form;
        };
    }

    /** True when the name can stand before a role as a genitive: "Frankreichs Präsident". */
    boolean hasPrenominalGenitive() {
        return gender.equals("n") && !endsInSibilant() && !form.contains(" ") && !form.contains("-");
    }

    private String pluralDative() {
        return form.endsWith("e") ? form + "n" : form;
    }

    private boolean endsInSibilant() {
        char last = form.charAt(form.length() - 1);
        return last == 's' || last == 'ß' || last == 'x' || last == 'z';
    }
}
