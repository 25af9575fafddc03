package org.diplograph.extract;

/** The kinds of event Diplograph extracts. */
public enum EventType {
    PHONE_CALL("call"), NEGOTIATION_ROUND("round"), MEETING("meeting");

    private final String slug;

    EventType(String slug) {
        this.slug = slug;
    }

    /** Used in event IRIs: "call", "round", "meeting". */
    public String slug() {
        return slug;
    }
}
