package org.bianmin.rest.catalogue;

/** The JSON bodies of the catalogue resources. */
final class CatalogueBodies {
    private CatalogueBodies() {
    }

    /** Publishing a version: its title, why, and on what legal basis. */
    record Publication(String title, String reason, String legalBasis) {
    }
}
