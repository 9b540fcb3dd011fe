package org.bianmin.catalogue;

/**
 * The national-platform elements of an item beyond those every item has (GB/T 39554.1-2020 codes,
 * GB/T 39554.2-2020 elements): its codes, who exercises its power and how, and how it is handled.
 * Each part is optional while the county fills in its catalogue.
 *
 * @param codes    the national codes, or null
 * @param exercise who exercises the power and how it came to them, or null
 * @param handling how it is handled, or null
 */
public record ItemElements(ItemCodes codes, PowerExercise exercise, HandlingTerms handling) {
    /** No elements. */
    public static final ItemElements NONE = new ItemElements(null, null, null);

    /** Whether no part is given. */
    public boolean nothingGiven() {
        return codes == null && exercise == null && handling == null;
    }
}
