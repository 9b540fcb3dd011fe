package org.bianmin.rest.catalogue;

import java.util.Map;

/** The JSON bodies of the catalogue resources. */
final class CatalogueBodies {
    private CatalogueBodies() {
    }

    /** Publishing a version: its title, why, and on what legal basis. */
    record Publication(String title, String reason, String legalBasis) {
    }

    /**
     * An applicant's answers to a bundle's situations (情形): question → chosen answer, as the bundle
     * words them; {@code date} (yyyy-MM-dd) defaults to today.
     */
    record Answers(String date, Map<String, String> answers) {
    }
}
